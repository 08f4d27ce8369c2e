//! Flow warnings over the graph of containers (the top of the story, each knot body, each
//! stitch): knots no route reaches, knots from which no route ends, loops that never stop for
//! the coachee, and content that runs out without a divert (ink's "ran out of content").

use std::collections::VecDeque;

use crate::diagnostic::{Code, Diagnostic};
use crate::script::ast::{Item, Script};
use crate::script::names::Symbols;
use crate::script::source::Span;

use super::{Graph, walk_items};

/// A container of the graph: the top (no knot), a knot's body (no stitch) or a stitch. Its
/// items and header are looked up only for a warning: in a large script, reading every
/// knot's lists would cost a memory access each.
struct Node {
    knot: Option<usize>,
    stitch: Option<usize>,
    /// A knot with stitches and no content of its own runs straight into its first stitch.
    enters_first_stitch: bool,
    function: bool,
}

impl Node {
    fn items<'s>(&self, script: &'s Script) -> &'s [Item] {
        match (self.knot, self.stitch) {
            (None, _) => &script.top,
            (Some(k), None) => &script.knots[k].body,
            (Some(k), Some(s)) => &script.knots[k].stitches[s].body,
        }
    }

    /// The span to report a warning about the whole container at.
    fn header(&self, script: &Script) -> Span {
        match (self.knot, self.stitch) {
            (None, _) => Span::default(),
            (Some(k), None) => script.knots[k].name.span,
            (Some(k), Some(s)) => script.knots[k].stitches[s].name.span,
        }
    }
}

/// Adds the flow warnings: W006 always, the route warnings (W001, W002, W003) only when
/// `routes` says the graph is whole.
pub fn warnings(
    script: &Script,
    sym: &Symbols<'_>,
    graph: &Graph,
    routes: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut nodes = Vec::with_capacity(graph.through.len());
    nodes.push(Node { knot: None, stitch: None, enters_first_stitch: false, function: false });
    for (k, knot) in script.knots.iter().enumerate() {
        let body = sym.container(Some(k), None);
        let enters = !graph.content[body] && !knot.stitches.is_empty();
        let function = knot.function;
        nodes.push(Node { knot: Some(k), stitch: None, enters_first_stitch: enters, function });
        nodes.extend((0..knot.stitches.len()).map(|s| Node {
            knot: Some(k),
            stitch: Some(s),
            enters_first_stitch: false,
            function,
        }));
    }
    let mut pairs = graph.edges.clone();
    for k in 0..script.knots.len() {
        let body = sym.container(Some(k), None);
        if nodes[body].enters_first_stitch {
            pairs.push((body, sym.container(Some(k), Some(0))));
        }
    }
    if !graph.content[0]
        && let Some(first) = script.knots.iter().position(|k| !k.function)
    {
        pairs.push((0, sym.container(Some(first), None)));
    }
    let runs_out: Vec<bool> = nodes
        .iter()
        .zip(&graph.through)
        .map(|(n, &through)| !n.function && !n.enters_first_stitch && through)
        .collect();

    // W006: content that runs out. The top of the story may end by running out, as in ink.
    for (i, node) in nodes.iter().enumerate().skip(1) {
        if !runs_out[i] {
            continue;
        }
        let at = node.items(script).last().map_or(node.header(script), item_span);
        let knot = &script.knots[node.knot.expect("only the top has no knot")];
        let help = match knot.stitches.first() {
            Some(first) if node.stitch.is_none() => format!(
                "ink does not run on into the first stitch: end with `-> {}`, `-> END` to finish, or `-> DONE`",
                first.name.text
            ),
            _ => "end it with a divert: `-> next_scene`, `-> END` to finish the story, or `->->` to return from a tunnel".into(),
        };
        diagnostics.push(
            Diagnostic::new(Code::RunsOut, at, "the story can run out of content here")
                .label("nothing follows this line")
                .help(help),
        );
    }

    if !routes {
        return;
    }

    let edges = Lists::new(nodes.len(), pairs.iter().copied());
    let reverse = Lists::new(nodes.len(), pairs.iter().map(|&(from, to)| (to, from)));

    // W001: knots that no route from the start reaches.
    let reached = reach(&edges, [0]);
    let knot_nodes = |k: usize| {
        std::iter::once(sym.container(Some(k), None)).chain(
            (0..script.knots[k].stitches.len()).map(move |s| sym.container(Some(k), Some(s))),
        )
    };
    for (k, knot) in script.knots.iter().enumerate() {
        if !knot.function && !knot_nodes(k).any(|n| reached[n]) {
            diagnostics.push(
                Diagnostic::new(
                    Code::Unreachable,
                    knot.name.span,
                    format!("no route reaches the knot `{}`", knot.name.text),
                )
                .help(format!("divert to it with `-> {}`, or remove it", knot.name.text)),
            );
        }
    }

    let ends = (0..nodes.len()).filter(|&i| graph.ends[i] || runs_out[i]);
    let can_end = reach(&reverse, ends);
    let (component_of, components) = components(&edges, &reverse);

    // W003: a closed loop of containers without any choice or response point.
    let mut endless = vec![false; components.len()];
    for (c, is_endless) in endless.iter_mut().enumerate() {
        let members = components.of(c);
        let looped = members.len() > 1 || edges.of(members[0]).contains(&members[0]);
        let closed = members.iter().all(|&n| {
            reached[n]
                && !can_end[n]
                && !offers_choice(nodes[n].items(script))
                && edges.of(n).iter().all(|&to| component_of[to] == c)
        });
        if looped && closed {
            *is_endless = true;
            let first = members.iter().copied().min().unwrap_or(0);
            diagnostics.push(
                Diagnostic::new(
                    Code::EndlessLoop,
                    nodes[first].header(script),
                    "this loop runs forever without a choice or response point",
                )
                .help(
                    "add a choice, a `??` response point or a way out (`-> END`) inside the loop",
                ),
            );
        }
    }

    // W002: reached knots from which no route ends; one warning for knots that only lead to
    // each other, and none for a loop W003 reports.
    let mut reported = vec![false; components.len()];
    for (k, knot) in script.knots.iter().enumerate() {
        let body = sym.container(Some(k), None);
        let c = component_of[body];
        if knot.function
            || !knot_nodes(k).any(|n| reached[n])
            || knot_nodes(k).any(|n| can_end[n])
            || endless[c]
            || reported[c]
        {
            continue;
        }
        reported[c] = true;
        let mut others: Vec<String> = components
            .of(c)
            .iter()
            .filter_map(|&n| nodes[n].knot)
            .filter(|&o| o != k)
            .map(|o| format!("`{}`", script.knots[o].name.text))
            .collect();
        others.sort();
        others.dedup();
        let help = if others.is_empty() {
            "make sure some choice or branch leads on to an ending".to_string()
        } else {
            format!(
                "it only leads on to {}; give one of them a way to an ending",
                others.join(", ")
            )
        };
        diagnostics.push(
            Diagnostic::new(
                Code::NoEnd,
                knot.name.span,
                format!("no route from `{}` reaches `-> END` or `-> DONE`", knot.name.text),
            )
            .help(help),
        );
    }
}

