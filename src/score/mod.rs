//! The phrasing scorer: how a free reply comes across, and which words made it so.

pub mod style;

pub use style::{CUES, Style};
