//! `score`, `list`, `paths` and `play` end to end, through the real binary.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use tempfile::TempDir;

use crate::harness::{json_lines, rehearse};
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
                .and(predicate::str::contains("+ acknowledges   \"Ik snap dat je aan mij denkt\""))
                .and(predicate::str::contains("nl")),
        );
}

/// `rehearse score --format json -` on `stdin`: one verdict per line.
fn score_json(dir: &std::path::Path, stdin: &str) -> Vec<serde_json::Value> {
    let out = rehearse(dir)
        .args(["score", "--format", "json", "-"])
        .write_stdin(stdin)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    json_lines(&out)
}

/// A reply that reads two ways names both: the human verdict adds `or <style>` exactly when
/// the runner-up's share comes within 0.1 of the winner's.
#[test]
fn a_close_call_names_the_second_reading() {
    let dir = TempDir::new().expect("temp");
    let replies = [
        "Sure, no problem.",
        "Fine. Whatever you want.",
        "Oh great, another meeting.",
        "I can't this week, but Monday works.",
        "Do it yourself.",
        "Sorry, I guess I could try?",
        "Prima hoor, zoals altijd.",
    ];
    let mut close = 0;
    for (reply, row) in replies.iter().zip(score_json(dir.path(), &replies.join("\n"))) {
        let style = row["style"].as_str().expect("a style");
        let share = |s: &str| row["scores"][s].as_f64().expect("a share");
        let second = ["assertive", "passive", "aggressive", "passive_aggressive"]
            .into_iter()
            .filter(|s| *s != style)
            .max_by(|a, b| share(a).total_cmp(&share(b)))
            .expect("three others");
        let human = rehearse(dir.path()).args(["score", reply]).assert().success();
        let out = String::from_utf8_lossy(&human.get_output().stdout).into_owned();
        let head = out.lines().next().expect("a verdict line");
        if share(style) - share(second) < 0.1 - 1e-6 {
            close += 1;
            assert!(head.contains(&format!(" or {second} (")), "{reply}: {head}");
        } else if share(style) - share(second) > 0.1 + 1e-6 {
            assert!(!head.contains(" or "), "{reply}: {head}");
        }
    }
    assert!(close > 0, "none of the replies was a close call; pick one that is");
}

