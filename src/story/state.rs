//! Saving and restoring a session as JSON. Positions are kept by name, not by index: the
//! container's path (`knot.stitch`) and the fingerprint of the op the position stands at (or
//! after), so that a session saved before a coach edits the script restores afterwards
//! wherever its place still exists. Where it does not, the error says what is gone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::program::{Op, Program};
use super::run::{Bound, Frame, FrameKind, Session, State};
use super::value::Value;

/// The format version written in every saved state.
pub const FORMAT: u32 = 1;

/// A reply and what came of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    /// The response point's label, or its container.
    pub point: String,
    /// The reply as typed.
    pub reply: String,
    /// The style it was scored as.
    pub style: Option<crate::score::Style>,
    /// The cues found.
    pub cues: Vec<String>,
    /// The branch taken.
    pub branch: usize,
}

/// One frame of the call stack, by name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedFrame {
    /// The container's path (empty for the top of the story).
    pub container: String,
    /// The fingerprint of the op the position is anchored at, in hex.
    pub anchor: String,
    /// How many ops after the anchor the position is.
    pub offset: usize,
    /// The position when saved, used to choose between identical anchors.
    pub near: usize,
    /// Why the frame was pushed.
    pub kind: FrameKind,
    /// Its temporary variables.
    pub temps: BTreeMap<String, Value>,
}

/// A saved session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// [`FORMAT`].
    pub format: u32,
    /// Fingerprint of the script it was saved from, in hex.
    pub script: String,
    /// The story's seed.
    pub seed: u64,
    /// The random generator's state.
    pub rng: u64,
    /// Choices and replies made.
    pub turn: u32,
    /// The call stack, outermost first.
    pub frames: Vec<SavedFrame>,
    /// Global variables.
    pub globals: BTreeMap<String, Value>,
    /// Visit and choice counters that are not zero: (count, turn last counted).
    pub counts: BTreeMap<String, (u32, u32)>,
    /// How often each alternatives was seen.
    pub seen: BTreeMap<String, u32>,
    /// Verdicts of labelled response points.
    pub verdicts: BTreeMap<String, Bound>,
    /// Replies so far.
    pub history: Vec<Exchange>,
    /// Whether the story had ended.
    pub ended: bool,
}

/// Why a saved session cannot be restored.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    /// Not JSON of the expected shape.
    #[error("the saved session is damaged at line {line}, column {column}: {message}")]
    Damaged {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the reader expected.
        message: String,
    },
    /// Written by a newer rehearse.
    #[error("the saved session has format {0}; this rehearse reads format {FORMAT}")]
    Format(u32),
    /// A knot or stitch it was in is gone.
    #[error("the session was in `{0}`, which the scenario no longer has")]
    MissingContainer(String),
    /// The place it was at is gone.
    #[error("the place the session stopped at in `{0}` was changed or removed")]
    MissingPosition(String),
}

fn anchors(op: &Op) -> bool {
    matches!(op, Op::Line(..) | Op::Menu(_) | Op::Respond(..) | Op::Record(_) | Op::Count(_))
}

