//! `rehearse play [NAME|FILE]`: the rehearsal. The story's lines, a numbered menu for ordinary
//! choices, a line editor for free replies; after each reply a compact verdict, then the story
//! goes on along the branch the reply chose. At the end a report and the coachee's own next
//! step. Every turn is appended to a transcript as it happens.
//!
//! On a terminal the line editor keeps a history and handles Ctrl-C (clear the line; twice:
//! quit) and Ctrl-D (quit). With piped input it reads one reply per line, without escape codes,
//! and ends cleanly at the end of the input.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use colored::Colorize as _;

use crate::cli::score::{highlight, paint};
use crate::cli::store::{self, Transcript};
use crate::cli::ui::Ui;
use crate::cli::{Status, use_color};
use crate::score::{Lang, Scorer, Style, Verdict};
use crate::story::{OutLine, Pause, Session, Story};
use crate::terminal::visible;

/// Set when standard output is closed (`rehearse play | head`): the session then ends as if the
/// input had ended, so that it is saved, instead of failing on every line.
static OUTPUT_GONE: AtomicBool = AtomicBool::new(false);

/// `println!` that notes a closed output instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            OUTPUT_GONE.store(true, Ordering::Relaxed);
        }
    }};
}

/// Play a scenario: the bundled default, another bundled one by name, or a script file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A bundled scenario's name or a script file; the default scenario when left out.
    #[arg(value_name = "NAME|FILE")]
    pub scenario: Option<String>,
    /// The language: `en` or `nl` (default: from `LC_ALL`, `LC_MESSAGES` or LANG).
    #[arg(long, value_parser = ["en", "nl"])]
    pub lang: Option<String>,
    /// The seed for the story's random choices (default: from the clock); the same seed
    /// replays the same story.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Continue the last session that was left before its end.
    #[arg(long, conflicts_with_all = ["scenario", "seed", "from", "set"])]
    pub resume: bool,
    /// Start at this knot (or `knot.stitch`), to rehearse one scene alone.
    #[arg(long, value_name = "KNOT")]
    pub from: Option<String>,
    /// Preset a variable (with `--from`): `--set tries=2`, `--set name=Samira`.
    #[arg(long, value_name = "VAR=VALUE", value_parser = parse_preset)]
    pub set: Vec<(String, crate::story::Value)>,
}

/// `name=value`: a whole number, a number, `true`/`false`, or text.
fn parse_preset(arg: &str) -> Result<(String, crate::story::Value), String> {
    use crate::story::Value;
    let (name, value) = arg.split_once('=').ok_or_else(|| format!("`{arg}` is not `VAR=VALUE`"))?;
    let value = value.trim();
    let value = if let Ok(n) = value.parse::<i64>() {
        Value::Int(n)
    } else if let Ok(x) = value.parse::<f64>() {
        Value::Float(x)
    } else if let Ok(b) = value.parse::<bool>() {
        Value::Bool(b)
    } else {
        Value::Str(value.trim_matches('"').to_string())
    };
    Ok((name.trim().to_string(), value))
}

/// A session left before its end, as `--resume` finds it.
#[derive(serde::Serialize, serde::Deserialize)]
struct Unfinished {
    scenario: String,
    lang: String,
    transcript: Option<PathBuf>,
    state: crate::story::Saved,
}

fn unfinished_path(home: &Path) -> PathBuf {
    home.join("sessions").join("unfinished.json")
}

/// Reads the coachee's input: a line editor on a terminal, plain lines from a pipe.
enum Reader {
    Editor(Box<rustyline::DefaultEditor>, Option<PathBuf>),
    Piped(std::io::StdinLock<'static>),
}

enum Input {
    Line(String),
    Interrupted,
    Closed,
}

impl Reader {
    fn new(home: Option<&Path>) -> Reader {
        if std::io::stdin().is_terminal()
            && std::io::stdout().is_terminal()
            && let Ok(mut editor) = rustyline::DefaultEditor::new()
        {
            let history = home.map(|h| h.join("history.txt"));
            if let Some(h) = &history {
                let _ = editor.load_history(h);
            }
            return Reader::Editor(Box::new(editor), history);
        }
        Reader::Piped(std::io::stdin().lock())
    }

