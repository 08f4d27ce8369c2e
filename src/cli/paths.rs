//! `rehearse paths FILE|NAME`: every distinct route through a scenario.

use std::io::Write as _;

use crate::cli::{Format, Status};
use crate::story::Story;
use crate::story::paths::{Limits, render, routes};

/// Show every route through a scenario: each menu choice, each response-point branch (with
/// the condition that selects it and the example answer for that style), and the dialogue
/// each route produces. Loops are cut after `--max-visits` visits to one knot.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A script file or a bundled scenario's name.
    #[arg(value_name = "FILE|NAME")]
    pub scenario: String,
    /// How often one knot may be visited on a route before the route is cut.
    #[arg(long, default_value_t = 2)]
    pub max_visits: u32,
    /// How many routes at most.
    #[arg(long, default_value_t = 1000)]
    pub max_routes: usize,
    /// The seed for shuffles.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// `human` or `json` (one route per line).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Runs `paths`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let parsed = crate::cli::load_scenario(&args.scenario)?;
    let story = match Story::new(parsed) {
        Ok(s) => s,
        Err(e) => {
            crate::cli::report_errors(&e.1);
            return Ok(Status::Failure);
        }
    };
    let (all, more) = routes(
        story.session(args.seed)?,
        Limits { max_visits: args.max_visits, max_routes: args.max_routes },
    );
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Human => write!(out, "{}", render(&all, more))?,
        Format::Json => {
            for route in &all {
                writeln!(out, "{}", serde_json::to_string(route)?)?;
            }
        }
    }
    Ok(Status::Success)
}
