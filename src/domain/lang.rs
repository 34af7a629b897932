//! The app's languages: which one an address is in, the Spanish twin of an English address and
//! back, which one a first visit starts in, and how translated text is looked up and filled in.
//!
//! Every page has two addresses: `/groups` in English and `/es/groups` in Spanish. The address
//! decides the language, so a shared link opens in the language it was shared in, and nothing
//! personal is ever part of it. Which address a first visit starts at (the person's stored
//! choice, or the browser's languages) is the loader's to decide, before the wasm runs
//! (`scripts/postbuild.mjs`; `tests/e2e/spanish.spec.js` covers it).

/// A language the app is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Es,
}

/// Where the person's choice of language is kept on the device (not private: it says nothing
/// about them that the address doesn't, and the lock never hides it).
pub const LANGUAGE_KEY: &str = "peer-support-guide.language";

/// The start of every Spanish address, after the app's base.
const ES_PREFIX: &str = "/es";

impl Lang {
    /// The language's tag, for `<html lang>`, `hreflang` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as the switch to it says it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The locales to format numbers and money in on a page in this language, for
    /// `Intl.NumberFormat`: the browser's own tags for this language in a region first (a reader
    /// in Mexico keeps `es-MX`), then the language as written in the US, where the app's help
    /// lines are. A tag with no region is left out: `Intl` reads a bare `es` as Spain's Spanish
    /// (`21.050,00 US$`), not as the reader's.
    /// Never a tag for another language, so a Spanish page never writes money the English way
    /// because the browser prefers English, and the other way round.
    pub fn number_locales<'a>(self, browser: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut locales: Vec<String> = browser
            .into_iter()
            .filter(|tag| self.is_regional_tag(tag))
            .map(str::to_string)
            .collect();
        locales.push(format!("{}-US", self.code()));
        locales
    }

    /// Whether `tag` is this language in a region, with or without a script (`es-MX`, `es-419`,
    /// `es-Latn-US`). Anything else is left out, since `Intl` throws on a tag it can't read, and
    /// a throw in the browser would stop the app.
    fn is_regional_tag(self, tag: &str) -> bool {
        let mut subtags = tag.split('-').peekable();
        if !subtags
            .next()
            .is_some_and(|language| language.eq_ignore_ascii_case(self.code()))
        {
            return false;
        }
        let is_script = |s: &&str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic());
        subtags.next_if(is_script);
        let is_region = |s: &&str| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
                || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
        };
        subtags.next().is_some_and(|region| is_region(&region)) && subtags.next().is_none()
    }

    /// The other language: what the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

/// An app path (after the base) split into its language and the page's path in English form:
/// `/es/groups` is Spanish `/groups`, `/es` and `/es/` are Spanish `/`, and `/essay` is English.
pub fn split_lang(path: &str) -> (Lang, &str) {
    match path.strip_prefix(ES_PREFIX) {
        Some("") => (Lang::Es, "/"),
        Some(rest) if rest.starts_with('/') => (Lang::Es, rest),
        _ => (Lang::En, path),
    }
}

/// A page's path (in English form, such as `/groups` or `/`, with any query or fragment) as an
/// address in `lang`: `/es/groups`, `/es/`.
pub fn with_lang(lang: Lang, path: &str) -> String {
    match lang {
        Lang::En => path.to_string(),
        Lang::Es => format!("{ES_PREFIX}{path}"),
    }
}

/// `text` with each `{name}` replaced by its value. A name with no value is left as it is, so
/// a mistake shows on the page instead of dropping words.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after = &rest[open..];
        let value = after.find('}').and_then(|close| {
            let name = &after[1..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (close, *value))
        });
        match value {
            Some((close, value)) => {
                filled.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                filled.push('{');
                rest = &after[1..];
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// A language's table of translated text: each English text the app shows and its translation,
/// kept in `data/<code>/*.json` as lists of `[english, translation]` pairs, and joined by the
/// build into `lang/<code>.tsv` for the browser; `tests/translations.rs` holds it to the app's
/// texts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Each English text once, with its translation.
    pairs: Vec<(String, String)>,
}

impl Table {
    /// A table from its pairs; `None` if an English text comes twice or a translation is blank.
    ///
    /// Looked up by a walk through the list, not sorted or hashed: a few hundred texts, read a
    /// few hundred times per page drawn, cost well under a millisecond, and a sort or a map would
    /// add kilobytes of wasm to the first load (`make size`).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Option<Table> {
        let blank = pairs
            .iter()
            .any(|(_, translated)| translated.trim().is_empty());
        let twice = pairs
            .iter()
            .enumerate()
            .any(|(i, (english, _))| pairs[..i].iter().any(|(earlier, _)| earlier == english));
        (!blank && !twice).then_some(Table { pairs })
    }

    /// Reads a table as the app fetches it (`lang/<code>.tsv`, written by the build): a pair a
    /// line, apart by a tab. A JSON reader would add kilobytes to every first load.
    pub fn from_lines(text: &str) -> Option<Table> {
        let pairs = text
            .lines()
            .map(|line| {
                let (english, translated) = line.split_once('\t')?;
                Some((english.to_string(), translated.to_string()))
            })
            .collect::<Option<Vec<_>>>()?;
        Table::from_pairs(pairs)
    }

    /// The translation of `english`, if the table has one.
    pub fn get(&self, english: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(key, _)| key == english)
            .map(|(_, translated)| translated.as_str())
    }

    /// Every English text the table translates.
    pub fn english(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(key, _)| key.as_str())
    }
}

/// The `{name}`s in a text, in order, for checking that a translation keeps them all.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names.sort_unstable();
    names
}

