# title: Ertussen komen
# lang: nl
# cast: Erik = collega, Ineke = projectleider
# description: In een projectoverleg praat een luidruchtige collega over je heen terwijl jij je punt wilt maken.
# minutes: 8

// Voor de coachee die zegt: "Ik durf in een overleg mijn mening niet te geven."
VAR pogingen = 0

-> doel

=== doel ===
@coach: Voor we beginnen: wat wil je uit dit overleg halen?
?= doel: Wat wil je bereiken in dit overleg?
@coach: Dank je. Houd dat vast terwijl je oefent.
-> het_woord

=== het_woord ===
~ pogingen = pogingen + 1
Maandagochtend, projectoverleg. Zeven mensen rond de tafel, laptops open. Het gaat over de planning van de nieuwe release.
Erik is al tien minuten aan het woord over waarom twee weken testen ruim voldoende is.
Ineke: Oké. Nog iemand?
Je begint: "Ik maak me een beetje zorgen over het testen..."
Erik: Ja, maar het punt is, vorige keer deden we het ook in twee weken, dus...
?? (woord) Erik praat over je heen. Wat zeg je?
   # hint: Wat wil je dat de groep hoort? Je kunt het woord terugvragen en dan je punt in één zin zeggen.
   # example assertive: Erik, ik wil mijn punt even afmaken. Ik vind twee weken testen te kort voor deze release.
   # example passive: Eh, sorry, laat maar. Het is niet zo belangrijk, ga maar door.
   # example aggressive: Erik, jij laat ook nooit iemand uitpraten. Hou nou eens even je mond.
   # example passive_aggressive: Tuurlijk Erik, jij eerst. Zoals altijd.
* {assertive} Erik: Ja ja. Maar eerlijk, het komt heus wel goed. Dat gaat altijd goed. -> aandringen
* {passive} Erik: ...dus zoals ik al zei, twee weken is echt zat. Goed. -> ingeslikt
* {aggressive} Erik: Nou. Oké dan. -> afgekoeld
* {passive_aggressive} Erik: Wat bedoel je daar nou weer mee? Ik probeer alleen maar te helpen. -> defensief
* -> onduidelijk

=== aandringen ===
Erik kijkt naar Ineke, niet naar jou, en begint alvast aan zijn volgende punt.
?? (volhouden) Erik wuift je punt weg. Wat zeg je nu?
   # hint: Je hoeft Erik niet te overtuigen. Wat is het ene ding dat je wilt dat de groep hoort?
   # example assertive: Ik hoor je, maar vorige keer vonden we na de livegang nog fouten. Ik wil drie weken testen voor deze release.
   # example passive: Eh, je hebt vast gelijk. Laat maar, sorry.
   # example aggressive: Voor jou is het altijd prima, want jij hoeft de troep achteraf nooit op te ruimen.
   # example passive_aggressive: Ja hoor Erik, als jij het zegt. Jij weet het immers altijd het beste.
* {assertive} Ineke: Dat is een terecht punt. Laten we daar aan het eind op terugkomen. -> de_afsluiting
* {passive} Erik: Precies. Goed, waar was ik. -> ingeslikt
* {aggressive} Erik: Hé, je hoeft het niet persoonlijk te maken, hoor. -> afgekoeld
* {passive_aggressive} Erik: Oké, wat is nou eigenlijk je probleem? Zeg het dan gewoon. -> defensief
* -> onduidelijk

=== ingeslikt ===
Erik praat door. Tien minuten later kijkt Ineke naar jou.
Ineke: Dus jij zorgt dat het testplan in twee weken past, toch?
Je knikt. Het overleg gaat verder. Je loopt naar buiten met je zorg nog in je hoofd, en met een testplan dat in twee weken moet passen.
@coach: Wat hield je tegen om door te gaan met je punt?
-> opnieuw

=== afgekoeld ===
Het wordt stil aan tafel. Erik leunt achterover en slaat zijn armen over elkaar. Ineke gaat snel door naar het volgende agendapunt. Na afloop loopt Erik de zaal uit zonder je aan te kijken.
@coach: Je punt was er, en je boosheid ook. Wat wilde je dat ze meenamen?
-> opnieuw

=== defensief ===
Erik begint zich te verdedigen, Ineke probeert de boel te sussen, en over testen heeft niemand het meer.
@coach: Wat wilde je Erik eigenlijk zeggen?
-> opnieuw

=== onduidelijk ===
Ineke: Sorry, dat verstond ik niet helemaal. Wilde je nog iets toevoegen?
@coach: Wat speelde er bij jou op dat moment?
-> opnieuw

=== opnieuw ===
+ {pogingen < 3} [Het moment nog eens proberen] -> het_woord
+ [Verder] -> terugblik

=== de_afsluiting ===
Vijf minuten voor het eind kijkt Ineke in haar aantekeningen.
Ineke: Nou, we zitten bijna aan de tijd. Dan gaan we voor het plan van Erik, twee weken testen. Iedereen akkoord?
Erik knikt. Iedereen begint zijn laptop dicht te klappen.
?? (afsluiting) Ineke vraagt of iedereen akkoord is. Wat zeg je?
   # hint: Je kunt zeggen waar je staat, en wat je met je punt wilt.
   # example assertive: Nog niet, Ineke. Ik wil mijn zorg graag in de notulen, en ik stel voor dat we volgende week over het testen beslissen.
   # example passive: Eh, ja, dat is wel goed denk ik. Sorry.
   # example aggressive: Nee. Dit is belachelijk. Jullie doen gewoon wat Erik zegt.
   # example passive_aggressive: Prima hoor, wat Erik wil. Zo gaat het toch altijd.
* {assertive} Ineke: Oké, terecht. Ik zet het in de notulen en we besluiten volgende week maandag. Erik, neem jij de cijfers van vorige keer mee? -> gehoord
* {passive} Ineke: Top. Dan zorg jij dat het testplan in twee weken past. Dankjewel! -> meer_op_je_bord
* {aggressive} Ineke: Die toon vind ik niet prettig. We laten het zoals het is. -> afstand
* {passive_aggressive} Ineke: Is dat nou een ja? Ik weet niet goed wat je bedoelt. -> dubbel
* -> vaag

=== gehoord ===
Erik haalt zijn schouders op, maar schrijft het wel op. Op de gang zegt een collega zachtjes: "Goed dat je dat zei."
@coach: Je punt ligt nu op tafel. Wat merk je bij jezelf?
-> terugblik

=== meer_op_je_bord ===
Het besluit staat, en het werk om het passend te krijgen ligt bij jou.
@coach: Wat gebeurde er bij jou toen Ineke het vroeg?
-> terugblik

=== afstand ===
Ineke sluit het overleg af. Op de gang is ze daarna wat koeler tegen je.
@coach: Wat wilde je dat Ineke begreep?
-> terugblik

=== dubbel ===
Ineke wacht even en sluit dan het overleg af. Je zorg komt niet in de notulen.
@coach: Als je het nog eens kon zeggen, wat zou je dan willen zeggen?
-> terugblik

=== vaag ===
Ineke: Oké, dan laten we het hierbij. Dank jullie wel.
@coach: Wat wilde je daar zeggen?
-> terugblik

=== terugblik ===
@coach: Aan het begin zei je: "{doel}". Hoe dichtbij ben je gekomen?
?= stap: Wat is één concrete stap die je zet in het volgende overleg?
@coach: Dank je. Volgende keer kijken we samen hoe het ging.
-> END
