//! Peer Support Guide: the app shell, the router and the layout every page shares.

pub mod components;
pub mod domain;
pub mod favourites;
pub mod markup;
pub mod pages;
pub mod records;
pub mod storage;

use components::app_link::base;
use components::layout::Layout;
use domain::routes::{page_for, Page};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use pages::{
    about::About, choose::Choose, compare::Compare, group::GroupPage, groups::Groups, help::Help,
    home::Home, not_found::NotFound, settings::Settings, tracker::Tracker,
};
use wasm_bindgen::JsCast;

/// The whole app: the router, the frame and the current page.
#[component]
pub fn App() -> impl IntoView {
    favourites::provide_favourites();
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
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let browser = use_context::<BrowserUrl>();
    let page = Memo::new(move |_| page_for(&location.pathname.get(), &base()));
    move || {
        let view = page_view(page.get());
        // The router shows a followed link's address once its page is drawn.
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
        view
    }
}

fn page_view(page: Page) -> AnyView {
    match page {
        Page::Home => Home().into_any(),
        Page::Groups => Groups().into_any(),
        Page::Group(slug) => view! { <GroupPage slug /> }.into_any(),
        Page::Compare => Compare().into_any(),
        Page::Choose => Choose().into_any(),
        Page::Tracker => Tracker().into_any(),
        Page::Settings => Settings().into_any(),
        Page::Help => Help().into_any(),
        Page::About => About().into_any(),
        Page::NotFound => NotFound().into_any(),
    }
}

/// Replaces the static shell in `#app` with the running app, once the shell has been painted.
///
/// The shell stays on screen until then, so a person sees the crisis numbers even if the wasm
/// never loads. Waiting for one paint keeps the shell's text as the page's largest contentful
/// paint: the app draws nothing larger, so that paint does not wait for the wasm.
pub fn mount() {
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
