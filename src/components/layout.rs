//! The frame around every page: skip link, header with crisis help, main area and footer.

use super::app_link::AppLink;
use super::page_heading::focus_main_heading;
use super::quick_exit::QuickExit;
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
    Effect::watch(
        move || location.pathname.get(),
        move |_, _, _| {
            fold();
            request_animation_frame(focus_main_heading);
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
            "Skip to main content"
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
                        <span class="menu-label">"Menu"</span>
                    </summary>
                    <nav aria-label="Main" class="main-nav">
                        <ul>
                            <li>
                                <AppLink href="/groups">"Groups"</AppLink>
                            </li>
                            <li>
                                <AppLink href="/choose">"Help me choose"</AppLink>
                            </li>
                            <li>
                                <AppLink href="/tracker">"Milestones"</AppLink>
                            </li>
                            <li>
                                <AppLink href="/about">"About"</AppLink>
                            </li>
                        </ul>
                    </nav>
                </details>
                <AppLink href="/help" attr:class="crisis-link">
                    "Get help now"
                </AppLink>
            </div>
        </header>
        <QuickExit />
        <main id="main">{children()}</main>
        <footer class="site-footer">
            <div>
                <p>
                    "Peer Support Guide shares information, not medical advice. "
                    <AppLink href="/about">"About and privacy"</AppLink>
                    " · "
                    <AppLink href="/settings">"Your data"</AppLink>
                </p>
            </div>
        </footer>
    }
}
