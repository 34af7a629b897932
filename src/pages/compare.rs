//! `/compare?groups=a,b,c`: two to four groups side by side in a real table.

use crate::components::app_link::{base, AppLink};
use crate::components::page_heading::PageHeading;
use crate::domain::catalog::{group, Group};
use crate::domain::favourites::decode;
use crate::domain::routes::query_value;
use crate::markup;
use crate::pages::groups::MAX_COMPARE;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The comparison table, or a way to pick groups when fewer than two are named.
#[component]
pub fn Compare() -> impl IntoView {
    let location = use_location();
    // The same rules as the saved list: known slugs only, no repeats.
    let chosen = Memo::new(move |_| {
        let mut slugs = decode(&location.search.with(|query| query_value(query, "groups")));
        slugs.truncate(MAX_COMPARE);
        slugs
            .into_iter()
            .filter_map(group)
            .collect::<Vec<&'static Group>>()
    });
    view! {
        <PageHeading text="Compare groups" />
        <Show
            when=move || { chosen.with(|chosen| chosen.len() >= 2) }
            fallback=|| view! {
                <p>"Pick 2 to 4 groups on the list to see them side by side."</p>
                <p><AppLink href="/groups">"Choose groups to compare"</AppLink></p>
            }
        >
            <div inner_html=move || chosen.with(|chosen| markup::compare_table(&base(), chosen))></div>
        </Show>
        <p><AppLink href="/groups">"Back to all groups"</AppLink></p>
    }
}
