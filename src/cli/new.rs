//! `rehearse new "Title"`: a new scenario from a template that already passes `check` and
//! `test`, with notes that teach the format. Never overwrites a file.

use std::path::PathBuf;

use crate::cli::Status;

/// Write a new scenario file from a template (named after the title, in the current folder).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The scenario's title.
    pub title: String,
    /// The language: `en` or `nl`.
    #[arg(long, value_parser = ["en", "nl"], default_value = "en")]
    pub lang: String,
    /// Where to write it (default: the title as a file name, such as `saying-no.ink`).
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// The template for a language, with the title filled in.
#[must_use]
pub fn template(title: &str, lang: &str) -> String {
    let text = if lang == "nl" {
        include_str!("templates/nl.ink")
    } else {
        include_str!("templates/en.ink")
    };
    // A title is one line; anything after a line break would become script.
    let title = title.lines().next().unwrap_or_default().trim();
    text.replace("{title}", title)
}

/// A file name from a title: lowercase letters and digits joined by `-`.
#[must_use]
pub fn file_name(title: &str) -> String {
    let slug: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if slug.is_empty() { "scenario.ink".to_string() } else { format!("{}.ink", slug.join("-")) }
}

/// Runs `new`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let path = args.output.clone().unwrap_or_else(|| PathBuf::from(file_name(&args.title)));
    let mut file =
        std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::anyhow!(
                    "`{}` already exists; choose another name with `-o PATH`",
                    path.display()
                )
            } else {
                anyhow::anyhow!("cannot write `{}`: {e}", path.display())
            }
        })?;
    std::io::Write::write_all(&mut file, template(&args.title, &args.lang).as_bytes())?;
    println!("wrote {}; try `rehearse play {0}`", path.display());
    Ok(Status::Success)
}
