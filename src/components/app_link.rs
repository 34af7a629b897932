//! Links to the app's own pages, which work whether the app is served at the site root or under a sub-path.

use crate::domain::base_path::{router_base, under_base};
use leptos::prelude::*;
use leptos_router::components::A;

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

/// The full path of an app route such as `/help`, under the base.
pub fn app_href(path: &str) -> String {
    BASE.with(|base| under_base(base, path))
}

/// A link to one of the app's own pages. It navigates without reloading, and marks the current
/// page with `aria-current="page"`.
#[component]
pub fn AppLink(
    /// The app route, such as `/help` or `/groups?approach=secular`.
    #[prop(into)]
    href: String,
    children: Children,
) -> impl IntoView {
    view! { <A href=app_href(&href)>{children()}</A> }
}
