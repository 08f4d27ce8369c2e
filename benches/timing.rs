//! Timing shared by the benchmarks: the fastest of several runs is the one least disturbed by
//! other work on a shared machine.

use std::time::{Duration, Instant};

/// The fastest of `runs` timings of `f`.
pub fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}
