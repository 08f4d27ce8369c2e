# title: Wiens werk is het?
# lang: nl
# cast: Bas = collega
# description: Een collega presenteerde jouw analyse als de zijne, alweer. Je spreekt hem erop aan.
# minutes: 8

// Voor de coachee die zegt: "Ik laat dingen gebeuren die ik eigenlijk niet oké vind."
VAR pogingen = 0

-> doel

=== doel ===
@coach: Voor we beginnen: wat wil je uit dit gesprek met Bas halen?
?= doel: Wat wil je bereiken in dit gesprek?
@coach: Dank je. Houd dat vast terwijl je oefent.
-> bij_de_koffie

=== bij_de_koffie ===
~ pogingen = pogingen + 1
Vanochtend in het teamoverleg presenteerde Bas de klantanalyse. Jouw analyse. "Ik ben eens in de cijfers gedoken," zei hij.
Marloes, jullie leidinggevende, noemde het het beste stuk van dit kwartaal. Jouw naam viel niet één keer.
Nu sta je bij het koffieapparaat. Bas komt er glimlachend bij staan.
Bas: Goed overleg, hè? Marloes was helemaal weg van die analyse.
?? (koffie) Wat zeg je tegen Bas?
   # hint: Wat viel je op in het overleg, en wat vind je daarvan? Je kunt allebei zeggen.
   # example assertive: Het viel me op dat je mijn analyse als die van jou presenteerde. Daar ben ik niet blij mee.
   # example passive: Ja, ging wel goed, denk ik. Leuk dat ze het mooi vond.
   # example aggressive: Jij hebt gewoon mijn werk gejat, Bas. Echt zielig.
   # example passive_aggressive: Ja joh, prachtige analyse. Zal je wel veel tijd gekost hebben, hè?
* {assertive} Bas: O. Nou... ik heb toch wel ergens "we" gezegd, volgens mij. -> aandringen
* {passive} Bas: Zeker! Zeg, kun je me het bestand even sturen? Marloes wil vrijdag nog een paar extra grafieken. -> laten_gaan
* {aggressive} Bas: Ho ho. Gejat? Serieus? -> afgekoeld
* {passive_aggressive} Bas: Eh... hoe bedoel je dat? -> defensief
* -> onduidelijk

=== aandringen ===
Bas: En kom op, we zijn toch een team? Maakt het nou echt uit wiens naam erop staat?
?? (volhouden) Bas wuift het weg. Wat zeg je nu?
   # hint: Je hoeft de discussie niet te winnen. Wat wil je de volgende keer van Bas?
   # example assertive: Voor mij maakt het wel uit. Als je mijn werk weer gebruikt, wil ik dat je mijn naam noemt.
   # example passive: Nee, je hebt gelijk, het maakt eigenlijk niet uit. Laat maar.
   # example aggressive: Kom niet aan met dat teamgedoe. Jij doet dit altijd.
   # example passive_aggressive: Tuurlijk, we zijn een team. Grappig dat het team altijd op jou lijkt.
* {assertive} Bas: Oké. Da's terecht. Ik had je moeten noemen. -> het_vervolg
* {passive} Bas: Precies. O, en stuur je me het bestand nog even? Marloes wil een paar extra grafieken. -> laten_gaan
* {aggressive} Bas: Zo ga ik het gesprek niet met je voeren. -> afgekoeld
* {passive_aggressive} Bas: Als je een probleem met me hebt, zeg het dan gewoon. -> defensief
* -> onduidelijk

=== laten_gaan ===
Die avond maak jij de extra grafieken. Vrijdag presenteert Bas ze aan Marloes.
@coach: Wat maakte dat je het daar liet gaan?
-> opnieuw

=== afgekoeld ===
Bas zet zijn kopje neer en loopt weg. De rest van de week houdt hij afstand. Over de analyse praat niemand meer, en Marloes denkt nog steeds dat het van hem was.
@coach: Wat je voelde kwam over, en je boosheid ook. Wat wilde je dat Bas hoorde?
-> opnieuw

=== defensief ===
Bas begint uit te leggen hoeveel hij wel niet aan het project heeft gedaan. Het gesprek gaat nu over hem, niet over jouw werk.
@coach: Wat wilde je Bas eigenlijk zeggen?
-> opnieuw

=== onduidelijk ===
Bas: Sorry, ik snap niet helemaal wat je bedoelt. Maar goed, ik moet door.
@coach: Wat speelde er bij jou op dat moment?
-> opnieuw

=== opnieuw ===
+ {pogingen < 3} [Het moment nog eens proberen] -> bij_de_koffie
+ [Verder] -> terugblik

=== het_vervolg ===
Bas: Marloes wil donderdag een vervolgpresentatie, met een paar extra grafieken. Zal ik die gewoon doen? Stuur jij mij het bestand, dan presenteer ik.
?? (vervolg) Wat zeg je?
   # hint: Wat zou je willen dat er donderdag gebeurt? Dat kun je zeggen, en wat je Bas aanbiedt.
   # example assertive: Ik wil het donderdag graag zelf presenteren. Ik laat het Marloes weten, en je mag best aansluiten.
   # example passive: Eh, oké, ik stuur je het bestand wel. Is waarschijnlijk makkelijker zo.
   # example aggressive: Echt niet. Jij hebt al genoeg schade aangericht.
   # example passive_aggressive: Nou, tuurlijk. Ik doe het werk en jij presenteert, zo gaat dat toch.
* {assertive} Bas: Oké, ja. Da's eerlijk. Ik zeg tegen Marloes dat het jouw analyse was. -> gerespecteerd
* {passive} Bas: Top, dank je. Kun je die extra grafieken dan ook even maken, nu je toch bezig bent? -> meer_op_je_bord
* {aggressive} Bas: Prima. Doe het dan lekker zelf. -> afstand
* {passive_aggressive} Bas: Wat? Ik bood alleen aan om te helpen. -> dubbel
* -> vaag

=== gerespecteerd ===
Die middag krijg je een berichtje van Marloes: "Bas vertelde dat de analyse van jou was. Ik kijk uit naar donderdag."
@coach: Je benoemde het en vroeg om wat je wilde. Wat merk je nu?
-> terugblik

=== meer_op_je_bord ===
Woensdagavond zit jij aan de grafieken. Donderdag presenteert Bas ze.
@coach: Wat gebeurde er bij jou toen hij het vroeg?
-> terugblik

=== afstand ===
Bas vraagt je nergens meer om. In overleggen praat hij langs je heen.
@coach: Wat wilde je dat Bas begreep?
-> terugblik

=== dubbel ===
Bas kijkt gekwetst. Donderdag presenteert hij toch, en je weet niet goed hoe dat zo gekomen is.
@coach: Als je het nog eens kon zeggen, wat zou je dan willen zeggen?
-> terugblik

=== vaag ===
Bas: Oké, dan doe ik het wel. Stuur me het bestand maar als je tijd hebt.
@coach: Wat wilde je daar zeggen?
-> terugblik

=== terugblik ===
@coach: Aan het begin zei je: "{doel}". Hoe dichtbij ben je gekomen?
?= stap: Wat is één concrete stap die je zet als zoiets weer gebeurt?
@coach: Dank je. Volgende keer kijken we samen hoe het ging.
-> END
