//! `rehearse check` end to end: the real binary, its output, and its exit codes.

use std::fs;

use predicates::prelude::*;
use tempfile::TempDir;

use crate::harness::{json_lines, rehearse};
use crate::snapshots;

fn dir_with(files: &[(&str, &[u8])]) -> TempDir {
    let dir = TempDir::new().expect("a temporary folder");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().expect("has a parent")).expect("folder");
        fs::write(path, bytes).expect("written");
    }
    dir
}

#[test]
fn clean_file_exits_zero_with_a_summary() {
    let dir = dir_with(&[("ok.ink", b"Hello.\n-> END\n")]);
    rehearse(dir.path())
        .args(["check", "ok.ink"])
        .assert()
        .success()
        .stdout("ok.ink: no problems\n");
}

#[test]
fn errors_exit_one_and_are_drawn_like_a_compiler() {
    let dir = dir_with(&[("bad.ink", b"-> helld\n=== held ===\n-> END\n")]);
    let out = rehearse(dir.path())
        .args(["check", "bad.ink"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    snapshots! { insta::assert_snapshot!(String::from_utf8_lossy(&out)); }
}

#[test]
fn warnings_alone_exit_zero() {
    let dir = dir_with(&[("warn.ink", b"-> END\n=== lonely ===\n-> END\n")]);
    rehearse(dir.path()).args(["check", "warn.ink"]).assert().success().stdout(
        predicate::str::contains("warning[W001]")
            .and(predicate::str::contains("warn.ink: 1 warning")),
    );
}

#[test]
fn json_has_one_located_object_per_diagnostic() {
    let dir = dir_with(&[("bad.ink", "Bonjour {\n-> nowhere\n".as_bytes())]);
    let out = rehearse(dir.path())
        .args(["check", "--format", "json", "bad.ink"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["code"], "E002");
    assert_eq!((lines[0]["line"].as_u64(), lines[0]["column"].as_u64()), (Some(1), Some(9)));
    assert_eq!(lines[1]["code"], "E012");
    assert_eq!(
        (lines[1]["line"].as_u64(), lines[1]["column"].as_u64(), lines[1]["end_column"].as_u64()),
        (Some(2), Some(4), Some(11))
    );
    let keys: Vec<&str> =
        lines[1].as_object().expect("object").keys().map(String::as_str).collect();
    for key in
        ["file", "line", "column", "end_line", "end_column", "severity", "code", "message", "help"]
    {
        assert!(keys.contains(&key), "missing {key}");
    }
}

#[test]
fn missing_file_and_directory_exit_two() {
    let dir = dir_with(&[("ok.ink", b"-> END\n")]);
    rehearse(dir.path())
        .args(["check", "nope.ink"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read `nope.ink`"));
    rehearse(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("directory"));
    // A missing file among good ones still checks the rest, and I/O wins the exit code.
    rehearse(dir.path())
        .args(["check", "ok.ink", "nope.ink"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("ok.ink: no problems"));
}

#[test]
fn usage_errors_exit_two() {
    let dir = dir_with(&[]);
    rehearse(dir.path()).args(["check"]).assert().code(2);
    rehearse(dir.path()).args(["check", "--format", "xml", "a.ink"]).assert().code(2);
    rehearse(dir.path()).args(["frobnicate"]).assert().code(2);
}

#[test]
fn every_subcommand_has_help() {
    let dir = dir_with(&[]);
    for sub in ["check", "play"] {
        rehearse(dir.path())
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: rehearse"));
    }
}

#[test]
fn invalid_utf8_is_a_located_error() {
    let dir = dir_with(&[("latin1.ink", b"Caf\xe9 au lait\n-> END\n")]);
    let out = rehearse(dir.path())
        .args(["check", "--format", "json", "latin1.ink"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let d: serde_json::Value =
        serde_json::from_slice(out.split(|&b| b == b'\n').next().expect("a line")).expect("json");
    assert_eq!(d["code"], "E001");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(1), Some(4)));
    assert!(d["message"].as_str().expect("text").contains("offset 3"));
}

#[test]
fn bom_crlf_and_tabs_are_accepted() {
    let dir = dir_with(&[(
        "win.ink",
        b"\xEF\xBB\xBF# title: Windows\r\n-> a\r\n=== a ===\r\n\t* Choice\r\n\t\t-> END\r\n",
    )]);
    rehearse(dir.path())
        .args(["check", "win.ink"])
        .assert()
        .success()
        .stdout("win.ink: no problems\n");
}

#[test]
fn colour_only_on_request_of_a_terminal() {
    let dir = dir_with(&[("bad.ink", b"-> nowhere\n")]);
    // Not a terminal: no escape codes even without NO_COLOR.
    rehearse(dir.path())
        .env_remove("NO_COLOR")
        .args(["check", "bad.ink"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn bundled_scenarios_check_clean() {
    for entry in rehearse::scenarios::ALL {
        let parsed = entry.compile();
        assert!(
            parsed.diagnostics.is_empty(),
            "{} has problems:\n{}",
            entry.path,
            crate::harness::rendered(&parsed)
        );
    }
}
