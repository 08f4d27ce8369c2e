//! The syntax tree of each language feature: every `tests/fixtures/ok/*.ink` checks clean
//! (no errors, no warnings) and its tree is a snapshot. Adding a case is adding a file.

use crate::harness::{codes, compile, rendered};
use crate::snapshots;

#[test]
fn ok_fixtures_check_clean_and_keep_their_tree() {
    snapshots! {
        insta::glob!("fixtures/ok/*.ink", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is readable");
            let parsed = compile(&text);
            assert!(parsed.diagnostics.is_empty(), "{} is not clean:\n{}", path.display(), rendered(&parsed));
            insta::assert_json_snapshot!(parsed.script);
        });
    }
}

/// Operators bind as the format says: tighter levels first, left to right within a level.
/// The canonical form of an expression puts every operation inside another in parentheses.
#[test]
fn operators_bind_by_level_and_from_the_left() {
    use rehearse::script::ast::{Item, LogicKind};
    let cases = [
        ("1 - 2 - 3 * 4 + 5 % 2", "((1 - 2) - (3 * 4)) + (5 % 2)"),
        ("x > 1 and x < 3 or not x == 2", "((x > 1) and (x < 3)) or (not x == 2)"),
        ("-x * 2 != 4 || x / 2 mod 3 >= 1", "((-x * 2) != 4) or (((x / 2) % 3) >= 1)"),
        ("a ? \"b\" and a !? \"c\"", "(a ? \"b\") and (a !? \"c\")"),
    ];
    for (written, canonical) in cases {
        let parsed = compile(&format!("VAR x = 0\nVAR a = \"\"\n~ temp t = {written}\n-> END\n"));
        assert!(parsed.diagnostics.is_empty(), "{written}: {}", rendered(&parsed));
        let Item::Logic(logic) = &parsed.script.top[0] else { panic!("a logic line") };
        let LogicKind::Temp { value, .. } = &logic.kind else { panic!("a temp") };
        assert_eq!(value.to_string(), canonical, "{written}");
    }
}

/// The flow warnings judge each stitch by its own content: a stitch that runs out is reported
/// where it runs out, and the knot that reaches it can still end there.
#[test]
fn each_stitch_is_judged_by_its_own_flow() {
    let parsed = compile("-> k\n=== k ===\n-> k.a\n= a\nHello.\n= b\n-> k.a\n");
    assert_eq!(codes(&parsed), ["W006"], "{}", rendered(&parsed));
    assert_eq!(parsed.sources.slice(parsed.diagnostics[0].span), "Hello.");
}

/// An unknown example style is underlined where it is written, even when the same letters
/// also stand in the word `example`.
#[test]
fn an_example_style_is_underlined_where_it_stands() {
    let text = "?? What do you say?\n# example am: Sure.\n* -> END\n";
    let parsed = compile(text);
    let d = parsed.diagnostics.iter().find(|d| d.code.id() == "E022").expect("an unknown style");
    assert_eq!(
        d.span.start as usize,
        text.find("am:").expect("the style"),
        "{}",
        rendered(&parsed)
    );
}
