//! The typed syntax tree of a scenario. Every node keeps its span; the whole tree derives
//! `Serialize` so that tools (and snapshot tests) can read it.
//!
//! The tree follows ink's own structure: a story is top-level content plus knots; a knot or
//! stitch body is a *weave* of items in which choices own their nested content and gathers mark
//! where the branches join. Response points own their branches, which are choices whose
//! conditions name the styles and cues of the coachee's reply.

use serde::Serialize;

use super::source::Span;

/// A list in the tree: read once and never grown, so it holds exactly its items and no
/// spare room, and costs two words where a vector costs three. A large script has a great
/// many of them, most empty or short.
pub type List<T> = Box<[T]>;

/// A name as written, with where. Names are short, so their text is kept inline (no heap
/// allocation up to 24 bytes): a script has many of them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Name {
    /// The name.
    pub text: compact_str::CompactString,
    /// Where it stands.
    pub span: Span,
}

/// A whole scenario: the header, globals and top-level content of every file, and all knots.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Script {
    /// The header tags of the main file.
    pub header: Header,
    /// `VAR` and `CONST` declarations, in order.
    pub globals: Vec<Global>,
    /// Content before the first knot: where the story starts.
    pub top: Vec<Item>,
    /// Every knot and function, in order.
    pub knots: Vec<Knot>,
    /// The labels, `~ temp` names and record variables of every container, in the order they
    /// stand in the files. The parser lists them as it reads, so that the name tables are
    /// built without a second walk over the whole tree.
    #[serde(skip)]
    pub defs: Vec<Def>,
}

/// A name defined inside a knot, a stitch or the top-level content.
#[derive(Clone, Debug, PartialEq)]
pub struct Def {
    /// The knot it stands in (an index into [`Script::knots`]); `None` at the top level.
    pub knot: Option<u32>,
    /// The stitch of that knot; `None` in the knot's own body.
    pub stitch: Option<u32>,
    /// What it names.
    pub kind: DefKind,
    /// The name as written.
    pub name: Name,
}

/// What a [`Def`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefKind {
    /// A choice's or gather's label.
    Label,
    /// A response point's label.
    ResponseLabel,
    /// A `~ temp` variable.
    Temp,
    /// A record prompt's variable.
    Record,
}

/// The scenario header: `# key: value` tags at the top of the main file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Header {
    /// `# title:`
    pub title: Option<String>,
    /// `# lang:` (`en` or `nl`).
    pub lang: Option<String>,
    /// `# cast:` entries, `Name = role` or just `Name`.
    pub cast: Vec<CastMember>,
    /// `# description:`
    pub description: Option<String>,
    /// `# minutes:` (estimated playing time).
    pub minutes: Option<u32>,
    /// `# patterns:` (a pattern pack next to the scenario).
    pub patterns: Option<String>,
    /// Every header tag as written, including unknown ones (plain ink stories use these freely).
    pub tags: Vec<Tag>,
}

/// One member of the cast.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CastMember {
    /// The name that prefixes spoken lines (`Jeroen:`).
    pub name: Name,
    /// Their role, as free text (`colleague`).
    pub role: Option<String>,
}

/// A tag: `# text`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tag {
    /// The text after `#`, trimmed.
    pub text: String,
    /// Where the tag stands.
    pub span: Span,
}

/// `VAR name = value` or `CONST name = value`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Global {
    /// Whether it may be assigned to.
    pub constant: bool,
    /// Its name.
    pub name: Name,
    /// Its initial value.
    pub value: Expr,
}

/// `=== name(params) ===` or `=== function name(params) ===`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Knot {
    /// The knot's name.
    pub name: Name,
    /// Whether it is a function (called in expressions, returns a value, has no choices).
    pub function: bool,
    /// Its parameters.
    pub params: Vec<Param>,
    /// Content before the first stitch.
    pub body: Vec<Item>,
    /// Its stitches.
    pub stitches: Vec<Stitch>,
    /// The header line.
    pub span: Span,
}

/// `= name(params)` inside a knot.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stitch {
    /// The stitch's name.
    pub name: Name,
    /// Its parameters.
    pub params: Vec<Param>,
    /// Its content.
    pub body: Vec<Item>,
    /// The header line.
    pub span: Span,
}

