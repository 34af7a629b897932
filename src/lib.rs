//! Peer Support Guide: the app shell, the router and the layout every page shares.

pub mod components;
pub mod domain;
pub mod favourites;
pub mod i18n;
pub mod lock;
pub mod markup;
pub mod pages;
pub mod parts;
pub mod privacy;
pub mod records;
pub mod storage;

use components::app_link::{base, page_path};
use components::layout::Layout;
use components::page_heading::focus_main_heading;
use domain::lang::{self, Lang};
use domain::routes::{lang_for, page_for, Page};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use pages::{help::Help, home::Home, not_found::NotFound};
use wasm_bindgen::JsCast;

/// The whole app: the router, the frame and the current page.
#[component]
pub fn App() -> impl IntoView {
    lock::provide_lock();
    favourites::provide_favourites();
    privacy::provide_privacy();
    records::provide_records();
    view! {
        <Router base=base()>
            <InLanguage />
        </Router>
    }
}

/// The frame and the page in the address's language (`/es/…` is Spanish). A change of
/// language draws both again, in the new language's words (see `i18n`); the address, and with
/// it the page and its query, stays the same apart from its language.
#[component]
fn InLanguage() -> impl IntoView {
    let location = use_location();
    let lang = Memo::new(move |_| lang_for(&location.pathname.get(), &base()));
    // Bumped when a language's words arrive after its page was first drawn (a Spanish address
    // reached by Back, say, with the words not fetched yet): the page is drawn again in them.
    let words_came = RwSignal::new(0_u32);
    Effect::new(move |_| {
        let lang = lang.get();
        if !i18n::loaded(lang) {
            leptos::task::spawn_local(async move {
                if i18n::load(lang).await {
                    words_came.update(|n| *n += 1);
                }
            });
        }
    });
    move || {
        words_came.track();
        i18n::set_lang(lang.get());
        view! {
            <Layout>
                <CurrentPage />
            </Layout>
        }
    }
}

/// The page for the address, drawn again only when the path changes (not the query).
///
/// The home, help and not-found pages are in the main wasm module. Every other page is
/// a lazy part (see [`parts`]): in the split build its code is a separate wasm file, fetched
/// the first time the page is shown.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let browser = use_context::<BrowserUrl>();
    let page = Memo::new(move |_| page_for(&location.pathname.get(), &base()));
    let status = parts::provide_part_status();
    // The tracker and "Your data" wait behind the lock screen while a lock is set and closed.
    // Only a change between locked and not draws the page again (setting a passphrase on
    // "Your data" leaves that page as it is).
    let lock = lock::use_lock();
    let locked = Memo::new(move |_| lock.mode.get() == lock::Mode::Locked);
    // The first page drawn keeps the focus where the browser put it; later ones move it to
    // their heading (the layout does that for pages in the main module, which draw at once).
    let first_draw = StoredValue::new(true);
    // The router shows a followed link's address once its page is drawn.
    let show_address = move || {
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
    };
    // A part that didn't load is drawn too: its message has the page's address, so Back,
    // reload and "Try again" all stay on that page.
    Effect::new({
        let show_address = show_address.clone();
        move |_| {
            if status.failed() {
                show_address();
            }
        }
    });
    let drawn = move |lazy: bool| {
        show_address();
        if lazy && !first_draw.get_value() {
            request_animation_frame(focus_main_heading);
        }
        first_draw.set_value(false);
    };
    move || {
        let page = page.get();
        let locked = matches!(page, Page::Tracker | Page::Settings) && locked.get();
        if let Some(view) = main_page_view(&page) {
            drawn(false);
            return view;
        }
        let drawn = drawn.clone();
        view! {
            <Suspense fallback=move || view! { <parts::PartFallback status /> }>
                {Suspend::new({
                    let page = page.clone();
                    let drawn = drawn.clone();
                    async move {
                        let draw = parts::page_view(page, locked).await;
                        drawn(true);
                        draw
                    }
                })}
            </Suspense>
        }
        .into_any()
    }
}

/// The pages whose code is in the main wasm module; `None` for the lazy ones.
fn main_page_view(page: &Page) -> Option<AnyView> {
    Some(match page {
        Page::Home => Home().into_any(),
        Page::Help => Help().into_any(),
        Page::NotFound => NotFound().into_any(),
        _ => return None,
    })
}

/// Replaces the static shell in `#app` with the running app, once the shell has been painted.
///
/// The shell stays on screen until then, so a person sees the crisis numbers even if the wasm
/// never loads. Waiting for one paint keeps the shell's text as the page's largest contentful
/// paint: the app draws nothing larger, so that paint does not wait for the wasm.
///
/// A first visit to an English address goes to its Spanish one (`/es/…`) if the person chose
/// Spanish before, or, with no choice made, if the browser's languages put Spanish before
/// English. A Spanish page waits for its words (the static shell, already in Spanish, stays).
pub fn mount() {
    let lang = start_lang();
    // Leptos's own executor starts with the app, so this wait uses wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        i18n::load(lang).await;
        i18n::set_lang(lang);
        request_animation_frame(|| request_animation_frame(replace_shell));
    });
}

/// The language of the first page drawn, after moving to its Spanish address if it should be.
fn start_lang() -> Lang {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let base = base();
    if lang_for(&path, &base) == Lang::Es {
        return Lang::Es;
    }
    let stored = storage::browser_storage()
        .ok()
        .and_then(|storage| storage.get_item(lang::LANGUAGE_KEY).ok().flatten());
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let lang = lang::preferred(stored.as_deref(), &browser);
    if lang == Lang::Es {
        let rest = format!(
            "{}{}",
            location.search().unwrap_or_default(),
            location.hash().unwrap_or_default()
        );
        let address = format!(
            "{}{rest}",
            components::app_link::href_in(lang, &page_path(&path))
        );
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
    lang
}

fn replace_shell() {
    let root = document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
