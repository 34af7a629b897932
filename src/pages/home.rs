//! `/`: what the app is for, and the three ways in.

use crate::components::app_link::{app_href, AppLink};
use crate::components::page_heading::PageHeading;
use crate::domain::catalog::{group_path, named, GroupName};
use crate::domain::dates::span;
use crate::domain::routes::leads;
use crate::favourites::use_favourites;
use crate::i18n::t;
use leptos::prelude::*;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let privacy = crate::privacy::use_privacy();
    view! {
        <PageHeading text=t("Find a peer support group that fits you") app_title=true />
        <p class="lead">{t(leads::HOME)}</p>
        <ul class="ways-in">
            <li>
                <AppLink href="/groups">
                    <span class="way-title">{t("Explore groups")}</span>
                    <span class="way-text">{t("See how NA, SMART Recovery, LifeRing and other groups differ.")}</span>
                </AppLink>
            </li>
            <li>
                <AppLink href="/choose">
                    <span class="way-title">{t("Help me choose")}</span>
                    <span class="way-text">{t("Answer a few questions and see which groups may fit, and why.")}</span>
                </AppLink>
            </li>
            <li>
                <AppLink href="/tracker">
                    <span class="way-title">{t("Track my milestones")}</span>
                    <span class="way-text">{t("Count your time in recovery and log the meetings you go to.")}</span>
                </AppLink>
            </li>
        </ul>
        // Discreet mode shows no count or milestone here: this is the page the app opens on.
        {move || (!privacy.prefs.with(|prefs| prefs.discreet)).then(crate::parts::main_counter)}
        <SavedGroups />
    }
}

/// The main counter's count and next milestone, once a start date is set; nothing otherwise.
/// Its code is in the records' part (`parts::main_counter`), fetched only when there are
/// records on this device.
#[component]
pub fn MainCounter() -> impl IntoView {
    let journal = crate::records::use_records().journal;
    let today = crate::records::use_today();
    move || {
        let today = today.get();
        journal.with(|j| {
            let counter = j.main()?;
            let span = counter.start.and_then(|start| span(start, today))?;
            let next = counter.progress(today).and_then(|(_, next)| next);
            Some(view! {
                <section class="card home-count" aria-labelledby="home-count-heading">
                    <h2 id="home-count-heading">{crate::markup::tracker::counter_title(counter).to_string()}</h2>
                    <p class="count">
                        <strong>{crate::i18n::count_words(span.years, span.months, span.days)}</strong>
                    </p>
                    {next.map(|next| view! {
                        <p>{crate::i18n::tf("Next: {label} on {date}.", &[("label", &crate::i18n::milestone(&next.label)), ("date", &crate::i18n::date(next.on))])}</p>
                    })}
                    <AppLink href="/tracker">{t("Open my tracker")}</AppLink>
                </section>
            })
        })
    }
}

/// "My saved groups", following the saved list (another tab may change it), or nothing when
/// no group is saved.
///
/// The list is drawn again whole when it changes, not through a keyed `<For>`: its rows are
/// plain links with no state of their own, and `<For>` would add about 5 KB of list-diffing
/// code to the main module, which every page loads (`make size`). For the same reason the
/// links are plain `<a>`s: none of them can be the current page here.
#[component]
fn SavedGroups() -> impl IntoView {
    let slugs = use_favourites().slugs;
    move || {
        let saved: Vec<GroupName> =
            slugs.with(|slugs| slugs.iter().filter_map(|slug| named(slug)).collect());
        (!saved.is_empty()).then(|| {
            let links = saved
                .into_iter()
                .map(|group| {
                    view! {
                        <li>
                            <a href=app_href(&group_path(group.slug))>{t(group.name)}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="saved-heading" class="saved">
                    <h2 id="saved-heading">{t("My saved groups")}</h2>
                    <ul>{links}</ul>
                </section>
            }
        })
    }
}
