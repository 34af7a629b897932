//! Settings' privacy cards: where "Exit" shows and where it goes, and discreet mode.

use crate::components::page_heading::focus_element;
use crate::components::{form_value, submitted};
use crate::domain::privacy::{
    check_exit_address, ExitShows, PrivacyPrefs, DEFAULT_EXIT_ADDRESS, MAX_EXIT_ADDRESS_CHARS,
};
use crate::i18n::{t, tf};
use crate::privacy::use_privacy;
use leptos::prelude::*;

/// What each place Exit can show is called here, and what saving it says.
fn shows_words(shows: ExitShows) -> (&'static str, &'static str) {
    match shows {
        ExitShows::TrackerAndHelp => (
            t("On the tracker and help pages"),
            t("Saved. Exit now shows on the tracker and help pages."),
        ),
        ExitShows::EveryPage => (
            t("On every page"),
            t("Saved. Exit now shows on every page."),
        ),
        ExitShows::Nowhere => (t("Nowhere"), t("Saved. Exit won't show on any page.")),
    }
}

/// A message area: what `text` holds, in a paragraph of `class`.
fn message(text: RwSignal<Option<String>>, class: &'static str) -> impl IntoView {
    move || text.get().map(|text| view! { <p class=class>{text}</p> })
}

/// The quick exit's and discreet mode's settings. A choice is saved as soon as it is made (the
/// address when its form is sent), with a sentence saying what changed or why nothing did.
#[component]
pub fn PrivacySettings() -> impl IntoView {
    let privacy = use_privacy();
    let prefs = privacy.prefs;
    // Each card's messages show beside the controls they answer.
    let exit_status = RwSignal::new(None::<String>);
    let address_problem = RwSignal::new(None::<String>);
    let discreet_status = RwSignal::new(None::<String>);

    // Saves a change and says `done`, or why it wasn't saved.
    let save = move |status: RwSignal<Option<String>>,
                     change: &mut dyn FnMut(&mut PrivacyPrefs),
                     done: &str| {
        let said = match privacy.change(change) {
            Ok(()) => done.to_string(),
            Err(error) => error.to_string(),
        };
        status.set(Some(said));
    };

    let save_address = move |ev: leptos::ev::SubmitEvent| {
        let Some(form) = submitted(&ev) else {
            return;
        };
        match check_exit_address(&form_value(&form, "exit-to")) {
            Ok(address) => {
                address_problem.set(None);
                let done = tf(
                    "Saved. Exit now goes to {address}.",
                    &[(
                        "address",
                        address.as_deref().unwrap_or(DEFAULT_EXIT_ADDRESS),
                    )],
                );
                save(exit_status, &mut |p| p.exit_to = address.clone(), &done);
                focus_element("exit-status");
            }
            Err(problem) => {
                exit_status.set(None);
                address_problem.set(Some(t(problem.sentence()).to_string()));
                focus_element("exit-to");
            }
        }
    };

    view! {
        <section class="card privacy" aria-labelledby="quick-exit-heading">
            <h2 id="quick-exit-heading">{t("Quick exit")}</h2>
            <p>
                {t("Exit swaps this page for another website straight away, and Back won't bring it back. Pressing the Shift key 3 times does the same. Exit doesn't clear your browser's history, so pages of this app you opened before may still be there, and it doesn't erase anything saved in this app.")}
            </p>
            <fieldset class="stack">
                <legend>{t("Where should the Exit button show?")}</legend>
                {ExitShows::ALL
                    .into_iter()
                    .map(|shows| {
                        let (label, done) = shows_words(shows);
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="exit-shows"
                                    value=shows.key()
                                    prop:checked=move || prefs.with(|p| p.exit_shows == shows)
                                    on:change=move |_| {
                                        address_problem.set(None);
                                        save(exit_status, &mut |p| p.exit_shows = shows, done);
                                    }
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <form class="stack" novalidate on:submit=save_address>
                <label for="exit-to">{t("Where Exit takes you")}</label>
                <p class="hint" id="exit-to-hint">
                    {t("A website address that starts with https://. Leave it empty for the BBC weather page.")}
                </p>
                <input
                    type="url"
                    id="exit-to"
                    name="exit-to"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=DEFAULT_EXIT_ADDRESS
                    maxlength=MAX_EXIT_ADDRESS_CHARS
                    prop:value=prefs.with_untracked(|p| p.exit_to.clone().unwrap_or_default())
                    aria-invalid=move || address_problem.with(Option::is_some).then_some("true")
                    aria-describedby="exit-to-hint exit-to-problem"
                />
                <div id="exit-to-problem" role="alert">
                    {message(address_problem, "problem")}
                </div>
                <button type="submit">{t("Save this address")}</button>
            </form>
            <div id="exit-status" role="status" tabindex="-1">
                {message(exit_status, "status")}
            </div>
        </section>
        <section class="card privacy" aria-labelledby="discreet-heading">
            <h2 id="discreet-heading">{t("Discreet mode")}</h2>
            <p>
                {t("For when someone else might see your screen. Every tab is called \"Notes\", the home page shows no count or milestone, and files you save get plain names, like notes-2026-01-31.json.")}
            </p>
            <label class="choice">
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=move || prefs.with(|p| p.discreet)
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        let done = if on {
                            t("Discreet mode is on. Tabs now say \"Notes\".")
                        } else {
                            t("Discreet mode is off.")
                        };
                        save(discreet_status, &mut |p| p.discreet = on, done);
                    }
                />
                {t("Use discreet mode")}
            </label>
            <p class="hint">
                {t("If you added this app to your home screen, its name and icon there stay as they are: the app can't change them. To hide it, remove it from your home screen and open it in your browser instead.")}
            </p>
            <div role="status">{message(discreet_status, "status")}</div>
        </section>
    }
}
