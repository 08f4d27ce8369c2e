//! `rehearse play [NAME|FILE]`: the rehearsal. Until the runtime and the REPL land it prints
//! the scenario's header and opening lines.

use std::io::Write as _;
use std::path::Path;

use crate::cli::{Status, use_color};
use crate::diagnostic::{Severity, render};
use crate::script::ast::{Item, Part, Voice};

/// Play a scenario: the bundled default, another bundled one by name, or a script file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A bundled scenario's name or a script file; the default scenario when left out.
    #[arg(value_name = "NAME|FILE")]
    pub scenario: Option<String>,
    /// The language of the bundled scenario: `en` or `nl` (default: from LANG).
    #[arg(long)]
    pub lang: Option<String>,
}

/// Runs `play`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let lang = args.lang.clone().unwrap_or_else(crate::scenarios::lang_from_env);
    let parsed = match &args.scenario {
        Some(s) if Path::new(s).is_file() => crate::script::compile(Path::new(s))?,
        Some(name) => match crate::scenarios::find(name, &lang) {
            Some(bundled) => bundled.compile(),
            None => anyhow::bail!(
                "no bundled scenario or file named `{name}` (try `rehearse play` for the default)"
            ),
        },
        None => crate::scenarios::default_for(&lang).compile(),
    };
    let color = use_color();
    let mut out = std::io::stdout().lock();
    let errors: Vec<_> =
        parsed.diagnostics.iter().filter(|d| d.severity() == Severity::Error).collect();
    if !errors.is_empty() {
        for d in errors {
            writeln!(out, "{}\n", render(d, &parsed.sources, color))?;
        }
        return Ok(Status::Failure);
    }
    let header = &parsed.script.header;
    if let Some(title) = &header.title {
        writeln!(out, "{title}")?;
    }
    if let Some(description) = &header.description {
        writeln!(out, "{description}")?;
    }
    writeln!(out)?;
    let opening =
        parsed.script.knots.iter().find(|k| !k.function).map_or(&parsed.script.top, |k| &k.body);
    for item in opening {
        match item {
            Item::Line(line) => {
                let text: String = line
                    .parts
                    .iter()
                    .filter_map(|p| {
                        if let Part::Text { text } = p { Some(text.as_str()) } else { None }
                    })
                    .collect();
                match &line.voice {
                    Voice::Speaker(name) => writeln!(out, "{}: {}", name.text, text.trim())?,
                    Voice::Coach => writeln!(out, "coach: {}", text.trim())?,
                    Voice::Narration => writeln!(out, "{}", text.trim())?,
                }
            }
            Item::Response(_) | Item::Record(_) | Item::Choice(_) => break,
            _ => {}
        }
    }
    writeln!(
        out,
        "\n(The interactive rehearsal is not built yet: this is the scenario's opening.)"
    )?;
    Ok(Status::Success)
}
