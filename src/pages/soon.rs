//! Routes whose pages are still being built: each says so and points to what works today.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use leptos::prelude::*;

/// A short, honest note for a page that is not ready yet.
#[component]
fn ComingSoon(
    /// The page's heading.
    heading: &'static str,
    /// One sentence on what the page will do.
    promise: &'static str,
) -> impl IntoView {
    view! {
        <PageHeading text=heading />
        <p>{promise}</p>
        <p class="note">
            "This part of the app is coming soon. If you need someone to talk to now, "
            <AppLink href="/help">"see who you can call or text"</AppLink>
            "."
        </p>
    }
}

/// `/settings`: export, import and erase, until its page lands.
#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <ComingSoon
            heading="Your data"
            promise="Save a copy of what you keep here, bring it back on another device, or erase it."
        />
    }
}

/// `/tracker`: the milestone tracker, until its page lands.
#[component]
pub fn Tracker() -> impl IntoView {
    view! {
        <ComingSoon
            heading="Track my milestones"
            promise="Count your time in recovery, celebrate milestones and log the meetings you go to, all kept on this device."
        />
    }
}
