//! Filters and free-text search over the catalog, and how they live in the address bar.

use super::catalog::{
    Approach, AvailabilityLevel, Group, MoudStance, Offered, Spirituality, Sponsorship, Substance,
    SubstanceFocus,
};

#[path = "../../data/search.rs"]
mod words_data;

/// What a person has chosen on the group list. The default shows every group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub approach: Option<Approach>,
    pub spirituality: Option<Spirituality>,
    /// Only groups with online meetings.
    pub online: bool,
    /// Only groups with in-person meetings in many places.
    pub wide_in_person: bool,
    /// Only groups with sponsors or mentors.
    pub sponsors: bool,
    /// Only groups made for people who also live with a mental-health condition.
    pub mental_health: bool,
    /// Only groups open to people who use this drug.
    pub substance: Option<Substance>,
    /// Only groups with this stance on medication for opioid use disorder.
    pub moud: Option<MoudStance>,
    /// Only groups for family and friends.
    pub families: bool,
    /// Free text, as typed.
    pub text: String,
}

impl Filters {
    /// Reads filters from an address's query string, such as `approach=12-step&q=cocaine`.
    /// Unknown keys and values are ignored, so an old or edited link never breaks the page.
    pub fn from_query(query: &str) -> Filters {
        let mut filters = Filters::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            let on = value == "1" || value == "true";
            match key {
                "approach" => {
                    filters.approach = Approach::ALL.into_iter().find(|a| a.key() == value)
                }
                "spirituality" => {
                    filters.spirituality = Spirituality::ALL.into_iter().find(|s| s.key() == value)
                }
                "substance" => {
                    filters.substance = Substance::ALL.into_iter().find(|s| s.key() == value)
                }
                "moud" => filters.moud = MoudStance::ALL.into_iter().find(|m| m.key() == value),
                "online" => filters.online = on,
                "in-person" => filters.wide_in_person = on,
                "sponsors" => filters.sponsors = on,
                "mental-health" => filters.mental_health = on,
                "families" => filters.families = on,
                "q" => filters.text = value,
                _ => {}
            }
        }
        filters
    }

    /// The query string for these filters, without `?`; empty when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        if let Some(approach) = self.approach {
            pairs.push(format!("approach={}", approach.key()));
        }
        if let Some(spirituality) = self.spirituality {
            pairs.push(format!("spirituality={}", spirituality.key()));
        }
        if let Some(substance) = self.substance {
            pairs.push(format!("substance={}", substance.key()));
        }
        if let Some(moud) = self.moud {
            pairs.push(format!("moud={}", moud.key()));
        }
        for (on, key) in [
            (self.online, "online"),
            (self.wide_in_person, "in-person"),
            (self.sponsors, "sponsors"),
            (self.mental_health, "mental-health"),
            (self.families, "families"),
        ] {
            if on {
                pairs.push(format!("{key}=1"));
            }
        }
        if !self.text.trim().is_empty() {
            pairs.push(format!("q={}", percent_encode(&self.text)));
        }
        pairs.join("&")
    }

    /// Whether nothing is chosen.
    pub fn is_empty(&self) -> bool {
        self.to_query().is_empty()
    }

    /// Whether `entry`'s group passes every chosen filter and every term typed.
    fn matches(&self, entry: &Entry, terms: &[Term]) -> bool {
        let group = entry.group;
        self.approach
            .is_none_or(|approach| group.approach == approach)
            && self
                .spirituality
                .is_none_or(|spirituality| group.spirituality == spirituality)
            && (!self.online || group.formats.online == Offered::Yes)
            && (!self.wide_in_person
                || (group.formats.in_person == Offered::Yes
                    && group.availability.level == AvailabilityLevel::Wide))
            && (!self.sponsors || group.sponsorship != Sponsorship::None)
            && (!self.mental_health || group.audience.co_occurring_mental_health)
            && (!self.families || group.audience.families)
            && self
                .substance
                .is_none_or(|substance| match group.audience.substances {
                    SubstanceFocus::AnyDrug => true,
                    SubstanceFocus::Only(only) => only == substance,
                })
            && self.moud.is_none_or(|moud| group.moud == moud)
            && terms.iter().all(|term| term.matches(entry))
    }
}

/// How a filter is shown on the list page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ControlKind {
    /// A drop-down: "any", then each choice as (value in the address, words shown).
    Choice {
        any: &'static str,
        options: Vec<(&'static str, &'static str)>,
    },
    /// A checkbox.
    Check,
}

/// One filter on the list page, named by its key in the address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Control {
    pub key: &'static str,
    pub label: &'static str,
    pub kind: ControlKind,
}

