//! `/groups/<slug>`: everything about one group, with a source and "checked" date for each fact.

use crate::components::app_link::{app_href, AppLink};
use crate::components::external_link::ExternalLink;
use crate::components::fact::{FactValue, MoudDetail};
use crate::components::page_heading::{focus_element, PageHeading};
use crate::components::page_view::drawn_once;
use crate::components::source_note::SourceNote;
use crate::components::text_list::TextList;
use crate::domain::catalog::{group, groups, guidance, Fact, Group};
use crate::domain::favourites::compare_path;
use crate::favourites::use_favourites;
use crate::i18n::{t, tf};
use leptos::either::Either;
use leptos::prelude::*;

/// One group's page, or a friendly message if the address names no group.
#[component]
pub fn GroupPage(
    /// The slug from the address, which may name no group.
    slug: String,
) -> impl IntoView {
    match group(&slug) {
        Some(found) => Either::Left(view! { <GroupDetail group=found /> }),
        None => Either::Right(view! {
            <PageHeading text=t("We couldn't find that group") />
            <p>{t("The link may be old.")}" "<AppLink href="/groups">{t("See all groups")}</AppLink>"."</p>
        }),
    }
}

/// A group's page: its facts, saving it, comparing it and where each fact comes from.
#[component]
fn GroupDetail(
    /// The group the address names.
    group: &'static Group,
) -> impl IntoView {
    let favourites = use_favourites();
    let saved = move || favourites.slugs.get().contains(&group.slug);
    let others = || groups().iter().filter(|other| other.slug != group.slug);
    let (compare_with, set_compare_with) =
        signal(others().next().map(|other| other.slug).unwrap_or_default());
    let name = t(group.name);
    let heading = if name.contains(group.short_name) {
        name.to_string()
    } else {
        format!("{name} ({})", group.short_name)
    };

    drawn_once(move || {
        view! {
            <PageHeading text=heading.clone() />
            <p class="lead">{t(group.summary)}</p>
            <div class="actions">
                <ExternalLink
                    href=group.links.meetings.unwrap_or(group.links.site)
                    text=t("Find a meeting")
                    primary=true
                />
                <button
                    type="button"
                    aria-pressed=move || saved().to_string()
                    on:click=move |_| favourites.toggle(group.slug)
                >
                    {move || if saved() { t("Saved to my list") } else { t("Save to my list") }}
                </button>
                {move || favourites.problem.get().map(|problem| view! { <p class="problem" role="alert">{problem}</p> })}
            </div>
            <GroupBody group />
            <h2>{t("Compare with another group")}</h2>
            <div class="compare-with">
                <label for="compare-with">{tf("Compare {name} with", &[("name", group.short_name)])}</label>
                <select
                    id="compare-with"
                    on:change:target=move |ev| {
                        if let Some(other) = crate::domain::catalog::group(&ev.target().value()) {
                            set_compare_with.set(other.slug);
                        }
                    }
                >
                    {others()
                        .map(|other| view! { <option value=other.slug>{t(other.name)}</option> })
                        .collect_view()}
                </select>
                <a href=move || app_href(&compare_path(&[group.slug, compare_with.get()]))>
                    {t("Compare")}
                </a>
            </div>
            <GroupSources group />
            <aside class="note" aria-label=t("Good to know")>
                <TextList class="guidance" items=guidance() />
                <p>{t("This is information, not medical advice.")}" "<AppLink href="/help">{t("Get help now")}</AppLink></p>
            </aside>
        }
    })
}

/// A group's page from its description to where to find a meeting.
#[component]
fn GroupBody(
    /// The group to describe.
    group: &'static Group,
) -> impl IntoView {
    let facts = Fact::ALL
        .into_iter()
        .filter(|fact| *fact != Fact::Site)
        .map(|fact| {
            let value = if fact == Fact::Moud {
                Either::Left(view! { <MoudDetail group /> })
            } else {
                Either::Right(view! { <FactValue group fact /> })
            };
            let marks = group
                .footnotes(fact)
                .into_iter()
                .map(|number| {
                    // The router scrolls to the source; focus goes there too, so the next Tab
                    // and a screen reader carry on from it.
                    let focus_source = move |_| {
                        request_animation_frame(move || focus_element(&format!("source-{number}")))
                    };
                    view! {
                        " "
                        <a
                            class="footnote"
                            href=app_href(&format!("{}#source-{number}", group.path()))
                            on:click=focus_source
                        >
                            <span class="visually-hidden">{t("Source")}" "</span>
                            {format!("[{number}]")}
                        </a>
                    }
                })
                .collect_view();
            view! {
                <div>
                    <dt>{t(fact.label())}</dt>
                    <dd>{value} {marks}</dd>
                </div>
            }
        })
        .collect_view();
    let meetings = match group.links.meetings {
        Some(finder) => Either::Left(view! {
            <ExternalLink href=finder text=tf("{name} meeting finder", &[("name", group.short_name)]) />
        }),
        None => Either::Right(t("The official site lists its meetings.")),
    };
    view! {
        {group.description.iter().copied().map(|paragraph| view! { <p>{t(paragraph)}</p> }).collect_view()}
        <h2>{t("At a glance")}</h2>
        <dl class="facts wide">{facts}</dl>
        <h2>{t(group.program.name)}</h2>
        <TextList class="points" items=group.program.points />
        <h2>{t("What people like")}</h2>
        <TextList class="benefits" items=group.benefits />
        <h2>{t("What to keep in mind")}</h2>
        <TextList class="limitations" items=group.limitations />
        <h2>{t("What does research say?")}</h2>
        <ul class="evidence">
            {group
                .evidence
                .iter()
                .map(|evidence| view! { <li>{t(evidence.finding)}" "<cite>{t(evidence.citation)}</cite></li> })
                .collect_view()}
        </ul>
        <h2 id="find-a-meeting">{t("Find a meeting")}</h2>
        <ul class="links">
            <li>
                <ExternalLink href=group.links.site text=tf("{name} official site", &[("name", group.short_name)]) />
            </li>
            <li>{meetings}</li>
        </ul>
    }
}

/// The entry's sources, each once and numbered as the facts' footnote marks name them, with
/// the date each was checked.
#[component]
fn GroupSources(
    /// The group whose sources to list.
    group: &'static Group,
) -> impl IntoView {
    let sources = group
        .source_list()
        .into_iter()
        .enumerate()
        .map(|(at, source)| {
            view! {
                <li id=format!("source-{}", at + 1) tabindex="-1">
                    <SourceNote source />
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t("Sources")}</h2>
        <ol class="sources">{sources}</ol>
    }
}
