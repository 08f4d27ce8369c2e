//! The `rehearse` command: parses arguments, runs the library, maps the outcome to an exit code
//! (0 fine, 1 the input has errors, 2 usage or I/O problems; see `rehearse --help`).

use std::process::ExitCode;

use clap::Parser as _;

// A scenario's syntax tree is many small allocations; mimalloc frees them several times faster
// than the system allocator (see benches/parse.rs). Its `no_thp` feature (Cargo.toml) keeps
// transparent huge pages off its eagerly committed arena: with them, a `play` session's peak
// resident memory was 25 MB instead of 10 MB (benches/play.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = rehearse::cli::Cli::parse();
    match rehearse::cli::run(cli) {
        Ok(code) => code.into(),
        Err(err) if rehearse::cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
