//! `rehearse score [TEXT...|-]`: how replies come across, with the words that made it so.

use std::fmt::Write as _;
use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::PathBuf;

use anyhow::Context as _;
use colored::Colorize as _;

use crate::cli::{Format, Status, use_color};
use crate::score::eval::{Confusion, read_jsonl};
use crate::score::{Lang, Scorer, Style, Verdict};
use crate::terminal::visible;

/// Score replies: assertive, passive, aggressive or passive-aggressive, with the cues found.
/// Reads one reply per line from standard input with `-` (or when no TEXT is given and input
/// is not a terminal); blank lines give `no_reply`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Replies to score; `-` reads them from standard input, one per line.
    #[arg(value_name = "TEXT")]
    pub texts: Vec<String>,
    /// The replies' language; detected per reply when left out.
    #[arg(long, value_parser = ["en", "nl"])]
    pub lang: Option<String>,
    /// `human` or `json` (one object per reply per line).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Pattern packs to add to (or override) the built-in ones; may be repeated.
    #[arg(long = "patterns", value_name = "FILE")]
    pub patterns: Vec<PathBuf>,
    /// Measure the scorer on a labelled JSON Lines file (`{"text","lang","label"}` per line):
    /// prints the confusion matrix and F1 per style.
    #[arg(long, value_name = "FILE", conflicts_with = "texts")]
    pub eval: Option<PathBuf>,
    /// With `--eval`: also list every reply scored differently from its label, with its cues.
    #[arg(long, requires = "eval")]
    pub misses: bool,
}

/// Builds a scorer with the built-in packs and any `--patterns` files.
pub fn scorer(patterns: &[PathBuf]) -> anyhow::Result<std::borrow::Cow<'static, Scorer>> {
    if patterns.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(Scorer::builtin()));
    }
    let mut packs = Vec::new();
    for path in patterns {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read `{}`", path.display()))?;
        packs.push((path.display().to_string(), text));
    }
    Ok(std::borrow::Cow::Owned(Scorer::with_packs(&packs)?))
}

/// Runs `score`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let scorer = scorer(&args.patterns)?;
    let lang = args.lang.as_deref().and_then(Lang::from_code);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let Some(file) = &args.eval {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read `{}`", file.display()))?;
        let rows = read_jsonl(&text).map_err(|e| anyhow::anyhow!("{}:{e}", file.display()))?;
        let confusion = Confusion::measure(&scorer, &rows);
        match args.format {
            Format::Human => {
                write!(out, "{}", confusion.report())?;
                if args.misses {
                    for row in &rows {
                        let v = scorer.score(&row.text, Some(row.lang));
                        if v.style != Some(row.label) {
                            let cues: Vec<String> =
                                v.cues.iter().map(|c| format!("{}:{}", c.name, c.text)).collect();
                            let got = v.style.map_or("no_reply", Style::name);
                            writeln!(
                                out,
                                "{got:>18} <- {:<18} {}  [{}]",
                                row.label.name(),
                                row.text,
                                cues.join(", ")
                            )?;
                        }
                    }
                }
            }
            Format::Json => {
                let f1: serde_json::Map<String, serde_json::Value> = Style::ALL
                    .iter()
                    .map(|s| (s.name().to_string(), confusion.f1(*s).into()))
                    .collect();
                let json = serde_json::json!({
                    "replies": rows.len(),
                    "accuracy": confusion.accuracy(),
                    "macro_f1": confusion.macro_f1(),
                    "f1": f1,
                    "confusion": confusion.counts,
                });
                writeln!(out, "{json}")?;
            }
        }
        return Ok(Status::Success);
    }
    let from_stdin = args.texts.iter().any(|t| t == "-")
        || (args.texts.is_empty() && !std::io::stdin().is_terminal());
    if args.texts.is_empty() && !from_stdin {
        anyhow::bail!(
            "give a reply to score, such as `rehearse score \"Sorry, I can't this week\"`, or `-` to read replies from standard input"
        );
    }
    let color = use_color();
    let mut emit = |reply: &str| -> anyhow::Result<()> {
        let verdict = scorer.score(reply, lang);
        match args.format {
            Format::Json => writeln!(out, "{}", serde_json::to_string(&verdict)?)?,
            Format::Human => write!(out, "{}", human(&verdict, color))?,
        }
        Ok(())
    };
    for text in args.texts.iter().filter(|t| *t != "-") {
        emit(text)?;
    }
    if from_stdin {
        for line in std::io::stdin().lock().lines() {
            emit(&line.context("cannot read standard input")?)?;
        }
    }
    Ok(Status::Success)
}

/// The verdict for a person: the style and confidence, the reply with its cues marked (in
/// colour on a terminal), then one line per cue.
#[must_use]
pub fn human(v: &Verdict, color: bool) -> String {
    let Some(style) = v.style else {
        return "no reply: nothing to score\n".to_string();
    };
    let mut out = format!("{} ({:.2})", paint(style.name(), style, color), v.confidence);
    if let Some((second, share)) = v.close_second() {
        let _ = write!(out, "  or {} ({share:.2})", paint(second.name(), second, color));
    }
    let _ = writeln!(out, "  {}", v.lang.code());
    if color && !v.cues.is_empty() {
        let _ = writeln!(out, "  {}", highlight(v, true));
    }
    let width = v.cues.iter().map(|c| c.name.len()).max().unwrap_or(0);
    for cue in &v.cues {
        let sign = if cue.style == Style::Assertive { '+' } else { '-' };
        let label = format!("{:<width$}", cue.name);
        let _ = writeln!(
            out,
            "  {sign} {}  \"{}\"  {}",
            paint(&label, cue.style, color),
            visible(&cue.text),
            cue.style.name()
        );
    }
    if v.cues.is_empty() {
        let _ = writeln!(out, "  ({})", crate::cli::ui::Ui::new(v.lang).no_cues());
    }
    if v.truncated {
        let _ =
            writeln!(out, "  (only the first {} bytes were scored)", crate::score::MAX_REPLY_BYTES);
    }
    out
}

/// The reply with each cue's words marked: coloured by style, or in `[brackets]` without colour.
#[must_use]
pub fn highlight(v: &Verdict, color: bool) -> String {
    let mut out = String::new();
    let mut at = 0;
    for cue in &v.cues {
        if cue.start < at || cue.end > v.text.len() {
            continue;
        }
        out.push_str(&visible(&v.text[at..cue.start]));
        let words = visible(&v.text[cue.start..cue.end]);
        if color {
            out.push_str(&paint(&words, cue.style, true).underline().to_string());
        } else {
            let _ = write!(out, "[{words}]");
        }
        at = cue.end;
    }
    out.push_str(&visible(&v.text[at..]));
    out
}

/// Text in the colour of a style.
#[must_use]
pub fn paint(text: &str, style: Style, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    match style {
        Style::Assertive => text.green().bold().to_string(),
        Style::Passive => text.blue().bold().to_string(),
        Style::Aggressive => text.red().bold().to_string(),
        Style::PassiveAggressive => text.magenta().bold().to_string(),
    }
}
