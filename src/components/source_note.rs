//! "Source: …, checked November 2026", with a plain warning when a fact is uncertain.

use crate::domain::sources::Source;
use crate::markup;
use leptos::prelude::*;

/// Where a fact comes from and when it was checked. Uncertain facts say so in words.
#[component]
pub fn SourceNote(source: Source) -> impl IntoView {
    view! { <span inner_html=markup::source_note(&source)></span> }
}
