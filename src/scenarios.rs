//! The bundled scenarios, compiled into the binary so that `rehearse play` works anywhere.

use std::path::Path;

use crate::script::{Parsed, compile_str};

/// A scenario shipped with rehearse.
#[derive(Clone, Copy, Debug)]
pub struct Bundled {
    /// Its short name, as given to `rehearse play NAME`.
    pub name: &'static str,
    /// Its language, `en` or `nl`.
    pub lang: &'static str,
    /// Its path in the source tree, shown in messages.
    pub path: &'static str,
    /// The script.
    pub text: &'static str,
}

impl Bundled {
    /// Parses and checks the script.
    #[must_use]
    pub fn compile(&self) -> Parsed {
        // Bundled scripts include nothing; an empty folder name keeps INCLUDE from reading files.
        compile_str(self.path, self.text, Path::new(""))
    }
}

macro_rules! bundled {
    ($($lang:literal / $name:literal),* $(,)?) => {
        /// Every bundled scenario.
        pub const ALL: &[Bundled] = &[$(Bundled {
            name: $name,
            lang: $lang,
            path: concat!("scripts/", $lang, "/", $name, ".ink"),
            text: include_str!(concat!("../scripts/", $lang, "/", $name, ".ink")),
        }),*];
    };
}

bundled! {
    "en" / "presentation",
    "nl" / "presentation",
    "en" / "overtime",
    "nl" / "overtime",
    "en" / "meeting",
    "nl" / "meeting",
    "en" / "remark",
    "nl" / "remark",
    "en" / "deadline",
    "nl" / "deadline",
}

/// The scenario `rehearse play` starts without arguments.
pub const DEFAULT: &str = "presentation";

/// The bundled scenario with this name, in `lang` if it exists in that language.
#[must_use]
pub fn find(name: &str, lang: &str) -> Option<&'static Bundled> {
    let mut matches = ALL.iter().filter(|b| b.name == name);
    let first = matches.clone().next()?;
    Some(matches.find(|b| b.lang == lang).unwrap_or(first))
}

/// The default scenario in `lang` (English when there is none in that language).
///
/// # Panics
/// Never: the default scenario is bundled (a test checks it).
#[must_use]
pub fn default_for(lang: &str) -> &'static Bundled {
    find(DEFAULT, lang).expect("the default scenario is bundled")
}

/// The user's language from `LC_ALL`, `LC_MESSAGES` or `LANG`: `nl` when it starts with `nl`,
/// else `en`.
#[must_use]
pub fn lang_from_env() -> String {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if value.starts_with("nl") { "nl".into() } else { "en".into() }
}
