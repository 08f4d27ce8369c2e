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

/// The parser lists the names each container defines as it reads them, and the name tables
/// are built from that list alone: it must hold exactly what a walk over the tree finds.
#[test]
fn the_parsers_list_of_names_matches_the_tree() {
    use rehearse::script::ast::{DefKind, Item, Knot, LogicKind, Script};
    use rehearse::script::check::walk_items;

    type Found = Vec<(Option<u32>, Option<u32>, DefKind, String)>;
    fn walk(items: &[Item], knot: Option<u32>, stitch: Option<u32>, found: &mut Found) {
        let mut add = |kind, name: &str| found.push((knot, stitch, kind, name.to_string()));
        walk_items(items, &mut |item| match item {
            Item::Choice(c) => c.label.iter().for_each(|l| add(DefKind::Label, &l.text)),
            Item::Gather(g) => g.label.iter().for_each(|l| add(DefKind::Label, &l.text)),
            Item::Response(p) => {
                p.label.iter().for_each(|l| add(DefKind::ResponseLabel, &l.text));
                p.branches.iter().flat_map(|b| &b.label).for_each(|l| add(DefKind::Label, &l.text));
            }
            Item::Record(r) => add(DefKind::Record, &r.var.text),
            Item::Logic(l) => {
                if let LogicKind::Temp { name, .. } = &l.kind {
                    add(DefKind::Temp, &name.text);
                }
            }
            _ => {}
        });
    }
    fn check(what: &str, script: &Script) {
        let mut walked = Found::new();
        walk(&script.top, None, None, &mut walked);
        for (k, Knot { body, stitches, .. }) in script.knots.iter().enumerate() {
            let k = Some(k as u32);
            walk(body, k, None, &mut walked);
            for (s, stitch) in stitches.iter().enumerate() {
                walk(&stitch.body, k, Some(s as u32), &mut walked);
            }
        }
        let mut listed: Found = script
            .defs
            .iter()
            .map(|d| (d.knot, d.stitch, d.kind, d.name.text.to_string()))
            .collect();
        let key =
            |d: &(Option<u32>, Option<u32>, DefKind, String)| (d.0, d.1, d.2 as u8, d.3.clone());
        walked.sort_by_key(key);
        listed.sort_by_key(key);
        assert_eq!(listed, walked, "{what}");
    }

    let mut files: Vec<_> = ["tests/fixtures/ok", "scripts/en", "scripts/nl"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("a folder"))
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    for path in &files {
        let parsed = rehearse::script::compile(path).expect("readable");
        check(&path.display().to_string(), &parsed.script);
    }
    check("generated", &compile(&crate::generate::scenario(64 << 10)).script);
    // Names in blocks, stitches and included files, with their knots numbered across files.
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("part.ink"), "=== p ===\n- (g) x\n~ temp t = 1\n-> END\n")
        .expect("written");
    let main = "INCLUDE part.ink\n?= goal: Why?\n-> k\n=== k ===\n{ true:\n  ~ temp a = 1\n  ?= step: Next?\n}\n* (c) A\n  - - (d) B\n  -> END\n= s\n?? (ask) Say?\n* (b) {assertive} -> END\n* -> END\n";
    std::fs::write(dir.path().join("main.ink"), main).expect("written");
    let parsed = rehearse::script::compile(&dir.path().join("main.ink")).expect("readable");
    assert_eq!(parsed.script.defs.len(), 9, "{:?}", parsed.script.defs);
    check("with an include", &parsed.script);
}
