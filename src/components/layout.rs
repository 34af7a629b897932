//! The frame around every page: skip link, header with crisis help, main area and footer.

use super::app_link::AppLink;
use super::page_heading::focus_main_heading;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Header, navigation, the "Get help now" link, and the footer, around the current page.
///
/// The header is one row: the mark and name, the sections (behind a "Menu" button on a phone),
/// and "Get help now", which is never folded away.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let location = use_location();
    // A new page was drawn: move focus to its heading, as a screen reader user expects, but
    // leave the first page load alone.
    Effect::watch(
        move || location.pathname.get(),
        |_, _, _| request_animation_frame(focus_main_heading),
        false,
    );
    // Choosing a section folds the menu again.
    let fold_menu = |ev: leptos::ev::MouseEvent| {
        let on_link = ev
            .target()
            .is_some_and(|target| target.has_type::<web_sys::HtmlAnchorElement>());
        if let Some(menu) = ev
            .current_target()
            .and_then(|menu| menu.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .filter(|_| on_link)
        {
            menu.set_open(false);
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
                <details class="menu" on:click=fold_menu>
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
