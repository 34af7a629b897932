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

use components::app_link::base;
use components::layout::Layout;
use components::page_heading::focus_main_heading;
use domain::lang::Lang;
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
            <Layout>
                <CurrentPage />
            </Layout>
        </Router>
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
/// The page's language is its address's (`/es/…` is Spanish) for the page's whole life: in-app
/// links keep it, and the switch between languages loads the other address afresh (see
/// `components::layout`); drawing the app again in place would cost 10 KB of wasm on every
/// first load, for a switch a person makes once. The loader (`scripts/postbuild.mjs`) has
/// already moved a first visit to the Spanish address if that is the person's language, and
/// fetched a Spanish page's words.
pub fn mount() {
    let path = window().location().pathname().unwrap_or_default();
    let lang = lang_for(&path, &base());
    if lang == Lang::Es {
        i18n::take_words();
    }
    i18n::set_lang(lang);
    request_animation_frame(|| request_animation_frame(replace_shell));
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
