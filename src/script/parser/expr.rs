//! Expressions and the small tokens every other grammar rule uses: whitespace, names, paths,
//! literals. Precedence, loosest first: `or`, `and`, equality, comparison and `?`, `+ -`,
//! `* / %`, prefix `not ! -`, then literals, paths, calls and parentheses.

use nom::Parser;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::{opt, recognize};

use super::{Few, Input, PResult, exact, fail, span};
use crate::diagnostic::Code;
use crate::script::ast::{BinaryOp, Call, Expr, ExprKind, List, Name, Operands, Path, UnaryOp};

/// How deeply parentheses and prefix operators may nest before the parser gives up with an
/// error instead of risking the stack.
pub const MAX_EXPR_DEPTH: u32 = 64;

/// Spaces and tabs (never a newline: the grammar is line-based).
pub fn ws(i: Input<'_>) -> PResult<'_, Input<'_>> {
    // Called before almost every token, and most often with nothing to skip.
    let n = i.fragment().bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    Ok(if n == 0 { (i, i.take(0)) } else { i.take_split(n) })
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// ASCII bytes that continue a name: letters, digits and `_`.
const NAME_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// How many bytes the name at the start of `s` takes: a letter or `_`, then letters, digits
/// and `_` (any script, as in ink); 0 when no name starts there. ASCII is read byte by byte,
/// which almost every name is.
fn name_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let ascii = bytes.iter().position(|&b| !NAME_BYTE[b as usize]).unwrap_or(bytes.len());
    let len = if bytes.get(ascii).is_some_and(|b| !b.is_ascii()) {
        let more = s[ascii..].chars().take_while(|&c| is_name_char(c));
        ascii + more.map(char::len_utf8).sum::<usize>()
    } else {
        ascii
    };
    match s[..len].chars().next() {
        Some(c) if is_name_start(c) => len,
        _ => 0,
    }
}

/// A name.
///
/// `greet`, `Jeroen_2`, `één`
pub fn name(i: Input<'_>) -> PResult<'_, Name> {
    let len = name_len(i.fragment());
    if len == 0 {
        return Err(nom::Err::Error(super::PError::Backtrack));
    }
    let text = i.take(len);
    Ok((i.take_from(len), Name { text: text.fragment().into(), span: span(&text) }))
}

/// A dotted path: `knot`, `knot.stitch`, `knot.stitch.label`.
pub fn path(i: Input<'_>) -> PResult<'_, Path> {
    let text = i.fragment();
    let mut len = name_len(text);
    if len == 0 {
        return Err(nom::Err::Error(super::PError::Backtrack));
    }
    while text[len..].starts_with('.') {
        let next = name_len(&text[len + 1..]);
        if next == 0 {
            break;
        }
        len += 1 + next;
    }
    let path = i.take(len);
    Ok((i.take_from(len), Path { text: path.fragment().into(), span: span(&path) }))
}

/// A keyword: the word followed by something that cannot continue a name.
pub fn keyword<'a>(word: &'static str) -> impl Fn(Input<'a>) -> PResult<'a, Input<'a>> {
    move |i: Input<'a>| {
        let (rest, k) = tag(word).parse(i)?;
        if rest.fragment().chars().next().is_some_and(is_name_char) {
            return Err(nom::Err::Error(super::PError::Backtrack));
        }
        Ok((rest, k))
    }
}

