# title: Staying late again
# lang: en
# cast: Linda = team lead
# description: Your team lead asks you, once again, to stay late and take on an extra task.
# minutes: 8

// For the coachee who says: "I say yes too often while I want to say no."
VAR tries = 0

-> goal

=== goal ===
@coach: Before we start: what would you like to get out of this conversation with Linda?
?= goal: What do you want from this conversation?
@coach: Thanks. Keep that in mind while you practise.
-> the_ask

=== the_ask ===
~ tries = tries + 1
It's ten past five. You're putting your coat on when Linda walks over.
Linda: Oh good, you're still here. The client report has to go out tomorrow morning.
Linda: Could you stay a bit and finish the figures? You're the only one who really knows that sheet.
?? (ask) What do you say to Linda?
   # hint: Say that you see why she asks, then what you will and won't do tonight.
   # example assertive: I can see it's urgent, but I'm not staying late tonight. I can do the figures first thing tomorrow.
   # example passive: Um, okay, I guess I can stay for a bit. Sorry, it's fine.
   # example aggressive: Seriously? You always dump this on me at five o'clock. Find someone else.
   # example passive_aggressive: Sure, why not. It's not like I have a life anyway.
* {assertive} Linda: Hm. Tomorrow morning is really tight, though. -> pushback
* {passive} Linda: You're a lifesaver. Oh, and while you're at it, could you check the appendix too? -> said_yes
* {aggressive} Linda: Okay. Wow. Forget I asked. -> cooled
* {passive_aggressive} Linda: What's that supposed to mean? I'm only asking. -> confused
* -> unclear

=== pushback ===
Linda: Come on, it's one evening. I'd do the same for you.
?? (hold) Linda pushes. What do you say now?
   # hint: You don't need a new reason. You can say your limit again, calmly.
   # example assertive: I understand it's tight, but tonight doesn't work for me. I'll start on it at eight tomorrow.
   # example passive: Well... okay, if it's really just tonight, I'll stay.
   # example aggressive: You'd do the same? You never stay late. Stop pushing me.
   # example passive_aggressive: Fine. I'll just cancel my plans then, as usual.
* {assertive} Linda: Okay. Eight o'clock, then. I'll tell the client it's coming at ten. -> next_week
* {passive} Linda: Great, thanks! I knew I could count on you. -> said_yes
* {aggressive} Linda: Alright, no need to snap at me. -> cooled
* {passive_aggressive} Linda: If you don't want to, just say so. -> confused
* -> unclear

=== said_yes ===
You hang your coat back up. At half past seven you're still there, and the appendix is waiting too.
@coach: What made you say yes there?
-> retry

=== cooled ===
Linda walks back to her desk without another word. The next morning she asks someone else to join the client call.
@coach: Your no came across, and so did the irritation. What did you want Linda to hear?
-> retry

=== confused ===
Linda frowns. She doesn't know if you're staying or not, and she looks a bit hurt.
@coach: What did you really want to say to her?
-> retry

=== unclear ===
Linda: Sorry, so... are you staying or not?
@coach: What was going on for you just then?
-> retry

=== retry ===
+ {tries < 3} [Try the moment again] -> the_ask
+ [Go on] -> reflect

=== next_week ===
The figures go out at ten the next morning. That afternoon Linda stops by again.
Linda: Thanks for this morning. Listen, for next week's rollout I've put you down for the Thursday evening shift.
Linda: That's okay, right?
?? (shift) What do you say?
   # hint: What do you want to happen on Thursday evening? You can say that, and what you can offer instead.
   # example assertive: Thanks for checking with me. I'm not available Thursday evening, but I can take the Friday morning check.
   # example passive: Oh, sure, I suppose that's fine. Whatever works for the team.
   # example aggressive: No way. I told you yesterday, and you just ignore it.
   # example passive_aggressive: Sure, Thursday too. Not like I have anything better to do.
* {assertive} Linda: Fair enough. I'll ask Tom for Thursday and put you on Friday. -> respected
* {passive} Linda: Great. And could you write the handover notes as well? You're good at those. -> more_on_plate
* {aggressive} Linda: Right. I'll find someone else, then. -> distance
* {passive_aggressive} Linda: Is that a yes? I honestly can't tell with you sometimes. -> mixed
* -> vague

=== respected ===
Linda nods and changes the rota on her laptop, there and then.
@coach: You said no twice this week, and she adjusted. What do you notice when you hear that?
-> reflect

=== more_on_plate ===
You now have the Thursday shift and the handover notes. Linda is already on her way to the next desk.
@coach: What was happening in you when she asked?
-> reflect

=== distance ===
Linda is polite for the rest of the week, but she keeps it short. She doesn't stop by your desk anymore.
@coach: What did you want her to understand?
-> reflect

=== mixed ===
Linda hesitates, then keeps your name on the rota. You're not sure what she thinks you meant.
@coach: If you could say it again, what would you want to say?
-> reflect

=== vague ===
Linda: I'll just keep you on Thursday, then. Let me know if that's a problem.
@coach: What did you want to say there?
-> reflect

=== reflect ===
@coach: At the start you said: "{goal}". How close did you get?
?= step: What is one concrete step you'll take the next time Linda asks you to stay?
@coach: Thanks. Next time we'll look back at how it went.
-> END