    fn read(&mut self, prompt: &str) -> Input {
        if OUTPUT_GONE.load(Ordering::Relaxed) {
            return Input::Closed;
        }
        match self {
            Reader::Editor(editor, _) => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    Input::Line(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Input::Interrupted,
                Err(_) => Input::Closed,
            },
            Reader::Piped(stdin) => {
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) | Err(_) => Input::Closed,
                    Ok(_) => {
                        let line = line.trim_end_matches(['\n', '\r']).to_string();
                        out!("{prompt}{}", visible(&line));
                        Input::Line(line)
                    }
                }
            }
        }
    }

    fn save_history(&mut self) {
        if let Reader::Editor(editor, Some(path)) = self {
            if let Some(dir) = path.parent() {
                let _ = store::private_dir(dir);
            }
            let _ = editor.save_history(path);
        }
    }
}

/// One response point as the end report shows it.
struct Point {
    prompt: String,
    example: Option<String>,
    tries: Vec<(String, Option<Style>, Vec<String>)>,
}

struct Player<'p> {
    ui: Ui,
    color: bool,
    /// The terminal's width, when lines are wrapped to it (not when output is piped).
    width: Option<usize>,
    scorer: &'p Scorer,
    session: Session<'p>,
    transcript: Transcript,
    reader: Reader,
    last: Option<(Verdict, crate::story::run::State)>,
    /// The state before each answer, for `:back`.
    undo: Vec<crate::story::run::State>,
    points: Vec<Point>,
    interrupted: bool,
    /// Where the session is checkpointed after every turn (for `--resume`), and what to record.
    checkpoint: Option<(PathBuf, String, Lang)>,
}

/// Loads the scenario named on the command line.
fn load(scenario: Option<&str>, lang: &str) -> anyhow::Result<(String, crate::script::Parsed)> {
    Ok(match scenario {
        Some(s) if Path::new(s).is_file() => (s.to_string(), crate::script::compile(Path::new(s))?),
        Some(name) => {
            let bundled = crate::scenarios::find(name, lang).ok_or_else(|| {
                let names: Vec<&str> = crate::scenarios::ALL.iter().map(|b| b.name).collect();
                anyhow::anyhow!(
                    "no scenario file or bundled scenario named `{name}` (bundled: {})",
                    names.join(", ")
                )
            })?;
            (bundled.name.to_string(), bundled.compile())
        }
        None => {
            let bundled = crate::scenarios::default_for(lang);
            (bundled.name.to_string(), bundled.compile())
        }
    })
}

