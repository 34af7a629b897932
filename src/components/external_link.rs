//! Links that leave the app, marked as such in words for screen readers as well as by a mark.

use crate::i18n::t;
use leptos::prelude::*;

/// A link to another website, opened in a new tab without handing it this page (`noopener`).
#[component]
pub fn ExternalLink(
    /// The other website's address.
    href: &'static str,
    /// The link's text.
    #[prop(into)]
    text: String,
    /// Drawn as the page's main button, for the next step a person came for.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let class = if primary {
        "external button primary"
    } else {
        "external"
    };
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" class=class>
            {text}
            <span class="visually-hidden">" " {t("(opens another website in a new tab)")}</span>
            <span aria-hidden="true" class="external-mark">" ↗"</span>
        </a>
    }
}
