//! Tuning aid (not part of the product).
use rehearse::score::{
    Scorer,
    eval::{Confusion, read_jsonl},
};
fn main() {
    let file = std::env::args().nth(1).unwrap();
    let rows = read_jsonl(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let scorer = Scorer::builtin();
    let c = Confusion::measure(scorer, &rows);
    print!("{}", c.report());
    if std::env::args().nth(2).as_deref() == Some("-v") {
        for r in &rows {
            let v = scorer.score(&r.text, Some(r.lang));
            if v.style != Some(r.label) {
                let cues: Vec<String> =
                    v.cues.iter().map(|c| format!("{}:{}", c.name, c.text)).collect();
                println!(
                    "{:>18} <- {:<18} {}  [{}]",
                    v.style.map_or("none", |s| s.name()),
                    r.label.name(),
                    r.text,
                    cues.join(", ")
                );
            }
        }
    }
}
