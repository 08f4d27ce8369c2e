//! Canonical layout for scripts, as `rehearse fmt` writes it. Only what ink ignores changes:
//! indentation (two spaces per level of choices and blocks, three for a response point's hints
//! and examples), trailing spaces, the spacing of sigils (`* * text`, `~ x = 1`, `# tag`), knot
//! headers (`=== name ===`), and blank lines (at most one, and one before each knot). Comments
//! and text stay as written, so formatting keeps a script's meaning; formatting twice changes
//! nothing more.

use crate::script::parser::{blank_comments, opens_block};
use crate::script::source::FileId;

/// The script in canonical layout.
#[must_use]
pub fn format(text: &str) -> String {
    let text = crate::script::source::normalise(text);
    let mut comments = Vec::new();
    let mut ignored = Vec::new();
    let code = blank_comments(FileId(0), &text, &mut comments, &mut ignored);
    let mut f = Formatter::default();
    let mut offset = 0;
    for (orig, code_line) in text.split('\n').zip(code.split('\n')) {
        let inside_comment =
            comments.iter().any(|c| (c.start as usize) < offset && offset < c.end as usize);
        f.line(orig, code_line, inside_comment);
        offset += orig.len() + 1;
    }
    while f.out.last().is_some_and(String::is_empty) {
        f.out.pop();
    }
    let mut result = f.out.join("\n");
    result.push('\n');
    result
}

#[derive(Default)]
struct Formatter {
    out: Vec<String>,
    /// Weave depth: how many choices deep the current content is.
    depth: usize,
    /// How many `{` blocks are open.
    blocks: usize,
    /// Right after a `??` or `?=` line: `#` lines are its hints and examples.
    in_point: bool,
}

fn sigils<'c>(code: &'c str, sigil: &[char]) -> (usize, &'c str) {
    let mut level = 0;
    let mut rest = code;
    loop {
        let trimmed = rest.trim_start();
        match trimmed.chars().next() {
            Some(c) if sigil.contains(&c) && !(c == '-' && trimmed.starts_with("->")) => {
                level += 1;
                rest = &trimmed[1..];
            }
            _ => return (level, trimmed),
        }
    }
}

impl Formatter {
    fn push(&mut self, indent: usize, body: &str) {
        let line = format!("{}{}", " ".repeat(indent), body.trim_end());
        if line.is_empty() && self.out.last().is_none_or(String::is_empty) {
            return;
        }
        self.out.push(line);
    }

    fn indent(&self) -> usize {
        2 * (self.depth + self.blocks)
    }

    fn line(&mut self, orig: &str, code: &str, inside_comment: bool) {
        let c = code.trim();
        if inside_comment && !orig.trim_start().starts_with("/*") {
            // Inside a block comment: keep the line as written.
            self.out.push(orig.trim_end().to_string());
            return;
        }
        if c.is_empty() {
            let comment = orig.trim();
            if comment.is_empty() {
                self.push(0, "");
            } else {
                self.push(self.indent(), comment);
            }
            return;
        }
        // A comment at the end of the line stays, one space after the code.
        let code_end = code.trim_end().len();
        let tail = orig[code_end..].trim();
        let with_tail =
            |body: String| if tail.is_empty() { body } else { format!("{body} {tail}") };
        let was_point = std::mem::take(&mut self.in_point);
        let first = c.as_bytes()[0];
        match first {
            b'=' if c.starts_with("==") => {
                self.depth = 0;
                self.blocks = 0;
                let inner = c.trim_start_matches('=').trim_end_matches('=').trim();
                let inner = match inner.strip_prefix("function") {
                    Some(rest) if rest.starts_with(char::is_whitespace) => {
                        format!("function {}", rest.trim())
                    }
                    _ => inner.to_string(),
                };
                if self.out.last().is_some_and(|l| !l.is_empty()) {
                    self.out.push(String::new());
                }
                self.push(0, &with_tail(format!("=== {inner} ===")));
            }
            b'=' => {
                self.depth = 0;
                self.blocks = 0;
                if self.out.last().is_some_and(|l| !l.is_empty() && !l.starts_with("===")) {
                    self.out.push(String::new());
                }
                self.push(0, &with_tail(format!("= {}", c[1..].trim())));
            }
            b'*' | b'+' if self.blocks == 0 => {
                let (level, rest) = sigils(c, &['*', '+']);
                let marks: Vec<String> = c
                    .chars()
                    .filter(|ch| *ch == '*' || *ch == '+')
                    .take(level)
                    .map(String::from)
                    .collect();
                self.depth = level.saturating_sub(1);
                let body = if rest.is_empty() {
                    marks.join(" ")
                } else {
                    format!("{} {rest}", marks.join(" "))
                };
                self.push(self.indent(), &with_tail(body));
                self.depth = level;
            }
            b'-' if !c.starts_with("->") && self.blocks == 0 => {
                let (level, rest) = sigils(c, &['-']);
                self.depth = level.saturating_sub(1);
                let marks = vec!["-"; level].join(" ");
                let body = if rest.is_empty() { marks } else { format!("{marks} {rest}") };
                self.push(self.indent(), &with_tail(body));
            }
            b'-' if !c.starts_with("->") => {
                // An arm of a block: at the block's own indentation.
                let indent = 2 * (self.depth + self.blocks - 1);
                self.push(indent, &with_tail(format!("- {}", c[1..].trim())));
            }
            b'}' if c == "}" && self.blocks > 0 => {
                self.blocks -= 1;
                self.push(self.indent(), &with_tail("}".into()));
            }
            b'{' if opens_block(c) => {
                self.push(self.indent(), &with_tail(c.to_string()));
                self.blocks += 1;
            }
            b'~' => self.push(self.indent(), &with_tail(format!("~ {}", c[1..].trim()))),
            b'?' if c.starts_with("??") || c.starts_with("?=") => {
                self.push(self.indent(), &with_tail(format!("{} {}", &c[..2], c[2..].trim())));
                self.in_point = true;
            }
            b'#' => {
                let indent = if was_point { self.indent() + 3 } else { self.indent() };
                self.in_point = was_point;
                self.push(indent, &with_tail(format!("# {}", c[1..].trim())));
            }
            _ => self.push(self.indent(), &with_tail(c.to_string())),
        }
    }
}
