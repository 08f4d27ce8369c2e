//! Measuring the scorer on labelled replies: a confusion matrix and F1 per style, for
//! `rehearse score --eval FILE` and the quality tests.

use std::fmt::Write as _;

use serde::Deserialize;

use super::{Lang, Scorer, Style};

/// One labelled reply, as a line of a JSON Lines file.
#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    /// The reply.
    pub text: String,
    /// Its language.
    pub lang: Lang,
    /// The style it was written to have.
    pub label: Style,
}

/// Reads labelled replies, one JSON object per line; blank lines are skipped. An error names
/// the line.
pub fn read_jsonl(text: &str) -> Result<Vec<Labelled>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

/// Counts of (label, predicted) pairs.
#[derive(Debug, Default, Clone)]
pub struct Confusion {
    /// `counts[label][predicted]`, in [`Style::ALL`] order.
    pub counts: [[usize; 4]; 4],
}

fn index(style: Style) -> usize {
    Style::ALL.iter().position(|s| *s == style).unwrap_or(0)
}

impl Confusion {
    /// Scores every reply (in its own language) and counts the outcomes.
    #[must_use]
    pub fn measure(scorer: &Scorer, rows: &[Labelled]) -> Confusion {
        let mut c = Confusion::default();
        for row in rows {
            let predicted = scorer.score(&row.text, Some(row.lang)).style.unwrap_or(Style::Passive);
            c.counts[index(row.label)][index(predicted)] += 1;
        }
        c
    }

    /// F1 of one style.
    #[must_use]
    pub fn f1(&self, style: Style) -> f64 {
        let i = index(style);
        let tp = self.counts[i][i] as f64;
        let predicted: usize = (0..4).map(|l| self.counts[l][i]).sum();
        let actual: usize = self.counts[i].iter().sum();
        if tp == 0.0 {
            return 0.0;
        }
        let precision = tp / predicted as f64;
        let recall = tp / actual as f64;
        2.0 * precision * recall / (precision + recall)
    }

    /// The mean F1 over the four styles.
    #[must_use]
    pub fn macro_f1(&self) -> f64 {
        Style::ALL.iter().map(|&s| self.f1(s)).sum::<f64>() / 4.0
    }

    /// The share of replies scored as labelled.
    #[must_use]
    pub fn accuracy(&self) -> f64 {
        let right: usize = (0..4).map(|i| self.counts[i][i]).sum();
        let all: usize = self.counts.iter().flatten().sum();
        if all == 0 { 0.0 } else { right as f64 / all as f64 }
    }

    /// The matrix and the F1 scores as a table.
    #[must_use]
    pub fn report(&self) -> String {
        let mut out = String::from("label \\ scored   assert  passive  aggress pass-agg      F1\n");
        for (i, style) in Style::ALL.iter().enumerate() {
            let _ = write!(out, "{:<16}", style.name());
            for n in self.counts[i] {
                let _ = write!(out, " {n:>7} ");
            }
            let _ = writeln!(out, "{:>7.3}", self.f1(*style));
        }
        let _ = writeln!(out, "macro-F1 {:.3}   accuracy {:.3}", self.macro_f1(), self.accuracy());
        out
    }
}
