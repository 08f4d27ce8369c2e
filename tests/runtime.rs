//! Runtime conformance: small stories, the choices or replies made, and the exact transcript,
//! one case per construct, written from ink's documented behaviour. Replies get fixed verdicts
//! from a stand-in judge, so these tests do not depend on the scorer.

use std::fmt::Write as _;
use std::sync::Arc;

use rehearse::score::{Cue, Lang, Style, Verdict};
use rehearse::story::{Judge, Pause, Story};

/// What the player does at each pause.
enum Input {
    /// Take the n-th offered choice (from 1).
    Pick(usize),
    /// Reply; the judge says it has this style and these cues.
    Reply(Style, &'static [&'static str]),
    /// Answer a record prompt.
    Say(&'static str),
}
use Input::{Pick, Reply, Say};

struct Fixed(Style, &'static [&'static str]);

impl Judge for Fixed {
    fn judge(&self, reply: &str, lang: Option<Lang>) -> Verdict {
        let cues = self
            .1
            .iter()
            .map(|c| Cue {
                name: Arc::from(*c),
                style: self.0,
                start: 0,
                end: 0,
                text: String::new(),
                note: Arc::from(""),
            })
            .collect();
        let mut totals = [0.0; 4];
        totals[Style::ALL.iter().position(|s| *s == self.0).expect("a style")] = 1.0;
        Verdict::new(reply, lang.unwrap_or(Lang::En), totals, cues, false)
    }
}

/// Plays a story with these inputs and returns what a player would see.
fn play(script: &str, inputs: &[Input]) -> String {
    play_seeded(script, inputs, 1)
}

fn play_seeded(script: &str, inputs: &[Input], seed: u64) -> String {
    let story = Story::from_text(script).unwrap_or_else(|e| panic!("{e}: {:?}", e.1.diagnostics));
    let mut s = story.session(seed).expect("starts");
    let mut out = String::new();
    let mut inputs = inputs.iter();
    loop {
        let (lines, pause) = match s.advance() {
            Ok(ok) => ok,
            Err(e) => {
                let _ = writeln!(out, "error: {e}");
                return out;
            }
        };
        for l in lines {
            match l.speaker {
                Some(who) => {
                    let _ = writeln!(out, "{who}: {}", l.text);
                }
                None => {
                    let _ = writeln!(out, "{}", l.text);
                }
            }
            for t in l.tags {
                let _ = writeln!(out, "  #{t}");
            }
        }
        match pause {
            Pause::End => return out + "--\n",
            Pause::Menu(items) => {
                for i in &items {
                    let _ = writeln!(out, "> {}", i.text);
                }
                let Some(Pick(n)) = inputs.next() else { return out + "(waiting for a choice)\n" };
                s.choose(items[n - 1].index).expect("a valid choice");
            }
            Pause::Response { prompt, .. } => {
                let _ = writeln!(out, "?? {prompt}");
                let Some(Reply(style, cues)) = inputs.next() else {
                    return out + "(waiting for a reply)\n";
                };
                s.reply("...", &Fixed(*style, cues), None).expect("a branch");
            }
            Pause::Record { prompt, .. } => {
                let _ = writeln!(out, "?= {prompt}");
                let Some(Say(text)) = inputs.next() else {
                    return out + "(waiting for an answer)\n";
                };
                s.record(text).expect("recorded");
            }
        }
    }
}

macro_rules! conforms {
    ($name:ident, $script:expr, [$($input:expr),*], $expected:expr) => {
        #[test]
        fn $name() {
            assert_eq!(play($script, &[$($input),*]), $expected);
        }
    };
}

conforms!(
    text_and_glue,
    "Hello,\nworld!\nTwo lines <>\nbecome one.\n-> END\n",
    [],
    "Hello,\nworld!\nTwo lines become one.\n--\n"
);

conforms!(
    choice_text_suppression,
    "* Hello [back]right back to you!\n  Nice.\n- -> END\n",
    [Pick(1)],
    "> Hello back\nHello right back to you!\nNice.\n--\n"
);

