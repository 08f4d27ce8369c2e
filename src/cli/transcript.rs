//! `rehearse transcript [ID]`: one session's transcript, as Markdown to share with a coach or as
//! JSON.

use std::io::Write as _;

use clap::ValueEnum;

use crate::cli::history::{date, read_lines};
use crate::cli::{Status, store};
use crate::terminal::visible;

/// Transcript formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum TranscriptFormat {
    /// Markdown, to share.
    #[default]
    Md,
    /// The events as one JSON array.
    Json,
}

/// Show a session's transcript (the latest when no ID is given; `--list` lists the IDs).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The transcript's ID, as `--list` shows it.
    pub id: Option<String>,
    /// `md` or `json`.
    #[arg(long, value_enum, default_value_t)]
    pub format: TranscriptFormat,
    /// List the transcripts instead.
    #[arg(long, conflicts_with = "id")]
    pub list: bool,
}

/// Runs `transcript`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let Some(home) = store::home() else { anyhow::bail!("there is no data folder") };
    let dir = home.join("transcripts");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.path().file_stem().map(|s| s.to_string_lossy().to_string()))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    let mut out = std::io::stdout().lock();
    if args.list {
        for id in &ids {
            writeln!(out, "{id}")?;
        }
        return Ok(Status::Success);
    }
    let id = match &args.id {
        Some(id) if ids.contains(id) => id.clone(),
        Some(id) => anyhow::bail!("no transcript `{id}`; `rehearse transcript --list` shows them"),
        None => {
            ids.last().cloned().ok_or_else(|| anyhow::anyhow!("there are no transcripts yet"))?
        }
    };
    let events = read_lines(&dir.join(format!("{id}.jsonl")));
    match args.format {
        TranscriptFormat::Json => writeln!(out, "{}", serde_json::Value::Array(events))?,
        TranscriptFormat::Md => write!(out, "{}", markdown(&events))?,
    }
    Ok(Status::Success)
}

/// A transcript as Markdown.
#[must_use]
pub fn markdown(events: &[serde_json::Value]) -> String {
    use std::fmt::Write as _;
    let text = |v: &serde_json::Value| visible(v.as_str().unwrap_or("")).into_owned();
    let mut md = String::new();
    for e in events {
        let _ = match e["event"].as_str().unwrap_or("") {
            "start" | "resume" => writeln!(
                md,
                "# {}\n\n{} · {}\n",
                text(&e["scenario"]),
                e["time"].as_u64().map_or_else(|| "?".into(), date),
                text(&e["lang"])
            ),
            "line" => match e["speaker"].as_str() {
                Some("@coach") => writeln!(md, "> *coach:* {}\n", text(&e["text"])),
                Some(who) => writeln!(md, "**{}:** {}\n", visible(who), text(&e["text"])),
                None => writeln!(md, "{}\n", text(&e["text"])),
            },
            "choice" => writeln!(md, "→ *{}*\n", text(&e["text"])),
            "record" => writeln!(md, "**{}** — *{}*\n", text(&e["text"]), text(&e["var"])),
            "reply" => {
                let v = &e["verdict"];
                let cues: Vec<String> = v["cues"]
                    .as_array()
                    .map(|c| {
                        c.iter()
                            .map(|c| format!("{} “{}”", text(&c["name"]), text(&c["text"])))
                            .collect()
                    })
                    .unwrap_or_default();
                writeln!(
                    md,
                    "**You:** {}\n*{}* ({:.0}%): {}\n",
                    text(&v["text"]),
                    text(&v["style"]),
                    v["confidence"].as_f64().unwrap_or(0.0) * 100.0,
                    cues.join(", ")
                )
            }
            "retry" => writeln!(md, "*(tried again)*\n"),
            "step" => writeln!(md, "**Next step:** {}\n", text(&e["text"])),
            "follow_up" => {
                writeln!(md, "**Last step:** {} — {}\n", text(&e["step"]), text(&e["answer"]))
            }
            _ => Ok(()),
        };
    }
    md
}
