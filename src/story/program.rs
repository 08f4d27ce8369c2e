//! A checked script compiled for running: every container (the top of the story, each knot
//! body, stitch and function) becomes a flat list of ops, so that the runtime can pause at a
//! menu or response point and resume with nothing but a container and a position.
//!
//! Positions that a saved session refers to (pause points and tunnel return addresses) are
//! named by a fingerprint of the op's own source text rather than by index, so that a session
//! saved before a coach edits the script still finds its place afterwards.

use rustc_hash::FxHashMap as HashMap;

use crate::script::ast::{
    AltKind, Alternatives, Block, BlockKind, Choice, Conditional, Expr, Item, Line, List,
    LogicKind, Name, Param, Part, Record, ResponsePoint, Script, Tag, Target, Then,
};
use crate::script::names::{Place, Symbols};
use crate::script::source::{Sources, Span};

/// Where a divert goes, resolved at compile time.
#[derive(Clone, Debug, PartialEq)]
pub enum Dest {
    /// The start of a container.
    Container(usize),
    /// A labelled gather or choice inside a container, by name.
    Label(usize, String),
    /// `END` / `DONE`.
    End,
    /// A variable or parameter holding a divert target.
    Variable(String),
}

/// A resolved divert target with its arguments.
#[derive(Clone, Debug)]
pub struct Jump {
    /// Where.
    pub dest: Dest,
    /// Arguments for a knot or stitch with parameters.
    pub args: Vec<Expr>,
}

/// A choice of a menu (or a branch of a response point), ready to offer.
#[derive(Clone, Debug)]
pub struct MenuChoice {
    /// The choice as written (its body is compiled separately).
    pub choice: Choice,
    /// The counter that counts how often it was taken (its label's, or its own).
    pub counter: usize,
    /// Where its body starts.
    pub body: usize,
    /// Its menu text, when it is plain text (no logic to run), so a menu need not build it
    /// again each time it is offered.
    pub plain: Option<std::sync::Arc<str>>,
}

/// One step of a container.
#[derive(Clone, Debug)]
pub enum Op {
    /// Print a line (its parts may divert).
    Line(Box<Line>, Vec<Option<Jump>>),
    /// Tags for the next line printed.
    Tags(List<Tag>),
    /// `~ ...`
    Logic(Box<LogicKind>, Span),
    /// Count a visit of a labelled gather.
    Count(usize),
    /// Offer a menu and wait for a choice.
    Menu(Vec<MenuChoice>),
    /// Ask for a free reply and take the first branch whose conditions hold.
    Respond(Box<ResponsePoint>, Vec<MenuChoice>, usize),
    /// Ask for a free reply and keep it in a variable.
    Record(Box<Record>),
    /// Go to another position in this container.
    Jump(usize),
    /// Go to the position when the condition does not hold.
    Unless(Expr, usize),
    /// Go to the position when the subject does not equal the value.
    UnlessEqual(Expr, Expr, usize),
    /// Run one item of multi-line alternatives: the alternatives' counter, how items are picked,
    /// where each item starts, and where they all end.
    Alternatives(usize, AltKind, Vec<usize>, usize),
}

/// A compiled container.
#[derive(Clone, Debug)]
pub struct Container {
    /// Its path: `knot`, `knot.stitch`, or empty for the top of the story.
    pub path: String,
    /// The knot it belongs to (for name resolution), if any.
    pub knot: Option<usize>,
    /// Its parameters.
    pub params: Vec<Param>,
    /// Whether it is a function.
    pub function: bool,
    /// Its ops.
    pub ops: Vec<Op>,
    /// Fingerprints of its ops, for saved positions.
    pub prints: Vec<u64>,
    /// The counter of its visits.
    pub counter: usize,
    /// A knot without content of its own runs into this stitch container.
    pub enter: Option<usize>,
    /// Where it stands in the source (for runtime errors).
    pub span: Span,
    /// Per op, where it stands in the source.
    pub spans: Vec<Span>,
}