conforms!(
    once_only_and_sticky_choices,
    "-> room\n=== room ===\n* Once\n  -> room\n+ Again\n  -> room\n* -> END\n",
    [Pick(1), Pick(1), Pick(1)],
    "> Once\n> Again\nOnce\n> Again\nAgain\n> Again\nAgain\n> Again\n(waiting for a choice)\n"
);

conforms!(
    fallback_is_taken_when_nothing_else_is_left,
    "-> room\n=== room ===\n* Only choice\n  -> room\n* -> leave\n=== leave ===\nYou leave.\n-> END\n",
    [Pick(1)],
    "> Only choice\nOnly choice\nYou leave.\n--\n"
);

conforms!(
    gathers_join_nested_branches,
    "* A\n  * * A1\n    a1\n  * * A2\n  - - inner join\n* B\n- outer join\n-> END\n",
    [Pick(1), Pick(2)],
    "> A\n> B\nA\n> A1\n> A2\nA2\ninner join\nouter join\n--\n"
);

conforms!(
    diverts_stitches_and_labels,
    "-> office\n=== office ===\n= desk\nAt the desk.\n-> office.window\n= window\n- (view) A view.\n{view} {office} {office.window}\n-> END\n",
    [],
    "At the desk.\nA view.\n1 1 1\n--\n"
);

conforms!(
    tunnels_return,
    "Start.\n-> aside ->\nBack.\n-> END\n=== aside ===\nAside.\n->->\n",
    [],
    "Start.\nAside.\nBack.\n--\n"
);

conforms!(
    variables_temps_and_printing,
    "VAR tries = 1\nCONST MAX = 3\n~ tries = tries + 1\n~ tries++\n~ temp left = MAX - tries\nTries {tries}, left {left}, {\"a\" + \"b\"}, {7 / 2}, {7.0 / 2}.\n-> END\n",
    [],
    "Tries 3, left 0, ab, 3, 3.5.\n--\n"
);

conforms!(
    conditions_inline_and_multiline,
    "VAR mood = 2\n{mood > 1: up|down}\n{\n  - mood > 5: high\n  - mood > 1: middle\n  - else: low\n}\n{ mood:\n  - 1: one\n  - 2: two\n}\n{ mood < 0:\n  negative\n- else:\n  not negative\n}\n-> END\n",
    [],
    "up\nmiddle\ntwo\nnot negative\n--\n"
);

conforms!(
    sequences_cycles_and_once_only,
    "-> loop\n=== loop ===\n{a|b|c} {&x|y} {!once|}\n+ {loop < 4} [Again] -> loop\n* -> END\n",
    [Pick(1), Pick(1), Pick(1)],
    "a x once\n> Again\nb y\n> Again\nc x\n> Again\nc y\n--\n"
);

#[test]
fn story_starts_at_the_first_knot_when_the_top_is_empty() {
    let out = play("=== first ===\nFirst.\n-> END\n=== second ===\nSecond.\n-> END\n", &[]);
    assert_eq!(out, "First.\n--\n");
}

#[test]
fn functions_return_values_and_knots_take_arguments() {
    let out = play(
        "-> greet(\"Anna\")\n=== function double(x) ===\n~ return x * 2\n=== greet(who) ===\nHello {who}, {double(21)}.\n-> END\n",
        &[],
    );
    assert_eq!(out, "Hello Anna, 42.\n--\n");
}

#[test]
fn visit_counts_count_every_entry_including_a_self_divert() {
    let out = play(
        "-> hall\n=== hall ===\nVisit {hall}.\n+ {hall < 3} [Again] -> hall\n+ [Leave] -> END\n",
        &[Pick(1), Pick(1), Pick(1)],
    );
    assert_eq!(
        out,
        "Visit 1.\n> Again\n> Leave\nVisit 2.\n> Again\n> Leave\nVisit 3.\n> Leave\n--\n"
    );
}