/// The drop-downs, then the checkboxes, in the order the page shows them.
pub fn controls() -> Vec<Control> {
    let choice = |key, label, any, options| Control {
        key,
        label,
        kind: ControlKind::Choice { any, options },
    };
    let check = |key, label| Control {
        key,
        label,
        kind: ControlKind::Check,
    };
    vec![
        choice(
            "approach",
            "Approach",
            "Any approach",
            Approach::ALL.iter().map(|a| (a.key(), a.label())).collect(),
        ),
        choice(
            "spirituality",
            "Spirituality",
            "Any",
            Spirituality::ALL
                .iter()
                .map(|s| (s.key(), s.label()))
                .collect(),
        ),
        choice(
            "substance",
            "Drug",
            "Any drug",
            Substance::ALL
                .iter()
                .map(|s| (s.key(), s.label()))
                .collect(),
        ),
        choice(
            "moud",
            "Medication for opioid use disorder",
            "Any",
            MoudStance::ALL
                .iter()
                .map(|m| (m.key(), m.label()))
                .collect(),
        ),
        check("online", "have online meetings"),
        check("in-person", "have in-person meetings in many places"),
        check("sponsors", "have sponsors or mentors"),
        check("mental-health", "focus on mental health too"),
        check("families", "are for family and friends"),
    ]
}

impl Filters {
    /// The value of one filter as the address holds it: a choice's key, `"1"` for a ticked box,
    /// or `""` when the filter is off.
    pub fn value(&self, key: &str) -> String {
        self.to_query()
            .split('&')
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
            .map(percent_decode)
            .unwrap_or_default()
    }

    /// These filters with one changed; an empty `value` turns that filter off.
    pub fn with(&self, key: &str, value: &str) -> Filters {
        Filters::from_query(&format!(
            "{}&{key}={}",
            self.to_query(),
            percent_encode(value)
        ))
    }
}

/// What an everyday word in the search box stands for: a fact the catalog records about a
/// group. `data/search.rs` lists the words for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Meaning {
    /// "methadone", "suboxone", "medication": the group has said people on medication for opioid
    /// use disorder are welcome, at least at meetings.
    Medication,
    /// "Christian", "church", "faith": a Christian program.
    Christian,
    /// "spiritual": spirituality is part of the program or welcome in it.
    Spiritual,
    /// "secular", "atheist", "no religion": the program does not use spirituality.
    Secular,
    /// "women": for women only.
    Women,
    /// "family", "parents", "loved one": for family and friends.
    Families,
    /// "online", "zoom", "virtual": online meetings our sources confirm.
    Online,
    /// "mental health", "dual diagnosis": made for people who also live with a mental-health
    /// condition.
    MentalHealth,
    /// "buddhist", "meditation": a Buddhist-inspired program.
    Buddhist,
    /// "meth", "crack", "weed": made for people who use that drug.
    Drug(Substance),
}

impl Meaning {
    /// Whether the group's facts say so.
    fn fits(self, group: &Group) -> bool {
        match self {
            Meaning::Medication => matches!(
                group.moud,
                MoudStance::Welcomes | MoudStance::WelcomeButGroupsDiffer
            ),
            Meaning::Christian => group.approach == Approach::Christian,
            Meaning::Spiritual => group.spirituality != Spirituality::None,
            Meaning::Secular => group.spirituality == Spirituality::None,
            Meaning::Women => group.audience.women_only,
            Meaning::Families => group.audience.families,
            Meaning::Online => group.meets_online(),
            Meaning::MentalHealth => group.audience.co_occurring_mental_health,
            Meaning::Buddhist => group.approach == Approach::BuddhistInspired,
            Meaning::Drug(drug) => group.audience.substances == SubstanceFocus::Only(drug),
        }
    }
}

/// One group, with its words folded once for fast search as a person types.
struct Entry {
    group: &'static Group,
    /// Every sentence of the entry, folded, with a space at each end.
    text: String,
    /// The name and short name, folded, with a space at each end.
    names: String,
    /// Each keyword, folded, between `|`s.
    keywords: String,
}

/// One word or phrase of what was typed, ready to test against a group.
enum Term {
    /// The group's text contains this: the word alone, or with spaces that make it a whole
    /// word or a word's start (see [`SearchIndex::search`]).
    Text(String),
    /// A group's short name such as "NA": only groups with these whole words in their name or
    /// short name. Padded with spaces.
    Name(String),
    /// An everyday word: groups whose facts mean it, or with it as whole words in their name
    /// (padded with spaces), or as one of their keywords exactly (between `|`s).
    Means(Meaning, String, String),
}

impl Term {
    fn matches(&self, entry: &Entry) -> bool {
        match self {
            Term::Text(pattern) => entry.text.contains(pattern.as_str()),
            Term::Name(padded) => entry.names.contains(padded.as_str()),
            Term::Means(meaning, padded, keyword) => {
                meaning.fits(entry.group)
                    || entry.names.contains(padded.as_str())
                    || entry.keywords.contains(keyword.as_str())
            }
        }
    }
}