/// A compiled story.
#[derive(Clone, Debug)]
pub struct Program {
    /// All containers; `0` is the top of the story.
    pub containers: Vec<Container>,
    /// Container by path.
    pub by_path: HashMap<String, usize>,
    /// Names of all counters (visits of containers and labels, and choices taken).
    pub counters: Vec<String>,
    /// Names of all alternatives (for their "times seen" counts).
    pub alternatives: Vec<String>,
    /// Inline alternatives: the counter of each, by the span of its `{`.
    pub inline_alternatives: HashMap<Span, usize>,
    /// Per container: label name → position of the labelled gather or choice.
    pub labels: Vec<HashMap<String, usize>>,
    /// Response point labels → their answer counters (`None` when the label is not unique).
    pub responses: HashMap<String, Option<usize>>,
    /// Global variables with their first values, in order.
    pub globals: Vec<(String, Expr, bool)>,
    /// Variables declared by record prompts.
    pub records: Vec<String>,
    /// Where the story starts.
    pub start: usize,
    /// A fingerprint of the whole script.
    pub hash: u64,
}

/// FNV-1a, 64 bits. Saved sessions keep fingerprints across program versions, so the hash
/// must never change; std's hasher makes no such promise.
#[must_use]
pub fn fnv(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

struct Compiler<'s> {
    script: &'s Script,
    sources: &'s Sources,
    sym: Symbols<'s>,
    program: Program,
}

impl Program {
    /// Compiles a checked script (one without errors).
    #[must_use]
    pub fn compile(script: &Script, sources: &Sources) -> Program {
        let (sym, _) = Symbols::collect(script);
        let mut c = Compiler {
            script,
            sources,
            sym,
            program: Program {
                containers: Vec::new(),
                by_path: HashMap::default(),
                counters: Vec::new(),
                alternatives: Vec::new(),
                inline_alternatives: HashMap::default(),
                labels: Vec::new(),
                responses: HashMap::default(),
                globals: script
                    .globals
                    .iter()
                    .map(|g| (g.name.text.to_string(), g.value.clone(), g.constant))
                    .collect(),
                records: Vec::new(),
                start: 0,
                hash: 0,
            },
        };
        c.run();
        let mut all = Vec::new();
        for (_, file) in sources.iter() {
            all.extend_from_slice(file.text.as_bytes());
        }
        c.program.hash = fnv(&all);
        c.program
    }

    /// The container with this path.
    #[must_use]
    pub fn container(&self, path: &str) -> Option<usize> {
        self.by_path.get(path).copied()
    }
}

