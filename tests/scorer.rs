//! The phrasing scorer: one row per rule in each language, the hard cases (negation, quotes,
//! case, emoji, empty and huge replies), pattern-pack errors, and quality on the held-out half
//! of the labelled replies, next to a naive Bayes baseline trained on the tuning half.

use std::collections::HashMap;

use rehearse::score::eval::{Confusion, Labelled, read_jsonl};
use rehearse::score::{Lang, Scorer, Style, score};

/// `case!(lang, "reply", Style, [cues that must be found], [cues that must not])`
macro_rules! case {
    ($lang:ident, $text:expr, $style:ident, [$($cue:literal),*] $(, not [$($absent:literal),*])?) => {{
        let v = score($text, Some(Lang::$lang));
        assert_eq!(v.style, Some(Style::$style), "{:?} scored {:?} with {:?}", $text, v.style, v.cues.iter().map(|c| (&*c.name, &c.text)).collect::<Vec<_>>());
        $(assert!(v.has($cue), "{:?} lacks cue {}: {:?}", $text, $cue, v.cues.iter().map(|c| &*c.name).collect::<Vec<_>>());)*
        $($(assert!(!v.has($absent), "{:?} has cue {} it should not", $text, $absent);)*)?
    }};
}

#[test]
fn english_rules() {
    case!(
        En,
        "I see why you ask, but I can't take this on this week.",
        Assertive,
        ["acknowledges", "clear_refusal", "specific_limit"]
    );
    case!(
        En,
        "I'd rather not. I could help with the outline instead.",
        Assertive,
        ["clear_refusal", "offers_alternative"]
    );
    case!(
        En,
        "Sorry, I can't do Friday, but Monday works for me.",
        Assertive,
        ["apology", "clear_refusal"]
    );
    case!(En, "I need you to check with me before you book my time.", Assertive, ["states_need"]);
    case!(En, "um, I guess I could maybe look at it later?", Passive, ["hedge"]);
    case!(En, "so sorry!! of course, no problem at all", Passive, ["apology", "vague_yes"]);
    case!(
        En,
        "Would it be ok if I left a bit earlier? Only if that's alright.",
        Passive,
        ["permission_seeking"]
    );
    case!(En, "It's no big deal, I'll manage somehow.", Passive, ["minimiser"]);
    case!(En, "You never listen. This plan is ridiculous.", Aggressive, ["absolute", "insult"]);
    case!(En, "Figure it out yourself, I'm done.", Aggressive, ["command", "dismissal"]);
    case!(En, "Touch my files again and I'll go to HR.", Aggressive, ["threat"]);
    case!(En, "WHY is this ALWAYS on ME", Aggressive, ["shouting"]);
    case!(En, "Oh great, another meeting. Just what I needed.", PassiveAggressive, ["sarcasm"]);
    case!(En, "Fine. I'll do it, as usual.", PassiveAggressive, ["sulky_compliance"]);
    case!(En, "Don't mind me, I'll just sit here and wait.", PassiveAggressive, ["guilt_trip"]);
}

#[test]
fn dutch_rules() {
    case!(
        Nl,
        "Ik snap dat je aan mij denkt, maar ik heb daar nu geen ruimte voor.",
        Assertive,
        ["acknowledges", "clear_refusal"]
    );
    case!(
        Nl,
        "Dat gaat me deze week niet lukken. Volgende week kan ik wel.",
        Assertive,
        ["clear_refusal", "specific_limit"]
    );
    case!(Nl, "Ik wil graag dat je eerst even met mij overlegt.", Assertive, ["states_need"]);
    case!(Nl, "Eh, misschien, ik weet het niet, ik kijk wel even.", Passive, ["hedge"]);
    case!(Nl, "Is goed hoor, ik doe het er wel bij.", Passive, ["vague_yes"]);
    case!(
        Nl,
        "Sorry dat ik het vraag, maar zou dat misschien kunnen?",
        Passive,
        ["permission_seeking"]
    );
    case!(Nl, "Laat maar, het maakt niet uit.", Passive, ["minimiser"]);
    case!(Nl, "Jij doet dit altijd. Wat een onzin.", Aggressive, ["absolute", "insult"]);
    case!(Nl, "Zoek het zelf maar uit, boeit me niet.", Aggressive, ["dismissal"]);
    case!(Nl, "Nog één keer en ik stap naar HR.", Aggressive, ["threat"]);
    case!(Nl, "Goh, wat gezellig, weer een overleg.", PassiveAggressive, ["sarcasm"]);
    case!(Nl, "Prima. Zoals altijd doe ik het wel weer.", PassiveAggressive, ["sulky_compliance"]);
}