/// A knot, stitch or function parameter: `x`, `ref x` or `-> x`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Param {
    /// The parameter's name.
    pub name: Name,
    /// `ref`: assignments change the caller's variable.
    pub by_ref: bool,
    /// `-> x`: the parameter holds a divert target.
    pub target: bool,
}

/// One item of a weave.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub enum Item {
    /// A line of text (narration, a cast member speaking, or the coach), possibly with diverts.
    Line(Line),
    /// A choice of a menu, with the content it leads to.
    Choice(Box<Choice>),
    /// A gather point, `-`.
    Gather(Box<Gather>),
    /// A logic line, `~ ...`.
    Logic(Box<Logic>),
    /// A multi-line conditional, switch or alternative, `{ ... }`.
    Block(Box<Block>),
    /// A response point, `??`: a free reply, scored, that picks a branch.
    Response(Box<ResponsePoint>),
    /// A record prompt, `?=`: a free reply kept in a variable, not scored.
    Record(Box<Record>),
    /// Tags on a line of their own; they belong to the next line of output.
    Tags {
        /// The tags.
        tags: List<Tag>,
    },
}

/// Who says a line.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(tag = "voice", content = "name", rename_all = "snake_case")]
pub enum Voice {
    /// Nobody: narration.
    #[default]
    Narration,
    /// A member of the cast (`Jeroen: ...`), by name; where it stands is the line's span.
    Speaker(compact_str::CompactString),
    /// The coach (`@coach: ...`), shown apart from the dialogue.
    Coach,
}

/// A line of output.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    /// Who says it.
    pub voice: Voice,
    /// Its text, inline logic and diverts.
    pub parts: Parts,
    /// Tags at the end of the line.
    pub tags: List<Tag>,
    /// The whole line.
    pub span: Span,
}

/// A run of inline content. Most runs are one piece of text or one divert, which is kept in
/// place; longer runs are a list. Either way it reads as a slice of parts (and serialises as
/// one). Keeping the single part in place saves a large script an allocation on most lines.
#[derive(Clone, Debug, PartialEq)]
pub enum Parts {
    /// Exactly one part.
    One(Part),
    /// Any other number.
    Many(List<Part>),
}

impl Default for Parts {
    fn default() -> Self {
        Parts::Many(List::default())
    }
}

impl std::ops::Deref for Parts {
    type Target = [Part];

    fn deref(&self) -> &[Part] {
        match self {
            Parts::One(part) => std::slice::from_ref(part),
            Parts::Many(parts) => parts,
        }
    }
}

impl std::ops::DerefMut for Parts {
    fn deref_mut(&mut self) -> &mut [Part] {
        match self {
            Parts::One(part) => std::slice::from_mut(part),
            Parts::Many(parts) => parts,
        }
    }
}

impl<'p> IntoIterator for &'p Parts {
    type Item = &'p Part;
    type IntoIter = std::slice::Iter<'p, Part>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl From<Vec<Part>> for Parts {
    fn from(mut parts: Vec<Part>) -> Self {
        if parts.len() == 1
            && let Some(part) = parts.pop()
        {
            Parts::One(part)
        } else {
            Parts::Many(parts.into_boxed_slice())
        }
    }
}

impl FromIterator<Part> for Parts {
    fn from_iter<I: IntoIterator<Item = Part>>(iter: I) -> Self {
        iter.into_iter().collect::<Vec<_>>().into()
    }
}

impl Serialize for Parts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// A piece of inline content.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "part", rename_all = "snake_case")]
pub enum Part {
    /// Literal text, escapes resolved.
    Text {
        /// The text. Most pieces are short, and a short one is kept in place.
        text: compact_str::CompactString,
    },
    /// `<>`: no line break here.
    Glue,
    /// `{expr}`: the value printed.
    Print {
        /// What to print.
        expr: Box<Expr>,
    },
    /// `{cond: then|otherwise}`.
    Conditional(Box<Conditional>),
    /// `{a|b}`, `{&a|b}`, `{~a|b}`, `{!a|b}`.
    Alternatives(Box<Alternatives>),
    /// `-> target` and its tunnel forms.
    Divert(Box<Divert>),
}

