# title: De deadline van vrijdag
# lang: nl
# cast: Carla = leidinggevende
# description: Je leidinggevende beloofde de directie iets voor vrijdag waar jij drie weken voor nodig hebt. Je geeft tegengas.
# minutes: 8

// Voor de coachee die zegt: "Ik wil voor mezelf opkomen, maar ik ben bang dat ik dan bot overkom."
VAR pogingen = 0

-> doel

=== doel ===
@coach: Voor we beginnen: wat wil je uit dit gesprek met Carla halen?
?= doel: Wat wil je bereiken in dit gesprek?
@coach: Dank je. Houd dat vast terwijl je oefent.
-> de_deadline

=== de_deadline ===
~ pogingen = pogingen + 1
Dinsdagochtend. Carla vraagt of je even vijf minuutjes hebt en doet de deur van haar kamer achter je dicht.
Carla: De directie wil het nieuwe inwerkhandboek vrijdag hebben. Ik heb gezegd dat jij dat wel regelt.
Carla: Dat moet wel lukken, toch?
Je weet dat het minstens drie weken werk is.
?? (deadline) Wat zeg je tegen Carla?
   # hint: Wat zie je van haar kant, en wat is vanuit jouw kant haalbaar? Je kunt allebei zeggen.
   # example assertive: Ik snap dat de directie het snel wil, maar vrijdag is niet haalbaar. Ik heb tot het eind van de maand nodig.
   # example passive: Eh, ik ga mijn best doen. Ik weet het niet zeker, maar ik probeer het wel.
   # example aggressive: Dat is belachelijk. Je kunt mijn werk toch niet zomaar beloven zonder het mij te vragen?
   # example passive_aggressive: Tuurlijk, vrijdag. Slapen wordt toch overschat.
* {assertive} Carla: Hm. Ik hoor je. Maar ik heb het al toegezegd. -> aandringen
* {passive} Carla: Fijn, ik wist dat ik op je kon rekenen. O, en wil je er ook even een korte samenvatting voor de directie bij maken? -> toegegeven
* {aggressive} Carla: Pardon? Zo praat je niet tegen mij. -> afgekoeld
* {passive_aggressive} Carla: Is dat nou een ja? Ik weet niet goed wat je zegt. -> verward
* -> onduidelijk

=== aandringen ===
Carla: Kun je er deze week niet gewoon een tandje bij zetten? Het gaat maar om een paar dagen.
?? (volhouden) Carla dringt aan. Wat zeg je nu?
   # hint: Je hoeft je niet te verontschuldigen voor realistisch zijn. Wat kun je wel bieden, en wat niet?
   # example assertive: Ik snap dat je daardoor klem zit. Met overuren gaat het niet passen, maar de eerste twee hoofdstukken kan ik vrijdag leveren.
   # example passive: Nou ja... oké, ik probeer het er wel tussen te proppen. Sorry dat ik moeilijk doe.
   # example aggressive: Een tandje bij? Ik werk al elke week over. Dit is jouw fout, niet de mijne.
   # example passive_aggressive: Ja hoor, een paar dagen. Dat handboek schrijft zichzelf vast wel.
* {assertive} Carla: De eerste twee hoofdstukken... Tja. Daar kan de directie misschien wel mee leven. -> de_directie
* {passive} Carla: Dank je. Dan zeg ik dat het op schema ligt. -> toegegeven
* {aggressive} Carla: Op deze manier ga ik er niet over in gesprek. -> afgekoeld
* {passive_aggressive} Carla: Als je het een slecht idee vindt, zeg dat dan gewoon. -> verward
* -> onduidelijk

=== toegegeven ===
Je loopt haar kamer uit met een deadline waar je zelf niet in gelooft. Donderdagavond laat zit je nog te schrijven.
@coach: Wat maakte dat je daar ja zei?
-> opnieuw

=== afgekoeld ===
Carla leunt achterover en kijkt naar haar scherm. Het gesprek is snel voorbij, en de rest van de dag blijft haar deur dicht.
@coach: Je grens kwam over, en je boosheid ook. Wat wilde je dat Carla hoorde?
-> opnieuw

=== verward ===
Carla fronst. Ze weet niet of je vrijdag nou levert of niet, en ze kijkt geïrriteerd.
@coach: Wat wilde je haar eigenlijk zeggen?
-> opnieuw

=== onduidelijk ===
Carla: Sorry hoor, maar... ligt het er vrijdag nou of niet?
@coach: Wat speelde er bij jou op dat moment?
-> opnieuw

=== opnieuw ===
+ {pogingen < 3} [Het moment nog eens proberen] -> de_deadline
+ [Verder] -> terugblik

=== de_directie ===
Carla zucht en wrijft over haar voorhoofd.
Carla: Goed dan. Maar nu moet ik terug naar de directie om uit te leggen waarom het later wordt. Niet echt fijn voor mij.
?? (directie) Carla is teleurgesteld. Wat zeg je?
   # hint: Je kunt haar teleurstelling serieus nemen zonder je grens terug te nemen. Wat kun je voor haar doen?
   # example assertive: Ik snap dat het vervelend voor je is. Ik zeg het liever nu dan dat ik vrijdag niks heb. Ik schrijf vandaag een korte notitie voor de directie.
   # example passive: Sorry, ik wilde het je niet moeilijk maken. Laat maar, ik probeer toch vrijdag te halen.
   # example aggressive: Dat is jouw probleem. Jij hebt het beloofd, niet ik.
   # example passive_aggressive: Goh, wat naar voor je. Zal vast heel zwaar zijn.
* {assertive} Carla: Dat zou helpen, dank je. En... goed dat je het nu zegt en niet pas donderdag. -> gerespecteerd
* {passive} Carla: Echt? Nou, fijn. Dan zeg ik tegen de directie dat het vrijdag komt. -> meer_op_je_bord
* {aggressive} Carla: Oké. Ik los het zelf wel op. Je kunt gaan. -> afstand
* {passive_aggressive} Carla: Ik vertel je alleen hoe het voor mij is. Je hoeft niet meteen zo te reageren. -> dubbel
* -> vaag

=== gerespecteerd ===
De volgende dag gaat de directie akkoord: twee hoofdstukken op vrijdag, de rest aan het eind van de maand.
@coach: Je zei wat haalbaar was, en Carla bedankte je ervoor. Hoe past dat bij je zorg om bot over te komen?
-> terugblik

=== meer_op_je_bord ===
Je bent terug bij af: het hele handboek op vrijdag, en deze keer heb je het zelf beloofd.
@coach: Wat gebeurde er bij jou toen ze zuchtte?
-> terugblik

=== afstand ===
Carla regelt het zelf met de directie. Een tijdje vraagt ze je minder, en vertelt ze je ook minder.
@coach: Wat wilde je dat Carla begreep?
-> terugblik

=== dubbel ===
Carla kijkt je even aan en draait zich dan weer naar haar scherm. Je weet niet goed waar je staat.
@coach: Als je het nog eens kon zeggen, wat zou je dan willen zeggen?
-> terugblik

=== vaag ===
Carla: Oké... ik zie wel wat ik ze vertel. Laat maar weten als er iets verandert.
@coach: Wat wilde je daar zeggen?
-> terugblik

=== terugblik ===
@coach: Aan het begin zei je: "{doel}". Hoe dichtbij ben je gekomen?
?= stap: Wat is één concrete stap die je zet als een deadline weer niet klopt?
@coach: Dank je. Volgende keer kijken we samen hoe het ging.
-> END
