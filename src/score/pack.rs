//! Pattern packs: the scorer's knowledge, as data. A pack is a TOML file with the words that
//! turn meaning around (negators), strengthen it (intensifiers) or shift the weight of a
//! sentence (contrast words), and one table per cue: its style, weight, a one-line note in the
//! pack's language, literal `phrases` and regex `patterns` (on the lowercased reply) and
//! `raw_patterns` (on the reply as typed, for capitals). `docs/PATTERNS.md` describes the format.
//!
//! The built-in packs (`patterns/en.toml`, `patterns/nl.toml`) are compiled into the binary; a
//! coach adds to them or overrides them with `--patterns FILE` or a scenario's `# patterns:`.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Deserialize;

use super::Lang;
use super::style::Style;
use super::text::Normalised;

/// One automaton for a list of phrases, or `None` when the list is empty.
fn automaton(list: &[String]) -> Result<Option<AhoCorasick>, PackError> {
    if list.is_empty() {
        return Ok(None);
    }
    AhoCorasick::builder().match_kind(MatchKind::Standard).build(list).map(Some).map_err(|e| {
        PackError {
            file: String::new(),
            line: 0,
            column: 0,
            message: format!("the phrases cannot be compiled: {e}"),
        }
    })
}

/// Phrases looked for as whole words anywhere in a reply, in one pass however many there are.
#[derive(Debug, Clone, Default)]
pub struct Phrases(Option<AhoCorasick>);

impl Phrases {
    fn new(list: &[String]) -> Result<Self, PackError> {
        automaton(list).map(Phrases)
    }

    /// Each phrase that stands in the reply as whole words, once per place.
    fn matches<'n>(&'n self, n: &'n Normalised) -> impl Iterator<Item = aho_corasick::Match> + 'n {
        self.0
            .iter()
            .flat_map(|ac| ac.find_overlapping_iter(n.text.as_str()))
            .filter(|m| n.on_word_boundaries(m.start(), m.end()))
    }

    /// The index of each phrase that stands in the reply as whole words, once per place.
    pub fn found<'n>(&'n self, n: &'n Normalised) -> impl Iterator<Item = usize> + 'n {
        self.matches(n).map(|m| m.pattern().as_usize())
    }

    /// The sentences (numbered as [`Normalised::sentence`]) in which one of them stands: the
    /// sentence of the last word that starts inside the match.
    #[must_use]
    pub fn sentences(&self, n: &Normalised) -> Vec<u32> {
        self.matches(n)
            .filter_map(|m| n.word_at(m.end()).checked_sub(1).and_then(|w| n.words.get(w)))
            .map(|w| w.sentence)
            .collect()
    }
}

/// Words that change how the cues near them count: what each does, as a set of the flags
/// [`Modifiers::NEGATES`], [`Modifiers::INTENSIFIES`] and [`Modifiers::CONTRASTS`]. An entry
/// that starts with an apostrophe is a clitic and also counts at the end of a word (`'t` in
/// `can't`).
#[derive(Debug, Clone, Default)]
pub struct Modifiers {
    words: rustc_hash::FxHashMap<String, u8>,
    endings: Vec<(String, u8)>,
}

impl Modifiers {
    /// Negates what follows (`not`).
    pub const NEGATES: u8 = 1;
    /// Strengthens what follows (`really`).
    pub const INTENSIFIES: u8 = 2;
    /// The weight of its sentence lies after it (`but`).
    pub const CONTRASTS: u8 = 4;

    fn new(negators: &[String], intensifiers: &[String], contrast: &[String]) -> Self {
        let mut m = Modifiers::default();
        for (list, role) in [
            (negators, Self::NEGATES),
            (intensifiers, Self::INTENSIFIES),
            (contrast, Self::CONTRASTS),
        ] {
            for w in list {
                *m.words.entry(w.clone()).or_default() |= role;
                if w.starts_with('\'') {
                    m.endings.push((w.clone(), role));
                }
            }
        }
        m
    }

