//! Links to the app's own pages, which work whether the app is served at the site root or under a sub-path.

use crate::domain::base_path::{router_base, under_base};
use crate::domain::lang::{split_lang, with_lang, Lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

thread_local! {
    /// Read once: the `<base href>` never changes while the app runs.
    static BASE: String = router_base(
        &document()
            .query_selector("base")
            .ok()
            .flatten()
            .and_then(|base| base.get_attribute("href"))
            .unwrap_or_default(),
    );
}

/// The path the app is served under: `""` at the site root, or like `/peer-support-guide`.
pub fn base() -> String {
    BASE.with(Clone::clone)
}

/// The full path of an app route such as `/help`, under the base, in the page's language
/// (`/es/help` on Spanish pages).
pub fn app_href(path: &str) -> String {
    href_in(crate::i18n::lang(), path)
}

/// The full path of an app route such as `/help` in `lang`, under the base.
pub fn href_in(lang: Lang, path: &str) -> String {
    BASE.with(|base| under_base(base, &with_lang(lang, path)))
}

/// An address's path as an app route in English form, without the base or a language:
/// `/psg/es/groups` is `/groups`.
pub fn page_path(path: &str) -> String {
    BASE.with(|base| {
        let rest = path.strip_prefix(base.as_str()).unwrap_or(path);
        let page = split_lang(rest).1;
        if page.is_empty() {
            "/".to_string()
        } else {
            page.to_string()
        }
    })
}

/// A link to one of the app's own pages, marked `aria-current="page"` on that page and the
/// pages below it (so "Groups" stays marked on a group's page).
///
/// A plain `<a>`: the router already handles clicks on every same-origin link without a
/// reload, and the router's own `<A>` costs 2 KB more wasm.
#[component]
pub fn AppLink(
    /// The app route, such as `/help` or `/groups?approach=secular`.
    #[prop(into)]
    href: String,
    children: Children,
) -> impl IntoView {
    let full = app_href(&href);
    let path = full
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string();
    let location = use_location();
    let current = move || is_current(&location.pathname.get(), &path).then_some("page");
    view! {
        <a href=full aria-current=current>
            {children()}
        </a>
    }
}

/// Whether a link to `link_path` is for the page at `shown_path`, or a page below it.
/// The home page is current only on itself.
fn is_current(shown_path: &str, link_path: &str) -> bool {
    let page = page_path(shown_path);
    let link = page_path(link_path);
    let (page, link) = (page.trim_end_matches('/'), link.trim_end_matches('/'));
    page == link || (!link.is_empty() && page.starts_with(&format!("{link}/")))
}
