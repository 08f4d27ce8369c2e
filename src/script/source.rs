//! Source files as the parser sees them: decoded, normalised text plus a line index.
//!
//! Every span in the syntax tree and in diagnostics is a byte range into the normalised text
//! of one file: BOM removed, CRLF turned into LF, Unicode in NFC. Only line endings change
//! length, so a line and column computed here are the line and column the author sees.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use serde::{Serialize, Serializer};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Which source file a span belongs to: an index into [`Sources`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// The file the range lies in.
    pub file: FileId,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets in `file`.
    #[must_use]
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span { file, start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn to(self, other: Span) -> Span {
        Span { file: self.file, start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Spans serialise compactly (`"12..20"`, or `"1:12..20"` outside the first file) so that
/// snapshots of the tree stay readable.
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.file.0 != 0 {
            write!(f, "{}:", self.file.0)?;
        }
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One loaded file: the name to show in messages and its normalised text.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (or as an INCLUDE resolved it), for messages.
    pub name: String,
    /// The normalised text.
    pub text: String,
    line_starts: OnceLock<Vec<u32>>,
}

impl SourceFile {
    /// A file with already normalised text.
    #[must_use]
    pub fn new(name: impl Into<String>, text: String) -> Self {
        SourceFile { name: name.into(), text, line_starts: OnceLock::new() }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1));
            starts
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    #[must_use]
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = (offset as usize).min(self.text.len());
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s as usize <= offset) - 1;
        let start = starts[line] as usize;
        let mut column_end = offset;
        while !self.text.is_char_boundary(column_end) {
            column_end -= 1;
        }
        (line + 1, self.text[start..column_end].chars().count() + 1)
    }

    /// Byte range of the whole lines that `start..end` touches, without the final newline.
    #[must_use]
    pub fn line_range(&self, start: u32, end: u32) -> (usize, std::ops::Range<usize>) {
        let starts = self.line_starts();
        let first = starts.partition_point(|&s| s <= start) - 1;
        let last = starts.partition_point(|&s| s <= end.max(start)) - 1;
        let from = starts[first] as usize;
        let to = starts.get(last + 1).map_or(self.text.len(), |&s| s as usize - 1);
        (first + 1, from..to.max(from))
    }
}

/// All files of one scenario: the file named on the command line first, then its INCLUDEs.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    /// The file with this id.
    ///
    /// # Panics
    /// When the id does not come from this set, which is a bug in the caller.
    #[must_use]
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The text a span covers.
    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        let text = &self.get(span.file).text;
        text.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    /// Every file, in load order.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i as u32), f))
    }
}

/// Bytes that are not UTF-8: where the first bad byte is, and the text decoded lossily so that
/// the diagnostic can still show the line.
#[derive(Debug)]
pub struct BadUtf8 {
    /// Byte offset of the first invalid byte in the file as stored on disk.
    pub offset: usize,
    /// The same place in `lossy`, where it is a replacement character.
    pub at: usize,
    /// The file decoded with replacement characters, normalised like any text.
    pub lossy: String,
}

/// Turns raw bytes into the normalised text the parser reads, in place when it is already
/// normal (no BOM, no CR, NFC), which is the common case.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, BadUtf8> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { bytes.drain(..3).len() } else { 0 };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match normalise(&text) {
            Cow::Borrowed(_) => text,
            Cow::Owned(changed) => changed,
        }),
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let body = e.as_bytes();
            let valid = std::str::from_utf8(&body[..good]).unwrap_or_default();
            Err(BadUtf8 {
                offset: bom + good,
                at: normalise(valid).len(),
                lossy: normalise(&String::from_utf8_lossy(body)).into_owned(),
            })
        }
    }
}

/// CRLF (and a lone CR) to LF, then NFC; borrows when nothing changes, which is the common case.
#[must_use]
pub fn normalise(text: &str) -> Cow<'_, str> {
    let text: Cow<'_, str> = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("x", "ab\ncé d\n".to_string());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        // "cé " is 4 bytes; the `d` is the fourth character.
        assert_eq!(f.line_col(7), (2, 4));
        assert_eq!(f.line_col(100), (3, 1));
    }

    #[test]
    fn decode_strips_bom_crlf_and_composes() {
        let text = decode(b"\xEF\xBB\xBFa\r\ne\xCC\x81\r\n".to_vec()).unwrap();
        assert_eq!(text, "a\n\u{e9}\n");
    }

    #[test]
    fn decode_reports_the_first_bad_byte() {
        let err = decode(b"\xEF\xBB\xBFok\r\n\xFFno".to_vec()).unwrap_err();
        assert_eq!(err.offset, 7);
        assert_eq!(err.at, 3);
        assert!(err.lossy.contains('\u{FFFD}'));
    }
}
