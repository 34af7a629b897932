//! `/`: what the app is for, and the three ways in.

use crate::components::app_link::base;
use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use crate::domain::routes::leads;
use crate::favourites::use_favourites;
use crate::markup;
use leptos::prelude::*;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let favourites = use_favourites();
    view! {
        <PageHeading text="Peer Support Guide" />
        <p class="lead">{leads::HOME}</p>
        <ul class="ways-in">
            <li>
                <AppLink href="/groups">
                    <span class="way-title">"Explore groups"</span>
                    <span class="way-text">"See how NA, SMART Recovery, LifeRing and other groups differ."</span>
                </AppLink>
            </li>
            <li>
                <AppLink href="/choose">
                    <span class="way-title">"Help me choose"</span>
                    <span class="way-text">"Answer a few questions and see which groups may fit, and why."</span>
                </AppLink>
            </li>
            <li>
                <AppLink href="/tracker">
                    <span class="way-title">"Track my milestones"</span>
                    <span class="way-text">"Count your time in recovery and log the meetings you go to."</span>
                </AppLink>
            </li>
        </ul>
        <div inner_html=move || markup::saved_groups(&base(), &favourites.slugs.get())></div>
    }
}
