//! The integration tests: one binary, one module per topic.

mod harness;

// The script generator the benchmarks use, shared with the scale and format tests.
#[path = "../benches/generate.rs"]
mod generate;

// Every example in docs/FORMAT.md compiles as documented; one snapshot per diagnostic code.
mod docs;
// The syntax tree of each language feature, from tests/fixtures/ok/.
mod fixtures;
// `rehearse check` end to end: output, JSON, exit codes.
mod check_cli;
// score, list, paths and play through the binary.
mod commands;
// INCLUDE: relative paths, folders, symlinks, cycles.
mod includes;
// Hostile files: clear messages, no escapes obeyed, nothing read outside.
mod hostile;
// play in a pseudo-terminal: prompt, colour, commands, Ctrl-C, Ctrl-D, history.
mod pty;
// Arbitrary and mutated input never panics; diagnostics stay inside the file.
mod props;
// The story runtime: one case per construct.
mod runtime;
// Saving and restoring sessions.
mod state;
// The phrasing scorer: rules, hard cases, pack errors, held-out quality.
mod scorer;
// The bundled scenarios: clean, every route snapshotted, examples score as labelled.
mod scenarios;
// fmt: canonical layout that keeps meaning.
mod format;
// Large and deeply nested scripts.
mod scale;
