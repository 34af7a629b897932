//! The frame around every page: skip link, header with crisis help, main area and footer.

use super::app_link::AppLink;
use super::page_heading::focus_main_heading;
use super::quick_exit::QuickExit;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Header, navigation, the "Get help now" link, and the footer, around the current page.
///
/// The header is one row: the mark and name, the sections (behind a "Menu" button on a phone),
/// and "Get help now", which is never folded away. Below it, "Exit" where the person chose.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let location = use_location();
    let menu = NodeRef::<leptos::html::Details>::new();
    let fold = move || {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    };
    // A new page was drawn (a link, Back or Forward): fold the menu, and move focus to the
    // page's heading, as a screen reader user expects, but leave the first page load alone.
    // The page's twins in each language (`hreflang` links, written into each static copy) follow
    // too.
    Effect::watch(
        move || location.pathname.get(),
        move |path, _, _| {
            fold();
            request_animation_frame(focus_main_heading);
            alternates_follow(path);
        },
        false,
    );
    // The open menu lies over the page, so it folds when a section is chosen, when focus
    // leaves it, and on Escape (which gives focus back to "Menu").
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev
            .target()
            .is_some_and(|target| target.has_type::<web_sys::HtmlAnchorElement>())
        {
            fold();
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        let Some(open) = menu.get_untracked() else {
            return;
        };
        let inside = ev
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| open.contains(Some(&node)));
        if !inside {
            fold();
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(open) = menu.get_untracked().filter(|menu| menu.open()) else {
            return;
        };
        if ev.key() == "Escape" {
            open.set_open(false);
            if let Some(summary) = open
                .first_element_child()
                .and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    };
    view! {
        <a
            class="skip-link"
            href="#main-heading"
            on:click=|ev| {
                ev.prevent_default();
                focus_main_heading();
            }
        >
            {t("Skip to main content")}
        </a>
        <header class="site-header">
            <div class="header-inner">
                <AppLink href="/" attr:class="site-name">
                    <img src="icons/mark.svg" alt="" width="32" height="32" />
                    "Peer Support Guide"
                </AppLink>
                // A native disclosure: the browser gives "Menu" its role, its open state and
                // its keyboard use, with no script. From 52rem up the links show in the row.
                <details class="menu" node_ref=menu on:click=on_click on:focusout=on_focusout on:keydown=on_keydown>
                    <summary class="menu-button">
                        <span class="menu-label">{t("Menu")}</span>
                    </summary>
                    <nav aria-label=t("Main") class="main-nav">
                        <ul>
                            <li>
                                <AppLink href="/groups">{t("Groups")}</AppLink>
                            </li>
                            <li>
                                <AppLink href="/choose">{t("Help me choose")}</AppLink>
                            </li>
                            <li>
                                <AppLink href="/tracker">{t("Milestones")}</AppLink>
                            </li>
                            <li>
                                <AppLink href="/about">{t("About")}</AppLink>
                            </li>
                        </ul>
                    </nav>
                </details>
                <AppLink href="/help" attr:class="crisis-link">
                    {t("Get help now")}
                </AppLink>
            </div>
        </header>
        <QuickExit />
        <main id="main">{children()}</main>
        <footer class="site-footer">
            <div>
                <p>
                    {t("Peer Support Guide shares information, not medical advice.")}
                    " "
                    <AppLink href="/about">{t("About and privacy")}</AppLink>
                    " · "
                    <AppLink href="/settings">{t("Your data")}</AppLink>
                    " · "
                    <LanguageSwitch />
                </p>
            </div>
        </footer>
    }
}

/// Points the `hreflang` links in the head (see `scripts/postbuild.mjs`) at the page now shown.
fn alternates_follow(path: &str) {
    use crate::domain::lang::Lang;
    let page = super::app_link::page_path(path);
    for (lang, tag) in [(Lang::En, "en"), (Lang::Es, "es"), (Lang::En, "x-default")] {
        let selector = format!("link[rel=alternate][hreflang={tag}]");
        if let Ok(Some(link)) = document().query_selector(&selector) {
            let _ = link.set_attribute("href", &super::app_link::href_in(lang, &page));
        }
    }
}

/// The link to this page in the other language, in that language's own words ("Español" on an
/// English page), with the query (a filter, a search) as it is. The choice is kept on the device,
/// for visits to an address that names no language.
///
/// The other language's page is loaded afresh (`rel="external"` keeps the router out of it): a
/// page keeps its language for its life (see `crate::mount`). What a page keeps (answers, records,
/// the query) is stored or in the address, so it is all there again.
#[component]
fn LanguageSwitch() -> impl IntoView {
    use super::app_link::{href_in, page_path};
    use crate::domain::lang::LANGUAGE_KEY;
    let location = use_location();
    let to = crate::i18n::lang().other();
    let href = move || {
        let path = page_path(&location.pathname.get());
        // The router gives the query without its "?".
        let query = location.search.get();
        let mark = if query.is_empty() { "" } else { "?" };
        format!("{}{mark}{query}", href_in(to, &path))
    };
    let remember = move |_| {
        if let Ok(storage) = crate::storage::browser_storage() {
            let _ = storage.set_item(LANGUAGE_KEY, to.code());
        }
    };
    view! {
        <a href=href rel="external" hreflang=to.code() lang=to.code() on:click=remember>
            {to.own_name()}
        </a>
    }
}
