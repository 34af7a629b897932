//! The frame around every page: skip link, header with crisis help, main area and footer.

use super::app_link::AppLink;
use super::page_heading::focus_main_heading;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Header, navigation, the "Get help now" link, and the footer, around the current page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let location = use_location();
    // A new page was drawn: move focus to its heading, as a screen reader user expects,
    // but leave the first page load alone.
    Effect::watch(
        move || location.pathname.get(),
        |_, _, _| request_animation_frame(focus_main_heading),
        false,
    );
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
                    "Peer Support Guide"
                </AppLink>
                <AppLink href="/help" attr:class="crisis-link">
                    "Get help now"
                </AppLink>
            </div>
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
        </header>
        <main id="main">{children()}</main>
        <footer class="site-footer">
            <p>
                "Peer Support Guide shares information, not medical advice. "
                <AppLink href="/about">"About and privacy"</AppLink>
                " · "
                <AppLink href="/settings">"Your data"</AppLink>
            </p>
        </footer>
    }
}
