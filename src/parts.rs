//! The lazy parts of the app: the code of every page that is not in the main wasm module (all
//! but home, help and the not-found page), and of the records for the support contact on the
//! help page and the reload after another tab changed them. Pages a person tends to visit
//! together share a part (the group list and the comparison; a group's page and About),
//! because every combination of parts that shares code costs a file of its own.
//!
//! Built with the `split` feature (`scripts/split-build.mjs` does, through Trunk), each
//! function is a Leptos `#[lazy]` split point: its code, and the code only it uses, goes into
//! its own wasm file, fetched the first time the page is shown. Without the feature (native
//! tests, the wasm-bindgen tests, clippy) they are plain async functions in one module.
//!
//! A part that fails to load (the network went away mid-visit) must not end the app: a panic
//! aborts the whole wasm module. The split build's loader (`__wasm_split.js`, adjusted by
//! `scripts/split-build.mjs`) does not report the failure to the wasm. It fires
//! [`FAILED_EVENT`] and waits for [`RETRY_EVENT`], then fetches again, so the page's future
//! stays pending until the part loads, and [`PartFallback`] shows a sentence and a button.

use crate::domain::routes::Page;
use crate::pages;
use crate::records::Records;
#[cfg(feature = "split")]
use leptos::prelude::lazy;
use leptos::prelude::*;

/// Fired on `window` by the split loader when a part's file could not be fetched or started.
pub const FAILED_EVENT: &str = "psg-part-failed";
/// Fired on `window` by the "Try again" button: the split loader fetches the failed parts again.
pub const RETRY_EVENT: &str = "psg-part-retry";

/// Whether a part failed to load and is waiting for the person to try again.
#[derive(Clone, Copy)]
pub struct PartStatus {
    failed: RwSignal<bool>,
}

impl PartStatus {
    /// Whether a part failed to load and waits for "Try again" (tracked).
    pub fn failed(&self) -> bool {
        self.failed.get()
    }

    /// Asks the loader to fetch the failed parts again.
    ///
    /// Only this ends a failure: a part that failed waits for it even when the person went to
    /// another page meanwhile (the page's future may still be waiting on it), so the failure is
    /// not forgotten on navigation.
    pub fn retry(&self) {
        self.failed.set(false);
        if let Ok(event) = web_sys::Event::new(RETRY_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    }
}

/// Listens for the loader's failures, for as long as the current owner lives.
pub fn provide_part_status() -> PartStatus {
    let failed = RwSignal::new(false);
    let handle = window_event_listener_untyped(FAILED_EVENT, move |_| failed.set(true));
    on_cleanup(move || handle.remove());
    PartStatus { failed }
}

/// What shows while a page's part loads: nothing, or after a failure, a sentence and a retry.
#[component]
pub fn PartFallback(status: PartStatus) -> impl IntoView {
    move || {
        status.failed.get().then(|| {
            view! {
                <div class="card part-failed" role="alert">
                    <p>{crate::i18n::t("This part of the app didn't load. Check your connection, then try again.")}</p>
                    <button type="button" on:click=move |_| status.retry()>
                        {crate::i18n::t("Try again")}
                    </button>
                </div>
            }
        })
    }
}

/// The person's support contact on the help page, once the records' part is loaded. Nothing
/// shows while it loads, and the help lines around it never wait.
pub fn support_contact() -> impl IntoView {
    records_view(Some(|part| part.support_contact))
}

/// The main counter on the home page, once the records' part is loaded: only for a person who
/// has records on this device, so nobody else fetches the part, and the home page is drawn
/// before it (the first load of `/` stays the main module's).
pub fn main_counter() -> impl IntoView {
    let has_records = crate::storage::read(crate::storage::StorageKey::Journal)
        .ok()
        .flatten()
        .is_some();
    has_records.then(|| records_view(Some(|part| part.main_counter)))
}

/// Which of the records' part's views to draw.
type PickView = fn(&RecordsPart) -> fn() -> AnyView;

/// A view from the records' part (or, with `None`, the lock's form for the support contact),
/// drawn once the part is loaded; nothing while it loads. One function for every such view, so
/// its code is in the main module once.
fn records_view(pick: Option<PickView>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match pick {
                    Some(pick) => pick(&records_part().await)(),
                    None => (lock_part().await.contact)(),
                }
            })}
        </Suspense>
    }
}

/// The help page's form to unlock the support contact, once the lock's part is loaded.
pub fn contact_unlock() -> impl IntoView {
    records_view(None)
}

