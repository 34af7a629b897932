//! Filters and free-text search over the catalog, and how they live in the address bar.

use super::catalog::{
    Approach, AvailabilityLevel, Group, MoudStance, Offered, Spirituality, Sponsorship, Substance,
    SubstanceFocus,
};

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

    /// Whether `group` passes every chosen filter; `haystack` is the group's folded text.
    fn matches(&self, group: &Group, haystack: &str, words: &[String]) -> bool {
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
            && words.iter().all(|word| haystack.contains(word.as_str()))
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

/// The catalog, with each group's text folded once for fast search as a person types.
pub struct SearchIndex {
    entries: Vec<(&'static Group, String)>,
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
                (group, format!(" {} ", fold(&text.join(" "))))
            })
            .collect();
        SearchIndex { entries }
    }

    /// The groups that pass `filters`, in catalog order. Every word typed must appear
    /// somewhere in a group's text; case and accents don't matter.
    pub fn search(&self, filters: &Filters) -> Vec<&'static Group> {
        let words: Vec<String> = fold(&filters.text)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        self.entries
            .iter()
            .filter(|(group, haystack)| filters.matches(group, haystack, &words))
            .map(|(group, _)| *group)
            .collect()
    }
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
        fn any_query_string_parses_without_panicking(query in "\\PC{0,60}") {
            let _ = Filters::from_query(&query);
        }
    }
}
