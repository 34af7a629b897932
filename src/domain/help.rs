//! Crisis and help lines: who to call, text or chat, and what each line is for.

use super::sources::{CalendarDate, Reference, Source};

/// Where a help line can be reached from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    UnitedStates,
    UnitedStatesAndCanada,
    /// Emergency numbers of other countries, each named on its own link.
    OtherCountries,
    Worldwide,
}

impl Region {
    /// Where the line works, in words, shown beside every help line.
    pub fn label(self) -> &'static str {
        match self {
            Region::UnitedStates => "Works in: the US",
            Region::UnitedStatesAndCanada => "Works in: the US and Canada",
            Region::OtherCountries => "Works in: the countries named",
            Region::Worldwide => "Works in: most countries",
        }
    }
}

/// How to reach a help line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactKind {
    Call,
    Text,
    /// A page on another website, such as a chat or a directory.
    Website,
}

/// One way to reach a help line: a `tel:`, `sms:` or `https:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub kind: ContactKind,
    /// The words on the link, such as "Call 988".
    pub label: &'static str,
    pub href: &'static str,
}

/// A help line listed on the "Get help now" page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Helpline {
    /// Stable and unique; used as the element id.
    pub id: &'static str,
    pub name: &'static str,
    /// What the line is for, in one or two plain sentences.
    pub summary: &'static str,
    /// Something a person should know before they call, if any.
    pub note: Option<&'static str>,
    pub region: Region,
    pub contacts: &'static [Contact],
    pub source: Source,
}

#[path = "../../data/help.rs"]
mod help_data;

#[path = "../../data/about.rs"]
mod about_data;

/// Every help line, most urgent first.
pub fn helplines() -> &'static [Helpline] {
    help_data::HELPLINES
}

/// The help lines a page in `lang` shows: on Spanish pages, the lines in Spanish come first,
/// after only the emergency number (911 answers in Spanish too, and danger comes first).
pub fn helplines_for(lang: super::lang::Lang) -> impl Iterator<Item = &'static Helpline> {
    let spanish = match lang {
        super::lang::Lang::Es => help_data::SPANISH_HELPLINES,
        super::lang::Lang::En => &[],
    };
    let (emergency, rest) = help_data::HELPLINES.split_at(1);
    emergency.iter().chain(spanish).chain(rest)
}

/// The day the app's content was last read through against its sources.
pub const CONTENT_REVIEWED: CalendarDate = about_data::CONTENT_REVIEWED;