/// Runs `play`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let home = store::home();
    let resumed: Option<Unfinished> = if args.resume {
        let path = home
            .as_deref()
            .map(unfinished_path)
            .ok_or_else(|| anyhow::anyhow!("there is no data folder to resume from"))?;
        let text = std::fs::read_to_string(&path)
            .map_err(|_| anyhow::anyhow!("there is no unfinished session to resume"))?;
        Some(serde_json::from_str(&text).map_err(|e| {
            anyhow::anyhow!("the unfinished session in `{}` is damaged ({e})", path.display())
        })?)
    } else {
        None
    };
    let lang_arg = resumed
        .as_ref()
        .map(|u| u.lang.clone())
        .or_else(|| args.lang.clone())
        .unwrap_or_else(crate::scenarios::lang_from_env);
    let scenario = resumed.as_ref().map(|u| u.scenario.clone()).or_else(|| args.scenario.clone());
    let (name, parsed) = load(scenario.as_deref(), &lang_arg)?;
    let color = use_color();
    let story = match Story::new(parsed) {
        Ok(story) => story,
        Err(e) => {
            crate::cli::report_errors(&e.1);
            eprintln!("error: `{name}` cannot be played until its errors are fixed");
            return Ok(Status::Failure);
        }
    };
    let header = &story.parsed.script.header;
    let lang = header.lang.as_deref().and_then(Lang::from_code).unwrap_or(if lang_arg == "nl" {
        Lang::Nl
    } else {
        Lang::En
    });
    let seed = args
        .seed
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_secs()));
    let started = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (session, mut transcript) = if let Some(u) = &resumed {
        let (session, notes) = Session::restore(&story.program, &u.state)?;
        for note in notes {
            eprintln!("note: {note}");
        }
        let transcript = match &u.transcript {
            Some(path) => Transcript::open(path),
            None => Transcript::create(home.as_deref(), &format!("{started}-{}", safe_name(&name))),
        };
        (session, transcript)
    } else {
        let session = match &args.from {
            Some(knot) => Session::start_at(&story.program, seed, knot, &args.set)?,
            None if !args.set.is_empty() => {
                anyhow::bail!("`--set` presets variables for a scene started with `--from KNOT`")
            }
            None => story.session(seed)?,
        };
        (session, Transcript::create(home.as_deref(), &format!("{started}-{}", safe_name(&name))))
    };
    transcript.write(&serde_json::json!({"event": if resumed.is_some() { "resume" } else { "start" }, "scenario": name, "lang": lang.code(), "seed": session.state.seed, "time": started}));
    let mut player = Player {
        ui: Ui::new(lang),
        color,
        width: std::io::stdout().is_terminal().then(textwrap::termwidth),
        scorer: story.scorer(),
        session,
        transcript,
        reader: Reader::new(home.as_deref()),
        last: None,
        undo: Vec::new(),
        points: Vec::new(),
        interrupted: false,
        checkpoint: home
            .as_deref()
            .map(|h| (unfinished_path(h), scenario.clone().unwrap_or_else(|| name.clone()), lang)),
    };
    if let Some(title) = &header.title {
        let title = visible(title);
        out!("{}", if color { title.bold().to_string() } else { title.into_owned() });
    }
    if let Some(description) = &header.description {
        out!("{}", visible(description));
    }
    out!("{}\n", player.wrap(player.ui.help(), ""));
    player.follow_up(home.as_deref(), &name);
    let finished = player.play()?;
    if finished {
        player.report();
        let step = player.next_step();
        history_add(
            home.as_deref(),
            &serde_json::json!({
                "time": started,
                "scenario": name,
                "styles": player.points.iter().map(|p| p.tries.last().and_then(|t| t.1).map_or("no_reply", Style::name)).collect::<Vec<_>>(),
                "step": step,
            }),
        );
        if let Some((path, ..)) = &player.checkpoint {
            let _ = std::fs::remove_file(path);
        }
    } else {
        player.save();
        out!("{}", player.ui.saved());
    }
    player.transcript.write(&serde_json::json!({"event": if finished { "end" } else { "quit" }}));
    player.reader.save_history();
    Ok(Status::Success)
}

fn safe_name(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().to_string())
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

fn history_add(home: Option<&Path>, entry: &serde_json::Value) {
    let Some(home) = home else { return };
    let ok = store::private_dir(home)
        .and_then(|()| store::private_append(&home.join("history.jsonl")))
        .and_then(|mut f| writeln!(f, "{entry}"));
    if let Err(e) = ok {
        eprintln!("warning: cannot keep the session in the history ({e})");
    }
}

