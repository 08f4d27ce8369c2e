//! The command line: one file per subcommand. [`run`] dispatches and returns the exit status;
//! errors that are not about the input (I/O, usage) come back as `Err` and exit with 2.

mod check;
mod fmt;
mod graph;
pub mod history;
mod list;
mod new;
mod paths;
mod play;
pub mod score;
pub mod store;
mod test;
mod transcript;
pub mod ui;

use std::io::IsTerminal as _;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Rehearse saying what you mean: play branching workplace scenarios, type your reply, and see
/// how it comes across.
#[derive(Debug, Parser)]
#[command(name = "rehearse", version, about, long_about = None)]
#[command(
    after_help = "Exit status: 0 success, 1 the scenario or input has errors, 2 usage or file problems."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a scenario (the bundled default when none is named).
    Play(play::Args),
    /// Check scenario files and report problems with their exact place.
    Check(check::Args),
    /// Score replies: how they come across, and which words made it so.
    Score(score::Args),
    /// Show every route through a scenario.
    Paths(paths::Args),
    /// List the bundled scenarios.
    List(list::Args),
    /// Test scenarios: example answers, coverage, random routes.
    Test(test::Args),
    /// Draw a scenario as a graph (DOT or Mermaid).
    Graph(graph::Args),
    /// Write a new scenario from a template.
    New(new::Args),
    /// Rewrite scripts in canonical layout.
    Fmt(fmt::Args),
    /// Past sessions: date, scenario, styles, the step chosen.
    History(history::Args),
    /// A session's transcript, as Markdown or JSON.
    Transcript(transcript::Args),
}

/// Output format for commands that report data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    #[default]
    Human,
    /// One JSON object per line, for tools.
    Json,
}

/// How a command ended, when it ended normally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Everything was fine (exit 0).
    Success,
    /// The input had errors (exit 1).
    Failure,
    /// Usage or I/O problems (exit 2), already reported.
    Trouble,
}

impl From<Status> for std::process::ExitCode {
    fn from(status: Status) -> Self {
        match status {
            Status::Success => std::process::ExitCode::SUCCESS,
            Status::Failure => std::process::ExitCode::from(1),
            Status::Trouble => std::process::ExitCode::from(2),
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Status> {
    match cli.command {
        Command::Play(args) => play::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Score(args) => score::run(&args),
        Command::Paths(args) => paths::run(&args),
        Command::List(args) => list::run(&args),
        Command::Test(args) => test::run(&args),
        Command::Graph(args) => graph::run(&args),
        Command::New(args) => new::run(&args),
        Command::Fmt(args) => fmt::run(&args),
        Command::History(args) => history::run(&args),
        Command::Transcript(args) => transcript::run(&args),
    }
}

/// Whether an error is a closed pipe (`rehearse check ... | head`), which ends quietly.
#[must_use]
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Colour only on a terminal, and never when `NO_COLOR` is set (to anything but empty).
#[must_use]
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// A scenario by file path or bundled name (in the user's language when it has several).
pub fn load_scenario(scenario: &str) -> anyhow::Result<crate::script::Parsed> {
    let path = std::path::Path::new(scenario);
    if path.exists() {
        return Ok(crate::script::compile(path)?);
    }
    let lang = crate::scenarios::lang_from_env();
    match crate::scenarios::find(scenario, &lang) {
        Some(bundled) => Ok(bundled.compile()),
        None => anyhow::bail!("no scenario file or bundled scenario named `{scenario}`"),
    }
}

/// Prints a scenario's errors on standard error.
pub fn report_errors(parsed: &crate::script::Parsed) {
    let color = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    for d in
        parsed.diagnostics.iter().filter(|d| d.severity() == crate::diagnostic::Severity::Error)
    {
        eprintln!("{}\n", crate::diagnostic::render(d, &parsed.sources, color));
    }
}

/// A file argument, for clap.
pub type FileArg = PathBuf;
