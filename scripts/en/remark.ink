# title: Whose work is it?
# lang: en
# cast: Mark = colleague
# description: A colleague presented your analysis as his own, again. You talk to him afterwards.
# minutes: 8

// For the coachee who says: "I let things happen that I don't actually think are OK."
VAR tries = 0

-> goal

=== goal ===
@coach: Before we start: what would you like to get out of this conversation with Mark?
?= goal: What do you want from this conversation?
@coach: Thanks. Keep that in mind while you practise.
-> the_coffee

=== the_coffee ===
~ tries = tries + 1
This morning, in the team meeting, Mark presented the customer analysis. Your analysis. "I've been digging into the numbers," he said.
Ellen, your manager, called it the best work she'd seen this quarter. Your name didn't come up once.
Now you're at the coffee machine. Mark walks up, smiling.
Mark: Good meeting, huh? Ellen loved the analysis.
?? (coffee) What do you say to Mark?
   # hint: What did you notice in the meeting, and what do you think of it? You can say both.
   # example assertive: I noticed you presented my analysis as yours. I'm not okay with that.
   # example passive: Yeah, it went fine, I guess. Nice that she liked it.
   # example aggressive: You stole my work, Mark. That's pathetic.
   # example passive_aggressive: Oh yes, wonderful analysis. Must have taken you ages, right?
* {assertive} Mark: Oh. Well... I did say "we" at some point, I think. -> pushback
* {passive} Mark: Yeah! Hey, could you send me the file? Ellen wants a few extra charts by Friday. -> let_it_go
* {aggressive} Mark: Whoa. Stole? Seriously? -> cooled
* {passive_aggressive} Mark: Eh... what do you mean by that? -> defensive
* -> unclear

=== pushback ===
Mark: And come on, we're a team. Does it really matter whose name is on it?
?? (hold) Mark shrugs it off. What do you say now?
   # hint: You don't have to win the argument. What do you want from Mark next time?
   # example assertive: It matters to me. When you use my work again, I want you to mention my name.
   # example passive: No, you're right, it doesn't really matter. Forget I said anything.
   # example aggressive: Don't give me that team nonsense. You always do this.
   # example passive_aggressive: Sure, we're a team. Funny how the team always looks like you, though.
* {assertive} Mark: Okay. Fair enough. I should have mentioned you. -> the_follow_up
* {passive} Mark: Exactly. Oh, and could you send me the file? Ellen wants a few extra charts. -> let_it_go
* {aggressive} Mark: I'm not going to talk to you like this. -> cooled
* {passive_aggressive} Mark: If you've got a problem with me, just say it. -> defensive
* -> unclear

=== let_it_go ===
That evening you make the extra charts. On Friday Mark presents them to Ellen.
@coach: What made you let it go there?
-> retry

=== cooled ===
Mark puts his cup down and walks off. For the rest of the week he keeps his distance. Nobody talks about the analysis, and Ellen still thinks it was his.
@coach: What you felt came across, and so did the anger. What did you want Mark to hear?
-> retry

=== defensive ===
Mark starts explaining how much he did on the project. The conversation is about him now, not about your work.
@coach: What did you really want to say to Mark?
-> retry

=== unclear ===
Mark: Sorry, I'm not sure what you mean. Anyway, got to run.
@coach: What was going on for you just then?
-> retry

=== retry ===
+ {tries < 3} [Try the moment again] -> the_coffee
+ [Go on] -> reflect

=== the_follow_up ===
Mark: Ellen wants a follow-up presentation on Thursday, with a few extra charts. Shall I just do that one? You send me the file, I'll present.
?? (follow_up) What do you say?
   # hint: What would you like to happen on Thursday? You can say so, and what you offer Mark.
   # example assertive: I'd like to present it myself on Thursday. I'll let Ellen know, and you're welcome to join.
   # example passive: Um, okay, I'll send you the file. It's probably easier that way.
   # example aggressive: No way. You've done enough damage already.
   # example passive_aggressive: Sure, take it. You're so good at presenting other people's work.
* {assertive} Mark: Okay, yes. That's fair. I'll tell Ellen it was your analysis. -> respected
* {passive} Mark: Great, thanks. Could you do the extra charts too, while you're at it? -> more_on_plate
* {aggressive} Mark: Fine. Do it yourself, then. -> distance
* {passive_aggressive} Mark: What? I offered to help. -> mixed
* -> vague

=== respected ===
That afternoon Ellen sends you a message: "Mark tells me the analysis was yours. Looking forward to Thursday."
@coach: You named it and asked for what you wanted. What do you notice now?
-> reflect

=== more_on_plate ===
You spend Wednesday evening on the charts. On Thursday Mark presents them.
@coach: What was happening for you when he asked?
-> reflect

=== distance ===
Mark stops asking you for anything. In meetings he talks past you.
@coach: What did you want Mark to understand?
-> reflect

=== mixed ===
Mark looks hurt. He presents on Thursday after all, and you're not sure how it happened.
@coach: If you could say it again, what would you want to say?
-> reflect

=== vague ===
Mark: Okay, so I'll do it then. Send me the file when you can.
@coach: What did you want to say there?
-> reflect

=== reflect ===
@coach: At the start you said: "{goal}". How close did you get?
?= step: What is one concrete step you'll take the next time something like this happens?
@coach: Thanks. Next time we'll look back at how it went.
-> END