    /// What a (normalised) word does.
    #[must_use]
    pub fn of(&self, word: &str) -> u8 {
        let own = self.words.get(word).copied().unwrap_or(0);
        self.endings.iter().filter(|(e, _)| word.ends_with(e.as_str())).fold(own, |r, (_, f)| r | f)
    }
}

/// A list of phrases as the reply is compared: normalised, the empty ones dropped.
fn normalised(list: Vec<String>) -> impl Iterator<Item = String> {
    list.into_iter().map(|p| Normalised::new(&p).text).filter(|p| !p.trim().is_empty())
}

/// Largest pattern pack read, in bytes.
pub const MAX_PACK_BYTES: usize = 1 << 20;
/// Largest compiled size of one regex, in bytes.
pub const MAX_REGEX_BYTES: usize = 1 << 20;

/// A pack that cannot be used, with the place of the problem.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct PackError {
    /// The pack's name as given.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// One cue as written in a pack.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueDef {
    style: Option<toml::Spanned<String>>,
    weight: Option<f32>,
    note: Option<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    patterns: Vec<toml::Spanned<String>>,
    #[serde(default)]
    raw_patterns: Vec<toml::Spanned<String>>,
    /// "not sorry" is no apology: a negator before the cue, in the same clause, cancels it.
    #[serde(default)]
    negatable: bool,
    /// The cue counts only in a reply that also has one of these phrases ("so glad" next to
    /// "again").
    #[serde(default)]
    with: Vec<String>,
    /// The cue does not count in a reply that has one of these phrases.
    #[serde(default)]
    without: Vec<String>,
    /// With `with`: the cue also counts when no other cue is found (praise that is all a
    /// reply says).
    #[serde(default)]
    alone: bool,
    /// Nor alone when one of these phrases stands in the reply (thanks).
    #[serde(default)]
    not_alone: Vec<String>,
    /// Replace the built-in lists of this cue instead of adding to them.
    #[serde(default)]
    replace: bool,
    /// How much one occurrence counts for each style (fitted on labelled replies); without it
    /// the cue adds `weight` to its own style only.
    weights: Option<StyleWeights>,
}

/// A number per style.
#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleWeights {
    #[serde(default)]
    assertive: f32,
    #[serde(default)]
    passive: f32,
    #[serde(default)]
    aggressive: f32,
    #[serde(default)]
    passive_aggressive: f32,
}

impl StyleWeights {
    fn array(self) -> [f32; 4] {
        [self.assertive, self.passive, self.aggressive, self.passive_aggressive]
    }
}

/// A pack as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackDef {
    lang: Option<toml::Spanned<String>>,
    #[serde(default)]
    negators: Vec<String>,
    #[serde(default)]
    intensifiers: Vec<String>,
    #[serde(default)]
    contrast: Vec<String>,
    #[serde(default)]
    markers: Vec<String>,
    #[serde(default)]
    neutral: Vec<String>,
    /// What each style scores before any cue is found (fitted with the cue weights).
    bias: Option<StyleWeights>,
    imperative: Option<ImperativeDef>,
    #[serde(default)]
    cue: BTreeMap<String, CueDef>,
}

/// How to spot a bare order: a sentence whose first word cannot start anything but a verb.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImperativeDef {
    cue: Option<toml::Spanned<String>>,
    weight: Option<f32>,
    #[serde(default)]
    softeners: Vec<String>,
    #[serde(default)]
    not_first: Vec<String>,
    #[serde(default)]
    first: Vec<String>,
}

/// A compiled imperative rule.
#[derive(Debug, Clone)]
pub struct Imperative {
    /// The cue a bare order counts as.
    pub cue: usize,
    /// How much one counts.
    pub weight: f32,
    /// Words that make an order a request (`please`); one anywhere in the reply is enough.
    pub softeners: Phrases,
    /// Words that cannot start an order.
    pub not_first: rustc_hash::FxHashSet<String>,
    /// When not empty, only these words start an order (for languages where a list of verbs
    /// is shorter than a list of everything else).
    pub first: rustc_hash::FxHashSet<String>,
}

