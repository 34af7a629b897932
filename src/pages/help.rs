//! `/help`: who to call, text or chat with, right now.

use crate::components::app_link::AppLink;
use crate::components::external_link::ExternalLink;
use crate::components::page_heading::PageHeading;
use crate::components::source_note::SourceNote;
use crate::domain::help::{helplines, Contact, ContactKind, Helpline};
use leptos::prelude::*;

/// The "Get help now" page.
#[component]
pub fn Help() -> impl IntoView {
    view! {
        <PageHeading text="Get help now" />
        <p class="lead">"You don't have to go through this alone. These services are free and private."</p>
        <ul class="helplines">
            {helplines().iter().map(|line| view! { <HelplineCard line=*line /> }).collect_view()}
        </ul>
        <p class="note">
            "This app shares information, not medical advice. A doctor, nurse or counselor can help you plan treatment, and peer support works well alongside it. "
            <AppLink href="/about">"About this app"</AppLink>
        </p>
    }
}

/// One help line: what it is for, how to reach it, and where we checked it.
#[component]
fn HelplineCard(line: Helpline) -> impl IntoView {
    view! {
        <li class="card helpline" id=line.id>
            <h2>{line.name}</h2>
            <p>{line.summary}</p>
            {line.note.map(|note| view! { <p class="helpline-note">{note}</p> })}
            <ul class="contact-list">
                {line
                    .contacts
                    .iter()
                    .map(|contact| view! { <li>{contact_link(*contact)}</li> })
                    .collect_view()}
            </ul>
            <p class="source">
                <SourceNote source=line.source />
            </p>
        </li>
    }
}

fn contact_link(contact: Contact) -> AnyView {
    match contact.kind {
        ContactKind::Call | ContactKind::Text => view! {
            <a class="button contact" href=contact.href>
                {contact.label}
            </a>
        }
        .into_any(),
        ContactKind::Website => view! {
            <ExternalLink href=contact.href>{contact.label}</ExternalLink>
        }
        .into_any(),
    }
}
