//! Rehearse next to other Rust ink implementations, in one run on the same generated input:
//! parse throughput (MB/s, with a read+count baseline and ratios to rehearse) and choices per
//! second through a long looping story. Run with `cargo run --release` in this folder.
//!
//! Peers: `brink-syntax` (parser only), `inkling` (parser + runtime), `bladeink-compiler`
//! (full compile to ink JSON) and `bladeink` (runtime over that JSON).

#[path = "../../generate.rs"]
#[allow(dead_code)]
mod generate;

// The same allocator rehearse's own binary uses, for every contender alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Bytes of generated plain ink for the parse test.
const PARSE_BYTES: usize = 8 << 20;
/// A parse run longer than this on the full input makes us test that peer on a smaller one.
const PARSE_BUDGET: Duration = Duration::from_secs(4);
/// Choices for the fastest runtime; slower ones run for about `CHOICE_BUDGET` instead.
const CHOICES: usize = 100_000;
const CHOICE_BUDGET: Duration = Duration::from_millis(1500);
/// Knots in the looping story.
const KNOTS: usize = 200;

/// Rounds of the parse test: each contender is timed once per round, and its fastest counts.
const ROUNDS: usize = 5;

/// The fastest of three timings of `run`, each after an untimed `setup`.
fn best<S, R>(mut setup: impl FnMut() -> S, mut run: impl FnMut(S) -> R) -> Duration {
    (0..3)
        .map(|_| {
            let state = setup();
            let start = Instant::now();
            black_box(run(state));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// How long one call of `f` takes.
fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

// ---------------------------------------------------------------------------------------------
// Parse

fn parse_rehearse(text: &str) {
    let parsed = rehearse::script::compile_str("big.ink", text, std::path::Path::new(""));
    let errors: Vec<_> =
        parsed.diagnostics.iter().filter(|d| d.code.id().starts_with('E')).collect();
    assert!(errors.is_empty(), "rehearse reports errors: {:?}", &errors[..errors.len().min(3)]);
    black_box(parsed);
}

fn parse_brink(text: &str) -> usize {
    let parse = brink_syntax::parse(text);
    let errors = parse.errors().len();
    black_box(parse);
    errors
}

fn parse_inkling(text: &str) -> Result<(), String> {
    inkling::read_story_from_string(text)
        .map(|story| drop(black_box(story)))
        .map_err(|e| format!("{e}"))
}

fn parse_bladeink(text: &str) -> Result<String, String> {
    bladeink_compiler::Compiler::new().compile(text).map_err(|e| format!("{e}"))
}

/// `text` cut to whole knots of at most `bytes` bytes, closed with an ending knot.
fn shorter(text: &str, bytes: usize) -> String {
    if text.len() <= bytes {
        return text.to_owned();
    }
    let cut = text[..bytes].rfind("\n=== scene_").map_or(bytes, |at| at + 1);
    let n = text[cut..]
        .strip_prefix("=== scene_")
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or("0");
    let mut out = text[..cut].to_owned();
    let _ = writeln!(out, "=== scene_{n} ===\nThe end.\n-> END");
    out
}

/// The input `f` is timed on: `text`, or, for a peer that would take longer than the budget
/// on it (judged on an eighth of it), whole knots of it that fit the budget.
fn sized(text: &str, f: &mut dyn FnMut(&str)) -> String {
    let probe = shorter(text, text.len() / 8);
    let start = Instant::now();
    f(&probe);
    let per_byte = start.elapsed().as_secs_f64() / probe.len() as f64;
    let fits = (PARSE_BUDGET.as_secs_f64() / per_byte) as usize;
    shorter(text, fits.max(probe.len()))
}

/// One parser in the parse test, with the input it is timed on.
struct Contender<'a> {
    name: &'static str,
    input: String,
    parse: Box<dyn FnMut(&str) + 'a>,
}

impl<'a> Contender<'a> {
    fn new(name: &'static str, text: &str, mut parse: impl FnMut(&str) + 'a) -> Self {
        let input = sized(text, &mut parse);
        Contender { name, input, parse: Box::new(parse) }
    }
}

fn parse_line(text: &str, notes: &mut Vec<String>) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/big.ink");
    std::fs::write(&path, text).expect("the target folder is writable");
    let baseline = || {
        let data = std::fs::read(&path).expect("readable");
        black_box(memchr::memchr_iter(b'\n', &data).count());
    };

    let mut contenders = vec![Contender::new("rehearse", text, parse_rehearse)];
    let errors = parse_brink(text);
    if errors > 0 {
        notes.push(format!("brink-syntax reports {errors} parse error(s) on the plain ink"));
    }
    contenders.push(Contender::new("brink-syntax", text, |t| {
        parse_brink(t);
    }));

    // inkling has no `~` logic lines (variable changes are on its to-do list); if it refuses the
    // input, it gets the same script without them.
    let probe = shorter(text, 64 << 10);
    match parse_inkling(&probe) {
        Ok(()) => contenders.push(Contender::new("inkling", text, |t| {
            parse_inkling(t).expect("inkling reads it");
        })),
        Err(error) => {
            let simpler: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('~'))
                .flat_map(|l| [l, "\n"])
                .collect();
            match parse_inkling(&shorter(&simpler, 64 << 10)) {
                Ok(()) => {
                    notes.push(format!(
                        "inkling refuses the plain ink ({}); it parsed it without its `~` lines",
                        error.trim()
                    ));
                    contenders.push(Contender::new("inkling(no ~)", &simpler, |t| {
                        parse_inkling(t).expect("inkling reads it");
                    }));
                }
                Err(again) => notes.push(format!(
                    "inkling cannot parse the input: {} / {}",
                    error.trim(),
                    again.trim()
                )),
            }
        }
    }

    match parse_bladeink(&shorter(text, 64 << 10)) {
        Ok(_) => contenders.push(Contender::new("bladeink-compiler", text, |t| {
            black_box(parse_bladeink(t).expect("bladeink-compiler compiles it"));
        })),
        Err(error) => {
            notes.push(format!("bladeink-compiler cannot compile the input: {}", error.trim()));
        }
    }

    // Every contender (and the baseline) runs once per round, so that all of them meet the
    // same moments of a shared machine and their ratios hold when its speed changes.
    let mut fastest = vec![Duration::MAX; contenders.len()];
    let mut baseline_time = Duration::MAX;
    for _ in 0..ROUNDS {
        baseline_time = baseline_time.min(timed(baseline));
        for (c, time) in contenders.iter_mut().zip(&mut fastest) {
            *time = (*time).min(timed(|| (c.parse)(&c.input)));
        }
    }
    let _ = std::fs::remove_file(&path);

    let rate = |c: &Contender, time: Duration| mb_per_s(c.input.len(), time);
    let ours = rate(&contenders[0], fastest[0]);
    let mut line =
        format!("parse  baseline(read+count) {:.1} MB/s", mb_per_s(text.len(), baseline_time));
    let _ = write!(line, " | rehearse {ours:.1} MB/s");
    for (c, &time) in contenders.iter().zip(&fastest).skip(1) {
        let r = rate(c, time);
        let _ = write!(line, " | {} {r:.1} MB/s ({:.2}x)", c.name, r / ours);
        if c.input.len() < text.len() {
            let _ = write!(line, " [on {:.1} MB]", c.input.len() as f64 / 1e6);
        }
    }
    for name in ["inkling", "bladeink-compiler"] {
        if !contenders.iter().any(|c| c.name.starts_with(name)) {
            let _ = write!(line, " | {name} failed");
        }
    }
    println!("{line}");
}