/// A cue ready for matching.
// Each flag is a separate switch of the pack format, read as written.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone)]
pub struct CueInfo {
    /// Its name, as scripts test it.
    pub name: Arc<str>,
    /// The style it points to.
    pub style: Style,
    /// How much one occurrence counts for each style, in [`Style::ALL`] order.
    pub weights: [f32; 4],
    /// The one-line explanation shown to the coachee.
    pub note: Arc<str>,
    /// Whether a negator before it cancels it.
    pub negatable: bool,
    /// Whether it has `with` phrases: then it counts only in a reply that has one of them too.
    pub needs_with: bool,
    /// Whether it has `without` phrases, which keep it from counting.
    pub has_without: bool,
    /// Whether it also counts without its `with` company when no other cue is found.
    pub alone: bool,
}

/// Whether the rest of a reply lets a cue count ([`Pack::in_company`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Company {
    /// Yes: a `with` phrase stands in it (or none is needed), and no `without` phrase.
    Kept,
    /// Only if no other cue is found: its `with` company is missing, and it may count alone.
    Alone,
    /// No.
    Left,
}

impl CueInfo {
    /// Whether the cue's count depends on the rest of the reply.
    #[must_use]
    pub fn needs_company(&self) -> bool {
        self.needs_with || self.has_without
    }
}

/// Where one pattern (phrase or regex) came from: its cue.
#[derive(Debug, Clone, Copy)]
struct Source {
    cue: usize,
}

/// A compiled pack for one language.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The language it scores.
    pub lang: Lang,
    /// Its cues, in name order.
    pub cues: Vec<CueInfo>,
    /// Negators, intensifiers and contrast words.
    pub modifiers: Modifiers,
    /// What each style scores before any cue is found, in [`Style::ALL`] order.
    pub bias: [f32; 4],
    /// The rule for bare orders, if the pack has one.
    pub imperative: Option<Imperative>,
    phrases: Option<AhoCorasick>,
    phrase_cue: Vec<Source>,
    patterns: Option<Patterns>,
    pattern_cue: Vec<Source>,
    raw_patterns: Option<Patterns>,
    raw_pattern_cue: Vec<Source>,
    /// The `with` and `without` phrases of every cue, in one automaton.
    company: Phrases,
    /// For each of those phrases: its cue, and which list it is on.
    company_of: Vec<(usize, List)>,
}

/// The [`Hit::cue`] of a neutral formula ("have a nice weekend"): no cue counts inside one.
pub const NEUTRAL: usize = usize::MAX;

/// A cue occurrence in the normalised (or, for raw patterns, the original) text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Index into [`Pack::cues`], or [`NEUTRAL`].
    pub cue: usize,
    /// Byte range.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// Whether the range is in the original text (raw patterns) rather than the normalised.
    pub raw: bool,
    /// A factor on the cue's weights (a bare order counts less than a named command).
    pub weight: Option<f32>,
}

/// The pack definitions being merged, before compiling.
#[derive(Debug, Default)]
pub struct Builder {
    lang: Option<Lang>,
    negators: Vec<String>,
    intensifiers: Vec<String>,
    contrast: Vec<String>,
    markers: Vec<String>,
    neutral: Vec<String>,
    bias: [f32; 4],
    imperative_cue: Option<String>,
    imperative_weight: f32,
    softeners: Vec<String>,
    not_first: Vec<String>,
    first: Vec<String>,
    cues: BTreeMap<String, Merged>,
    /// Whether the packs added next were checked before (the built-in ones, or a rebuild),
    /// so that their regexes need not be compiled one by one to find a bad one.
    pub checked: bool,
}

#[derive(Debug, Default)]
struct Merged {
    style: Option<Style>,
    weight: f32,
    weights: Option<[f32; 4]>,
    note: String,
    phrases: Vec<String>,
    patterns: Vec<(String, usize)>,
    raw_patterns: Vec<(String, usize)>,
    negatable: bool,
    alone: bool,
    with: Vec<String>,
    without: Vec<String>,
    not_alone: Vec<String>,
}

