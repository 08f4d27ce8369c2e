//! Diagnostics are data: a code, a span, a message, an optional label under the span and an
//! optional help line. The checker produces them; [`render`] draws them the way rustc does for
//! a terminal and [`Diagnostic::to_json`] gives one JSON object for tools. Every code is listed,
//! with a failing example, in `docs/FORMAT.md`.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::script::source::{Sources, Span};
use crate::terminal::{visible, visible_offset};

/// How bad a diagnostic is: an error stops the scenario from being played, a warning does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario cannot be played until this is fixed.
    Error,
    /// The scenario plays, but probably not as the author meant.
    Warning,
}

macro_rules! codes {
    ($($variant:ident = $id:literal, $summary:literal;)*) => {
        /// Every diagnostic the checker can give. The id (`E012`) is stable; the docs list each.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $(#[doc = $summary] $variant,)* }

        impl Code {
            /// All codes, in id order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable id, such as `E012`.
            #[must_use]
            pub fn id(self) -> &'static str {
                match self { $(Code::$variant => $id,)* }
            }

            /// A one-line summary for documentation and `--help`.
            #[must_use]
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }
        }
    };
}

codes! {
    InvalidUtf8 = "E001", "the file is not valid UTF-8";
    UnclosedBrace = "E002", "a `{` is not closed on its line";
    UnclosedBracket = "E003", "a `[` in a choice is not closed";
    UnmatchedClose = "E004", "a `}` or `]` closes nothing";
    UnclosedBlock = "E005", "a multi-line `{` block or a `/*` comment is never closed";
    UnclosedString = "E006", "a string has no closing quote";
    BadExpression = "E007", "an expression is malformed";
    BadLine = "E008", "a line does not have the form its first symbol promises";
    Unsupported = "E009", "an ink feature this engine does not support";
    Misplaced = "E010", "a construct stands where it is not allowed";
    Duplicate = "E011", "a name is defined twice";
    UnknownTarget = "E012", "a divert names no knot, stitch or label";
    UndefinedVariable = "E013", "a name in an expression is not defined";
    WrongArguments = "E014", "a call passes the wrong number of arguments";
    TypeMismatch = "E015", "an operator is used on values of the wrong type";
    AssignConstant = "E016", "a constant or a knot's visit count is assigned to";
    NoFallback = "E020", "a response point has no fallback branch";
    UnknownCue = "E021", "a branch condition names an unknown style or cue";
    UnknownExampleStyle = "E022", "an example answer is labelled with an unknown style";
    NoBranches = "E023", "a response point has no branches";
    BadHeader = "E024", "a scenario header tag has a value it cannot have";
    IncludeNotFound = "E030", "a file named by `INCLUDE` cannot be read";
    IncludeOutside = "E031", "an INCLUDE points outside the scenario's folder";
    IncludeCycle = "E032", "files INCLUDE each other in a circle";
    LimitExceeded = "E033", "a file, line or nesting is larger than the engine allows";
    Unreachable = "W001", "no route from the start reaches this knot";
    NoEnd = "W002", "from this knot no route reaches `-> END` or `-> DONE`";
    EndlessLoop = "W003", "a loop runs forever without offering a choice or response point";
    MissingExample = "W004", "a branch tests a style that has no example answer";
    UnknownSpeaker = "W005", "a line looks spoken by someone who is not in the cast";
    RunsOut = "W006", "the flow can run out of content without a divert";
    UnknownHeaderKey = "W007", "a header tag is close to, but not, a known key";
    DeadBranch = "W008", "a branch after the fallback can never be taken";
}

impl Code {
    /// Errors start with `E`, warnings with `W`.
    #[must_use]
    pub fn severity(self) -> Severity {
        if self.id().starts_with('E') { Severity::Error } else { Severity::Warning }
    }
}