/// `{cond: then|otherwise}`. Rare next to plain text, so it lives behind a box and a part
/// stays as small as a string: most lines are one or two parts, and a large script has many.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conditional {
    /// The condition.
    pub cond: Expr,
    /// Content when it holds.
    pub then: Parts,
    /// Content when it does not.
    pub otherwise: Option<Parts>,
    /// The whole `{...}`.
    pub span: Span,
}

/// `{a|b}`, `{&a|b}`, `{~a|b}`, `{!a|b}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alternatives {
    /// How the next item is picked.
    pub kind: AltKind,
    /// The items.
    pub items: List<Parts>,
    /// The whole `{...}`.
    pub span: Span,
}

/// How alternatives pick their next item (ink's sequence, cycle, shuffle and once-only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AltKind {
    /// `{a|b}`: one after another, then stay on the last.
    Stopping,
    /// `{&a|b}`: one after another, round and round.
    Cycle,
    /// `{!a|b}`: one after another, then nothing.
    Once,
    /// `{~a|b}`: random order, from the story's seed.
    Shuffle,
    /// `{ shuffle once: ...}`: random order, each once, then nothing.
    ShuffleOnce,
    /// `{ shuffle stopping: ...}`: random order, each once, then stay on the last.
    ShuffleStopping,
}

/// A divert: `-> a`, tunnels `-> a -> b ->`, or a tunnel return `->->`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Divert {
    /// Knots entered as tunnels, in order, before `then`.
    pub tunnels: List<Target>,
    /// Where the flow goes after the tunnels.
    pub then: Then,
    /// The whole divert.
    pub span: Span,
}

/// What a divert does after its tunnels.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "then", content = "target", rename_all = "snake_case")]
pub enum Then {
    /// Carry on after the divert (the divert ended in `->`, so all its targets were tunnels).
    Continue,
    /// Go to the target.
    Goto(Target),
    /// `->->`: return from the current tunnel.
    Return,
    /// `->-> target`: return from the current tunnel, then go to the target.
    ReturnTo(Target),
}

/// Where a divert goes: a dotted path with optional arguments.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Target {
    /// `knot`, `knot.stitch`, `label`, `END` or `DONE`.
    pub path: Path,
    /// Arguments for a knot or stitch with parameters.
    pub args: List<Expr>,
    /// The path and its arguments.
    pub span: Span,
}

/// A dotted name: `knot.stitch.label`, or a variable. It is kept as written, which is short
/// enough to need no heap; its names are read off the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Path {
    /// The path as written: `a.b.c`.
    pub text: compact_str::CompactString,
    /// The whole path.
    pub span: Span,
}

impl Path {
    /// The name, when the path is just one.
    #[must_use]
    pub fn single(&self) -> Option<&str> {
        (!self.text.contains('.')).then_some(self.text.as_str())
    }

    /// The dot-separated names.
    #[must_use]
    pub fn segments(&self) -> std::str::Split<'_, char> {
        self.text.split('.')
    }

    /// The first name, with where it stands.
    #[must_use]
    pub fn first(&self) -> Name {
        let text = self.segments().next().unwrap_or_default();
        let span = Span { end: self.span.start + text.len() as u32, ..self.span };
        Name { text: text.into(), span }
    }

    /// Everything before the last name, as a path, and the last name: `a.b.c` → (`a.b`, `c`).
    #[must_use]
    pub fn split_last(&self) -> Option<(Path, &str)> {
        let (prefix, last) = self.text.rsplit_once('.')?;
        let span = Span { end: self.span.start + prefix.len() as u32, ..self.span };
        Some((Path { text: prefix.into(), span }, last))
    }

    /// The last name.
    #[must_use]
    pub fn last(&self) -> &str {
        self.segments().next_back().unwrap_or_default()
    }
}

