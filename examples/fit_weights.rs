//! Fits a pattern pack's cue weights on labelled replies and writes them into the pack.
//!
//! `cargo run --release --example fit_weights -- PACK.toml REPLIES.jsonl [L2]`
//!
//! The cues stay what the pack's phrases and patterns say; only how much each counts for each
//! style (and each style's bias) is fitted, so that one cue alone scores as its own style: a
//! multinomial logistic regression with L2 regularisation over the cue evidence
//! `Scorer::evidence` reports. Fit on tuning replies (`*.tune`, `*.fresh`, `*.more.jsonl`), never
//! on the test half the scorer is measured on; `docs/PATTERNS.md` says which were used.

use std::fmt::Write as _;

use rehearse::score::eval::read_jsonl;
use rehearse::score::{Scorer, Style};

const STEPS: usize = 3000;
const RATE: f64 = 0.05;
/// L2 regularisation, unless a third argument gives another.
const L2: f64 = 0.01;
/// How far one cue alone puts its own style ahead of the others, in log-odds.
const MARGIN: f64 = 0.03;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(pack_path), Some(data)) = (args.next(), args.next()) else {
        eprintln!("usage: fit_weights PACK.toml LABELLED.jsonl [L2]");
        std::process::exit(2);
    };
    let l2: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(L2);
    let rows =
        read_jsonl(&std::fs::read_to_string(&data).expect("readable data")).expect("valid data");
    let scorer = Scorer::builtin();
    let lang = rows.first().expect("at least one reply").lang;
    let pack = scorer.pack(lang);
    let d = pack.cues.len();
    let samples: Vec<(Vec<(usize, f64)>, usize)> = rows
        .iter()
        .map(|r| {
            let x = scorer
                .evidence(&r.text, r.lang)
                .into_iter()
                .map(|(i, f, _)| (i, f64::from(f)))
                .collect();
            (x, Style::ALL.iter().position(|s| *s == r.label).expect("a style"))
        })
        .collect();
    // w[d] is the bias.
    let mut w = vec![[0.0f64; 4]; d + 1];
    for _ in 0..STEPS {
        let mut g = vec![[0.0f64; 4]; d + 1];
        for (x, y) in &samples {
            let mut z = w[d];
            for &(i, v) in x {
                for k in 0..4 {
                    z[k] += w[i][k] * v;
                }
            }
            let top = z.iter().copied().fold(f64::MIN, f64::max);
            let e = z.map(|v| (v - top).exp());
            let sum: f64 = e.iter().sum();
            for k in 0..4 {
                let p = e[k] / sum - if k == *y { 1.0 } else { 0.0 };
                g[d][k] += p;
                for &(i, v) in x {
                    g[i][k] += p * v;
                }
            }
        }
        let n = samples.len() as f64;
        for (wi, gi) in w.iter_mut().zip(&g) {
            for k in 0..4 {
                wi[k] -= RATE * (gi[k] / n + l2 * wi[k]);
            }
        }
        // A reply with one cue alone scores as that cue's style, by at least `MARGIN`, so that
        // what the coachee is shown ("a vague yes: passive") stays true whatever replies the
        // cue happened to be in, and no such reply is a tie.
        let bias = w[d];
        for (wi, cue) in w.iter_mut().zip(&pack.cues) {
            let own = Style::ALL.iter().position(|s| *s == cue.style).expect("a style");
            for k in 0..4 {
                if k != own {
                    wi[k] = wi[k].min(wi[own] + bias[own] - bias[k] - MARGIN);
                }
            }
        }
    }
    let table = |v: [f64; 4]| {
        let mut s = String::from("{ ");
        for (k, style) in Style::ALL.iter().enumerate() {
            let _ = write!(s, "{}{} = {:.2}", if k > 0 { ", " } else { "" }, style.name(), v[k]);
        }
        s + " }"
    };
    let text = std::fs::read_to_string(&pack_path).expect("readable pack");
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with("weights = ") || line.starts_with("bias = ") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if line.starts_with("markers = ") {
            let _ = writeln!(out, "bias = {}", table(w[d]));
        }
        if let Some(name) = line.strip_prefix("[cue.").and_then(|l| l.strip_suffix(']')) {
            // A cue the replies never show keeps its written weight: there is nothing to fit.
            let seen = |i: usize| samples.iter().any(|(x, _)| x.iter().any(|&(j, _)| j == i));
            if let Some(i) = pack.cues.iter().position(|c| &*c.name == name).filter(|&i| seen(i)) {
                let _ = writeln!(out, "weights = {}", table(w[i]));
            }
        }
    }
    std::fs::write(&pack_path, out).expect("writable pack");
    eprintln!("fitted {d} cues on {} replies into {pack_path}", samples.len());
}
