//! Hostile and broken input: a folder of files a stranger could send. `check` and `play` end
//! each with a clear message and the documented exit code — no crash, no hang, no escape
//! sequence reaching the terminal, no file read outside the scenario's folder.

use std::fs;

use predicates::prelude::*;
use tempfile::TempDir;

use crate::harness::rehearse;

fn hostile_folder() -> TempDir {
    let dir = TempDir::new().expect("temp");
    let p = dir.path();
    fs::create_dir(p.join("story")).expect("folder");
    fs::write(p.join("story/escapes.ink"), "# title: \u{1b}]0;pwned\u{7}Title\n# cast: Jeroen\nJeroen: \u{1b}[2J\u{1b}[Hcleared? \u{9b}31m\n?? \u{1b}[8mhidden\u{1b}[0m question\n   # hint: \u{1b}[1Ahint\n   # example passive: ok\n* {passive} \u{1b}]2;title\u{7}blink -> END\n* -> END\n").expect("written");
    fs::write(p.join("story/deep.ink"), format!("{} deep\n-> END\n", "* ".repeat(10_000)))
        .expect("written");
    fs::write(
        p.join("story/deep_braces.ink"),
        format!("{}x{}\n-> END\n", "{".repeat(10_000), "}".repeat(10_000)),
    )
    .expect("written");
    fs::write(p.join("story/passwd.ink"), "INCLUDE /etc/passwd\n-> END\n").expect("written");
    fs::write(p.join("secret.ink"), "=== secret ===\nThe secret.\n-> END\n").expect("written");
    fs::write(p.join("story/symlink.ink"), "INCLUDE link.ink\n-> secret\n").expect("written");
    #[cfg(unix)]
    std::os::unix::fs::symlink(p.join("secret.ink"), p.join("story/link.ink")).expect("symlink");
    fs::File::create(p.join("story/huge.ink")).expect("created").set_len(1 << 30).expect("sparse");
    fs::write(p.join("story/latin1.ink"), b"Caf\xe9\n-> END\n").expect("written");
    dir
}

#[test]
fn check_ends_every_hostile_file_with_a_clear_message() {
    let dir = hostile_folder();
    let story = dir.path().join("story");
    let cases = [
        ("escapes.ink", 0, ""),
        ("deep.ink", 1, "E033"),
        ("deep_braces.ink", 1, "E033"),
        ("passwd.ink", 1, "E031"),
        ("symlink.ink", 1, "E031"),
        ("huge.ink", 1, "E033"),
        ("latin1.ink", 1, "E001"),
    ];
    for (file, code, expected) in cases {
        let out = rehearse(&story)
            .args(["check", file])
            .timeout(std::time::Duration::from_secs(60))
            .assert()
            .code(code)
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8_lossy(&out);
        assert!(out.contains(expected), "{file}: {out}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{9b}'),
            "{file}: a raw escape reached the output:\n{out}"
        );
        assert!(!out.contains("root:"), "{file}: /etc/passwd was read");
    }
}

#[test]
fn play_shows_escape_sequences_instead_of_obeying_them() {
    let dir = hostile_folder();
    let out = rehearse(&dir.path().join("story"))
        .env("REHEARSE_HOME", dir.path().join("home"))
        .args(["play", "escapes.ink", "--seed", "1"])
        .write_stdin(":hint\n\u{1b}[2Jok\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{9b}') && !out.contains('\u{7}'),
        "a raw control character reached the terminal:\n{out}"
    );
    assert!(out.contains("\\u{1b}[2J"), "{out}");
    for file in ["deep.ink", "passwd.ink", "huge.ink", "latin1.ink"] {
        rehearse(&dir.path().join("story"))
            .env("REHEARSE_HOME", dir.path().join("home"))
            .args(["play", file])
            .write_stdin("")
            .assert()
            .code(1)
            .stderr(predicate::str::contains("cannot be played until its errors are fixed"));
    }
}

#[test]
fn a_garbage_saved_session_is_refused_with_a_message() {
    let dir = TempDir::new().expect("temp");
    fs::create_dir_all(dir.path().join("sessions")).expect("folder");
    fs::write(dir.path().join("sessions/unfinished.json"), "\u{0}\u{1b}garbage{{{")
        .expect("written");
    rehearse(dir.path())
        .env("REHEARSE_HOME", dir.path())
        .args(["play", "--resume"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("damaged"));
    let state = serde_json::json!({"scenario": "presentation", "lang": "en", "transcript": null, "state": {"format": 1, "script": "0", "seed": 1, "rng": 1, "turn": 0, "frames": [{"container": "no_such_knot", "anchor": "", "offset": 0, "near": 0, "kind": "base", "temps": {}}], "globals": {}, "counts": {}, "seen": {}, "verdicts": {}, "history": [], "ended": false}});
    fs::write(dir.path().join("sessions/unfinished.json"), state.to_string()).expect("written");
    rehearse(dir.path())
        .env("REHEARSE_HOME", dir.path())
        .args(["play", "--resume"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no_such_knot"));
}

#[test]
fn every_output_path_shows_escapes_instead_of_obeying_them() {
    let dir = hostile_folder();
    let story = dir.path().join("story");
    let home = dir.path().join("home");
    let raw = |out: &[u8]| {
        let text = String::from_utf8_lossy(out);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{7}'),
            "a raw control character:\n{text}"
        );
    };
    let run = |args: &[&str]| {
        rehearse(&story)
            .env("REHEARSE_HOME", &home)
            .args(args)
            .write_stdin("\u{1b}[2Jok\u{9b}1m\n")
            .assert()
    };
    // In this order: `play` writes the transcript and history the last two read.
    for args in [
        &["score", "\u{1b}[2Jsorry \u{1b}]0;x\u{7}"][..],
        &["paths", "escapes.ink"],
        &["graph", "escapes.ink"],
        &["graph", "--format", "mermaid", "escapes.ink"],
        &["play", "escapes.ink", "--seed", "1"],
        &["transcript"],
        &["history"],
    ] {
        raw(&run(args).success().get_output().stdout);
    }
    // Its examples need not pass; what it prints must still be safe.
    raw(&run(&["test", "escapes.ink"]).get_output().stdout);
}
