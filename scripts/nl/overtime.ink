# title: Alweer overwerken
# lang: nl
# cast: Sandra = teamleider
# description: Je teamleider vraagt je weer om langer te blijven en er een klus bij te nemen.
# minutes: 8

// Voor de coachee die zegt: "Ik zeg te vaak ja terwijl ik nee wil zeggen."
VAR pogingen = 0

-> doel

=== doel ===
@coach: Voor we beginnen: wat wil je uit dit gesprek met Sandra halen?
?= doel: Wat wil je bereiken in dit gesprek?
@coach: Dank je. Houd dat vast terwijl je oefent.
-> de_vraag

=== de_vraag ===
~ pogingen = pogingen + 1
Het is tien over vijf. Je trekt net je jas aan als Sandra naar je toe komt lopen.
Sandra: Hé, gelukkig, je bent er nog. Het klantrapport moet morgenochtend de deur uit.
Sandra: Kun je nog even blijven om de cijfers af te maken? Jij bent de enige die die sheet echt snapt.
?? (vraag) Wat zeg je tegen Sandra?
   # hint: Laat merken dat je ziet waarom ze het vraagt, en zeg dan wat je vanavond wel en niet doet.
   # example assertive: Ik snap dat het haast heeft, maar ik blijf vanavond niet. Morgenochtend om acht uur pak ik het als eerste op.
   # example passive: Eh, nou ja, oké, ik kan wel even blijven hoor. Sorry, het is goed.
   # example aggressive: Alweer? Jij schuift dit altijd om vijf uur op mijn bord. Zoek maar iemand anders.
   # example passive_aggressive: Tuurlijk, geen probleem. Ik heb toch geen leven.
* {assertive} Sandra: Hm. Morgenochtend is wel krap, hoor. -> aandringen
* {passive} Sandra: Je bent een schat. O, en als je toch bezig bent, wil je de bijlage ook even nakijken? -> ja_gezegd
* {aggressive} Sandra: Oké. Nou. Laat dan maar zitten. -> afgekoeld
* {passive_aggressive} Sandra: Wat bedoel je daar nou mee? Ik vraag het alleen maar. -> verward
* -> onduidelijk

=== aandringen ===
Sandra: Ach joh, het is maar één avondje. Ik zou het voor jou ook doen.
?? (volhouden) Sandra dringt aan. Wat zeg je nu?
   # hint: Je hoeft geen nieuwe reden te verzinnen. Je kunt je grens rustig herhalen.
   # example assertive: Ik snap dat het krap is, maar vanavond lukt het mij niet. Ik begin er morgen om acht uur aan.
   # example passive: Nou ja... oké, als het echt alleen vanavond is, dan blijf ik wel.
   # example aggressive: Jij zou hetzelfde doen? Jij blijft nooit langer. Hou eens op met drammen.
   # example passive_aggressive: Prima hoor. Dan zeg ik mijn afspraak wel weer af, zoals altijd.
* {assertive} Sandra: Oké. Om acht uur dan. Ik laat de klant weten dat het om tien uur komt. -> volgende_week
* {passive} Sandra: Top, dankjewel! Ik wist dat ik op je kon rekenen. -> ja_gezegd
* {aggressive} Sandra: Nou, je hoeft niet meteen zo uit te vallen. -> afgekoeld
* {passive_aggressive} Sandra: Als je het niet wilt, zeg dat dan gewoon. -> verward
* -> onduidelijk

=== ja_gezegd ===
Je hangt je jas weer op. Om half acht zit je er nog, en de bijlage ligt ook nog te wachten.
@coach: Wat maakte dat je daar ja zei?
-> opnieuw

=== afgekoeld ===
Sandra loopt zonder nog iets te zeggen terug naar haar plek. De volgende ochtend vraagt ze iemand anders mee naar het klantoverleg.
@coach: Je nee kwam over, en je irritatie ook. Wat wilde je dat Sandra hoorde?
-> opnieuw

=== verward ===
Sandra fronst. Ze weet niet of je nou blijft of niet, en ze kijkt een beetje gekwetst.
@coach: Wat wilde je haar eigenlijk zeggen?
-> opnieuw

=== onduidelijk ===
Sandra: Sorry hoor, maar... blijf je nou of niet?
@coach: Wat speelde er bij jou op dat moment?
-> opnieuw

=== opnieuw ===
+ {pogingen < 3} [Het moment nog eens proberen] -> de_vraag
+ [Verder] -> terugblik

=== volgende_week ===
De volgende ochtend om tien uur gaan de cijfers de deur uit. 's Middags komt Sandra weer langs.
Sandra: Dank je voor vanochtend. Zeg, voor de uitrol volgende week heb ik jou ingeroosterd op donderdagavond.
Sandra: Dat is toch wel goed?
?? (rooster) Wat zeg je?
   # hint: Wat wil jij met donderdagavond? Dat kun je zeggen, en wat je in plaats daarvan aanbiedt.
   # example assertive: Fijn dat je het even checkt. Donderdagavond kan ik niet, maar de controle op vrijdagochtend kan ik wel doen.
   # example passive: Eh, ja, dat is vast wel goed. Wat voor het team het beste uitkomt.
   # example aggressive: Echt niet. Dat heb ik je gisteren al gezegd, en jij negeert het gewoon.
   # example passive_aggressive: Tuurlijk, donderdag ook. Ik heb toch niks beters te doen.
* {assertive} Sandra: Da's eerlijk. Dan vraag ik Tom voor donderdag en zet ik jou op vrijdag. -> gerespecteerd
* {passive} Sandra: Top. En wil jij dan ook even de overdracht op papier zetten? Daar ben je zo goed in. -> meer_op_je_bord
* {aggressive} Sandra: Goed. Dan zoek ik wel iemand anders. -> afstand
* {passive_aggressive} Sandra: Is dat nou een ja? Ik kan het soms echt niet uit je opmaken. -> dubbel
* -> vaag

=== gerespecteerd ===
Sandra knikt en past het rooster meteen aan op haar laptop.
@coach: Je zei deze week twee keer nee, en zij paste zich aan. Wat merk je als je dat hoort?
-> terugblik

=== meer_op_je_bord ===
Je hebt nu de donderdagavond én de overdracht erbij. Sandra loopt alweer door naar het volgende bureau.
@coach: Wat gebeurde er in jou toen ze het vroeg?
-> terugblik

=== afstand ===
Sandra blijft de rest van de week beleefd, maar kort. Ze komt niet meer even bij je bureau staan.
@coach: Wat wilde je dat ze begreep?
-> terugblik

=== dubbel ===
Sandra aarzelt en laat je naam dan toch op het rooster staan. Je weet niet goed wat ze denkt dat je bedoelde.
@coach: Als je het nog eens kon zeggen, wat zou je dan willen zeggen?
-> terugblik

=== vaag ===
Sandra: Dan laat ik je gewoon op donderdag staan. Laat maar weten als het een probleem is.
@coach: Wat wilde je daar zeggen?
-> terugblik

=== terugblik ===
@coach: Aan het begin zei je: "{doel}". Hoe dichtbij ben je gekomen?
?= stap: Wat is één concrete stap die je zet als Sandra je weer vraagt om te blijven?
@coach: Dank je. Volgende keer kijken we samen hoe het ging.
-> END
