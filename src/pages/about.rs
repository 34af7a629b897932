//! `/about`: what the app does and never does, where its facts come from, and when they were reviewed.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use crate::domain::help::{references, CONTENT_REVIEWED};
use leptos::prelude::*;

/// The "About and privacy" page.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <PageHeading text="About and privacy" />
        <section aria-labelledby="about-what">
            <h2 id="about-what">"What does this app do?"</h2>
            <p>
                "Peer Support Guide helps people in or near recovery from drug use find a peer support group that fits them, and keep track of their milestones. Families, friends and counselors can use it too."
            </p>
        </section>
        <section aria-labelledby="about-privacy">
            <h2 id="about-privacy">"What happens to what I enter?"</h2>
            <ul>
                <li>"There is no account and no sign-in."</li>
                <li>"There is no tracking, no analytics and no advertising."</li>
                <li>
                    "What you enter is kept only in this browser, on this device. Nothing is sent anywhere."
                </li>
                <li>"After your first visit the app works without an internet connection."</li>
                <li>
                    "You can save a copy of your data, bring it back on another device, or erase it all: "
                    <AppLink href="/settings">"Your data"</AppLink>
                    "."
                </li>
            </ul>
        </section>
        <section aria-labelledby="about-advice">
            <h2 id="about-advice">"Is this medical advice?"</h2>
            <p>
                "No. This app shares information, not medical advice. A doctor, nurse or counselor can help you plan treatment. If you need someone now, "
                <AppLink href="/help">"see who you can call or text"</AppLink>
                "."
            </p>
        </section>
        <section aria-labelledby="about-sources">
            <h2 id="about-sources">"Where do the facts come from?"</h2>
            <ul>
                {references()
                    .iter()
                    .map(|reference| view! { <li><cite>{reference.title}</cite>". "{reference.detail}</li> })
                    .collect_view()}
            </ul>
            <p>
                "Content last reviewed on "
                <time datetime=CONTENT_REVIEWED.iso()>{CONTENT_REVIEWED.to_string()}</time>
                "."
            </p>
        </section>
    }
}