#[test]
fn negation_cancels_a_cue() {
    assert!(!score("I'm not sorry about that.", Some(Lang::En)).has("apology"));
    assert!(score("I'm sorry about that.", Some(Lang::En)).has("apology"));
    assert!(!score("It's not your fault.", Some(Lang::En)).has("blame"));
    // Dutch puts the negation after the verb; a refusal pattern reads it there.
    assert!(score("ik kan dat niet", Some(Lang::Nl)).has("clear_refusal"));
    assert!(score("Dat doe ik niet.", Some(Lang::Nl)).has("clear_refusal"));
    // "n't" makes another word of the one before it; other clitics do not.
    let v = score("That's what I can't do.", Some(Lang::En));
    assert!(!v.has("offers_alternative") && v.has("clear_refusal"), "{:?}", v.cues);
    assert!(score("I'm sure you're busy.", Some(Lang::En)).has("indirect_dig"));
}

/// Each reply of `shown` shows `cue` and scores as `style`; no reply of `not` shows `cue`.
fn cue_reads(cue: &str, style: Style, shown: &[(Lang, &str)], not: &[(Lang, &str)]) {
    for &(lang, reply) in shown {
        let v = score(reply, Some(lang));
        assert!(v.has(cue), "{reply}: {:?}", v.cues);
        assert_eq!(v.style, Some(style), "{reply}");
    }
    for &(lang, reply) in not {
        let v = score(reply, Some(lang));
        assert!(!v.has(cue), "{reply}: {:?}", v.cues);
    }
}

#[test]
fn praise_next_to_a_cost_reads_as_sarcasm() {
    // Praise alone, or a sincere "yes, but" with a cost, is no sarcasm.
    cue_reads(
        "mock_praise",
        Style::PassiveAggressive,
        &[
            (Lang::En, "So glad I get another weekend at my desk."),
            (Lang::En, "So thoughtful of you to cc me at midnight."),
            (Lang::Nl, "Fijn, weer een weekend achter mijn bureau."),
            (Lang::Nl, "Echt attent dat je me om middernacht nog mailt, weer eens."),
        ],
        &[
            (Lang::En, "So glad you told me, thanks."),
            (Lang::En, "Great idea, but I can't work this weekend."),
            (Lang::Nl, "Fijn, bedankt voor het meedenken."),
            (Lang::Nl, "Leuk idee, maar dit weekend werk ik niet."),
        ],
    );
}

/// A sentence of praise that is all a reply says comments on what it praises; a short thanks,
/// or praise beside thanks, is sincere.
#[test]
fn praise_that_is_all_a_long_reply_says_reads_as_sarcasm() {
    cue_reads(
        "mock_praise",
        Style::PassiveAggressive,
        &[
            (Lang::En, "Really helpful to learn about the new deadline from the client first."),
            (Lang::Nl, "Super handig, een planning die om het uur verandert bij ons."),
        ],
        &[
            (Lang::En, "Perfect, just what I needed."),
            (Lang::En, "Thanks so much for the detailed notes, they really help me."),
            (Lang::Nl, "Mooi werk, goed gedaan."),
            (Lang::Nl, "Dank je wel voor de mooie en duidelijke uitleg van vandaag."),
        ],
    );
}