/// A whole expression.
///
/// `not met_jeroen and (tries > 1 or assertive)`
pub fn expr(i: Input<'_>) -> PResult<'_, Expr> {
    binary(i, 0, 0)
}

/// Binary operators by level; each entry is (spelling, operator, needs a word boundary).
const LEVELS: &[&[(&str, BinaryOp, bool)]] = &[
    &[("||", BinaryOp::Or, false), ("or", BinaryOp::Or, true)],
    &[("&&", BinaryOp::And, false), ("and", BinaryOp::And, true)],
    &[("==", BinaryOp::Eq, false), ("!=", BinaryOp::Ne, false)],
    &[
        ("<=", BinaryOp::Le, false),
        (">=", BinaryOp::Ge, false),
        ("<", BinaryOp::Lt, false),
        (">", BinaryOp::Gt, false),
        ("!?", BinaryOp::HasNot, false),
        ("?", BinaryOp::Has, false),
        ("hasnt", BinaryOp::HasNot, true),
        ("has", BinaryOp::Has, true),
    ],
    &[("+", BinaryOp::Add, false), ("-", BinaryOp::Sub, false)],
    &[
        ("*", BinaryOp::Mul, false),
        ("/", BinaryOp::Div, false),
        ("%", BinaryOp::Mod, false),
        ("mod", BinaryOp::Mod, true),
    ],
];

/// The operator at `i`, after spaces, with its level in [`LEVELS`].
fn operator(i: Input<'_>) -> Option<(Input<'_>, BinaryOp, usize)> {
    let (i, _) = ws(i).ok()?;
    // Most expressions end right after a value: one byte says whether any operator can follow.
    let next = *i.fragment().as_bytes().first()?;
    if !matches!(
        next,
        b'|' | b'&'
            | b'='
            | b'!'
            | b'<'
            | b'>'
            | b'?'
            | b'+'
            | b'-'
            | b'*'
            | b'/'
            | b'%'
            | b'o'
            | b'a'
            | b'h'
            | b'm'
    ) {
        return None;
    }
    for (level, operators) in LEVELS.iter().enumerate() {
        for &(spelling, op, word) in *operators {
            if spelling.as_bytes()[0] != next {
                continue;
            }
            let parsed = if word {
                keyword(spelling)(i)
            } else {
                tag::<_, _, super::PError>(spelling).parse(i)
            };
            if let Ok((rest, _)) = parsed {
                // `->` is a divert, not a minus; `-` followed by `>` never subtracts.
                if op == BinaryOp::Sub && rest.fragment().starts_with('>') {
                    return None;
                }
                return Some((rest, op, level));
            }
        }
    }
    None
}

/// Operands joined by operators of level `min_level` or tighter, by precedence climbing: an
/// operator's right operand takes only tighter operators, so `a - b - c` is `(a - b) - c`
/// and `a + b * c` is `a + (b * c)`.
fn binary(i: Input<'_>, min_level: usize, depth: u32) -> PResult<'_, Expr> {
    let (mut rest, mut lhs) = unary(i, depth)?;
    while let Some((after_op, op, level)) = operator(rest).filter(|o| o.2 >= min_level) {
        let (after_ws, _) = ws(after_op)?;
        let (r, rhs) = match binary(after_ws, level + 1, depth) {
            Ok(ok) => ok,
            Err(nom::Err::Error(_)) => {
                return fail(
                    Code::BadExpression,
                    span(&after_ws.take(0)),
                    format!("expected a value after `{}`", op.symbol()),
                    Some("add the missing value, or remove the operator"),
                );
            }
            Err(e) => return Err(e),
        };
        let span = lhs.span.to(rhs.span);
        let operands = Box::new(Operands { lhs, rhs });
        lhs = Expr { kind: ExprKind::Binary { op, operands }, span };
        rest = r;
    }
    Ok((rest, lhs))
}

fn unary(i: Input<'_>, depth: u32) -> PResult<'_, Expr> {
    let (i, _) = ws(i)?;
    if depth >= MAX_EXPR_DEPTH {
        return fail(
            Code::LimitExceeded,
            span(&i.take(i.fragment().chars().next().map_or(0, char::len_utf8))),
            format!("expression nested more than {MAX_EXPR_DEPTH} levels deep"),
            Some("split the expression with `~ temp` variables"),
        );
    }
    // One byte says whether a prefix can stand here: most operands have none.
    let prefix = match i.fragment().as_bytes() {
        [b'n', ..] => keyword("not")(i).ok().map(|(r, _)| (r, UnaryOp::Not)),
        [b'!', ..] => Some((i.take_from(1), UnaryOp::Not)),
        // `->` is a divert target, not a minus.
        [b'-', next, ..] if *next == b'>' => None,
        [b'-', ..] => Some((i.take_from(1), UnaryOp::Neg)),
        _ => None,
    };
    if let Some((rest, op)) = prefix {
        let (rest, operand) = unary(rest, depth + 1)?;
        let span = span(&i).to(operand.span);
        let span = crate::script::source::Span { end: operand.span.end, ..span };
        return Ok((rest, Expr { kind: ExprKind::Unary { op, expr: Box::new(operand) }, span }));
    }
    primary(i, depth)
}

fn primary(i: Input<'_>, depth: u32) -> PResult<'_, Expr> {
    let c = i.fragment().chars().next();
    match c {
        Some('(') => {
            let (r, _) = tag("(").parse(i)?;
            let (r, inner) = binary(r, 0, depth + 1)?;
            let (r, _) = ws(r)?;
            match tag::<_, _, super::PError>(")").parse(r) {
                Ok((r, _)) => {
                    let span = super::span_between(&i, &r);
                    Ok((r, Expr { span, ..inner }))
                }
                Err(_) => fail(
                    Code::BadExpression,
                    span(&i.take(1)),
                    "this `(` is never closed",
                    Some("add a `)` after the expression"),
                ),
            }
        }
        Some('"') => string(i),
        Some(c) if c.is_ascii_digit() => number(i),
        Some('-') if i.fragment().starts_with("->") => {
            let (r, _) = tag("->").parse(i)?;
            let (r, _) = ws(r)?;
            let (r, p) = path(r).or_else(|_| {
                fail(Code::BadExpression, span(&r.take(0)), "expected a knot name after `->`", None)
            })?;
            Ok((r, Expr { span: super::span_between(&i, &r), kind: ExprKind::Target(p) }))
        }
        Some(c) if is_name_start(c) => {
            let (r, p) = path(i)?;
            if p.single().is_some() {
                match p.text.as_str() {
                    "true" => return Ok((r, Expr { kind: ExprKind::Bool(true), span: p.span })),
                    "false" => return Ok((r, Expr { kind: ExprKind::Bool(false), span: p.span })),
                    _ => {}
                }
                if r.fragment().starts_with('(') {
                    let name = p.first();
                    let (r, args) = arguments(r, depth)?;
                    return Ok((
                        r,
                        Expr {
                            span: super::span_between(&i, &r),
                            kind: ExprKind::Call(Box::new(Call { name, args })),
                        },
                    ));
                }
            }
            Ok((r, Expr { span: p.span, kind: ExprKind::Var(p) }))
        }
        _ => Err(nom::Err::Error(super::PError::Backtrack)),
    }
}

/// `(a, b)` after a function or knot name.
pub fn arguments(i: Input<'_>, depth: u32) -> PResult<'_, List<Expr>> {
    let open = i;
    let (mut r, _) = tag("(").parse(i)?;
    let mut args = Few::new();
    let (r2, _) = ws(r)?;
    if let Ok((r3, _)) = tag::<_, _, super::PError>(")").parse(r2) {
        return Ok((r3, List::default()));
    }
    loop {
        let (r2, arg) = match binary(r, 0, depth + 1) {
            Ok(ok) => ok,
            Err(nom::Err::Error(_)) => {
                return fail(Code::BadExpression, span(&r.take(0)), "expected an argument", None);
            }
            Err(e) => return Err(e),
        };
        args.push(arg);
        let (r2, _) = ws(r2)?;
        if let Ok((r3, _)) = tag::<_, _, super::PError>(",").parse(r2) {
            r = r3;
            continue;
        }
        if let Ok((r3, _)) = tag::<_, _, super::PError>(")").parse(r2) {
            return Ok((r3, exact(args)));
        }
        return fail(
            Code::BadExpression,
            span(&open.take(1)),
            "this `(` is never closed",
            Some("separate arguments with `,` and close the list with `)`"),
        );
    }
}

/// `"text"` with `\"` and `\\` escapes.
fn string(i: Input<'_>) -> PResult<'_, Expr> {
    let body = &i.fragment()[1..];
    let mut text = String::new();
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                let rest = i.take_from(at + 2);
                return Ok((
                    rest,
                    Expr { kind: ExprKind::Str(text), span: super::span_between(&i, &rest) },
                ));
            }
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    text.push(escaped);
                }
            }
            c => text.push(c),
        }
    }
    fail(
        Code::UnclosedString,
        span(&i.take(1)),
        "this string has no closing `\"`",
        Some("add a `\"` where the text ends"),
    )
}

/// `42` or `4.2`.
fn number(i: Input<'_>) -> PResult<'_, Expr> {
    let (r, digits) = recognize((
        take_while1(|c: char| c.is_ascii_digit()),
        opt((tag("."), take_while1(|c: char| c.is_ascii_digit()))),
    ))
    .parse(i)?;
    let s = span(&digits);
    let text = digits.fragment();
    let kind = if text.contains('.') {
        ExprKind::Float(text.parse().unwrap_or(0.0))
    } else {
        match text.parse() {
            Ok(n) => ExprKind::Int(n),
            Err(_) => {
                return fail(
                    Code::BadExpression,
                    s,
                    format!("the number `{text}` is too large"),
                    Some(&format!("whole numbers go up to {}", i64::MAX)),
                );
            }
        }
    };
    Ok((r, Expr { kind, span: s }))
}

use nom::Input as _;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::source::FileId;

    #[test]
    fn names_are_letters_digits_and_underscores_of_any_script() {
        assert_eq!(name_len("één rest"), "één".len());
        assert_eq!(name_len("naïef_2: ja"), "naïef_2".len());
        assert_eq!(name_len("Ωmega"), "Ωmega".len());
        assert_eq!(name_len("_x9.y"), 3);
        assert_eq!(name_len("9x"), 0);
        assert_eq!(name_len("-> x"), 0);
        assert_eq!(name_len(""), 0);
    }

    #[test]
    fn a_path_stops_before_a_dot_that_no_name_follows() {
        let (rest, p) = path(Input::new("knoop.één. rest", FileId(0), 0)).unwrap();
        assert_eq!(p.text, "knoop.één");
        assert_eq!(rest.fragment(), ". rest");
    }
}
