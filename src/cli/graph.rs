//! `rehearse graph FILE --format dot|mermaid`: the scenario as a graph. Knots and stitches are
//! boxes, response points diamonds; diverts are edges, labelled with the choice or the branch
//! condition that takes them. Unreachable knots and knots that run out of content are marked.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

use clap::ValueEnum;

use crate::cli::Status;
use crate::diagnostic::Code;
use crate::script::Parsed;
use crate::script::ast::{Alternatives, BlockKind, Conditional, Item, Part, Then, conditions_text};
use crate::script::names::{Place, Symbols};

/// Graph output formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT (`dot -Tsvg`).
    #[default]
    Dot,
    /// Mermaid, for a Markdown page.
    Mermaid,
}

/// Draw a scenario: knots, response points and the diverts between them.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A script file or a bundled scenario's name.
    #[arg(value_name = "FILE")]
    pub scenario: String,
    /// `dot` or `mermaid`.
    #[arg(long, value_enum, default_value_t)]
    pub format: GraphFormat,
}

/// A scenario as nodes and labelled edges.
#[derive(Debug, Default)]
pub struct Graph {
    /// Node id → (label, shape: `box` or `diamond`, note such as "unreachable").
    pub nodes: BTreeMap<String, (String, &'static str, Option<&'static str>)>,
    /// (from, to, label).
    pub edges: Vec<(String, String, String)>,
}

struct Walker<'s> {
    sym: Symbols<'s>,
    graph: Graph,
    knot: Option<usize>,
    stitch: Option<usize>,
    responses: usize,
}

impl Walker<'_> {
    fn target(
        &self,
        path: &crate::script::ast::Path,
        script: &crate::script::ast::Script,
    ) -> String {
        match self.sym.resolve(path, self.knot, self.stitch) {
            Some(Place::End) => "END".into(),
            Some(Place::Stitch(k, s) | Place::Label(k, Some(s), _)) => {
                format!("{}.{}", script.knots[k].name.text, script.knots[k].stitches[s].name.text)
            }
            Some(Place::Knot(k) | Place::Label(k, None, _)) => {
                script.knots[k].name.text.to_string()
            }
            Some(Place::TopLabel(_)) | None => "start".into(),
        }
    }

    fn parts(
        &mut self,
        from: &str,
        label: &str,
        parts: &[Part],
        script: &crate::script::ast::Script,
    ) {
        for part in parts {
            match part {
                Part::Divert(d) => {
                    for t in d.tunnels.iter().chain(match &d.then {
                        Then::Goto(t) | Then::ReturnTo(t) => Some(t),
                        _ => None,
                    }) {
                        let to = self.target(&t.path, script);
                        if to == "END" {
                            self.graph.nodes.entry("END".into()).or_insert((
                                "END".into(),
                                "box",
                                None,
                            ));
                        }
                        self.graph.edges.push((from.to_string(), to, label.to_string()));
                    }
                }
                Part::Conditional(c) => {
                    let Conditional { then, otherwise, .. } = &**c;
                    self.parts(from, label, then, script);
                    if let Some(o) = otherwise {
                        self.parts(from, label, o, script);
                    }
                }
                Part::Alternatives(a) => {
                    let Alternatives { items, .. } = &**a;
                    for i in items {
                        self.parts(from, label, i, script);
                    }
                }
                _ => {}
            }
        }
    }

    fn items(
        &mut self,
        from: &str,
        label: &str,
        items: &[Item],
        script: &crate::script::ast::Script,
    ) {
        for item in items {
            match item {
                Item::Line(l) => self.parts(from, label, &l.parts, script),
                Item::Gather(g) => {
                    if let Some(l) = &g.line {
                        self.parts(from, label, &l.parts, script);
                    }
                }
                Item::Choice(c) => {
                    let mut text = plain(&c.start);
                    if let Some(m) = &c.menu {
                        text.push_str(&plain(m));
                    }
                    let text = text.trim().to_string();
                    self.parts(from, &text, &c.start, script);
                    self.parts(from, &text, &c.after, script);
                    self.items(from, &text, &c.body, script);
                }
                Item::Response(p) => {
                    self.responses += 1;
                    let id = format!(
                        "{from}?{}",
                        p.label
                            .as_ref()
                            .map_or_else(|| self.responses.to_string(), |l| l.text.to_string())
                    );
                    let prompt = plain(&p.prompt);
                    self.graph.nodes.insert(id.clone(), (prompt, "diamond", None));
                    self.graph.edges.push((from.to_string(), id.clone(), label.to_string()));
                    for b in &p.branches {
                        let condition = conditions_text(&b.conditions);
                        self.parts(&id, &condition, &b.start, script);
                        self.parts(&id, &condition, &b.after, script);
                        self.items(&id, &condition, &b.body, script);
                    }
                }
                Item::Block(b) => match &b.kind {
                    BlockKind::Conditions { arms } | BlockKind::Switch { arms, .. } => {
                        for arm in arms {
                            self.items(from, label, &arm.body, script);
                        }
                    }
                    BlockKind::Alternatives { items, .. } => {
                        for i in items {
                            self.items(from, label, i, script);
                        }
                    }
                },
                _ => {}
            }
        }
    }
}

fn plain(parts: &[Part]) -> String {
    parts
        .iter()
        .filter_map(|p| if let Part::Text { text } = p { Some(text.as_str()) } else { None })
        .collect()
}