#[test]
fn shuffles_are_reproducible_from_the_seed() {
    let script = "-> s\n=== s ===\n{~a|b|c|d|e|f}\n+ {s < 6} [More] -> s\n* -> END\n";
    let once = play_seeded(script, &[Pick(1), Pick(1), Pick(1), Pick(1), Pick(1)], 42);
    assert_eq!(once, play_seeded(script, &[Pick(1), Pick(1), Pick(1), Pick(1), Pick(1)], 42));
    // A shuffle is a deck: six draws show each item once.
    let mut items: Vec<&str> = once.lines().filter(|l| l.len() == 1).collect();
    items.sort_unstable();
    assert_eq!(items, ["a", "b", "c", "d", "e", "f"]);
    assert_ne!(
        once,
        play_seeded(script, &[Pick(1), Pick(1), Pick(1), Pick(1), Pick(1)], 7),
        "another seed, another order"
    );
}

const ASK: &str = "# cast: Jeroen\n-> ask\n=== ask ===\nJeroen: Slides for Friday?\n?? (first) What do you say?\n* {assertive and offers_alternative} Jeroen: Good idea. -> held\n* {assertive} Jeroen: Oh. OK. -> held\n* {passive} Jeroen: Great! -> took\n* -> unclear\n=== held ===\n{first.assertive: You held it.}\n-> END\n=== took ===\n{first > 1: Again?|First time.}\n-> END\n=== unclear ===\nJeroen: Is that a yes?\n-> END\n";

#[test]
fn response_points_branch_on_style_and_cues() {
    assert_eq!(
        play(ASK, &[Reply(Style::Assertive, &["offers_alternative"])]),
        "Jeroen: Slides for Friday?\n?? What do you say?\nJeroen: Good idea.\nYou held it.\n--\n"
    );
    assert_eq!(
        play(ASK, &[Reply(Style::Assertive, &[])]),
        "Jeroen: Slides for Friday?\n?? What do you say?\nJeroen: Oh. OK.\nYou held it.\n--\n"
    );
    assert_eq!(
        play(ASK, &[Reply(Style::Passive, &["hedge"])]),
        "Jeroen: Slides for Friday?\n?? What do you say?\nJeroen: Great!\nFirst time.\n--\n"
    );
    assert_eq!(
        play(ASK, &[Reply(Style::Aggressive, &[])]),
        "Jeroen: Slides for Friday?\n?? What do you say?\nJeroen: Is that a yes?\n--\n"
    );
}

#[test]
fn record_prompts_keep_the_answer() {
    let out =
        play("?= goal: What do you want?\nYour goal: {goal}.\n-> END\n", &[Say("say no calmly")]);
    assert_eq!(out, "?= What do you want?\nYour goal: say no calmly.\n--\n");
}

#[test]
fn a_loop_without_a_pause_stops_with_an_error_that_names_the_knot() {
    let out = play("-> a\n=== a ===\n~ temp x = 1\n-> b\n=== b ===\n-> a\n", &[]);
    assert!(out.starts_with("error: the story ran"), "{out}");
    assert!(out.contains("(in `a`)") || out.contains("(in `b`)"), "{out}");
}

#[test]
fn deep_recursion_is_an_error_not_a_crash() {
    let out = play("{f(1)}\n-> END\n=== function f(n) ===\n~ return f(n + 1)\n", &[]);
    assert!(out.starts_with("error: tunnels or function calls nested"), "{out}");
}

#[test]
fn tags_travel_with_their_line() {
    let out = play("# mood: calm\nA line. # loud\n-> END\n", &[]);
    assert_eq!(out, "A line.\n  #loud\n--\n");
    let out = play("Start.\n# above\nTagged.\n-> END\n", &[]);
    assert_eq!(out, "Start.\nTagged.\n  #above\n--\n");
}

#[test]
fn turn_counts() {
    let out = play(
        "-> a\n=== a ===\nTurns {TURNS()}, since a {TURNS_SINCE(-> a)}, read {READ_COUNT(-> a)}.\n+ {TURNS() < 2} [Again] -> a\n* -> END\n",
        &[Pick(1), Pick(1)],
    );
    assert_eq!(
        out,
        "Turns 0, since a 0, read 1.\n> Again\nTurns 1, since a 0, read 2.\n> Again\nTurns 2, since a 0, read 3.\n--\n"
    );
}