// ---------------------------------------------------------------------------------------------
// Choices

/// A story that never ends: `KNOTS` knots in a ring, each with a line that has an inline
/// alternative, a variable change, and two sticky choices to the next knot.
fn looping_story(logic: bool) -> String {
    let mut out = String::from("VAR x = 0\n-> k0\n\n");
    for i in 0..KNOTS {
        let next = (i + 1) % KNOTS;
        let _ =
            write!(out, "=== k{i} ===\nYou stand in room {i}. {{&A clock ticks.|Rain falls.}}\n");
        if logic {
            out.push_str("~ x = x + 1\n");
        }
        let _ = write!(out, "+ [Go] -> k{next}\n+ [Other] -> k{next}\n\n");
    }
    out
}

/// How many choices to make: all of them if one probe of `probe` choices predicts it fits the
/// budget, else as many as fit.
fn choice_count(probe: Duration, probed: usize) -> usize {
    let per = probe.as_secs_f64() / probed as f64;
    ((CHOICE_BUDGET.as_secs_f64() / per) as usize).clamp(probed, CHOICES)
}

fn per_second(choices: usize, time: Duration) -> f64 {
    choices as f64 / time.as_secs_f64()
}

fn run_rehearse(story: &rehearse::story::Story, choices: usize) -> usize {
    let mut session = story.session(1).expect("the story starts");
    let mut lines = 0;
    for n in 0..choices {
        let (output, pause) = session.advance().expect("the story runs");
        lines += output.len();
        match pause {
            rehearse::story::Pause::Menu(items) => {
                session.choose(items[n % items.len()].index).expect("a valid choice");
            }
            other => panic!("rehearse: expected a menu, got {other:?}"),
        }
    }
    assert!(lines >= choices, "rehearse: the story printed text");
    lines
}

