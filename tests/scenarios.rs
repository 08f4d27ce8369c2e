//! The bundled scenarios: every file under `scripts/` checks clean, every route through it is
//! a snapshot (so a scenario change is reviewed like a code change), and every example answer
//! scores as the style it is labelled with. A new scenario is covered without new Rust code.

use rehearse::score::{Lang, Scorer, Style};
use rehearse::script::ast::Item;
use rehearse::script::check::walk_items;
use rehearse::story::Story;
use rehearse::story::paths::{Limits, render, routes};

use crate::harness::rendered;
use crate::snapshots;

#[test]
fn every_route_of_every_bundled_scenario() {
    snapshots! {
        insta::glob!("../scripts", "*/*.ink", |path| {
            let parsed = rehearse::script::compile(path).expect("readable");
            assert!(parsed.diagnostics.is_empty(), "{} is not clean:\n{}", path.display(), rendered(&parsed));
            let story = Story::new(parsed).expect("playable");
            let (all, more) = routes(story.session(1).expect("starts"), Limits::default());
            assert!(!more, "{} has more routes than the snapshot shows", path.display());
            assert!(all.iter().all(|r| !matches!(r.end, rehearse::story::paths::End::Error(_))), "{}: a route fails", path.display());
            insta::assert_snapshot!(render(&all, more));
        });
    }
}

#[test]
fn every_example_answer_scores_as_labelled() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for bundled in rehearse::scenarios::ALL {
        let parsed = bundled.compile();
        let lang = Lang::from_code(bundled.lang).expect("a language");
        let script = &parsed.script;
        let mut visit = |item: &Item| {
            if let Item::Response(p) = item {
                for ex in &p.examples {
                    let want = Style::from_name(&ex.style.text).expect("a style");
                    let got = Scorer::builtin().score(&ex.text, Some(lang)).style;
                    checked += 1;
                    if got != Some(want) {
                        failures.push(format!(
                            "{}: {:?} scored {got:?}, labelled {want}",
                            bundled.path, ex.text
                        ));
                    }
                }
            }
        };
        walk_items(&script.top, &mut visit);
        for knot in &script.knots {
            walk_items(&knot.body, &mut visit);
            for stitch in &knot.stitches {
                walk_items(&stitch.body, &mut visit);
            }
        }
    }
    assert!(checked > 0);
    assert!(
        failures.is_empty(),
        "{} of {checked} examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn bundled_scenarios_are_all_registered() {
    let on_disk: Vec<String> = std::fs::read_dir("scripts")
        .expect("scripts/")
        .flat_map(|lang| std::fs::read_dir(lang.expect("entry").path()).expect("a folder"))
        .map(|f| f.expect("entry").path().display().to_string())
        .collect();
    for path in &on_disk {
        assert!(
            rehearse::scenarios::ALL.iter().any(|b| b.path == path),
            "{path} is not in scenarios::ALL"
        );
    }
    assert!(rehearse::scenarios::ALL.iter().all(|b| b.text.len() > 100));
}
