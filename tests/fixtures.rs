//! The syntax tree of each language feature: every `tests/fixtures/ok/*.ink` checks clean
//! (no errors, no warnings) and its tree is a snapshot. Adding a case is adding a file.

use crate::harness::{compile, rendered};
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
