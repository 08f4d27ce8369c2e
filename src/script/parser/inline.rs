//! Inline content: the text of a line with its `{...}` logic, `<>` glue, `->` diverts and
//! `# tags`. Which characters end a run of content depends on where it stands ([`Stop`]):
//! inside braces `|` and `}` end it, in a choice `[` and `]` split it, at the end of a line
//! `#` starts the tags.

use nom::Input as _;
use nom::Parser;
use nom::bytes::complete::tag;
use smallvec::SmallVec;

use super::expr::{arguments, expr, path, ws};
use super::{Few, Input, PError, PResult, exact, fail, span, span_between};
use crate::diagnostic::Code;
use crate::script::ast::{
    AltKind, Alternatives, Conditional, Divert, Expr, List, Part, Parts, Tag, Target, Then,
};

/// How deeply `{...}` may nest inside one line.
pub const MAX_INLINE_DEPTH: u32 = 32;

/// Where a run of content stands, which decides the characters that end it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A line of text: `#` starts the tags.
    Line,
    /// Inside `{...}`: `|` and `}` end an item.
    Nested,
    /// A choice before `[`: `[` or `#` ends it.
    ChoiceStart,
    /// A choice inside `[...]`: `]` ends it.
    ChoiceMenu,
    /// A choice after `]`: like a line, but another `]` is a slip.
    ChoiceAfter,
}

/// Whether a byte may end a run of plain text: one of `{ } | # \ < - [ ]`. All are ASCII,
/// so a byte scan is safe in UTF-8. `[ \ ]` and `{ | }` are the same three bytes apart from
/// bit 5, which makes one range test of both.
// `|`, not `||`: no branches, so that sixteen bytes are tested in one straight run.
#[allow(clippy::needless_bitwise_bool)]
fn special(b: u8) -> bool {
    ((b | 0x20).wrapping_sub(b'{') < 3) | (b == b'#') | (b == b'<') | (b == b'-')
}

/// The length of the plain text at the start of `bytes`. Sixteen bytes are tested at a time
/// first, without a branch per byte: text between the marks is often longer than that.
fn plain_len(bytes: &[u8]) -> usize {
    let mut start = 0;
    for chunk in bytes.chunks_exact(16) {
        if chunk.iter().fold(false, |any, &b| any | special(b)) {
            break;
        }
        start += 16;
    }
    let rest = &bytes[start..];
    start + rest.iter().position(|&b| special(b)).unwrap_or(rest.len())
}

/// Parts while a run of content is read: most runs have one to three, so they stay on the
/// stack until the run is done and then move to a vector of exactly their number.
type Reading = SmallVec<[Part; 3]>;

fn push_text(parts: &mut Reading, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Part::Text { text: last }) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(Part::Text { text: text.into() });
    }
}