fn run_inkling(mut story: inkling::Story, choices: usize) -> usize {
    story.start().expect("inkling starts");
    let mut buffer = Vec::new();
    let mut lines = 0;
    for n in 0..choices {
        buffer.clear();
        match story.resume(&mut buffer).expect("inkling runs") {
            inkling::Prompt::Choice(options) => {
                story.make_choice(n % options.len()).expect("a valid choice");
            }
            inkling::Prompt::Done => panic!("inkling: the story ended"),
        }
        lines += buffer.len();
    }
    assert!(lines >= choices, "inkling: the story printed text");
    lines
}

fn run_bladeink(mut story: bladeink::story::Story, choices: usize) -> usize {
    let mut bytes = 0;
    for n in 0..choices {
        bytes += story.continue_maximally().expect("bladeink runs").len();
        let options = story.get_current_choices();
        assert!(!options.is_empty(), "bladeink: the story ended");
        story.choose_choice_index(n % options.len()).expect("a valid choice");
    }
    assert!(bytes > 0, "bladeink: the story printed text");
    bytes
}

/// The text of the first `turns` turns, choosing as the timed loops do, one line per line.
fn transcript_rehearse(story: &rehearse::story::Story, turns: usize) -> String {
    let mut session = story.session(1).expect("the story starts");
    let mut text = String::new();
    for n in 0..turns {
        let (output, pause) = session.advance().expect("the story runs");
        for line in output {
            let _ = writeln!(text, "{}", line.text.trim());
        }
        if let rehearse::story::Pause::Menu(items) = pause {
            session.choose(items[n % items.len()].index).expect("a valid choice");
        }
    }
    text
}

fn transcript_inkling(mut story: inkling::Story, turns: usize) -> String {
    story.start().expect("inkling starts");
    let mut buffer = Vec::new();
    for n in 0..turns {
        if let inkling::Prompt::Choice(options) = story.resume(&mut buffer).expect("inkling runs") {
            story.make_choice(n % options.len()).expect("a valid choice");
        }
    }
    buffer.iter().map(|line| format!("{}\n", line.text.trim())).collect()
}