/// The reading the app's facts come from.
pub fn references() -> &'static [Reference] {
    about_data::REFERENCES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sources::Confidence;
    use std::collections::HashSet;

    #[test]
    fn every_helpline_is_complete_and_sourced() {
        assert!(!helplines().is_empty());
        for line in helplines_for(crate::domain::lang::Lang::Es) {
            assert!(!line.name.trim().is_empty(), "{}: name", line.id);
            assert!(!line.summary.trim().is_empty(), "{}: summary", line.id);
            assert!(!line.contacts.is_empty(), "{}: no way to reach it", line.id);
            assert!(
                line.source
                    .url
                    .is_some_and(|url| url.starts_with("https://")),
                "{}: source",
                line.id
            );
            assert!(line.source.checked.is_valid(), "{}: checked", line.id);
            assert!(
                !line.source.name.trim().is_empty(),
                "{}: source name",
                line.id
            );
        }
    }

    #[test]
    fn helpline_ids_are_unique() {
        let all = || helplines_for(crate::domain::lang::Lang::Es);
        let ids: HashSet<_> = all().map(|line| line.id).collect();
        assert_eq!(ids.len(), all().count());
    }

    #[test]
    fn contact_links_match_their_kind() {
        for line in helplines_for(crate::domain::lang::Lang::Es) {
            for contact in line.contacts {
                assert!(!contact.label.trim().is_empty(), "{}", line.id);
                let (scheme, rest) = match contact.kind {
                    ContactKind::Call => ("tel:", contact.href.strip_prefix("tel:")),
                    ContactKind::Text => ("sms:", contact.href.strip_prefix("sms:")),
                    ContactKind::Website => ("https://", contact.href.strip_prefix("https://")),
                };
                let rest = rest.unwrap_or_else(|| {
                    panic!("{}: {} should start with {scheme}", line.id, contact.href)
                });
                if scheme != "https://" {
                    assert!(
                        rest.chars().all(|c| c.is_ascii_digit() || c == '+'),
                        "{}: {} should be digits only so every phone can dial it",
                        line.id,
                        contact.href
                    );
                }
            }
        }
    }

    /// The crisis lines the foundation promises, as `catalog-facts.md` gives them.
    #[test]
    fn the_promised_lines_are_there_with_the_right_numbers() {
        let hrefs: Vec<&str> = helplines()
            .iter()
            .flat_map(|line| line.contacts.iter().map(|contact| contact.href))
            .collect();
        for expected in [
            "tel:18006624357",
            "tel:988",
            "sms:988",
            "tel:911",
            "tel:112",
            "tel:999",
            "tel:000",
            "https://findahelpline.com",
        ] {
            assert!(hrefs.contains(&expected), "missing {expected}");
        }
        let Some(samhsa) = helplines().iter().find(|line| line.id == "samhsa") else {
            panic!("the SAMHSA helpline should be listed");
        };
        let note = samhsa.note.unwrap_or_default();
        assert!(note.contains("not a crisis line"), "{note}");
        assert_eq!(samhsa.source.confidence, Confidence::Confirmed);
        let Some(abroad) = helplines()
            .iter()
            .find(|line| line.region == Region::Worldwide)
        else {
            panic!("a directory for people outside the US should be listed");
        };
        assert_eq!(abroad.source.confidence, Confidence::Secondary);
        let spanish: Vec<&str> = helplines()
            .iter()
            .filter_map(|line| line.note)
            .filter(|note| note.contains("Spanish"))
            .collect();
        assert!(
            spanish.iter().any(|note| note.contains("AYUDA")),
            "988 in Spanish: {spanish:?}"
        );
        assert!(spanish.iter().any(|note| note.contains("ask for it")));
    }

    /// Every help line says where it works, and the static shell says it too, before the
    /// wasm starts, with the way to find help outside the US.
    #[test]
    fn every_line_says_where_it_works_in_the_app_and_the_shell() {
        let html = include_str!("../../index.html");
        for line in helplines_for(crate::domain::lang::Lang::Es) {
            assert!(line.region.label().starts_with("Works in: "), "{}", line.id);
        }
        for words in [
            "Works in: the US and Canada",
            "Works in: the US",
            "findahelpline.com",
            "112",
            "999",
            "000",
        ] {
            assert!(html.contains(words), "index.html should say {words}");
        }
    }

    /// The static shell in index.html shows crisis numbers before the wasm starts; they must be
    /// the same numbers as the data, or a person in crisis could see two different answers.
    #[test]
    fn the_static_shell_dials_only_numbers_from_the_data() {
        let html = include_str!("../../index.html");
        let known: HashSet<&str> = helplines()
            .iter()
            .flat_map(|line| line.contacts.iter().map(|contact| contact.href))
            .collect();
        let shell_links: Vec<&str> = html
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|href| href.starts_with("tel:") || href.starts_with("sms:"))
            .collect();
        assert!(
            shell_links.len() >= 3,
            "the shell should offer 911, 988 and the helpline"
        );
        for href in shell_links {
            assert!(
                known.contains(href),
                "index.html dials {href}, which the data lacks"
            );
        }
    }

    #[test]
    fn content_review_date_is_real() {
        assert!(CONTENT_REVIEWED.is_valid());
        assert!(!references().is_empty());
    }

    #[test]
    fn spanish_pages_show_the_lines_in_spanish_first() {
        use crate::domain::lang::Lang;
        let ids = |lang| helplines_for(lang).map(|line| line.id).collect::<Vec<_>>();
        assert_eq!(
            &ids(Lang::Es)[..3],
            ["emergency", "lifeline-988-es", "samhsa-es"]
        );
        assert_eq!(ids(Lang::En)[0], "emergency");
        assert!(ids(Lang::En).iter().all(|id| !id.ends_with("-es")));
        // Every English line is on Spanish pages too.
        assert!(ids(Lang::En).iter().all(|id| ids(Lang::Es).contains(id)));
        for line in helplines_for(Lang::Es).skip(1).take(2) {
            assert_eq!(line.region, Region::UnitedStates, "{}", line.id);
            assert!(line
                .contacts
                .iter()
                .any(|c| c.href == "tel:988" || c.href == "tel:18006624357"));
        }
    }
}
