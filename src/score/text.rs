//! The reply as the matchers see it: lowercased, with curly quotes and apostrophes made
//! straight, and a map from every byte back to the original text, so that a cue found in the
//! normalised text points at the exact words the coachee typed. Also the reply's words and
//! clauses, for negation, intensifiers and contrast.

/// A normalised reply.
#[derive(Debug, Default)]
pub struct Normalised {
    /// Lowercase text with straight quotes.
    pub text: String,
    /// For each byte of `text`, the offset of the original character it came from.
    origin: Vec<u32>,
    /// Length of the original text.
    original_len: usize,
    /// The words, in order.
    pub words: Vec<Word>,
}

/// A word of a normalised reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Where it starts in [`Normalised::text`] (a byte offset).
    pub start: usize,
    /// Where it ends in [`Normalised::text`].
    pub end: usize,
    /// The clause it is in (clauses end at `. , ; : ! ?`, brackets, quotes and line breaks).
    pub clause: u32,
    /// The sentence it is in.
    pub sentence: u32,
    /// Whether it starts its sentence.
    pub starts_sentence: bool,
}

/// Where the apostrophe goes in an English contraction often typed without one ("cant" →
/// 3), or `None` for any other word.
fn apostrophe_at(word: &str) -> Option<usize> {
    match word {
        "im" | "ive" | "yall" => Some(1),
        "isnt" | "itll" => Some(2),
        "aint" | "cant" | "didnt" | "dont" | "hadnt" | "hasnt" | "shes" | "wasnt" | "wont"
        | "youd" | "youll" | "youre" | "youve" => Some(3),
        "arent" | "doesnt" | "havent" | "heres" | "mustnt" | "thats" | "theyll" | "theyre"
        | "theyve" | "werent" | "whats" => Some(4),
        "couldnt" | "couldve" | "theres" | "wheres" | "wouldnt" | "wouldve" => Some(5),
        "shouldnt" | "shouldve" => Some(6),
        _ => None,
    }
}

fn fold(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '\u{B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => out.push('"'),
        '\u{2026}' => out.push_str("..."),
        '\u{2013}' | '\u{2014}' => out.push('-'),
        '\u{A0}' | '\u{2009}' | '\u{202F}' => out.push(' '),
        c if c.is_uppercase() => out.extend(c.to_lowercase()),
        c => out.push(c),
    }
}

impl Normalised {
    /// Normalises `original`.
    #[must_use]
    pub fn new(original: &str) -> Self {
        let mut n = Normalised {
            text: String::with_capacity(original.len()),
            origin: Vec::with_capacity(original.len()),
            original_len: original.len(),
            ..Normalised::default()
        };
        if original.bytes().all(|b| b.is_ascii() && b != b'`') {
            // Most replies: one byte for one byte.
            n.text.push_str(original);
            n.text.make_ascii_lowercase();
            n.origin.extend(0..original.len() as u32);
        } else {
            for (at, c) in original.char_indices() {
                fold(c, &mut n.text);
                n.origin.resize(n.text.len(), at as u32);
            }
        }
        n.restore_apostrophes();
        n.split_words();
        n
    }

    /// Puts back the apostrophe of English contractions typed without one ("cant", "im"), so
    /// that a hurried reply matches the same phrases as a careful one. Only words that are
    /// nothing else are restored ("ill", "its", "well" and "were" stay as typed).
    fn restore_apostrophes(&mut self) {
        let bytes = self.text.as_bytes();
        let mut fixes = Vec::new();
        // Part of a longer word: next to a digit, an apostrophe or a letter outside ASCII.
        let joins = |b: &u8| *b == b'\'' || b.is_ascii_digit() || !b.is_ascii();
        let mut at = 0usize;
        for run in bytes.split(|b| !b.is_ascii_alphabetic()) {
            let len = run.len();
            if len >= 2
                && !at.checked_sub(1).is_some_and(|i| joins(&bytes[i]))
                && !bytes.get(at + len).is_some_and(joins)
                && let Some(split) = apostrophe_at(&self.text[at..at + len])
            {
                fixes.push(at + split);
            }
            at += len + 1;
        }
        if fixes.is_empty() {
            return;
        }
        let (text, origin) = (std::mem::take(&mut self.text), std::mem::take(&mut self.origin));
        self.text.reserve(text.len() + fixes.len());
        self.origin.reserve(text.len() + fixes.len());
        let mut from = 0;
        for split in fixes {
            self.text.push_str(&text[from..split]);
            self.origin.extend_from_slice(&origin[from..split]);
            self.text.push('\'');
            self.origin.push(origin[split]);
            from = split;
        }
        self.text.push_str(&text[from..]);
        self.origin.extend_from_slice(&origin[from..]);
    }

    fn split_words(&mut self) {
        // A typical reply has a word in five or six bytes.
        self.words.reserve(self.text.len() / 4 + 1);
        let text = std::mem::take(&mut self.text);
        if text.is_ascii() {
            // Most replies: no characters to decode.
            self.scan(text.bytes().map(char::from).enumerate(), text.len());
        } else {
            self.scan(text.char_indices(), text.len());
        }
        self.text = text;
    }

