//! Scorer speed: replies scored per second on one core, next to a same-run baseline (reading
//! the same replies and splitting them into words), as a ratio; and the time from process
//! start to the first verdict (`rehearse score`), next to starting the process for `--version`.
//! Run with `cargo bench --bench score`.

mod timing;

use std::hint::black_box;
use std::process::Command;

use timing::best;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // Typical one-to-two-sentence replies: the labelled data set, both languages.
    let mut replies = Vec::new();
    for file in ["en.tune", "en.test", "nl.tune", "nl.test"] {
        let text =
            std::fs::read_to_string(format!("tests/data/replies/{file}.jsonl")).expect("data set");
        for row in rehearse::score::eval::read_jsonl(&text).expect("valid") {
            replies.push(row.text);
        }
    }
    let corpus = replies.join("\n");
    let scorer = rehearse::score::Scorer::builtin();
    let rounds = 20;
    let baseline = best(5, || {
        for _ in 0..rounds {
            for line in corpus.lines() {
                black_box(line.split_whitespace().count());
            }
        }
    });
    let scoring = best(5, || {
        for _ in 0..rounds {
            for line in corpus.lines() {
                black_box(scorer.score(line, None));
            }
        }
    });
    let n = (replies.len() * rounds) as f64;
    println!(
        "score  {} replies x {rounds}: read+split {:>10.0} replies/s  score {:>9.0} replies/s  ratio {:.4}",
        replies.len(),
        n / baseline.as_secs_f64(),
        n / scoring.as_secs_f64(),
        baseline.as_secs_f64() / scoring.as_secs_f64()
    );

    let exe = env!("CARGO_BIN_EXE_rehearse");
    let start_only = best(15, || {
        Command::new(exe).arg("--version").output().expect("runs");
    });
    let first_verdict = best(15, || {
        Command::new(exe)
            .args(["score", "--lang", "en", "Sorry, I can't this week."])
            .output()
            .expect("runs");
    });
    println!(
        "start  --version {:>6.1} ms  first verdict {:>6.1} ms  (packs compiled: +{:.1} ms)",
        start_only.as_secs_f64() * 1e3,
        first_verdict.as_secs_f64() * 1e3,
        (first_verdict.saturating_sub(start_only)).as_secs_f64() * 1e3
    );
}
