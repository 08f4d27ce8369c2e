//! `score`, `list`, `paths` and `play` end to end, through the real binary.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use tempfile::TempDir;

use crate::harness::rehearse;
use crate::snapshots;

#[test]
fn score_prints_the_verdict_and_its_words() {
    let dir = TempDir::new().expect("temp");
    rehearse(dir.path())
        .args(["score", "Ik snap dat je aan mij denkt, maar ik heb daar nu geen ruimte voor."])
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("assertive (")
                .and(predicate::str::contains("+ acknowledges"))
                .and(predicate::str::contains("nl")),
        );
}

#[test]
fn score_reads_replies_from_standard_input_as_json() {
    let dir = TempDir::new().expect("temp");
    let out = rehearse(dir.path())
        .args(["score", "--format", "json", "-"])
        .write_stdin("Sure, no problem!\nDo it yourself.\n\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows: Vec<serde_json::Value> = String::from_utf8(out)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let styles: Vec<&str> = rows.iter().map(|r| r["style"].as_str().expect("a style")).collect();
    assert_eq!(styles, ["passive", "aggressive", "no_reply"]);
    for key in ["text", "lang", "style", "confidence", "scores", "cues"] {
        assert!(rows[0].get(key).is_some(), "missing {key}");
    }
    let cue = &rows[0]["cues"][0];
    for key in ["name", "style", "start", "end", "text", "note"] {
        assert!(cue.get(key).is_some(), "cue misses {key}");
    }
}

#[test]
fn score_usage_errors_exit_two() {
    let dir = TempDir::new().expect("temp");
    rehearse(dir.path()).args(["score", "--lang", "fr", "hi"]).assert().code(2);
    std::fs::write(dir.path().join("bad.toml"), "lang = \"en\"\n[cue.x]\nstyle = \"rude\"\n")
        .expect("written");
    rehearse(dir.path())
        .args(["score", "--patterns", "bad.toml", "hi"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml:3:9"));
}

#[test]
fn score_eval_prints_a_confusion_matrix() {
    let dir = TempDir::new().expect("temp");
    std::fs::write(dir.path().join("mine.jsonl"), "{\"text\":\"No, I can't this week.\",\"lang\":\"en\",\"label\":\"assertive\"}\n{\"text\":\"sure np\",\"lang\":\"en\",\"label\":\"passive\"}\n").expect("written");
    rehearse(dir.path())
        .args(["score", "--eval", "mine.jsonl"])
        .assert()
        .success()
        .stdout(predicate::str::contains("macro-F1"));
}

#[test]
fn list_shows_the_bundled_scenarios() {
    let dir = TempDir::new().expect("temp");
    let out = rehearse(dir.path())
        .args(["list", "--format", "json", "--lang", "nl"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows: Vec<serde_json::Value> = String::from_utf8(out)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r["lang"] == "nl" && r["title"].as_str().is_some_and(|t| !t.is_empty()))
    );
}

#[test]
fn paths_lists_routes() {
    let dir = TempDir::new().expect("temp");
    std::fs::write(
        dir.path().join("s.ink"),
        "?? What now?\n   # example passive: ok\n* {passive} Fine. -> END\n* -> END\n",
    )
    .expect("written");
    rehearse(dir.path()).args(["paths", "s.ink"]).assert().success().stdout("route 1 of 2\n  ?? What now?\n  > {passive} \u{201c}ok\u{201d}\n  Fine.\n  (end)\n\nroute 2 of 2\n  ?? What now?\n  > {fallback}\n  (end)\n\n");
}

/// Plays the default scenario with piped input in a fresh data folder.
fn play(lang: &str, input: &str) -> (String, TempDir) {
    let home = TempDir::new().expect("temp");
    let out = rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--lang", lang, "--seed", "1"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    (String::from_utf8(out).expect("utf-8"), home)
}

#[test]
fn the_default_scenario_along_each_style() {
    let replies = [
        (
            "en",
            "assertive",
            "I see why you thought of me, but I can't take this on this week. Could Mark help?",
        ),
        ("en", "passive", "Sure, no problem, I'll find the time somehow."),
        ("en", "aggressive", "Do your own slides for once."),
        ("en", "passive_aggressive", "Oh great, just what I needed. Like always."),
        (
            "nl",
            "assertive",
            "Ik snap dat je aan mij denkt, maar ik heb daar deze week geen ruimte voor.",
        ),
        ("nl", "passive", "Eh, ja hoor, is goed, ik doe het er wel bij."),
        ("nl", "aggressive", "Doe je eigen slides maar, daar ben ik niet voor."),
        ("nl", "passive_aggressive", "Goh, wat leuk, nog meer werk. Zoals altijd."),
    ];
    for (lang, style, reply) in replies {
        // Goal, the reply, "go on" at any menu, an assertive second reply, the next step.
        let input = format!(
            "my goal\n{reply}\n2\nI hear you, but my answer stays no this week.\n2\nsay no on Monday\n"
        );
        let (out, _home) = play(lang, &input);
        snapshots! { insta::assert_snapshot!(format!("play_{lang}_{style}"), out); }
    }
}

#[test]
fn end_of_input_saves_and_resume_goes_on_where_it_stopped() {
    let (out, home) = play("en", "my goal\n");
    assert!(out.contains("--resume"), "{out}");
    let saved = home.path().join("sessions/unfinished.json");
    assert!(saved.exists());
    let out = rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--resume"])
        .write_stdin("No, I can't this week.\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(out.contains("> No, I can't this week."), "{out}");
    assert!(!out.contains("What do you want from this conversation?"), "it started over: {out}");
}

#[cfg(unix)]
#[test]
fn a_killed_session_loses_no_turn() {
    let home = TempDir::new().expect("temp");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("rehearse"))
        .env("REHEARSE_HOME", home.path())
        .env("NO_COLOR", "1")
        .args(["play", "--lang", "en", "--seed", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("piped");
    writeln!(stdin, "my goal\nSure, no problem.").expect("written");
    stdin.flush().expect("flushed");
    // Wait until the reply is in the transcript, then kill without warning.
    let deadline = Instant::now() + Duration::from_secs(20);
    let transcript = || {
        std::fs::read_dir(home.path().join("transcripts"))
            .ok()?
            .next()?
            .ok()
            .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
    };
    while !transcript().unwrap_or_default().contains("\"reply\"") {
        assert!(Instant::now() < deadline, "the reply never reached the transcript");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("killed");
    child.wait().expect("reaped");
    let text = transcript().expect("a transcript");
    assert!(text.contains("\"record\"") && text.contains("my goal"), "{text}");
    assert!(text.contains("Sure, no problem."), "{text}");
    // The checkpoint taken after the reply lets the session go on from there.
    let out = rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--resume"])
        .write_stdin("")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(!out.contains("What do you want from this conversation?"), "{out}");
}

#[test]
fn an_unwritable_data_folder_warns_and_plays_on() {
    let home = TempDir::new().expect("temp");
    let blocked = home.path().join("file");
    std::fs::write(&blocked, "not a folder").expect("written");
    rehearse(home.path())
        .env("REHEARSE_HOME", &blocked)
        .args(["play", "--lang", "en", "--seed", "1"])
        .write_stdin("my goal\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("warning"));
}