#[test]
fn a_yes_next_to_what_it_costs_again_is_grudging() {
    let plain = [
        (Lang::En, "Of course, I'll do it tonight."),
        (Lang::Nl, "Natuurlijk, ik doe het vanavond."),
    ];
    cue_reads(
        "grudging_yes",
        Style::PassiveAggressive,
        &[
            (Lang::En, "Sure, I'll cancel my plans again."),
            (Lang::Nl, "Natuurlijk, dan zeg ik mijn etentje weer af."),
        ],
        &plain,
    );
    // A plain yes, even to evening work, is passive, not a complaint.
    for (lang, reply) in plain {
        assert_eq!(score(reply, Some(lang)).style, Some(Style::Passive), "{reply}");
    }
}

#[test]
fn a_yes_beside_your_own_time_or_a_resigned_toch_is_grudging() {
    // The cue shows; whether it outweighs the yes beside it is the fitted weights' call.
    for (lang, reply) in [
        (Lang::En, "Sure, I'll stay late on my evening off."),
        (Lang::Nl, "Ja hoor, ik regel het. Mijn gezin ziet me toch nauwelijks."),
    ] {
        let v = score(reply, Some(lang));
        assert!(v.has("grudging_yes"), "{reply}: {:?}", v.cues);
    }
    let v = score("Ja hoor, ik regel het morgen.", Some(Lang::Nl));
    assert!(!v.has("grudging_yes"), "{:?}", v.cues);
}

#[test]
fn mock_sacrifice_and_set_ironies_read_as_digs() {
    cue_reads(
        "sulky_compliance",
        Style::PassiveAggressive,
        &[
            (Lang::En, "No problem, I'll just keep chasing the invoices myself."),
            (Lang::En, "Fine, I'll just tell the client it was my idea."),
            (Lang::Nl, "Mij best. Regel het zoals je wilt."),
        ],
        &[(Lang::En, "I'll just check the invoices and get back to you.")],
    );
    cue_reads(
        "sarcasm",
        Style::PassiveAggressive,
        &[
            (Lang::En, "Nothing says team spirit like a meeting at 7am."),
            (Lang::En, "Sorry for existing, I'll leave you to it."),
            (Lang::Nl, "Ga vooral door, wij wachten wel even."),
        ],
        &[(Lang::En, "Nothing works like a short stand-up in the morning.")],
    );
    cue_reads(
        "indirect_dig",
        Style::PassiveAggressive,
        &[
            (Lang::En, "Great plan. I'm only the one who has to sell it to the board."),
            (Lang::Nl, "Prima plan. Ik ben alleen maar degene die het moet verkopen."),
            (Lang::Nl, "Je zult vast een goede reden hebben om me niet uit te nodigen."),
            (Lang::Nl, "Zoals je ongetwijfeld weet, staat het al in de planning."),
        ],
        &[(Lang::Nl, "Ik ben degene die het rooster maakt, dus vraag het mij.")],
    );
}

#[test]
fn merely_is_no_contrast() {
    // Dutch "maar" is "but" after a comma and "merely" before an amount; only "but" makes
    // praise next to a cost sincere.
    let v =
        score("Fijn dat de planning weer om is, het kostte me maar drie avonden.", Some(Lang::Nl));
    assert!(v.has("mock_praise"), "{:?}", v.cues);
    let v = score("Fijn dat de planning weer om is, maar ik kan niet.", Some(Lang::Nl));
    assert!(!v.has("mock_praise"), "{:?}", v.cues);
}

#[test]
fn a_softener_softens_its_own_sentence() {
    let v = score("Thanks for the notes. Send the rest by Friday.", Some(Lang::En));
    assert!(v.has("command"), "{:?}", v.cues);
    assert!(!score("Please send the rest by Friday.", Some(Lang::En)).has("command"));
    assert!(!score("Stuur het even door, dan kijk ik ernaar.", Some(Lang::Nl)).has("command"));
}

