//! The parser's input: a piece of one line that knows its file and its byte offset in it.
//!
//! It does what `nom_locate`'s span did for this parser, minus line and column tracking: the
//! grammar is line-based and diagnostics take lines and columns from the file's line index
//! ([`crate::script::source::SourceFile::line_col`]), so counting newlines on every slice,
//! as a located span does, was work nobody read.

use std::str::{CharIndices, Chars};

use nom::{Compare, CompareResult, Needed, Offset};

use crate::script::source::FileId;

/// A piece of one file's text with where it starts.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    text: &'a str,
    /// Byte offset of `text` in its file.
    start: usize,
    /// The file.
    pub file: FileId,
}

impl<'a> Input<'a> {
    /// `text`, which starts at byte `start` of `file`.
    #[must_use]
    pub fn new(text: &'a str, file: FileId, start: usize) -> Self {
        Input { text, start, file }
    }

    /// The text.
    #[must_use]
    pub fn fragment(&self) -> &'a str {
        self.text
    }

    /// Byte offset of the text in its file.
    #[must_use]
    pub fn location_offset(&self) -> usize {
        self.start
    }
}

impl<'a> nom::Input for Input<'a> {
    type Item = char;
    type Iter = Chars<'a>;
    type IterIndices = CharIndices<'a>;

    fn input_len(&self) -> usize {
        self.text.len()
    }

    fn take(&self, index: usize) -> Self {
        Input { text: &self.text[..index], ..*self }
    }

    fn take_from(&self, index: usize) -> Self {
        Input { text: &self.text[index..], start: self.start + index, file: self.file }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(char) -> bool,
    {
        self.text.find(predicate)
    }

    fn iter_elements(&self) -> Chars<'a> {
        self.text.chars()
    }

    fn iter_indices(&self) -> CharIndices<'a> {
        self.text.char_indices()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        self.text.slice_index(count)
    }
}

impl<'b> Compare<&'b str> for Input<'_> {
    fn compare(&self, t: &'b str) -> CompareResult {
        self.text.compare(t)
    }

    fn compare_no_case(&self, t: &'b str) -> CompareResult {
        self.text.compare_no_case(t)
    }
}

impl Offset for Input<'_> {
    fn offset(&self, second: &Self) -> usize {
        second.start - self.start
    }
}