fn transcript_bladeink(mut story: bladeink::story::Story, turns: usize) -> String {
    let mut text = String::new();
    for n in 0..turns {
        for line in story.continue_maximally().expect("bladeink runs").lines() {
            let _ = writeln!(text, "{}", line.trim());
        }
        let options = story.get_current_choices();
        if !options.is_empty() {
            story.choose_choice_index(n % options.len()).expect("a valid choice");
        }
    }
    text
}

fn choices_line(notes: &mut Vec<String>) {
    let text = looping_story(true);
    let mut line = String::from("choices");

    let story = rehearse::story::Story::from_text(&text).expect("rehearse compiles the story");
    let probe = best(|| (), |()| run_rehearse(&story, 2000));
    let n = choice_count(probe, 2000);
    let time = best(|| (), |()| run_rehearse(&story, n));
    let _ = write!(line, " rehearse {:.0}/s", per_second(n, time));

    // Every runtime must tell the same story; checked on the first turns, untimed.
    let expected = transcript_rehearse(&story, 6);

    // inkling has no `~` logic lines: it reads them as text (or, were it to refuse them, fails).
    // Then it runs the story without them.
    let as_text = inkling::read_story_from_string(&text)
        .ok()
        .map(|story| transcript_inkling(story, 6))
        .filter(|said| said.lines().any(|l| l.starts_with('~')));
    let inkling_text = if inkling::read_story_from_string(&text).is_ok() && as_text.is_none() {
        Some((text.clone(), "inkling"))
    } else {
        let simpler = looping_story(false);
        match inkling::read_story_from_string(&simpler) {
            Ok(_) => {
                notes.push(if as_text.is_some() {
                    "inkling reads `~` logic lines as plain text (so too in the parse test); it \
                     ran the looping story without its `~ x = x + 1` lines"
                        .into()
                } else {
                    "inkling refuses `~ x = x + 1`, so it ran the looping story without them".into()
                });
                Some((simpler, "inkling(no ~)"))
            }
            Err(error) => {
                notes.push(format!("inkling cannot read the looping story: {error}"));
                None
            }
        }
    };
    if let Some((source, name)) = inkling_text {
        let fresh = || inkling::read_story_from_string(&source).expect("inkling reads it");
        let said = transcript_inkling(fresh(), 6);
        if said != expected {
            notes.push(format!("inkling's text differs from rehearse's:\n{said}---\n{expected}"));
        }
        let probe = best(fresh, |story| run_inkling(story, 2000));
        let n = choice_count(probe, 2000);
        let time = best(fresh, |story| run_inkling(story, n));
        let _ = write!(line, " | {name} {:.0}/s", per_second(n, time));
        if n < CHOICES {
            let _ = write!(line, " [{n} choices]");
        }
    } else {
        line.push_str(" | inkling failed");
    }

    match bladeink_compiler::Compiler::new().compile(&text) {
        Ok(json) => {
            let fresh = || {
                bladeink::story::Story::new_with_seed(&json, 1).expect("bladeink loads the JSON")
            };
            let said = transcript_bladeink(fresh(), 6);
            if said != expected {
                notes.push(format!(
                    "bladeink's text differs from rehearse's:\n{said}---\n{expected}"
                ));
            }
            let probe = best(fresh, |story| run_bladeink(story, 2000));
            let n = choice_count(probe, 2000);
            let time = best(fresh, |story| run_bladeink(story, n));
            let _ = write!(line, " | bladeink {:.0}/s", per_second(n, time));
            if n < CHOICES {
                let _ = write!(line, " [{n} choices]");
            }
        }
        Err(error) => {
            notes.push(format!("bladeink-compiler cannot compile the looping story: {error}"));
            line.push_str(" | bladeink failed");
        }
    }
    println!("{line}");
}

fn main() {
    let text = generate::plain_ink(PARSE_BYTES);
    let mut notes = Vec::new();
    parse_line(&text, &mut notes);
    choices_line(&mut notes);
    for note in notes {
        println!("note: {note}");
    }
}
