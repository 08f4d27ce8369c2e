# title: The presentation
# lang: en
# cast: Jeroen = colleague
# description: A colleague asks you to prepare a presentation that is not your job.
# minutes: 10
# test holds: my goal | I see why you ask, but I can't this week. Maybe Mark can help? -> held
# test gives_in: my goal | Sure, no problem, I'll find the time. -> took_it_on

// Samira's case: project support on a busy staff department. Helpful, liked, and often tired.
VAR tries = 0

-> goal

=== goal ===
@coach: Before we start: what would you like to get out of this conversation with Jeroen?
?= goal: What do you want from this conversation?
@coach: Thanks. Keep that in mind while you practise.
-> the_ask

=== the_ask ===
~ tries = tries + 1
It is Thursday afternoon. Jeroen stops at your desk, laptop under his arm.
Jeroen: Hey, have you got a sec? Could you put together the slides for Friday's management meeting? You're so good at that.
?? (ask) What do you say to Jeroen?
   # hint: Say that you see why he asks you, then what you can and cannot do.
   # example assertive: I see why you thought of me, but I don't have room for it this week.
   # example assertive: I see why you ask me, but I can't this week. Maybe Mark can help?
   # example passive: Sure, no problem, I'll find the time somehow.
   # example aggressive: Seriously? Do your own slides for once.
   # example passive_aggressive: Oh sure, I'll just add it to the pile, like always.
* {assertive and offers_alternative} Jeroen: Fair enough. I'll take you up on that and ask Mark for the rest. -> held
* {assertive} Jeroen: Oh. OK, clear. But you're so much quicker at it than me... -> pushback
* {passive} Jeroen: Great, thanks! I'll send you the numbers tonight. -> took_it_on
* {aggressive or passive_aggressive} Jeroen: Whoa. I only asked. -> tension
* -> unclear

=== pushback ===
Jeroen: Come on, it's only an hour of work for you.
?? (hold) Jeroen pushes. What do you say now?
   # hint: You don't have to give a new reason. Repeat your limit calmly.
   # example assertive: I get that it would help you, but my answer stays no this week.
   # example passive: Well, if it's really only an hour, I suppose I could.
   # example aggressive: I said no. How many times do I have to repeat myself?
   # example passive_aggressive: Sure, only an hour. Like the last "only an hour" that took all evening.
* {assertive} Jeroen: Alright, alright. I'll sort it out myself. -> held
* {passive} Jeroen: You're a star. -> took_it_on
* {aggressive or passive_aggressive} Jeroen: Okay, okay. No need to bite my head off. -> tension
* -> tension

=== held ===
@coach: You kept your limit and stayed friendly. How did that feel to say?
-> next_day

=== next_day ===
The next morning Jeroen is back at your desk, a printout in his hand.
Jeroen: I made the slides myself. Could you at least have a quick look before Friday?
?? (small_ask) A smaller request. What do you say?
   # hint: A smaller yes can be fine, if you choose it. Say what you will do, and when.
   # example assertive: Sure, I can look at them tomorrow at ten for fifteen minutes.
   # example passive: Um, yes, of course, whenever you want, I'll make time somehow.
   # example aggressive: Stop dumping your work on me. Check your own slides.
   # example passive_aggressive: Oh great, another little favour. Just what I needed.
* {assertive} Jeroen: Tomorrow at ten is perfect. Thanks! -> reflect
* {passive} Jeroen: Great, could you also fix the charts while you're at it? -> took_it_on
* {aggressive or passive_aggressive} Jeroen: Okay... I only asked for a look. -> tension
* -> reflect

=== took_it_on ===
Jeroen walks off, relieved. Your to-do list for Friday just got longer.
@coach: What made you say yes there?
-> retry

=== tension ===
Jeroen raises his eyebrows and walks back to his desk. The rest of the afternoon he doesn't look up.
@coach: Your no came across, and so did the irritation. What did you want him to hear?
-> retry

=== unclear ===
Jeroen: Sorry, so... is that a yes or a no?
@coach: What did you want to say to him?
-> retry

=== retry ===
+ {tries < 3} [Try the moment again] -> the_ask
+ [Go on] -> reflect

=== reflect ===
?= step: What is one concrete thing you will do differently next week?
@coach: Good. Next time we'll look back at how it went.
-> END
