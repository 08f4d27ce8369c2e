//! `rehearse test FILE...`: a scenario's built-in tests. Every example answer must score as
//! its labelled style and take a branch for that style; every branch and knot should be
//! reached by some route. `--random N` also plays N random routes and reports runtime errors
//! and how often each knot was reached. Ends with `N passed, N failed`; exit 1 on a failure.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;

use crate::cli::Status;
use crate::score::{Lang, Style};
use crate::script::ast::{Expr, ExprKind, conditions_text};
use crate::story::program::Op;
use crate::story::{Pause, Story};
use crate::terminal::visible;

/// Test scenarios: example answers score as labelled and reach their branch; coverage of
/// branches and knots; optional random play.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Script files (or bundled scenario names).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// Also play this many random routes (random menu choices, replies drawn from the examples).
    #[arg(long, default_value_t = 0)]
    pub random: usize,
    /// The seed for `--random`; the same seed plays the same routes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Keep every route's dialogue in `FILE.routes` beside the scenario; when it changes, show
    /// what changed and fail until `--accept`.
    #[arg(long)]
    pub snapshot: bool,
    /// With `--snapshot`: take the routes as they are now.
    #[arg(long, requires = "snapshot")]
    pub accept: bool,
}

/// Runs `test`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let mut out = std::io::stdout().lock();
    let (mut ok, mut failed) = (0usize, 0usize);
    for file in &args.files {
        let parsed = crate::cli::load_scenario(file)?;
        let story = match Story::new(parsed) {
            Ok(s) => s,
            Err(e) => {
                crate::cli::report_errors(&e.1);
                writeln!(out, "{file}: cannot be tested until its errors are fixed")?;
                failed += 1;
                continue;
            }
        };
        let lang = story.parsed.script.header.lang.as_deref().and_then(Lang::from_code);
        let mut report = examples(&story, lang)?;
        script_tests(&story, lang, &mut report);
        for line in &report.lines {
            writeln!(out, "{file}: {line}")?;
        }
        ok += report.passed;
        failed += report.failed;
        if args.snapshot {
            match snapshot(&story, std::path::Path::new(file), args.accept)? {
                Some(diff) => {
                    writeln!(
                        out,
                        "{file}: the routes changed (run with --accept to keep them):\n{diff}"
                    )?;
                    failed += 1;
                }
                None => ok += 1,
            }
        }
        if args.random > 0 {
            let (errors, reached) = random_play(&story, lang, args.random, args.seed);
            for e in &errors {
                writeln!(out, "{file}: random route failed: {e}")?;
            }
            failed += errors.len();
            ok += args.random - errors.len();
            let counts: Vec<String> = reached.iter().map(|(k, n)| format!("{k} {n}")).collect();
            writeln!(
                out,
                "{file}: knots reached in {} random routes: {}",
                args.random,
                counts.join(", ")
            )?;
        }
    }
    writeln!(out, "{ok} passed, {failed} failed")?;
    Ok(if failed > 0 { Status::Failure } else { Status::Success })
}

/// Compares the scenario's routes with `FILE.routes`; returns the differences, if any. Writes
/// the file when it is new or when `accept` is set.
fn snapshot(story: &Story, file: &std::path::Path, accept: bool) -> anyhow::Result<Option<String>> {
    let (all, more) =
        crate::story::paths::routes(story.session(1)?, crate::story::paths::Limits::default());
    let now = crate::story::paths::render(&all, more);
    let mut path = file.as_os_str().to_owned();
    path.push(".routes");
    let path = std::path::PathBuf::from(path);
    let before = std::fs::read_to_string(&path).ok();
    if before.as_deref() == Some(now.as_str()) {
        return Ok(None);
    }
    if before.is_none() || accept {
        std::fs::write(&path, &now)
            .map_err(|e| anyhow::anyhow!("cannot write `{}`: {e}", path.display()))?;
        return Ok(None);
    }
    let diff = similar::TextDiff::from_lines(before.as_deref().unwrap_or(""), &now);
    Ok(Some(
        visible(&diff.unified_diff().context_radius(2).header("before", "now").to_string())
            .into_owned(),
    ))
}

struct Report {
    passed: usize,
    failed: usize,
    /// Failures, then coverage notes.
    lines: Vec<String>,
}