impl Session<'_> {
    /// The session as data.
    #[must_use]
    pub fn save(&self) -> Saved {
        let p = self.program;
        let s = &self.state;
        let frames = s
            .frames
            .iter()
            .map(|f| {
                let c = &p.containers[f.container];
                let anchor = (0..=f.pc.min(c.ops.len().saturating_sub(1)))
                    .rev()
                    .find(|&i| c.ops.get(i).is_some_and(anchors));
                let (anchor, offset) = anchor
                    .map_or((String::new(), f.pc), |i| (format!("{:016x}", c.prints[i]), f.pc - i));
                SavedFrame {
                    container: c.path.clone(),
                    anchor,
                    offset,
                    near: f.pc,
                    kind: f.kind,
                    temps: f.temps.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
                }
            })
            .collect();
        Saved {
            format: FORMAT,
            script: format!("{:016x}", p.hash),
            seed: s.seed,
            rng: s.rng,
            turn: s.turn,
            frames,
            globals: s.globals.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            counts: p
                .counters
                .iter()
                .enumerate()
                .filter(|&(i, _)| s.counts[i] > 0)
                .map(|(i, n)| (n.clone(), (s.counts[i], s.last_turn[i])))
                .collect(),
            seen: p
                .alternatives
                .iter()
                .enumerate()
                .filter(|&(i, _)| s.seen[i] > 0)
                .map(|(i, n)| (n.clone(), s.seen[i]))
                .collect(),
            verdicts: s.verdicts.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            history: s.history.clone(),
            ended: s.ended,
        }
    }

    /// The session as JSON.
    #[must_use]
    pub fn save_json(&self) -> String {
        serde_json::to_string_pretty(&self.save()).unwrap_or_default()
    }

    /// Restores a saved session into `program`. Returns the session and notes on what changed
    /// since it was saved (variables or counters the script no longer has, a changed script).
    pub fn restore<'p>(
        program: &'p Program,
        saved: &Saved,
    ) -> Result<(Session<'p>, Vec<String>), RestoreError> {
        if saved.format != FORMAT {
            return Err(RestoreError::Format(saved.format));
        }
        let mut notes = Vec::new();
        if saved.script != format!("{:016x}", program.hash) {
            notes.push("the scenario changed since this session was saved".to_string());
        }
        let mut session = Session::new(program, saved.seed)
            .map_err(|e| RestoreError::MissingPosition(e.to_string()))?;
        let mut frames = Vec::new();
        for f in &saved.frames {
            let index = program
                .container(&f.container)
                .ok_or_else(|| RestoreError::MissingContainer(f.container.clone()))?;
            let c = &program.containers[index];
            let pc = if f.anchor.is_empty() {
                f.offset
            } else {
                let print = u64::from_str_radix(&f.anchor, 16)
                    .map_err(|_| RestoreError::MissingPosition(f.container.clone()))?;
                let at = (0..c.prints.len())
                    .filter(|&i| c.prints[i] == print)
                    .min_by_key(|&i| i.abs_diff(f.near.saturating_sub(f.offset)));
                at.ok_or_else(|| {
                    RestoreError::MissingPosition(if f.container.is_empty() {
                        "the start".into()
                    } else {
                        f.container.clone()
                    })
                })? + f.offset
            };
            if pc > c.ops.len() {
                return Err(RestoreError::MissingPosition(f.container.clone()));
            }
            frames.push(Frame {
                container: index,
                pc,
                temps: f.temps.iter().map(|(k, v)| (k.as_str().into(), v.clone())).collect(),
                kind: f.kind,
            });
        }
        let state: &mut State = &mut session.state;
        state.frames = frames;
        for (name, value) in &saved.globals {
            if state.globals.contains_key(name) {
                state.globals.insert(name.clone(), value.clone());
            } else {
                notes.push(format!("the variable `{name}` is no longer in the scenario"));
            }
        }
        for (name, &(count, last)) in &saved.counts {
            if let Some(i) = program.counters.iter().position(|c| c == name) {
                state.counts[i] = count;
                state.last_turn[i] = last;
            }
        }
        for (name, &seen) in &saved.seen {
            if let Some(i) = program.alternatives.iter().position(|c| c == name) {
                state.seen[i] = seen;
            }
        }
        state.verdicts = saved.verdicts.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        state.history.clone_from(&saved.history);
        state.turn = saved.turn;
        state.rng = saved.rng;
        state.ended = saved.ended;
        Ok((session, notes))
    }

    /// Restores a session from JSON text.
    pub fn restore_json<'p>(
        program: &'p Program,
        json: &str,
    ) -> Result<(Session<'p>, Vec<String>), RestoreError> {
        let saved: Saved = serde_json::from_str(json).map_err(|e| RestoreError::Damaged {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        Session::restore(program, &saved)
    }
}
