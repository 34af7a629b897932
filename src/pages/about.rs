//! `/about`: what the app does and never does, where its facts come from, and when they were reviewed.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use crate::domain::help::{references, CONTENT_REVIEWED};
use crate::i18n::t;
use leptos::prelude::*;

/// The "About and privacy" page.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <PageHeading text=t("About and privacy") />
        <section aria-labelledby="about-what">
            <h2 id="about-what">{t("What does this app do?")}</h2>
            <p>
                {t("Peer Support Guide helps people in or near recovery from drug use find a peer support group that fits them, and keep track of their milestones. Families, friends and counselors can use it too.")}
            </p>
        </section>
        <section aria-labelledby="about-privacy">
            <h2 id="about-privacy">{t("What happens to what I enter?")}</h2>
            <ul>
                <li>{t("There is no account and no sign-in.")}</li>
                <li>{t("There is no tracking, no analytics and no advertising.")}</li>
                <li>
                    {t("What you enter is kept only in this browser, on this device. Nothing is sent anywhere.")}
                </li>
                <li>{t("After your first visit the app works without an internet connection.")}</li>
                <li>
                    {t("You can save a copy of your data, bring it back on another device, or erase it all: ")}
                    <AppLink href="/settings">{t("Your data")}</AppLink>
                    "."
                </li>
            </ul>
        </section>
        <section aria-labelledby="about-advice">
            <h2 id="about-advice">{t("Is this medical advice?")}</h2>
            <p>
                {t("No. This app shares information, not medical advice. A doctor, nurse or counselor can help you plan treatment. If you need someone now, ")}
                <AppLink href="/help">{t("see who you can call or text")}</AppLink>
                "."
            </p>
        </section>
        <section aria-labelledby="about-sources">
            <h2 id="about-sources">{t("Where do the facts come from?")}</h2>
            <ul>
                {references()
                    .iter()
                    .map(|reference| view! { <li><cite>{t(reference.title)}</cite>". "{t(reference.detail)}</li> })
                    .collect_view()}
            </ul>
            <p>
                {t("Content last reviewed on ")}
                <time datetime=CONTENT_REVIEWED.iso()>{crate::i18n::date(CONTENT_REVIEWED)}</time>
                "."
            </p>
        </section>
    }
}
