//! `rehearse list`: the bundled scenarios.

use std::io::Write as _;

use crate::cli::{Format, Status};

/// List the bundled scenarios: name, title, language, minutes and description.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only scenarios in this language.
    #[arg(long, value_parser = ["en", "nl"])]
    pub lang: Option<String>,
    /// `human` or `json` (one object per scenario per line).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Runs `list`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let mut out = std::io::stdout().lock();
    for bundled in
        crate::scenarios::ALL.iter().filter(|b| args.lang.as_deref().is_none_or(|l| l == b.lang))
    {
        let header = bundled.compile().script.header;
        let title = header.title.unwrap_or_default();
        let description = header.description.unwrap_or_default();
        match args.format {
            Format::Human => writeln!(
                out,
                "{:<14} {}  {:>3} min  {}: {}",
                bundled.name,
                bundled.lang,
                header.minutes.map_or_else(|| "?".to_string(), |m| m.to_string()),
                crate::terminal::visible(&title),
                crate::terminal::visible(&description)
            )?,
            Format::Json => writeln!(
                out,
                "{}",
                serde_json::json!({"name": bundled.name, "title": title, "lang": bundled.lang, "minutes": header.minutes, "description": description})
            )?,
        }
    }
    Ok(Status::Success)
}
