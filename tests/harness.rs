//! Shared helpers: compile a script from a string, render its diagnostics, run the binary.

use std::path::Path;

use rehearse::diagnostic::render;
use rehearse::script::{Parsed, compile_str};

/// Compiles `text` as a file named `name`, with INCLUDEs resolved in `folder`.
pub fn compile_in(name: &str, text: &str, folder: &Path) -> Parsed {
    compile_str(name, text, folder)
}

/// Compiles a script that includes nothing.
pub fn compile(text: &str) -> Parsed {
    compile_in("test.ink", text, Path::new("tests/fixtures"))
}

/// All diagnostics, drawn without colour, one after another.
pub fn rendered(parsed: &Parsed) -> String {
    parsed.diagnostics.iter().map(|d| render(d, &parsed.sources, false) + "\n").collect()
}

/// The codes of all diagnostics, in order.
pub fn codes(parsed: &Parsed) -> Vec<&'static str> {
    parsed.diagnostics.iter().map(|d| d.code.id()).collect()
}

/// Runs `rehearse` with these arguments in `dir`.
pub fn rehearse(dir: &Path) -> assert_cmd::Command {
    let mut cmd =
        assert_cmd::Command::cargo_bin("rehearse").expect("the binary is built for tests");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// Sets insta's snapshot folder to the top-level `snapshots/`.
#[macro_export]
macro_rules! snapshots {
    ($($body:tt)*) => {
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, { $($body)* })
    };
}

/// Standard output of a command as one JSON value per line.
pub fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Symbols that mean something in the language, to make mutations of scripts interesting.
pub const SYMBOLS: &[&str] = &[
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
    "*/",
    "//",
    "\n",
    "\t",
    "  ",
    "\r\n",
    "é",
    "\u{301}",
    "\u{FEFF}",
    " VAR v = 1\n",
    "INCLUDE x",
    "&",
    "!",
    "not ",
    "x",
    "END",
];

/// `text` with each symbol inserted at its place (an index into the text, moved back to a
/// character boundary).
pub fn insert_symbols(text: &str, edits: &[(proptest::sample::Index, &str)]) -> String {
    let mut text = text.to_string();
    for (at, symbol) in edits {
        let mut at = at.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.insert_str(at, symbol);
    }
    text
}