/// A choice: `* text`, `+ sticky`, with label, conditions and `[menu-only]` text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Choice {
    /// `+`: offered again after it was taken.
    pub sticky: bool,
    /// How many `*` or `+`: the nesting level, from 1.
    pub level: u32,
    /// `(name)`: for diverts and visit counts. Boxed, as most choices have none.
    pub label: Option<Box<Name>>,
    /// `{cond}`s: all must hold for the choice to be offered (or the branch to be taken).
    pub conditions: List<Expr>,
    /// Who speaks the output line (a response branch often gives the other person's reaction).
    pub voice: Voice,
    /// Text before `[`: shown in the menu and in the output.
    pub start: Parts,
    /// Text inside `[...]`: shown only in the menu.
    pub menu: Option<Parts>,
    /// Text after `]`: shown only in the output. Holds the divert of `* -> target`.
    pub after: Parts,
    /// Tags on the choice line.
    pub tags: List<Tag>,
    /// The content the choice leads to.
    pub body: List<Item>,
    /// The choice line.
    pub span: Span,
}

impl Choice {
    /// A fallback choice (`* -> target` or `* ->`) has no text at all: it is never shown, and
    /// it is taken when nothing else is (or, at a response point, when no other branch holds).
    #[must_use]
    pub fn is_fallback(&self) -> bool {
        let silent =
            |parts: &[Part]| parts.iter().all(|p| matches!(p, Part::Divert(_) | Part::Glue));
        self.menu.is_none() && silent(&self.start) && silent(&self.after)
    }
}

/// A gather, `-` (or `- -` nested), with an optional label and content on the same line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gather {
    /// How many `-`: the nesting level, from 1.
    pub level: u32,
    /// `(name)`.
    pub label: Option<Box<Name>>,
    /// Content on the gather's own line.
    pub line: Option<Line>,
    /// The gather line.
    pub span: Span,
}

/// A logic line, `~ ...`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Logic {
    /// What it does.
    pub kind: LogicKind,
    /// The whole line.
    pub span: Span,
}

/// What a logic line does.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "logic", rename_all = "snake_case")]
pub enum LogicKind {
    /// `~ temp x = value`.
    Temp {
        /// The new variable.
        name: Name,
        /// Its value.
        value: Expr,
    },
    /// `~ x = value`, `~ x += value`, `~ x -= value`, `~ x++`, `~ x--`.
    Assign {
        /// The variable.
        name: Name,
        /// `=`, `+=` or `-=` (`++` is `+= 1`).
        op: AssignOp,
        /// The value.
        value: Expr,
    },
    /// `~ return value` in a function.
    Return {
        /// The value, if any.
        value: Option<Expr>,
    },
    /// `~ expression`, usually a function call.
    Eval {
        /// The expression.
        expr: Expr,
    },
}

/// An assignment operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssignOp {
    /// `=`
    Set,
    /// `+=` (and `++`)
    Add,
    /// `-=` (and `--`)
    Sub,
}

/// A multi-line block: `{ - cond: ... - else: ... }`, `{ x: - 1: ... }`, `{ stopping: - a - b }`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Block {
    /// Which kind of block.
    pub kind: BlockKind,
    /// From the opening `{` to the closing `}`.
    pub span: Span,
}

/// The kinds of multi-line block.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "block", rename_all = "snake_case")]
pub enum BlockKind {
    /// The first arm whose condition holds runs; an arm without condition is `else`.
    Conditions {
        /// The arms.
        arms: Vec<Arm>,
    },
    /// The first arm whose value equals the subject runs; an arm without value is `else`.
    Switch {
        /// The value compared.
        subject: Expr,
        /// The arms.
        arms: Vec<Arm>,
    },
    /// One item runs each time, picked as for inline alternatives.
    Alternatives {
        /// How the next item is picked.
        kind: AltKind,
        /// The items.
        items: Vec<Vec<Item>>,
    },
}

/// One arm of a conditional or switch block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Arm {
    /// The condition or value; `None` for `else`.
    pub test: Option<Expr>,
    /// The content.
    pub body: Vec<Item>,
    /// The arm's `- test:` line.
    pub span: Span,
}

/// A response point: `?? prompt`, where the coachee types a free reply that is scored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResponsePoint {
    /// `?? (name) ...`: makes its verdict readable later as `name.style` and counts retries.
    pub label: Option<Box<Name>>,
    /// The question shown to the coachee.
    pub prompt: Parts,
    /// `# hint: ...`: shown when the coachee asks.
    pub hints: Vec<Tag>,
    /// `# example STYLE: ...`: model answers.
    pub examples: Vec<Example>,
    /// Other tags.
    pub tags: Vec<Tag>,
    /// The branches, tried in order; the first whose conditions hold is taken.
    pub branches: Vec<Choice>,
    /// The `??` line.
    pub span: Span,
}

