//! The script parser, written with nom over [`Input`]: pieces of a line that know their file
//! and offset.
//!
//! Conventions, once for the whole grammar:
//! - The language is line-based, like ink: [`parse`] cuts the file into lines and the first
//!   symbol of a line (`===`, `=`, `*`, `+`, `-`, `~`, `??`, `?=`, `#`, `@`, `{`, `VAR`, ...)
//!   decides which rule reads it. Comments are blanked out first, keeping every offset.
//! - Rules consume their own trailing spaces only where they say so; [`expr::ws`] never eats a
//!   newline. A rule that returns `Err::Error` did not match and the caller may try another;
//!   `Err::Failure` carries a finished [`Diagnostic`] and ends the line.
//! - One slip gives one error: a failed line is reported once and skipped, an unclosed block is
//!   reported at its `{` and closed at the next knot, and nesting past a limit is reported once.
//! - Choices and gathers carry their level; the weave tree is built as they arrive
//!   ([`weave`]).

pub mod expr;
pub mod inline;
mod input;
mod lines;
mod weave;

use nom::IResult;
use nom::error::{ErrorKind, ParseError};
use smallvec::SmallVec;

use crate::diagnostic::{Code, Diagnostic};
use crate::script::ast::{Def, Global, Item, Knot, List, Tag};
use crate::script::source::{FileId, Span};

pub use input::Input;
pub use lines::{MAX_BLOCK_DEPTH, MAX_WEAVE_DEPTH, blank_comments, opens_block};

/// The result of a grammar rule.
pub type PResult<'a, T> = IResult<Input<'a>, T, PError>;

/// A rule's failure: `Backtrack` lets the caller try another rule, `Fail` is a diagnostic.
#[derive(Debug)]
pub enum PError {
    /// Did not match here.
    Backtrack,
    /// Matched, but wrongly: this is the error to report.
    Fail(Box<Diagnostic>),
}

impl ParseError<Input<'_>> for PError {
    fn from_error_kind(_: Input<'_>, _: ErrorKind) -> Self {
        PError::Backtrack
    }

    fn append(_: Input<'_>, _: ErrorKind, other: Self) -> Self {
        other
    }
}

/// The span an input covers.
#[must_use]
pub fn span(i: &Input<'_>) -> Span {
    let start = i.location_offset();
    Span::new(i.file, start, start + i.fragment().len())
}

/// The span from the start of `from` to the start of `to` (what a rule consumed).
#[must_use]
pub fn span_between(from: &Input<'_>, to: &Input<'_>) -> Span {
    Span::new(from.file, from.location_offset(), to.location_offset())
}

/// Ends a rule (or a whole line) with a diagnostic.
pub fn fail<O>(
    code: Code,
    span: Span,
    message: impl Into<String>,
    help: Option<&str>,
) -> Result<O, nom::Err<PError>> {
    let mut d = Diagnostic::new(code, span, message);
    d.help = help.map(str::to_string);
    Err(nom::Err::Failure(PError::Fail(Box::new(d))))
}

/// A list while it is read: on the stack while it is short, which lists in a script mostly are.
pub type Few<T> = SmallVec<[T; 2]>;

/// A list of the tree holding exactly these items ([`List`]).
pub fn exact<A: smallvec::Array>(items: SmallVec<A>) -> List<A::Item> {
    if items.is_empty() {
        // Most lines have no tags, most choices no conditions: nothing to allocate or move.
        List::default()
    } else if items.spilled() {
        // Already on the heap: keep that allocation rather than copy into a new one.
        items.into_vec().into_boxed_slice()
    } else {
        // Not `collect` into a vector, which reserves at least four.
        let mut exact = Vec::with_capacity(items.len());
        exact.extend(items);
        exact.into_boxed_slice()
    }
}

/// `INCLUDE path`, to be resolved by the loader.
#[derive(Clone, Debug, PartialEq)]
pub struct Include {
    /// The path as written.
    pub path: String,
    /// Where the line stands.
    pub span: Span,
}

/// What one file contributes to a scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileAst {
    /// `# key: value` tags before the first line of content (the header, in the main file).
    pub header: Vec<Tag>,
    /// `VAR` and `CONST` lines.
    pub globals: Vec<Global>,
    /// `INCLUDE` lines.
    pub includes: Vec<Include>,
    /// Content before the first knot.
    pub top: Vec<Item>,
    /// Knots and functions.
    pub knots: Vec<Knot>,
    /// Labels, temporaries and record variables, in the order read (knots numbered within
    /// this file).
    pub defs: Vec<Def>,
    /// Spans of comments, so that a formatter can keep them.
    pub comments: Vec<Span>,
}

/// Parses one file's normalised text. Problems go to `diagnostics`; the tree holds everything
/// that could be read. `cast` is the main file's cast for an included file, and `None` for
/// the main file, whose own header names it: lines spoken by the cast are told apart here.
pub fn parse(
    file: FileId,
    text: &str,
    cast: Option<Vec<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> FileAst {
    let mut comments = Vec::new();
    let code = lines::blank_comments(file, text, &mut comments, diagnostics);
    let mut ast = lines::Lines::new(file, cast, diagnostics).run(&code);
    ast.comments = comments;
    ast
}
