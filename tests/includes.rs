//! INCLUDE: paths relative to the including file, never outside the scenario's folder (also not
//! through symbolic links), each file once, and cycles reported once.

use std::fs;

use rehearse::script::compile;
use tempfile::TempDir;

use crate::harness::{codes, rendered};

fn write(dir: &TempDir, name: &str, text: &str) {
    let path = dir.path().join(name);
    fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    fs::write(path, text).expect("written");
}

#[test]
fn includes_resolve_relative_to_the_including_file() {
    let dir = TempDir::new().expect("temp");
    write(&dir, "main.ink", "INCLUDE parts/a.ink\n-> a\n");
    write(&dir, "parts/a.ink", "INCLUDE b.ink\n=== a ===\n-> b\n");
    write(&dir, "parts/b.ink", "VAR seen = true\n=== b ===\n{seen}\n-> END\n");
    let parsed = compile(&dir.path().join("main.ink")).expect("readable");
    assert!(parsed.diagnostics.is_empty(), "{}", rendered(&parsed));
    let names: Vec<&str> = parsed.script.knots.iter().map(|k| k.name.text.as_str()).collect();
    assert_eq!(names, ["a", "b"]);
}

#[test]
fn paths_outside_the_folder_are_refused_without_reading() {
    let outer = TempDir::new().expect("temp");
    write(&outer, "secret.ink", "=== secret ===\n-> END\n");
    write(&outer, "story/main.ink", "INCLUDE ../secret.ink\nINCLUDE /etc/passwd\n-> END\n");
    let parsed = compile(&outer.path().join("story/main.ink")).expect("readable");
    assert_eq!(codes(&parsed), ["E031", "E031"]);
    assert!(parsed.script.knots.is_empty(), "nothing outside was read");
}

#[cfg(unix)]
#[test]
fn a_symlink_pointing_outside_is_refused() {
    let outer = TempDir::new().expect("temp");
    write(&outer, "secret.ink", "=== secret ===\n-> END\n");
    write(&outer, "story/main.ink", "INCLUDE link.ink\n-> END\n");
    std::os::unix::fs::symlink(
        outer.path().join("secret.ink"),
        outer.path().join("story/link.ink"),
    )
    .expect("symlink");
    let parsed = compile(&outer.path().join("story/main.ink")).expect("readable");
    assert_eq!(codes(&parsed), ["E031"]);
}

#[test]
fn a_cycle_is_reported_once() {
    let dir = TempDir::new().expect("temp");
    write(&dir, "a.ink", "INCLUDE b.ink\n-> END\n");
    write(&dir, "b.ink", "INCLUDE a.ink\n");
    let parsed = compile(&dir.path().join("a.ink")).expect("readable");
    assert_eq!(codes(&parsed), ["E032"]);
    let d = &parsed.diagnostics[0];
    assert_eq!(
        parsed.sources.get(d.span.file).name,
        dir.path().join("b.ink").display().to_string()
    );
}

#[test]
fn a_file_included_twice_is_read_once() {
    let dir = TempDir::new().expect("temp");
    write(&dir, "main.ink", "INCLUDE a.ink\nINCLUDE b.ink\n-> shared\n");
    write(&dir, "a.ink", "INCLUDE shared.ink\n");
    write(&dir, "b.ink", "INCLUDE shared.ink\n");
    write(&dir, "shared.ink", "=== shared ===\n-> END\n");
    let parsed = compile(&dir.path().join("main.ink")).expect("readable");
    assert!(parsed.diagnostics.is_empty(), "{}", rendered(&parsed));
}

#[test]
fn a_chain_of_ten_thousand_includes_stops_at_the_file_limit() {
    let dir = TempDir::new().expect("temp");
    for i in 0..10_000 {
        write(&dir, &format!("f{i}.ink"), &format!("INCLUDE f{}.ink\n", i + 1));
    }
    write(&dir, "f10000.ink", "-> END\n");
    let parsed = compile(&dir.path().join("f0.ink")).expect("readable");
    assert_eq!(codes(&parsed), ["E033"]);
}

#[test]
fn include_must_come_first() {
    let dir = TempDir::new().expect("temp");
    write(&dir, "main.ink", "Hello.\nINCLUDE other.ink\n-> END\n");
    write(&dir, "other.ink", "");
    let parsed = compile(&dir.path().join("main.ink")).expect("readable");
    assert_eq!(codes(&parsed), ["E010"]);
}