/// A run of content up to the next character that [`Stop`] says ends it (not consumed), or
/// the end of the input.
///
/// `Hello {name}, <>` · `{a|b} -> next`
pub fn content(i: Input<'_>, stop: Stop, depth: u32) -> PResult<'_, Parts> {
    let (i, mut parts) = parts(i, stop, depth)?;
    if parts.len() == 1
        && let Some(part) = parts.pop()
    {
        return Ok((i, Parts::One(part)));
    }
    Ok((i, Parts::Many(exact(parts))))
}

fn parts(mut i: Input<'_>, stop: Stop, depth: u32) -> PResult<'_, Reading> {
    let mut parts = Reading::new();
    loop {
        let bytes = i.fragment().as_bytes();
        let plain = plain_len(bytes);
        push_text(&mut parts, &i.fragment()[..plain]);
        i = i.take_from(plain);
        let rest = i.fragment();
        let Some(c) = rest.chars().next() else { return Ok((i, parts)) };
        match c {
            '{' => {
                let (r, part) = brace(i, depth + 1)?;
                parts.push(part);
                i = r;
            }
            '}' | '|' if stop == Stop::Nested => return Ok((i, parts)),
            '}' => {
                return fail(
                    Code::UnmatchedClose,
                    span(&i.take(1)),
                    "this `}` closes nothing",
                    Some("remove it, or write `\\}` for a literal brace"),
                );
            }
            '#' if matches!(stop, Stop::Line | Stop::ChoiceStart | Stop::ChoiceAfter) => {
                return Ok((i, parts));
            }
            '[' if stop == Stop::ChoiceStart => return Ok((i, parts)),
            ']' if stop == Stop::ChoiceMenu => return Ok((i, parts)),
            ']' if stop == Stop::ChoiceAfter => {
                return fail(
                    Code::UnmatchedClose,
                    span(&i.take(1)),
                    "this `]` closes nothing",
                    Some("a choice has at most one `[...]`; write `\\]` for a literal bracket"),
                );
            }
            '\\' => {
                let escaped = rest[1..].chars().next();
                let len = 1 + escaped.map_or(0, char::len_utf8);
                push_text(&mut parts, &rest[1..len]);
                i = i.take_from(len);
            }
            '<' if rest.starts_with("<>") => {
                parts.push(Part::Glue);
                i = i.take_from(2);
            }
            '<' if rest.starts_with("<-") => {
                return fail(
                    Code::Unsupported,
                    span(&i.take(2)),
                    "threads (`<-`) are not supported",
                    Some(
                        "divert with `->`, or use a tunnel `-> knot ->` to run a scene and come back",
                    ),
                );
            }
            '-' if rest.starts_with("->") => {
                let (r, d) = divert(i, depth)?;
                if d.tunnels.is_empty() && d.then == Then::Continue {
                    return fail(
                        Code::BadLine,
                        d.span,
                        "`->` needs a target",
                        Some("write `-> knot_name`, or `-> END` to end the story"),
                    );
                }
                parts.push(Part::Divert(Box::new(d)));
                i = r;
            }
            _ => {
                push_text(&mut parts, &rest[..c.len_utf8()]);
                i = i.take_from(c.len_utf8());
            }
        }
    }
}

/// A divert and its tunnel forms. A bare `->` (no target) comes back as `then: Continue`
/// with no tunnels; only a fallback choice may have that.
///
/// `-> knot` · `-> knot.stitch(1)` · `-> a -> b ->` · `->->` · `->-> elsewhere`
pub fn divert(i: Input<'_>, depth: u32) -> PResult<'_, Divert> {
    let start = i;
    if let Ok((r, _)) = tag::<_, _, PError>("->->").parse(i) {
        let (r, _) = ws(r)?;
        return match target(r, depth) {
            Ok((r, t)) => Ok((
                r,
                Divert {
                    tunnels: List::default(),
                    then: Then::ReturnTo(t),
                    span: span_between(&start, &r),
                },
            )),
            Err(nom::Err::Error(_)) => Ok((
                r,
                Divert {
                    tunnels: List::default(),
                    then: Then::Return,
                    span: span_between(&start, &r),
                },
            )),
            Err(e) => Err(e),
        };
    }
    let mut targets: Few<Target> = Few::new();
    let mut i = i;
    let mut trailing_arrow = false;
    let mut end = i;
    loop {
        let Ok((r, _)) = tag::<_, _, PError>("->").parse(i) else { break };
        let (r, _) = ws(r)?;
        match target(r, depth) {
            Ok((r, t)) => {
                targets.push(t);
                end = r;
                let (r, _) = ws(r)?;
                i = r;
                if !r.fragment().starts_with("->") || r.fragment().starts_with("->->") {
                    break;
                }
            }
            Err(nom::Err::Error(_)) => {
                trailing_arrow = true;
                end = r;
                break;
            }
            Err(e) => return Err(e),
        }
    }
    let span = span_between(&start, &end);
    let then = if trailing_arrow {
        Then::Continue
    } else {
        targets.pop().map_or(Then::Continue, Then::Goto)
    };
    Ok((end, Divert { tunnels: exact(targets), then, span }))
}

/// A divert target: a path with optional arguments.
fn target(i: Input<'_>, depth: u32) -> PResult<'_, Target> {
    let (r, p) = path(i)?;
    let (r, args) =
        if r.fragment().starts_with('(') { arguments(r, depth)? } else { (r, List::default()) };
    Ok((r, Target { path: p, args, span: span_between(&i, &r) }))
}

/// Everything in braces: a printed value, a conditional or alternatives.
///
/// `{x}` · `{met: Hi again|Hello}` · `{&Mon|Tue}` · `{~yes|no}` · `{!once|then}`
fn brace(open: Input<'_>, depth: u32) -> PResult<'_, Part> {
    let unclosed = || {
        fail(
            Code::UnclosedBrace,
            span(&open.take(1)),
            "this `{` is never closed",
            Some("add a `}` where the inline logic ends (or write `\\{` for a literal brace)"),
        )
    };
    if depth > MAX_INLINE_DEPTH {
        return fail(
            Code::LimitExceeded,
            span(&open.take(1)),
            format!("braces nested more than {MAX_INLINE_DEPTH} deep on one line"),
            Some("move the inner logic to a `~ temp` variable or a function"),
        );
    }
    let i = open.take_from(1);
    let kind = match i.fragment().chars().next() {
        Some('&') => Some(AltKind::Cycle),
        Some('~') => Some(AltKind::Shuffle),
        Some('!') if !i.fragment().starts_with("!=") => Some(AltKind::Once),
        _ => None,
    };
    if let Some(kind) = kind {
        return alternatives(open, i.take_from(1), kind, depth);
    }
    // A printed value or a condition, if an expression parses and `}` or `:` follows it.
    let attempt = ws(i).and_then(|(r, _)| expr(r));
    let expr_failure = match attempt {
        Ok((r, e)) => {
            let (r, _) = ws(r)?;
            if r.fragment().starts_with('}') {
                let r = r.take_from(1);
                return Ok((r, Part::Print { expr: Box::new(e) }));
            }
            if r.fragment().starts_with(':') {
                return conditional(open, r.take_from(1), e, depth);
            }
            None
        }
        Err(nom::Err::Failure(f)) => Some(f),
        Err(_) => None,
    };
    match alternatives(open, i, AltKind::Stopping, depth) {
        Ok((_, Part::Alternatives(a))) if a.items.len() == 1 && expr_failure.is_some() => {
            Err(nom::Err::Failure(expr_failure.expect("checked")))
        }
        Err(nom::Err::Failure(PError::Fail(d))) if d.code == Code::UnclosedBrace => unclosed(),
        other => other,
    }
}

fn conditional<'a>(open: Input<'a>, i: Input<'a>, cond: Expr, depth: u32) -> PResult<'a, Part> {
    let (r, then) = content(i, Stop::Nested, depth)?;
    let (r, otherwise) = if r.fragment().starts_with('|') {
        let (r, o) = content(r.take_from(1), Stop::Nested, depth)?;
        (r, Some(o))
    } else {
        (r, None)
    };
    if !r.fragment().starts_with('}') {
        let extra = if r.fragment().starts_with('|') {
            "a condition has at most two parts, `{cond: then|otherwise}`; "
        } else {
            ""
        };
        return fail(
            if extra.is_empty() { Code::UnclosedBrace } else { Code::BadLine },
            span(&open.take(1)),
            "this `{` is never closed",
            Some(&format!("{extra}add a `}}` where the condition ends")),
        );
    }
    let r = r.take_from(1);
    Ok((
        r,
        Part::Conditional(Box::new(Conditional {
            cond,
            then,
            otherwise,
            span: span_between(&open, &r),
        })),
    ))
}

fn alternatives<'a>(open: Input<'a>, i: Input<'a>, kind: AltKind, depth: u32) -> PResult<'a, Part> {
    // Room for the usual three or four before they spill to the heap.
    let mut items = SmallVec::<[Parts; 4]>::new();
    let mut i = i;
    loop {
        let (r, item) = content(i, Stop::Nested, depth)?;
        items.push(item);
        match r.fragment().chars().next() {
            Some('|') => i = r.take_from(1),
            Some('}') => {
                let r = r.take_from(1);
                let span = span_between(&open, &r);
                let items = exact(items);
                return Ok((r, Part::Alternatives(Box::new(Alternatives { kind, items, span }))));
            }
            _ => {
                return fail(
                    Code::UnclosedBrace,
                    span(&open.take(1)),
                    "this `{` is never closed",
                    Some(
                        "add a `}` where the inline logic ends (or write `\\{` for a literal brace)",
                    ),
                );
            }
        }
    }
}

/// Tags from a `#` to the end of the line; each further `#` starts another tag.
///
/// `# mood: tense # music: calm`
#[must_use]
pub fn tags(i: Input<'_>) -> List<Tag> {
    exact(tag_list(i))
}

/// [`tags`], before they move into a list of the tree: a line of tags of its own often
/// joins the lists of the response point above it.
#[must_use]
pub fn tag_list(i: Input<'_>) -> Few<Tag> {
    let mut out = Few::new();
    if !i.fragment().starts_with('#') {
        // Most lines have no tags.
        return out;
    }
    let mut rest = i;
    while rest.fragment().starts_with('#') {
        let body = rest.take_from(1);
        let len = body.fragment().find('#').unwrap_or(body.fragment().len());
        let text = body.take(len);
        let trimmed = text.fragment().trim();
        if !trimmed.is_empty() {
            let lead = text.fragment().len() - text.fragment().trim_start().len();
            out.push(Tag {
                text: trimmed.to_string(),
                span: span(&text.take_from(lead).take(trimmed.len())),
            });
        }
        rest = body.take_from(len);
    }
    out
}