/// One problem found in a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of problem.
    pub code: Code,
    /// Where.
    pub span: Span,
    /// What is wrong: lowercase, names in backticks, no trailing period.
    pub message: String,
    /// A short note drawn under the span.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with a message and nothing else.
    #[must_use]
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic { code, span, message: message.into(), label: None, help: None }
    }

    /// Adds the note drawn under the span.
    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds the `help:` line.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error or a warning.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// The diagnostic as tools read it: the fields `file, line, column, end_line, end_column,
    /// severity, code, message, help`, with 1-based lines and columns.
    #[must_use]
    pub fn located<'a>(&'a self, sources: &'a Sources) -> Located<'a> {
        let file = sources.get(self.span.file);
        let (line, column) = file.line_col(self.span.start);
        let (end_line, end_column) = file.line_col(self.span.end);
        Located {
            file: &file.name,
            line,
            column,
            end_line,
            end_column,
            severity: self.severity(),
            code: self.code.id(),
            message: &self.message,
            help: self.help.as_deref(),
        }
    }

    /// One line of JSON (see [`Diagnostic::located`]).
    #[must_use]
    pub fn to_json(&self, sources: &Sources) -> String {
        serde_json::to_string(&self.located(sources)).unwrap_or_default()
    }
}

/// A diagnostic with its place resolved to file, line and column, in the field order of
/// `rehearse check --format json`.
#[derive(Debug, Serialize)]
pub struct Located<'a> {
    /// The file's name as given.
    pub file: &'a str,
    /// First line, from 1.
    pub line: usize,
    /// First column, in characters, from 1.
    pub column: usize,
    /// Last line.
    pub end_line: usize,
    /// Column just after the span.
    pub end_column: usize,
    /// `error` or `warning`.
    pub severity: Severity,
    /// `E012`.
    pub code: &'static str,
    /// What is wrong.
    pub message: &'a str,
    /// How to fix it.
    pub help: Option<&'a str>,
}

/// Draws a diagnostic as rustc does: a title, a `-->` location, the source lines with the span
/// underlined, and a `help:` line. `color` adds ANSI styles.
#[must_use]
pub fn render(diagnostic: &Diagnostic, sources: &Sources, color: bool) -> String {
    let file = sources.get(diagnostic.span.file);
    let Span { start, end, .. } = diagnostic.span;
    let (first_line, lines) = file.line_range(start, end);
    let raw = &file.text[lines.clone()];
    // Clamp to the shown lines and to character boundaries.
    let clamp = |offset: u32| {
        let mut at = (offset as usize).clamp(lines.start, lines.end) - lines.start;
        while !raw.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    // Control characters in the source are shown, not sent to the terminal.
    let shown = visible(raw);
    let (from, to) = (visible_offset(raw, clamp(start)), visible_offset(raw, clamp(end)));
    let level = match diagnostic.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let message = visible(&diagnostic.message);
    let path = visible(&file.name);
    let label = diagnostic.label.as_deref().map(visible);
    let help = diagnostic.help.as_deref().map(visible);
    let mut annotation = AnnotationKind::Primary.span(from..to.max(from));
    if let Some(label) = &label {
        annotation = annotation.label(label.as_ref());
    }
    let mut report = vec![
        level.primary_title(message.as_ref()).id(diagnostic.code.id()).element(
            Snippet::source(shown.as_ref())
                .line_start(first_line)
                .path(path.as_ref())
                .annotation(annotation),
        ),
    ];
    if let Some(help) = &help {
        report.push(Group::with_title(Level::HELP.secondary_title(help.as_ref())));
    }
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    renderer.render(&report)
}

/// Counts of errors and warnings, and the summary line `check` prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
}

impl Tally {
    /// Counts one diagnostic.
    pub fn add(&mut self, diagnostic: &Diagnostic) {
        match diagnostic.severity() {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
        }
    }

    /// `2 errors, 1 warning`, or `no problems`.
    #[must_use]
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut out = String::new();
        match (self.errors, self.warnings) {
            (0, 0) => out.push_str("no problems"),
            (e, 0) => out.push_str(&plural(e, "error")),
            (0, w) => out.push_str(&plural(w, "warning")),
            (e, w) => {
                let _ = write!(out, "{}, {}", plural(e, "error"), plural(w, "warning"));
            }
        }
        out
    }
}
