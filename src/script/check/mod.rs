//! Semantic checks after parsing: names (diverts, variables, functions, labels), response
//! points (fallbacks, style and cue names, examples), static types, and the flow warnings
//! computed over the graph of knots ([`flow`]). Every problem is a [`Diagnostic`] with a code.

mod flow;
mod header;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::score::style::{CONFIDENCE, CUES, Style, cue_style};
use crate::script::ast::{
    Alternatives, BinaryOp, Block, BlockKind, Call, Choice, Conditional, Divert, Expr, ExprKind,
    Item, List, LogicKind, Param, Part, Path, ResponsePoint, Script, Target, Then, UnaryOp,
};
use crate::script::load::Parsed;
use crate::script::names::{Duplicate, Place, Symbols};
use crate::script::source::Span;

pub use header::{KEYS, LANGS, cast_names, header, speaker};

/// Built-in functions and how many arguments each takes.
pub const BUILTINS: &[(&str, usize)] = &[
    ("CHOICE_COUNT", 0),
    ("TURNS", 0),
    ("TURNS_SINCE", 1),
    ("READ_COUNT", 1),
    ("SEED_RANDOM", 1),
    ("RANDOM", 2),
    ("INT", 1),
    ("FLOOR", 1),
    ("CEILING", 1),
    ("FLOAT", 1),
    ("POW", 2),
    ("MIN", 2),
    ("MAX", 2),
];

/// Runs every check on a parsed scenario, adding to its diagnostics, and sorts them by place.
pub fn check(parsed: &mut Parsed) {
    let mut checker = Checker::new(&parsed.script);
    checker.cues = &parsed.cues;
    checker.run();
    let Checker { diagnostics, graph, sym, .. } = checker;
    parsed.diagnostics.extend(diagnostics);
    // The route warnings read the graph of diverts, which errors leave incomplete: an unknown
    // target would also make its intended knot look unreachable. They wait until it is whole.
    let has_errors = parsed.diagnostics.iter().any(|d| d.severity() == Severity::Error);
    flow::warnings(&parsed.script, &sym, &graph, !has_errors, &mut parsed.diagnostics);
    parsed.diagnostics.sort_by_key(|d| (d.span.file, d.span.start, d.code));
    parsed.diagnostics.dedup();
}

/// The closest candidate to a misspelt name, if one is close enough to be a likely typo.
pub fn suggest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let limit = (word.chars().count() / 3).max(1);
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|&(d, _)| d <= limit && d < word.chars().count())
        .min()
        .map(|(_, c)| c)
}

/// Whether items hold more than tags.
fn has_content(items: &[Item]) -> bool {
    items.iter().any(|i| !matches!(i, Item::Tags { .. }))
}

/// Visits every item, nested ones included.
pub fn walk_items<'a>(items: &'a [Item], f: &mut impl FnMut(&'a Item)) {
    for item in items {
        f(item);
        for_children(item, |children| walk_items(children, f));
    }
}

/// Calls `f` on each list of items nested directly in `item`.
pub fn for_children<'a>(item: &'a Item, mut f: impl FnMut(&'a [Item])) {
    match item {
        Item::Choice(c) => f(&c.body),
        Item::Response(p) => p.branches.iter().for_each(|b| f(&b.body)),
        Item::Block(b) => match &b.kind {
            BlockKind::Conditions { arms } | BlockKind::Switch { arms, .. } => {
                for arm in arms {
                    f(&arm.body);
                }
            }
            BlockKind::Alternatives { items, .. } => items.iter().for_each(|i| f(i)),
        },
        _ => {}
    }
}

/// The static type of an expression, where it can be known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    Int,
    Float,
    Bool,
    Str,
    Target,
    Unknown,
}

impl Ty {
    fn of_literal(kind: &ExprKind) -> Ty {
        match kind {
            ExprKind::Int(_) => Ty::Int,
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::Target(_) => Ty::Target,
            _ => Ty::Unknown,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Ty::Int => "a whole number",
            Ty::Float => "a number",
            Ty::Bool => "true/false",
            Ty::Str => "text",
            Ty::Target => "a divert target",
            Ty::Unknown => "a value",
        }
    }
}

/// The graph of containers (the top, each knot body, each stitch) the flow warnings need,
/// numbered as [`Symbols::container`] numbers them.
#[derive(Debug, Default)]
pub struct Graph {
    /// Diverts between containers, as (from, to), in the order they were found.
    edges: Vec<(usize, usize)>,
    /// Containers with `-> END`, `-> DONE` or `->->`.
    ends: Vec<bool>,
    /// Containers whose flow can run past their last item.
    through: Vec<bool>,
    /// The top and knot bodies with content other than tags (a knot without runs on into
    /// its first stitch). Stitches are not counted.
    content: Vec<bool>,
}