/// The styles a condition names (directly or through a cue).
fn styles_named(e: &Expr, out: &mut BTreeSet<Style>) {
    match &e.kind {
        ExprKind::Var(p) if p.single().is_some() => {
            let name = p.text.as_str();
            if let Some(s) = Style::from_name(name).or_else(|| crate::score::style::cue_style(name))
            {
                out.insert(s);
            }
        }
        ExprKind::Binary { operands, .. } => {
            styles_named(&operands.lhs, out);
            styles_named(&operands.rhs, out);
        }
        _ => {}
    }
}

/// Each example answer, at the first time its response point is reached, is replied and must
/// score as labelled and take a branch that tests that style.
fn examples(story: &Story, lang: Option<Lang>) -> anyhow::Result<Report> {
    let mut report = Report { passed: 0, failed: 0, lines: Vec::new() };
    let mut seen = BTreeSet::new();
    // Coverage: branches an example reply took, and containers any route entered.
    let mut taken: BTreeSet<(usize, usize, usize)> = BTreeSet::new();
    let mut entered: BTreeSet<usize> = BTreeSet::new();
    let mut stack = vec![story.session(1)?];
    let mut steps = 0;
    while let Some(mut s) = stack.pop() {
        steps += 1;
        if steps > 10_000 {
            break;
        }
        let Ok((_, pause)) = s.advance() else { continue };
        entered.extend(
            (0..story.program.containers.len())
                .filter(|&c| s.state.counts[story.program.containers[c].counter] > 0),
        );
        let Some(f) = s.state.frames.last() else { continue };
        let (container, pc) = (f.container, f.pc);
        match pause {
            Pause::Menu(items) => {
                for item in items {
                    let mut next = s.clone();
                    if next.choose(item.index).is_ok() {
                        stack.push(next);
                    }
                }
            }
            Pause::Record { .. } => {
                let _ = s.record("…");
                stack.push(s);
            }
            Pause::Response { prompt, examples, .. } => {
                if !seen.insert((container, pc)) {
                    continue;
                }
                let Some(Op::Respond(_, branches, _)) =
                    story.program.containers[container].ops.get(pc)
                else {
                    continue;
                };
                for (style, text) in &examples {
                    let want = Style::from_name(style);
                    let mut trial = s.clone();
                    let answered = trial.reply(text, story.scorer(), lang);
                    let verdict_ok = answered.as_ref().is_ok_and(|a| a.verdict.style == want);
                    let branch_ok = answered.as_ref().is_ok_and(|a| {
                        let mut named = BTreeSet::new();
                        for c in &branches[a.branch].choice.conditions {
                            styles_named(c, &mut named);
                        }
                        let any_tests = branches.iter().any(|b| {
                            let mut n = BTreeSet::new();
                            b.choice.conditions.iter().for_each(|c| styles_named(c, &mut n));
                            want.is_some_and(|w| n.contains(&w))
                        });
                        !any_tests || want.is_some_and(|w| named.contains(&w))
                    });
                    if let Ok(a) = &answered {
                        taken.insert((container, pc, a.branch));
                    }
                    if verdict_ok && branch_ok {
                        report.passed += 1;
                    } else {
                        report.failed += 1;
                        let got = answered.as_ref().map_or("an error".to_string(), |a| {
                            a.verdict.style.map_or("no reply".into(), |s| s.name().to_string())
                        });
                        let why = if verdict_ok {
                            "takes no branch for that style"
                        } else {
                            "scores differently"
                        };
                        report.lines.push(format!("example {style} at \u{201c}{}\u{201d} {why}: \u{201c}{}\u{201d} scored {got}", visible(&prompt), visible(text)));
                    }
                }
                // Go on along every branch, so that later points are reached too.
                for i in 0..branches.len() {
                    let mut next = s.clone();
                    if next.force_branch(i, crate::story::Bound::default()).is_ok() {
                        stack.push(next);
                    }
                }
            }
            Pause::End => {}
        }
    }
    for &(container, pc) in &seen {
        let Some(Op::Respond(point, branches, _)) = story.program.containers[container].ops.get(pc)
        else {
            continue;
        };
        for (i, b) in branches.iter().enumerate() {
            if !b.choice.conditions.is_empty() && !taken.contains(&(container, pc, i)) {
                let at = point.label.as_ref().map_or_else(
                    || story.program.containers[container].path.clone(),
                    |l| l.text.to_string(),
                );
                report.lines.push(format!(
                    "coverage: no example answer takes the branch {{{}}} at `{at}`",
                    conditions_text(&b.choice.conditions)
                ));
            }
        }
    }
    for (c, container) in story.program.containers.iter().enumerate() {
        if !container.path.is_empty() && !container.function && !entered.contains(&c) {
            report.lines.push(format!("coverage: no route reaches `{}`", container.path));
        }
    }
    Ok(report)
}

