//! The scenario header (`# title:`, `# lang:`, `# cast:` ...) and speaker lines (`Jeroen: ...`).

use crate::diagnostic::{Code, Diagnostic};
use crate::script::ast::{CastMember, Header, Name, Part, Parts, Tag, Voice};
use crate::script::source::Span;

use super::suggest;

/// The header keys this engine reads; any other tag is kept and ignored, as in ink.
pub const KEYS: &[&str] =
    &["title", "lang", "cast", "description", "minutes", "patterns", "author"];

/// The languages scenarios and the scorer know.
pub const LANGS: &[&str] = &["en", "nl"];

/// Reads the header tags of the main file.
pub fn header(tags: &[Tag], diagnostics: &mut Vec<Diagnostic>) -> Header {
    let mut header = Header { tags: tags.to_vec(), ..Header::default() };
    for tag in tags {
        let Some((key, value)) = tag.text.split_once(':') else { continue };
        let (key, value) = (key.trim(), value.trim());
        let value_span = value_span(tag, value);
        match key {
            "title" => header.title = Some(value.to_string()),
            "description" => header.description = Some(value.to_string()),
            "patterns" => header.patterns = Some(value.to_string()),
            "author" => {}
            "lang" => {
                if LANGS.contains(&value) {
                    header.lang = Some(value.to_string());
                } else {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::BadHeader,
                            value_span,
                            format!("unknown language `{value}`"),
                        )
                        .help("write `# lang: en` (English) or `# lang: nl` (Dutch)"),
                    );
                }
            }
            "minutes" => match value.parse::<u32>() {
                Ok(n) if n > 0 => header.minutes = Some(n),
                _ => diagnostics.push(
                    Diagnostic::new(
                        Code::BadHeader,
                        value_span,
                        format!("`{value}` is not a number of minutes"),
                    )
                    .help("write a whole number, such as `# minutes: 10`"),
                ),
            },
            "cast" => cast(tag, value, &mut header.cast, diagnostics),
            _ if key.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                if let Some(near) = suggest(key, KEYS.iter().copied()) {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::UnknownHeaderKey,
                            tag.span,
                            format!("unknown header key `{key}`"),
                        )
                        .help(format!("did you mean `{near}`?")),
                    );
                }
            }
            _ => {}
        }
    }
    header
}

fn value_span(tag: &Tag, value: &str) -> Span {
    let at = tag.text.rfind(value).unwrap_or(0) as u32;
    Span { start: tag.span.start + at, end: tag.span.start + at + value.len() as u32, ..tag.span }
}

/// The entries of a `cast:` value, `Name = role` or `Name`, as (name, role).
fn cast_entries(value: &str) -> impl Iterator<Item = (&str, Option<String>)> {
    value
        .split(',')
        .map(|entry| match entry.split_once('=') {
            Some((n, r)) => (n.trim(), Some(r.trim().to_string()).filter(|r| !r.is_empty())),
            None => (entry.trim(), None),
        })
        .filter(|(name, _)| !name.is_empty())
}

fn valid_cast_name(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// The cast's names from a file's header tags, for the parser to tell spoken lines by; the
/// checks and their diagnostics come with [`header`].
#[must_use]
pub fn cast_names(tags: &[Tag]) -> Vec<String> {
    tags.iter()
        .filter_map(|tag| tag.text.split_once(':'))
        .filter(|(key, _)| key.trim() == "cast")
        .flat_map(|(_, value)| cast_entries(value.trim()))
        .map(|(name, _)| name)
        .filter(|name| valid_cast_name(name))
        .map(str::to_string)
        .collect()
}

/// `# cast: Jeroen = colleague, Mark = manager`
fn cast(tag: &Tag, value: &str, cast: &mut Vec<CastMember>, diagnostics: &mut Vec<Diagnostic>) {
    for (name, role) in cast_entries(value) {
        let span = value_span(tag, name);
        if !valid_cast_name(name) {
            diagnostics.push(
                Diagnostic::new(Code::BadHeader, span, format!("`{name}` cannot be a cast name"))
                    .help("a cast name is one word (letters, digits, `-`, `_`), such as `# cast: Jeroen = colleague`"),
            );
            continue;
        }
        if cast.iter().any(|m| m.name.text == name) {
            diagnostics.push(Diagnostic::new(
                Code::Duplicate,
                span,
                format!("`{name}` is in the cast twice"),
            ));
            continue;
        }
        cast.push(CastMember { name: Name { text: name.into(), span }, role });
    }
}

/// Makes a `Name: text` line spoken when `Name` is in the cast (dropping `Name:` from its
/// text), and warns about a name that looks like a misspelt cast member.
pub fn speaker(
    cast: &[String],
    voice: &mut Voice,
    parts: &mut Parts,
    line: Span,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if cast.is_empty() || *voice != Voice::Narration {
        return;
    }
    let Some(Part::Text { text }) = parts.first_mut() else { return };
    // A name is at most 30 characters, so its `:` stands within the first 124 bytes.
    let head = &text.as_bytes()[..text.len().min(124)];
    let Some(colon) = memchr::memchr(b':', head) else { return };
    let (candidate, rest) = (&text[..colon], &text[colon + 1..]);
    let candidate = candidate.trim();
    if !(rest.is_empty() || rest.starts_with([' ', '\t']))
        || candidate.is_empty()
        || candidate.chars().count() > 30
        || !candidate.chars().next().is_some_and(char::is_uppercase)
        || !candidate.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return;
    }
    if cast.iter().any(|c| c == candidate) {
        *voice = Voice::Speaker(candidate.into());
        // Drop `Name:` and the spaces after it, in place.
        let spoken = text.len() - rest.trim_start().len();
        text.drain(..spoken);
        if text.is_empty() {
            // Rare (`Name:` and no more text), so rebuilding the list costs nothing.
            *parts = parts[1..].to_vec().into();
        }
    } else if let Some(near) = suggest(candidate, cast.iter().map(String::as_str)) {
        diagnostics.push(
            Diagnostic::new(
                Code::UnknownSpeaker,
                line,
                format!("`{candidate}` is not in the cast"),
            )
            .help(format!(
                "did you mean `{near}`? Otherwise add `{candidate}` to the `# cast:` line"
            )),
        );
    }
}