/// Where the checker stands while walking a container.
#[derive(Clone, Default)]
struct Cx<'s> {
    knot: Option<usize>,
    stitch: Option<usize>,
    /// Where the parameters and `~ temp` names in scope come from.
    locals: Locals<'s>,
    function: bool,
    /// Inside a response point's branch conditions: styles and cues are names.
    verdict: bool,
    node: usize,
}

/// The local names in scope: the parameters and `~ temp`s of a container, and for a stitch
/// also those of its knot's body.
#[derive(Clone, Copy, Default)]
struct Locals<'s> {
    /// The containers whose `~ temp`s are in scope.
    containers: [Option<usize>; 2],
    /// The parameters in scope.
    params: [&'s [Param]; 2],
}

struct GlobalInfo {
    constant: bool,
    ty: Ty,
}

struct Checker<'s> {
    script: &'s Script,
    sym: Symbols<'s>,
    globals: HashMap<&'s str, GlobalInfo>,
    diagnostics: Vec<Diagnostic>,
    graph: Graph,
    /// Cues of the scenario's own pattern pack.
    cues: &'s [String],
    /// The styles, cues and `confidence`, less any the script also defines as a name of its
    /// own: a branch condition's name found here needs no look-up in the large name tables.
    verdict_words: HashSet<&'s str>,
}

impl<'s> Checker<'s> {
    fn new(script: &'s Script) -> Self {
        Checker {
            script,
            sym: Symbols::default(),
            globals: HashMap::default(),
            diagnostics: Vec::new(),
            graph: Graph::default(),
            cues: &[],
            verdict_words: HashSet::default(),
        }
    }

    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn run(&mut self) {
        self.collect();
        let script = self.script;
        for g in &script.globals {
            let cx = Cx::default();
            self.expr(&g.value, &cx);
            if !matches!(Ty::of_literal(&g.value.kind), Ty::Unknown)
                || matches!(g.value.kind, ExprKind::Unary { .. })
            {
                continue;
            }
            if !matches!(g.value.kind, ExprKind::Var(_) | ExprKind::Binary { .. }) {
                self.error(
                    Diagnostic::new(Code::BadExpression, g.value.span, "a global's first value must be written out")
                        .help("give a number, text in quotes, true/false or `-> knot`; compute later values with `~`"),
                );
            }
        }
        let top = Cx {
            locals: Locals { containers: [Some(0), None], params: [&[], &[]] },
            ..Cx::default()
        };
        self.graph.through[0] = self.items(&script.top, &top);
        self.graph.content[0] = has_content(&script.top);
        for (k, knot) in script.knots.iter().enumerate() {
            let node = self.sym.container(Some(k), None);
            let locals = Locals { containers: [Some(node), None], params: [&knot.params, &[]] };
            let cx = Cx {
                knot: Some(k),
                stitch: None,
                locals,
                function: knot.function,
                verdict: false,
                node,
            };
            self.graph.through[node] = self.items(&knot.body, &cx);
            self.graph.content[node] = has_content(&knot.body);
            for (s, stitch) in knot.stitches.iter().enumerate() {
                let stitch_node = self.sym.container(Some(k), Some(s));
                let locals = Locals {
                    containers: [Some(stitch_node), Some(node)],
                    params: [&stitch.params, &knot.params],
                };
                let scx = Cx { stitch: Some(s), locals, node: stitch_node, ..cx.clone() };
                self.graph.through[stitch_node] = self.items(&stitch.body, &scx);
            }
        }
    }

