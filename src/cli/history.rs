//! `rehearse history`: past sessions — date, scenario, the style of each reply, the step chosen.

use std::io::Write as _;

use crate::cli::{Format, Status, store};
use crate::terminal::visible;

/// List past sessions: date, scenario, styles per response point, the next step chosen.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// `human` or `json` (one object per session per line).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// A calendar date from seconds since 1970 (UTC), as `YYYY-MM-DD`.
#[must_use]
pub fn date(secs: u64) -> String {
    // Days to civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
    let days = i64::try_from(secs / 86_400).unwrap_or(0) + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads JSON Lines as far as they are valid; damaged lines are reported on stderr and skipped.
#[must_use]
pub fn read_lines(path: &std::path::Path) -> Vec<serde_json::Value> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match serde_json::from_str(line) {
            Ok(v) => out.push(v),
            Err(e) => {
                eprintln!("warning: {}:{}: damaged line skipped ({e})", path.display(), n + 1);
            }
        }
    }
    out
}

/// Runs `history`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let Some(home) = store::home() else { anyhow::bail!("there is no data folder") };
    let mut out = std::io::stdout().lock();
    for entry in read_lines(&home.join("history.jsonl")) {
        match args.format {
            Format::Json => writeln!(out, "{entry}")?,
            Format::Human => {
                let when = entry["time"].as_u64().map_or_else(|| "?".to_string(), date);
                let styles: Vec<&str> = entry["styles"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
                    .unwrap_or_default();
                let step = entry["step"].as_str().unwrap_or("");
                writeln!(
                    out,
                    "{when}  {}  {}  {}",
                    visible(entry["scenario"].as_str().unwrap_or("?")),
                    styles.join(" → "),
                    visible(step)
                )?;
            }
        }
    }
    Ok(Status::Success)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(super::date(0), "1970-01-01");
        assert_eq!(super::date(951_782_400), "2000-02-29");
        assert_eq!(super::date(1_795_796_174), "2026-11-27");
    }
}
