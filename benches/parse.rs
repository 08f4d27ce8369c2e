//! Parse-and-check throughput on a large generated scenario, next to a same-run baseline
//! (reading the file and counting its lines), as a ratio, and the time of each phase. Run with
//! `cargo bench --bench parse`; `REHEARSE_BENCH_MB` sets the size (default 32).

mod generate;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
// (the generator is shared with the scale tests)

mod timing;

use std::hint::black_box;
use std::time::{Duration, Instant};

use timing::best;

/// How many times each figure is measured; the fastest counts.
const ROUNDS: usize = 7;

fn megabytes(bytes: usize) -> f64 {
    f64::from(u32::try_from(bytes / 1000).unwrap_or(u32::MAX)) / 1e3
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    megabytes(bytes) / time.as_secs_f64()
}

fn main() {
    let mb: usize =
        std::env::var("REHEARSE_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(32);
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (label, text) in [
        ("rehearse scenario", generate::scenario(mb << 20)),
        ("plain ink", generate::plain_ink(mb << 20)),
    ] {
        let path = dir.path().join("big.ink");
        std::fs::write(&path, &text).expect("written");
        let bytes = text.len();
        // Baseline and parse+check take turns, so that both meet the same moments of a
        // shared machine and their ratio holds when its speed changes.
        let (mut baseline, mut parse) = (Duration::MAX, Duration::MAX);
        let mut diagnostics = 0;
        for _ in 0..ROUNDS {
            baseline = baseline.min(best(1, || {
                let data = std::fs::read(&path).expect("readable");
                black_box(memchr::memchr_iter(b'\n', &data).count());
            }));
            parse = parse.min(best(1, || {
                let parsed = rehearse::script::compile(&path).expect("readable");
                diagnostics = parsed.diagnostics.len();
                black_box(parsed);
            }));
        }
        assert_eq!(diagnostics, 0, "the generated script checks clean");
        let phases = phases(&path);
        println!(
            "{label:<18} {:>6.1} MB  read+count {:>8.1} MB/s  parse+check {:>7.1} MB/s  ratio {:.3}",
            megabytes(bytes),
            mb_per_s(bytes, baseline),
            mb_per_s(bytes, parse),
            baseline.as_secs_f64() / parse.as_secs_f64(),
        );
        println!(
            "{:<18} phases: load {:.0} ms, check {:.0} ms, free {:.0} ms",
            "",
            phases[0].as_secs_f64() * 1e3,
            phases[1].as_secs_f64() * 1e3,
            phases[2].as_secs_f64() * 1e3,
        );
    }
}

/// The fastest of [`ROUNDS`] timings of each phase apart: loading (read, normalise, parse), the
/// semantic checks, and freeing the tree.
fn phases(path: &std::path::Path) -> [Duration; 3] {
    let mut fastest = [Duration::MAX; 3];
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let mut parsed = rehearse::script::load(path).expect("readable");
        let loaded = Instant::now();
        rehearse::script::check::check(&mut parsed);
        let checked = Instant::now();
        drop(black_box(parsed));
        let freed = Instant::now();
        for (best, took) in
            fastest.iter_mut().zip([loaded - start, checked - loaded, freed - checked])
        {
            *best = (*best).min(took);
        }
    }
    fastest
}