    /// Builds the symbol tables and reports duplicate names.
    fn collect(&mut self) {
        let script = self.script;
        let (sym, dups) = Symbols::collect(script);
        self.sym = sym;
        for dup in dups {
            let d = match dup {
                Duplicate::Knot(name) => Diagnostic::new(
                    Code::Duplicate,
                    name.span,
                    format!("a knot or function named `{}` already exists", name.text),
                )
                .label("defined again here")
                .help("rename one of them; diverts cannot tell two knots of one name apart"),
                Duplicate::Stitch(knot, name) => Diagnostic::new(
                    Code::Duplicate,
                    name.span,
                    format!("knot `{}` already has a stitch named `{}`", knot.text, name.text),
                ),
                Duplicate::Label(name) => Diagnostic::new(
                    Code::Duplicate,
                    name.span,
                    format!("the label `{}` is used twice here", name.text),
                ),
            };
            self.error(d);
        }
        self.graph.ends = vec![false; self.sym.containers];
        self.graph.through = vec![false; self.sym.containers];
        self.graph.content = vec![false; self.sym.containers];
        for g in &script.globals {
            if self.globals.contains_key(g.name.text.as_str()) {
                self.error(Diagnostic::new(
                    Code::Duplicate,
                    g.name.span,
                    format!("the variable `{}` is declared twice", g.name.text),
                ));
                continue;
            }
            if self.sym.knots.contains_key(g.name.text.as_str()) {
                self.error(
                    Diagnostic::new(
                        Code::Duplicate,
                        g.name.span,
                        format!("`{}` is both a variable and a knot", g.name.text),
                    )
                    .help("a knot's name already counts its visits; rename the variable"),
                );
            }
            let ty = Ty::of_literal(&g.value.kind);
            self.globals.insert(&g.name.text, GlobalInfo { constant: g.constant, ty });
        }
        let words = Style::ALL.iter().map(|s| s.name()).chain(CUES.iter().map(|(c, _)| *c));
        let words = words.chain(self.cues.iter().map(String::as_str)).chain([CONFIDENCE]);
        self.verdict_words = words.filter(|w| self.sym.kinds(w) == 0).collect();
        // A record prompt declares its variable when no VAR does.
        for &name in &self.sym.records {
            self.globals.entry(name).or_insert(GlobalInfo { constant: false, ty: Ty::Str });
        }
    }

    // ----- walking content -----------------------------------------------------------------

    /// Checks the items, and says whether the flow can run past their end without a divert
    /// taking it elsewhere (the flow warnings need this: content that runs out is W006).
    fn items(&mut self, items: &'s [Item], cx: &Cx<'s>) -> bool {
        let mut through = true;
        // In a run of choices: whether any of them lets the flow through.
        let mut choices: Option<bool> = None;
        for item in items {
            if !matches!(item, Item::Choice(_))
                && let Some(any) = choices.take()
            {
                through &= any;
            }
            let stops = match item {
                Item::Line(line) => self.parts(&line.parts, cx),
                Item::Choice(choice) => {
                    if cx.function {
                        self.error(
                            Diagnostic::new(Code::Misplaced, choice.span, "a function cannot offer choices")
                                .help("turn the function into a knot and divert to it, or move the choice out"),
                        );
                    }
                    let passes = self.choice(choice, cx);
                    *choices.get_or_insert(false) |= passes;
                    false
                }
                Item::Gather(g) => g.line.as_ref().is_some_and(|line| self.parts(&line.parts, cx)),
                Item::Logic(logic) => {
                    self.logic(&logic.kind, logic.span, cx);
                    false
                }
                Item::Block(block) => self.block(block, cx),
                Item::Response(point) => self.response(point, cx),
                Item::Record(record) => {
                    if cx.function {
                        self.error(Diagnostic::new(
                            Code::Misplaced,
                            record.span,
                            "a function cannot ask for a reply",
                        ));
                    }
                    self.parts(&record.prompt, cx);
                    false
                }
                Item::Tags { .. } => false,
            };
            through &= !stops;
        }
        through && choices.is_none_or(|any| any)
    }

    /// Checks the parts, and says whether a divert among them always takes the flow elsewhere.
    fn parts(&mut self, parts: &'s [Part], cx: &Cx<'s>) -> bool {
        let mut away = false;
        for part in parts {
            match part {
                Part::Text { .. } | Part::Glue => {}
                Part::Print { expr } => {
                    self.expr(expr, cx);
                }
                Part::Conditional(c) => {
                    let Conditional { cond, then, otherwise, .. } = &**c;
                    self.expr(cond, cx);
                    self.parts(then, cx);
                    if let Some(o) = otherwise {
                        self.parts(o, cx);
                    }
                }
                Part::Alternatives(a) => {
                    let Alternatives { items, .. } = &**a;
                    for item in items {
                        self.parts(item, cx);
                    }
                }
                Part::Divert(d) => {
                    self.divert(d, cx);
                    away |= d.then != Then::Continue;
                }
            }
        }
        away
    }