/// Every part's Spanish (`data/es/*.json`), joined as the build joins it: for native tests of
/// what the app draws in Spanish. (`tests/translations.rs` reads the same files and says which
/// one is wrong.)
#[cfg(test)]
pub fn spanish_for_tests() -> &'static Table {
    static SPANISH: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    SPANISH.get_or_init(|| {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/es");
        let mut pairs: Vec<(String, String)> = Vec::new();
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            pairs.extend(serde_json::from_str::<Vec<(String, String)>>(&text).unwrap_or_default());
        }
        Table::from_pairs(pairs).unwrap_or_else(|| panic!("data/es/ reads as a table"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_are_written_in_the_page_language_whatever_the_browser_prefers() {
        let browser = [
            "en-GB", "es-MX", "fr", "ES", "es", "english", "es-419", "ES-co", "es_MX", "es-a",
            "es-MX-x",
        ];
        // A bare "es" is Spain's Spanish to Intl ("21.050,00 US$"): left out, like any tag
        // with no region.
        assert_eq!(
            Lang::Es.number_locales(browser),
            ["es-MX", "es-419", "ES-co", "es-US"]
        );
        assert_eq!(
            Lang::En.number_locales(["en-Latn-US", "en-Latn", "en", "en-US-u-nu-arab"]),
            ["en-Latn-US", "en-US"]
        );
        assert_eq!(Lang::En.number_locales(browser), ["en-GB", "en-US"]);
        assert_eq!(Lang::Es.number_locales([]), ["es-US"]);
        assert_eq!(Lang::En.number_locales(["de-DE", ""]), ["en-US"]);
    }

    #[test]
    fn spanish_addresses_start_with_es() {
        assert_eq!(split_lang("/es/groups"), (Lang::Es, "/groups"));
        assert_eq!(
            split_lang("/es/groups/narcotics-anonymous"),
            (Lang::Es, "/groups/narcotics-anonymous")
        );
        assert_eq!(split_lang("/es/"), (Lang::Es, "/"));
        assert_eq!(split_lang("/es"), (Lang::Es, "/"));
        assert_eq!(split_lang("/essay"), (Lang::En, "/essay"));
        assert_eq!(split_lang("/groups"), (Lang::En, "/groups"));
        assert_eq!(split_lang("/"), (Lang::En, "/"));
        assert_eq!(split_lang(""), (Lang::En, ""));
        assert_eq!(with_lang(Lang::Es, "/"), "/es/");
        assert_eq!(
            with_lang(Lang::Es, "/groups?approach=secular"),
            "/es/groups?approach=secular"
        );
        assert_eq!(with_lang(Lang::En, "/help"), "/help");
    }

    #[test]
    fn fill_puts_each_value_in_its_place() {
        assert_eq!(fill("{n} días", &[("n", "30")]), "30 días");
        assert_eq!(
            fill("De {from} a {to}", &[("to", "b"), ("from", "a")]),
            "De a a b"
        );
        assert_eq!(fill("{missing} y {", &[("n", "1")]), "{missing} y {");
        assert_eq!(fill("sin nada", &[]), "sin nada");
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(en, es)| (en.to_string(), es.to_string()))
            .collect()
    }

    #[test]
    fn a_table_refuses_repeats_and_blanks() {
        let table = Table::from_pairs(pairs(&[("Groups", "Grupos"), ("About", "Acerca de")]));
        assert_eq!(table.as_ref().and_then(|t| t.get("Groups")), Some("Grupos"));
        assert_eq!(table.as_ref().and_then(|t| t.get("Menu")), None);
        assert_eq!(
            Table::from_pairs(pairs(&[("Groups", "Grupos"), ("Groups", "Otra")])),
            None
        );
        assert_eq!(Table::from_pairs(pairs(&[("Groups", " ")])), None);
        let lines = Table::from_lines("Groups\tGrupos\nAbout\tAcerca de");
        assert_eq!(
            lines.as_ref().and_then(|t| t.get("About")),
            Some("Acerca de")
        );
        assert_eq!(Table::from_lines("Groups without a tab"), None);
        assert_eq!(Table::from_lines("Groups\tGrupos\nGroups\tOtra"), None);
    }

    proptest! {
        #[test]
        fn any_browser_list_gives_only_this_language_and_ends_with_the_us_form(
            browser in prop::collection::vec("[a-zA-Z0-9_-]{0,12}", 0..6),
        ) {
            for lang in [Lang::En, Lang::Es] {
                let locales = lang.number_locales(browser.iter().map(String::as_str));
                let us = format!("{}-US", lang.code());
                prop_assert_eq!(locales.last(), Some(&us));
                for tag in &locales {
                    let mut subtags = tag.split('-');
                    prop_assert!(subtags.next().is_some_and(|l| l.eq_ignore_ascii_case(lang.code())), "{}", tag);
                    prop_assert!(subtags.all(|s| (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())), "{}", tag);
                }
            }
        }

        /// Every address reads back as the page and language it was made from.
        #[test]
        fn addresses_round_trip(path in "(/[a-z-]{0,12}){0,3}", spanish in any::<bool>()) {
            let path = if path.is_empty() { "/".to_string() } else { path };
            let lang = if spanish { Lang::Es } else { Lang::En };
            let address = with_lang(lang, &path);
            // An English page whose own path starts with "/es/" can't exist: no page does.
            prop_assume!(split_lang(&path).0 == Lang::En);
            prop_assert_eq!(split_lang(&address), (lang, path.as_str()));
        }

        /// Filling never panics and keeps text outside the braces.
        #[test]
        fn fill_never_panics(text in ".{0,40}", value in "[a-z]{0,5}") {
            let filled = fill(&text, &[("n", &value)]);
            if !text.contains('{') {
                prop_assert_eq!(filled, text);
            }
        }
    }
}