#[test]
fn a_question_can_be_an_attack() {
    for (lang, reply) in [
        (Lang::Nl, "Kun je nou eindelijk eens op tijd komen?"),
        (Lang::Nl, "Heb je de planning überhaupt gelezen?"),
        (Lang::En, "Did you even read the plan?"),
    ] {
        let v = score(reply, Some(lang));
        assert_eq!(v.style, Some(Style::Aggressive), "{reply}: {:?}", v.cues);
    }
    // A plain request is not.
    assert_ne!(score("Kun je het morgen sturen?", Some(Lang::Nl)).style, Some(Style::Aggressive));
}

/// Sincere replies that look like the sarcastic, grudging or hostile forms the packs know:
/// each must not be read as one of them.
#[test]
fn sincere_lookalikes_are_not_read_as_digs() {
    for (lang, reply, cue) in [
        (Lang::En, "Should I invite Sam too?", "sarcasm"),
        (Lang::En, "Thanks for the notes. Very helpful!", "mock_praise"),
        (Lang::En, "Thanks for the notes. Very helpful!", "sarcasm"),
        (Lang::En, "Ah, do you mean the Tuesday meeting?", "sarcasm"),
        (Lang::En, "Happy to review the slides as well.", "grudging_yes"),
        (Lang::En, "Clearly I misunderstood, sorry.", "dismissal"),
        (Lang::En, "Send it by Friday. Thanks!", "command"),
        (Lang::Nl, "Wil je koffie of zo?", "blame"),
        (Lang::Nl, "Heb je eigenlijk wel zin in koffie?", "blame"),
        (Lang::Nl, "Prima, ik rond het morgen af.", "grudging_yes"),
        (Lang::Nl, "Dat is toch niet erg.", "guilt_trip"),
        (Lang::Nl, "Ga vooral zo door!", "indirect_dig"),
        (Lang::Nl, "Ga vooral zo door!", "sarcasm"),
        (Lang::Nl, "Ik ben eraan gewend om vroeg te beginnen.", "guilt_trip"),
        (Lang::En, "I'll actually read it tonight.", "blame"),
        (Lang::Nl, "Anders kan de teamleider het doen.", "threat"),
        // A closing wish is a set formula, not praise next to a cost.
        (Lang::En, "Sorry, I can't take this on. Have a nice weekend!", "mock_praise"),
        (Lang::En, "No, not tonight. Have a great evening.", "mock_praise"),
        (Lang::Nl, "Dat lukt me niet. Fijn weekend!", "mock_praise"),
        (Lang::Nl, "Ik kan niet, geniet van je vakantie!", "mock_praise"),
        (Lang::Nl, "Ik doe niet mee, dat weekend is voor mijn gezin. Veel plezier!", "mock_praise"),
    ] {
        let v = score(reply, Some(lang));
        assert!(!v.has(cue), "{reply}: {:?}", v.cues);
    }
}

#[test]
fn intensifiers_weigh_more() {
    let plain = score("I'm sorry.", Some(Lang::En));
    let strong = score("I'm really sorry.", Some(Lang::En));
    assert!(
        strong.scores.passive > plain.scores.passive,
        "{} vs {}",
        strong.scores.passive,
        plain.scores.passive
    );
}

#[test]
fn cue_spans_point_at_the_words_as_typed() {
    for text in [
        "I’M SORRY, I can’t",
        "Oh great 🙃 just “perfect”",
        "İstanbul? sorry",
        "ik   kan   het   niet",
    ] {
        for lang in [Lang::En, Lang::Nl] {
            let v = score(text, Some(lang));
            for c in &v.cues {
                assert_eq!(&text[c.start..c.end], c.text, "{text:?}");
            }
        }
    }
    let v = score("I’m SORRY", Some(Lang::En));
    assert_eq!(v.cues[0].text, "I’m SORRY");
}

#[test]
fn empty_replies_are_no_reply_and_huge_ones_are_truncated() {
    for empty in ["", "   ", "\n\t"] {
        let v = score(empty, None);
        assert_eq!(v.style, None);
        assert!(serde_json::to_string(&v).expect("json").contains("\"style\":\"no_reply\""));
    }
    let huge = "I can't this week. ".repeat(6_000);
    let v = score(&huge, Some(Lang::En));
    assert!(v.truncated);
    assert_eq!(v.style, Some(Style::Assertive));
}

