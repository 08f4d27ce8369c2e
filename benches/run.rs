//! Runtime speed: choices per second through a long generated story (no output printed), next
//! to a same-run baseline (walking the same story's knot graph as a bare transition table), as
//! a ratio; and the saved state's size after 100 and after 10,000 choices.
//! Run with `cargo bench --bench run`.

use std::fmt::Write as _;
mod timing;

use std::hint::black_box;

use timing::best;

use rehearse::story::{Pause, Story};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const KNOTS: usize = 200;
const CHOICES: usize = 200_000;

fn story() -> String {
    let mut s = String::from("VAR trust = 0\n-> k0\n");
    for i in 0..KNOTS {
        let next = (i + 1) % KNOTS;
        let skip = (i + 7) % KNOTS;
        let _ = write!(
            s,
            "=== k{i} ===\nThe office is {{&busy|quiet|loud}} today. Trust is {{trust}}.\n~ trust = trust + 1\n\
             + [Help] You help. -> k{next}\n+ [Decline] You decline.\n  ~ trust = trust - 1\n  -> k{next}\n+ {{trust > 5}} [Skip] -> k{skip}\n"
        );
    }
    s
}

fn main() {
    let text = story();
    let story = Story::from_text(&text).expect("the generated story compiles");
    // Baseline: the same walk over a transition table (knot → next knot per choice).
    let table: Vec<[usize; 3]> =
        (0..KNOTS).map(|i| [(i + 1) % KNOTS, (i + 1) % KNOTS, (i + 7) % KNOTS]).collect();
    let baseline = best(3, || {
        let mut at = 0;
        for n in 0..CHOICES {
            at = table[at][n % 3];
            black_box(at);
        }
    });
    let run = best(3, || {
        let mut s = story.session(1).expect("starts");
        for n in 0..CHOICES {
            let (lines, pause) = s.advance().expect("runs");
            black_box(lines);
            let Pause::Menu(items) = pause else { panic!("a menu every step") };
            s.choose(items[n % items.len()].index).expect("valid");
        }
    });
    println!(
        "run    {CHOICES} choices: transition table {:>12.0} choices/s  engine {:>10.0} choices/s  ratio {:.4}",
        CHOICES as f64 / baseline.as_secs_f64(),
        CHOICES as f64 / run.as_secs_f64(),
        baseline.as_secs_f64() / run.as_secs_f64()
    );
    let mut s = story.session(1).expect("starts");
    let mut sizes = Vec::new();
    for n in 0..10_000 {
        let (_, pause) = s.advance().expect("runs");
        let Pause::Menu(items) = pause else { panic!("a menu every step") };
        s.choose(items[n % items.len()].index).expect("valid");
        if n + 1 == 100 || n + 1 == 10_000 {
            sizes.push(s.save_json().len());
        }
    }
    println!(
        "state  after 100 choices {} bytes, after 10,000 choices {} bytes",
        sizes[0], sizes[1]
    );
}
