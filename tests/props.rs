//! Property tests: no input makes the parser or checker panic, and every diagnostic points at
//! a place inside its file, on character boundaries.

use std::path::Path;

use proptest::prelude::*;
use rehearse::script::{Parsed, compile_bytes};

use crate::harness::{SYMBOLS, insert_symbols};

fn assert_located(parsed: &Parsed) {
    for d in &parsed.diagnostics {
        let text = &parsed.sources.get(d.span.file).text;
        let (start, end) = (d.span.start as usize, d.span.end as usize);
        assert!(
            start <= end && end <= text.len(),
            "{:?} outside a file of {} bytes",
            d,
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{d:?} splits a character"
        );
        let _ = rehearse::diagnostic::render(d, &parsed.sources, false);
    }
}

fn compile(bytes: &[u8]) -> Parsed {
    compile_bytes("fuzz.ink", bytes, Path::new(""))
}

/// Valid scripts to mutate: the bundled scenarios and the feature fixtures.
fn seeds() -> Vec<String> {
    let mut out: Vec<String> =
        rehearse::scenarios::ALL.iter().map(|b| b.text.to_string()).collect();
    for entry in std::fs::read_dir("tests/fixtures/ok").expect("fixtures") {
        out.push(std::fs::read_to_string(entry.expect("entry").path()).expect("readable"));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        assert_located(&compile(&bytes));
    }

    #[test]
    fn arbitrary_symbol_soup_never_panics(parts in proptest::collection::vec(proptest::sample::select(SYMBOLS), 0..80)) {
        assert_located(&compile(parts.concat().as_bytes()));
    }

    #[test]
    fn mutated_scripts_never_panic(
        seed in 0usize..64,
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), 0usize..3, proptest::sample::select(SYMBOLS), 0usize..12), 1..8),
    ) {
        let seeds = seeds();
        let mut text = seeds[seed % seeds.len()].clone().into_bytes();
        for (at, kind, symbol, len) in edits {
            let at = at.index(text.len() + 1);
            match kind {
                0 => { text.splice(at..at, symbol.bytes()); }
                1 => { let end = (at + len).min(text.len()); text.drain(at..end); }
                _ => { let end = (at + len).min(text.len()); let copy = text[at..end].to_vec(); text.splice(at..at, copy); }
            }
        }
        assert_located(&compile(&text));
    }
}

/// Inputs the fuzzers once crashed on, kept as regression tests.
#[test]
fn former_crashes() {
    for input in [
        "@coach",
        "@",
        "@ x",
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - éé",
    ] {
        assert_located(&compile(input.as_bytes()));
    }
}

/// Plays a story with choices and verdicts drawn from `picks`; runtime errors are fine, panics
/// are not.
fn play_randomly(text: &str, picks: &[u8]) {
    let Ok(story) = rehearse::story::Story::from_text(text) else { return };
    let Ok(mut s) = story.session(u64::from(picks.first().copied().unwrap_or(0))) else { return };
    for &pick in picks.iter().cycle().take(300) {
        let Ok((_, pause)) = s.advance() else { return };
        let pick = usize::from(pick);
        match pause {
            rehearse::story::Pause::End => return,
            rehearse::story::Pause::Menu(items) => {
                let _ = s.choose(items[pick % items.len()].index);
            }
            rehearse::story::Pause::Response { .. } => {
                let style = rehearse::score::Style::ALL[pick % 4];
                let cues = rehearse::score::CUES
                    .iter()
                    .filter(|(_, st)| *st == style)
                    .take(pick % 3)
                    .map(|(c, _)| (*c).to_string())
                    .collect();
                let bound = rehearse::story::Bound {
                    style: Some(style),
                    cues,
                    confidence: f32::from(pick as u8) / 255.0,
                };
                // Sometimes a forced branch (as `paths` does), sometimes a real reply.
                if pick % 2 == 0 {
                    let _ = s.force_branch(pick % 3, bound);
                } else {
                    let _ =
                        s.reply(&"x".repeat(pick % 7), rehearse::score::Scorer::builtin(), None);
                }
            }
            rehearse::story::Pause::Record { .. } => {
                let _ = s.record(&"\u{1b}é".repeat(pick % 4));
            }
        }
        // A save and restore in between never loses the story either.
        if pick % 5 == 0 {
            let json = s.save_json();
            if let Ok((restored, _)) = rehearse::story::Session::restore_json(&story.program, &json)
            {
                s = restored;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_play_never_panics(seed in 0usize..64, picks in proptest::collection::vec(any::<u8>(), 1..40), edits in proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(SYMBOLS)), 0..3)) {
        let seeds = seeds();
        let text = insert_symbols(&seeds[seed % seeds.len()], &edits);
        play_randomly(&text, &picks);
    }

    #[test]
    fn mutated_saved_state_never_panics(picks in proptest::collection::vec(any::<u8>(), 1..20), cut in any::<proptest::sample::Index>(), junk in "[\\x00-\\x7f]{0,8}") {
        let story = rehearse::story::Story::new(rehearse::scenarios::default_for("en").compile()).expect("playable");
        let mut s = story.session(1).expect("starts");
        for &pick in &picks {
            match s.advance() {
                Ok((_, rehearse::story::Pause::Menu(items))) => { let _ = s.choose(items[usize::from(pick) % items.len()].index); }
                Ok((_, rehearse::story::Pause::Record { .. })) => { let _ = s.record("goal"); }
                Ok((_, rehearse::story::Pause::Response { .. })) => { let _ = s.reply("Sure.", rehearse::score::Scorer::builtin(), None); }
                _ => break,
            }
        }
        let json = s.save_json();
        let at = cut.index(json.len() + 1);
        let mut damaged = json.clone();
        if damaged.is_char_boundary(at) {
            damaged.insert_str(at, &junk);
        }
        if let Ok((mut restored, _)) = rehearse::story::Session::restore_json(&story.program, &damaged) {
            for _ in 0..5 {
                match restored.advance() {
                    Ok((_, rehearse::story::Pause::Menu(items))) => { let _ = restored.choose(items[0].index); }
                    Ok((_, rehearse::story::Pause::Record { .. })) => { let _ = restored.record("x"); }
                    Ok((_, rehearse::story::Pause::Response { .. })) => { let _ = restored.reply("no", rehearse::score::Scorer::builtin(), None); }
                    _ => break,
                }
            }
        }
    }
}
