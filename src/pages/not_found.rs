//! Any path the app does not know.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use leptos::prelude::*;

/// Shown for an unknown address, with a way back and a way to help.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageHeading text="We couldn't find that page" />
        <p>"The link may be old, or the address may have a typo."</p>
        <p>
            <AppLink href="/">"Go to the home page"</AppLink>
            " or "
            <AppLink href="/help">"get help now"</AppLink>
            "."
        </p>
    }
}
