//! Names in a script and what they point to: knots, stitches and labels, resolved the way ink
//! does (nearest scope first). The checker reports what does not resolve; the runtime compiler
//! uses the same tables, so both agree on every divert.

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::script::ast::{DefKind, Name, Path, Script};

/// What a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A knot (or function).
    Knot(usize),
    /// A stitch of a knot.
    Stitch(usize, usize),
    /// A label in a knot (stitch `None` means the knot's own body); `true` for a response point.
    Label(usize, Option<usize>, bool),
    /// A label in the story's top-level content; `true` for a response point.
    TopLabel(bool),
    /// `END` or `DONE`.
    End,
}

/// A name defined twice where it must be unique.
#[derive(Debug)]
pub enum Duplicate<'s> {
    /// Two knots or functions of one name.
    Knot(&'s Name),
    /// Two stitches of one name in a knot.
    Stitch(&'s Name, &'s Name),
    /// Two labels of one name in one knot or stitch.
    Label(&'s Name),
}

/// The knots, stitches and labels of a script, in a few script-wide tables (a large script
/// has tens of thousands of containers, most with a name or two).
///
/// Containers are numbered in script order: the top-level content is 0, then each knot's
/// body followed by its stitches ([`Symbols::container`]).
#[derive(Debug, Default)]
pub struct Symbols<'s> {
    /// Knot name → index.
    pub knots: HashMap<&'s str, usize>,
    /// (knot, stitch name) → stitch index.
    pub stitches: HashMap<(usize, &'s str), usize>,
    /// (container, label) → whether the label is a response point's.
    pub labels: HashMap<(usize, &'s str), bool>,
    /// `~ temp` names, by container.
    pub temps: HashSet<(usize, &'s str)>,
    /// The names of all `~ temp`s: a handful, so a name that is none of them is told apart
    /// without a look-up in the large tables.
    temp_names: HashSet<&'s str>,
    /// What each knot, stitch or label name is defined as: a look-up asks only the tables
    /// that can hold the name, and a name outside it needs no scoped look-up (a branch
    /// condition's styles and cues are such names). A knot's index comes with it. In a large
    /// script the tables do not fit in the cache, so each look-up saved is a memory access
    /// saved.
    kinds: HashMap<&'s str, Defined>,
    /// The number of each knot's body.
    first: Vec<usize>,
    /// How many containers there are.
    pub containers: usize,
    /// The variables of record prompts, in order, repeats included.
    pub records: Vec<&'s str>,
    /// Response point labels, with how many response points carry each.
    pub responses: HashMap<&'s str, usize>,
}

/// What a name is defined as anywhere ([`Symbols::KNOT`] and the rest, or-ed), and the index
/// of the knot of that name when there is one.
#[derive(Clone, Copy, Debug, Default)]
struct Defined {
    kinds: u8,
    knot: u32,
}

impl<'s> Symbols<'s> {
    /// A knot or function of this name exists.
    pub const KNOT: u8 = 1;
    /// A stitch of this name exists in some knot.
    pub const STITCH: u8 = 2;
    /// A label of this name exists somewhere.
    pub const LABEL: u8 = 4;

    /// What `name` is defined as anywhere as a knot, stitch or label (0 when nowhere).
    #[must_use]
    pub fn kinds(&self, name: &str) -> u8 {
        self.kinds.get(name).map_or(0, |d| d.kinds)
    }

    /// Whether some `~ temp` anywhere has this name.
    #[must_use]
    pub fn is_temp_name(&self, name: &str) -> bool {
        self.temp_names.contains(name)
    }

    /// The index of the knot of this name.
    fn knot(&self, name: &str) -> Option<usize> {
        self.kinds.get(name).filter(|d| d.kinds & Self::KNOT != 0).map(|d| d.knot as usize)
    }

    /// Collects every name from the knots and the parser's list of definitions; the second
    /// value lists names defined twice (the first one wins).
    #[must_use]
    pub fn collect(script: &'s Script) -> (Symbols<'s>, Vec<Duplicate<'s>>) {
        let mut dups = Vec::new();
        let mut symbols = Symbols::default();
        // Sized up front: growing tables of tens of thousands of names rehashes them again and
        // again.
        let stitches = script.knots.iter().map(|k| k.stitches.len()).sum::<usize>();
        symbols.knots.reserve(script.knots.len());
        symbols.stitches.reserve(stitches);
        symbols.labels.reserve(script.defs.len());
        symbols.kinds.reserve(script.knots.len() + stitches + script.defs.len());
        symbols.first.reserve(script.knots.len());
        symbols.containers = 1;
        for (k, knot) in script.knots.iter().enumerate() {
            if symbols.knots.contains_key(knot.name.text.as_str()) {
                dups.push(Duplicate::Knot(&knot.name));
            } else {
                symbols.knots.insert(&knot.name.text, k);
                let defined = symbols.kinds.entry(&knot.name.text).or_default();
                defined.kinds |= Self::KNOT;
                defined.knot = k as u32;
            }
            symbols.first.push(symbols.containers);
            symbols.containers += 1 + knot.stitches.len();
            for (s, stitch) in knot.stitches.iter().enumerate() {
                symbols.kinds.entry(&stitch.name.text).or_default().kinds |= Self::STITCH;
                if symbols.stitches.insert((k, stitch.name.text.as_str()), s).is_some() {
                    dups.push(Duplicate::Stitch(&knot.name, &stitch.name));
                }
            }
        }
        for def in &script.defs {
            let index = |i: Option<u32>| i.map(|i| i as usize);
            let c = symbols.container(index(def.knot), index(def.stitch));
            let name = def.name.text.as_str();
            match def.kind {
                DefKind::Label | DefKind::ResponseLabel => {
                    let response = def.kind == DefKind::ResponseLabel;
                    symbols.kinds.entry(name).or_default().kinds |= Self::LABEL;
                    match symbols.labels.entry((c, name)) {
                        Entry::Occupied(_) => dups.push(Duplicate::Label(&def.name)),
                        Entry::Vacant(v) => {
                            v.insert(response);
                        }
                    }
                    if response {
                        *symbols.responses.entry(name).or_insert(0) += 1;
                    }
                }
                DefKind::Temp => {
                    symbols.temps.insert((c, name));
                    symbols.temp_names.insert(name);
                }
                DefKind::Record => symbols.records.push(name),
            }
        }
        (symbols, dups)
    }

    /// The number of a container: the top (no knot), a knot's body (no stitch) or a stitch.
    #[must_use]
    pub fn container(&self, knot: Option<usize>, stitch: Option<usize>) -> usize {
        knot.map_or(0, |k| self.first[k] + stitch.map_or(0, |s| s + 1))
    }

    /// Finds what a path names from inside `knot` (and `stitch`), the way ink does: a label
    /// here, a stitch of this knot, a label of this knot, a knot, a top-level label.
    #[must_use]
    pub fn resolve(
        &self,
        path: &Path,
        knot: Option<usize>,
        stitch: Option<usize>,
    ) -> Option<Place> {
        let label_in = |k: usize, s: Option<usize>, name: &str| {
            let c = self.container(Some(k), s);
            self.labels.get(&(c, name)).map(|&response| Place::Label(k, s, response))
        };
        // Split at the dots by hand: names are short, and a byte loop beats a string searcher
        // on them (this runs for every divert and every name in a condition).
        let mut parts = [""; 3];
        let mut len = 0;
        let mut rest = path.text.as_str();
        loop {
            let end = rest.bytes().position(|b| b == b'.').unwrap_or(rest.len());
            *parts.get_mut(len)? = &rest[..end];
            len += 1;
            if end == rest.len() {
                break;
            }
            rest = &rest[end + 1..];
        }
        match &parts[..len] {
            ["END" | "DONE"] => Some(Place::End),
            [a] => {
                let defined = self.kinds.get(a).copied().unwrap_or_default();
                let kinds = defined.kinds;
                let label = kinds & Self::LABEL != 0;
                if let Some(k) = knot {
                    if label && let Some(place) = label_in(k, stitch, a) {
                        return Some(place);
                    }
                    if kinds & Self::STITCH != 0
                        && let Some(&s) = self.stitches.get(&(k, *a))
                    {
                        return Some(Place::Stitch(k, s));
                    }
                    if label
                        && stitch.is_some()
                        && let Some(place) = label_in(k, None, a)
                    {
                        return Some(place);
                    }
                }
                if kinds & Self::KNOT != 0 {
                    return Some(Place::Knot(defined.knot as usize));
                }
                if !label {
                    return None;
                }
                self.labels.get(&(0, *a)).map(|&response| Place::TopLabel(response))
            }
            [a, b] => {
                if let Some(k) = self.knot(a) {
                    let kinds = self.kinds(b);
                    if kinds & Self::STITCH != 0
                        && let Some(&s) = self.stitches.get(&(k, *b))
                    {
                        return Some(Place::Stitch(k, s));
                    }
                    if kinds & Self::LABEL != 0
                        && let Some(place) = label_in(k, None, b)
                    {
                        return Some(place);
                    }
                }
                let k = knot?;
                let s = *self.stitches.get(&(k, *a))?;
                label_in(k, Some(s), b)
            }
            [a, b, c] => {
                let k = self.knot(a)?;
                let s = *self.stitches.get(&(k, *b))?;
                label_in(k, Some(s), c)
            }
            _ => None,
        }
    }
}