/// The company lists of a cue, numbered as [`Pack::in_company`] reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum List {
    With = 0,
    Without = 1,
    NotAlone = 2,
}

fn locate(file: &str, text: &str, offset: usize, message: String) -> PackError {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    PackError { file: file.to_string(), line, column, message }
}

impl Builder {
    /// Adds a pack's text; later packs add to and override earlier ones.
    pub fn add(&mut self, file: &str, text: &str) -> Result<(), PackError> {
        if text.len() > MAX_PACK_BYTES {
            return Err(locate(
                file,
                text,
                0,
                format!("the pack is larger than {MAX_PACK_BYTES} bytes, the most a pack may have"),
            ));
        }
        let def: PackDef = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            locate(file, text, at, e.message().trim_end_matches('\n').to_string())
        })?;
        if let Some(lang) = &def.lang {
            let parsed = Lang::from_code(lang.get_ref()).ok_or_else(|| {
                locate(
                    file,
                    text,
                    lang.span().start,
                    format!("unknown language `{}`; write `en` or `nl`", lang.get_ref()),
                )
            })?;
            if self.lang.is_some_and(|l| l != parsed) {
                return Err(locate(
                    file,
                    text,
                    lang.span().start,
                    format!(
                        "this pack is for `{}`, but it is added to a `{}` pack",
                        parsed.code(),
                        self.lang.map_or("", Lang::code)
                    ),
                ));
            }
            self.lang = Some(parsed);
        }
        self.negators.extend(def.negators.into_iter().map(|w| w.to_lowercase()));
        self.intensifiers.extend(def.intensifiers.into_iter().map(|w| w.to_lowercase()));
        self.contrast.extend(def.contrast.into_iter().map(|w| w.to_lowercase()));
        self.markers.extend(def.markers.into_iter().map(|w| w.to_lowercase()));
        self.neutral.extend(def.neutral.into_iter().map(|w| w.to_lowercase()));
        if let Some(bias) = def.bias {
            self.bias = bias.array();
        }
        if let Some(imp) = def.imperative {
            if let Some(cue) = imp.cue {
                if !def.cue.contains_key(cue.get_ref()) && !self.cues.contains_key(cue.get_ref()) {
                    return Err(locate(
                        file,
                        text,
                        cue.span().start,
                        format!(
                            "`[imperative]` names cue `{}`, which no `[cue.{0}]` table defines",
                            cue.get_ref()
                        ),
                    ));
                }
                self.imperative_cue = Some(cue.into_inner());
            }
            if let Some(w) = imp.weight {
                self.imperative_weight = w;
            }
            self.softeners.extend(normalised(imp.softeners));
            self.not_first.extend(imp.not_first.into_iter().map(|w| w.to_lowercase()));
            self.first.extend(imp.first.into_iter().map(|w| w.to_lowercase()));
        }
        for (name, cue) in def.cue {
            if name.is_empty()
                || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                return Err(locate(
                    file,
                    text,
                    text.find(&format!("cue.{name}")).unwrap_or(0),
                    format!(
                        "cue name `{name}` must be lowercase letters, digits and `_`, as scripts test it"
                    ),
                ));
            }
            let merged = self.cues.entry(name.clone()).or_default();
            if let Some(style) = &cue.style {
                merged.style = Some(Style::from_name(style.get_ref()).ok_or_else(|| {
                    locate(file, text, style.span().start, format!("unknown style `{}`; the styles are `assertive`, `passive`, `aggressive` and `passive_aggressive`", style.get_ref()))
                })?);
            }
            if merged.style.is_none() {
                return Err(locate(
                    file,
                    text,
                    text.find(&format!("cue.{name}")).unwrap_or(0),
                    format!("cue `{name}` needs a `style`"),
                ));
            }
            if cue.replace {
                merged.phrases.clear();
                merged.patterns.clear();
                merged.raw_patterns.clear();
                merged.with.clear();
                merged.without.clear();
                merged.not_alone.clear();
            }
            if let Some(w) = cue.weight {
                if !(0.0..=10.0).contains(&w) {
                    return Err(locate(
                        file,
                        text,
                        text.find(&format!("cue.{name}")).unwrap_or(0),
                        format!("cue `{name}` has weight {w}; use a number from 0 to 10"),
                    ));
                }
                merged.weight = w;
            } else if merged.weight == 0.0 {
                merged.weight = 1.0;
            }
            if let Some(note) = cue.note {
                merged.note = note;
            }
            if let Some(w) = cue.weights {
                merged.weights = Some(w.array());
            }
            merged.negatable |= cue.negatable;
            merged.alone |= cue.alone;
            for (list, target) in [
                (cue.phrases, &mut merged.phrases),
                (cue.with, &mut merged.with),
                (cue.without, &mut merged.without),
                (cue.not_alone, &mut merged.not_alone),
            ] {
                target.extend(normalised(list));
            }
            for (list, target) in
                [(cue.patterns, &mut merged.patterns), (cue.raw_patterns, &mut merged.raw_patterns)]
            {
                for p in list {
                    let at = p.span().start;
                    if let Some(e) = (!self.checked)
                        .then(|| RegexBuilder::new(p.get_ref()).size_limit(MAX_REGEX_BYTES).build())
                        .and_then(Result::err)
                    {
                        let first = e.to_string().lines().last().unwrap_or("").trim().to_string();
                        return Err(locate(
                            file,
                            text,
                            at,
                            format!("bad regex in cue `{name}`: {first}"),
                        ));
                    }
                    target.push((p.into_inner(), at));
                }
            }
        }
        Ok(())
    }

    /// The names of the cues defined so far.
    pub fn cue_names(&self) -> impl Iterator<Item = &str> {
        self.cues.keys().map(String::as_str)
    }

    /// The common words of the language, as read so far.
    #[must_use]
    pub fn markers(&self) -> &[String] {
        &self.markers
    }

    /// Compiles the merged packs.
    pub fn build(self) -> Result<Pack, PackError> {
        let lang = self.lang.unwrap_or(Lang::En);
        let imperative = self
            .imperative_cue
            .as_ref()
            .and_then(|name| self.cues.keys().position(|k| k == name))
            .map(|cue| {
                Ok::<_, PackError>(Imperative {
                    cue,
                    weight: if self.imperative_weight > 0.0 { self.imperative_weight } else { 1.0 },
                    softeners: Phrases::new(&self.softeners)?,
                    not_first: self.not_first.iter().cloned().collect(),
                    first: self.first.iter().cloned().collect(),
                })
            })
            .transpose()?;
        let mut cues = Vec::new();
        let mut phrases = Vec::new();
        let mut phrase_cue = Vec::new();
        let mut patterns = Vec::new();
        let mut pattern_cue = Vec::new();
        let mut raw = Vec::new();
        let mut raw_cue = Vec::new();
        let mut company = Vec::new();
        let mut company_of = Vec::new();
        for (index, (name, m)) in self.cues.into_iter().enumerate() {
            for p in m.phrases {
                phrases.push(p);
                phrase_cue.push(Source { cue: index });
            }
            for (p, _) in m.patterns {
                // A pattern that matches only a few fixed strings is searched as phrases:
                // one pass of the phrase automaton costs less than a place in the regex set.
                if let Some(literals) = finite_literals(&p) {
                    phrase_cue.extend(literals.iter().map(|_| Source { cue: index }));
                    phrases.extend(literals);
                } else {
                    patterns.push(p);
                    pattern_cue.push(Source { cue: index });
                }
            }
            for (p, _) in m.raw_patterns {
                raw.push(p);
                raw_cue.push(Source { cue: index });
            }
            let (needs_with, has_without) = (!m.with.is_empty(), !m.without.is_empty());
            let lists =
                [(m.with, List::With), (m.without, List::Without), (m.not_alone, List::NotAlone)];
            for (list, kind) in lists {
                company_of.extend(list.iter().map(|_| (index, kind)));
                company.extend(list);
            }
            let style = m.style.unwrap_or(Style::Assertive);
            let weights = m.weights.unwrap_or_else(|| {
                let mut own = [0.0; 4];
                own[Style::ALL.iter().position(|s| *s == style).unwrap_or(0)] = m.weight;
                own
            });
            cues.push(CueInfo {
                name: name.into(),
                style,
                weights,
                note: m.note.into(),
                negatable: m.negatable,
                needs_with,
                has_without,
                alone: m.alone,
            });
        }
        // Neutral formulas are found in the same pass as the cues' phrases.
        phrase_cue.extend(self.neutral.iter().map(|_| Source { cue: NEUTRAL }));
        phrases.extend(self.neutral);
        let phrases = automaton(&phrases)?;
        Ok(Pack {
            lang,
            cues,
            modifiers: Modifiers::new(&self.negators, &self.intensifiers, &self.contrast),
            bias: self.bias,
            imperative,
            phrases,
            phrase_cue,
            patterns: compile_set(&patterns)?,
            pattern_cue,
            raw_patterns: compile_set(&raw)?,
            raw_pattern_cue: raw_cue,
            company: Phrases::new(&company)?,
            company_of,
        })
    }
}

