//! `rehearse fmt FILE...`: rewrite scripts in canonical layout (`--check`: only report).

use std::io::Write as _;

use crate::cli::Status;

/// Rewrite scripts in canonical layout: indentation, sigil spacing, knot headers, blank lines.
/// Comments and text stay as written; the meaning never changes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Script files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
    /// Change nothing; list the files that are not in canonical layout and exit 1 if any.
    #[arg(long)]
    pub check: bool,
}

/// Runs `fmt`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let mut out = std::io::stdout().lock();
    let mut unformatted = 0;
    for path in &args.files {
        let bytes = std::fs::read(path)
            .map_err(|e| anyhow::anyhow!("cannot read `{}`: {e}", path.display()))?;
        let Ok(text) = std::str::from_utf8(&bytes) else {
            anyhow::bail!("`{}` is not UTF-8; `rehearse check` shows where", path.display());
        };
        let formatted = crate::script::format::format(text);
        if formatted == text {
            continue;
        }
        unformatted += 1;
        if args.check {
            writeln!(out, "{} is not formatted", path.display())?;
        } else {
            crate::cli::store::private_write(path, formatted.as_bytes())
                .map_err(|e| anyhow::anyhow!("cannot write `{}`: {e}", path.display()))?;
            writeln!(out, "formatted {}", path.display())?;
        }
    }
    Ok(if args.check && unformatted > 0 { Status::Failure } else { Status::Success })
}
