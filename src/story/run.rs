//! Running a compiled story: a [`Session`] steps through ops until the story pauses (a menu,
//! a response point, a record prompt) or ends, and collects the lines printed on the way.

use std::fmt::Write as _;

use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

use super::program::{Dest, Jump, MenuChoice, Op, Program};
use super::value::Value;
use crate::score::{Lang, Scorer, Style, Verdict};
use crate::script::ast::{
    AltKind, Alternatives, AssignOp, Conditional, Divert, Expr, ExprKind, LogicKind, Part,
    ResponsePoint, Tag, Then, UnaryOp, Voice,
};
use crate::script::source::Span;

/// The jumps of a line's diverts, in the order they appear.
type Jumps<'p> = std::slice::Iter<'p, Option<Jump>>;

/// How many ops one step may run before the story is taken to loop forever.
pub const MAX_STEPS: usize = 100_000;
/// How deep tunnels and function calls may nest.
pub const MAX_DEPTH: usize = 200;

/// Scores replies at response points: the real scorer, or fixed verdicts in tests.
pub trait Judge {
    /// The verdict for a reply.
    fn judge(&self, reply: &str, lang: Option<Lang>) -> Verdict;
}

impl Judge for Scorer {
    fn judge(&self, reply: &str, lang: Option<Lang>) -> Verdict {
        self.score(reply, lang)
    }
}

/// A line of output.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutLine {
    /// Who says it: a cast member's name, `@coach`, or nobody.
    pub speaker: Option<String>,
    /// The text.
    pub text: String,
    /// Its tags.
    pub tags: Vec<String>,
}

/// One choice of a menu, as the coachee sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct MenuItem {
    /// The index to pass to [`Session::choose`].
    pub index: usize,
    /// The text shown.
    pub text: std::sync::Arc<str>,
}

/// Why the story stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum Pause {
    /// Pick one of these (answer with [`Session::choose`]).
    Menu(Vec<MenuItem>),
    /// Type a reply (answer with [`Session::reply`]).
    Response {
        /// The question.
        prompt: String,
        /// The point's label, if any.
        label: Option<String>,
        /// Hints, shown only when asked for.
        hints: Vec<String>,
        /// Model answers: (style, text).
        examples: Vec<(String, String)>,
        /// How many times this point was answered before.
        answered: u32,
    },
    /// Type an answer that is kept, not scored (answer with [`Session::record`]).
    Record {
        /// The variable that receives it.
        var: String,
        /// The question.
        prompt: String,
        /// Hints.
        hints: Vec<String>,
    },
    /// The story is over.
    End,
}

/// What happened at a response point.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered {
    /// The scorer's verdict.
    pub verdict: Verdict,
    /// The index of the branch taken.
    pub branch: usize,
}

/// A runtime problem: where it happened and what went wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}{}", if container.is_empty() { String::new() } else { format!(" (in `{container}`)") })]
pub struct RuntimeError {
    /// The knot or stitch (empty for the top of the story).
    pub container: String,
    /// Where in the source.
    pub span: Span,
    /// What went wrong.
    pub message: String,
}

/// The verdict of a response point as conditions can read it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bound {
    /// The style (`None` for a forced branch without a style).
    pub style: Option<Style>,
    /// The cues found.
    pub cues: Vec<String>,
    /// How sure the scorer was.
    pub confidence: f32,
}

impl Bound {
    fn from_verdict(v: &Verdict) -> Bound {
        Bound {
            style: v.style,
            cues: v.cues.iter().map(|c| c.name.to_string()).collect(),
            confidence: v.confidence,
        }
    }

    fn get(&self, name: &str) -> Option<Value> {
        if name == crate::score::style::CONFIDENCE {
            return Some(Value::Float(f64::from(self.confidence)));
        }
        if let Some(s) = Style::from_name(name) {
            return Some(Value::Bool(self.style == Some(s)));
        }
        if crate::score::style::cue_style(name).is_some() || self.cues.iter().any(|c| c == name) {
            return Some(Value::Bool(self.cues.iter().any(|c| c == name)));
        }
        None
    }
}

/// Why a frame was pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrameKind {
    /// The main flow.
    Base,
    /// A tunnel (`-> knot ->`); `->->` returns.
    Tunnel,
    /// A function call; `~ return` returns.
    Function,
}

/// One level of the call stack.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The container.
    pub container: usize,
    /// The next op.
    pub pc: usize,
    /// Temporary variables and parameters.
    pub temps: Vec<(CompactString, Value)>,
    /// Why it was pushed.
    pub kind: FrameKind,
}