impl Compiler<'_> {
    fn counter(&mut self, name: String) -> usize {
        self.program.counters.push(name);
        self.program.counters.len() - 1
    }

    fn run(&mut self) {
        let script = self.script;
        // Containers first, so that diverts can name any of them.
        self.add_container(String::new(), None, &[], false, Span::default());
        for (k, knot) in script.knots.iter().enumerate() {
            self.add_container(
                knot.name.text.to_string(),
                Some(k),
                &knot.params,
                knot.function,
                knot.span,
            );
            for stitch in &knot.stitches {
                self.add_container(
                    format!("{}.{}", knot.name.text, stitch.name.text),
                    Some(k),
                    &stitch.params,
                    knot.function,
                    stitch.span,
                );
            }
        }
        let has_story = script.top.iter().any(|i| !matches!(i, Item::Tags { .. }));
        self.program.start = if has_story {
            0
        } else {
            script
                .knots
                .iter()
                .position(|k| !k.function)
                .map_or(0, |k| self.knot_container(k, None))
        };
        self.compile_body(0, &script.top, None, None);
        for (k, knot) in script.knots.iter().enumerate() {
            let body = self.knot_container(k, None);
            self.compile_body(body, &knot.body, Some(k), None);
            if knot.body.iter().all(|i| matches!(i, Item::Tags { .. })) && !knot.stitches.is_empty()
            {
                self.program.containers[body].enter = Some(self.knot_container(k, Some(0)));
            }
            for (s, stitch) in knot.stitches.iter().enumerate() {
                let container = self.knot_container(k, Some(s));
                self.compile_body(container, &stitch.body, Some(k), Some(s));
            }
        }
        for c in &mut self.program.containers {
            c.prints = c
                .ops
                .iter()
                .zip(&c.spans)
                .map(|(op, span)| fingerprint(op, self.sources.slice(*span)))
                .collect();
        }
    }

    fn knot_container(&self, k: usize, s: Option<usize>) -> usize {
        let knot = &self.script.knots[k];
        let path = match s {
            Some(s) => format!("{}.{}", knot.name.text, knot.stitches[s].name.text),
            None => knot.name.text.to_string(),
        };
        self.program.by_path[&path]
    }

    fn add_container(
        &mut self,
        path: String,
        knot: Option<usize>,
        params: &[Param],
        function: bool,
        span: Span,
    ) {
        let counter = self.counter(path.clone());
        let index = self.program.containers.len();
        self.program.by_path.entry(path.clone()).or_insert(index);
        self.program.containers.push(Container {
            path,
            knot,
            params: params.to_vec(),
            function,
            ops: Vec::new(),
            prints: Vec::new(),
            counter,
            enter: None,
            span,
            spans: Vec::new(),
        });
        self.program.labels.push(HashMap::default());
    }

    fn compile_body(
        &mut self,
        container: usize,
        items: &[Item],
        knot: Option<usize>,
        stitch: Option<usize>,
    ) {
        let mut w = Weaver {
            c: self,
            container,
            knot,
            stitch,
            ops: Vec::new(),
            spans: Vec::new(),
            choices: 0,
        };
        w.weave(items);
        let (ops, spans) = (w.ops, w.spans);
        let c = &mut self.program.containers[container];
        c.ops = ops;
        c.spans = spans;
    }

    /// The name prefix for labels in a container.
    fn label_name(&self, container: usize, label: &Name) -> String {
        let path = &self.program.containers[container].path;
        if path.is_empty() { label.text.to_string() } else { format!("{path}.{}", label.text) }
    }
}

/// Compiles one container's weave.
struct Weaver<'c, 's> {
    c: &'c mut Compiler<'s>,
    container: usize,
    knot: Option<usize>,
    stitch: Option<usize>,
    ops: Vec<Op>,
    spans: Vec<Span>,
    choices: usize,
}

impl Weaver<'_, '_> {
    fn push(&mut self, op: Op, span: Span) -> usize {
        self.ops.push(op);
        self.spans.push(span);
        self.ops.len() - 1
    }

    fn weave(&mut self, items: &[Item]) {
        let mut i = 0;
        while i < items.len() {
            match &items[i] {
                Item::Line(line) => self.line(line),
                Item::Tags { tags } => {
                    let span = tags.first().map_or_else(Span::default, |t| t.span);
                    self.push(Op::Tags(tags.clone()), span);
                }
                Item::Logic(logic) => {
                    self.push(Op::Logic(Box::new(logic.kind.clone()), logic.span), logic.span);
                }
                Item::Gather(g) => {
                    if let Some(label) = &g.label {
                        let name = self.c.label_name(self.container, label);
                        let counter = self.c.counter(name);
                        let at = self.push(Op::Count(counter), g.span);
                        self.c.program.labels[self.container].insert(label.text.to_string(), at);
                    }
                    if let Some(line) = &g.line {
                        self.line(line);
                    }
                }
                Item::Record(r) => {
                    if !self.c.program.records.contains(&r.var.text.to_string()) {
                        self.c.program.records.push(r.var.text.to_string());
                    }
                    self.push(Op::Record(r.clone()), r.span);
                }
                Item::Block(b) => self.block(b),
                Item::Choice(_) => {
                    let start = i;
                    while matches!(items.get(i), Some(Item::Choice(_))) {
                        i += 1;
                    }
                    let group: Vec<&Choice> = items[start..i]
                        .iter()
                        .filter_map(|it| if let Item::Choice(c) = it { Some(&**c) } else { None })
                        .collect();
                    let span = group[0].span;
                    let at = self.push(Op::Menu(Vec::new()), span);
                    let menu = self.bodies(&group);
                    self.ops[at] = Op::Menu(menu);
                    continue;
                }
                Item::Response(p) => {
                    let counter = if let Some(label) = &p.label {
                        let name = self.c.label_name(self.container, label);
                        let counter = self.c.counter(name);
                        self.c
                            .program
                            .responses
                            .entry(label.text.to_string())
                            .and_modify(|c| *c = None)
                            .or_insert(Some(counter));
                        counter
                    } else {
                        let name = format!(
                            "{}#reply{}",
                            self.c.program.containers[self.container].path,
                            self.ops.len()
                        );
                        self.c.counter(name)
                    };
                    let at = self.push(Op::Menu(Vec::new()), p.span);
                    let branches: Vec<&Choice> = p.branches.iter().collect();
                    let compiled = self.bodies(&branches);
                    let mut point = (**p).clone();
                    point.branches.clear();
                    self.ops[at] = Op::Respond(Box::new(point), compiled, counter);
                }
            }
            i += 1;
        }
    }

