//! Saved sessions: a save and restore at every step of a playthrough gives the same remaining
//! story; a session saved before a script edit restores where its place still exists, and
//! says what is gone where it does not; damaged files give an error with the place.

use rehearse::score::Scorer;
use rehearse::story::{Pause, RestoreError, Session, Story};

/// Plays by a fixed policy (first choice, a fixed reply, a fixed record) and returns the text.
fn finish(mut s: Session<'_>, replies: &mut dyn Iterator<Item = &str>) -> String {
    let mut out = String::new();
    for _ in 0..200 {
        let (lines, pause) = s.advance().expect("runs");
        for l in lines {
            out.push_str(&l.text);
            out.push('\n');
        }
        match pause {
            Pause::End => return out,
            Pause::Menu(items) => s.choose(items.last().expect("a choice").index).expect("valid"),
            Pause::Response { .. } => {
                s.reply(replies.next().unwrap_or("ok"), Scorer::builtin(), None).expect("a branch");
            }
            Pause::Record { .. } => s.record("a goal").expect("recorded"),
        }
    }
    out
}

#[test]
fn save_and_restore_at_every_pause_gives_the_same_story() {
    for bundled in rehearse::scenarios::ALL {
        let story = Story::new(bundled.compile()).expect("playable");
        let replies = ["Sure, no problem.", "I can't this week, sorry.", "No.", "Fine. Whatever."];
        let reference = finish(story.session(9).expect("starts"), &mut replies.iter().copied());
        // Replay, saving and restoring through JSON at every pause.
        let mut s = story.session(9).expect("starts");
        let mut out = String::new();
        let mut replies_left = replies.iter().copied();
        let mut pauses = 0;
        loop {
            let json = s.save_json();
            let (restored, notes) = Session::restore_json(&story.program, &json).expect("restores");
            assert!(notes.is_empty(), "{notes:?}");
            s = restored;
            let (lines, pause) = s.advance().expect("runs");
            for l in lines {
                out.push_str(&l.text);
                out.push('\n');
            }
            pauses += 1;
            match pause {
                Pause::End => break,
                Pause::Menu(items) => {
                    s.choose(items.last().expect("a choice").index).expect("valid");
                }
                Pause::Response { .. } => {
                    s.reply(replies_left.next().unwrap_or("ok"), Scorer::builtin(), None)
                        .expect("a branch");
                }
                Pause::Record { .. } => s.record("a goal").expect("recorded"),
            }
        }
        assert_eq!(out, reference, "{}", bundled.path);
        assert!(pauses > 3, "{} paused only {pauses} times", bundled.path);
    }
}

const BEFORE: &str = "VAR mood = 1\n-> office\n=== office ===\nYou arrive.\n~ mood = 5\n* [Sit] You sit.\n* [Stand] You stand.\n- -> END\n";

fn saved_at_menu(script: &str) -> String {
    let story = Story::from_text(script).expect("playable");
    let mut s = story.session(1).expect("starts");
    let (_, pause) = s.advance().expect("runs");
    assert!(matches!(pause, Pause::Menu(_)));
    s.save_json()
}

#[test]
fn a_session_survives_an_edit_around_its_place() {
    let json = saved_at_menu(BEFORE);
    let edited =
        BEFORE.replace("You arrive.\n", "You arrive.\nThe coffee machine hums.\nSomeone waves.\n");
    let story = Story::from_text(&edited).expect("playable");
    let (mut s, notes) = Session::restore_json(&story.program, &json).expect("restores");
    assert_eq!(notes, ["the scenario changed since this session was saved"]);
    assert_eq!(s.state.globals["mood"], rehearse::story::Value::Int(5));
    let (lines, pause) = s.advance().expect("runs");
    assert!(lines.is_empty(), "resumes at the menu, not before it: {lines:?}");
    let Pause::Menu(items) = pause else { panic!("the menu") };
    assert_eq!(items.len(), 2);
}

#[test]
fn a_removed_place_is_a_clear_error() {
    let json = saved_at_menu(BEFORE);
    let renamed = BEFORE.replace("office", "kitchen");
    let story = Story::from_text(&renamed).expect("playable");
    let err = Session::restore_json(&story.program, &json).map(|_| ()).expect_err("gone");
    assert!(matches!(err, RestoreError::MissingContainer(ref c) if c == "office"), "{err}");
    let changed =
        BEFORE.replace("* [Sit] You sit.\n* [Stand] You stand.\n", "Nothing to choose.\n");
    let story = Story::from_text(&changed).expect("playable");
    let err = Session::restore_json(&story.program, &json).map(|_| ()).expect_err("gone");
    assert!(err.to_string().contains("changed or removed"), "{err}");
}

#[test]
fn damaged_state_is_an_error_with_its_place() {
    let story = Story::from_text(BEFORE).expect("playable");
    let json = saved_at_menu(BEFORE);
    let cut = &json[..json.len() / 2];
    let err = Session::restore_json(&story.program, cut).map(|_| ()).expect_err("damaged");
    assert!(matches!(err, RestoreError::Damaged { line, .. } if line > 1), "{err}");
    let err =
        Session::restore_json(&story.program, "{\"format\": 99}").map(|_| ()).expect_err("wrong");
    assert!(err.to_string().contains("damaged") || err.to_string().contains("format"), "{err}");
}

#[test]
fn state_size_grows_with_places_not_with_choices() {
    let script = "-> hub\n=== hub ===\n+ [Left] -> left\n+ [Right] -> right\n=== left ===\n-> hub\n=== right ===\n-> hub\n";
    let story = Story::from_text(script).expect("playable");
    let mut s = story.session(1).expect("starts");
    let mut sizes = Vec::new();
    for round in 0..10_000 {
        let (_, pause) = s.advance().expect("runs");
        let Pause::Menu(items) = pause else { panic!("a menu") };
        s.choose(items[round % 2].index).expect("valid");
        if round == 100 || round == 9_999 {
            sizes.push(s.save_json().len());
        }
    }
    // Only the numbers in the counters grow (a few digits), not the number of entries.
    assert!(sizes[1] < sizes[0] + 64, "{sizes:?}");
}
