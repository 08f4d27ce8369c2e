//! INCLUDE: paths relative to the including file, never outside the scenario's folder (also not
//! through symbolic links), each file once, and cycles reported once. A scenario's own pattern
//! pack (`# patterns:`) obeys the same folder rule, and its cues become testable in branches.

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
fn included_files_speak_with_the_main_files_cast() {
    use rehearse::script::ast::{Item, Voice};
    let dir = TempDir::new().expect("temp");
    write(&dir, "main.ink", "# cast: Jeroen = colleague\nINCLUDE scene.ink\n-> scene\n");
    write(&dir, "scene.ink", "=== scene ===\nJeroen: Got a minute?\nJeroenn: Well?\n-> END\n");
    let parsed = compile(&dir.path().join("main.ink")).expect("readable");
    let voices: Vec<&Voice> = parsed.script.knots[0]
        .body
        .iter()
        .filter_map(|i| if let Item::Line(l) = i { Some(&l.voice) } else { None })
        .collect();
    assert!(matches!(voices[0], Voice::Speaker(n) if n == "Jeroen"), "{voices:?}");
    assert_eq!(voices[1], &Voice::Narration);
    assert_eq!(codes(&parsed), ["W005"], "{}", rendered(&parsed));
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

const JARGON_PACK: &str = r#"lang = "en"

[cue.jargon]
style = "passive"
weight = 0.5
note = "Office jargon hides what you actually want."
phrases = ["circle back"]
"#;

const JARGON_SCENARIO: &str = "# title: Jargon\n# lang: en\n# patterns: jargon.toml\n# cast: Kim = colleague\n-> ask\n=== ask ===\nKim: Can you take this on?\n?? What do you say?\n* {jargon} Kim: Circle back when? -> vague\n* -> clear\n=== vague ===\n-> END\n=== clear ===\n-> END\n";

/// Plays one reply and returns the text of the line Kim says next, if any.
fn kim_after(story: &rehearse::story::Story, reply: &str) -> Vec<String> {
    let mut session = story.session(1).expect("starts");
    let (_, pause) = session.advance().expect("runs");
    assert!(matches!(pause, rehearse::story::Pause::Response { .. }), "{pause:?}");
    session.reply(reply, story.scorer(), None).expect("a branch");
    let (lines, _) = session.advance().expect("runs");
    lines.into_iter().map(|l| l.text).collect()
}

#[test]
fn a_scenario_pattern_pack_adds_cues_its_branches_can_test() {
    let dir = TempDir::new().expect("temp");
    write(&dir, "jargon.toml", JARGON_PACK);
    write(&dir, "main.ink", JARGON_SCENARIO);
    let parsed = compile(&dir.path().join("main.ink")).expect("readable");
    assert!(parsed.diagnostics.is_empty(), "{}", rendered(&parsed));
    assert_eq!(parsed.cues, ["jargon"]);
    let story = rehearse::story::Story::new(parsed).expect("playable");
    assert_eq!(kim_after(&story, "Let me circle back on that next week."), ["Circle back when?"]);
    assert!(kim_after(&story, "No, I have no room for it this week.").is_empty());
}

#[test]
fn without_its_pack_the_custom_cue_is_unknown() {
    let dir = TempDir::new().expect("temp");
    write(&dir, "main.ink", &JARGON_SCENARIO.replace("# patterns: jargon.toml\n", ""));
    let parsed = compile(&dir.path().join("main.ink")).expect("readable");
    assert_eq!(codes(&parsed), ["E021"]);
}

#[test]
fn a_pattern_pack_outside_the_folder_missing_or_broken_is_reported() {
    let outer = TempDir::new().expect("temp");
    write(&outer, "jargon.toml", JARGON_PACK);
    write(&outer, "story/broken.toml", "lang = \"en\"\n[cue.x\n");
    for (header, says) in [
        ("../jargon.toml", "lies outside the scenario's folder"),
        ("nowhere.toml", "cannot find the pattern pack"),
        ("broken.toml", "broken.toml:2:"),
    ] {
        let script = JARGON_SCENARIO.replace("jargon.toml", header);
        write(&outer, "story/main.ink", &script);
        let parsed = compile(&outer.path().join("story/main.ink")).expect("readable");
        let shown = rendered(&parsed);
        assert!(codes(&parsed).contains(&"E024"), "{header}: {shown}");
        assert!(shown.contains(says), "{header}: {shown}");
        assert!(shown.contains("main.ink:3:"), "points at the header line: {shown}");
    }
}
