//! The phrasing scorer: how a free reply comes across — assertive, passive, aggressive or
//! passive-aggressive — and which words made it so.
//!
//! Everything the scorer knows is in its pattern packs ([`pack`]): cues (an apology, a hedge,
//! a clear refusal ...) found as phrases and patterns, each pointing to a style with a weight.
//! [`Scorer::score`] finds the cues in a reply, drops those a negator cancels ("not sorry"),
//! strengthens those after an intensifier ("really sorry"), weighs the part after a contrast
//! word ("..., but I can't") more, and adds the weights per style. The verdict keeps every cue
//! with its place in the reply and a one-line note, so the coachee sees why.

pub mod eval;
pub mod pack;
pub mod style;
pub mod text;
mod verdict;

use std::cmp::Ordering;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use pack::{Modifiers, Pack, PackError};
pub use style::{CUES, Style};
pub use verdict::{Cue, Scores, Verdict};

use pack::{Builder, Company, Hit, NEUTRAL};
use text::Normalised;

/// Replies are scored up to this many bytes; the rest is left out, and the verdict says so.
pub const MAX_REPLY_BYTES: usize = 64 * 1024;

/// How much more a cue counts after an intensifier ("really sorry").
const INTENSIFIED: f32 = 1.4;
/// How much a cue counts before, and after, a contrast word in its sentence ("..., but ...").
const BEFORE_CONTRAST: f32 = 0.7;
const AFTER_CONTRAST: f32 = 1.3;
/// How many words before a cue a negator or intensifier may stand.
const REACH: usize = 3;

/// The languages rehearse scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Dutch.
    Nl,
}

impl Lang {
    /// `en` or `nl`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language with this code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }
}

const BUILT_IN: [(Lang, &str, &str); 2] = [
    (Lang::En, "patterns/en.toml", include_str!("../../patterns/en.toml")),
    (Lang::Nl, "patterns/nl.toml", include_str!("../../patterns/nl.toml")),
];

/// A scorer: one pack per language, compiled when first used (a session scores one language,
/// so starting up compiles only that one; a reply whose language must be guessed and whose
/// common words tie is tried with both).
#[derive(Debug, Clone)]
pub struct Scorer {
    sources: [Vec<(String, String)>; 2],
    packs: [OnceLock<Pack>; 2],
    /// The common words of each language: bit 0 English, bit 1 Dutch.
    markers: rustc_hash::FxHashMap<String, u8>,
}

impl Scorer {
    /// The built-in packs, with `extra` packs (name, text) added on top in order.
    /// Every pack is read and checked here, so that an error shows before any reply is scored;
    /// compiling the matchers waits for the first reply in that language.
    pub fn with_packs(extra: &[(String, String)]) -> Result<Scorer, PackError> {
        let mut sources: [Vec<(String, String)>; 2] = Default::default();
        for (_, name, text) in &BUILT_IN {
            let i = usize::from(detect_pack_lang(text) == Lang::Nl);
            sources[i].push(((*name).to_string(), (*text).to_string()));
        }
        for (name, text) in extra {
            let i = usize::from(detect_pack_lang(text) == Lang::Nl);
            sources[i].push((name.clone(), text.clone()));
        }
        let mut markers = rustc_hash::FxHashMap::default();
        for (i, packs) in sources.iter().enumerate() {
            // The built-in pack comes first in each list; it is checked by the test suite.
            let builder = Self::builder(packs, 1)?;
            for word in builder.markers() {
                *markers.entry(word.clone()).or_default() |= 1 << i;
            }
        }
        Ok(Scorer { sources, packs: [OnceLock::new(), OnceLock::new()], markers })
    }

    /// Merges packs; the first `checked` of them are not checked regex by regex.
    fn builder(packs: &[(String, String)], checked: usize) -> Result<Builder, PackError> {
        let mut builder = Builder::default();
        for (k, (name, text)) in packs.iter().enumerate() {
            builder.checked = k < checked;
            builder.add(name, text)?;
        }
        Ok(builder)
    }

