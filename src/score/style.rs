//! The four styles a reply can have and the named cues the scorer looks for. Scripts branch
//! on these names (`* {assertive and offers_alternative} ...`), so the lists here are the
//! vocabulary the checker accepts in branch conditions.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How a reply comes across.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// Clear and respectful of both people.
    Assertive,
    /// Gives in, hedges or avoids.
    Passive,
    /// Attacks, blames or commands.
    Aggressive,
    /// Hostile, but indirectly: sarcasm, sulking, digs.
    PassiveAggressive,
}

impl Style {
    /// All styles, in the order reports list them.
    pub const ALL: [Style; 4] =
        [Style::Assertive, Style::Passive, Style::Aggressive, Style::PassiveAggressive];

    /// The name scripts and JSON use: `passive_aggressive`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Style::Assertive => "assertive",
            Style::Passive => "passive",
            Style::Aggressive => "aggressive",
            Style::PassiveAggressive => "passive_aggressive",
        }
    }

    /// The style with this script name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.name() == name)
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Every built-in cue and the style it points to.
pub const CUES: &[(&str, Style)] = &[
    ("hedge", Style::Passive),
    ("apology", Style::Passive),
    ("over_justification", Style::Passive),
    ("permission_seeking", Style::Passive),
    ("minimiser", Style::Passive),
    ("self_deprecation", Style::Passive),
    ("vague_yes", Style::Passive),
    ("absolute", Style::Aggressive),
    ("blame", Style::Aggressive),
    ("insult", Style::Aggressive),
    ("command", Style::Aggressive),
    ("threat", Style::Aggressive),
    ("dismissal", Style::Aggressive),
    ("shouting", Style::Aggressive),
    ("sarcasm", Style::PassiveAggressive),
    ("sulky_compliance", Style::PassiveAggressive),
    ("guilt_trip", Style::PassiveAggressive),
    ("indirect_dig", Style::PassiveAggressive),
    ("i_statement", Style::Assertive),
    ("clear_refusal", Style::Assertive),
    ("acknowledges", Style::Assertive),
    ("offers_alternative", Style::Assertive),
    ("states_need", Style::Assertive),
    ("specific_limit", Style::Assertive),
    ("short_reason", Style::Assertive),
];

/// The number a branch condition can test besides styles and cues: how sure the scorer is.
pub const CONFIDENCE: &str = "confidence";

/// The style a built-in cue points to.
#[must_use]
pub fn cue_style(name: &str) -> Option<Style> {
    CUES.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}
