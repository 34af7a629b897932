//! Where a fact comes from and when it was checked, with a warning in words when it is uncertain.

use crate::components::external_link::ExternalLink;
use crate::domain::sources::{Confidence, Source};
use leptos::either::Either;
use leptos::prelude::*;

/// "Source: …, checked November 2026.", the source's name a link where it is online.
#[component]
pub fn SourceNote(
    /// The source to name.
    source: &'static Source,
) -> impl IntoView {
    let checked = format!(", checked {}.", source.checked);
    let name = match source.url {
        Some(url) => Either::Left(view! { <ExternalLink href=url text=source.name /> }),
        None => Either::Right(source.name),
    };
    view! {
        "Source: "
        {name}
        {checked}
        {(source.confidence == Confidence::Uncertain)
            .then(|| {
                view! {
                    " "
                    <strong class="uncertain">"Uncertain: please check the group's own site."</strong>
                }
            })}
    }
}
