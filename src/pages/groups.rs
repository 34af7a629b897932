//! `/groups`: every group, with filters and search kept in the address so links and Back work.

use crate::components::app_link::{app_href, AppLink};
use crate::components::group_card::GroupCard;
use crate::components::page_heading::PageHeading;
use crate::components::page_view::drawn_once;
use crate::components::text_list::TextList;
use crate::domain::catalog::{group, groups, guidance};
use crate::domain::favourites::{compare_path, encode, picks_in, MAX_COMPARE};
use crate::domain::routes::leads;
use crate::domain::search::{controls, ControlKind, Filters, SearchIndex};
use crate::i18n::{t, tf};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::OnceLock;

static INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// The group list.
#[component]
pub fn Groups() -> impl IntoView {
    let location = use_location();
    let filters = Memo::new(move |_| Filters::from_query(&location.search.get()));
    // The groups ticked to compare live in the address too (`compare=a,b`), so Back from the
    // comparison, a reload or a shared link keeps them.
    let picked = Memo::new(move |_| location.search.with(|query| picks_in(query, PICKS_KEY)));
    // Slugs, not groups, so the memo compares a few short strings rather than whole entries.
    let results = Memo::new(move |_| {
        INDEX
            .get_or_init(|| SearchIndex::new(groups()))
            .search(&filters.get())
            .into_iter()
            .map(|found| found.slug)
            .collect::<Vec<_>>()
    });
    let navigate = use_navigate();
    // Every change goes into the address, so Back, Forward, reload and shared links all work.
    // Typing and ticking replace the entry, so Back doesn't step through each keystroke.
    let show = Callback::new(
        move |(next, picks, replace): (Filters, Vec<&'static str>, bool)| {
            navigate(
                &app_href(&list_address(&next, &picks)),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        },
    );
    let show_filters = Callback::new(move |(next, replace): (Filters, bool)| {
        show.run((next, picked.get_untracked(), replace));
    });
    let reset = move |_| show_filters.run((Filters::default(), false));
    let set_picked = move |change: &dyn Fn(&mut Vec<&'static str>)| {
        let mut picks = picked.get_untracked();
        change(&mut picks);
        show.run((filters.get_untracked(), picks, true));
    };

    drawn_once(move || {
        view! {
            <PageHeading text=t("Explore groups") />
            <p class="lead">{t(leads::GROUPS)}</p>
            <form class="filters" role="search" aria-label=t("Filter groups") on:submit=|ev| ev.prevent_default()>
                <FilterFields filters show=show_filters />
                <Show when=move || !filters.get().is_empty()>
                    <button type="button" class="quiet" on:click=reset>{t("Clear filters")}</button>
                </Show>
            </form>
            <div class="result-line">
                <p class="result-count" role="status">
                    {move || {
                        let shown = results.get().len();
                        let all = groups().len();
                        let all_text = all.to_string();
                        if shown == all {
                            tf("Showing all {all} groups", &[("all", &all_text)])
                        } else {
                            tf("Showing {shown} of {all} groups", &[("shown", &shown.to_string()), ("all", &all_text)])
                        }
                    }}
                </p>
                <p class="hint">{t("Tick up to 4 to compare.")}</p>
            </div>
            {move || results.get().is_empty().then(|| view! {
                <div class="empty card">
                    <h2>{t("No groups match these choices")}</h2>
                    <p>{t("Try fewer filters or other words.")}</p>
                    <button type="button" on:click=reset>{t("Show all groups")}</button>
                </div>
            })}
            <ul class="group-list">
                <For each=move || results.get().into_iter().filter_map(group) key=|group| group.slug let:group>
                    <li class="card group-card">
                        <GroupCard group />
                        <label class="pick">
                            <input
                                type="checkbox"
                                prop:checked=move || picked.with(|list| list.contains(&group.slug))
                                on:change:target=move |ev| {
                                    let tick = ev.target().checked();
                                    set_picked(&|list| pick(list, group.slug, tick));
                                    // A fifth tick is refused: draw that box unticked again.
                                    if tick && !picked.with_untracked(|list| list.contains(&group.slug)) {
                                        ev.target().set_checked(false);
                                    }
                                }
                            />
                            " "
                            {tf("Compare {name}", &[("name", group.short_name)])}
                        </label>
                    </li>
                </For>
            </ul>
            <CompareTray picked clear=move || set_picked(&|list| list.clear()) />
            <aside class="note" aria-label=t("Good to know")>
                <TextList class="guidance" items=guidance() />
            </aside>
        }
    })
}

/// The key of the picked groups in the list's address.
const PICKS_KEY: &str = "compare";

/// The list's address for these filters and picks, such as `/groups?online=1&compare=na,cma`.
pub fn list_address(filters: &Filters, picks: &[&'static str]) -> String {
    let mut query = filters.to_query();
    if !picks.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(PICKS_KEY);
        query.push('=');
        query.push_str(&encode(picks));
    }
    if query.is_empty() {
        "/groups".to_string()
    } else {
        format!("/groups?{query}")
    }
}

/// The tray at the foot of the screen while any group is ticked: how many, and the way to
/// compare them. It stays in view as the list scrolls.
#[component]
fn CompareTray(
    /// The ticked groups' slugs, in the order they were ticked.
    picked: Memo<Vec<&'static str>>,
    /// Unticks them all.
    clear: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="compare-tray" class:empty=move || picked.with(Vec::is_empty)>
            <p role="status">
                {move || match picked.with(Vec::len) {
                    0 => String::new(),
                    1 => t("1 group picked. Pick one more to compare.").to_string(),
                    MAX_COMPARE => tf("{n} groups picked, the most that fit side by side.", &[("n", &MAX_COMPARE.to_string())]),
                    n => tf("{n} groups picked.", &[("n", &n.to_string())]),
                }}
            </p>
            <Show when=move || !picked.with(Vec::is_empty)>
                <div class="tray-actions">
                    <button type="button" class="quiet" on:click=move |_| clear()>{t("Untick all")}</button>
                    {move || (picked.with(Vec::len) >= 2).then(|| view! {
                        <AppLink href=compare_path(&picked.get()) attr:class="button primary">
                            {t("Compare")}
                        </AppLink>
                    })}
                </div>
            </Show>
        </div>
    }
}

