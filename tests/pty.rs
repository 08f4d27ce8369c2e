//! `rehearse play` in a real terminal (a pseudo-terminal): the line editor's prompt, colour,
//! `:hint`, `:example`, `:retry`, Ctrl-C (twice to quit), Ctrl-D, and the editor's history kept
//! between runs.

#![cfg(unix)]

use std::process::Command;

use rexpect::session::{PtySession, spawn_command};
use tempfile::TempDir;

fn start(home: &TempDir) -> PtySession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("rehearse"));
    cmd.args(["play", "--lang", "en", "--seed", "1"])
        .env("REHEARSE_HOME", home.path())
        .env_remove("NO_COLOR")
        .env("TERM", "xterm");
    spawn_command(cmd, Some(30_000)).expect("starts in a terminal")
}

#[test]
fn a_coachee_at_a_terminal() {
    let home = TempDir::new().expect("temp");
    let mut p = start(&home);
    p.exp_string("What do you want from this conversation?").expect("the goal question");
    p.send_line("stay calm").expect("typed");
    p.exp_string("What do you say to Jeroen?").expect("the response point");
    p.send_line(":hint").expect("typed");
    p.exp_string("Say that you see why he asks you").expect("the hint, only when asked");
    p.send_line(":example").expect("typed");
    p.exp_string("I see why you thought of me").expect("an example");
    p.send_line("Sure, no problem, I'll find the time.").expect("typed");
    // The verdict is in colour on a terminal.
    p.exp_string("passive").expect("the verdict");
    p.exp_string("What made you say yes there?").expect("the story goes on");
    p.send_line(":retry").expect("typed");
    p.exp_string("What do you say to Jeroen?").expect("the same moment again");
    // Ctrl-C clears the line; twice quits (and saves).
    p.send_control('c').expect("sent");
    p.exp_string("Ctrl-C again to quit").expect("a warning");
    p.send_control('c').expect("sent");
    p.exp_string("--resume").expect("saved");
    p.exp_eof().expect("ends");
    // The editor's history is kept in the data folder.
    let history = std::fs::read_to_string(home.path().join("history.txt")).expect("history kept");
    assert!(history.contains("stay calm") && history.contains("Sure, no problem"), "{history}");
}

#[test]
fn colour_on_a_terminal_and_ctrl_d_saves() {
    let home = TempDir::new().expect("temp");
    let mut p = start(&home);
    let before =
        p.exp_string("What do you want from this conversation?").expect("the goal question");
    assert!(before.contains("\u{1b}["), "no colour on a terminal: {before:?}");
    p.send_control('d').expect("sent");
    p.exp_string("--resume").expect("saved");
    p.exp_eof().expect("ends");
    assert!(home.path().join("sessions/unfinished.json").exists());
}
