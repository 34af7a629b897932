//! `/compare?groups=a,b,c`: two to four groups side by side in a real table.

use crate::components::app_link::{app_href, AppLink};
use crate::components::fact::FactValue;
use crate::components::page_heading::{select_and_copy, PageHeading};
use crate::domain::catalog::{facts_differ, group, Fact};
use crate::domain::favourites::{compare_path, picks_in};
use crate::domain::safety::PRESCRIBER;
use crate::domain::search::Filters;
use crate::i18n::{t, tf};
use crate::pages::groups::list_address;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The comparison table, or a way to pick groups when fewer than two are named.
#[component]
pub fn Compare() -> impl IntoView {
    let location = use_location();
    // The same rules as the saved list: known slugs only, no repeats. Slugs, not groups, so
    // the memo compares a few short strings rather than whole catalog entries.
    let chosen = Memo::new(move |_| location.search.with(|query| picks_in(query, "groups")));
    // Back to the list with these groups still ticked.
    let back = move || list_address(&Filters::default(), &chosen.get());
    view! {
        <div class="compare-page">
            <PageHeading text=t("Compare groups") />
            <Show
                when=move || { chosen.with(|chosen| chosen.len() >= 2) }
                fallback=|| view! {
                    <p>{t("Pick 2 to 4 groups on the list to see them side by side.")}</p>
                    <p><AppLink href="/groups">{t("Choose groups to compare")}</AppLink></p>
                }
            >
                <CompareTable chosen />
                <CopyLink chosen />
            </Show>
            <p class="no-print">{move || view! { <AppLink href=back()>{t("Back to all groups")}</AppLink> }}</p>
        </div>
    }
}

/// The link to this comparison, so a counsellor can send it to someone, with "Copy link".
///
/// The link is in a field of its own, so it can always be copied by hand. The button copies
/// it the synchronous way (select, then the browser's copy command): the asynchronous
/// clipboard API would bring about 6.6 KB of futures code into this part (`make size`).
#[component]
fn CopyLink(
    /// The slugs of the groups shown.
    chosen: Memo<Vec<&'static str>>,
) -> impl IntoView {
    let origin = window().location().origin().unwrap_or_default();
    let link = move || {
        let path = app_href(&compare_path(&chosen.get()));
        format!("{origin}{path}")
    };
    let (said, set_said) = signal("");
    // The words are read when the button is pressed, in the page's language.
    let copy = move |_| {
        set_said.set(if select_and_copy(LINK_FIELD_ID) {
            t("Link copied. Anyone who opens it sees these groups side by side.")
        } else {
            t("This browser didn't let us copy. The link is selected: copy it from the field.")
        });
    };
    view! {
        <div class="copy-link no-print">
            <label class="field">
                {t("Link to this comparison")}
                <input type="text" readonly id=LINK_FIELD_ID prop:value=link />
            </label>
            <button type="button" on:click=copy>{t("Copy link")}</button>
            <p role="status" class="hint">{said}</p>
        </div>
    }
}

const LINK_FIELD_ID: &str = "compare-link";

/// The groups side by side: a header for every column (a group) and every row (a fact).
/// A row where the groups differ is marked, in words as well as by its look.
///
/// The table scrolls sideways on its own on a narrow screen, so it is a named, focusable
/// region a keyboard can scroll, with a cue that there is more to see.
#[component]
fn CompareTable(
    /// The slugs of the groups to show, in the order the address names them.
    chosen: Memo<Vec<&'static str>>,
) -> impl IntoView {
    let columns = move || chosen.get().into_iter().filter_map(group);
    let caption = move || {
        let names: Vec<&str> = columns().map(|group| group.short_name).collect();
        tf("How {names} compare", &[("names", &names.join(", "))])
    };
    let rows = Fact::ALL
        .into_iter()
        .map(|fact| {
            let differs = move || facts_differ(columns(), fact);
            view! {
                <tr class:differs=differs>
                    <th scope="row">
                        {t(fact.label())}
                        {move || differs().then(|| view! { <span class="differs-tag">{t("Differs")}</span> })}
                    </th>
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
        <p class="scroll-cue hint" aria-hidden="true">
            {move || tf("Swipe sideways to see all {n} groups →", &[("n", &chosen.with(Vec::len).to_string())])}
        </p>
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare">
                <caption id="compare-caption">
                    <span>{caption}</span>
                </caption>
                <thead>
                    <tr>
                        <td></td>
                        <For each=columns key=|group| group.slug let:group>
                            <th scope="col">
                                <AppLink href=group.path()>{t(group.name)}</AppLink>
                            </th>
                        </For>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="hint">{t(PRESCRIBER)}</p>
        <p class="hint">
            {t("Each group's page lists where its facts come from, and when we checked them.")}
        </p>
    }
}
