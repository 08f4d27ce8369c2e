//! The coachee's wait and the memory a session takes: time from process start to the first
//! prompt of the default scenario, next to starting the process for `--version` in the same
//! run; and the peak resident memory of a whole session (Linux: `VmHWM` from /proc).
//! Run with `cargo bench --bench play`.

mod timing;

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};
use std::time::Instant;

use timing::best;

fn main() {
    let exe = env!("CARGO_BIN_EXE_rehearse");
    let home = tempfile::tempdir().expect("a temporary folder");
    let start_only = best(15, || {
        Command::new(exe).arg("--version").output().expect("runs");
    });
    let play = || {
        Command::new(exe)
            .args(["play", "--lang", "en", "--seed", "1"])
            .env("REHEARSE_HOME", home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("starts")
    };
    // Time until the first question is on screen.
    let first_prompt = best(15, || {
        let mut child = play();
        let mut out = BufReader::new(child.stdout.take().expect("piped"));
        let mut line = String::new();
        while out.read_line(&mut line).expect("reads") > 0 && !line.contains("What do you want") {
            line.clear();
        }
        drop(child.stdin.take());
        child.wait().expect("ends");
    });
    println!(
        "play   --version {:>6.1} ms  first prompt {:>6.1} ms  (ratio {:.2})",
        start_only.as_secs_f64() * 1e3,
        first_prompt.as_secs_f64() * 1e3,
        first_prompt.as_secs_f64() / start_only.as_secs_f64()
    );
    // A whole session: goal, three replies, the next step; peak memory read before it exits.
    let t = Instant::now();
    let mut child = play();
    let mut stdin = child.stdin.take().expect("piped");
    writeln!(stdin, "my goal\nI see why you ask, but I can't this week.\nI hear you, but my answer stays no.\nSure, I can look at them tomorrow at ten.\nsay no on Monday").expect("written");
    let mut out = BufReader::new(child.stdout.take().expect("piped"));
    let mut line = String::new();
    while out.read_line(&mut line).expect("reads") > 0
        && !line.contains("Next time we'll look back")
    {
        line.clear();
    }
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .map_or("unknown".to_string(), |l| l["VmHWM:".len()..].trim().to_string());
    drop(stdin);
    child.wait().expect("ends");
    println!(
        "play   a whole session {:>6.1} ms, peak resident memory {peak}",
        t.elapsed().as_secs_f64() * 1e3
    );
}
