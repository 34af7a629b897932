//! Peer Support Guide: the app shell, the router and the layout every page shares.

pub mod components;
pub mod domain;
pub mod favourites;
pub mod markup;
pub mod pages;
pub mod storage;

use components::app_link::base;
use components::layout::Layout;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{
    about::About, choose::Choose, compare::Compare, group::GroupPage, groups::Groups, help::Help,
    home::Home, not_found::NotFound, soon,
};
use wasm_bindgen::JsCast;

/// The whole app: the router and every route.
#[component]
pub fn App() -> impl IntoView {
    favourites::provide_favourites();
    view! {
        <Router base=base()>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/groups") view=Groups />
                    <Route path=path!("/groups/:slug") view=GroupPage />
                    <Route path=path!("/compare") view=Compare />
                    <Route path=path!("/choose") view=Choose />
                    <Route path=path!("/tracker") view=soon::Tracker />
                    <Route path=path!("/help") view=Help />
                    <Route path=path!("/about") view=About />
                </Routes>
            </Layout>
        </Router>
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
