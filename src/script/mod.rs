//! The scenario language: source files, the syntax tree, the parser and the checker.
//!
//! [`load`] reads a file with its INCLUDEs into a [`Parsed`]; [`check::check`] adds the
//! semantic diagnostics. [`compile`] does both.

pub mod ast;
pub mod check;
pub mod format;
pub mod load;
pub mod names;
pub mod parser;
pub mod source;

pub use load::{LoadError, Parsed, load, load_bytes};

/// Loads and checks a scenario file: the tree, its sources and every diagnostic, sorted.
pub fn compile(path: &std::path::Path) -> Result<Parsed, LoadError> {
    let mut parsed = load(path)?;
    check::check(&mut parsed);
    Ok(parsed)
}

/// Parses and checks a script held in memory (INCLUDEs resolve against `folder`).
#[must_use]
pub fn compile_str(name: &str, text: &str, folder: &std::path::Path) -> Parsed {
    compile_bytes(name, text.as_bytes(), folder)
}

/// Parses and checks raw bytes, which need not be UTF-8 (INCLUDEs resolve against `folder`).
#[must_use]
pub fn compile_bytes(name: &str, bytes: &[u8], folder: &std::path::Path) -> Parsed {
    let mut parsed = load_bytes(name, bytes, folder);
    check::check(&mut parsed);
    parsed
}