/// Builds the graph of a parsed scenario.
#[must_use]
pub fn build(parsed: &Parsed) -> Graph {
    let script = &parsed.script;
    let (sym, _) = Symbols::collect(script);
    let mut w = Walker { sym, graph: Graph::default(), knot: None, stitch: None, responses: 0 };
    w.graph.nodes.insert("start".into(), ("start".into(), "box", None));
    w.items("start", "", &script.top, script);
    if !script.top.iter().any(|i| !matches!(i, Item::Tags { .. }))
        && let Some(first) = script.knots.iter().find(|k| !k.function)
    {
        w.graph.edges.push(("start".into(), first.name.text.to_string(), String::new()));
    }
    // Which knots the checker found unreachable or running out of content.
    let mut unreachable = BTreeSet::new();
    let mut runs_out = BTreeSet::new();
    for d in &parsed.diagnostics {
        for (k, knot) in script.knots.iter().enumerate() {
            let next = script.knots.get(k + 1).map_or(u32::MAX, |n| n.span.start);
            if d.span.file == knot.span.file
                && knot.span.start <= d.span.start
                && d.span.start < next
            {
                match d.code {
                    Code::Unreachable => unreachable.insert(k),
                    Code::RunsOut => runs_out.insert(k),
                    _ => false,
                };
            }
        }
    }
    for (k, knot) in script.knots.iter().enumerate().filter(|(_, k)| !k.function) {
        let name = knot.name.text.to_string();
        let note = if unreachable.contains(&k) {
            Some("unreachable")
        } else if runs_out.contains(&k) {
            Some("dead end")
        } else {
            None
        };
        w.graph.nodes.insert(name.clone(), (name.clone(), "box", note));
        w.knot = Some(k);
        w.stitch = None;
        w.items(&name, "", &knot.body, script);
        if knot.body.iter().all(|i| matches!(i, Item::Tags { .. }))
            && let Some(first) = knot.stitches.first()
        {
            w.graph.edges.push((
                name.clone(),
                format!("{name}.{}", first.name.text),
                String::new(),
            ));
        }
        for (s, stitch) in knot.stitches.iter().enumerate() {
            let id = format!("{name}.{}", stitch.name.text);
            w.graph.nodes.insert(id.clone(), (id.clone(), "box", note));
            w.stitch = Some(s);
            w.items(&id, "", &stitch.body, script);
        }
    }
    w.graph
}

fn dot_quote(s: &str) -> String {
    let escaped = crate::terminal::visible(s).replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{}\"", escaped.replace('\n', "\\n"))
}

fn mermaid_quote(s: &str) -> String {
    format!("\"{}\"", crate::terminal::visible(s).replace('"', "#quot;").replace(['\n', '\r'], " "))
}

impl Graph {
    /// Graphviz DOT.
    #[must_use]
    pub fn dot(&self, title: &str) -> String {
        let mut out = format!(
            "digraph {} {{\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n",
            dot_quote(title)
        );
        for (id, (label, shape, note)) in &self.nodes {
            let label = note.map_or_else(|| label.clone(), |n| format!("{label}\n({n})"));
            let style = if note.is_some() { ", style=dashed" } else { "" };
            let _ = writeln!(
                out,
                "  {} [shape={shape}, label={}{style}];",
                dot_quote(id),
                dot_quote(&label)
            );
        }
        for (from, to, label) in &self.edges {
            if label.is_empty() {
                let _ = writeln!(out, "  {} -> {};", dot_quote(from), dot_quote(to));
            } else {
                let _ = writeln!(
                    out,
                    "  {} -> {} [label={}];",
                    dot_quote(from),
                    dot_quote(to),
                    dot_quote(label)
                );
            }
        }
        out.push_str("}\n");
        out
    }

    /// A Mermaid flowchart.
    #[must_use]
    pub fn mermaid(&self) -> String {
        let ids: BTreeMap<&str, String> =
            self.nodes.keys().enumerate().map(|(i, k)| (k.as_str(), format!("n{i}"))).collect();
        let mut out = String::from("flowchart LR\n");
        for (id, (label, shape, note)) in &self.nodes {
            let label = note.map_or_else(|| label.clone(), |n| format!("{label} ({n})"));
            let (open, close) = if *shape == "diamond" { ("{", "}") } else { ("[", "]") };
            let _ = writeln!(out, "  {}{open}{}{close}", ids[id.as_str()], mermaid_quote(&label));
        }
        for (from, to, label) in &self.edges {
            let (Some(a), Some(b)) = (ids.get(from.as_str()), ids.get(to.as_str())) else {
                continue;
            };
            if label.is_empty() {
                let _ = writeln!(out, "  {a} --> {b}");
            } else {
                let _ = writeln!(out, "  {a} -->|{}| {b}", mermaid_quote(label));
            }
        }
        out
    }
}

/// Runs `graph`.
pub fn run(args: &Args) -> anyhow::Result<Status> {
    let parsed = crate::cli::load_scenario(&args.scenario)?;
    if parsed.diagnostics.iter().any(|d| d.severity() == crate::diagnostic::Severity::Error) {
        crate::cli::report_errors(&parsed);
        return Ok(Status::Failure);
    }
    let graph = build(&parsed);
    let title = parsed.script.header.title.clone().unwrap_or_else(|| args.scenario.clone());
    let text = match args.format {
        GraphFormat::Dot => graph.dot(&title),
        GraphFormat::Mermaid => graph.mermaid(),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(Status::Success)
}