impl Player<'_> {
    /// Checkpoints the session (atomically) so that `--resume` finds it even after a crash.
    fn save(&self) {
        let Some((path, scenario, lang)) = &self.checkpoint else { return };
        let unfinished = Unfinished {
            scenario: scenario.clone(),
            lang: lang.code().to_string(),
            transcript: self.transcript.path.clone(),
            state: self.session.save(),
        };
        let written = path.parent().map_or(Ok(()), store::private_dir).and_then(|()| {
            store::private_write(
                path,
                serde_json::to_string_pretty(&unfinished).unwrap_or_default().as_bytes(),
            )
        });
        if let Err(e) = written {
            eprintln!("warning: cannot save the session ({e})");
        }
    }

    /// Text wrapped to the terminal's width (unchanged when output is piped), its lines after
    /// the first indented by `indent`.
    fn wrap(&self, text: &str, indent: &str) -> String {
        match self.width {
            Some(width) if width > 20 => {
                textwrap::fill(text, textwrap::Options::new(width).subsequent_indent(indent))
            }
            _ => text.to_string(),
        }
    }

    fn say(&self, line: &OutLine) {
        let (prefix, styled_prefix) = match line.speaker.as_deref() {
            Some("@coach") => ("coach: ".to_string(), None),
            Some(who) => {
                let name = format!("{}:", visible(who));
                let styled = self.color.then(|| name.cyan().bold().to_string());
                (format!("{name} "), styled)
            }
            None => (String::new(), None),
        };
        let text = format!("{prefix}{}", visible(&line.text));
        let text = match self.width {
            Some(width) if width > 20 => {
                textwrap::fill(&text, textwrap::Options::new(width).subsequent_indent("  "))
            }
            _ => text,
        };
        match (line.speaker.as_deref(), styled_prefix) {
            (Some("@coach"), _) if self.color => out!("{}", text.yellow().italic()),
            (_, Some(styled)) => out!("{styled}{}", &text[prefix.len() - 1..]),
            _ => out!("{text}"),
        }
    }

    /// The coach asks about the step chosen last time in this scenario.
    fn follow_up(&mut self, home: Option<&Path>, scenario: &str) {
        let Some(home) = home else { return };
        let Ok(text) = std::fs::read_to_string(home.join("history.jsonl")) else { return };
        let last = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|e| e["scenario"] == scenario)
            .filter_map(|e| e["step"].as_str().map(str::to_string))
            .rfind(|s| !s.trim().is_empty());
        if let Some(step) = last {
            let line = OutLine {
                speaker: Some("@coach".into()),
                text: format!(
                    "{} \u{201c}{step}\u{201d}. {}",
                    self.ui.follow_up(),
                    self.ui.how_did_it_go()
                ),
                tags: Vec::new(),
            };
            self.say(&line);
            if let Input::Line(answer) = self.reader.read("> ") {
                self.transcript.write(
                    &serde_json::json!({"event": "follow_up", "step": step, "answer": answer}),
                );
            }
            out!();
        }
    }

    /// Plays until the story ends (`true`) or the coachee quits (`false`).
    fn play(&mut self) -> anyhow::Result<bool> {
        let mut replied = false;
        'story: loop {
            let (lines, pause) = match self.session.advance() {
                Ok(ok) => ok,
                Err(e) => {
                    eprintln!("{}: {e}", self.ui.story_stopped());
                    return Ok(true);
                }
            };
            let coached = lines.iter().any(|l| l.speaker.as_deref() == Some("@coach"));
            for line in &lines {
                self.say(line);
                self.transcript.write(&serde_json::json!({"event": "line", "speaker": line.speaker, "text": line.text}));
            }
            if replied && !coached {
                self.say(&OutLine {
                    speaker: Some("@coach".into()),
                    text: self.ui.how_did_it_feel().into(),
                    tags: Vec::new(),
                });
            }
            replied = false;
            match pause {
                Pause::End => return Ok(true),
                Pause::Menu(items) => {
                    for (n, item) in items.iter().enumerate() {
                        out!("  {}. {}", n + 1, visible(&item.text));
                    }
                    loop {
                        let Some(line) = self.next_line(&format!("{}> ", self.ui.pick_number()))?
                        else {
                            return Ok(false);
                        };
                        match self.command(&line, None)? {
                            Command::None => {}
                            Command::Done => continue,
                            Command::Moved => continue 'story,
                        }
                        match line
                            .trim()
                            .parse::<usize>()
                            .ok()
                            .filter(|n| (1..=items.len()).contains(n))
                        {
                            Some(n) => {
                                let item = &items[n - 1];
                                self.transcript.write(
                                    &serde_json::json!({"event": "choice", "text": item.text}),
                                );
                                self.undo.push(self.session.state.clone());
                                self.session.choose(item.index)?;
                                self.save();
                                break;
                            }
                            None => out!("{}", self.ui.not_on_menu()),
                        }
                    }
                }
                Pause::Response { prompt, hints, examples, .. } => {
                    let prompt = if prompt.is_empty() {
                        self.ui.default_prompt().to_string()
                    } else {
                        visible(&prompt).into_owned()
                    };
                    out!(
                        "\n{}",
                        if self.color { prompt.bold().to_string() } else { prompt.clone() }
                    );
                    loop {
                        let Some(line) = self.next_line("> ")? else { return Ok(false) };
                        match self.command(&line, Some((&hints, &examples)))? {
                            Command::None => {}
                            Command::Done => continue,
                            Command::Moved => continue 'story,
                        }
                        if line.trim().is_empty() {
                            continue;
                        }
                        let before = self.session.state.clone();
                        self.undo.push(before.clone());
                        let answered =
                            self.session.reply(&line, self.scorer, Some(self.ui.lang))?;
                        self.show_verdict(&answered.verdict);
                        self.transcript.write(&serde_json::json!({"event": "reply", "prompt": prompt, "verdict": answered.verdict, "branch": answered.branch}));
                        let example =
                            examples.iter().find(|(s, _)| s == "assertive").map(|(_, t)| t.clone());
                        match self.points.iter_mut().find(|p| p.prompt == prompt) {
                            Some(p) => p.tries.push((
                                line.clone(),
                                answered.verdict.style,
                                cue_names(&answered.verdict),
                            )),
                            None => self.points.push(Point {
                                prompt: prompt.clone(),
                                example,
                                tries: vec![(
                                    line.clone(),
                                    answered.verdict.style,
                                    cue_names(&answered.verdict),
                                )],
                            }),
                        }
                        self.last = Some((answered.verdict, before));
                        self.save();
                        replied = true;
                        break;
                    }
                }
                Pause::Record { var, prompt, hints } => {
                    let prompt = visible(&prompt).into_owned();
                    out!(
                        "\n{}",
                        if self.color { prompt.bold().to_string() } else { prompt.clone() }
                    );
                    loop {
                        let Some(line) = self.next_line("> ")? else { return Ok(false) };
                        match self.command(&line, Some((&hints, &[])))? {
                            Command::None if !line.trim().is_empty() => {}
                            Command::Moved => continue 'story,
                            _ => continue,
                        }
                        self.transcript.write(
                            &serde_json::json!({"event": "record", "var": var, "text": line}),
                        );
                        self.undo.push(self.session.state.clone());
                        self.session.record(&line)?;
                        self.save();
                        break;
                    }
                }
            }
        }
    }

    /// The next line typed; `None` when the coachee quits (Ctrl-D, end of input, or Ctrl-C
    /// twice).
    fn next_line(&mut self, prompt: &str) -> anyhow::Result<Option<String>> {
        loop {
            match self.reader.read(prompt) {
                Input::Line(line) => {
                    self.interrupted = false;
                    if line.trim() == ":quit" {
                        return Ok(None);
                    }
                    return Ok(Some(line));
                }
                Input::Interrupted if self.interrupted => return Ok(None),
                Input::Interrupted => {
                    self.interrupted = true;
                    out!("(Ctrl-C again to quit)");
                }
                Input::Closed => return Ok(None),
            }
        }
    }

    /// Handles a `:command`.
    fn command(&mut self, line: &str, point: Option<PointHelp<'_>>) -> anyhow::Result<Command> {
        let Some(rest) = line.trim().strip_prefix(':') else { return Ok(Command::None) };
        let mut words = rest.split_whitespace();
        match words.next().unwrap_or("") {
            "help" => out!("{}", self.wrap(self.ui.help(), "")),
            "hint" => match point.and_then(|(hints, _)| hints.first()) {
                Some(h) => out!("  {}", visible(h)),
                None => out!("  {}", self.ui.no_hint()),
            },
            "example" => {
                let wanted = words.next().map_or("assertive".to_string(), |w| w.replace('-', "_"));
                match point.and_then(|(_, ex)| ex.iter().find(|(s, _)| *s == wanted)) {
                    Some((_, text)) => out!("  \u{201c}{}\u{201d}", visible(text)),
                    None => out!("  {}", self.ui.no_example()),
                }
            }
            "why" => match &self.last {
                Some((v, _)) => {
                    out!("{}", crate::cli::score::human(v, self.color).trim_end());
                    let mut seen = Vec::new();
                    for cue in v.cues.iter().filter(|c| {
                        !seen.contains(&c.name.clone()) && {
                            seen.push(c.name.clone());
                            true
                        }
                    }) {
                        let note = format!("    {}: {}", cue.name, visible(&cue.note));
                        out!("{}", self.wrap(&note, "      "));
                    }
                }
                None => out!("  {}", self.ui.nothing_yet()),
            },
            "retry" => match self.last.take() {
                Some((_, before)) => {
                    self.session.state = before;
                    self.transcript.write(&serde_json::json!({"event": "retry"}));
                    out!();
                    return Ok(Command::Moved);
                }
                None => out!("  {}", self.ui.nothing_yet()),
            },
            "back" => match self.undo.pop() {
                Some(before) => {
                    self.session.state = before;
                    self.last = None;
                    self.transcript.write(&serde_json::json!({"event": "back"}));
                    out!();
                    return Ok(Command::Moved);
                }
                None => out!("  {}", self.ui.nothing_yet()),
            },
            "restart" => {
                self.session = Session::new(self.session.program, self.session.state.seed)?;
                self.undo.clear();
                self.last = None;
                self.transcript.write(&serde_json::json!({"event": "restart"}));
                out!();
                return Ok(Command::Moved);
            }
            "save" => {
                self.transcript
                    .write(&serde_json::json!({"event": "save", "state": self.session.save()}));
                out!(
                    "  {}",
                    self.transcript
                        .path
                        .as_ref()
                        .map_or_else(String::new, |p| p.display().to_string())
                );
            }
            _ => out!("  {}", self.ui.unknown_command()),
        }
        Ok(Command::Done)
    }

    fn show_verdict(&self, v: &Verdict) {
        let Some(style) = v.style else { return };
        let head = format!("  {} ({:.0}%)", self.ui.style(style), v.confidence * 100.0);
        out!("{}", paint(&head, style, self.color));
        if let Some((second, share)) = v.close_second() {
            out!(
                "  {} {} ({:.0}%)",
                self.ui.could_also_read(),
                self.ui.style(second),
                share * 100.0
            );
        }
        if v.cues.is_empty() {
            out!("  {}", self.ui.no_cues());
        } else {
            out!("  {}", highlight(v, self.color));
            let words: Vec<String> = v
                .cues
                .iter()
                .filter(|c| c.style == style)
                .take(3)
                .map(|c| format!("\u{201c}{}\u{201d}", c.text))
                .collect();
            if !words.is_empty() {
                out!(
                    "  {}: {} ({})",
                    self.ui.what_made_it(),
                    words.join(", "),
                    self.ui.more_with_why()
                );
            }
        }
        out!();
    }

    fn report(&self) {
        if self.points.is_empty() {
            return;
        }
        let title = format!("\n── {} ──", self.ui.report_title());
        out!("{}", if self.color { title.bold().to_string() } else { title });
        for (i, p) in self.points.iter().enumerate() {
            out!("{}. {}", i + 1, p.prompt);
            for (reply, style, cues) in &p.tries {
                let style = style.map_or("-", |s| self.ui.style(s));
                out!(
                    "   {} \u{201c}{}\u{201d} → {style} ({})",
                    self.ui.you_said(),
                    visible(reply),
                    visible(&cues.join(", "))
                );
            }
            if p.tries.len() > 1 {
                let path: Vec<&str> =
                    p.tries.iter().map(|t| t.1.map_or("-", |s| self.ui.style(s))).collect();
                out!("   {} {}: {}", p.tries.len(), self.ui.tries(), path.join(" → "));
            }
            if let Some(example) = &p.example {
                out!("   {}: \u{201c}{}\u{201d}", self.ui.could_say(), visible(example));
            }
        }
        out!();
    }

    /// The coachee's concrete next step: the one the script recorded, or asked for now.
    fn next_step(&mut self) -> Option<String> {
        for var in ["step", "stap"] {
            if let Some(crate::story::Value::Str(s)) = self.session.state.globals.get(var)
                && !s.trim().is_empty()
            {
                return Some(s.clone());
            }
        }
        out!("{}", self.ui.next_step());
        match self.reader.read("> ") {
            Input::Line(step) if !step.trim().is_empty() => {
                self.transcript.write(&serde_json::json!({"event": "step", "text": step}));
                out!("{}", self.ui.step_kept());
                Some(step)
            }
            _ => None,
        }
    }
}

/// A response point's hints and examples, for `:hint` and `:example`.
type PointHelp<'a> = (&'a [String], &'a [(String, String)]);

/// What a `:command` did.
enum Command {
    /// The line is no command.
    None,
    /// Handled; ask again.
    Done,
    /// The story moved (`:retry`, `:restart`): go on from where it is now.
    Moved,
}

/// The distinct words that made the verdict's style, in the order typed.
fn cue_names(v: &Verdict) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for cue in v.cues.iter().filter(|c| Some(c.style) == v.style) {
        if !words.contains(&cue.text) {
            words.push(cue.text.clone());
        }
    }
    words.into_iter().map(|w| format!("\u{201c}{w}\u{201d}")).collect()
}
