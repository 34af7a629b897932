//! Which page an address shows.
//!
//! leptos_router's `<Router>` follows the address, history and links; this decides the page.
//! Matching here instead of with `<Routes>` keeps 33 KB of gzipped wasm (a type per route and
//! async loading the app never used) out of the first load, and lets native tests cover it.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Groups,
    /// One group's page, by the slug in its address (which may name no group).
    Group(String),
    Compare,
    Choose,
    Tracker,
    Settings,
    Help,
    About,
    NotFound,
}

/// The page for an address's path, in either language (see `lang::split_lang`). `base` is the
/// sub-path the app is served under (`""` at the site root, or like `/peer-support-guide`); a
/// trailing slash makes no difference.
pub fn page_for(path: &str, base: &str) -> Page {
    let Some(path) = path.strip_prefix(base) else {
        return Page::NotFound;
    };
    if !(path.is_empty() || path.starts_with('/')) {
        return Page::NotFound;
    }
    let (_, path) = super::lang::split_lang(path);
    match path.trim_end_matches('/') {
        "" => Page::Home,
        "/groups" => Page::Groups,
        "/compare" => Page::Compare,
        "/choose" => Page::Choose,
        "/tracker" => Page::Tracker,
        "/settings" => Page::Settings,
        "/help" => Page::Help,
        "/about" => Page::About,
        other => match other.strip_prefix("/groups/") {
            Some(slug) if !slug.is_empty() && !slug.contains('/') => Page::Group(slug.to_string()),
            _ => Page::NotFound,
        },
    }
}

/// The language of an address's path: Spanish under `/es/`, or else English.
pub fn lang_for(path: &str, base: &str) -> super::lang::Lang {
    super::lang::split_lang(path.strip_prefix(base).unwrap_or(path)).0
}

/// What a page says first, under its heading.
///
/// The static copy of each page (`scripts/postbuild.mjs`, from `data/routes.json`) shows the
/// same words in place of the home page's lead, so a page's first paint is its own lead and the
/// app then draws nothing larger over it: the largest contentful paint never waits for the
/// wasm. A test holds the two the same.
pub mod leads {
    pub const HOME: &str = "Compare groups for drug use recovery, see which may suit you, and count your milestones. Everything you enter stays on this device.";
    pub const GROUPS: &str = "Peer support groups differ in how they work and who they are for. Filter the list, or search for a name, a drug or an idea.";
    pub const CHOOSE: &str = "Answer a few short questions to see which peer support groups may suit you, and why. You can skip any question. Your answers stay on this device.";
    /// Followed by a link, [`TRACKER_LINK`], and a full stop.
    pub const TRACKER: &str =
        "Only you can see this. It is kept on this device and never sent anywhere.";
    pub const TRACKER_LINK: &str = "Save a copy or erase it";
    pub const SETTINGS: &str = "Everything you keep in this app stays on this device. Nobody else can see it, and it is never sent anywhere.";
    pub const HELP: &str =
        "You don't have to go through this alone. These services are free and private.";
}

/// The decoded value of `key` in a query string (with or without its `?`), or `""`.
pub fn query_value(query: &str, key: &str) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name == key).then(|| super::search::percent_decode(value))
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{leads, page_for, query_value, Page};
    use proptest::prelude::*;

    #[test]
    fn each_static_copy_shows_the_lead_its_page_draws() {
        let routes: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../data/routes.json")).unwrap_or_default();
        let lead_of = |path: &str| {
            routes
                .iter()
                .find(|route| route["path"] == path)
                .and_then(|route| route["lead"].as_str())
                .map(str::to_string)
        };
        let tracker = format!("{} {}.", leads::TRACKER, leads::TRACKER_LINK);
        for (path, lead) in [
            ("/", leads::HOME),
            ("/groups", leads::GROUPS),
            ("/choose", leads::CHOOSE),
            ("/tracker", tracker.as_str()),
            ("/settings", leads::SETTINGS),
            ("/help", leads::HELP),
        ] {
            assert_eq!(lead_of(path).as_deref(), Some(lead), "{path}");
        }
        // The others keep the home page's lead in their static copy.
        for path in ["/compare", "/about"] {
            assert_eq!(lead_of(path), None, "{path}");
        }
    }

    #[test]
    fn every_group_page_address_opens_that_group() {
        for group in crate::domain::catalog::groups() {
            assert_eq!(
                page_for(&group.path(), ""),
                Page::Group(group.slug.to_string())
            );
        }
    }

    #[test]
    fn every_fixed_route_has_its_page() {
        let routes = include_str!("../../data/routes.json");
        for (path, page) in [
            ("/", Page::Home),
            ("/groups", Page::Groups),
            ("/compare", Page::Compare),
            ("/choose", Page::Choose),
            ("/tracker", Page::Tracker),
            ("/settings", Page::Settings),
            ("/help", Page::Help),
            ("/about", Page::About),
        ] {
            assert_eq!(page_for(path, ""), page, "{path}");
            assert_eq!(
                page_for(&format!("/psg{path}"), "/psg"),
                page,
                "{path} under /psg"
            );
            // Each one also gets its own copy of index.html at build time.
            assert!(
                routes.contains(&format!("\"path\": \"{path}\"")),
                "{path} in routes.json"
            );
        }
    }

    #[test]
    fn a_group_page_carries_its_slug() {
        assert_eq!(page_for("/groups/smart", ""), Page::Group("smart".into()));
        assert_eq!(page_for("/groups/smart/", ""), Page::Group("smart".into()));
        assert_eq!(page_for("/psg/groups/na", "/psg"), Page::Group("na".into()));
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/nope",
            "/groups/a/b",
            "/help/more",
            "/psgx/help",
            "/tracker.html",
        ] {
            assert_eq!(page_for(path, "/psg"), Page::NotFound, "{path}");
        }
        assert_eq!(page_for("/help", "/psg"), Page::NotFound);
        assert_eq!(page_for("/psg", "/psg"), Page::Home);
    }

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(query_value("?groups=na,smart&x=1", "groups"), "na,smart");
        assert_eq!(query_value("q=two+words%21", "q"), "two words!");
        assert_eq!(query_value("groups", "groups"), "");
        assert_eq!(query_value("", "groups"), "");
        assert_eq!(query_value("groupsx=1", "groups"), "");
    }

    proptest! {
        /// No address makes the matcher panic, and a slug never holds a slash.
        #[test]
        fn any_path_gets_a_page(path in "\\PC{0,40}", base in "(/[a-z]{1,5})?") {
            if let Page::Group(slug) = page_for(&path, &base) {
                prop_assert!(!slug.contains('/') && !slug.is_empty());
            }
        }
    }
}
