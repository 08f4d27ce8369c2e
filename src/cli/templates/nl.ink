# title: {title}
# lang: nl
# cast: Sanne = collega
# description: Eén regel over de situatie die je oefent.
# minutes: 5

// Regels die met // beginnen zijn notities voor jou; de coachee ziet ze nooit.
// Draai `rehearse check DIT_BESTAND` na elke wijziging, `rehearse play DIT_BESTAND` om het te
// proberen, en `rehearse test DIT_BESTAND` om te zien of elk voorbeeldantwoord klopt.

VAR pogingen = 0

-> doel

=== doel ===
// `?=` stelt een vraag waarvan het antwoord bewaard wordt (in `doel`), zonder score.
@coach: Wat wil je uit dit gesprek halen?
?= doel: Wat wil je bereiken in dit gesprek?
-> de_vraag

=== de_vraag ===
~ pogingen = pogingen + 1
// Een regel die begint met de naam van iemand uit de cast, wordt door die persoon gezegd.
Sanne: Zou jij deze week mijn rapportage willen overnemen? Jij bent daar zo goed in.
// `??` is een antwoordmoment: de coachee typt een antwoord en de eerste tak waarvan de
// voorwaarde klopt, wordt genomen. Geef een tip en een voorbeeld voor elke stijl die je test.
?? (vraag) Wat zeg je tegen Sanne?
   # hint: Laat merken dat je snapt waarom ze het jou vraagt, en zeg dan wat wel en niet kan.
   # example assertive: Ik snap dat je aan mij denkt, maar ik heb daar nu geen ruimte voor.
   # example passive: Is goed, ik kijk wel hoe ik het erbij doe.
   # example aggressive: Doe je eigen rapportage nou eens een keer.
   # example passive_aggressive: Tuurlijk, gooi er nog maar wat bij, ik heb toch niks te doen.
* {assertive} Sanne: Oké, helder. Dan regel ik het anders. -> gehouden
* {passive} Sanne: Top, dankjewel! Ik stuur het je vanavond. -> aangenomen
* {aggressive or passive_aggressive} Sanne: Nou zeg, ik vroeg het alleen maar. -> spanning
// De laatste tak heeft geen voorwaarde: antwoorden die nergens passen, komen hier.
* -> onduidelijk

=== gehouden ===
@coach: Je hield je grens vast. Hoe voelde het om dat te zeggen?
-> stap

=== aangenomen ===
Je week is net een stuk voller geworden.
@coach: Wat maakte dat je daar ja zei?
-> opnieuw

=== spanning ===
Sanne loopt zonder iets te zeggen weg.
@coach: Wat wilde je dat Sanne hoorde?
-> opnieuw

=== onduidelijk ===
Sanne: Sorry hoor, is dat nou ja of nee?
-> opnieuw

=== opnieuw ===
+ {pogingen < 3} [Het moment nog eens proberen] -> de_vraag
+ [Verder] -> stap

=== stap ===
?= stap: Wat is één concreet ding dat je volgende week anders gaat doen?
@coach: Mooi. Volgende keer kijken we hoe het ging.
-> END