    fn scan(&mut self, chars: impl Iterator<Item = (usize, char)>, len: usize) {
        let mut clause = 0u32;
        let mut start: Option<usize> = None;
        let mut new_sentence = true;
        for (at, c) in chars {
            if c.is_alphanumeric() || (c == '\'' && start.is_some()) {
                start.get_or_insert(at);
                continue;
            }
            if let Some(s) = start.take() {
                self.push_word(s, at, clause, &mut new_sentence);
            }
            match c {
                '.' | '!' | '?' | '\n' => {
                    clause += 1;
                    new_sentence = true;
                }
                ',' | ';' | ':' | '(' | ')' | '"' => clause += 1,
                _ => {}
            }
        }
        if let Some(s) = start {
            self.push_word(s, len, clause, &mut new_sentence);
        }
    }

    fn push_word(&mut self, start: usize, end: usize, clause: u32, new_sentence: &mut bool) {
        let starts_sentence = std::mem::take(new_sentence);
        let sentence = self.words.last().map_or(0, |w| w.sentence + u32::from(starts_sentence));
        self.words.push(Word { start, end, clause, sentence, starts_sentence });
    }

    /// The original byte range of a normalised range.
    #[must_use]
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin.get(start).map_or(self.original_len, |&o| o as usize);
        // The end is the start of the first original character not covered.
        let to = self.origin.get(end).map_or(self.original_len, |&o| o as usize);
        (from, to.max(from))
    }

    /// Whether a match at `start..end` stands on word boundaries (only where the match itself
    /// begins or ends with a letter or digit). A clitic after an apostrophe is a word of its
    /// own ("you" in "you're"), except the negation: "i can" is not in "i can't".
    #[must_use]
    pub fn on_word_boundaries(&self, start: usize, end: usize) -> bool {
        let text = &self.text;
        let inner_first = text[start..].chars().next().is_some_and(char::is_alphanumeric);
        let inner_last = text[..end].chars().next_back().is_some_and(char::is_alphanumeric);
        let before = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
        let rest = &text[end..];
        let after = rest.chars().next().is_some_and(char::is_alphanumeric)
            || rest.strip_prefix("'t").is_some_and(|r| !r.starts_with(char::is_alphanumeric));
        !(inner_first && before || inner_last && after)
    }

    /// Whether the sentence word `i` stands in is a question (ends with `?`).
    #[must_use]
    pub fn in_question(&self, i: usize) -> bool {
        let next = self.words[i + 1..].iter().find(|w| w.starts_sentence);
        let end = next.map_or(self.text.len(), |w| w.start);
        self.text[self.words[i].end..end].trim_end().ends_with('?')
    }

    /// Index of the first word that starts at or after `offset`.
    #[must_use]
    pub fn word_at(&self, offset: usize) -> usize {
        self.words.partition_point(|w| w.start < offset)
    }

    /// The text of word `i`.
    #[must_use]
    pub fn word(&self, i: usize) -> &str {
        let w = self.words[i];
        &self.text[w.start..w.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_back_through_case_and_curly_quotes() {
        let n = Normalised::new("I’M Sorry");
        assert_eq!(n.text, "i'm sorry");
        let at = n.text.find("sorry").unwrap();
        assert_eq!(n.original(at, at + 5), (6, 11));
        let at = n.text.find("i'm").unwrap();
        assert_eq!(n.original(at, at + 3), (0, 5));
    }

    #[test]
    fn contractions_typed_without_apostrophe_are_restored() {
        let n = Normalised::new("Im sorry, I CANT. dont. Ill go, its well");
        assert_eq!(n.text, "i'm sorry, i can't. don't. ill go, its well");
        let at = n.text.find("can't").unwrap();
        assert_eq!(n.original(at, at + 5), (12, 16), "the cue covers the word as typed");
        assert_eq!(Normalised::new("pedant's cantata").text, "pedant's cantata");
        assert_eq!(Normalised::new("dont's cantà 2im").text, "dont's cantà 2im");
    }

    #[test]
    fn words_and_clauses() {
        let n = Normalised::new("Sorry, I can't. Don't!");
        let words: Vec<&str> = (0..n.words.len()).map(|i| n.word(i)).collect();
        assert_eq!(words, ["sorry", "i", "can't", "don't"]);
        assert_eq!(n.words.iter().map(|w| w.clause).collect::<Vec<_>>(), [0, 1, 1, 2]);
    }

    #[test]
    fn questions_are_told_by_their_sentence_end() {
        let n = Normalised::new("Take it. Take it?  Take it");
        assert_eq!(
            (0..n.words.len()).map(|i| n.in_question(i)).collect::<Vec<_>>(),
            [false, false, true, true, false, false]
        );
    }

    #[test]
    fn boundaries_only_count_for_letters() {
        let n = Normalised::new("you're, ok!!");
        assert!(n.on_word_boundaries(0, 3));
        assert!(!n.on_word_boundaries(0, 2));
        let bang = n.text.find("!!").unwrap();
        assert!(n.on_word_boundaries(bang, bang + 2));
    }
}
