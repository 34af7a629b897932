//! A group's facts in words, each followed by how sure we are of it where that is less than confirmed.

use crate::components::external_link::ExternalLink;
use crate::domain::catalog::{Fact, Group};
use crate::domain::safety::PRESCRIBER;
use crate::domain::sources::Confidence;
use crate::i18n::{t, tf};
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// The words on how sure we are of a fact whose value reads `value`: none when the fact is
/// confirmed, or when its value already says it is not known ("Not confirmed…", "Not stated…").
pub fn marker(value: &str, confidence: Confidence) -> Option<&'static str> {
    confidence.marker().filter(|_| !value.starts_with("Not "))
}

/// How sure we are of a fact, in words after its value, so nothing less than confirmed reads
/// as a plain fact.
#[component]
pub fn ConfidenceMark(
    /// The words from [`marker`], or `None` to show nothing.
    marker: Option<&'static str>,
) -> impl IntoView {
    marker.map(|marker| view! { " " <span class="confidence">"(" {t(marker)} ")"</span> })
}

/// One fact of a group, as it reads in a table cell or beside its label, with how sure we are.
#[component]
pub fn FactValue(
    /// The group the fact is about.
    group: &'static Group,
    /// Which of its facts.
    fact: Fact,
) -> impl IntoView {
    let confidence = group.confidence_of(fact);
    // These two start with markup, never with "Not ".
    match fact {
        Fact::Availability => {
            return EitherOf3::A(view! {
                <strong>{t(group.availability.level.label())}</strong>
                ". "
                {t(group.availability.figure)}
                <ConfidenceMark marker=confidence.marker() />
            })
        }
        Fact::Site => {
            return EitherOf3::B(view! {
                <ExternalLink href=group.links.site text=group.links.site />
                <ConfidenceMark marker=confidence.marker() />
            })
        }
        _ => {}
    }
    // How sure we are is read from the English words, which start with "Not " when not known.
    let marker = marker(&group.fact_words(fact), confidence);
    EitherOf3::C(view! { {fact_text(group, fact)} <ConfidenceMark marker /> })
}

/// One fact in words in the page's language: [`Group::fact_words`], translated.
pub fn fact_text(group: &Group, fact: Fact) -> String {
    match fact {
        Fact::Formats => {
            let f = group.formats;
            tf(
                "In person: {in_person}. Online: {online}. Phone: {phone}.",
                &[
                    ("in_person", t(f.in_person.label())),
                    ("online", t(f.online.label())),
                    ("phone", t(f.phone.label())),
                ],
            )
        }
        Fact::Audience => group
            .audience
            .parts()
            .into_iter()
            .map(t)
            .collect::<Vec<_>>()
            .join("; "),
        Fact::Site => group.links.site.to_string(),
        _ => match group.fact_words(fact) {
            std::borrow::Cow::Borrowed(words) => t(words).to_string(),
            std::borrow::Cow::Owned(words) => words,
        },
    }
}

/// The medication fact as a group's page shows it: what the group says, how sure we are of it,
/// and the sentence that always goes with the topic.
#[component]
pub fn MoudDetail(
    /// The group the fact is about.
    group: &'static Group,
) -> impl IntoView {
    view! {
        <FactValue group fact=Fact::Moud />
        <p class="hint">{t(group.moud.detail())}</p>
        <p class="hint">{t(PRESCRIBER)}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_less_than_confirmed_says_so() {
        assert_eq!(
            marker("Yes", Confidence::Secondary),
            Some("not confirmed by the group itself")
        );
        assert_eq!(
            marker("In person: Yes.", Confidence::Uncertain),
            Some("uncertain: check the group's own site")
        );
        assert_eq!(marker("Yes", Confidence::Confirmed), None);
    }

    #[test]
    fn a_value_that_says_it_is_not_known_needs_no_second_warning() {
        assert_eq!(
            marker("Not stated: ask the group", Confidence::Uncertain),
            None
        );
        assert_eq!(
            marker(
                "Not confirmed: check the group's site",
                Confidence::Secondary
            ),
            None
        );
    }
}