/// The catalog, prepared once for fast search as a person types.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// The words and phrases search knows: each group's short name (`None`), then the everyday
    /// words of `data/search.rs`, all folded.
    phrases: Vec<(String, Option<Meaning>)>,
}

impl SearchIndex {
    pub fn new(groups: &'static [Group]) -> SearchIndex {
        let entries = groups
            .iter()
            .map(|group| {
                let substances = match group.audience.substances {
                    SubstanceFocus::AnyDrug => "any drug",
                    SubstanceFocus::Only(substance) => substance.label(),
                };
                let text: Vec<&str> = group.texts().chain([substances]).collect();
                let mut keywords = String::from("|");
                for keyword in group.keywords {
                    keywords.push_str(&words(keyword));
                    keywords.push('|');
                }
                Entry {
                    group,
                    // Long, so only folded: the catalog has no punctuation that `words` parts
                    // beyond what `fold` does (a test holds it to that).
                    text: [" ", &fold(&text.join(" ")), " "].concat(),
                    names: [" ", &words(&[group.name, group.short_name].join(" ")), " "].concat(),
                    keywords,
                }
            })
            .collect();
        let mut phrases: Vec<(String, Option<Meaning>)> = Vec::new();
        for group in groups {
            phrases.push((words(group.short_name), None));
        }
        for (meaning, list) in words_data::WORDS {
            for phrase in list.split(',') {
                phrases.push((phrase.to_string(), Some(*meaning)));
            }
        }
        SearchIndex { entries, phrases }
    }

    /// The groups that pass `filters`, in catalog order. Every word typed must match the
    /// group; case, accents and punctuation don't matter, and a lone "s" (from "women's") is
    /// left out. A word matches:
    ///
    /// - if it is a group's short name ("NA", "CA", "SMART", "Nar-Anon"): only the groups with
    ///   those whole words in their name or short name, so "na" finds Narcotics Anonymous and
    ///   not every group whose text mentions NA;
    /// - if it is an everyday word of `data/search.rs` ("methadone", "women", "online", "no
    ///   religion"): the groups whose facts mean it, plus any with it in their name or as one of
    ///   their keywords, but not groups that merely mention it in passing ("could not confirm
    ///   online meetings");
    /// - otherwise, by the group's text, as far as its length lets a word be told apart from
    ///   part of another: one or two letters ("aa", "12") only as a whole word; three letters
    ///   ("nar", "sma") only at the start of a word, so a person's first letters find the word
    ///   they are typing; four or more ("smar", "amphetamine"), or letters of another script,
    ///   anywhere.
    ///
    /// Short names and everyday words may be phrases; the longest one that fits is taken.
    pub fn search(&self, filters: &Filters) -> Vec<&'static Group> {
        let typed = words(&filters.text);
        let mut rest = typed.as_str();
        let mut terms = Vec::new();
        while !rest.is_empty() {
            let (term, taken) = self.term_at(rest);
            terms.push(term);
            rest = rest.get(taken + 1..).unwrap_or_default();
        }
        self.entries
            .iter()
            .filter(|entry| filters.matches(entry, &terms))
            .map(|entry| entry.group)
            .collect()
    }

    /// The term that begins `typed` (words joined by single spaces), and its length in bytes.
    fn term_at(&self, typed: &str) -> (Term, usize) {
        let mut longest: Option<&(String, Option<Meaning>)> = None;
        for known in &self.phrases {
            let phrase = known.0.as_str();
            let whole = typed.starts_with(phrase)
                && typed
                    .as_bytes()
                    .get(phrase.len())
                    .is_none_or(|&b| b == b' ');
            if whole && longest.is_none_or(|(most, _)| phrase.len() > most.len()) {
                longest = Some(known);
            }
        }
        match longest {
            Some((phrase, None)) => (Term::Name([" ", phrase, " "].concat()), phrase.len()),
            Some((phrase, Some(meaning))) => (
                Term::Means(
                    *meaning,
                    [" ", phrase, " "].concat(),
                    ["|", phrase, "|"].concat(),
                ),
                phrase.len(),
            ),
            None => {
                let word = typed.split(' ').next().unwrap_or_default();
                let (before, after) = match word.len() {
                    _ if !word.is_ascii() => ("", ""),
                    1 | 2 => (" ", " "),
                    3 => (" ", ""),
                    _ => ("", ""),
                };
                (Term::Text([before, word, after].concat()), word.len())
            }
        }
    }
}

