//! A plain list of sentences from the data, such as a group's benefits or the advice on choosing.

use crate::i18n::t;
use leptos::prelude::*;

/// The sentences as a bulleted list, in their order and in the page's language.
#[component]
pub fn TextList(
    /// Says what the sentences are (`benefits`, `guidance`), for styles and tests.
    class: &'static str,
    /// The sentences.
    items: &'static [&'static str],
) -> impl IntoView {
    view! { <ul class=class>{items.iter().copied().map(|item| view! { <li>{t(item)}</li> }).collect_view()}</ul> }
}