#[test]
fn score_reads_replies_from_standard_input_as_json() {
    let dir = TempDir::new().expect("temp");
    let rows = score_json(dir.path(), "Sure, no problem!\nDo it yourself.\n\n");
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
    let rows = json_lines(&out);
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

/// A verdict no words support says so, in `score` and in `play`, instead of passing a guess
/// off as a reading.
#[test]
fn a_verdict_without_cues_says_it_is_a_guess() {
    let dir = TempDir::new().expect("temp");
    let plain = "The report is on your desk.";
    let row = &score_json(dir.path(), plain)[0];
    assert!(row["cues"].as_array().expect("cues").is_empty(), "{row}");
    let human = rehearse(dir.path()).args(["score", plain]).assert().success();
    let out = String::from_utf8_lossy(&human.get_output().stdout).into_owned();
    assert!(out.contains("no telling words found"), "{out}");
    let with_cues = rehearse(dir.path()).args(["score", "Sorry, I guess I could try?"]).assert();
    assert!(!String::from_utf8_lossy(&with_cues.get_output().stdout).contains("no telling words"));
    let (out, _home) = play("en", &format!("my goal\n{plain}\n"));
    assert!(out.contains("no telling words found: this reading is a guess"), "{out}");
}

#[test]
fn the_default_scenario_along_each_style() {
    // The goal, the first reply, then what that route asks for, then the next step.
    let holds_en =
        "I hear you, but my answer stays no this week.\nSure, I can look at them tomorrow at ten.";
    let holds_nl = "Ik snap het, maar mijn antwoord blijft nee deze week.\nPrima, morgen om tien uur kijk ik ernaar.";
    let cases = [
        (
            "en",
            "assertive",
            "I see why you thought of me, but I can't take this on this week.",
            holds_en,
        ),
        ("en", "passive", "Sure, no problem, I'll find the time somehow.", "2"),
        ("en", "aggressive", "Do your own slides for once.", "2"),
        ("en", "passive_aggressive", "Oh great, just what I needed. Like always.", "2"),
        (
            "nl",
            "assertive",
            "Ik snap dat je aan mij denkt, maar ik heb daar deze week geen ruimte voor.",
            holds_nl,
        ),
        ("nl", "passive", "Eh, ja hoor, is goed, ik doe het er wel bij.", "2"),
        ("nl", "aggressive", "Hou op met zeuren, regel het zelf.", "2"),
        ("nl", "passive_aggressive", "Goh, wat leuk, nog meer werk. Zoals altijd.", "2"),
    ];
    for (lang, style, reply, then) in cases {
        let input = format!("my goal\n{reply}\n{then}\nsay no on Monday\n");
        let (out, _home) = play(lang, &input);
        assert!(
            out.contains("say no on Monday\n"),
            "{lang} {style}: the route did not reach the next step:\n{out}"
        );
        snapshots! { insta::assert_snapshot!(format!("play_{lang}_{style}"), out); }
    }
}

/// `play --resume` in a data folder, with this input; its standard output.
fn resume(home: &TempDir, input: &str) -> String {
    let out = rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--resume"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn end_of_input_saves_and_resume_goes_on_where_it_stopped() {
    let (out, home) = play("en", "my goal\n");
    assert!(out.contains("--resume"), "{out}");
    let saved = home.path().join("sessions/unfinished.json");
    assert!(saved.exists());
    let out = resume(&home, "No, I can't this week.\n");
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
    let checkpoint = home.path().join("sessions/unfinished.json");
    while !transcript().unwrap_or_default().contains("\"reply\"") || !checkpoint.exists() {
        assert!(Instant::now() < deadline, "the reply never reached the transcript");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("killed");
    child.wait().expect("reaped");
    let text = transcript().expect("a transcript");
    assert!(text.contains("\"record\"") && text.contains("my goal"), "{text}");
    assert!(text.contains("Sure, no problem."), "{text}");
    // The checkpoint taken after the reply lets the session go on from there.
    let out = resume(&home, "");
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

#[test]
fn test_passes_bundled_scenarios_and_ends_with_a_count() {
    let dir = TempDir::new().expect("temp");
    let root = std::env::current_dir().expect("cwd");
    let files: Vec<String> =
        rehearse::scenarios::ALL.iter().map(|b| root.join(b.path).display().to_string()).collect();
    let out = rehearse(dir.path())
        .arg("test")
        .args(&files)
        .args(["--random", "20"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    let last = out.lines().last().expect("a summary");
    assert!(last.ends_with(" passed, 0 failed"), "{last}");
    assert!(!out.contains("coverage:"), "a bundled scenario leaves something untested:\n{out}");
}

#[test]
fn test_fails_on_an_example_that_scores_otherwise() {
    let dir = TempDir::new().expect("temp");
    std::fs::write(dir.path().join("s.ink"), "# lang: en\n?? What now?\n   # example assertive: sure, no problem, whatever you want\n   # example passive: Sure, no problem, I'll do it.\n* {assertive} Good. -> END\n* {passive} Hm. -> END\n* -> END\n").expect("written");
    rehearse(dir.path()).args(["test", "s.ink"]).assert().code(1).stdout(
        predicate::str::contains("example assertive")
            .and(predicate::str::contains("1 passed, 1 failed")),
    );
}

#[test]
fn new_writes_a_template_that_checks_and_tests_clean_and_never_overwrites() {
    let dir = TempDir::new().expect("temp");
    for lang in ["en", "nl"] {
        let file = format!("mine-{lang}.ink");
        rehearse(dir.path())
            .args(["new", "Saying no to my manager", "--lang", lang, "-o", &file])
            .assert()
            .success();
        rehearse(dir.path())
            .args(["check", &file])
            .assert()
            .success()
            .stdout(format!("{file}: no problems\n"));
        rehearse(dir.path()).args(["test", &file]).assert().success().stdout(
            predicate::str::ends_with("passed, 0 failed\n")
                .and(predicate::str::contains("coverage").not()),
        );
        rehearse(dir.path())
            .args(["new", "Other", "--lang", lang, "-o", &file])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("already exists"));
    }
    rehearse(dir.path()).args(["new", "Saying no: to my manager!"]).assert().success();
    assert!(dir.path().join("saying-no-to-my-manager.ink").exists());
}

#[test]
fn graph_draws_valid_dot_and_mermaid() {
    let dir = TempDir::new().expect("temp");
    std::fs::write(dir.path().join("s.ink"), "-> ask\n=== ask ===\n?? (q) What now?\n   # example passive: ok\n* {passive} Hm. -> END\n* -> ask\n=== lonely ===\nAlone.\n").expect("written");
    let dot = String::from_utf8(
        rehearse(dir.path())
            .args(["graph", "s.ink"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .expect("utf-8");
    snapshots! { insta::assert_snapshot!("graph_dot", dot); }
    // Valid shape: braces balance, every edge's ends are declared nodes.
    assert!(dot.starts_with("digraph ") && dot.trim_end().ends_with('}'));
    let declared: Vec<&str> = dot
        .lines()
        .filter(|l| l.contains("[shape="))
        .map(|l| l.trim().split(" [").next().expect("id"))
        .collect();
    for edge in dot.lines().filter(|l| l.contains(" -> ")) {
        let mut ends =
            edge.trim().trim_end_matches(';').split(" [").next().expect("edge").split(" -> ");
        for end in [ends.next().expect("from"), ends.next().expect("to")] {
            assert!(declared.contains(&end), "{end} is not declared in:\n{dot}");
        }
    }
    assert!(dot.contains("unreachable"), "{dot}");
    let mermaid = String::from_utf8(
        rehearse(dir.path())
            .args(["graph", "--format", "mermaid", "s.ink"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .expect("utf-8");
    snapshots! { insta::assert_snapshot!("graph_mermaid", mermaid); }
    assert!(mermaid.starts_with("flowchart LR\n"));
    assert!(mermaid.lines().skip(1).all(|l| l.starts_with("  n")), "{mermaid}");
}

#[test]
fn every_subcommand_has_help_and_the_readme_names_real_ones() {
    let dir = TempDir::new().expect("temp");
    for sub in ["play", "check", "score", "paths", "list", "test", "graph", "new"] {
        rehearse(dir.path())
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: rehearse"));
    }
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    assert!(readme.contains("cargo run --release -- play") && readme.contains("cargo test"));
    for line in readme.lines().filter(|l| l.starts_with("| `rehearse ")) {
        let sub = line.trim_start_matches("| `rehearse ").split([' ', '`']).next().expect("a word");
        rehearse(dir.path()).args([sub, "--help"]).assert().success();
    }
}

#[test]
fn history_transcript_and_the_follow_up_a_week_later() {
    let (_, home) = play(
        "en",
        "calm\nI can't this week, sorry.\nNo, my answer stays no.\nSure, I can look at them tomorrow at ten for fifteen minutes.\nsay no on Monday\n",
    );
    let run = |args: &[&str]| {
        let out = rehearse(home.path())
            .env("REHEARSE_HOME", home.path())
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8")
    };
    let history = run(&["history", "--format", "json"]);
    let entry: serde_json::Value =
        serde_json::from_str(history.lines().next().expect("a session")).expect("json");
    assert_eq!(entry["scenario"], "presentation");
    assert_eq!(entry["step"], "say no on Monday");
    assert_eq!(entry["styles"], serde_json::json!(["assertive", "assertive", "assertive"]));
    let md = run(&["transcript"]);
    assert!(md.starts_with("# presentation"), "{md}");
    assert!(md.contains("**You:** I can't this week, sorry."), "{md}");
    assert!(md.contains("**say no on Monday** — *step*"), "{md}");
    // A damaged line is skipped with a warning, not fatal.
    let file = std::fs::read_dir(home.path().join("transcripts"))
        .expect("folder")
        .next()
        .expect("one")
        .expect("entry")
        .path();
    std::fs::write(&file, std::fs::read_to_string(&file).expect("text") + "{\"event\": \"li")
        .expect("written");
    rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["transcript", "--format", "json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("damaged line skipped"));
    // The next session starts with the coach asking about that step.
    let out = rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--lang", "en", "--seed", "1"])
        .write_stdin("It went well\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(
        out.contains("Last time you planned to \u{201c}say no on Monday\u{201d}. How did it go?"),
        "{out}"
    );
}

#[test]
fn back_returns_to_the_previous_question() {
    let (out, _home) = play("en", "my goal\nSure, no problem.\n:back\nNo, I can't this week.\n");
    let asked = out.matches("What do you say to Jeroen?").count();
    assert_eq!(asked, 2, "{out}");
    assert!(out.contains("> No, I can't this week.\n  assertive"), "{out}");
}

#[test]
fn test_snapshot_shows_what_changed_until_accepted() {
    let dir = TempDir::new().expect("temp");
    rehearse(dir.path()).args(["new", "Snap", "-o", "s.ink"]).assert().success();
    rehearse(dir.path()).args(["test", "--snapshot", "s.ink"]).assert().success();
    assert!(dir.path().join("s.ink.routes").exists());
    let script = std::fs::read_to_string(dir.path().join("s.ink"))
        .expect("text")
        .replace("OK, fair enough", "OK, understood");
    std::fs::write(dir.path().join("s.ink"), script).expect("written");
    rehearse(dir.path()).args(["test", "--snapshot", "s.ink"]).assert().code(1).stdout(
        predicate::str::contains("-  Alex: OK, fair enough.")
            .and(predicate::str::contains("+  Alex: OK, understood.")),
    );
    rehearse(dir.path()).args(["test", "--snapshot", "--accept", "s.ink"]).assert().success();
    rehearse(dir.path()).args(["test", "--snapshot", "s.ink"]).assert().success();
}

#[test]
fn test_plays_the_script_s_own_test_cases() {
    let dir = TempDir::new().expect("temp");
    let script = "# lang: en\n# test holds: I can't this week, but Monday works. -> held\n# test wrong: Sure, no problem! -> held\n?? What do you say?\n   # example assertive: I can't this week, but Monday works.\n   # example passive: Sure, no problem.\n* {assertive} Fine. -> held\n* {passive} Great! -> took\n* -> took\n=== held ===\n-> END\n=== took ===\n-> END\n";
    std::fs::write(dir.path().join("s.ink"), script).expect("written");
    rehearse(dir.path()).args(["test", "s.ink"]).assert().code(1).stdout(
        predicate::str::contains("test `wrong` failed: the route did not reach `held`")
            .and(predicate::str::contains("3 passed, 1 failed")),
    );
}

#[test]
fn one_scene_alone_with_preset_variables() {
    let home = TempDir::new().expect("temp");
    let out = rehearse(home.path())
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--lang", "en", "--seed", "1", "--from", "pushback", "--set", "tries=2"])
        .write_stdin("")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(out.contains("Jeroen: Come on, it's only an hour of work for you."), "{out}");
    assert!(!out.contains("What do you want from this conversation?"), "{out}");
    rehearse(home.path())
        .args(["play", "--from", "nowhere"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr("error: there is no knot or stitch `nowhere` to start at\n");
    rehearse(home.path())
        .args(["play", "--from", "the_ask", "--set", "nothing=1"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no variable `nothing`"));
}

#[cfg(unix)]
#[test]
fn a_closed_output_ends_play_quietly_and_keeps_the_session() {
    use std::io::{BufRead as _, BufReader};
    let home = TempDir::new().expect("temp");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("rehearse"))
        .env("REHEARSE_HOME", home.path())
        .args(["play", "--lang", "en", "--seed", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("piped")).read_line(&mut first).expect("a line");
    // The reader is gone now; the next line of output meets a closed pipe.
    writeln!(child.stdin.take().expect("piped"), "my goal\nSure.").expect("written");
    let out = child.wait_with_output().expect("ends");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    assert!(home.path().join("sessions/unfinished.json").exists());
}
