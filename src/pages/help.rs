//! `/help`: who to call, text or chat with, right now.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use crate::domain::routes::leads;
use crate::domain::safety::{OVERDOSE, WITHDRAWAL};
use crate::i18n::t;
use crate::markup;
use crate::pages::tracker::SupportContact;
use crate::records::use_records;
use leptos::prelude::*;

/// The "Get help now" page. The person's own support contact comes from their records, whose
/// code is a lazy part of the app (`parts::support_contact`): the help lines never wait for it.
#[component]
pub fn Help() -> impl IntoView {
    view! {
        <PageHeading text=t("Get help now") />
        <p class="lead">{t(leads::HELP)}</p>
        {crate::parts::support_contact()}
        <ul class="helplines" inner_html=markup::helpline_cards()></ul>
        <section class="card" aria-labelledby="safety-heading">
            <h2 id="safety-heading">{t("Staying safe")}</h2>
            <div inner_html=markup::safety_note("help-overdose", &OVERDOSE, None, true)></div>
            <h3>{t("Stopping alcohol or benzodiazepines")}</h3>
            <p>{t(WITHDRAWAL)}</p>
        </section>
        <p class="note">
            {t("This app shares information, not medical advice. A doctor, nurse or counselor can help you plan treatment, and peer support works well alongside it.")}
            " "
            <AppLink href="/about">{t("About this app")}</AppLink>
        </p>
    }
}

/// The saved support contact, if there is one, as a card on the help page.
#[component]
pub fn MyContact() -> impl IntoView {
    let records = use_records();
    // While the records are locked, a form to open them takes the contact's place (the help
    // lines around it are never locked).
    let lock = crate::lock::use_lock();
    let locked = Memo::new(move |_| lock.mode.get() == crate::lock::Mode::Locked);
    // Unlocking here removes the form that had focus: focus goes to the page's heading, then
    // to the contact once it is read.
    let unlocked_here = StoredValue::new(false);
    Effect::watch(
        move || locked.get(),
        move |now, before, _| {
            if before == Some(&true) && !now {
                unlocked_here.set_value(true);
                request_animation_frame(crate::components::page_heading::focus_main_heading);
            }
        },
        false,
    );
    Effect::new(move |_| {
        if records.journal.with(|j| j.contact.is_some()) && unlocked_here.get_value() {
            unlocked_here.set_value(false);
            request_animation_frame(|| {
                crate::components::page_heading::focus_element("my-contact-heading")
            });
        }
    });
    view! {
        <Show when=move || locked.get()>{crate::parts::contact_unlock()}</Show>
        <Show when=move || records.journal.with(|j| j.contact.is_some())>
            <section class="card" aria-labelledby="my-contact-heading">
                <h2 id="my-contact-heading" tabindex="-1">{t("My sponsor or support person")}</h2>
                <SupportContact />
            </section>
        </Show>
    }
}
