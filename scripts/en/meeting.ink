# title: Getting a word in
# lang: en
# cast: Rob = colleague, Anja = project lead
# description: In a project meeting a louder colleague talks over you while you try to make your point.
# minutes: 8

// For the coachee who says: "I don't dare give my opinion in a meeting."
VAR tries = 0

-> goal

=== goal ===
@coach: Before we start: what would you like to get out of this meeting?
?= goal: What do you want from this meeting?
@coach: Thanks. Keep that in mind while you practise.
-> the_floor

=== the_floor ===
~ tries = tries + 1
Monday, project meeting. Seven people around the table, laptops open. The topic is the planning for the new release.
Rob has been talking for ten minutes about why two weeks of testing is plenty.
Anja: Okay. Anyone else?
You start: "I'm a bit worried about the testing..."
Rob: Yeah, but the thing is, we did it in two weeks last time, so...
?? (floor) Rob talks over you. What do you say?
   # hint: What do you want the room to hear? You can ask for the floor back, then say your point in one sentence.
   # example assertive: Rob, I'd like to finish my point. I think two weeks of testing is too short for this release.
   # example passive: Oh, sorry. Never mind, go ahead, it's just a small thing.
   # example aggressive: Rob, you never let anyone finish. Just stop talking for a minute.
   # example passive_aggressive: No, go on, Rob. You clearly know everything already.
* {assertive} Rob: Sure, sure. But honestly, it'll be fine. It always is. -> pushback
* {passive} Rob: ...so like I said, two weeks is plenty. Anyway. -> swallowed
* {aggressive} Rob: Wow. Okay. -> cooled
* {passive_aggressive} Rob: What's that supposed to mean? I'm just trying to help. -> defensive
* -> unclear

=== pushback ===
Rob looks at Anja, not at you, and starts on his next point.
?? (hold) Rob waves your point away. What do you say now?
   # hint: You don't have to convince Rob. What is the one thing you want the room to hear?
   # example assertive: I hear you, Rob, but last time we found bugs after go-live. I want three weeks of testing for this release.
   # example passive: Um, you're probably right. Never mind, sorry.
   # example aggressive: It's always fine for you, Rob, because you never have to fix the mess afterwards.
   # example passive_aggressive: Sure, Rob, whatever you say. You always know best.
* {assertive} Anja: That's a fair point. Let's come back to it before we close. -> the_close
* {passive} Rob: Right. Anyway, as I was saying. -> swallowed
* {aggressive} Rob: Hey, there's no need to make it personal. -> cooled
* {passive_aggressive} Rob: Okay, what's your problem? Just say it. -> defensive
* -> unclear

=== swallowed ===
Rob carries on. Ten minutes later Anja looks at you.
Anja: So you'll make the test plan fit in two weeks, right?
You nod. The meeting moves on. You leave with your worry still in your head, and with a test plan to squeeze into two weeks.
@coach: What stopped you from going on with your point?
-> retry

=== cooled ===
The room goes quiet. Rob leans back and folds his arms. Anja quickly moves to the next item. After the meeting Rob walks out without looking at you.
@coach: Your point was there, and so was the anger. What did you want them to take away?
-> retry

=== defensive ===
Rob starts explaining himself, Anja tries to calm things down, and nobody talks about testing anymore.
@coach: What did you really want to say to Rob?
-> retry

=== unclear ===
Anja: Sorry, I didn't quite catch that. Was there something you wanted to add?
@coach: What was going on for you at that moment?
-> retry

=== retry ===
+ {tries < 3} [Try the moment again] -> the_floor
+ [Go on] -> reflect

=== the_close ===
Five minutes before the end, Anja looks at her notes.
Anja: Right, we're almost out of time. So we go with Rob's plan, two weeks of testing. Everyone okay with that?
Rob nods. Everyone starts closing their laptops.
?? (close) Anja asks if everyone agrees. What do you say?
   # hint: You can say where you stand, and what you would like to happen with your point.
   # example assertive: Not yet, Anja. I'd like my concern in the minutes, and I propose we decide on the testing next week.
   # example passive: Um, yeah, I guess that's fine. Sorry.
   # example aggressive: No. This is ridiculous. You just do whatever Rob says.
   # example passive_aggressive: Sure, whatever Rob wants. That's how it goes anyway.
* {assertive} Anja: Okay, fair. I'll put it in the minutes, and we'll decide next Monday. Rob, can you bring the numbers from last time? -> heard
* {passive} Anja: Great. Then you'll sort out the test plan for two weeks. Thanks! -> more_on_plate
* {aggressive} Anja: I don't appreciate that tone. We'll leave it as it is. -> distance
* {passive_aggressive} Anja: Is that a yes? I'm not sure what you mean. -> mixed
* -> vague

=== heard ===
Rob shrugs, but he writes it down. On the way out, a colleague says quietly: "Good that you said that."
@coach: Your point is on the table now. What do you notice in yourself?
-> reflect

=== more_on_plate ===
The decision stands, and the work of making it fit has landed with you.
@coach: What was happening for you when Anja asked?
-> reflect

=== distance ===
Anja closes the meeting. She's a bit cooler with you in the corridor afterwards.
@coach: What did you want Anja to understand?
-> reflect

=== mixed ===
Anja waits a second, then closes the meeting. Your concern doesn't make it into the minutes.
@coach: If you could say it again, what would you want to say?
-> reflect

=== vague ===
Anja: Okay, then we'll leave it at this. Thanks, everyone.
@coach: What did you want to say there?
-> reflect

=== reflect ===
@coach: At the start you said: "{goal}". How close did you get?
?= step: What is one concrete step you'll take in the next meeting?
@coach: Thanks. Next time we'll look back at how it went.
-> END