/// The script's own test cases: header tags `# test NAME: input | input ... -> knot`. Each
/// input answers the next pause (a number picks a menu choice, anything else is a reply or a
/// recorded answer); the test passes when the route has reached `knot` by the end of the inputs.
fn script_tests(story: &Story, lang: Option<Lang>, report: &mut Report) {
    for tag in &story.parsed.script.header.tags {
        let Some(rest) = tag.text.strip_prefix("test ") else { continue };
        let Some((name, case)) = rest.split_once(':') else { continue };
        let (inputs, target) = match case.rsplit_once("->") {
            Some((inputs, target)) => (inputs, target.trim()),
            None => (case, ""),
        };
        let name = name.trim();
        match play_case(
            story,
            lang,
            inputs.split('|').map(str::trim).filter(|i| !i.is_empty()),
            target,
        ) {
            Ok(()) => report.passed += 1,
            Err(why) => {
                report.failed += 1;
                report.lines.push(format!("test `{}` failed: {}", visible(name), visible(&why)));
            }
        }
    }
}

fn play_case<'i>(
    story: &Story,
    lang: Option<Lang>,
    inputs: impl Iterator<Item = &'i str>,
    target: &str,
) -> Result<(), String> {
    let mut s = story.session(1).map_err(|e| e.to_string())?;
    for input in inputs {
        let (_, pause) = s.advance().map_err(|e| e.to_string())?;
        match pause {
            Pause::End => {
                return Err(format!("the story ended before the input \u{201c}{input}\u{201d}"));
            }
            Pause::Menu(items) => {
                let n: usize = input.parse().map_err(|_| {
                    format!("a menu waits for a number, not \u{201c}{input}\u{201d}")
                })?;
                let item = items
                    .get(n.wrapping_sub(1))
                    .ok_or_else(|| format!("the menu has no choice {n}"))?;
                s.choose(item.index).map_err(|e| e.to_string())?;
            }
            Pause::Response { .. } => {
                s.reply(input, story.scorer(), lang).map_err(|e| e.to_string())?;
            }
            Pause::Record { .. } => s.record(input).map_err(|e| e.to_string())?,
        }
    }
    let _ = s.advance().map_err(|e| e.to_string())?;
    if target.is_empty() {
        return Ok(());
    }
    let container =
        story.program.container(target).ok_or_else(|| format!("there is no knot `{target}`"))?;
    if s.state.counts[story.program.containers[container].counter] > 0 {
        Ok(())
    } else {
        Err(format!("the route did not reach `{target}`"))
    }
}

/// Plays random routes; returns the runtime errors and how often each knot was reached.
fn random_play(
    story: &Story,
    lang: Option<Lang>,
    n: usize,
    seed: u64,
) -> (Vec<String>, BTreeMap<String, usize>) {
    let mut errors = Vec::new();
    let mut reached: BTreeMap<String, usize> = BTreeMap::new();
    let mut rng = seed;
    let mut next = || {
        rng = rng.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (rng >> 33) as usize
    };
    for _ in 0..n {
        let Ok(mut s) = story.session(seed ^ next() as u64) else { continue };
        let mut failed = None;
        for _ in 0..500 {
            match s.advance() {
                Err(e) => {
                    failed = Some(e.to_string());
                    break;
                }
                Ok((_, Pause::End)) => break,
                Ok((_, Pause::Menu(items))) => {
                    let pick = items[next() % items.len()].index;
                    let _ = s.choose(pick);
                }
                Ok((_, Pause::Record { .. })) => {
                    let _ = s.record("…");
                }
                Ok((_, Pause::Response { examples, .. })) => {
                    let reply = if examples.is_empty() {
                        String::new()
                    } else {
                        examples[next() % examples.len()].1.clone()
                    };
                    if let Err(e) = s.reply(&reply, story.scorer(), lang) {
                        failed = Some(e.to_string());
                        break;
                    }
                }
            }
        }
        for c in &story.program.containers {
            if !c.path.is_empty() && !c.function && s.state.counts[c.counter] > 0 {
                *reached.entry(c.path.clone()).or_default() += 1;
            }
        }
        if let Some(e) = failed {
            errors.push(e);
        }
    }
    (errors, reached)
}