/// The whole state of a running story.
#[derive(Clone, Debug)]
pub struct State {
    /// Call stack; the last is running.
    pub frames: Vec<Frame>,
    /// Global variables.
    pub globals: HashMap<String, Value>,
    /// Counters (visits, labels, choices taken), by [`Program::counters`] index.
    pub counts: Vec<u32>,
    /// The turn each counter last counted at.
    pub last_turn: Vec<u32>,
    /// Times each alternatives was seen, by [`Program::alternatives`] index.
    pub seen: Vec<u32>,
    /// Choices and replies made so far.
    pub turn: u32,
    /// The seed the story started with.
    pub seed: u64,
    /// The random generator's state.
    pub rng: u64,
    /// Verdicts of response points, by label.
    pub verdicts: HashMap<String, Bound>,
    /// Every reply and what came of it.
    pub history: Vec<super::state::Exchange>,
    /// Whether the story is over.
    pub ended: bool,
}

/// A running story.
#[derive(Clone, Debug)]
pub struct Session<'p> {
    /// The compiled story.
    pub program: &'p Program,
    /// Its state.
    pub state: State,
    output: Vec<OutLine>,
    glue: bool,
    tags: Vec<String>,
    /// The verdict being tested while a response point picks its branch.
    testing: Option<Bound>,
    /// The value of the last `~ return`, until the function call takes it.
    returned: Option<Value>,
    steps: usize,
}