/// Reads the stored records again after another tab changed them. Only pages whose part is
/// loaded have read the records, so this part is loaded by then.
pub async fn reload_records(records: Records) {
    (records_part().await.reload)(records);
}

/// A page that is not in the main module, once its part is loaded: a function that draws it.
///
/// The part's function only hands back the page's constructor; the page is drawn when the
/// returned closure runs, as `<Suspense>` mounts it. So the page's effects (which fill in parts
/// of the page by id) run once the page is in the document, as they do for the other pages.
///
/// With `locked`, the page is the lock screen (for the pages behind the lock).
pub async fn page_view(page: Page, locked: bool) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let (draw, slug): (fn(String) -> AnyView, String) = match page {
        _ if locked => (lock_part().await.screen, String::new()),
        Page::Groups => (groups_page().await.groups, String::new()),
        Page::Group(slug) => (group_page().await.group, slug),
        Page::Compare => (groups_page().await.compare, String::new()),
        Page::Choose => (choose_page().await, String::new()),
        Page::Tracker => (tracker_page().await, String::new()),
        Page::Settings => (settings_page().await.page, String::new()),
        Page::About => (group_page().await.about, String::new()),
        Page::Home | Page::Help | Page::NotFound => (not_found, String::new()),
    };
    move || untrack(|| draw(slug.clone()))
}

fn not_found(_: String) -> AnyView {
    pages::not_found::NotFound().into_any()
}

// Each returns the page's constructor, which takes the group's slug (only `/groups/<slug>`
// needs one). The constructor's code is in the part.

/// The group list and the comparison, which starts from it.
struct ListPages {
    groups: fn(String) -> AnyView,
    compare: fn(String) -> AnyView,
}

#[cfg_attr(feature = "split", lazy)]
async fn groups_page() -> ListPages {
    ListPages {
        groups: |_| pages::groups::Groups().into_any(),
        compare: |_| pages::compare::Compare().into_any(),
    }
}

/// One group's page and About, which lists the catalog's sources.
struct SourcedPages {
    group: fn(String) -> AnyView,
    about: fn(String) -> AnyView,
}

#[cfg_attr(feature = "split", lazy)]
async fn group_page() -> SourcedPages {
    SourcedPages {
        group: |slug| view! { <pages::group::GroupPage slug /> }.into_any(),
        about: |_| pages::about::About().into_any(),
    }
}

#[cfg_attr(feature = "split", lazy)]
async fn choose_page() -> fn(String) -> AnyView {
    let draw: fn(String) -> AnyView = |_| pages::choose::Choose().into_any();
    draw
}

#[cfg_attr(feature = "split", lazy)]
async fn tracker_page() -> fn(String) -> AnyView {
    let draw: fn(String) -> AnyView = |_| pages::tracker::Tracker().into_any();
    draw
}

/// "Your data", with the passphrase lock: its card there, the lock screen, the help page's form
/// to unlock the support contact, and the lock's work (WebCrypto, the envelope). One part, so
/// the lock's code shares no chunk of its own with every other page's.
struct SettingsPart {
    page: fn(String) -> AnyView,
    screen: fn(String) -> AnyView,
    contact: fn() -> AnyView,
    run: fn(crate::lock::Job) -> crate::lock::JobFuture,
}

#[cfg_attr(feature = "split", lazy)]
async fn settings_page() -> SettingsPart {
    SettingsPart {
        page: |_| pages::settings::Settings().into_any(),
        screen: |_| pages::lock::LockScreen().into_any(),
        contact: || pages::lock::ContactUnlock().into_any(),
        run: crate::lock::run_job,
    }
}

async fn lock_part() -> SettingsPart {
    settings_page().await
}

/// Does the lock's work, once its part is loaded (see [`crate::lock::job`]).
pub async fn lock_job(job: crate::lock::Job) -> Result<String, crate::lock::LockError> {
    (lock_part().await.run)(job).await
}

/// What the help page and the records' reload need from the records' code, outside the
/// tracker's and "Your data"'s own parts.
struct RecordsPart {
    support_contact: fn() -> AnyView,
    main_counter: fn() -> AnyView,
    reload: fn(Records),
}

#[cfg_attr(feature = "split", lazy)]
async fn records_part() -> RecordsPart {
    RecordsPart {
        support_contact: || pages::help::MyContact().into_any(),
        main_counter: || pages::home::MainCounter().into_any(),
        reload: |records| records.reload(),
    }
}
