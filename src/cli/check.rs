//! `rehearse check FILE...`: diagnostics as rustc draws them (or JSON lines), then a summary.

use std::io::Write as _;

use crate::cli::{FileArg, Format, Status, use_color};
use crate::diagnostic::{Tally, render};

/// Check scenario files: every problem with its file, line and column, what is wrong and how
/// to fix it. Exit 0 when there are no errors (warnings allowed), 1 when there are, 2 when a
/// file cannot be read.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Script files to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<FileArg>,
    /// `human` (drawn like a compiler's messages) or `json` (one object per diagnostic per line).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Runs `check`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let color = use_color();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut total = Tally::default();
    let mut unreadable = false;
    for path in &args.files {
        let parsed = match crate::script::compile(path) {
            Ok(parsed) => parsed,
            Err(e) => {
                out.flush()?;
                eprintln!("error: {e}");
                unreadable = true;
                continue;
            }
        };
        let mut tally = Tally::default();
        for d in &parsed.diagnostics {
            tally.add(d);
            match args.format {
                Format::Human => writeln!(out, "{}\n", render(d, &parsed.sources, color))?,
                Format::Json => writeln!(out, "{}", d.to_json(&parsed.sources))?,
            }
        }
        if args.format == Format::Human {
            writeln!(out, "{}: {}", path.display(), tally.summary())?;
        }
        total.errors += tally.errors;
        total.warnings += tally.warnings;
    }
    if args.format == Format::Human && args.files.len() > 1 {
        writeln!(out, "checked {} files: {}", args.files.len(), total.summary())?;
    }
    Ok(if unreadable {
        Status::Trouble
    } else if total.errors > 0 {
        Status::Failure
    } else {
        Status::Success
    })
}
