//! Text from files and replies reaches the terminal only through [`visible`]: control characters
//! and escape sequences are shown as `\u{1b}`-style escapes, so a scenario, a pattern pack or
//! a pasted reply cannot clear the screen, move the cursor, retitle the window or hide text.

use std::borrow::Cow;

/// Whether a character would act on the terminal instead of showing (tab and newline stay).
#[must_use]
pub fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text with every control character written out as `\u{..}`.
#[must_use]
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_control(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`visible`], and maps a byte offset in `text` to the same place in the result.
#[must_use]
pub fn visible_offset(text: &str, offset: usize) -> usize {
    let mut grown = 0;
    for (at, c) in text.char_indices() {
        if at >= offset {
            break;
        }
        if is_control(c) {
            grown += c.escape_unicode().to_string().len() - c.len_utf8();
        }
    }
    offset + grown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(visible("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(visible("\u{1b}[2Jgone"), "\\u{1b}[2Jgone");
        assert_eq!(visible("a\u{202E}b"), "a\\u{202e}b");
        let text = "x\u{1b}y";
        assert_eq!(&visible(text)[visible_offset(text, 2)..], "y");
    }
}
