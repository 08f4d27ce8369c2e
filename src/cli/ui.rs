//! The interface's own words, in Dutch and English; a scenario's language chooses.

use crate::score::{Lang, Style};

/// The words of the interface in one language.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    /// The language.
    pub lang: Lang,
}

impl Ui {
    /// The interface in `lang`.
    #[must_use]
    pub fn new(lang: Lang) -> Ui {
        Ui { lang }
    }

    fn pick(self, en: &'static str, nl: &'static str) -> &'static str {
        match self.lang {
            Lang::En => en,
            Lang::Nl => nl,
        }
    }

    /// A style in words.
    #[must_use]
    pub fn style(self, style: Style) -> &'static str {
        match (self.lang, style) {
            (Lang::En, Style::Assertive) => "assertive",
            (Lang::En, Style::Passive) => "passive",
            (Lang::En, Style::Aggressive) => "aggressive",
            (Lang::En, Style::PassiveAggressive) => "passive-aggressive",
            (Lang::Nl, Style::Assertive) => "assertief",
            (Lang::Nl, Style::Passive) => "passief",
            (Lang::Nl, Style::Aggressive) => "agressief",
            (Lang::Nl, Style::PassiveAggressive) => "passief-agressief",
        }
    }

    /// Shown at a response point without a prompt.
    #[must_use]
    pub fn default_prompt(self) -> &'static str {
        self.pick("What do you say?", "Wat zeg je?")
    }

    /// Asked after a reply when the script has no coach line for that branch.
    #[must_use]
    pub fn how_did_it_feel(self) -> &'static str {
        self.pick("How did that feel to say?", "Hoe voelde het om dat te zeggen?")
    }

    /// The menu prompt.
    #[must_use]
    pub fn pick_number(self) -> &'static str {
        self.pick("Type a number", "Typ een nummer")
    }

    /// The commands, for `:help`.
    #[must_use]
    pub fn help(self) -> &'static str {
        self.pick(
            "Commands: :why (what made the last reply come across as it did)  :hint  :example [style]  \
             :retry (answer the last point again)  :back  :restart  :save  :quit  :help",
            "Commando's: :why (waarom je laatste antwoord zo overkwam)  :hint  :example [stijl]  \
             :retry (het laatste moment opnieuw)  :back  :restart  :save  :quit  :help",
        )
    }

    /// When a command is unknown.
    #[must_use]
    pub fn unknown_command(self) -> &'static str {
        self.pick("Unknown command; :help lists them.", "Onbekend commando; :help geeft de lijst.")
    }

    /// When there is no hint.
    #[must_use]
    pub fn no_hint(self) -> &'static str {
        self.pick("This moment has no hint.", "Bij dit moment is geen tip.")
    }

    /// When there is no example.
    #[must_use]
    pub fn no_example(self) -> &'static str {
        self.pick(
            "This moment has no example answer for that.",
            "Bij dit moment is daar geen voorbeeld van.",
        )
    }

    /// When `:why` or `:retry` has nothing to work on.
    #[must_use]
    pub fn nothing_yet(self) -> &'static str {
        self.pick("There is no reply to look at yet.", "Er is nog geen antwoord om naar te kijken.")
    }

    /// Before a close second reading of a reply.
    #[must_use]
    pub fn could_also_read(self) -> &'static str {
        self.pick("it could also read as", "het kan ook overkomen als")
    }

    /// Said of a verdict no words support.
    #[must_use]
    pub fn no_cues(self) -> &'static str {
        self.pick(
            "no telling words found: this reading is a guess, not evidence",
            "geen veelzeggende woorden gevonden: deze lezing is een gok, geen bewijs",
        )
    }

    /// Introduces the last reply's cues.
    #[must_use]
    pub fn what_made_it(self) -> &'static str {
        self.pick("what made it so", "waardoor")
    }

    /// Points to `:why`.
    #[must_use]
    pub fn more_with_why(self) -> &'static str {
        self.pick(":why for more", ":why voor meer")
    }

    /// When a number is not on the menu.
    #[must_use]
    pub fn not_on_menu(self) -> &'static str {
        self.pick("That number is not on the list.", "Dat nummer staat niet in de lijst.")
    }

    /// Title of the end report.
    #[must_use]
    pub fn report_title(self) -> &'static str {
        self.pick("Your rehearsal", "Je oefening")
    }

    /// Before the coachee's reply in the report.
    #[must_use]
    pub fn you_said(self) -> &'static str {
        self.pick("you said", "je zei")
    }

    /// Before the assertive example in the report.
    #[must_use]
    pub fn could_say(self) -> &'static str {
        self.pick("an assertive way to say it", "een assertieve manier")
    }

    /// Before the tries in the report.
    #[must_use]
    pub fn tries(self) -> &'static str {
        self.pick("tries", "pogingen")
    }

    /// The closing question for a concrete next step.
    #[must_use]
    pub fn next_step(self) -> &'static str {
        self.pick(
            "What is one concrete thing you will do differently this week?",
            "Wat is één concreet ding dat je deze week anders gaat doen?",
        )
    }

    /// Confirms the stored step.
    #[must_use]
    pub fn step_kept(self) -> &'static str {
        self.pick(
            "Kept. Next time we'll look back at how it went.",
            "Bewaard. Volgende keer kijken we hoe het ging.",
        )
    }

    /// The coach's follow-up at the start of a later session.
    #[must_use]
    pub fn follow_up(self) -> &'static str {
        self.pick("Last time you planned to", "Vorige keer nam je je voor")
    }

    /// Asks how the step went.
    #[must_use]
    pub fn how_did_it_go(self) -> &'static str {
        self.pick("How did it go?", "Hoe ging het?")
    }

    /// Said when the session is saved and closed.
    #[must_use]
    pub fn saved(self) -> &'static str {
        self.pick(
            "Saved. `rehearse play --resume` continues here.",
            "Bewaard. `rehearse play --resume` gaat hier verder.",
        )
    }

    /// Said when a runtime error stops the story.
    #[must_use]
    pub fn story_stopped(self) -> &'static str {
        self.pick("The story stopped", "Het verhaal stopte")
    }
}