    /// The scorer with only the built-in packs, compiled once per process.
    ///
    /// # Panics
    /// When a built-in pack is broken, which the test suite rules out.
    pub fn builtin() -> &'static Scorer {
        static SCORER: OnceLock<Scorer> = OnceLock::new();
        SCORER.get_or_init(|| Scorer::with_packs(&[]).expect("the built-in packs compile"))
    }

    /// The pack for a language, compiled on first use.
    ///
    /// # Panics
    /// Never: [`Scorer::with_packs`] already built the same packs once without error.
    #[must_use]
    pub fn pack(&self, lang: Lang) -> &Pack {
        let i = usize::from(lang == Lang::Nl);
        self.packs[i].get_or_init(|| {
            Self::builder(&self.sources[i], usize::MAX)
                .and_then(Builder::build)
                .expect("checked when the scorer was made")
        })
    }

    /// Scores a reply. `lang` is detected when `None`.
    #[must_use]
    pub fn score(&self, reply: &str, lang: Option<Lang>) -> Verdict {
        let (scored, truncated) = truncate(reply);
        let n = Normalised::new(scored);
        if n.words.is_empty() && !scored.chars().any(|c| !c.is_whitespace()) {
            return Verdict::no_reply(reply, lang.unwrap_or(Lang::En));
        }
        let (lang, evidence) = match lang {
            Some(lang) => (lang, Self::evidence_in(self.pack(lang), &n, scored)),
            None => self.detect(&n, scored),
        };
        let pack = self.pack(lang);
        let mut totals = pack.bias;
        for &(index, factor, _) in &evidence {
            for (total, w) in totals.iter_mut().zip(pack.cues[index].weights) {
                *total += factor * w;
            }
        }
        let cues = joined(reply, evidence.into_iter().map(|(_, _, cue)| cue));
        Verdict::new(reply, lang, totals, cues, truncated)
    }

    /// The cues found in a reply, each with its index in the pack and the factor its context
    /// gives it (negated cues are left out). This is what the verdict is computed from, and
    /// what `examples/fit_weights.rs` fits the weights on.
    #[must_use]
    pub fn evidence(&self, reply: &str, lang: Lang) -> Vec<(usize, f32, Cue)> {
        let (scored, _) = truncate(reply);
        let n = Normalised::new(scored);
        Self::evidence_in(self.pack(lang), &n, scored)
    }

    fn evidence_in(pack: &Pack, n: &Normalised, scored: &str) -> Vec<(usize, f32, Cue)> {
        let mut hits = Vec::new();
        pack.find(n, scored, &mut hits);
        weigh(pack, n, scored, hits)
    }

    /// The language whose common words the reply uses most, with the cues its pack finds. A
    /// short reply can tie ("Prima." has no common word of either); then the language whose
    /// pack finds more cues in it wins, and English when that ties too.
    fn detect(&self, n: &Normalised, scored: &str) -> (Lang, Vec<(usize, f32, Cue)>) {
        let (mut english, mut dutch) = (0, 0);
        for w in 0..n.words.len() {
            let bits = self.markers.get(n.word(w)).copied().unwrap_or(0);
            english += usize::from(bits & 1);
            dutch += usize::from(bits >> 1);
        }
        let evidence = |lang: Lang| (lang, Self::evidence_in(self.pack(lang), n, scored));
        match dutch.cmp(&english) {
            Ordering::Greater => evidence(Lang::Nl),
            Ordering::Less => evidence(Lang::En),
            Ordering::Equal => {
                let (dutch, english) = (evidence(Lang::Nl), evidence(Lang::En));
                if dutch.1.len() > english.1.len() { dutch } else { english }
            }
        }
    }
}

/// Which language a user's pack is for: its `lang`, or English.
fn detect_pack_lang(text: &str) -> Lang {
    #[derive(Deserialize)]
    struct Head {
        lang: Option<String>,
    }
    toml::from_str::<Head>(text)
        .ok()
        .and_then(|h| h.lang)
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::En)
}

fn truncate(reply: &str) -> (&str, bool) {
    if reply.len() <= MAX_REPLY_BYTES {
        return (reply, false);
    }
    let mut end = MAX_REPLY_BYTES;
    while !reply.is_char_boundary(end) {
        end -= 1;
    }
    (&reply[..end], true)
}

/// A cue that may count alone ([`Company::Alone`]) does so only in a reply of at least this
/// many words: a bare "Top, dank je!" is thanks, a sentence of praise and nothing else is a
/// comment.
const ALONE_WORDS: usize = 8;

