//! Property tests: no input makes the parser or checker panic, and every diagnostic points at
//! a place inside its file, on character boundaries.

use std::path::Path;

use proptest::prelude::*;
use rehearse::script::{Parsed, compile_bytes};

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

/// Characters that mean something in the language, to make mutations interesting.
const SYMBOLS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "*",
    "+",
    "-",
    "->",
    "->->",
    "<>",
    "<-",
    "=",
    "==",
    "===",
    "~",
    "??",
    "?=",
    "#",
    "@coach:",
    "|",
    ":",
    "\"",
    "\\",
    "/*",
    "//",
    "\n",
    "\t",
    "é",
    "\u{301}",
    "\r\n",
    "\u{FEFF}",
    " VAR ",
    "INCLUDE x",
    "&",
    "!",
    "not ",
];

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