    /// Checks a choice, and says whether the flow can run on past it once it is taken.
    fn choice(&mut self, choice: &'s Choice, cx: &Cx<'s>) -> bool {
        for cond in &choice.conditions {
            self.expr(cond, cx);
        }
        let start_away = self.parts(&choice.start, cx);
        if let Some(menu) = &choice.menu {
            self.parts(menu, cx);
        }
        let after_away = self.parts(&choice.after, cx);
        let body_through = self.items(&choice.body, cx);
        !start_away && !after_away && body_through
    }

    /// Checks a block, and says whether it always stops the flow: every way through it ends
    /// in a divert elsewhere.
    fn block(&mut self, block: &'s Block, cx: &Cx<'s>) -> bool {
        match &block.kind {
            BlockKind::Conditions { arms } | BlockKind::Switch { arms, .. } => {
                if let BlockKind::Switch { subject, .. } = &block.kind {
                    self.expr(subject, cx);
                }
                let mut all_stop = true;
                for arm in arms {
                    if let Some(test) = &arm.test {
                        self.expr(test, cx);
                    }
                    all_stop &= !self.items(&arm.body, cx);
                }
                all_stop && arms.iter().any(|a| a.test.is_none())
            }
            BlockKind::Alternatives { items, .. } => {
                let mut all_stop = true;
                for item in items {
                    all_stop &= !self.items(item, cx);
                }
                all_stop && !items.is_empty()
            }
        }
    }

    fn logic(&mut self, kind: &'s LogicKind, span: Span, cx: &Cx<'s>) {
        match kind {
            LogicKind::Temp { value, .. } | LogicKind::Eval { expr: value } => {
                self.expr(value, cx);
            }
            LogicKind::Return { value } => {
                if !cx.function {
                    self.error(
                        Diagnostic::new(Code::Misplaced, span, "`~ return` outside a function")
                            .help("only a `=== function name ===` returns a value; use `->->` to end a tunnel"),
                    );
                }
                if let Some(v) = value {
                    self.expr(v, cx);
                }
            }
            LogicKind::Assign { name, value, op } => {
                let value_ty = self.expr(value, cx);
                let n = name.text.as_str();
                if self.is_local(n, cx) {
                    return;
                }
                if let Some(g) = self.globals.get(n) {
                    if g.constant {
                        self.error(
                            Diagnostic::new(
                                Code::AssignConstant,
                                name.span,
                                format!("`{n}` is a constant"),
                            )
                            .help(format!("declare it with `VAR {n} = ...` if it should change")),
                        );
                    } else if *op != crate::script::ast::AssignOp::Set
                        && matches!(g.ty, Ty::Str | Ty::Bool)
                        && (g.ty == Ty::Bool || value_ty != Ty::Str)
                    {
                        self.type_error(
                            name.span,
                            format!("cannot add to or subtract from {}", g.ty.word()),
                        );
                    }
                    return;
                }
                if self.sym.knots.contains_key(n) {
                    self.error(
                        Diagnostic::new(
                            Code::AssignConstant,
                            name.span,
                            format!("`{n}` is a knot; its visit count cannot be set"),
                        )
                        .help("keep your own count in a `VAR`"),
                    );
                    return;
                }
                let near = self.near_variable(n, cx);
                let mut d = Diagnostic::new(
                    Code::UndefinedVariable,
                    name.span,
                    format!("`{n}` is not declared"),
                );
                d.help = Some(match near {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!(
                        "add `VAR {n} = 0` at the top, or write `~ temp {n} = ...` for a local variable"
                    ),
                });
                self.error(d);
            }
        }
    }

