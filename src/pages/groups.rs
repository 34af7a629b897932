//! `/groups`: every group, with filters and search kept in the address so links and Back work.

use crate::components::app_link::{app_href, AppLink};
use crate::components::group_card::GroupCard;
use crate::components::page_heading::PageHeading;
use crate::components::page_view::drawn_once;
use crate::components::text_list::TextList;
use crate::domain::catalog::{group, groups, guidance};
use crate::domain::routes::leads;
use crate::domain::search::{controls, ControlKind, Filters, SearchIndex};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::OnceLock;

static INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// The most groups the comparison table shows side by side.
pub const MAX_COMPARE: usize = 4;

/// The group list.
#[component]
pub fn Groups() -> impl IntoView {
    let location = use_location();
    let filters = Memo::new(move |_| Filters::from_query(&location.search.get()));
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
    // Typing replaces the entry, so Back doesn't step through each keystroke.
    let show = Callback::new(move |(next, replace): (Filters, bool)| {
        let query = next.to_query();
        let mut path = app_href("/groups");
        if !query.is_empty() {
            path = format!("{path}?{query}");
        }
        navigate(
            &path,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let reset = move |_| show.run((Filters::default(), false));
    let (picked, set_picked) = signal(Vec::<&'static str>::new());

    drawn_once(move || {
        view! {
            <PageHeading text="Explore groups" />
            <p class="lead">{leads::GROUPS}</p>
            <form class="filters" role="search" aria-label="Filter groups" on:submit=|ev| ev.prevent_default()>
                <FilterFields filters show />
                <button type="button" class="secondary" on:click=reset disabled=move || filters.get().is_empty()>
                    "Clear filters"
                </button>
            </form>
            <p class="result-count" role="status">
                {move || {
                    let shown = results.get().len();
                    let all = groups().len();
                    if shown == all { format!("Showing all {all} groups") } else { format!("Showing {shown} of {all} groups") }
                }}
            </p>
            <div class="compare-bar">
                <p>
                    {move || match picked.get().len() {
                        0 => "Tick 2 to 4 groups to compare them side by side.".to_string(),
                        1 => "1 group picked. Pick at least one more to compare.".to_string(),
                        MAX_COMPARE => format!("{MAX_COMPARE} groups picked, the most that fit side by side."),
                        n => format!("{n} groups picked."),
                    }}
                </p>
                {move || (picked.get().len() >= 2).then(|| view! {
                    <AppLink href=format!("/compare?groups={}", picked.get().join(","))>"Compare picked groups"</AppLink>
                })}
            </div>
            {move || results.get().is_empty().then(|| view! {
                <div class="empty card">
                    <h2>"No groups match these choices"</h2>
                    <p>"Try fewer filters or other words."</p>
                    <button type="button" on:click=reset>"Show all groups"</button>
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
                                // `update` notifies even when a fifth tick is refused, so that box
                                // is drawn unticked again.
                                on:change:target=move |ev| {
                                    let tick = ev.target().checked();
                                    set_picked.update(|list| pick(list, group.slug, tick));
                                }
                            />
                            " Compare "
                            {group.short_name}
                        </label>
                    </li>
                </For>
            </ul>
            <aside class="note" aria-label="Good to know">
                <TextList class="guidance" items=guidance() />
            </aside>
        }
    })
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
                    <label for=format!("filter-{key}")>{control.label}</label>
                    <select
                        id=format!("filter-{key}")
                        name=key
                        on:change:target=move |ev| change(key, &ev.target().value(), false)
                    >
                        <option value="">{any}</option>
                        {options
                            .into_iter()
                            .map(|(option, words)| {
                                view! {
                                    <option
                                        value=option
                                        prop:selected=move || filters.with(|f| f.value(key) == option)
                                    >
                                        {words}
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
                    {control.label}
                </label>
            }
        })
        .collect_view();
    view! {
        <div>
            <div class="field">
                <label for="filter-q">"Search groups"</label>
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
                <summary>"Filter by approach, spirituality, drug and more"</summary>
                <div class="field-row">{choices}</div>
                <fieldset class="checks">
                    <legend>"Only show groups that"</legend>
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
}