#[test]
fn language_is_detected() {
    assert_eq!(score("Nee, dat lukt me vandaag niet.", None).lang, Lang::Nl);
    assert_eq!(score("No, that won't work for me today.", None).lang, Lang::En);
}

#[test]
fn short_replies_go_to_the_language_whose_words_they_use() {
    // Words both languages use ("is", "me", "sorry", "ok") say nothing; a tie goes to the
    // language whose pack knows the reply's words.
    for dutch in ["Is goed.", "Is goed hoor.", "Prima.", "Laat me nou uitpraten!", "Ok. Genoteerd."]
    {
        assert_eq!(score(dutch, None).lang, Lang::Nl, "{dutch}");
    }
    for english in ["Fine.", "Sure, no problem.", "Sorry.", "It is what it is."] {
        assert_eq!(score(english, None).lang, Lang::En, "{english}");
    }
}

#[test]
fn pack_errors_say_where() {
    let err = Scorer::with_packs(&[(
        "mine.toml".into(),
        "lang = \"en\"\n[cue.x]\nstyle = \"polite\"\n".into(),
    )])
    .expect_err("bad style");
    assert_eq!((err.line, err.column), (3, 9));
    assert!(err.message.contains("unknown style `polite`"));
    let err = Scorer::with_packs(&[(
        "mine.toml".into(),
        "lang = \"en\"\n[cue.x]\nstyle = \"passive\"\npatterns = ['(unclosed']\n".into(),
    )])
    .expect_err("bad regex");
    assert_eq!(err.line, 4);
    assert!(err.to_string().starts_with("mine.toml:4:"), "{err}");
    let err = Scorer::with_packs(&[(
        "mine.toml".into(),
        "lang = \"en\"\n[cue.x]\nstyel = \"passive\"\n".into(),
    )])
    .expect_err("unknown key");
    assert_eq!(err.line, 3);
}

/// Overlapping finds of one cue show as one run of words; separate occurrences stay apart.
#[test]
fn overlapping_finds_of_a_cue_show_as_one() {
    let v = score("Ik snap dat je aan mij denkt, maar ik heb daar nu geen ruimte voor.", None);
    let shown: Vec<&str> =
        v.cues.iter().filter(|c| &*c.name == "acknowledges").map(|c| c.text.as_str()).collect();
    assert_eq!(shown, ["Ik snap dat je aan mij denkt"]);
    let v = score("Sorry, sorry, so sorry.", Some(Lang::En));
    assert_eq!(v.cues.iter().filter(|c| &*c.name == "apology").count(), 3, "{:?}", v.cues);
}

#[test]
fn a_coach_pack_adds_cues() {
    let pack = "lang = \"en\"\n[cue.apology]\nphrases = [\"my apologies for existing\"]\n[cue.team_first]\nstyle = \"assertive\"\nnote = \"Putting the team first.\"\nphrases = [\"for the team\"]\n";
    let scorer = Scorer::with_packs(&[("coach.toml".into(), pack.into())]).expect("valid pack");
    assert!(scorer.score("I'll do it for the team.", Some(Lang::En)).has("team_first"));
    assert!(!score("I'll do it for the team.", Some(Lang::En)).has("team_first"));
}

