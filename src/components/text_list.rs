//! A plain list of sentences from the data, such as a group's benefits or the advice on choosing.

use leptos::prelude::*;

/// The sentences as a bulleted list, in their order.
#[component]
pub fn TextList(
    /// Says what the sentences are (`benefits`, `guidance`), for styles and tests.
    class: &'static str,
    /// The sentences.
    items: &'static [&'static str],
) -> impl IntoView {
    view! { <ul class=class>{items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul> }
}
