//! Large and deeply nested scripts: they give a result or one diagnostic, never a stack
//! overflow or an error per line.

use crate::generate;

use crate::harness::{codes, compile};

#[test]
fn a_ten_megabyte_script_parses_and_checks() {
    let text = generate::scenario(10 * 1024 * 1024);
    let parsed = compile(&text);
    let found = codes(&parsed);
    assert!(found.is_empty(), "{:?}", &found[..found.len().min(5)]);
    assert!(parsed.script.knots.len() > 5_000);
}

fn one_limit_error(text: &str) {
    let parsed = compile(text);
    let found = codes(&parsed);
    let shown = &found[..found.len().min(5)];
    assert_eq!(
        found.iter().filter(|c| **c == "E033").count(),
        1,
        "{} codes: {shown:?}",
        found.len()
    );
    assert!(found.iter().all(|c| *c == "E033" || c.starts_with('W')), "{shown:?}");
}

#[test]
fn ten_thousand_nested_choices_on_one_line() {
    one_limit_error(&format!("{} deep\n-> END\n", "* ".repeat(10_000)));
}

#[test]
fn ten_thousand_levels_of_choices_line_by_line() {
    let mut text = String::new();
    for level in 1..=10_000 {
        text.push_str(&"*".repeat(level));
        text.push_str(" deeper\n");
    }
    one_limit_error(&(text + "- -> END\n"));
}

#[test]
fn ten_thousand_nested_blocks() {
    let text = format!(
        "VAR x = 1\n{}Deep.\n{}-> END\n",
        "{ x > 0:\n".repeat(10_000),
        "}\n".repeat(10_000)
    );
    one_limit_error(&text);
}

#[test]
fn ten_thousand_nested_inline_braces() {
    one_limit_error(&format!("{}x{}\n-> END\n", "{".repeat(10_000), "}".repeat(10_000)));
}

#[test]
fn ten_thousand_nested_parentheses_and_negations() {
    one_limit_error(&format!("VAR x = {}1{}\n-> END\n", "(".repeat(10_000), ")".repeat(10_000)));
    one_limit_error(&format!("VAR x = {}1\n-> END\n", "- ".repeat(10_000)));
    one_limit_error(&format!("VAR x = {}true\n-> END\n", "not ".repeat(10_000)));
}

#[test]
fn the_plain_ink_benchmark_input_checks_clean() {
    let parsed = compile(&generate::plain_ink(256 * 1024));
    let found = codes(&parsed);
    assert!(found.is_empty(), "{:?}", &found[..found.len().min(5)]);
}