#[test]
fn a_coach_cue_can_need_company() {
    let pack = "lang = \"en\"\n[cue.rush]\nstyle = \"aggressive\"\nphrases = [\"now\"]\nwith = [\"today\", \"asap\"]\nwithout = [\"please\"]\n";
    let scorer = Scorer::with_packs(&[("coach.toml".into(), pack.into())]).expect("valid pack");
    let rush = |reply: &str| scorer.score(reply, Some(Lang::En)).has("rush");
    assert!(rush("I need it now, today."));
    assert!(!rush("I need it now."), "no company");
    assert!(!rush("Please send it now, today."), "a `without` phrase");
    // Phrases added to a built-in cue keep its company; `replace` drops it with the lists.
    let added = "lang = \"en\"\n[cue.mock_praise]\nphrases = [\"splendiferous\"]\n";
    let scorer = Scorer::with_packs(&[("coach.toml".into(), added.into())]).expect("valid pack");
    let mock = |reply: &str| scorer.score(reply, Some(Lang::En)).has("mock_praise");
    assert!(mock("Splendiferous, another weekend at work."));
    assert!(!mock("Splendiferous, thank you."));
    let replaced = format!("{added}replace = true\n");
    let scorer = Scorer::with_packs(&[("coach.toml".into(), replaced)]).expect("valid pack");
    assert!(scorer.score("Splendiferous, thank you.", Some(Lang::En)).has("mock_praise"));
}

fn load(name: &str) -> Vec<Labelled> {
    read_jsonl(
        &std::fs::read_to_string(format!("tests/data/replies/{name}.jsonl")).expect("data set"),
    )
    .expect("valid lines")
}

/// A multinomial naive Bayes over word unigrams and bigrams: the learned baseline the rules
/// are compared with.
struct NaiveBayes {
    counts: [HashMap<String, f64>; 4],
    totals: [f64; 4],
    priors: [f64; 4],
    vocabulary: usize,
}

fn features(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let mut out = words.clone();
    out.extend(words.windows(2).map(|w| format!("{} {}", w[0], w[1])));
    out
}

impl NaiveBayes {
    fn train(rows: &[Labelled]) -> Self {
        let mut nb = NaiveBayes {
            counts: Default::default(),
            totals: [0.0; 4],
            priors: [0.0; 4],
            vocabulary: 0,
        };
        let mut vocabulary = std::collections::HashSet::new();
        for row in rows {
            let k = Style::ALL.iter().position(|s| *s == row.label).expect("a style");
            nb.priors[k] += 1.0;
            for f in features(&row.text) {
                *nb.counts[k].entry(f.clone()).or_default() += 1.0;
                nb.totals[k] += 1.0;
                vocabulary.insert(f);
            }
        }
        nb.vocabulary = vocabulary.len();
        nb
    }

    fn predict(&self, text: &str) -> Style {
        let v = self.vocabulary as f64;
        let prior_total: f64 = self.priors.iter().sum();
        let best = (0..4)
            .map(|k| {
                let mut lp = (self.priors[k] / prior_total).ln();
                for f in features(text) {
                    lp += ((self.counts[k].get(&f).copied().unwrap_or(0.0) + 1.0)
                        / (self.totals[k] + v))
                        .ln();
                }
                (k, lp)
            })
            .fold((0, f64::MIN), |a, b| if b.1 > a.1 { b } else { a });
        Style::ALL[best.0]
    }
}

fn baseline_f1(tune: &[Labelled], test: &[Labelled]) -> f64 {
    let nb = NaiveBayes::train(tune);
    let mut c = Confusion::default();
    let at = |s: Style| Style::ALL.iter().position(|x| *x == s).expect("a style");
    for row in test {
        c.counts[at(row.label)][at(nb.predict(&row.text))] += 1;
    }
    c.macro_f1()
}

/// Quality on the held-out halves, which the scorer is never tuned on (`examples/fit_weights.rs`
/// fits the cue weights on other replies; `docs/PATTERNS.md` says which). The floors sit just under the figures measured when the
/// packs last changed, so that a change that makes the scorer worse fails here; the goal is
/// macro-F1 0.85 per language and no style under 0.75. A naive Bayes model trained on the same
/// tuning half is printed beside it as the learned baseline.
#[test]
fn held_out_quality_holds() {
    quality_holds(&[("en.test", 0.80), ("nl.test", 0.74)]);
}