    /// Checks a response point, and says whether every branch takes the flow elsewhere.
    fn response(&mut self, point: &'s ResponsePoint, cx: &Cx<'s>) -> bool {
        if cx.function {
            self.error(Diagnostic::new(
                Code::Misplaced,
                point.span,
                "a function cannot ask for a reply",
            ));
        }
        self.parts(&point.prompt, cx);
        // Per style (in `Style::ALL` order): whether an example shows it.
        let mut has_example = [false; Style::ALL.len()];
        for ex in &point.examples {
            if let Some(style) = Style::from_name(&ex.style.text) {
                has_example[style as usize] = true;
            } else {
                let near = suggest(&ex.style.text, Style::ALL.iter().map(|s| s.name()));
                self.error(
                    Diagnostic::new(Code::UnknownExampleStyle, ex.style.span, format!("unknown style `{}`", ex.style.text))
                        .help(match near {
                            Some(n) => format!("did you mean `{n}`?"),
                            None => "the styles are `assertive`, `passive`, `aggressive` and `passive_aggressive`".into(),
                        }),
                );
            }
        }
        if point.branches.is_empty() {
            self.error(
                Diagnostic::new(Code::NoBranches, point.span, "this response point has no branches")
                    .help("follow it with branches such as `* {assertive} ...` and a fallback `* -> knot`"),
            );
            return false;
        }
        let vcx = Cx { verdict: true, ..cx.clone() };
        let mut tested = [None; Style::ALL.len()];
        let mut catch_all: Option<&Choice> = None;
        let mut any_through = false;
        for branch in &point.branches {
            if catch_all.is_some() {
                self.error(
                    Diagnostic::new(
                        Code::DeadBranch,
                        branch.span,
                        "this branch comes after the fallback and is never taken",
                    )
                    .help("move the fallback (the branch without a condition) to the end"),
                );
            }
            for cond in &branch.conditions {
                self.expr(cond, &vcx);
                styles_in(cond, &mut tested);
            }
            if branch.conditions.is_empty() && catch_all.is_none() {
                catch_all = Some(branch);
            }
            let start_away = self.parts(&branch.start, cx);
            let after_away = self.parts(&branch.after, cx);
            let body_through = self.items(&branch.body, cx);
            any_through |= !start_away && !after_away && body_through;
        }
        if catch_all.is_none() {
            self.error(
                Diagnostic::new(
                    Code::NoFallback,
                    point.span,
                    "this response point has no fallback branch",
                )
                .label("a reply that fits no branch has nowhere to go")
                .help("add a last branch without a condition, such as `* -> try_again`"),
            );
        }
        for style in Style::ALL {
            if let Some(span) = tested[style as usize]
                && !has_example[style as usize]
            {
                self.error(
                    Diagnostic::new(Code::MissingExample, span, format!("a branch tests `{style}` but there is no example of it"))
                        .help(format!("add `# example {style}: ...` under the `??` line; `rehearse test` checks it scores as {style}")),
                );
            }
        }
        !any_through
    }

    // ----- names ---------------------------------------------------------------------------

    fn divert(&mut self, d: &'s Divert, cx: &Cx<'s>) {
        for t in &d.tunnels {
            self.args(t, cx);
            self.target(t, cx, true);
        }
        match &d.then {
            Then::Goto(t) | Then::ReturnTo(t) => {
                self.args(t, cx);
                self.target(t, cx, false);
            }
            Then::Continue => {}
            Then::Return => self.graph.ends[cx.node] = true,
        }
        if matches!(d.then, Then::ReturnTo(_)) {
            self.graph.ends[cx.node] = true;
        }
    }

    fn args(&mut self, t: &'s Target, cx: &Cx<'s>) {
        for arg in &t.args {
            self.expr(arg, cx);
        }
    }

    /// Resolves a divert target, reports it when unknown, and records the edge for the flow
    /// warnings.
    fn target(&mut self, t: &Target, cx: &Cx<'s>, tunnel: bool) {
        let dotted = || t.path.text.to_string();
        if let Some(n) = t.path.single()
            && (self.is_local(n, cx) || self.globals.get(n).is_some_and(|g| g.ty == Ty::Target))
        {
            return;
        }
        match self.resolve(&t.path, cx) {
            Some(Place::End) => {
                if tunnel {
                    self.error(Diagnostic::new(
                        Code::UnknownTarget,
                        t.span,
                        format!("`{}` cannot be a tunnel", dotted()),
                    ));
                }
                self.graph.ends[cx.node] = true;
            }
            Some(place) => {
                if let Place::Knot(k) = place {
                    let knot = &self.script.knots[k];
                    if knot.function {
                        self.error(
                            Diagnostic::new(
                                Code::UnknownTarget,
                                t.span,
                                format!("`{}` is a function, not a knot", dotted()),
                            )
                            .help(format!(
                                "call it in logic, `~ {0}()`, or print it, `{{{0}()}}`",
                                dotted()
                            )),
                        );
                        return;
                    }
                    self.arity(&knot.params, t.args.len(), t.span, dotted);
                }
                if let Place::Stitch(k, s) = place {
                    let params = &self.script.knots[k].stitches[s].params;
                    self.arity(params, t.args.len(), t.span, dotted);
                }
                let to = match place {
                    Place::Knot(k) | Place::Label(k, None, _) => self.sym.container(Some(k), None),
                    Place::TopLabel(_) => 0,
                    Place::Stitch(k, s) | Place::Label(k, Some(s), _) => {
                        self.sym.container(Some(k), Some(s))
                    }
                    Place::End => unreachable!("handled above"),
                };
                self.graph.edges.push((cx.node, to));
            }
            None => {
                let dotted = dotted();
                let near = self.near_target(&dotted, cx);
                let mut d = Diagnostic::new(
                    Code::UnknownTarget,
                    t.path.span,
                    format!("unknown divert target `{dotted}`"),
                );
                d.help = Some(match near {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!(
                        "add a knot `=== {dotted} ===`, or divert to an existing knot, stitch or label"
                    ),
                });
                self.error(d);
            }
        }
    }

