//! The story runtime: ink's semantics over a compiled script, with response points that branch
//! on how a free reply was phrased.
//!
//! ```
//! use rehearse::story::{Pause, Session, Story};
//!
//! let story = Story::from_text("# cast: Jeroen\nJeroen: Hi!\n* Hello -> END\n* Bye -> END\n").unwrap();
//! let mut session = story.session(7).unwrap();
//! let (lines, pause) = session.advance().unwrap();
//! assert_eq!(lines[0].speaker.as_deref(), Some("Jeroen"));
//! let Pause::Menu(menu) = pause else { panic!("a menu") };
//! session.choose(menu[1].index).unwrap();
//! let (lines, pause) = session.advance().unwrap();
//! assert_eq!(lines[0].text, "Bye");
//! assert_eq!(pause, Pause::End);
//! ```

pub mod paths;
pub mod program;
pub mod run;
pub mod state;
pub mod value;

pub use program::Program;
pub use run::{Answered, Bound, Judge, MenuItem, OutLine, Pause, RuntimeError, Session};
pub use state::{RestoreError, Saved};
pub use value::Value;

use crate::diagnostic::Severity;
use crate::score::Scorer;
use crate::script::Parsed;

/// A scenario ready to play: the checked script and its compiled program.
#[derive(Debug)]
pub struct Story {
    /// The parsed, checked script with its sources.
    pub parsed: Parsed,
    /// The compiled program.
    pub program: Program,
    /// The scorer with the scenario's own pattern pack, if it names one.
    own_scorer: Option<Scorer>,
}

/// A scenario that has errors and cannot be played.
#[derive(Debug, thiserror::Error)]
#[error("the scenario has {0} error(s); run `rehearse check` on it")]
pub struct NotPlayable(pub usize, pub Parsed);

impl Story {
    /// Compiles a checked scenario; refuses one with errors.
    pub fn new(parsed: Parsed) -> Result<Story, Box<NotPlayable>> {
        let errors = parsed.diagnostics.iter().filter(|d| d.severity() == Severity::Error).count();
        if errors > 0 {
            return Err(Box::new(NotPlayable(errors, parsed)));
        }
        let program = Program::compile(&parsed.script, &parsed.sources);
        // The loader already built this scorer once to check the pack, so it cannot fail here.
        let own_scorer = parsed
            .patterns
            .as_ref()
            .and_then(|pack| Scorer::with_packs(std::slice::from_ref(pack)).ok());
        Ok(Story { parsed, program, own_scorer })
    }

    /// The scorer for this scenario: the built-in packs plus its own, if it names one.
    #[must_use]
    pub fn scorer(&self) -> &Scorer {
        self.own_scorer.as_ref().unwrap_or_else(|| Scorer::builtin())
    }

    /// Parses, checks and compiles a script held in memory (it may not INCLUDE files).
    pub fn from_text(text: &str) -> Result<Story, Box<NotPlayable>> {
        Story::new(crate::script::compile_str("story.ink", text, std::path::Path::new("")))
    }

    /// A new session from the start, with a seed for shuffles and `RANDOM`.
    pub fn session(&self, seed: u64) -> Result<Session<'_>, RuntimeError> {
        Session::new(&self.program, seed)
    }
}
