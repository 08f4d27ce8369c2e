# title: The Friday deadline
# lang: en
# cast: Monique = manager
# description: Your manager promised the board something by Friday that takes three weeks. You push back.
# minutes: 8

// For the coachee who says: "I want to stand up for myself, but I'm afraid I'll come across as blunt."
VAR tries = 0

-> goal

=== goal ===
@coach: Before we start: what would you like to get out of this conversation with Monique?
?= goal: What do you want from this conversation?
@coach: Thanks. Keep that in mind while you practise.
-> the_deadline

=== the_deadline ===
~ tries = tries + 1
Tuesday morning. Monique asks if you have five minutes and closes the door of her office behind you.
Monique: The board wants the new onboarding manual by Friday. I told them you'd have it done.
Monique: That's doable, right?
You know it's three weeks of work, at least.
?? (deadline) What do you say to Monique?
   # hint: What do you see from her side, and what is realistic from yours? You can say both.
   # example assertive: I understand the board wants it soon, but Friday isn't realistic. I need until the end of the month.
   # example passive: Um, I'll try. I'm not sure, but I'll do my best.
   # example aggressive: That's ridiculous. You can't promise my work without asking me.
   # example passive_aggressive: Friday, sure. I'll just stop sleeping this week.
* {assertive} Monique: Hm. I hear you. But I've already promised it. -> pushback
* {passive} Monique: Great, I knew I could count on you. Oh, and could you add a short summary for the board too? -> gave_in
* {aggressive} Monique: Excuse me? I don't think that's the way to talk to me. -> cooled
* {passive_aggressive} Monique: Is that a yes? I'm not sure what you're saying. -> confused
* -> unclear

=== pushback ===
Monique: Can't you just put in a bit of extra effort this week? It's only a few days.
?? (hold) Monique pushes. What do you say now?
   # hint: You don't have to apologise for being realistic. What can you offer, and what not?
   # example assertive: I understand it puts you in a tough spot. Extra hours won't make it fit, but I can deliver the first two chapters by Friday.
   # example passive: Well... okay, I'll try to squeeze it in somehow. Sorry for making it difficult.
   # example aggressive: Extra effort? I already work late every week. This is your mistake, not mine.
   # example passive_aggressive: Sure, a few days. I'm sure the manual will write itself.
* {assertive} Monique: The first two chapters... Okay. That might work for the board. -> the_board
* {passive} Monique: Thanks. I'll tell them it's on track, then. -> gave_in
* {aggressive} Monique: I'm not going to discuss it like this. -> cooled
* {passive_aggressive} Monique: If you think it's a bad idea, just tell me. -> confused
* -> unclear

=== gave_in ===
You leave her office with a deadline you don't believe in. By Thursday night you're still writing.
@coach: What made you say yes there?
-> retry

=== cooled ===
Monique sits back and looks at her screen. The meeting is over quickly, and she keeps her door shut for the rest of the day.
@coach: Your limit came across, and so did the anger. What did you want Monique to hear?
-> retry

=== confused ===
Monique frowns. She doesn't know if you'll deliver on Friday or not, and she looks irritated.
@coach: What did you really want to say to her?
-> retry

=== unclear ===
Monique: Sorry, so... will it be there on Friday or not?
@coach: What was going on for you just then?
-> retry

=== retry ===
+ {tries < 3} [Try the moment again] -> the_deadline
+ [Go on] -> reflect

=== the_board ===
Monique sighs and rubs her forehead.
Monique: Fine. But now I have to go back to the board and explain why it's late. Not great for me.
?? (board) Monique is disappointed. What do you say?
   # hint: You can take her disappointment seriously without taking your limit back. What can you do for her?
   # example assertive: I get that it's awkward for you. I'd rather say it now than miss Friday. I'll write you a short note for the board today.
   # example passive: Sorry, I didn't mean to make it hard for you. Forget it, I'll try for Friday after all.
   # example aggressive: That's your problem. You promised it, not me.
   # example passive_aggressive: Oh, poor you. Must be really hard, having to talk to the board.
* {assertive} Monique: That would help, thanks. And... good that you told me now and not on Thursday. -> respected
* {passive} Monique: Really? Great. I'll tell the board Friday, then. -> more_on_plate
* {aggressive} Monique: Okay. I'll deal with it. You can go. -> distance
* {passive_aggressive} Monique: I'm just telling you how it is for me. No need to get touchy. -> mixed
* -> vague

=== respected ===
The next day the board agrees to two chapters on Friday and the rest at the end of the month.
@coach: You said what was realistic, and Monique thanked you. How does that fit with your worry about coming across as blunt?
-> reflect

=== more_on_plate ===
You're back where you started: the whole manual by Friday, and a promise you made yourself this time.
@coach: What was happening for you when she sighed?
-> reflect

=== distance ===
Monique handles the board herself. For a while she asks you less, and tells you less.
@coach: What did you want Monique to understand?
-> reflect

=== mixed ===
Monique looks at you for a second, then turns to her screen. You're not sure where you stand.
@coach: If you could say it again, what would you want to say?
-> reflect

=== vague ===
Monique: Okay... I'll see what I tell them. Let me know if anything changes.
@coach: What did you want to say there?
-> reflect

=== reflect ===
@coach: At the start you said: "{goal}". How close did you get?
?= step: What is one concrete step you'll take the next time a deadline doesn't add up?
@coach: Thanks. Next time we'll look back at how it went.
-> END