    fn arity(&mut self, params: &[Param], given: usize, span: Span, what: impl FnOnce() -> String) {
        if params.len() != given {
            let what = what();
            let names: Vec<&str> = params.iter().map(|p| p.name.text.as_str()).collect();
            self.error(
                Diagnostic::new(
                    Code::WrongArguments,
                    span,
                    format!(
                        "`{what}` takes {} argument{}, but {given} {} given",
                        params.len(),
                        plural(params.len()),
                        if given == 1 { "is" } else { "are" }
                    ),
                )
                .help(if names.is_empty() {
                    format!("write `{what}` without parentheses")
                } else {
                    format!("it is declared as `{what}({})`", names.join(", "))
                }),
            );
        }
    }

    /// Finds what a path names from where the checker stands.
    fn resolve(&self, path: &Path, cx: &Cx<'s>) -> Option<Place> {
        self.sym.resolve(path, cx.knot, cx.stitch)
    }

    /// Whether a name is a parameter or `~ temp` where the checker stands.
    fn is_local(&self, name: &str, cx: &Cx<'s>) -> bool {
        cx.locals.params.iter().any(|ps| ps.iter().any(|p| p.name.text == name))
            || (self.sym.is_temp_name(name)
                && cx
                    .locals
                    .containers
                    .iter()
                    .flatten()
                    .any(|&c| self.sym.temps.contains(&(c, name))))
    }

    fn near_target(&self, dotted: &str, cx: &Cx<'s>) -> Option<String> {
        let mut names: Vec<String> = self.sym.knots.keys().map(|k| (*k).to_string()).collect();
        if let Some(k) = cx.knot {
            let stitches = self.sym.stitches.keys().filter(|(o, _)| *o == k);
            names.extend(stitches.map(|(_, s)| (*s).to_string()));
            let containers = self.sym.container(Some(k), None)
                ..=self.sym.container(Some(k), self.script.knots[k].stitches.len().checked_sub(1));
            let labels = self.sym.labels.keys().filter(|(c, _)| containers.contains(c));
            names.extend(labels.map(|(_, l)| (*l).to_string()));
        }
        for (k, s) in self.sym.stitches.keys() {
            names.push(format!("{}.{s}", self.script.knots[*k].name.text));
        }
        names.extend(["END".to_string(), "DONE".to_string()]);
        suggest(dotted, names.iter().map(String::as_str)).map(str::to_string)
    }

    fn near_variable(&self, name: &str, cx: &Cx<'s>) -> Option<String> {
        let mut names: Vec<&str> = self.globals.keys().copied().collect();
        names.extend(cx.locals.params.iter().flat_map(|p| p.iter().map(|p| p.name.text.as_str())));
        let temps = self.sym.temps.iter().filter(|(c, _)| cx.locals.containers.contains(&Some(*c)));
        names.extend(temps.map(|(_, t)| *t));
        if cx.verdict {
            names.extend(Style::ALL.iter().map(|s| s.name()));
            names.extend(CUES.iter().map(|(c, _)| *c));
            names.extend(self.cues.iter().map(String::as_str));
            names.push(CONFIDENCE);
        }
        names.extend(self.sym.knots.keys().copied());
        suggest(name, names).map(str::to_string)
    }

    // ----- expressions ---------------------------------------------------------------------

    fn type_error(&mut self, span: Span, message: String) {
        self.error(Diagnostic::new(Code::TypeMismatch, span, message).help(
            "a variable keeps the kind of its first value: `VAR n = 0` is a number, `VAR s = \"\"` text, `VAR b = false` true/false",
        ));
    }