    /// Compiles the bodies of a group of choices; each ends by jumping past the group.
    fn bodies(&mut self, group: &[&Choice]) -> Vec<MenuChoice> {
        let mut menu = Vec::new();
        let mut exits = Vec::new();
        for choice in group {
            let counter = if let Some(label) = &choice.label {
                let name = self.c.label_name(self.container, label);
                self.c.counter(name)
            } else {
                self.choices += 1;
                let name = format!(
                    "{}#choice{}",
                    self.c.program.containers[self.container].path, self.choices
                );
                self.c.counter(name)
            };
            let body = self.ops.len();
            if let Some(label) = &choice.label {
                self.c.program.labels[self.container].insert(label.text.to_string(), body);
            }
            let mut bare = (*choice).clone();
            bare.body = List::default();
            // The choice's own output line, with any divert it carries, runs first.
            let parts = choice.start.iter().chain(&choice.after).cloned().collect();
            let line = Line {
                voice: choice.voice.clone(),
                parts,
                tags: choice.tags.clone(),
                span: choice.span,
            };
            self.line(&line);
            self.weave(&choice.body);
            exits.push(self.push(Op::Jump(usize::MAX), choice.span));
            let plain = plain_text(&bare);
            menu.push(MenuChoice { choice: bare, counter, body, plain });
        }
        let end = self.ops.len();
        for e in exits {
            self.ops[e] = Op::Jump(end);
        }
        menu
    }

    fn line(&mut self, line: &Line) {
        let mut jumps = Vec::new();
        self.collect_jumps(&line.parts, &mut jumps);
        self.push(Op::Line(Box::new(line.clone()), jumps), line.span);
    }

    /// Resolves every divert in the parts, in the order they appear.
    fn collect_jumps(&mut self, parts: &[Part], out: &mut Vec<Option<Jump>>) {
        for part in parts {
            match part {
                Part::Divert(d) => {
                    for t in &d.tunnels {
                        out.push(Some(self.resolve(t)));
                    }
                    out.push(match &d.then {
                        Then::Goto(t) | Then::ReturnTo(t) => Some(self.resolve(t)),
                        Then::Continue | Then::Return => None,
                    });
                }
                Part::Conditional(c) => {
                    let Conditional { then, otherwise, .. } = &**c;
                    self.collect_jumps(then, out);
                    if let Some(o) = otherwise {
                        self.collect_jumps(o, out);
                    }
                }
                Part::Alternatives(a) => {
                    let Alternatives { items, span, .. } = &**a;
                    let name = format!(
                        "{}@{}",
                        self.c.program.containers[self.container].path, span.start
                    );
                    self.c.program.alternatives.push(name);
                    let id = self.c.program.alternatives.len() - 1;
                    self.c.program.inline_alternatives.insert(*span, id);
                    for item in items {
                        self.collect_jumps(item, out);
                    }
                }
                Part::Text { .. } | Part::Glue | Part::Print { .. } => {}
            }
        }
    }