/// Turns raw hits into weighed cues: word boundaries, negation, the company a cue needs,
/// overlaps, intensifiers and contrast.
fn weigh(
    pack: &Pack,
    n: &Normalised,
    original: &str,
    mut hits: Vec<Hit>,
) -> Vec<(usize, f32, Cue)> {
    // Whether each cue may count here, looked up once a cue that needs company is found.
    let mut company: Option<Vec<Company>> = None;
    // A set formula ("have a nice weekend") says nothing of its own: no cue counts inside one.
    let neutral: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.cue == NEUTRAL && n.on_word_boundaries(h.start, h.end))
        .map(|h| (h.start, h.end))
        .collect();
    hits.retain(|h| h.cue != NEUTRAL);
    // Hits that count only if nothing else does (praise that is all a reply says).
    let mut alone = Vec::new();
    hits.retain(|h| {
        if !h.raw
            && (neutral.iter().any(|&(start, end)| start <= h.start && h.end <= end)
                || !n.on_word_boundaries(h.start, h.end))
        {
            return false;
        }
        if !pack.cues[h.cue].needs_company() {
            return true;
        }
        match company.get_or_insert_with(|| pack.in_company(n))[h.cue] {
            Company::Kept => true,
            Company::Alone => {
                alone.push(*h);
                false
            }
            Company::Left => false,
        }
    });
    if hits.is_empty() && n.words.len() >= ALONE_WORDS {
        hits = alone;
    }
    // A match shows words, not the punctuation a pattern needed to see a sentence's edge.
    for h in hits.iter_mut().filter(|h| !h.raw) {
        let edge = |c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?');
        let matched = &n.text[h.start..h.end];
        let rest = matched.trim_start_matches(edge);
        let inner = rest.trim_end_matches(edge);
        if !inner.is_empty() {
            h.start += matched.len() - rest.len();
            h.end = h.start + inner.len();
        }
    }
    // The longest phrase is the most specific: "sure" inside "I'm sure" is no yes, and "a joke"
    // inside "just a joke" no insult. A hit inside a longer one is dropped; equal spans of
    // different cues both count.
    hits.sort_by_key(|h| (std::cmp::Reverse(h.end - h.start), h.start, h.cue));
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        let inside = kept.iter().any(|k| {
            k.raw == h.raw
                && k.start <= h.start
                && h.end <= k.end
                && (k.end - k.start > h.end - h.start || k.cue == h.cue)
        });
        if !inside {
            kept.push(h);
        }
    }
    let roles: Vec<u8> = (0..n.words.len()).map(|i| pack.modifiers.of(n.word(i))).collect();
    let contrasts: Vec<usize> =
        (0..roles.len()).filter(|&i| roles[i] & Modifiers::CONTRASTS != 0).collect();
    let mut out = Vec::with_capacity(kept.len());
    for h in kept {
        let info = &pack.cues[h.cue];
        let (start, end) = if h.raw { (h.start, h.end) } else { n.original(h.start, h.end) };
        let at = if h.raw { n.word_at(n.text.len().min(h.start)) } else { n.word_at(h.start) };
        let clause = n.words.get(at).map(|w| w.clause);
        let before = (at.saturating_sub(REACH)..at).filter(|&i| Some(n.words[i].clause) == clause);
        let mut negated = false;
        let mut factor = 1.0;
        for i in before {
            negated |= roles[i] & Modifiers::NEGATES != 0;
            if roles[i] & Modifiers::INTENSIFIES != 0 {
                factor = INTENSIFIED;
            }
        }
        if info.negatable && negated {
            continue;
        }
        // Contrast: the weight of a sentence lies after its `but`.
        let sentence = n.words.get(at).map(|w| w.sentence);
        let same_sentence = |c: usize| Some(n.words[c].sentence) == sentence;
        if contrasts.iter().any(|&c| c > at && same_sentence(c)) {
            factor *= BEFORE_CONTRAST;
        } else if contrasts.iter().any(|&c| c < at && same_sentence(c)) {
            factor *= AFTER_CONTRAST;
        }
        let cue = Cue {
            name: info.name.clone(),
            style: info.style,
            start,
            end,
            text: original[start..end].to_string(),
            note: info.note.clone(),
        };
        out.push((h.cue, h.weight.unwrap_or(1.0) * factor, cue));
    }
    out.sort_by_key(|(_, _, c)| (c.start, c.end));
    out
}

/// Cues in the order they appear, with overlapping or touching finds of one cue shown as one
/// ("Ik snap dat" and "dat je aan mij denkt" read as "Ik snap dat je aan mij denkt"). Each find
/// has already counted; this is how the words are shown.
fn joined(reply: &str, cues: impl Iterator<Item = Cue>) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    for cue in cues {
        if let Some(last) = out.iter_mut().rev().find(|c| c.name == cue.name)
            && cue.start >= last.start
            && reply.get(last.end..cue.start).is_none_or(|gap| gap.trim().is_empty())
        {
            last.end = last.end.max(cue.end);
            last.text = reply[last.start..last.end].to_string();
            continue;
        }
        out.push(cue);
    }
    out
}

/// Scores with the built-in packs.
#[must_use]
pub fn score(reply: &str, lang: Option<Lang>) -> Verdict {
    Scorer::builtin().score(reply, lang)
}
