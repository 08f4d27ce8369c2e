//! docs/FORMAT.md is executable: each `ink` code block compiles without errors, and each
//! `ink check=CODE` block produces that code. The rendered diagnostic of each code is a
//! snapshot, so a change to a message is reviewed like code. Every code has an example or a
//! test elsewhere that names it.

use rehearse::diagnostic::Code;

use crate::harness::{codes, compile, rendered};
use crate::snapshots;

struct Example {
    line: usize,
    check: Option<String>,
    text: String,
}

fn examples() -> Vec<Example> {
    let doc = std::fs::read_to_string("docs/FORMAT.md").expect("docs/FORMAT.md exists");
    let mut out = Vec::new();
    let mut current: Option<Example> = None;
    for (n, line) in doc.lines().enumerate() {
        if let Some(ex) = &mut current {
            if line.trim_start() == "```" {
                out.push(current.take().expect("inside a block"));
            } else {
                ex.text.push_str(line);
                ex.text.push('\n');
            }
        } else if let Some(info) = line.trim_start().strip_prefix("```ink") {
            let check = info.trim().strip_prefix("check=").map(str::to_string);
            current = Some(Example { line: n + 1, check, text: String::new() });
        }
    }
    out
}

#[test]
fn plain_examples_compile_without_errors() {
    let plain: Vec<_> = examples().into_iter().filter(|e| e.check.is_none()).collect();
    assert!(plain.len() >= 10, "the spec shows the language by example");
    for ex in plain {
        let parsed = compile(&ex.text);
        let errors: Vec<_> =
            parsed.diagnostics.iter().filter(|d| d.code.id().starts_with('E')).collect();
        assert!(
            errors.is_empty(),
            "example at docs/FORMAT.md:{} has errors:\n{}",
            ex.line,
            rendered(&parsed)
        );
    }
}

#[test]
fn each_failing_example_gives_its_code() {
    for ex in examples().into_iter().filter(|e| e.check.is_some()) {
        let code = ex.check.clone().expect("filtered");
        let parsed = compile(&ex.text);
        let found = codes(&parsed);
        assert!(
            found.contains(&code.as_str()),
            "docs/FORMAT.md:{}: expected {code}, got {found:?}",
            ex.line
        );
        // One slip, one message: the examples hold one slip each.
        let errors = found.iter().filter(|c| c.starts_with('E')).count();
        assert!(
            errors <= 1,
            "docs/FORMAT.md:{}: one slip gave {errors} errors: {found:?}",
            ex.line
        );
        snapshots! {
            insta::assert_snapshot!(format!("diagnostic_{code}"), rendered(&parsed), &ex.text);
        }
    }
}

/// Codes whose example needs more than one file or bytes that are not UTF-8; the tests named
/// here cover them.
const TESTED_ELSEWHERE: &[(&str, &str)] = &[
    ("E001", "check_cli::invalid_utf8_is_a_located_error"),
    ("E032", "includes::a_cycle_is_reported_once"),
];

#[test]
fn every_code_is_documented_with_an_example() {
    let doc = std::fs::read_to_string("docs/FORMAT.md").expect("docs/FORMAT.md exists");
    let checked: Vec<String> = examples().into_iter().filter_map(|e| e.check).collect();
    for code in Code::ALL {
        let id = code.id();
        assert!(doc.contains(&format!("**{id} — ")), "{id} is not described in docs/FORMAT.md");
        let elsewhere = TESTED_ELSEWHERE.iter().any(|(c, _)| *c == id);
        assert!(
            checked.iter().any(|c| c == id) || elsewhere,
            "{id} has no failing example in docs/FORMAT.md"
        );
    }
}