    fn resolve(&self, t: &Target) -> Jump {
        let args = t.args.to_vec();
        let dest = match self.c.sym.resolve(&t.path, self.knot, self.stitch) {
            _ if t.path.single().is_some_and(|n| self.is_variable(n)) => {
                Dest::Variable(t.path.text.to_string())
            }
            Some(Place::End) => Dest::End,
            Some(Place::Knot(k)) => Dest::Container(self.c.knot_container(k, None)),
            Some(Place::Stitch(k, s)) => Dest::Container(self.c.knot_container(k, Some(s))),
            Some(Place::Label(k, s, _)) => Dest::Label(self.c.knot_container(k, s), label_of(t)),
            Some(Place::TopLabel(_)) => Dest::Label(0, label_of(t)),
            None => Dest::Variable(t.path.text.to_string()),
        };
        Jump { dest, args }
    }

    fn is_variable(&self, name: &str) -> bool {
        let c = &self.c.program.containers[self.container];
        c.params.iter().any(|p| p.name.text == name)
            || self.c.program.globals.iter().any(|(g, _, _)| g == name)
    }

    fn block(&mut self, b: &Block) {
        match &b.kind {
            BlockKind::Conditions { arms } | BlockKind::Switch { arms, .. } => {
                let subject = if let BlockKind::Switch { subject, .. } = &b.kind {
                    Some(subject)
                } else {
                    None
                };
                let mut exits = Vec::new();
                for arm in arms {
                    let test = arm.test.as_ref().map(|t| {
                        let op = match subject {
                            Some(s) => Op::UnlessEqual(s.clone(), t.clone(), usize::MAX),
                            None => Op::Unless(t.clone(), usize::MAX),
                        };
                        self.push(op, arm.span)
                    });
                    self.weave(&arm.body);
                    exits.push(self.push(Op::Jump(usize::MAX), arm.span));
                    if let Some(at) = test {
                        let next = self.ops.len();
                        match &mut self.ops[at] {
                            Op::Unless(_, to) | Op::UnlessEqual(_, _, to) => *to = next,
                            _ => {}
                        }
                    }
                }
                let end = self.ops.len();
                for e in exits {
                    self.ops[e] = Op::Jump(end);
                }
            }
            BlockKind::Alternatives { kind, items } => {
                let name =
                    format!("{}@{}", self.c.program.containers[self.container].path, b.span.start);
                self.c.program.alternatives.push(name);
                let id = self.c.program.alternatives.len() - 1;
                let at = self.push(Op::Alternatives(id, *kind, Vec::new(), usize::MAX), b.span);
                let mut starts = Vec::new();
                let mut exits = Vec::new();
                for item in items {
                    starts.push(self.ops.len());
                    self.weave(item);
                    exits.push(self.push(Op::Jump(usize::MAX), b.span));
                }
                let end = self.ops.len();
                for e in exits {
                    self.ops[e] = Op::Jump(end);
                }
                self.ops[at] = Op::Alternatives(id, *kind, starts, end);
            }
        }
    }
}

fn label_of(t: &Target) -> String {
    t.path.last().to_string()
}

/// A fingerprint of an op: its kind and its source text, so that a saved position can be
/// found again after lines around it changed.
fn fingerprint(op: &Op, source: &str) -> u64 {
    let kind: &[u8] = match op {
        Op::Line(..) => b"line",
        Op::Tags(_) => b"tags",
        Op::Logic(..) => b"logic",
        Op::Count(_) => b"count",
        Op::Menu(_) => b"menu",
        Op::Respond(..) => b"respond",
        Op::Record(_) => b"record",
        Op::Jump(_) | Op::Unless(..) | Op::UnlessEqual(..) | Op::Alternatives(..) => b"flow",
    };
    fnv(kind) ^ fnv(source.trim().as_bytes())
}

/// The menu text of a choice whose start and `[...]` are plain text.
fn plain_text(choice: &Choice) -> Option<std::sync::Arc<str>> {
    let mut text = String::new();
    for part in choice.start.iter().chain(choice.menu.iter().flatten()) {
        let Part::Text { text: t } = part else { return None };
        text.push_str(t);
    }
    super::run::tidy(&mut text);
    Some(text.into())
}
