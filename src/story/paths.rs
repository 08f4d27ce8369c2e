//! Every distinct route through a story: at a menu every choice, at a response point every
//! branch (forced, labelled with the condition that selects it and the example answer for
//! that style), record prompts answered with a placeholder. Loops are cut when a knot is
//! visited more than a set number of times on one route. The order is deterministic.

use serde::Serialize;

use super::program::Op;
use super::run::{Bound, OutLine, Pause, Session};
use crate::score::Style;
use crate::script::ast::{Expr, ExprKind, List, conditions_text};
use crate::terminal::visible;

/// One step of a route.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// A line of the story.
    Line(OutLine),
    /// A menu choice taken.
    Choice {
        /// Its text.
        text: String,
    },
    /// A response point answered along one branch.
    Branch {
        /// The question.
        prompt: String,
        /// The branch's condition (`fallback` for the branch without one).
        condition: String,
        /// The point's example answer for the style the condition names, if it has one.
        example: Option<String>,
    },
    /// A record prompt answered with a placeholder.
    Record {
        /// The question.
        prompt: String,
        /// The variable that keeps the answer.
        var: String,
    },
}

/// How a route ends.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "end", content = "detail", rename_all = "snake_case")]
pub enum End {
    /// The story ended.
    Story,
    /// Cut: a knot was visited more often than allowed.
    Cut(String),
    /// The story stopped with a runtime error.
    Error(String),
}

/// A route through the story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Route {
    /// What happened, in order.
    pub steps: Vec<Step>,
    /// How it ended.
    pub end: End,
}

/// Limits on the enumeration.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// How often one knot may be visited on a route before the route is cut.
    pub max_visits: u32,
    /// How many routes at most.
    pub max_routes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_visits: 2, max_routes: 1000 }
    }
}

/// Every route from the session's position, and whether `max_routes` cut the list short.
#[must_use]
pub fn routes(start: Session<'_>, limits: Limits) -> (Vec<Route>, bool) {
    let mut out = Vec::new();
    let mut more = false;
    let mut stack = vec![(start, Vec::new())];
    while let Some((mut session, mut steps)) = stack.pop() {
        if out.len() >= limits.max_routes {
            more = true;
            break;
        }
        let (lines, pause) = match session.advance() {
            Ok(ok) => ok,
            Err(e) => {
                out.push(Route { steps, end: End::Error(e.to_string()) });
                continue;
            }
        };
        steps.extend(lines.into_iter().map(Step::Line));
        if let Some(knot) = over_visited(&session, limits.max_visits) {
            out.push(Route { steps, end: End::Cut(knot) });
            continue;
        }
        // Children go on the stack in reverse, so that routes come out in menu order.
        let mut children = Vec::new();
        match pause {
            Pause::End => {
                out.push(Route { steps, end: End::Story });
                continue;
            }
            Pause::Menu(items) => {
                for item in items {
                    let mut s = session.clone();
                    let mut st = steps.clone();
                    st.push(Step::Choice { text: item.text.to_string() });
                    if s.choose(item.index).is_ok() {
                        children.push((s, st));
                    }
                }
            }
            Pause::Response { prompt, examples, .. } => {
                for (i, condition) in branch_conditions(&session).into_iter().enumerate() {
                    let bound = bound_for(&condition);
                    let example = bound
                        .style
                        .and_then(|s| examples.iter().find(|(e, _)| e == s.name()))
                        .map(|(_, t)| t.clone());
                    let mut s = session.clone();
                    let mut st = steps.clone();
                    let condition = conditions_text(&condition);
                    st.push(Step::Branch { prompt: prompt.clone(), condition, example });
                    if s.force_branch(i, bound).is_ok() {
                        children.push((s, st));
                    }
                }
            }
            Pause::Record { prompt, var, .. } => {
                let mut s = session.clone();
                steps.push(Step::Record { prompt, var });
                if s.record("…").is_ok() {
                    children.push((s, steps));
                }
            }
        }
        stack.extend(children.into_iter().rev());
    }
    (out, more)
}

/// The conditions of each branch of the response point the session waits at.
fn branch_conditions(session: &Session<'_>) -> Vec<List<Expr>> {
    let Some(f) = session.state.frames.last() else { return Vec::new() };
    match session.program.containers[f.container].ops.get(f.pc) {
        Some(Op::Respond(_, branches, _)) => {
            branches.iter().map(|b| b.choice.conditions.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// A verdict that makes a branch's condition read true: the first style it names, and the
/// cues it names.
fn bound_for(conditions: &[Expr]) -> Bound {
    let mut names = Vec::new();
    for c in conditions {
        positive_names(c, &mut names);
    }
    let style = names.iter().find_map(|n| Style::from_name(n));
    let cues = names.into_iter().filter(|n| Style::from_name(n).is_none()).collect();
    Bound { style, cues, confidence: 1.0 }
}

fn positive_names(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Var(p) if p.single().is_some() => out.push(p.text.to_string()),
        ExprKind::Binary { op: crate::script::ast::BinaryOp::And, operands } => {
            positive_names(&operands.lhs, out);
            positive_names(&operands.rhs, out);
        }
        // For `a or b`, the first alternative is enough.
        ExprKind::Binary { op: crate::script::ast::BinaryOp::Or, operands } => {
            positive_names(&operands.lhs, out);
        }
        _ => {}
    }
}

fn over_visited(session: &Session<'_>, max: u32) -> Option<String> {
    let p = session.program;
    p.containers
        .iter()
        .find(|c| !c.path.is_empty() && !c.function && session.state.counts[c.counter] > max)
        .map(|c| c.path.clone())
}

/// Routes for people: each step on a line, numbered routes.
#[must_use]
pub fn render(routes: &[Route], more: bool) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (n, route) in routes.iter().enumerate() {
        let _ = writeln!(out, "route {} of {}{}", n + 1, routes.len(), if more { "+" } else { "" });
        for step in &route.steps {
            let _ = match step {
                Step::Line(l) => match l.speaker.as_deref() {
                    Some("@coach") => writeln!(out, "  coach: {}", visible(&l.text)),
                    Some(who) => writeln!(out, "  {}: {}", visible(who), visible(&l.text)),
                    None => writeln!(out, "  {}", visible(&l.text)),
                },
                Step::Choice { text } => writeln!(out, "  > [{}]", visible(text)),
                Step::Branch { prompt, condition, example } => {
                    let _ = writeln!(out, "  ?? {}", visible(prompt));
                    match example {
                        Some(e) => {
                            writeln!(out, "  > {{{condition}}} \u{201c}{}\u{201d}", visible(e))
                        }
                        None => writeln!(out, "  > {{{condition}}}"),
                    }
                }
                Step::Record { prompt, var } => {
                    writeln!(out, "  ?= {}\n  > ({var})", visible(prompt))
                }
            };
        }
        let _ = match &route.end {
            End::Story => writeln!(out, "  (end)\n"),
            End::Cut(knot) => writeln!(out, "  (cut: `{knot}` visited again)\n"),
            End::Error(e) => writeln!(out, "  (error: {e})\n"),
        };
    }
    if more {
        let _ = writeln!(out, "(more routes not shown)");
    }
    out
}
