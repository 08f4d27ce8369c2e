//! rehearse — a roleplay rehearsal engine for saying what you mean at work.
//!
//! A coach writes a short branching scenario in an ink-style script language (see
//! `docs/FORMAT.md`); the coachee plays it at a terminal and types what they would say. The
//! engine scores each reply as assertive, passive, aggressive or passive-aggressive, shows the
//! words that made it so, and lets the story react the way a real colleague would.
//!
//! - [`script`]: the language — sources, syntax tree, parser, checks.
//! - [`diagnostic`]: problems found in a script, as data, and how they are drawn.
//! - [`score`]: the phrasing scorer — styles, cues, pattern packs.
//! - [`story`]: the runtime — sessions that play a compiled scenario.

pub mod cli;
pub mod diagnostic;
pub mod scenarios;
pub mod score;
pub mod script;
pub mod story;
pub mod terminal;