/// `# example STYLE: text`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Example {
    /// The style it is labelled with.
    pub style: Name,
    /// The model answer.
    pub text: String,
    /// The whole tag.
    pub span: Span,
}

/// A record prompt: `?= name: prompt`; the reply is kept in the variable `name`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Record {
    /// The variable that receives the reply.
    pub var: Name,
    /// The question shown.
    pub prompt: Parts,
    /// `# hint: ...` tags.
    pub hints: Vec<Tag>,
    /// Other tags.
    pub tags: Vec<Tag>,
    /// The `?=` line.
    pub span: Span,
}

/// An expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where.
    pub span: Span,
}

/// The kinds of expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "expr", content = "value", rename_all = "snake_case")]
pub enum ExprKind {
    /// `42`
    Int(i64),
    /// `4.2`
    Float(f64),
    /// `"text"`
    Str(String),
    /// `true`, `false`
    Bool(bool),
    /// `-> knot`: a divert target as a value.
    Target(Path),
    /// A variable, a visit count (`knot`, `knot.stitch`, `label`) or a reply cue (`assertive`).
    Var(Path),
    /// `f(a, b)`. Rare next to names and numbers, so it lives behind a box and keeps every
    /// expression small.
    Call(Box<Call>),
    /// `not x`, `-x`
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        expr: Box<Expr>,
    },
    /// `a + b`, `a and b`, ...
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Both operands, in one box.
        #[serde(flatten)]
        operands: Box<Operands>,
    },
}

/// `f(a, b)`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Call {
    /// The function.
    pub name: Name,
    /// The arguments.
    pub args: List<Expr>,
}

/// The operands of a binary operation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Operands {
    /// Left operand.
    pub lhs: Expr,
    /// Right operand.
    pub rhs: Expr,
}

/// A prefix operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnaryOp {
    /// `not`, `!`
    Not,
    /// `-`
    Neg,
}

/// An infix operator, loosest binding first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BinaryOp {
    /// `or`, `||`
    Or,
    /// `and`, `&&`
    And,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `?`, `has`: the left string contains the right one.
    Has,
    /// `!?`, `hasnt`
    HasNot,
    /// `+` (numbers add, strings join)
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`, `mod`
    Mod,
}

impl BinaryOp {
    /// The operator as an author would write it.
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Has => "?",
            BinaryOp::HasNot => "!?",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Mod => "%",
        }
    }
}

/// Expressions print in canonical form: `assertive and not hedge`, `tries > 1`, `-> knot`.
impl std::fmt::Display for Expr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ExprKind::Int(n) => write!(f, "{n}"),
            ExprKind::Float(x) => write!(f, "{x:?}"),
            ExprKind::Str(s) => write!(f, "\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
            ExprKind::Bool(b) => write!(f, "{b}"),
            ExprKind::Target(p) => write!(f, "-> {}", p.text),
            ExprKind::Var(p) => f.write_str(&p.text),
            ExprKind::Call(call) => {
                let Call { name, args } = &**call;
                write!(f, "{}(", name.text)?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
            ExprKind::Unary { op: UnaryOp::Not, expr } => write!(f, "not {}", Paren(expr)),
            ExprKind::Unary { op: UnaryOp::Neg, expr } => write!(f, "-{}", Paren(expr)),
            ExprKind::Binary { op, operands } => {
                let Operands { lhs, rhs } = &**operands;
                write!(f, "{} {} {}", Paren(lhs), op.symbol(), Paren(rhs))
            }
        }
    }
}

/// A choice's or branch's conditions as written, joined with `and`; `fallback` when it has none.
#[must_use]
pub fn conditions_text(conditions: &[Expr]) -> String {
    if conditions.is_empty() {
        return "fallback".to_string();
    }
    conditions.iter().map(ToString::to_string).collect::<Vec<_>>().join(" and ")
}

/// An operand, in parentheses when it is itself an operation.
struct Paren<'e>(&'e Expr);

impl std::fmt::Display for Paren<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0.kind {
            ExprKind::Binary { .. } => write!(f, "({})", self.0),
            _ => write!(f, "{}", self.0),
        }
    }
}
