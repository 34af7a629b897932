//! A link that leaves the app, marked as such in words and not only by an icon.

use leptos::prelude::*;

/// A link to another website. It opens in a new tab, shares nothing about this app with the
/// site (`noopener noreferrer`), and says so to screen readers.
#[component]
pub fn ExternalLink(
    /// An `https://` address.
    href: &'static str,
    /// The visible words of the link.
    children: Children,
) -> impl IntoView {
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" class="external">
            {children()}
            <span class="visually-hidden">" (opens another website in a new tab)"</span>
            <span aria-hidden="true" class="external-mark">
                " ↗"
            </span>
        </a>
    }
}