/// The strings a regex matches when they are few and fixed (`you(?:'re| are) always`), else
/// `None` (anchors, classes, repeats).
fn finite_literals(pattern: &str) -> Option<Vec<String>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::parse(pattern).ok()?;
    // The extractor reads `^` and `\b` as empty strings; such patterns stay regexes.
    if !hir.properties().look_set().is_empty() {
        return None;
    }
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Prefix).limit_total(64);
    let seq = extractor.extract(&hir);
    if !seq.is_exact() {
        return None;
    }
    seq.literals()?
        .iter()
        .map(|l| String::from_utf8(l.as_bytes().to_vec()).ok().filter(|s| !s.is_empty()))
        .collect()
}

/// A pack's regexes: one set that says which of them match, and each alone to find where.
/// The single regexes are compiled when they first match (most never do in a session), which
/// saves their compile time at start and about 0.8 MB of peak memory for the English pack.
#[derive(Debug, Clone)]
struct Patterns {
    set: RegexSet,
    each: Vec<OnceLock<Option<Regex>>>,
}

impl Patterns {
    fn get(&self, i: usize) -> Option<&Regex> {
        self.each[i]
            .get_or_init(|| {
                RegexBuilder::new(&self.set.patterns()[i]).size_limit(MAX_REGEX_BYTES).build().ok()
            })
            .as_ref()
    }
}

