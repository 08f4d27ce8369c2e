//! `fmt` keeps meaning and is idempotent: the syntax tree (without source positions) is the same
//! before and after, and formatting twice changes nothing more. Checked on every bundled script,
//! every fixture, a generated script and random mutations of them.

use crate::generate;

use proptest::prelude::*;
use rehearse::script::format::format;

use crate::harness::{SYMBOLS, compile, insert_symbols, rendered};

/// The syntax tree as JSON, without positions.
fn tree(text: &str) -> Option<serde_json::Value> {
    let parsed = compile(text);
    if parsed.diagnostics.iter().any(|d| d.code.id().starts_with('E')) {
        return None;
    }
    let mut json = serde_json::to_value(&parsed.script).expect("serialisable");
    strip_spans(&mut json);
    Some(json)
}

fn strip_spans(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.remove("span");
            map.values_mut().for_each(strip_spans);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_spans),
        _ => {}
    }
}

fn corpus() -> Vec<String> {
    let mut out: Vec<String> =
        rehearse::scenarios::ALL.iter().map(|b| b.text.to_string()).collect();
    for entry in std::fs::read_dir("tests/fixtures/ok").expect("fixtures") {
        out.push(std::fs::read_to_string(entry.expect("entry").path()).expect("readable"));
    }
    out.push(generate::scenario(64 * 1024));
    out.push(generate::plain_ink(64 * 1024));
    out
}

fn keeps_meaning(text: &str) {
    let once = format(text);
    assert_eq!(format(&once), once, "formatting twice changed more:\n{once}");
    if let Some(before) = tree(text) {
        let after = tree(&once).unwrap_or_else(|| {
            panic!("formatting broke the script:\n{once}\n{}", rendered(&compile(&once)))
        });
        assert_eq!(before, after, "formatting changed the meaning of:\n{text}\ninto:\n{once}");
    }
}

#[test]
fn bundled_scripts_are_formatted_and_formatting_keeps_meaning() {
    for text in corpus() {
        keeps_meaning(&text);
    }
    for bundled in rehearse::scenarios::ALL {
        assert_eq!(
            format(bundled.text),
            bundled.text,
            "{} is not in canonical layout: run `rehearse fmt`",
            bundled.path
        );
    }
}

#[test]
fn messy_layout_becomes_canonical() {
    let messy = "=== start===\n*   [Hello]   -> next   // greet\n  *  *   Nested\n-   done\n\n\n\n~x = 1\n#tag\n=next\n{ x > 0:\n- else:\nno\n}\n-> END\n";
    let tidy = "=== start ===\n* [Hello]   -> next // greet\n  * * Nested\n- done\n\n~ x = 1\n# tag\n\n= next\n{ x > 0:\n- else:\n  no\n}\n-> END\n";
    assert_eq!(format(messy), tidy);
    keeps_meaning(messy);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn mutated_scripts_keep_meaning(
        seed in 0usize..64,
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(SYMBOLS)), 0..6),
    ) {
        let corpus = corpus();
        let text = insert_symbols(&corpus[seed % corpus.len()], &edits);
        keeps_meaning(&text);
    }
}
