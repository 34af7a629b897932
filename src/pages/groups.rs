//! `/groups`: every group, with filters and search kept in the address so links and Back work.

use crate::components::app_link::{app_href, base, AppLink};
use crate::components::page_heading::PageHeading;
use crate::domain::catalog::{group, groups};
use crate::domain::search::{controls, ControlKind, Filters, SearchIndex};
use crate::markup;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

static INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// The most groups the comparison table shows side by side.
pub const MAX_COMPARE: usize = 4;

/// The group list.
#[component]
pub fn Groups() -> impl IntoView {
    let location = use_location();
    let filters = Memo::new(move |_| Filters::from_query(&location.search.get()));
    let results = Memo::new(move |_| {
        INDEX
            .get_or_init(|| SearchIndex::new(groups()))
            .search(&filters.get())
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
    let set = Callback::new(move |(key, value, replace): (&'static str, String, bool)| {
        show.run((filters.get_untracked().with(key, &value), replace));
    });
    let reset = move |_| show.run((Filters::default(), false));

    let (picked, set_picked) = signal(Vec::<&'static str>::new());
    // One listener for every card's "Compare" box.
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(found) = input
            .get_attribute("data-slug")
            .and_then(|slug| group(&slug))
        else {
            return;
        };
        let mut list = picked.get_untracked();
        list.retain(|slug| *slug != found.slug);
        if input.checked() {
            if list.len() < MAX_COMPARE {
                list.push(found.slug);
            } else {
                input.set_checked(false);
            }
        }
        set_picked.set(list);
    };

    view! {
        <PageHeading text="Explore groups" />
        <p class="lead">
            "Peer support groups differ in how they work and who they are for. Filter the list, or search for a name, a drug or an idea."
        </p>
        <form class="filters" role="search" aria-label="Filter groups" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="filter-q">"Search groups"</label>
                <input
                    id="filter-q"
                    type="search"
                    autocomplete="off"
                    prop:value=move || filters.get().text
                    on:input:target=move |ev| set.run(("q", ev.target().value(), true))
                />
            </div>
            <div class="field-row">
                {controls()
                    .into_iter()
                    .filter_map(|control| match control.kind {
                        ControlKind::Choice { any, options } => Some(view! {
                            <Choice key=control.key label=control.label any=any options=options
                                value=Signal::derive(move || filters.get().value(control.key)) on_change=set />
                        }),
                        ControlKind::Check => None,
                    })
                    .collect_view()}
            </div>
            <fieldset class="checks">
                <legend>"Only show groups that"</legend>
                {controls()
                    .into_iter()
                    .filter(|control| control.kind == ControlKind::Check)
                    .map(|control| view! {
                        <Check key=control.key label=control.label
                            checked=Signal::derive(move || !filters.get().value(control.key).is_empty()) on_change=set />
                    })
                    .collect_view()}
            </fieldset>
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
        <ul
            class="group-list"
            on:change=on_pick
            inner_html=move || markup::group_list(&base(), &results.get(), &picked.get_untracked())
        ></ul>
        <aside class="note" aria-label="Good to know" inner_html=markup::guidance_note()></aside>
    }
}

/// A labelled drop-down for one filter, with an "any" choice first.
#[component]
fn Choice(
    /// The filter's key in the address; also names the element.
    key: &'static str,
    label: &'static str,
    /// The words for "no filter".
    any: &'static str,
    /// Each choice as (value in the address, words shown).
    options: Vec<(&'static str, &'static str)>,
    /// The chosen value; empty for "any".
    value: Signal<String>,
    on_change: Callback<(&'static str, String, bool)>,
) -> impl IntoView {
    let id = format!("filter-{key}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change:target=move |ev| on_change.run((key, ev.target().value(), false))>
                <option value="" selected=move || value.get().is_empty()>{any}</option>
                {options
                    .into_iter()
                    .map(|(option, words)| view! {
                        <option value=option selected=move || value.get() == option>{words}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled checkbox for one yes-or-no filter.
#[component]
fn Check(
    /// The filter's key in the address.
    key: &'static str,
    label: &'static str,
    checked: Signal<bool>,
    on_change: Callback<(&'static str, String, bool)>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change:target=move |ev| {
                    let value = if ev.target().checked() { "1" } else { "" };
                    on_change.run((key, value.to_string(), false));
                }
            />
            {format!(" {label}")}
        </label>
    }
}
