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
