//! "Exit": one tap, or Shift three times, swaps the app for a neutral site (GOV.UK's "Exit this
//! page"), on the pages the person chose in Settings.

use super::app_link::{app_href, base};
use super::page_heading::focus_main_heading;
use crate::domain::privacy::{Key, ShiftPresses};
use crate::domain::routes::page_for;
use crate::i18n::t;
use crate::privacy::{exit_now, use_privacy};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The Exit button, and the one-time note about it, where the person's choice shows them.
///
/// It sits below the header, not in it, so the header stays one row on a 320 px screen, and
/// sticks to the top of the screen as the page scrolls (`.quick-exit` in layout.css).
///
/// The control is drawn once and hidden (`hidden`) where it doesn't show, rather than drawn
/// anew on each page: a view that comes and goes cost 5 KB more in the main wasm module,
/// which every page loads (`make size`).
#[component]
pub fn QuickExit() -> impl IntoView {
    let privacy = use_privacy();
    let location = use_location();
    let shows = move || {
        let page = page_for(&location.pathname.get(), &base());
        privacy.prefs.with(|prefs| prefs.exit_shows.on(&page))
    };
    let exit = move || {
        privacy
            .prefs
            .with_untracked(|prefs| exit_now(prefs.exit_address()))
    };
    let presses = StoredValue::new(ShiftPresses::default());
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        let key = if event.repeat() {
            Key::Repeat
        } else if event.key() == "Shift" {
            Key::Shift
        } else {
            Key::Other
        };
        // The event's own clock only goes forward, whatever the device's clock does.
        let at = event.time_stamp().max(0.0) as u64;
        let third = presses
            .try_update_value(|presses| presses.press(key, at))
            .unwrap_or(false);
        if third && untrack(shows) {
            exit();
        }
    });
    on_cleanup(move || handle.remove());
    let told = move || privacy.prefs.with(|prefs| prefs.exit_told);
    let dismiss = move |_| {
        privacy.told();
        // The note and its button are gone: focus goes to the page, never onto Exit itself.
        focus_main_heading();
    };
    // `display: contents`: the bar inside sticks to the top of the whole page. The link is a
    // plain `<a>`, as on the home page: an `AppLink` costs more in the main module.
    view! {
        <div class="quick-exit-area" hidden=move || !shows()>
            <div class="quick-exit">
                <button type="button" class="quick-exit-button" on:click=move |_| exit()>
                    {t("Exit")}
                    <span class="visually-hidden">{t(" this page")}</span>
                </button>
            </div>
            <div class="quick-exit-note" hidden=told>
                <div class="notice" role="note" aria-label=t("About Exit")>
                    <p>
                        {t("Exit swaps this page for another website at once, and pressing Shift 3 times does the same. It doesn't erase your browser's history or what you saved in this app. ")}
                        <a href=app_href("/settings")>{t("Choose where it shows and where it goes")}</a>
                        "."
                    </p>
                    <button type="button" class="small" on:click=dismiss>
                        {t("OK, got it")}
                    </button>
                </div>
            </div>
        </div>
    }
}