fn compile_set(patterns: &[String]) -> Result<Option<Patterns>, PackError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let err = |e: regex::Error| PackError {
        file: String::new(),
        line: 0,
        column: 0,
        message: e.to_string(),
    };
    let set = RegexSetBuilder::new(patterns)
        .size_limit(MAX_REGEX_BYTES * 8)
        .dfa_size_limit(8 << 20)
        .build()
        .map_err(err)?;
    // Each pattern was already compiled alone once when the pack was read, so `get` finds it valid.
    let each = patterns.iter().map(|_| OnceLock::new()).collect();
    Ok(Some(Patterns { set, each }))
}

impl Pack {
    /// For each cue, whether the rest of the reply lets it count: one of its `with` phrases
    /// stands in it as whole words (when it has any) and none of its `without` phrases.
    #[must_use]
    pub fn in_company(&self, n: &Normalised) -> Vec<Company> {
        // Per cue: whether a phrase of its `with`, `without` and `not_alone` lists stands here.
        let mut found = vec![[false; 3]; self.cues.len()];
        for phrase in self.company.found(n) {
            let (cue, list) = self.company_of[phrase];
            found[cue][list as usize] = true;
        }
        self.cues
            .iter()
            .zip(found)
            .map(|(c, [with, without, not_alone])| {
                if without {
                    Company::Left
                } else if with || !c.needs_with {
                    Company::Kept
                } else if c.alone && !not_alone {
                    Company::Alone
                } else {
                    Company::Left
                }
            })
            .collect()
    }

