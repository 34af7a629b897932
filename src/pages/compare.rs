//! `/compare?groups=a,b,c`: two to four groups side by side in a real table.

use crate::components::app_link::AppLink;
use crate::components::fact::FactValue;
use crate::components::page_heading::PageHeading;
use crate::domain::catalog::{group, Fact};
use crate::domain::favourites::decode;
use crate::domain::routes::query_value;
use crate::domain::safety::PRESCRIBER;
use crate::pages::groups::MAX_COMPARE;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The comparison table, or a way to pick groups when fewer than two are named.
#[component]
pub fn Compare() -> impl IntoView {
    let location = use_location();
    // The same rules as the saved list: known slugs only, no repeats. Slugs, not groups, so
    // the memo compares a few short strings rather than whole catalog entries.
    let chosen = Memo::new(move |_| {
        let mut slugs = decode(&location.search.with(|query| query_value(query, "groups")));
        slugs.truncate(MAX_COMPARE);
        slugs
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
            <CompareTable chosen />
        </Show>
        <p><AppLink href="/groups">"Back to all groups"</AppLink></p>
    }
}

/// The groups side by side: a header for every column (a group) and every row (a fact).
///
/// The table scrolls sideways on its own on a narrow screen, so it is a named, focusable
/// region a keyboard can scroll.
#[component]
fn CompareTable(
    /// The slugs of the groups to show, in the order the address names them.
    chosen: Memo<Vec<&'static str>>,
) -> impl IntoView {
    let columns = move || chosen.get().into_iter().filter_map(group);
    let caption = move || {
        let names: Vec<&str> = columns().map(|group| group.short_name).collect();
        format!("How {} compare", names.join(", "))
    };
    let rows = Fact::ALL
        .into_iter()
        .map(|fact| {
            view! {
                <tr>
                    <th scope="row">{fact.label()}</th>
                    <For each=columns key=|group| group.slug let:group>
                        <td>
                            <FactValue group fact />
                        </td>
                    </For>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare">
                <caption id="compare-caption">{caption}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <For each=columns key=|group| group.slug let:group>
                            <th scope="col">
                                <AppLink href=group.path()>{group.name}</AppLink>
                            </th>
                        </For>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="hint">{PRESCRIBER}</p>
    }
}