/// `SplitMix64`: tiny, and the same on every platform and version, so that a seed always replays
/// the same story (a crate's generator may change its algorithm between versions).
fn next_random(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl<'p> Session<'p> {
    /// A session at the start of the story.
    pub fn new(program: &'p Program, seed: u64) -> Result<Session<'p>, RuntimeError> {
        let mut s = Session {
            program,
            state: State {
                frames: Vec::new(),
                globals: HashMap::default(),
                counts: vec![0; program.counters.len()],
                last_turn: vec![0; program.counters.len()],
                seen: vec![0; program.alternatives.len()],
                turn: 0,
                seed,
                rng: seed,
                verdicts: HashMap::default(),
                history: Vec::new(),
                ended: false,
            },
            output: Vec::new(),
            glue: false,
            tags: Vec::new(),
            testing: None,
            returned: None,
            steps: 0,
        };
        s.state.frames.push(Frame {
            container: 0,
            pc: 0,
            temps: Vec::new(),
            kind: FrameKind::Base,
        });
        for (name, expr, _) in &program.globals {
            let v = s.eval(expr)?;
            s.state.globals.insert(name.clone(), v);
        }
        for name in &program.records {
            s.state.globals.entry(name.clone()).or_insert_with(|| Value::Str(String::new()));
        }
        s.state.frames.clear();
        let first = s.frame_for(program.start, Vec::new(), FrameKind::Base);
        s.state.frames.push(first);
        Ok(s)
    }

    /// A session that starts at a knot (or `knot.stitch`), with variables preset: to rehearse
    /// one scene alone.
    pub fn start_at(
        program: &'p Program,
        seed: u64,
        path: &str,
        preset: &[(String, Value)],
    ) -> Result<Session<'p>, RuntimeError> {
        let mut s = Session::new(program, seed)?;
        let container = program.container(path).ok_or_else(|| RuntimeError {
            container: String::new(),
            span: Span::default(),
            message: format!("there is no knot or stitch `{path}` to start at"),
        })?;
        for (name, value) in preset {
            if !s.state.globals.contains_key(name) {
                return Err(RuntimeError {
                    container: String::new(),
                    span: Span::default(),
                    message: format!("there is no variable `{name}` to set"),
                });
            }
            s.state.globals.insert(name.clone(), value.clone());
        }
        s.state.frames.clear();
        let first = s.frame_for(container, Vec::new(), FrameKind::Base);
        s.state.frames.push(first);
        Ok(s)
    }

    /// The lines printed since the last call, and why the story stopped.
    pub fn advance(&mut self) -> Result<(Vec<OutLine>, Pause), RuntimeError> {
        self.steps = 0;
        let pause = self.run()?;
        Ok((self.take_output(), pause))
    }

    fn take_output(&mut self) -> Vec<OutLine> {
        let mut lines = std::mem::take(&mut self.output);
        for line in &mut lines {
            tidy(&mut line.text);
        }
        lines.retain(|l| !l.text.is_empty() || !l.tags.is_empty());
        lines
    }

    fn error(&self, message: impl Into<String>) -> RuntimeError {
        let (container, span) = match self.state.frames.last() {
            Some(f) => {
                let c = &self.program.containers[f.container];
                (c.path.clone(), c.spans.get(f.pc.saturating_sub(1)).copied().unwrap_or(c.span))
            }
            None => (String::new(), Span::default()),
        };
        RuntimeError { container, span, message: message.into() }
    }

    fn frame(&self) -> &Frame {
        self.state.frames.last().expect("a running story has a frame")
    }

    fn frame_mut(&mut self) -> &mut Frame {
        self.state.frames.last_mut().expect("a running story has a frame")
    }

    fn count(&mut self, counter: usize) {
        self.state.counts[counter] += 1;
        self.state.last_turn[counter] = self.state.turn;
    }

    /// A frame at the start of a container: counts the visit, binds the parameters, and runs
    /// into the first stitch of a knot without content of its own.
    fn frame_for(&mut self, container: usize, args: Vec<Value>, kind: FrameKind) -> Frame {
        let c = &self.program.containers[container];
        let temps = c.params.iter().map(|p| p.name.text.clone()).zip(args).collect();
        self.count(c.counter);
        let mut frame = Frame { container, pc: 0, temps, kind };
        if let Some(first) = c.enter {
            self.count(self.program.containers[first].counter);
            frame.container = first;
        }
        frame
    }

    /// Pushes a tunnel or function frame.
    fn enter(
        &mut self,
        container: usize,
        args: Vec<Value>,
        kind: FrameKind,
    ) -> Result<(), RuntimeError> {
        if self.state.frames.len() >= MAX_DEPTH {
            return Err(
                self.error(format!("tunnels or function calls nested more than {MAX_DEPTH} deep"))
            );
        }
        let frame = self.frame_for(container, args, kind);
        self.state.frames.push(frame);
        Ok(())
    }

    fn run(&mut self) -> Result<Pause, RuntimeError> {
        loop {
            if self.state.ended || self.state.frames.is_empty() {
                self.state.ended = true;
                return Ok(Pause::End);
            }
            self.steps += 1;
            if self.steps > MAX_STEPS {
                return Err(self.error(format!("the story ran {MAX_STEPS} steps without stopping for the coachee: it loops forever")));
            }
            let Frame { container, pc, .. } = *self.frame_ref();
            let ops = &self.program.containers[container].ops;
            let Some(op) = ops.get(pc) else {
                self.fall_off();
                continue;
            };
            match op {
                Op::Menu(_) | Op::Respond(..) | Op::Record(_) => return self.pause(),
                _ => {}
            }
            self.frame_mut().pc += 1;
            self.step(container, pc)?;
        }
    }

    fn frame_ref(&self) -> &Frame {
        self.frame()
    }

    /// The flow reached the end of a container.
    fn fall_off(&mut self) {
        let frame = self.state.frames.pop().expect("checked by the caller");
        if frame.kind == FrameKind::Base {
            self.state.ended = true;
        }
    }

    fn step(&mut self, container: usize, pc: usize) -> Result<(), RuntimeError> {
        let program = self.program;
        match &program.containers[container].ops[pc] {
            Op::Line(line, jumps) => {
                let mut jumps = jumps.iter();
                self.print_line(&line.parts, &line.voice, &line.tags, &mut jumps)?;
            }
            Op::Tags(tags) => self.tags.extend(tags.iter().map(|t| t.text.clone())),
            Op::Logic(kind, _) => self.logic(kind)?,
            Op::Count(counter) => self.count(*counter),
            Op::Jump(to) => self.frame_mut().pc = *to,
            Op::Unless(cond, to) => {
                if !self.eval(cond)?.truthy() {
                    self.frame_mut().pc = *to;
                }
            }
            Op::UnlessEqual(subject, value, to) => {
                let (a, b) = (self.eval(subject)?, self.eval(value)?);
                if !a
                    .binary(crate::script::ast::BinaryOp::Eq, &b)
                    .map_err(|e| self.error(e.0))?
                    .truthy()
                {
                    self.frame_mut().pc = *to;
                }
            }
            Op::Alternatives(id, kind, starts, end) => {
                let pick = self.pick(*id, *kind, starts.len());
                self.frame_mut().pc = pick.map_or(*end, |i| starts[i]);
            }
            Op::Menu(_) | Op::Respond(..) | Op::Record(_) => {
                unreachable!("pauses are handled by run")
            }
        }
        Ok(())
    }

    /// Which item alternatives show this time; `None` when they show nothing.
    fn pick(&mut self, id: usize, kind: AltKind, len: usize) -> Option<usize> {
        if len == 0 {
            return None;
        }
        let seen = self.state.seen[id] as usize;
        self.state.seen[id] += 1;
        let deck = |round: usize, s: &Self| -> Vec<usize> {
            let mut order: Vec<usize> = (0..len).collect();
            let mut rng = s.state.seed
                ^ (id as u64).wrapping_mul(0x9E37_79B9)
                ^ (round as u64).wrapping_mul(0x85EB_CA6B);
            for i in (1..len).rev() {
                let j = (next_random(&mut rng) % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            order
        };
        match kind {
            AltKind::Stopping => Some(seen.min(len - 1)),
            AltKind::Cycle => Some(seen % len),
            AltKind::Once => (seen < len).then_some(seen),
            AltKind::Shuffle => Some(deck(seen / len, self)[seen % len]),
            AltKind::ShuffleOnce => (seen < len).then(|| deck(0, self)[seen]),
            AltKind::ShuffleStopping => {
                Some(if seen < len { deck(0, self)[seen] } else { deck(0, self)[len - 1] })
            }
        }
    }

    fn print_line(
        &mut self,
        parts: &'p [Part],
        voice: &Voice,
        tags: &[Tag],
        jumps: &mut Jumps<'p>,
    ) -> Result<(), RuntimeError> {
        let mut text = String::with_capacity(96);
        let starts_glued = matches!(parts.first(), Some(Part::Glue));
        let mut ends_glued = false;
        let mut divert = None;
        self.render(parts, &mut text, &mut ends_glued, jumps, &mut divert)?;
        let mut line_tags: Vec<String> = std::mem::take(&mut self.tags);
        line_tags.extend(tags.iter().map(|t| t.text.clone()));
        let speaker = match voice {
            Voice::Narration => None,
            Voice::Speaker(n) => Some(n.to_string()),
            Voice::Coach => Some("@coach".to_string()),
        };
        if !text.trim().is_empty() || !line_tags.is_empty() || starts_glued {
            if (self.glue || starts_glued) && !self.output.is_empty() {
                let last = self.output.last_mut().expect("checked");
                last.text.push_str(&text);
                last.tags.extend(line_tags);
            } else if !text.trim().is_empty() || !line_tags.is_empty() {
                self.output.push(OutLine { speaker, text, tags: line_tags });
            }
            self.glue = ends_glued;
        }
        if let Some((d, jump)) = divert {
            self.divert(d, jump)?;
        }
        Ok(())
    }

    /// Renders parts into text; stops at the first divert, which it hands back.
    fn render(
        &mut self,
        parts: &'p [Part],
        out: &mut String,
        glued: &mut bool,
        jumps: &mut Jumps<'p>,
        divert: &mut Option<(&'p Divert, &'p [Option<Jump>])>,
    ) -> Result<(), RuntimeError> {
        for part in parts {
            if divert.is_some() {
                return Ok(());
            }
            *glued = false;
            match part {
                Part::Text { text } => out.push_str(text),
                Part::Glue => *glued = true,
                Part::Print { expr } => {
                    let v = self.eval(expr)?;
                    let _ = write!(out, "{v}");
                }
                Part::Conditional(c) => {
                    let Conditional { cond, then, otherwise, .. } = &**c;
                    let holds = self.eval(cond)?.truthy();
                    if holds {
                        self.render(then, out, glued, jumps, divert)?;
                        if let Some(o) = otherwise {
                            skip_jumps(o, jumps);
                        }
                    } else {
                        skip_jumps(then, jumps);
                        if let Some(o) = otherwise {
                            self.render(o, out, glued, jumps, divert)?;
                        }
                    }
                }
                Part::Alternatives(a) => {
                    let Alternatives { kind, items, span } = &**a;
                    let id = self.program.inline_alternatives[span];
                    let pick = self.pick(id, *kind, items.len());
                    for (i, item) in items.iter().enumerate() {
                        if Some(i) == pick {
                            self.render(item, out, glued, jumps, divert)?;
                        } else {
                            skip_jumps(item, jumps);
                        }
                    }
                }
                Part::Divert(d) => {
                    let rest = jumps.as_slice();
                    let taken = &rest[..rest.len().min(d.tunnels.len() + 1)];
                    *jumps = rest[taken.len()..].iter();
                    *divert = Some((d, taken));
                }
            }
        }
        Ok(())
    }

    fn target_of(&mut self, jump: &Jump) -> Result<(Option<usize>, Option<usize>), RuntimeError> {
        Ok(match &jump.dest {
            Dest::Container(c) => (Some(*c), None),
            Dest::Label(c, name) => {
                let pc = self.program.labels[*c].get(name).copied().unwrap_or(0);
                (Some(*c), Some(pc))
            }
            Dest::End => (None, None),
            Dest::Variable(name) => match self.variable(name) {
                Some(Value::Target { target }) => match self.program.container(&target) {
                    Some(c) => (Some(c), None),
                    None if target == "END" || target == "DONE" => (None, None),
                    None => {
                        return Err(
                            self.error(format!("`{name}` holds `{target}`, which is no knot"))
                        );
                    }
                },
                other => {
                    return Err(
                        self.error(format!("`{name}` holds {other:?}, not a divert target"))
                    );
                }
            },
        })
    }

    fn divert(&mut self, d: &Divert, jumps: &'p [Option<Jump>]) -> Result<(), RuntimeError> {
        // Tunnels run in order; each returns to where the next starts. They are pushed in
        // reverse so that the first runs first.
        let (tunnels, then) = jumps.split_at(d.tunnels.len().min(jumps.len()));
        let then = then.first().and_then(Option::as_ref);
        let tunnels = if tunnels.iter().all(Option::is_some) { tunnels } else { &[] };
        match &d.then {
            Then::Goto(_) => {
                let jump = then.ok_or_else(|| self.error("a divert without a target"))?;
                if tunnels.is_empty() {
                    return self.goto(jump);
                }
                // `-> a -> b`: run `a` as a tunnel, then go to `b`.
                self.goto(jump)?;
            }
            Then::Return => {
                self.tunnel_return()?;
            }
            Then::ReturnTo(_) => {
                self.tunnel_return()?;
                let jump = then.ok_or_else(|| self.error("a divert without a target"))?;
                return self.goto(jump);
            }
            Then::Continue => {}
        }
        for jump in tunnels.iter().rev().flatten() {
            let args = self.eval_args(&jump.args)?;
            let (container, pc) = self.target_of(jump)?;
            let Some(container) = container else {
                return Err(self.error("`END` cannot be a tunnel"));
            };
            self.enter(container, args, FrameKind::Tunnel)?;
            if let Some(pc) = pc {
                self.frame_mut().pc = pc;
            }
        }
        Ok(())
    }

    fn tunnel_return(&mut self) -> Result<(), RuntimeError> {
        while let Some(f) = self.state.frames.last() {
            if f.kind == FrameKind::Tunnel {
                self.state.frames.pop();
                return Ok(());
            }
            if f.kind == FrameKind::Base {
                return Err(self.error("`->->` returns from a tunnel, but this knot was not entered as one (`-> knot ->`)"));
            }
            self.state.frames.pop();
        }
        Ok(())
    }

    /// Goes to a divert target in place of where the current frame is.
    fn goto(&mut self, jump: &Jump) -> Result<(), RuntimeError> {
        let args = self.eval_args(&jump.args)?;
        match self.target_of(jump)? {
            (None, _) => self.state.ended = true,
            (Some(container), Some(pc)) => {
                if self.frame().container != container {
                    self.count(self.program.containers[container].counter);
                    self.frame_mut().temps.clear();
                }
                let f = self.frame_mut();
                f.container = container;
                f.pc = pc;
            }
            (Some(container), None) => {
                let kind = self.frame().kind;
                let frame = self.frame_for(container, args, kind);
                *self.frame_mut() = frame;
            }
        }
        Ok(())
    }

    fn eval_args(&mut self, args: &[Expr]) -> Result<Vec<Value>, RuntimeError> {
        args.iter().map(|a| self.eval(a)).collect()
    }

    // ----- pauses ---------------------------------------------------------------------------

    fn pause(&mut self) -> Result<Pause, RuntimeError> {
        let Frame { container, pc, .. } = *self.frame();
        let program = self.program;
        Ok(match &program.containers[container].ops[pc] {
            Op::Menu(choices) => {
                let offered = self.offered(choices)?;
                if offered.is_empty() {
                    // Only fallbacks (or nothing) left: take the first fallback without asking.
                    let fallback = choices.iter().position(|c| {
                        c.choice.is_fallback()
                            && (c.choice.sticky || self.state.counts[c.counter] == 0)
                    });
                    return match fallback {
                        Some(i) => {
                            self.take(i)?;
                            self.run()
                        }
                        None => Err(self.error("no choice is left to offer here; add a fallback choice `* -> somewhere`")),
                    };
                }
                Pause::Menu(offered)
            }
            Op::Respond(point, _, counter) => Pause::Response {
                prompt: self.text_of(&[&point.prompt])?,
                label: point.label.as_ref().map(|l| l.text.to_string()),
                hints: point.hints.iter().map(|h| h.text.clone()).collect(),
                examples: point
                    .examples
                    .iter()
                    .map(|e| (e.style.text.to_string(), e.text.clone()))
                    .collect(),
                answered: self.state.counts[*counter],
            },
            Op::Record(r) => Pause::Record {
                var: r.var.text.to_string(),
                prompt: self.text_of(&[&r.prompt])?,
                hints: r.hints.iter().map(|h| h.text.clone()).collect(),
            },
            _ => Pause::End,
        })
    }

    /// The choices of a menu that are on offer now: conditions hold, once-only ones not taken.
    fn offered(&mut self, choices: &'p [MenuChoice]) -> Result<Vec<MenuItem>, RuntimeError> {
        let mut out = Vec::with_capacity(choices.len());
        for (index, c) in choices.iter().enumerate() {
            if c.choice.is_fallback() || (!c.choice.sticky && self.state.counts[c.counter] > 0) {
                continue;
            }
            if !self.conditions_hold(&c.choice.conditions)? {
                continue;
            }
            let text = if let Some(text) = &c.plain {
                text.clone()
            } else {
                let menu = c.choice.menu.as_deref().unwrap_or_default();
                self.text_of(&[&c.choice.start, menu])?.into()
            };
            out.push(MenuItem { index, text });
        }
        Ok(out)
    }

    fn conditions_hold(&mut self, conditions: &[Expr]) -> Result<bool, RuntimeError> {
        for cond in conditions {
            if !self.eval(cond)?.truthy() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Text of parts without diverts (for prompts and menus).
    /// Text of runs of parts, up to any divert (for prompts and menus).
    fn text_of(&mut self, runs: &[&'p [Part]]) -> Result<String, RuntimeError> {
        let mut out = String::new();
        let mut glued = false;
        let mut divert = None;
        for parts in runs {
            self.render(parts, &mut out, &mut glued, &mut [].iter(), &mut divert)?;
        }
        tidy(&mut out);
        Ok(out)
    }

    fn current_op(&self) -> Option<&'p Op> {
        let f = self.state.frames.last()?;
        self.program.containers[f.container].ops.get(f.pc)
    }

    fn take(&mut self, index: usize) -> Result<(), RuntimeError> {
        let Some(Op::Menu(choices) | Op::Respond(_, choices, _)) = self.current_op() else {
            return Err(self.error("the story is not waiting for a choice"));
        };
        let choice = choices
            .get(index)
            .ok_or_else(|| self.error(format!("there is no choice {index} here")))?;
        self.count(choice.counter);
        self.state.turn += 1;
        self.glue = false;
        self.frame_mut().pc = choice.body;
        Ok(())
    }

    /// Takes menu choice `index` (a [`MenuItem::index`]).
    pub fn choose(&mut self, index: usize) -> Result<(), RuntimeError> {
        if !matches!(self.current_op(), Some(Op::Menu(_))) {
            return Err(self.error("the story is not waiting for a menu choice"));
        }
        self.take(index)
    }

    /// Answers a response point: scores the reply and takes the first branch whose conditions
    /// hold (or the fallback).
    pub fn reply(
        &mut self,
        text: &str,
        judge: &dyn Judge,
        lang: Option<Lang>,
    ) -> Result<Answered, RuntimeError> {
        let verdict = judge.judge(text, lang);
        let branch = self.answer(Bound::from_verdict(&verdict), None)?;
        Ok(Answered { verdict, branch })
    }

    /// Takes branch `index` of a response point as if a reply had chosen it (for `paths`),
    /// binding `bound` as its verdict.
    pub fn force_branch(&mut self, index: usize, bound: Bound) -> Result<(), RuntimeError> {
        self.answer(bound, Some(index)).map(|_| ())
    }

    fn answer(&mut self, bound: Bound, forced: Option<usize>) -> Result<usize, RuntimeError> {
        let Some(Op::Respond(point, branches, counter)) = self.current_op() else {
            return Err(self.error("the story is not waiting for a reply"));
        };
        let (point, counter): (&ResponsePoint, usize) = (point, *counter);
        let index = if let Some(i) = forced {
            i
        } else {
            self.testing = Some(bound.clone());
            let mut found = None;
            for (i, b) in branches.iter().enumerate() {
                match self.conditions_hold(&b.choice.conditions) {
                    Ok(true) => {
                        found = Some(i);
                        break;
                    }
                    Ok(false) => {}
                    Err(e) => {
                        self.testing = None;
                        return Err(e);
                    }
                }
            }
            self.testing = None;
            found.ok_or_else(|| {
                self.error("no branch fits this reply and there is no fallback branch")
            })?
        };
        self.count(counter);
        if let Some(label) = &point.label {
            self.state.verdicts.insert(label.text.to_string(), bound);
        }
        self.take(index)?;
        Ok(index)
    }

    /// Answers a record prompt: keeps the text in its variable.
    pub fn record(&mut self, text: &str) -> Result<(), RuntimeError> {
        let Some(Op::Record(r)) = self.current_op() else {
            return Err(self.error("the story is not waiting for a recorded answer"));
        };
        self.state.globals.insert(r.var.text.to_string(), Value::Str(text.to_string()));
        self.state.turn += 1;
        self.frame_mut().pc += 1;
        Ok(())
    }

    // ----- logic and expressions -------------------------------------------------------------

    fn logic(&mut self, kind: &LogicKind) -> Result<(), RuntimeError> {
        match kind {
            LogicKind::Temp { name, value } => {
                let v = self.eval(value)?;
                self.set_temp(&name.text, v);
            }
            LogicKind::Assign { name, op, value } => {
                let v = self.eval(value)?;
                let v = match op {
                    AssignOp::Set => v,
                    AssignOp::Add | AssignOp::Sub => {
                        let old = self.variable(&name.text).unwrap_or_default();
                        let bin = if *op == AssignOp::Add {
                            crate::script::ast::BinaryOp::Add
                        } else {
                            crate::script::ast::BinaryOp::Sub
                        };
                        old.binary(bin, &v).map_err(|e| self.error(e.0))?
                    }
                };
                self.assign(&name.text, v);
            }
            LogicKind::Return { value } => {
                let v = match value {
                    Some(e) => Some(self.eval(e)?),
                    None => None,
                };
                self.returned = v.or(Some(Value::Int(0)));
            }
            LogicKind::Eval { expr } => {
                self.eval(expr)?;
            }
        }
        Ok(())
    }

    fn set_temp(&mut self, name: &str, v: Value) {
        let f = self.frame_mut();
        match f.temps.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = v,
            None => f.temps.push((name.into(), v)),
        }
    }

    fn assign(&mut self, name: &str, v: Value) {
        if self.frame().temps.iter().any(|(n, _)| n == name) {
            self.set_temp(name, v);
        } else if let Some(slot) = self.state.globals.get_mut(name) {
            *slot = v;
        } else {
            self.state.globals.insert(name.to_string(), v);
        }
    }

    fn variable(&self, name: &str) -> Option<Value> {
        if let Some(f) = self.state.frames.last()
            && let Some((_, v)) = f.temps.iter().rev().find(|(n, _)| n == name)
        {
            return Some(v.clone());
        }
        self.state.globals.get(name).cloned()
    }

    fn eval(&mut self, e: &Expr) -> Result<Value, RuntimeError> {
        Ok(match &e.kind {
            ExprKind::Int(n) => Value::Int(*n),
            ExprKind::Float(x) => Value::Float(*x),
            ExprKind::Str(s) => Value::Str(s.clone()),
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::Target(path) => Value::Target {
                target: self.resolve_path(path).unwrap_or_else(|| path.text.to_string()),
            },
            ExprKind::Var(path) => self.path_value(path)?,
            ExprKind::Call(call) => self.call(&call.name.text, &call.args)?,
            ExprKind::Unary { op, expr } => {
                let v = self.eval(expr)?;
                match op {
                    UnaryOp::Not => Value::Bool(!v.truthy()),
                    UnaryOp::Neg => match v {
                        Value::Int(n) => Value::Int(-n),
                        Value::Float(x) => Value::Float(-x),
                        other => return Err(self.error(format!("cannot negate {other}"))),
                    },
                }
            }
            ExprKind::Binary { op, operands } => {
                use crate::script::ast::BinaryOp as B;
                let (lhs, rhs) = (&operands.lhs, &operands.rhs);
                let l = self.eval(lhs)?;
                match op {
                    B::And if !l.truthy() => Value::Bool(false),
                    B::Or if l.truthy() => Value::Bool(true),
                    _ => {
                        let r = self.eval(rhs)?;
                        l.binary(*op, &r).map_err(|e| self.error(e.0))?
                    }
                }
            }
        })
    }

    /// The container path a divert-target expression names, from where the story stands.
    fn resolve_path(&self, path: &crate::script::ast::Path) -> Option<String> {
        let dotted = path.text.as_str();
        if self.program.container(dotted).is_some() {
            return Some(dotted.to_string());
        }
        let here = &self.program.containers[self.frame().container].path;
        let knot = here.split('.').next().unwrap_or("");
        let inside = format!("{knot}.{dotted}");
        self.program.container(&inside).map(|_| inside)
    }

    fn path_value(&mut self, path: &crate::script::ast::Path) -> Result<Value, RuntimeError> {
        if let Some(name) = path.single() {
            if let Some(v) = self.variable(name) {
                return Ok(v);
            }
            if let Some(v) = self.testing.as_ref().and_then(|bound| bound.get(name)) {
                return Ok(v);
            }
        }
        // Visit counts: a container or a label.
        if let Some(n) = self.visits(&path.text) {
            return Ok(Value::Int(i64::from(n)));
        }
        // A cue of the scenario's own pack that this reply did not show (the checker has
        // already refused every other name).
        if path.single().is_some() && self.testing.is_some() {
            return Ok(Value::Bool(false));
        }
        // `label.cue`: a labelled response point's verdict.
        if let Some((prefix, last)) = path.split_last() {
            if let Some(bound) = self.state.verdicts.get(prefix.last()) {
                return Ok(bound.get(last).unwrap_or(Value::Bool(false)));
            }
            return Ok(if last == crate::score::style::CONFIDENCE {
                Value::Float(0.0)
            } else {
                Value::Bool(false)
            });
        }
        Err(self.error(format!("`{}` has no value", path.text)))
    }

    /// How often a knot, stitch or label was visited, by its name as written here.
    fn visits(&self, dotted: &str) -> Option<u32> {
        let here = &self.program.containers[self.frame().container].path;
        let knot = here.split('.').next().unwrap_or("");
        let candidates = [
            if here.is_empty() { dotted.to_string() } else { format!("{here}.{dotted}") },
            if knot.is_empty() { dotted.to_string() } else { format!("{knot}.{dotted}") },
            dotted.to_string(),
        ];
        candidates
            .iter()
            .find_map(|name| self.program.counters.iter().position(|c| c == name))
            .or_else(|| self.program.responses.get(dotted).copied().flatten())
            .map(|i| self.state.counts[i])
    }

    fn call(&mut self, name: &str, args: &[Expr]) -> Result<Value, RuntimeError> {
        let values = self.eval_args(args)?;
        let int = |i: usize| values.get(i).and_then(Value::as_int).unwrap_or(0);
        let float = |i: usize| values.get(i).and_then(Value::as_float).unwrap_or(0.0);
        Ok(match name {
            "TURNS" => Value::Int(i64::from(self.state.turn)),
            "CHOICE_COUNT" => Value::Int(0),
            "TURNS_SINCE" | "READ_COUNT" => {
                let Some(Value::Target { target }) = values.first() else {
                    return Ok(Value::Int(-1));
                };
                let i = self.program.counters.iter().position(|c| c == target);
                match (name, i) {
                    ("READ_COUNT", Some(i)) => Value::Int(i64::from(self.state.counts[i])),
                    (_, Some(i)) if self.state.counts[i] > 0 => {
                        Value::Int(i64::from(self.state.turn - self.state.last_turn[i]))
                    }
                    _ => Value::Int(-1),
                }
            }
            "SEED_RANDOM" => {
                self.state.rng = int(0).cast_unsigned();
                Value::Int(0)
            }
            "RANDOM" => {
                let (lo, hi) = (int(0).min(int(1)), int(0).max(int(1)));
                let span = (hi - lo + 1).cast_unsigned();
                Value::Int(lo + (next_random(&mut self.state.rng) % span).cast_signed())
            }
            "INT" | "FLOOR" => Value::Int(float(0).floor() as i64),
            "CEILING" => Value::Int(float(0).ceil() as i64),
            "FLOAT" => Value::Float(float(0)),
            "POW" => Value::Float(float(0).powf(float(1))),
            "MIN" => {
                if float(0) <= float(1) {
                    values[0].clone()
                } else {
                    values[1].clone()
                }
            }
            "MAX" => {
                if float(0) >= float(1) {
                    values[0].clone()
                } else {
                    values[1].clone()
                }
            }
            _ => self.call_function(name, values)?,
        })
    }

    fn call_function(&mut self, name: &str, args: Vec<Value>) -> Result<Value, RuntimeError> {
        let container = self
            .program
            .container(name)
            .ok_or_else(|| self.error(format!("unknown function `{name}`")))?;
        let depth = self.state.frames.len();
        self.enter(container, args, FrameKind::Function)?;
        let saved = self.returned.take();
        // Run the function's ops until it returns or falls off its end.
        loop {
            if self.state.frames.len() <= depth {
                break;
            }
            self.steps += 1;
            if self.steps > MAX_STEPS {
                return Err(self.error(format!("the story ran {MAX_STEPS} steps without stopping for the coachee: it loops forever")));
            }
            let Frame { container, pc, .. } = *self.frame();
            if pc >= self.program.containers[container].ops.len() {
                self.state.frames.pop();
                continue;
            }
            self.frame_mut().pc += 1;
            self.step(container, pc)?;
            if self.returned.is_some() && self.state.frames.len() == depth + 1 {
                self.state.frames.truncate(depth);
            }
        }
        let value = std::mem::replace(&mut self.returned, saved).unwrap_or(Value::Int(0));
        Ok(value)
    }
}

fn skip_jumps(parts: &[Part], jumps: &mut Jumps<'_>) {
    for part in parts {
        match part {
            Part::Divert(d) => {
                for _ in 0..=d.tunnels.len() {
                    jumps.next();
                }
            }
            Part::Conditional(c) => {
                skip_jumps(&c.then, jumps);
                if let Some(o) = &c.otherwise {
                    skip_jumps(o, jumps);
                }
            }
            Part::Alternatives(a) => a.items.iter().for_each(|i| skip_jumps(i, jumps)),
            _ => {}
        }
    }
}

/// Trims a line and folds runs of spaces (glue and inline logic leave doubles behind).
pub(super) fn tidy(text: &mut String) {
    if !(text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
        || text.contains("  "))
    {
        return;
    }
    let mut out = String::with_capacity(text.len());
    for word in text.trim().split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    *text = out;
}
