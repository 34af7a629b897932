//! A group's card on the list: its name as a link, its summary and a few key facts as chips.

use crate::components::app_link::AppLink;
use crate::components::fact::marker;
use crate::domain::catalog::Group;
use crate::i18n::t;
use leptos::prelude::*;

/// The top of a group's card; the list adds what belongs to it (the box to pick it).
///
/// Compact, so a phone shows more than one group a screen: the name, one line on what it
/// is, and a few facts as chips. A chip we are less than sure of says so in its words.
#[component]
pub fn GroupCard(
    /// The group to show.
    group: &'static Group,
) -> impl IntoView {
    let chips = group
        .chips()
        .into_iter()
        .map(|(words, fact)| {
            let unsure = marker(words, group.confidence_of(fact)).map(|_| {
                view! { " " <span class="confidence">{t("(unconfirmed)")}</span> }
            });
            view! { <li class="chip">{t(words)} {unsure}</li> }
        })
        .collect_view();
    view! {
        <h2>
            <AppLink href=group.path()>{t(group.name)}</AppLink>
        </h2>
        <p class="summary">{t(group.summary)}</p>
        <ul class="chips" aria-label=t("Key facts")>{chips}</ul>
        {group
            .has_uncertain_facts()
            .then(|| {
                view! {
                    <p class="uncertain">{t("Some facts are uncertain: check the group's own site.")}</p>
                }
            })}
    }
}
