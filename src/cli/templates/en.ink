# title: {title}
# lang: en
# cast: Alex = colleague
# description: One line on the situation you practise.
# minutes: 5

// Lines starting with // are notes for you; the coachee never sees them.
// Run `rehearse check THIS_FILE` after every change, `rehearse play THIS_FILE` to try it,
// and `rehearse test THIS_FILE` to check that every example answer scores as labelled.

VAR tries = 0

-> goal

=== goal ===
// `?=` asks a question whose answer is kept (in `goal`), not scored.
@coach: What would you like to get out of this conversation?
?= goal: What do you want from this conversation?
-> the_ask

=== the_ask ===
~ tries = tries + 1
// A line that starts with a cast member's name is spoken by them.
Alex: Could you take over my report this week? You're so good at that.
// `??` is a response point: the coachee types a reply and the first branch whose
// condition holds is taken. Give a hint and an example answer for every style you test.
?? (ask) What do you say to Alex?
   # hint: Say that you see why Alex asks you, then what you can and cannot do.
   # example assertive: I see why you thought of me, but I don't have room for it this week.
   # example passive: Sure, no problem, I'll find the time somehow.
   # example aggressive: Seriously? Do your own report for once.
   # example passive_aggressive: Oh sure, I'll just add it to the pile, like always.
* {assertive} Alex: OK, fair enough. I'll sort it out. -> held
* {passive} Alex: Great, thanks! I'll send it over tonight. -> took_it_on
* {aggressive or passive_aggressive} Alex: Whoa, I only asked. -> tension
// The last branch has no condition: replies that fit nothing else go here.
* -> unclear

=== held ===
@coach: You kept your limit. How did that feel to say?
-> step

=== took_it_on ===
Your week just got fuller.
@coach: What made you say yes there?
-> retry

=== tension ===
Alex walks off without a word.
@coach: What did you want Alex to hear?
-> retry

=== unclear ===
Alex: Sorry, is that a yes or a no?
-> retry

=== retry ===
+ {tries < 3} [Try the moment again] -> the_ask
+ [Go on] -> step

=== step ===
?= step: What is one concrete thing you will do differently next week?
@coach: Good. Next time we'll look back at how it went.
-> END