/// Replies never fitted on, each set written apart from the rest by another author. The Dutch
/// fresh and more sets are not fitted on, though their errors have been read (docs/PATTERNS.md);
/// the extra and blind sets of both languages were never read for the pack's errors, so they,
/// with the held-out halves, say how the rules carry over to replies nobody tuned them on.
#[test]
fn unseen_quality_holds() {
    quality_holds(&[
        ("nl.fresh", 0.78),
        ("nl.more", 0.76),
        ("en.extra", 0.81),
        ("nl.extra", 0.73),
        ("en.blind", 0.79),
        ("nl.blind", 0.775),
    ]);
}

/// Each set's macro-F1 stays at or above its floor; printed beside a naive Bayes model trained
/// on the tuning half of the set's language.
fn quality_holds(sets: &[(&str, f64)]) {
    for &(set, floor) in sets {
        let replies = load(set);
        let rules = Confusion::measure(Scorer::builtin(), &replies);
        let tune = load(&format!("{}.tune", &set[..2]));
        eprintln!(
            "{set}: rules macro-F1 {:.3}, naive Bayes {:.3}\n{}",
            rules.macro_f1(),
            baseline_f1(&tune, &replies),
            rules.report()
        );
        assert!(
            rules.macro_f1() >= floor,
            "{set}: macro-F1 {:.3} fell below {floor}",
            rules.macro_f1()
        );
    }
}

/// What the coachee is shown must hold together: a reply with one cue alone scores as that
/// cue's own style ("Is goed." is a vague yes, so passive), whatever the fitted weights.
#[test]
fn one_cue_alone_scores_as_its_own_style() {
    for lang in [Lang::En, Lang::Nl] {
        let pack = Scorer::builtin().pack(lang);
        for cue in &pack.cues {
            let own = Style::ALL.iter().position(|s| *s == cue.style).expect("a style");
            let total = |k: usize| pack.bias[k] + cue.weights[k];
            for k in (0..4).filter(|&k| k != own) {
                assert!(
                    total(own) > total(k),
                    "{lang:?} `{}` alone scores {} over {}",
                    cue.name,
                    Style::ALL[k].name(),
                    cue.style.name()
                );
            }
        }
    }
    case!(Nl, "Is goed.", Passive, ["vague_yes"]);
    case!(Nl, "Sorry.", Passive, ["apology"]);
    case!(En, "Sure, no problem!", Passive, ["vague_yes"]);
}

#[test]
fn the_data_set_is_balanced_and_disjoint() {
    for lang in ["en", "nl"] {
        let sets = ["tune", "test", "fresh", "more", "extra", "dev", "blind"]
            .map(|set| load(&format!("{lang}.{set}")));
        let [tune, test, ..] = &sets;
        assert!(tune.len() + test.len() >= 250, "{lang} has {} replies", tune.len() + test.len());
        for set in &sets {
            for style in Style::ALL {
                let n = set.iter().filter(|r| r.label == style).count();
                assert!(
                    n * 4 >= set.len() * 9 / 10,
                    "a {lang} set has {n} {style} of {}",
                    set.len()
                );
            }
        }
        let mut seen = std::collections::HashSet::new();
        for row in sets.iter().flatten() {
            assert!(seen.insert(row.text.as_str()), "{lang}: `{}` is in two sets", row.text);
        }
    }
}

/// `\b` in a pattern sends the regex engine off its fast path on any reply with a letter
/// outside ASCII (docs/PATTERNS.md); the built-in packs write word edges out instead.
#[test]
fn built_in_patterns_avoid_word_boundaries() {
    fn strings<'v>(value: &'v toml::Value, out: &mut Vec<&'v str>) {
        match value {
            toml::Value::String(s) => out.push(s),
            toml::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            toml::Value::Table(table) => table.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    for pack in ["patterns/en.toml", "patterns/nl.toml"] {
        let text = std::fs::read_to_string(pack).expect("the pack");
        let value: toml::Value = toml::from_str(&text).expect("valid TOML");
        let mut all = Vec::new();
        strings(&value, &mut all);
        assert!(all.len() > 1000, "{pack}: read its phrases and patterns");
        for s in all {
            assert!(!s.contains(r"\b"), "{pack}: {s}");
        }
    }
}