    fn expr(&mut self, e: &'s Expr, cx: &Cx<'s>) -> Ty {
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {
                Ty::of_literal(&e.kind)
            }
            ExprKind::Target(path) => {
                let t = Target { path: path.clone(), args: List::default(), span: e.span };
                // A divert target value is a route to that knot; check it like a divert.
                let before = self.diagnostics.len();
                self.target(&t, cx, false);
                if self.diagnostics.len() > before {
                    return Ty::Unknown;
                }
                Ty::Target
            }
            ExprKind::Var(path) => self.variable(path, cx),
            ExprKind::Call(call) => {
                let Call { name, args } = &**call;
                for a in args {
                    self.expr(a, cx);
                }
                let n = name.text.as_str();
                if let Some(&(_, count)) = BUILTINS.iter().find(|(b, _)| *b == n) {
                    if args.len() != count {
                        self.error(Diagnostic::new(
                            Code::WrongArguments,
                            e.span,
                            format!(
                                "`{n}` takes {count} argument{}, but {} {} given",
                                plural(count),
                                args.len(),
                                if args.len() == 1 { "is" } else { "are" }
                            ),
                        ));
                    }
                    return match n {
                        "FLOAT" => Ty::Float,
                        "SEED_RANDOM" | "POW" | "MIN" | "MAX" => Ty::Unknown,
                        _ => Ty::Int,
                    };
                }
                match self.sym.knots.get(n) {
                    Some(&k) if self.script.knots[k].function => {
                        let params = &self.script.knots[k].params;
                        self.arity(params, args.len(), e.span, || n.to_string());
                        Ty::Unknown
                    }
                    Some(_) => {
                        self.error(
                            Diagnostic::new(
                                Code::WrongArguments,
                                name.span,
                                format!("`{n}` is a knot, not a function"),
                            )
                            .help(format!(
                                "divert to it with `-> {n}`, or declare it `=== function {n} ===`"
                            )),
                        );
                        Ty::Unknown
                    }
                    None => {
                        let functions = self
                            .script
                            .knots
                            .iter()
                            .filter(|k| k.function)
                            .map(|k| k.name.text.as_str());
                        let near = suggest(n, functions.chain(BUILTINS.iter().map(|(b, _)| *b)));
                        let mut d = Diagnostic::new(
                            Code::UndefinedVariable,
                            name.span,
                            format!("unknown function `{n}`"),
                        );
                        d.help = Some(match near {
                            Some(near) => format!("did you mean `{near}`?"),
                            None => format!("declare it with `=== function {n}() ===`"),
                        });
                        self.error(d);
                        Ty::Unknown
                    }
                }
            }
            ExprKind::Unary { op, expr } => {
                let t = self.expr(expr, cx);
                match op {
                    UnaryOp::Neg if matches!(t, Ty::Str | Ty::Bool | Ty::Target) => {
                        self.type_error(e.span, format!("cannot negate {}", t.word()));
                        Ty::Unknown
                    }
                    UnaryOp::Neg => t,
                    UnaryOp::Not => Ty::Bool,
                }
            }
            ExprKind::Binary { op, operands } => {
                let (l, r) = (self.expr(&operands.lhs, cx), self.expr(&operands.rhs, cx));
                self.binary(*op, l, r, e)
            }
        }
    }

    fn binary(&mut self, op: BinaryOp, l: Ty, r: Ty, e: &Expr) -> Ty {
        use BinaryOp as B;
        let numeric = |t: Ty| matches!(t, Ty::Int | Ty::Float | Ty::Unknown);
        let known = |t: Ty| t != Ty::Unknown;
        match op {
            B::Or | B::And => Ty::Bool,
            B::Eq | B::Ne => {
                if known(l)
                    && known(r)
                    && l != r
                    && !(numeric(l) && numeric(r))
                    && !(matches!(l, Ty::Bool | Ty::Int) && matches!(r, Ty::Bool | Ty::Int))
                {
                    self.type_error(
                        e.span,
                        format!("compares {} with {}; they are never equal", l.word(), r.word()),
                    );
                }
                Ty::Bool
            }
            B::Lt | B::Le | B::Gt | B::Ge => {
                if !numeric(l) || !numeric(r) {
                    self.type_error(
                        e.span,
                        format!(
                            "`{}` compares numbers, not {} and {}",
                            op.symbol(),
                            l.word(),
                            r.word()
                        ),
                    );
                }
                Ty::Bool
            }
            B::Has | B::HasNot => {
                if (known(l) && l != Ty::Str) || (known(r) && r != Ty::Str) {
                    self.type_error(
                        e.span,
                        format!(
                            "`{}` looks for text in text, not {} in {}",
                            op.symbol(),
                            r.word(),
                            l.word()
                        ),
                    );
                }
                Ty::Bool
            }
            B::Add if l == Ty::Str || r == Ty::Str => {
                if l == Ty::Target || r == Ty::Target {
                    self.type_error(e.span, "cannot join a divert target to text".into());
                }
                Ty::Str
            }
            B::Add | B::Sub | B::Mul | B::Div | B::Mod => {
                if !numeric(l) || !numeric(r) {
                    let bad = if numeric(l) { r } else { l };
                    self.type_error(
                        e.span,
                        format!("`{}` needs numbers, but one side is {}", op.symbol(), bad.word()),
                    );
                    return Ty::Unknown;
                }
                if l == Ty::Float || r == Ty::Float {
                    Ty::Float
                } else if known(l) && known(r) {
                    Ty::Int
                } else {
                    Ty::Unknown
                }
            }
        }
    }

    fn variable(&mut self, path: &'s Path, cx: &Cx<'s>) -> Ty {
        if let Some(n) = path.single() {
            if self.is_local(n, cx) {
                return Ty::Unknown;
            }
            if let Some(g) = self.globals.get(n) {
                return g.ty;
            }
            // Names the script defines nowhere need no scoped look-up: in a branch condition,
            // that is every style and cue.
            if cx.verdict && (self.verdict_words.contains(n) || self.sym.kinds(n) == 0) {
                return self.verdict_name(n, path.span);
            }
            // A response point's label counts its answers, readable from anywhere when unique.
            if self.sym.responses.get(n) == Some(&1) {
                return Ty::Int;
            }
        }
        if self.resolve(path, cx).is_some_and(|p| p != Place::End) {
            return Ty::Int;
        }
        // `label.cue`: the verdict of a labelled response point.
        if let Some((prefix, last)) = path.split_last() {
            let unique_response =
                prefix.single().is_some_and(|p| self.sym.responses.get(p) == Some(&1));
            if unique_response
                || matches!(
                    self.resolve(&prefix, cx),
                    Some(Place::Label(_, _, true) | Place::TopLabel(true))
                )
            {
                let span = Span { start: path.span.end - last.len() as u32, ..path.span };
                return self.verdict_name(last, span);
            }
        }
        if cx.verdict && path.single().is_some() {
            return self.verdict_name(&path.text, path.span);
        }
        let dotted = path.text.as_str();
        let near = self.near_variable(dotted, cx);
        let mut d = Diagnostic::new(
            Code::UndefinedVariable,
            path.span,
            format!("`{dotted}` is not defined"),
        );
        d.help = Some(match near {
            Some(near) => format!("did you mean `{near}`?"),
            None if Style::from_name(dotted).is_some() || cue_style(dotted).is_some() => {
                "style and cue names work in a response point's branches; elsewhere label the point, `?? (ask) ...`, and write `ask.assertive`".into()
            }
            None => format!("declare it with `VAR {dotted} = 0` at the top, or `~ temp {dotted} = ...` in this knot"),
        });
        self.error(d);
        Ty::Unknown
    }

    /// A style, cue or `confidence` in a branch condition (or after `label.`), at `span`.
    fn verdict_name(&mut self, n: &str, span: Span) -> Ty {
        if n == CONFIDENCE {
            return Ty::Float;
        }
        if Style::from_name(n).is_some()
            || cue_style(n).is_some()
            || self.cues.iter().any(|c| c == n)
        {
            return Ty::Bool;
        }
        let candidates = Style::ALL
            .iter()
            .map(|s| s.name())
            .chain(CUES.iter().map(|(c, _)| *c))
            .chain(self.cues.iter().map(String::as_str))
            .chain([CONFIDENCE]);
        let near = suggest(n, candidates);
        let mut d = Diagnostic::new(Code::UnknownCue, span, format!("unknown style or cue `{n}`"));
        d.help = Some(match near {
            Some(near) => format!("did you mean `{near}`?"),
            None => "branch conditions can test the styles (`assertive`, `passive`, `aggressive`, `passive_aggressive`), the cues listed in docs/FORMAT.md, those of the scenario's `# patterns:` pack and `confidence`".into(),
        });
        self.error(d);
        Ty::Unknown
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Where a branch condition first names each style (indexed as `Style::ALL`).
fn styles_in(e: &Expr, out: &mut [Option<Span>; Style::ALL.len()]) {
    match &e.kind {
        ExprKind::Var(p) if p.single().is_some() => {
            if let Some(s) = Style::from_name(&p.text) {
                out[s as usize].get_or_insert(p.span);
            }
        }
        ExprKind::Unary { expr, .. } => styles_in(expr, out),
        ExprKind::Binary { operands, .. } => {
            styles_in(&operands.lhs, out);
            styles_in(&operands.rhs, out);
        }
        _ => {}
    }
}
