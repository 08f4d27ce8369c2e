//! What the scorer says about a reply: the style, how sure it is, a score per style, and every
//! cue with its place in the reply and a note.

use std::sync::Arc;

use serde::{Serialize, Serializer};

use super::Lang;
use super::style::Style;

/// One cue found in a reply.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cue {
    /// The cue's name (`apology`).
    pub name: Arc<str>,
    /// The style it points to.
    pub style: Style,
    /// Byte offset of the matched words in the reply.
    pub start: usize,
    /// End of the matched words.
    pub end: usize,
    /// The matched words as typed.
    pub text: String,
    /// A one-line explanation in the reply's language.
    pub note: Arc<str>,
}

/// The share of each style, summing to 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Share of assertive.
    pub assertive: f32,
    /// Share of passive.
    pub passive: f32,
    /// Share of aggressive.
    pub aggressive: f32,
    /// Share of passive-aggressive.
    pub passive_aggressive: f32,
}

impl Scores {
    /// The share of one style.
    #[must_use]
    pub fn get(&self, style: Style) -> f32 {
        match style {
            Style::Assertive => self.assertive,
            Style::Passive => self.passive,
            Style::Aggressive => self.aggressive,
            Style::PassiveAggressive => self.passive_aggressive,
        }
    }

    fn set(&mut self, style: Style, value: f32) {
        match style {
            Style::Assertive => self.assertive = value,
            Style::Passive => self.passive = value,
            Style::Aggressive => self.aggressive = value,
            Style::PassiveAggressive => self.passive_aggressive = value,
        }
    }
}

/// The scorer's judgement of one reply.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// The reply as typed.
    pub text: String,
    /// The language it was scored in.
    pub lang: Lang,
    /// How it comes across; `None` (`"no_reply"` in JSON) when nothing was typed.
    #[serde(serialize_with = "style_or_no_reply")]
    pub style: Option<Style>,
    /// How sure the scorer is, from 0 to 1.
    pub confidence: f32,
    /// The share of each style.
    pub scores: Scores,
    /// Every cue found, in the order they appear.
    pub cues: Vec<Cue>,
    /// Whether only the first [`super::MAX_REPLY_BYTES`] bytes were scored.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)] // serde's calling convention
fn style_or_no_reply<S: Serializer>(style: &Option<Style>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(style.map_or("no_reply", Style::name))
}

/// How near the runner-up's share must come to the winner's for a verdict to name it too.
pub const CLOSE_CALL: f32 = 0.1;

fn round(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

impl Verdict {
    /// The verdict for an empty reply.
    #[must_use]
    pub fn no_reply(text: &str, lang: Lang) -> Verdict {
        Verdict {
            text: text.to_string(),
            lang,
            style: None,
            confidence: 0.0,
            scores: Scores::default(),
            cues: Vec::new(),
            truncated: false,
        }
    }

    /// A verdict from the total evidence per style (in [`Style::ALL`] order): the shares are a
    /// softmax of the totals, the style the largest (ties go to the earlier style).
    #[must_use]
    pub fn new(
        text: &str,
        lang: Lang,
        totals: [f32; 4],
        cues: Vec<Cue>,
        truncated: bool,
    ) -> Verdict {
        let top = totals.iter().copied().fold(f32::MIN, f32::max);
        let exp = totals.map(|t| (t - top).exp());
        let sum: f32 = exp.iter().sum();
        let mut scores = Scores::default();
        for (i, style) in Style::ALL.into_iter().enumerate() {
            scores.set(style, round(exp[i] / sum));
        }
        let best = totals
            .iter()
            .enumerate()
            .fold(0, |best, (i, &t)| if t > totals[best] { i } else { best });
        let style = Style::ALL[best];
        Verdict {
            text: text.to_string(),
            lang,
            style: Some(style),
            confidence: scores.get(style),
            scores,
            cues,
            truncated,
        }
    }

    /// The runner-up style when its share comes within [`CLOSE_CALL`] of the winner's: the
    /// reply could be read either way, and a coachee should hear both.
    #[must_use]
    pub fn close_second(&self) -> Option<(Style, f32)> {
        let style = self.style?;
        Style::ALL
            .into_iter()
            .filter(|s| *s != style)
            .map(|s| (s, self.scores.get(s)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .filter(|&(_, share)| self.confidence - share < CLOSE_CALL)
    }

    /// Whether a cue of this name was found.
    #[must_use]
    pub fn has(&self, cue: &str) -> bool {
        self.cues.iter().any(|c| &*c.name == cue)
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, Style, Verdict};

    #[test]
    fn only_a_near_runner_up_is_a_second_reading() {
        let near = Verdict::new("x", Lang::En, [1.0, 0.9, -2.0, -2.0], Vec::new(), false);
        assert_eq!(near.close_second().map(|(s, _)| s), Some(Style::Passive));
        let clear = Verdict::new("x", Lang::En, [2.0, 0.0, 0.0, 0.0], Vec::new(), false);
        assert_eq!(clear.close_second(), None);
        assert_eq!(Verdict::no_reply("", Lang::En).close_second(), None);
    }
}