    /// Every cue occurrence: phrases and patterns in the normalised text, raw patterns in the
    /// original, and bare orders at the start of sentences.
    pub fn find(&self, n: &Normalised, original: &str, out: &mut Vec<Hit>) {
        let normalised = n.text.as_str();
        if let Some(imp) = &self.imperative {
            // The sentences in which a word like `please` stands, looked for once an order is
            // found. It softens an order in its own sentence and in the one before it, as a
            // closing "Thanks!" does.
            let mut softened: Option<Vec<u32>> = None;
            for (i, w) in n.words.iter().enumerate().filter(|(_, w)| w.starts_sentence) {
                let word = n.word(i);
                let verb = if imp.first.is_empty() {
                    !imp.not_first.contains(word)
                } else {
                    imp.first.contains(word)
                };
                // "Mark, ..." addresses someone: a capitalised word before a comma is no order.
                let (start, end) = (w.start, w.end);
                let vocative = n.text[end..].starts_with(',')
                    && original[n.original(start, end).0..].starts_with(char::is_uppercase)
                    && imp.first.is_empty();
                if word.chars().all(char::is_alphabetic)
                    && verb
                    && !vocative
                    && !n.in_question(i)
                    && !softened
                        .get_or_insert_with(|| imp.softeners.sentences(n))
                        .iter()
                        .any(|&s| s == w.sentence || s == w.sentence + 1)
                {
                    out.push(Hit {
                        cue: imp.cue,
                        start,
                        end,
                        raw: false,
                        weight: Some(imp.weight),
                    });
                }
            }
        }
        if let Some(ac) = &self.phrases {
            for m in ac.find_overlapping_iter(normalised) {
                out.push(Hit {
                    cue: self.phrase_cue[m.pattern().as_usize()].cue,
                    start: m.start(),
                    end: m.end(),
                    raw: false,
                    weight: None,
                });
            }
        }
        for (set, cues, text, raw) in [
            (&self.patterns, &self.pattern_cue, normalised, false),
            (&self.raw_patterns, &self.raw_pattern_cue, original, true),
        ] {
            let Some(patterns) = set else { continue };
            // Most replies match none of the patterns, and asking whether any matches is much
            // cheaper than asking which do.
            if !patterns.set.is_match(text) {
                continue;
            }
            for i in &patterns.set.matches(text) {
                let Some(regex) = patterns.get(i) else { continue };
                for m in regex.find_iter(text) {
                    if m.start() < m.end() {
                        out.push(Hit {
                            cue: cues[i].cue,
                            start: m.start(),
                            end: m.end(),
                            raw,
                            weight: None,
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Builder, finite_literals};

    #[test]
    fn built_in_packs_pass_every_check_a_coach_pack_gets() {
        for (name, text) in [
            ("en", include_str!("../../patterns/en.toml")),
            ("nl", include_str!("../../patterns/nl.toml")),
        ] {
            let mut builder = Builder::default();
            builder.add(name, text).expect("every regex compiles alone");
            builder.build().expect("the pack compiles");
        }
    }

    #[test]
    fn fixed_alternatives_become_phrases() {
        let mut got = finite_literals("you(?:'re| are)? (?:always|never)").expect("finite");
        got.sort();
        assert_eq!(
            got,
            [
                "you always",
                "you are always",
                "you are never",
                "you never",
                "you're always",
                "you're never"
            ]
        );
        assert_eq!(finite_literals(r"\.\.\."), Some(vec!["...".to_string()]));
    }

    #[test]
    fn anchors_repeats_and_classes_stay_regexes() {
        for pattern in ["^no way", r"\bno\b", r"\d+ hours", "you keep [^\\s]+ing", "(?:a|b).{3,}c"]
        {
            assert_eq!(finite_literals(pattern), None, "{pattern}");
        }
    }
}