fn offers_choice(items: &[Item]) -> bool {
    let mut found = false;
    walk_items(items, &mut |i| {
        found |= matches!(i, Item::Choice(_) | Item::Response(_) | Item::Record(_));
    });
    found
}

/// A list of nodes for each node (the targets of its edges, or the members of a component),
/// all in one vector: a large script has tens of thousands of mostly short lists.
struct Lists {
    /// Where each node's list starts in `items`; the last entry is the end of the last list.
    start: Vec<usize>,
    items: Vec<usize>,
}

impl Lists {
    /// The lists of `n` nodes from (node, item) pairs, each list in the order of its pairs.
    fn new(n: usize, pairs: impl Iterator<Item = (usize, usize)> + Clone) -> Lists {
        let mut start = vec![0; n + 1];
        for (node, _) in pairs.clone() {
            start[node + 1] += 1;
        }
        for i in 1..=n {
            start[i] += start[i - 1];
        }
        let mut next = start.clone();
        let mut items = vec![0; start[n]];
        for (node, item) in pairs {
            items[next[node]] = item;
            next[node] += 1;
        }
        Lists { start, items }
    }

    /// How many lists there are.
    fn len(&self) -> usize {
        self.start.len() - 1
    }

    /// The list of node `n`.
    fn of(&self, n: usize) -> &[usize] {
        &self.items[self.start[n]..self.start[n + 1]]
    }
}

/// Nodes reachable from `starts` along `edges`.
fn reach(edges: &Lists, starts: impl IntoIterator<Item = usize>) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    let mut queue: VecDeque<usize> = starts.into_iter().collect();
    for &s in &queue {
        seen[s] = true;
    }
    while let Some(n) = queue.pop_front() {
        for &to in edges.of(n) {
            if !seen[to] {
                seen[to] = true;
                queue.push_back(to);
            }
        }
    }
    seen
}

/// Strongly connected components (Kosaraju, iterative so that huge scripts cannot overflow the
/// stack): the component of each node, and the members of each component.
fn components(edges: &Lists, reverse: &Lists) -> (Vec<usize>, Lists) {
    let n = edges.len();
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut stack = Vec::new();
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        stack.push((start, 0usize));
        while let Some((node, next)) = stack.pop() {
            if let Some(&to) = edges.of(node).get(next) {
                stack.push((node, next + 1));
                if !seen[to] {
                    seen[to] = true;
                    stack.push((to, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    let mut component_of = vec![usize::MAX; n];
    let mut count = 0;
    let mut todo = Vec::new();
    for &start in order.iter().rev() {
        if component_of[start] != usize::MAX {
            continue;
        }
        component_of[start] = count;
        todo.push(start);
        while let Some(node) = todo.pop() {
            for &from in reverse.of(node) {
                if component_of[from] == usize::MAX {
                    component_of[from] = count;
                    todo.push(from);
                }
            }
        }
        count += 1;
    }
    let members = Lists::new(count, component_of.iter().enumerate().map(|(node, &c)| (c, node)));
    (component_of, members)
}

/// Where an item stands.
fn item_span(item: &Item) -> Span {
    match item {
        Item::Line(l) => l.span,
        Item::Choice(c) => c.span,
        Item::Gather(g) => g.span,
        Item::Logic(l) => l.span,
        Item::Block(b) => b.span,
        Item::Response(p) => p.branches.last().map_or(p.span, |b| b.span),
        Item::Record(r) => r.span,
        Item::Tags { tags } => tags.first().map_or_else(Span::default, |t| t.span),
    }
}
