//! A group's card on the list: its name as a link, its summary and its key facts in words.

use crate::components::app_link::AppLink;
use crate::components::fact::{marker, ConfidenceMark};
use crate::domain::catalog::{Fact, Group};
use leptos::prelude::*;

/// The top of a group's card; the list adds what belongs to it (the box to pick it).
#[component]
pub fn GroupCard(
    /// The group to show.
    group: &'static Group,
) -> impl IntoView {
    // A card has room only for whether there are online meetings, not the caveat after ":".
    let online = group
        .formats
        .online
        .label()
        .split(':')
        .next()
        .unwrap_or_default();
    let facts = [
        ("Approach", group.approach.label(), Fact::Approach),
        (
            "Spirituality",
            group.spirituality.label(),
            Fact::Spirituality,
        ),
        ("Sponsors", group.sponsorship.label(), Fact::Sponsorship),
        ("Online meetings", online, Fact::Formats),
        (
            "Availability",
            group.availability.level.label(),
            Fact::Availability,
        ),
    ];
    view! {
        <h2>
            <AppLink href=group.path()>{group.name}</AppLink>
        </h2>
        <p>{group.summary}</p>
        <dl class="facts">
            {facts
                .into_iter()
                .map(|(label, value, fact)| {
                    view! {
                        <div>
                            <dt>{label}</dt>
                            <dd>
                                {value}
                                <ConfidenceMark marker=marker(value, group.confidence_of(fact)) />
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        {group
            .has_uncertain_facts()
            .then(|| {
                view! {
                    <p class="uncertain">"Some facts are uncertain: check the group's own site."</p>
                }
            })}
    }
}
