//! The main heading of a page, which also names the browser tab and takes focus on navigation.

use leptos::prelude::*;

/// The id of every page's `<h1>`, so navigation and the skip link can move focus to it.
pub const MAIN_HEADING_ID: &str = "main-heading";

const APP_NAME: &str = "Peer Support Guide";

/// The page's one `<h1>`. It sets the document title to match, or to "Notes" in discreet mode.
#[component]
pub fn PageHeading(
    /// The heading text, a question or an action where that reads naturally.
    #[prop(into)]
    text: String,
    /// The tab shows just the app's name (the home page) instead of "heading · name".
    #[prop(optional)]
    app_title: bool,
) -> impl IntoView {
    let title = if app_title {
        APP_NAME.to_string()
    } else {
        format!("{text} · {APP_NAME}")
    };
    let privacy = crate::privacy::use_privacy();
    Effect::new(move |_| {
        privacy.prefs.with(|prefs| {
            // Discreet mode names the tab "Notes" in the page's language.
            let shown = if prefs.discreet {
                crate::i18n::t(crate::domain::privacy::DISCREET_TITLE)
            } else {
                prefs.title(&title)
            };
            document().set_title(shown)
        })
    });
    view! {
        <h1 id=MAIN_HEADING_ID tabindex="-1">
            {text}
        </h1>
    }
}

/// Moves keyboard and screen-reader focus to the page's main heading, if there is one.
pub fn focus_main_heading() {
    focus_element(MAIN_HEADING_ID);
}

/// Moves keyboard and screen-reader focus to the element with this id, if there is one.
/// The element needs `tabindex="-1"` unless it is focusable anyway.
pub fn focus_element(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
        }
    }
}

/// Selects the text in the field with this id and copies it with the browser's copy command.
/// Whether the browser copied it; where it didn't, the text stays selected to copy by hand.
pub fn select_and_copy(id: &str) -> bool {
    let Some(field) = document()
        .get_element_by_id(id)
        .and_then(|field| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(field).ok())
    else {
        return false;
    };
    field.select();
    // Some phones select nothing in a read-only field with `select()` alone.
    let _ = field.set_selection_range(0, u32::MAX);
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDocument>(document())
        .ok()
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false)
}
