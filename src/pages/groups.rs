//! `/groups`: every group, with filters and search kept in the address so links and Back work.

use crate::components::app_link::{app_href, base, AppLink};
use crate::components::event_target;
use crate::components::page_heading::PageHeading;
use crate::domain::catalog::{group, groups};
use crate::domain::routes::leads;
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
    // One listener for every control in the form: its name is the filter's key.
    let on_control = move |ev: leptos::ev::Event| {
        let Some(target) = ev.target() else { return };
        let typing = ev.type_() == "input";
        if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            match (input.type_().as_str(), typing) {
                ("search", true) => {
                    show.run((filters.get_untracked().with("q", &input.value()), true))
                }
                ("checkbox", false) => {
                    let value = if input.checked() { "1" } else { "" };
                    show.run((filters.get_untracked().with(&input.name(), value), false));
                }
                _ => {}
            }
        } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
            if !typing {
                show.run((
                    filters
                        .get_untracked()
                        .with(&select.name(), &select.value()),
                    false,
                ));
            }
        }
    };
    // Back, Forward or a link changed the filters: show them in the form.
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        let current = filters.get();
        if let Some(form) = form.get() {
            sync_form(&form, &current);
        }
    });
    let reset = move |_| show.run((Filters::default(), false));

    let (picked, set_picked) = signal(Vec::<&'static str>::new());
    // One listener for every card's "Compare" box.
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = event_target::<web_sys::HtmlInputElement>(&ev) else {
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
        <p class="lead">{leads::GROUPS}</p>
        <form
            class="filters"
            role="search"
            aria-label="Filter groups"
            node_ref=form
            on:submit=|ev| ev.prevent_default()
            on:input=on_control
            on:change=on_control
        >
            <div inner_html=markup::filter_form(&filters.get_untracked())></div>
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

/// Sets every control in the filter form to match `filters`, leaving alone any that already do,
/// so the caret in the search box stays where the person is typing.
fn sync_form(form: &web_sys::HtmlFormElement, filters: &Filters) {
    let element = |key: &str| {
        form.query_selector(&format!("#filter-{key}"))
            .ok()
            .flatten()
    };
    if let Some(search) = element("q").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        if search.value() != filters.text {
            search.set_value(&filters.text);
        }
    }
    for control in controls() {
        let value = filters.value(control.key);
        let Some(found) = element(control.key) else {
            continue;
        };
        match control.kind {
            ControlKind::Choice { .. } => {
                if let Ok(select) = found.dyn_into::<web_sys::HtmlSelectElement>() {
                    if select.value() != value {
                        select.set_value(&value);
                    }
                }
            }
            ControlKind::Check => {
                if let Ok(check) = found.dyn_into::<web_sys::HtmlInputElement>() {
                    check.set_checked(!value.is_empty());
                }
            }
        }
    }
}
