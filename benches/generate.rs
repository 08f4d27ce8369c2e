//! Generates large, realistic scenario scripts for benchmarks and scale tests: knots with
//! narration, speaker lines, choices with nested content, gathers, logic, inline conditionals
//! and alternatives, and response points with examples and branches. Deterministic for a size.

use std::fmt::Write as _;

/// A script of at least `bytes` bytes in rehearse's language (and, but for the response points
/// and coach lines, plain ink).
#[must_use]
pub fn scenario(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str("# title: Generated\n# lang: en\n# cast: Jeroen = colleague, Mark = manager\n");
    out.push_str("VAR tries = 0\nVAR trust = 5\nVAR name = \"Samira\"\n-> scene_0\n\n");
    let mut n = 0;
    while out.len() < bytes {
        write_knot(&mut out, n, bytes);
        n += 1;
    }
    let _ = writeln!(out, "=== scene_{n} ===\nThe end.\n-> END\n= aftermath\n-> END");
    out
}

/// Plain ink only (no rehearse extensions), for parsers of ink.
#[must_use]
pub fn plain_ink(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str("VAR tries = 0\nVAR trust = 5\n-> scene_0\n\n");
    let mut n = 0;
    while out.len() < bytes {
        let next = n + 1;
        let _ = write!(
            out,
            "=== scene_{n} ===\n\
             It is a busy morning at the office, and the coffee machine is broken again.\n\
             Your colleague walks over with a stack of papers and a hopeful look.\n\
             ~ tries = tries + 1\n\
             {{tries > 2: You have been here before.|This is new.}} The printer hums.\n\
             * Say you are busy\n\
             \u{20}\u{20}He nods and walks away, a little disappointed.\n\
             \u{20}\u{20}~ trust = trust - 1\n\
             * [Offer to help later] You offer to help after lunch.\n\
             \u{20}\u{20}* * He thanks you.\n\
             \u{20}\u{20}* * He shrugs.\n\
             \u{20}\u{20}- - You get back to work.\n\
             * Ask what it is about -> scene_{next}\n\
             - The morning goes on. {{&Phones ring.|Someone laughs.|A door closes.}}\n\
             -> scene_{next}\n\n"
        );
        n += 1;
    }
    let _ = writeln!(out, "=== scene_{n} ===\nThe end.\n-> END");
    out
}

fn write_knot(out: &mut String, n: usize, _total: usize) {
    let next = n + 1;
    let _ = write!(
        out,
        "=== scene_{n} ===\n\
         ~ tries = tries + 1\n\
         It is {{~Monday|Tuesday|Thursday}} afternoon and the office is busy.\n\
         Jeroen: Hey {{name}}, have you got a second? Could you prepare the slides for Friday?\n\
         {{trust > 3: He smiles at you.|He looks away.}}\n\
         ?? (ask_{n}) What do you say to Jeroen?\n\
         \u{20}\u{20}\u{20}# hint: Acknowledge why he asks you, then say what you can and cannot do.\n\
         \u{20}\u{20}\u{20}# example assertive: I see why you thought of me, but I have no room this week.\n\
         \u{20}\u{20}\u{20}# example passive: Sure, no problem, I will find the time somehow.\n\
         * {{assertive and offers_alternative}} Jeroen: Good idea, I will ask Mark then. -> scene_{next}\n\
         * {{assertive}} Jeroen: Oh. OK, clear.\n\
         \u{20}\u{20}~ trust = trust + 1\n\
         \u{20}\u{20}-> scene_{next}.aftermath\n\
         * {{passive}} Jeroen: Great, thanks! I will send you the numbers tonight. -> scene_{next}\n\
         * -> scene_{next}\n\
         = aftermath\n\
         @coach: How did that feel to say?\n\
         * [Good] You feel lighter.\n\
         * [Strange] It felt unusual. <>\n\
         \u{20}\u{20}But right.\n\
         - Mark: Meeting in five minutes, everyone.\n\
         -> scene_{next}\n\n"
    );
}