/// `text` folded, its words joined by single spaces, without a lone "s" (from "NA's"):
/// "Women’s Nar-Anon" becomes "women nar anon". Punctuation that phones type, which `fold`
/// keeps, parts words too: curly quotes and apostrophes, dashes, ¿ and ¡, a no-break space.
fn words(text: &str) -> String {
    let folded = fold(text);
    let mut joined = String::with_capacity(folded.len());
    for word in folded.split(|c: char| c.is_whitespace() || parts_words(c)) {
        if !word.is_empty() && word != "s" {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(word);
        }
    }
    joined
}

/// Whether `c` is punctuation beyond ASCII that parts words: see [`words`].
fn parts_words(c: char) -> bool {
    matches!(c, '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{206f}')
}

/// Lower case without accents, with punctuation as spaces: "Crème-Brûlée" becomes "creme brulee".
///
/// Folding covers ASCII and the accented Latin letters people type in English and Spanish.
/// Letters of other scripts are kept as they are, which avoids shipping Unicode case tables
/// for text the catalog does not contain.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' => folded.push(c.to_ascii_lowercase()),
            'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => folded.push('a'),
            'Æ' | 'æ' => folded.push_str("ae"),
            'Ç' | 'ç' | 'Ć'..='č' => folded.push('c'),
            'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => folded.push('e'),
            'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => folded.push('i'),
            'Ñ' | 'ñ' | 'Ń'..='ň' => folded.push('n'),
            'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => folded.push('o'),
            'Œ' | 'œ' => folded.push_str("oe"),
            'ß' => folded.push_str("ss"),
            'Ś'..='š' => folded.push('s'),
            'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => folded.push('u'),
            'Ý' | 'ý' | 'ÿ' | 'Ÿ' => folded.push('y'),
            'Ź'..='ž' => folded.push('z'),
            // Combining accents, from text typed in decomposed form.
            '\u{300}'..='\u{36f}' => {}
            c if c.is_ascii() => folded.push(' '),
            // Other scripts: kept, so a search in them still matches itself.
            c => folded.push(c),
        }
    }
    folded
}

fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(char::from(byte))
            }
            b' ' => encoded.push('+'),
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => decoded.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|pair| std::str::from_utf8(pair).ok())
                    .and_then(|pair| u8::from_str_radix(pair, 16).ok());
                match hex {
                    Some(byte) => {
                        decoded.push(byte);
                        i += 2;
                    }
                    None => decoded.push(b'%'),
                }
            }
            byte => decoded.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::groups;
    use proptest::prelude::*;

    fn slugs(filters: &Filters) -> Vec<&'static str> {
        SearchIndex::new(groups())
            .search(filters)
            .iter()
            .map(|group| group.slug)
            .collect()
    }

    #[test]
    fn no_filters_shows_every_group() {
        assert_eq!(slugs(&Filters::default()).len(), groups().len());
    }

    #[test]
    fn secular_means_exactly_the_groups_without_spirituality() {
        let secular = Filters {
            spirituality: Some(Spirituality::None),
            ..Filters::default()
        };
        assert_eq!(
            slugs(&secular),
            [
                "secular-organizations-for-sobriety",
                "smart-recovery",
                "lifering-secular-recovery"
            ]
        );
    }

    #[test]
    fn search_ignores_case_and_accents() {
        for typed in ["cocaine", "COCAINE", "Cocaïne", "cocai\u{308}ne"] {
            let found = slugs(&Filters {
                text: typed.into(),
                ..Filters::default()
            });
            assert!(found.contains(&"cocaine-anonymous"), "{typed}: {found:?}");
            assert!(!found.contains(&"women-for-sobriety"), "{typed}: {found:?}");
        }
    }

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(fold("Crème-Brûlée, ÉLAN!"), "creme brulee  elan ");
        assert_eq!(fold("ÄÖÜ ñ ß Œ"), "aou n ss oe");
        assert_eq!(fold("SMART's 4-Point"), "smart s 4 point");
        assert_eq!(fold("кофе"), "кофе");
    }

    #[test]
    fn search_covers_names_substances_and_program_words() {
        let find = |text: &str| {
            slugs(&Filters {
                text: text.into(),
                ..Filters::default()
            })
        };
        assert!(find("smart").contains(&"smart-recovery"));
        assert!(find("marijuana").contains(&"marijuana-anonymous"));
        assert!(find("meth").contains(&"crystal-meth-anonymous"));
        assert!(find("4-point").contains(&"smart-recovery"));
        assert!(find("sober self").contains(&"lifering-secular-recovery"));
        assert_eq!(find("acceptance statements"), ["women-for-sobriety"]);
    }

    #[test]
    fn every_word_typed_must_match() {
        let found = slugs(&Filters {
            text: "secular california".into(),
            ..Filters::default()
        });
        assert_eq!(found, ["lifering-secular-recovery"]);
    }

    #[test]
    fn filters_combine_with_and() {
        let twelve_step_online_cannabis = Filters {
            approach: Some(Approach::TwelveStep),
            online: true,
            substance: Some(Substance::Cannabis),
            ..Filters::default()
        };
        assert_eq!(
            slugs(&twelve_step_online_cannabis),
            [
                "narcotics-anonymous",
                "dual-recovery-anonymous",
                "marijuana-anonymous",
            ]
        );
        let wide_in_person = Filters {
            wide_in_person: true,
            ..Filters::default()
        };
        assert_eq!(slugs(&wide_in_person), ["narcotics-anonymous"]);
        let mental_health = Filters {
            mental_health: true,
            ..Filters::default()
        };
        assert_eq!(slugs(&mental_health), ["dual-recovery-anonymous"]);
        let families = Filters {
            families: true,
            ..Filters::default()
        };
        assert_eq!(slugs(&families), ["nar-anon"]);
        let sponsors_secular = Filters {
            sponsors: true,
            spirituality: Some(Spirituality::None),
            ..Filters::default()
        };
        assert!(slugs(&sponsors_secular).is_empty());
    }

    #[test]
    fn an_impossible_search_finds_nothing() {
        let nothing = Filters {
            text: "zzzz-no-such-group".into(),
            ..Filters::default()
        };
        assert!(slugs(&nothing).is_empty());
    }

    #[test]
    fn the_address_reads_back_what_was_chosen() {
        let filters = Filters {
            approach: Some(Approach::TwelveStep),
            online: true,
            text: "crème & co".into(),
            ..Filters::default()
        };
        let query = filters.to_query();
        assert_eq!(query, "approach=12-step&online=1&q=cr%C3%A8me+%26+co");
        assert_eq!(Filters::from_query(&query), filters);
        assert_eq!(Filters::from_query(&format!("?{query}")), filters);
    }

    #[test]
    fn every_control_sets_and_clears_its_filter() {
        for control in controls() {
            let on = match &control.kind {
                ControlKind::Choice { options, .. } => options.first().map(|(key, _)| *key),
                ControlKind::Check => Some("1"),
            };
            let on = on.unwrap_or_else(|| panic!("{} has no choices", control.key));
            let set = Filters::default().with(control.key, on);
            assert!(!set.is_empty(), "{} did nothing", control.key);
            assert_eq!(set.value(control.key), on);
            assert_eq!(
                set.with(control.key, ""),
                Filters::default(),
                "{}",
                control.key
            );
        }
        let typed = Filters::default().with("q", "crème brûlée");
        assert_eq!(typed.text, "crème brûlée");
        assert_eq!(typed.value("q"), "crème brûlée");
    }

    #[test]
    fn the_medication_filter_picks_groups_by_what_they_have_said() {
        let welcomes = slugs(&Filters::from_query("moud=welcomes"));
        assert_eq!(welcomes, ["smart-recovery"]);
        let differ = slugs(&Filters::from_query("moud=groups-differ"));
        assert_eq!(differ, ["narcotics-anonymous"]);
        let not_stated = slugs(&Filters::from_query("moud=not-stated"));
        assert_eq!(not_stated.len(), groups().len() - 2);
        assert_eq!(
            Filters::from_query("moud=welcomes").to_query(),
            "moud=welcomes"
        );
    }

    #[test]
    fn bad_addresses_are_ignored_not_fatal() {
        for query in [
            "approach=nonsense",
            "%%%",
            "q=%E2%28",
            "=&&=",
            "online=maybe",
        ] {
            let filters = Filters::from_query(query);
            assert!(filters.approach.is_none() && !filters.online, "{query}");
        }
    }

    /// The slugs a search for `text` finds, with no other filter.
    fn found(text: &str) -> Vec<&'static str> {
        slugs(&Filters {
            text: text.into(),
            ..Filters::default()
        })
    }

    /// Every word of a family finds exactly `expected`, in catalog order.
    fn each_finds(words: &[&str], expected: &[&str]) {
        for word in words {
            assert_eq!(found(word), expected, "{word:?}");
        }
    }

    const NA: &str = "narcotics-anonymous";
    const DRA: &str = "dual-recovery-anonymous";
    const SOS: &str = "secular-organizations-for-sobriety";
    const SMART: &str = "smart-recovery";
    const LIFERING: &str = "lifering-secular-recovery";
    const CA: &str = "cocaine-anonymous";
    const CMA: &str = "crystal-meth-anonymous";
    const MA: &str = "marijuana-anonymous";
    const WFS: &str = "women-for-sobriety";
    const DHARMA: &str = "recovery-dharma";
    const CELEBRATE: &str = "celebrate-recovery";
    const NAR_ANON: &str = "nar-anon";

    #[test]
    fn a_short_name_finds_only_the_group_it_names() {
        // Many entries mention NA ("fewer meetings than NA"), and "na" is inside "Anonymous"
        // and "Nar-Anon": typed alone, it means Narcotics Anonymous.
        each_finds(&["na", "NA", "Na", " na ", "NA's", "NA’s"], &[NA]);
        // "ca" is inside "cocaine", "California", "can"...; only Cocaine Anonymous is CA.
        each_finds(&["ca", "CA"], &[CA]);
        each_finds(&["ma", "MA"], &[MA]);
        each_finds(&["cma", "CMA"], &[CMA]);
        // Before, "dra" was also found inside "Dharma".
        each_finds(&["dra", "DRA"], &[DRA]);
        each_finds(&["sos", "SOS"], &[SOS]);
        each_finds(&["wfs", "WFS"], &[WFS]);
        // Women for Sobriety and LifeRing cite a study of SMART Recovery: not SMART themselves.
        each_finds(&["smart", "SMART"], &[SMART]);
        each_finds(&["lifering", "LifeRing"], &[LIFERING]);
        // Narcotics Anonymous has "nar..." and "anon..." too, but not the name Nar-Anon.
        each_finds(&["nar-anon", "Nar-Anon", "nar anon"], &[NAR_ANON]);
        // A short name with other words: both must match.
        assert_eq!(found("na online"), [NA]);
        assert!(found("ca women").is_empty());
    }

    #[test]
    fn the_spanish_names_the_fellowships_use_find_them() {
        each_finds(&["Narcóticos Anónimos", "narcoticos"], &[NA]);
        each_finds(&["Cocaína Anónimos"], &[CA]);
        each_finds(&["anónimos", "Anonimos"], &[NA, CA]);
        each_finds(&["Grupos de Familia Nar-Anon"], &[NAR_ANON]);
        // Spanish everyday words (`data/search.rs`) find groups too.
        each_finds(&["cocaína", "Cocaína Anónimos"], &[CA]);
        each_finds(&["metanfetamina"], &[CMA]);
    }

    #[test]
    fn short_words_match_whole_words_and_three_letters_match_word_starts() {
        // One or two letters: whole words only. No entry is called AA.
        assert!(found("aa").is_empty());
        // Halfway to "smart", nothing yet: "sm" is no word of any entry.
        assert!(found("sm").is_empty());
        // "<b>" folds to "b", which is no word.
        assert!(found("<b>").is_empty());
        // "12" is a whole word in "12 steps" and "12-step": the seven 12-step programs, and
        // SMART, LifeRing and WFS, whose study notes compare them with "12-step groups".
        assert_eq!(found("12").len(), 10);
        // Three letters: the start of a word, as a person types. "nar" starts "Narcotics" and
        // "Nar-Anon"; "sma" starts SMART, which LifeRing's and WFS's study notes name.
        assert_eq!(found("nar"), [NA, NAR_ANON]);
        assert_eq!(found("sma"), [SMART, LIFERING, WFS]);
        // "men" starts "mental" (DRA) and "mentors" (Recovery Dharma), and is no longer found
        // inside "women" or "members".
        assert_eq!(found("men"), [DRA, DHARMA]);
        // Four letters or more: anywhere, as before. "smar" is on its way to SMART;
        // "amphetamine" is inside "methamphetamine".
        assert_eq!(found("smar"), [SMART, LIFERING, WFS]);
        assert_eq!(found("amphetamine"), [CMA]);
    }

    #[test]
    fn medication_words_find_the_groups_that_have_said_people_on_it_are_welcome() {
        // SMART says it welcomes people on methadone or buprenorphine; NA says they are welcome
        // at meetings (local practice differs). Every other group has no stated stance
        // (MoudStance::NotStated), so none is claimed; LifeRing's "accepts medication a doctor
        // prescribes" is a third-party report, recorded as not stated.
        each_finds(
            &[
                "methadone",
                "Methadone",
                "buprenorphine",
                "suboxone",
                "Subutex",
                "MOUD",
                "mat",
                "meds",
                "metadona",
            ],
            &[NA, SMART],
        );
        // "medication" is also a keyword of DRA (psychiatric medication is talked about) and
        // of LifeRing (reported to welcome prescribed medication), so they are in too.
        each_finds(&["medication"], &[NA, DRA, SMART, LIFERING]);
    }

    #[test]
    fn faith_words_find_the_christian_program() {
        // Celebrate Recovery is the one Christian program. 12-step groups speak of a higher
        // power "as you understand one", not a faith, and NA's meetings in church rooms don't
        // make it a church program. SOS's keyword "non-religious" is not "religious".
        each_finds(
            &[
                "Christian",
                "christianity",
                "church",
                "churches",
                "faith",
                "Jesus",
                "religious",
                "religion",
                "cristiano",
                "iglesia",
            ],
            &[CELEBRATE],
        );
        // Spirituality is part of the program or welcome: all but the three secular groups.
        // The 12 steps speak of God "as we understood Him", so "God" and "higher power" find
        // every group with spirituality, not only the Christian one.
        each_finds(
            &["spiritual", "spirituality", "God", "higher power", "Dios"],
            &[NA, DRA, CA, CMA, MA, WFS, DHARMA, CELEBRATE, NAR_ANON],
        );
    }

    #[test]
    fn secular_words_find_the_groups_without_spirituality() {
        // Spirituality::None: SOS, SMART and LifeRing. Women for Sobriety is secular in
        // approach but records spirituality as optional, so it is out.
        each_finds(
            &[
                "secular",
                "atheist",
                "agnostic",
                "no religion",
                "non religious",
                "Non-religious",
                "nonreligious",
                "not religious",
                "no god",
                "ateo",
                "sin religión",
            ],
            &[SOS, SMART, LIFERING],
        );
    }

    #[test]
    fn women_words_find_the_groups_for_women() {
        // Only Women for Sobriety is women-only. SMART and LifeRing cite a study that names
        // Women for Sobriety, which no longer puts them in.
        each_finds(
            &[
                "women",
                "Woman",
                "women's",
                "women’s",
                "female",
                "mujeres",
                "mujer",
            ],
            &[WFS],
        );
    }

    #[test]
    fn family_words_find_the_groups_for_family_and_friends() {
        // Only Nar-Anon is for family and friends (Audience::families).
        each_finds(
            &[
                "family",
                "families",
                "parents",
                "parent",
                "loved one",
                "loved ones",
                "familia",
                "padres",
            ],
            &[NAR_ANON],
        );
    }

    #[test]
    fn online_words_find_the_groups_with_confirmed_online_meetings() {
        // Formats::online is Yes for nine groups, as the online filter shows. CMA's entry says
        // "could not confirm online meetings", so it is out; so are Celebrate Recovery and
        // Nar-Anon, whose online meetings are not confirmed. SOS's are recorded as Yes, from a
        // source marked uncertain, as on its card.
        let online = slugs(&Filters {
            online: true,
            ..Filters::default()
        });
        assert_eq!(online, [NA, DRA, SOS, SMART, LIFERING, CA, MA, WFS, DHARMA]);
        each_finds(
            &["online", "Zoom", "virtual", "en línea", "¿En línea?"],
            &online,
        );
    }

    #[test]
    fn drug_words_find_the_groups_made_for_that_drug() {
        // The groups whose audience is that one drug; groups for any drug welcome everyone and
        // would make these searches show almost the whole list.
        each_finds(
            &[
                "meth",
                "crystal",
                "Tina",
                "ice",
                "methamphetamine",
                "metanfetamina",
            ],
            &[CMA],
        );
        each_finds(&["cocaine", "crack", "coke", "cocaína"], &[CA]);
        each_finds(
            &["cannabis", "weed", "marijuana", "pot", "marihuana"],
            &[MA],
        );
    }

    #[test]
    fn buddhist_and_mental_health_words_find_their_groups() {
        // The 12 steps mention "prayer or meditation" in passing; only Recovery Dharma is a
        // Buddhist-inspired, meditation-based program.
        each_finds(
            &[
                "buddhist",
                "Buddhism",
                "meditation",
                "mindfulness",
                "meditación",
            ],
            &[DHARMA],
        );
        // Only DRA is made for people who also live with a mental-health condition.
        each_finds(
            &[
                "dual diagnosis",
                "mental health",
                "mental-health",
                "co-occurring",
                "dual",
                "salud mental",
            ],
            &[DRA],
        );
    }

    #[test]
    fn everyday_words_combine_with_other_words_and_filters() {
        // Every term must match, as before.
        assert_eq!(found("secular california"), [LIFERING]);
        assert_eq!(found("online secular"), [SOS, SMART, LIFERING]);
        assert_eq!(found("methadone secular"), [SMART]);
        assert!(found("women family").is_empty());
        let twelve_step = Filters {
            approach: Some(Approach::TwelveStep),
            text: "methadone".into(),
            ..Filters::default()
        };
        assert_eq!(slugs(&twelve_step), [NA]);
    }

    #[test]
    fn the_word_list_is_folded_and_each_word_means_one_thing() {
        let mut seen = std::collections::HashSet::new();
        for (meaning, list) in words_data::WORDS {
            for phrase in list.split(',') {
                assert_eq!(words(phrase), phrase, "{phrase:?} should be written folded");
                assert!(seen.insert(phrase), "{phrase:?} is listed twice");
                let short_name = groups().iter().any(|g| words(g.short_name) == phrase);
                assert!(!short_name, "{phrase:?} is a group's short name");
                // Each word finds at least one group today, or it would only mislead.
                let typed = Filters {
                    text: phrase.into(),
                    ..Filters::default()
                };
                assert!(
                    !slugs(&typed).is_empty(),
                    "{phrase:?} ({meaning:?}) finds nothing"
                );
            }
        }
    }

    #[test]
    fn punctuation_phones_type_parts_words() {
        assert_eq!(words("Women’s"), "women");
        assert_eq!(words("¿En línea?"), "en linea");
        assert_eq!(words("“sober self”—now"), "sober self now");
        assert_eq!(words("a\u{a0}b, NA's 3-S"), "a b na 3");
        // The catalog's text is only folded for search, so it must not hold such punctuation.
        for text in groups().iter().flat_map(|group| group.texts()) {
            assert!(!fold(text).contains(parts_words), "{text}");
        }
    }

    /// Every word of the catalog and of the word list: what a person might type.
    fn vocabulary() -> Vec<String> {
        let mut all: Vec<String> = groups()
            .iter()
            .flat_map(|group| group.texts())
            .chain(words_data::WORDS.iter().map(|(_, list)| *list))
            .flat_map(|text| {
                fold(text)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// `text` with each letter upper case where `upper` says so.
    fn recased(text: &str, upper: &[bool]) -> String {
        text.chars()
            .zip(upper.iter().chain(std::iter::repeat(&false)))
            .map(|(c, up)| {
                if *up {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    }

    fn any_filters() -> impl Strategy<Value = Filters> {
        (
            proptest::option::of(proptest::sample::select(Approach::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Spirituality::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Substance::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(MoudStance::ALL.to_vec())),
            proptest::array::uniform5(any::<bool>()),
            "\\PC{0,12}",
        )
            .prop_map(
                |(approach, spirituality, substance, moud, flags, text)| Filters {
                    approach,
                    spirituality,
                    substance,
                    moud,
                    online: flags[0],
                    wide_in_person: flags[1],
                    sponsors: flags[2],
                    mental_health: flags[3],
                    families: flags[4],
                    text: if text.trim().is_empty() {
                        String::new()
                    } else {
                        text
                    },
                },
            )
    }

    proptest! {
        #[test]
        fn any_filters_survive_the_address_bar(filters in any_filters()) {
            prop_assert_eq!(Filters::from_query(&filters.to_query()), filters);
        }

        #[test]
        fn adding_a_filter_never_adds_groups(filters in any_filters()) {
            let index = SearchIndex::new(groups());
            let narrower = index.search(&filters);
            let wider = index.search(&Filters { online: false, ..filters.clone() });
            prop_assert!(narrower.iter().all(|group| wider.contains(group)));
            prop_assert!(narrower.len() <= groups().len());
        }

        #[test]
        fn typing_a_groups_name_or_short_name_finds_it(
            at in 0..groups().len(),
            short in any::<bool>(),
            upper in proptest::collection::vec(any::<bool>(), 40),
            cut in 3usize..40,
        ) {
            let group = &groups()[at];
            let name = if short { group.short_name } else { group.name };
            let index = SearchIndex::new(groups());
            let typed = recased(name, &upper);
            let found = index.search(&Filters { text: typed.clone(), ..Filters::default() });
            prop_assert!(found.contains(&group), "{:?} missed {}", typed, group.slug);
            // Stopping partway through the last word, after three letters or more, still finds it.
            let last_word = name.rsplit([' ', '-']).next().unwrap_or(name);
            let keep = name.len() - last_word.len() + cut.min(last_word.len());
            let partial = recased(&name[..keep], &upper);
            let found = index.search(&Filters { text: partial.clone(), ..Filters::default() });
            prop_assert!(found.contains(&group), "{:?} missed {}", partial, group.slug);
        }

        #[test]
        fn adding_a_word_never_adds_groups(
            picks in proptest::collection::vec(any::<proptest::sample::Index>(), 0..4),
            next in any::<proptest::sample::Index>(),
        ) {
            let vocabulary = vocabulary();
            let index = SearchIndex::new(groups());
            let before: Vec<&str> = picks.iter().map(|pick| pick.get(&vocabulary).as_str()).collect();
            let word = next.get(&vocabulary);
            // A word that ends a phrase ("religion" after "no") changes what the word before
            // it means: "no religion" is secular, not "no" and "religion".
            let ends_a_phrase = index.phrases.iter().any(|(phrase, _)| {
                phrase.split(' ').skip(1).any(|later| later == word)
            });
            prop_assume!(!ends_a_phrase);
            let text = before.join(" ");
            let wider = index.search(&Filters { text: text.clone(), ..Filters::default() });
            let narrower = index.search(&Filters { text: format!("{text} {word}"), ..Filters::default() });
            prop_assert!(
                narrower.iter().all(|group| wider.contains(group)),
                "{:?} + {:?}", text, word
            );
        }

        #[test]
        fn any_query_string_parses_without_panicking(query in "\\PC{0,60}") {
            let _ = Filters::from_query(&query);
        }
    }
}
