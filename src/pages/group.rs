//! `/groups/<slug>`: everything about one group, with a source and "checked" date for each fact.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use crate::domain::catalog::{group, groups, Group};
use crate::favourites::use_favourites;
use crate::markup;
use leptos::prelude::*;

/// One group's page, or a friendly message if the address names no group.
#[component]
pub fn GroupPage(
    /// The slug from the address, which may name no group.
    slug: String,
) -> impl IntoView {
    match group(&slug) {
        Some(found) => view! { <GroupDetail group=found /> }.into_any(),
        None => view! {
            <PageHeading text="We couldn't find that group" />
            <p>"The link may be old. "<AppLink href="/groups">"See all groups"</AppLink>"."</p>
        }
        .into_any(),
    }
}

#[component]
fn GroupDetail(group: &'static Group) -> impl IntoView {
    let favourites = use_favourites();
    let saved = move || favourites.slugs.get().contains(&group.slug);
    let first_other = groups()
        .iter()
        .find(|other| other.slug != group.slug)
        .map(|other| other.slug);
    let (compare_with, set_compare_with) = signal(first_other.unwrap_or_default());
    let heading = if group.name.contains(group.short_name) {
        group.name.to_string()
    } else {
        format!("{} ({})", group.name, group.short_name)
    };

    view! {
        <PageHeading text=heading />
        <p class="lead">{group.summary}</p>
        <div class="actions">
            <button
                type="button"
                aria-pressed=move || saved().to_string()
                on:click=move |_| favourites.toggle(group.slug)
            >
                {move || if saved() { "Saved to my list" } else { "Save to my list" }}
            </button>
            {move || favourites.problem.get().map(|problem| view! { <p class="problem" role="alert">{problem}</p> })}
        </div>
        <div inner_html=markup::group_body(group)></div>
        <h2>"Compare with another group"</h2>
        <div class="compare-with">
            <label for="compare-with">{format!("Compare {} with", group.short_name)}</label>
            <select
                id="compare-with"
                inner_html=markup::group_options(group.slug)
                on:change:target=move |ev| {
                    if let Some(other) = crate::domain::catalog::group(&ev.target().value()) {
                        set_compare_with.set(other.slug);
                    }
                }
            ></select>
            <a href=move || crate::components::app_link::app_href(&format!("/compare?groups={},{}", group.slug, compare_with.get()))>
                "Compare"
            </a>
        </div>
        <div inner_html=markup::group_sources(group)></div>
        <aside class="note" aria-label="Good to know">
            <div inner_html=markup::guidance_note()></div>
            <p>"This is information, not medical advice. "<AppLink href="/help">"Get help now"</AppLink></p>
        </aside>
    }
}