/// Ticks a group for comparing, or unticks it; a tick past [`MAX_COMPARE`] changes nothing.
fn pick(list: &mut Vec<&'static str>, slug: &'static str, tick: bool) {
    list.retain(|picked| *picked != slug);
    if tick && list.len() < MAX_COMPARE {
        list.push(slug);
    }
}

/// The search box, drop-downs and checkboxes, each showing its filter from the address and
/// putting a change back there. Each control's id is `filter-<key>`, its key in the address.
///
/// The filters sit in a disclosure below the search box, so on a phone the groups start near
/// the top of the page; it starts open when a filter is on.
#[component]
fn FilterFields(
    /// The filters in the address.
    filters: Memo<Filters>,
    /// Puts changed filters into the address; `true` replaces the entry (as typing does).
    show: Callback<(Filters, bool)>,
) -> impl IntoView {
    let change = move |key: &str, value: &str, replace: bool| {
        show.run((filters.get_untracked().with(key, value), replace));
    };
    let any_on = filters.with_untracked(|current| {
        controls()
            .iter()
            .any(|control| !current.value(control.key).is_empty())
    });
    let choices = controls()
        .into_iter()
        .filter_map(|control| {
            let key = control.key;
            let ControlKind::Choice { any, options } = control.kind else {
                return None;
            };
            Some(view! {
                <div class="field">
                    <label for=format!("filter-{key}")>{t(control.label)}</label>
                    <select
                        id=format!("filter-{key}")
                        name=key
                        on:change:target=move |ev| change(key, &ev.target().value(), false)
                    >
                        <option value="">{t(any)}</option>
                        {options
                            .into_iter()
                            .map(|(option, words)| {
                                view! {
                                    <option
                                        value=option
                                        prop:selected=move || filters.with(|f| f.value(key) == option)
                                    >
                                        {t(words)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            })
        })
        .collect_view();
    let checks = controls()
        .into_iter()
        .filter(|control| control.kind == ControlKind::Check)
        .map(|control| {
            let key = control.key;
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        id=format!("filter-{key}")
                        name=key
                        value="1"
                        prop:checked=move || filters.with(|f| !f.value(key).is_empty())
                        on:change:target=move |ev| {
                            change(key, if ev.target().checked() { "1" } else { "" }, false)
                        }
                    />
                    " "
                    {t(control.label)}
                </label>
            }
        })
        .collect_view();
    view! {
        <div>
            <div class="field">
                <label for="filter-q">{t("Search groups")}</label>
                <input
                    id="filter-q"
                    name="q"
                    type="search"
                    autocomplete="off"
                    prop:value=move || filters.with(|f| f.text.clone())
                    on:input:target=move |ev| change("q", &ev.target().value(), true)
                />
            </div>
            <details class="more-filters" open=any_on>
                <summary>{t("Filter by approach, spirituality, drug and more")}</summary>
                <div class="field-row">{choices}</div>
                <fieldset class="checks">
                    <legend>{t("Only show groups that")}</legend>
                    {checks}
                </fieldset>
            </details>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_four_groups_can_be_picked_and_any_can_be_unpicked() {
        let mut list = Vec::new();
        for slug in ["a", "b", "c", "d", "e"] {
            pick(&mut list, slug, true);
        }
        assert_eq!(list, ["a", "b", "c", "d"]);
        pick(&mut list, "b", false);
        pick(&mut list, "e", true);
        assert_eq!(list, ["a", "c", "d", "e"]);
        pick(&mut list, "f", false);
        assert_eq!(
            list,
            ["a", "c", "d", "e"],
            "unticking a box that was not ticked"
        );
    }

    #[test]
    fn the_list_address_keeps_filters_and_picks_together() {
        let online = Filters::from_query("online=1");
        assert_eq!(list_address(&Filters::default(), &[]), "/groups");
        assert_eq!(list_address(&online, &[]), "/groups?online=1");
        assert_eq!(
            list_address(&online, &["narcotics-anonymous", "smart-recovery"]),
            "/groups?online=1&compare=narcotics-anonymous,smart-recovery"
        );
        let query = "compare=narcotics-anonymous,smart-recovery";
        assert_eq!(
            list_address(&Filters::from_query(query), &picks_in(query, PICKS_KEY)),
            format!("/groups?{query}"),
            "an address read back gives the same address"
        );
    }
}
