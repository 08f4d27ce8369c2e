# title: De presentatie
# lang: nl
# cast: Jeroen = collega
# description: Een collega vraagt je een presentatie voor te bereiden die niet jouw taak is.
# minutes: 10
# test houdt_vast: mijn doel | Ik snap dat je het mij vraagt, maar deze week lukt het niet. Misschien kan Mark je helpen? -> gehouden
# test geeft_toe: mijn doel | Is goed hoor, ik doe het er wel bij. -> aangenomen

// Samira: projectondersteuner op een drukke stafafdeling. Behulpzaam, geliefd, en vaak moe.
VAR pogingen = 0

-> doel

=== doel ===
@coach: Voor we beginnen: wat wil je uit dit gesprek met Jeroen halen?
?= doel: Wat wil je bereiken in dit gesprek?
@coach: Dank je. Houd dat vast terwijl je oefent.
-> de_vraag

=== de_vraag ===
~ pogingen = pogingen + 1
Het is donderdagmiddag. Jeroen blijft bij je bureau staan, laptop onder de arm.
Jeroen: Hé, heb je even? Zou jij de slides voor het MT van vrijdag willen maken? Jij bent daar zo goed in.
?? (vraag) Wat zeg je tegen Jeroen?
   # hint: Laat merken dat je snapt waarom hij het jou vraagt, en zeg dan wat wel en niet kan.
   # example assertive: Ik snap dat je aan mij denkt, maar ik heb daar nu geen ruimte voor.
   # example assertive: Ik snap dat je het mij vraagt, maar deze week lukt het niet. Misschien kan Mark je helpen?
   # example passive: Is goed, ik kijk wel hoe ik het erbij doe.
   # example aggressive: Doe je eigen slides nou eens een keer.
   # example passive_aggressive: Tuurlijk, gooi er nog maar wat bij, ik heb toch niks te doen.
* {assertive and offers_alternative} Jeroen: Oké, helder. Dan vraag ik Mark om de rest. -> gehouden
* {assertive} Jeroen: O. Oké. Maar jij bent er zoveel sneller in dan ik... -> aandringen
* {passive} Jeroen: Top, dankjewel! Ik stuur je vanavond de cijfers. -> aangenomen
* {aggressive or passive_aggressive} Jeroen: Nou zeg. Ik vroeg het alleen maar. -> spanning
* -> onduidelijk

=== aandringen ===
Jeroen: Ach joh, het is voor jou maar een uurtje werk.
?? (volhouden) Jeroen dringt aan. Wat zeg je nu?
   # hint: Je hoeft geen nieuwe reden te geven. Herhaal rustig je grens.
   # example assertive: Ik snap dat het je zou helpen, maar mijn antwoord blijft nee deze week.
   # example passive: Nou ja, als het echt maar een uurtje is, dan doe ik het wel.
   # example aggressive: Hou op met zeuren, ik zei nee. Regel het zelf.
   # example passive_aggressive: Tuurlijk, maar een uurtje. Net als het vorige "uurtje" dat me mijn hele avond kostte.
* {assertive} Jeroen: Goed, goed. Ik regel het zelf wel. -> gehouden
* {passive} Jeroen: Je bent een topper. -> aangenomen
* {aggressive or passive_aggressive} Jeroen: Ho ho, rustig maar. Ik vroeg het alleen. -> spanning
* -> spanning

=== gehouden ===
@coach: Je hield je grens vast en bleef vriendelijk. Hoe voelde het om dat te zeggen?
-> volgende_dag

=== volgende_dag ===
De volgende ochtend staat Jeroen weer bij je bureau, met een uitdraai in zijn hand.
Jeroen: Ik heb de slides zelf gemaakt. Wil je er vóór vrijdag even naar kijken?
?? (kleine_vraag) Een kleinere vraag. Wat zeg je?
   # hint: Een kleiner ja kan prima zijn, als je er zelf voor kiest. Zeg wat je doet, en wanneer.
   # example assertive: Prima, morgen om tien uur kijk ik er een kwartier naar.
   # example passive: Eh, ja hoor, natuurlijk, wanneer je maar wilt, ik maak wel tijd.
   # example aggressive: Je doet het weer. Laat mij nou gewoon buiten je presentatie.
   # example passive_aggressive: Goh, wat leuk, weer een klein gunstje. Precies wat ik nodig had.
* {assertive} Jeroen: Morgen om tien is top. Dank je! -> terugblik
* {passive} Jeroen: Fijn! Kun je dan ook meteen de grafieken aanpassen? -> aangenomen
* {aggressive or passive_aggressive} Jeroen: Oké... ik vroeg alleen of je even wilde kijken. -> spanning
* -> terugblik

=== aangenomen ===
Jeroen loopt opgelucht weg. Je lijstje voor vrijdag is net een stuk langer geworden.
@coach: Wat maakte dat je daar ja zei?
-> opnieuw

=== spanning ===
Jeroen trekt zijn wenkbrauwen op en loopt terug naar zijn plek. De rest van de middag kijkt hij niet meer op.
@coach: Je nee kwam over, en je irritatie ook. Wat wilde je dat hij hoorde?
-> opnieuw

=== onduidelijk ===
Jeroen: Sorry hoor, maar... is dat nou ja of nee?
@coach: Wat wilde je hem eigenlijk zeggen?
-> opnieuw

=== opnieuw ===
+ {pogingen < 3} [Het moment nog eens proberen] -> de_vraag
+ [Verder] -> terugblik

=== terugblik ===
?= stap: Wat is één concreet ding dat je volgende week anders gaat doen?
@coach: Mooi. Volgende keer kijken we samen hoe het ging.
-> END
