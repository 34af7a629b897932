//! The path the app is served under, read from the `<base href>` that Trunk writes.

/// The router base for a `<base href>` value: `""` for the site root, or a path with a leading
/// and no trailing slash, such as `/peer-support-guide`.
///
/// Trunk writes `public_url` into `<base href>`; it may be a path or a whole URL.
pub fn router_base(base_href: &str) -> String {
    let href = base_href.trim();
    let path = match href.find("://") {
        Some(scheme_end) => {
            let after_scheme = &href[scheme_end + 3..];
            after_scheme.find('/').map_or("", |i| &after_scheme[i..])
        }
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

/// An app path such as `/help` as a link under `base` (from [`router_base`]).
pub fn under_base(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

#[cfg(test)]
mod tests {
    use super::{router_base, under_base};
    use proptest::prelude::*;

    #[test]
    fn site_root_has_no_base() {
        assert_eq!(router_base("/"), "");
        assert_eq!(router_base(""), "");
        assert_eq!(router_base("https://example.org/"), "");
        assert_eq!(router_base("https://example.org"), "");
    }

    #[test]
    fn sub_paths_keep_one_leading_slash() {
        assert_eq!(router_base("/peer-support-guide/"), "/peer-support-guide");
        assert_eq!(router_base("/peer-support-guide"), "/peer-support-guide");
        assert_eq!(router_base("https://example.org/tools/psg/"), "/tools/psg");
        assert_eq!(router_base("/psg/?v=2#top"), "/psg");
    }

    #[test]
    fn links_live_under_the_base() {
        assert_eq!(under_base("", "/help"), "/help");
        assert_eq!(under_base("", "/"), "/");
        assert_eq!(under_base("/psg", "/help"), "/psg/help");
        assert_eq!(under_base("/psg", "/"), "/psg/");
    }

    proptest! {
        #[test]
        fn any_href_gives_a_clean_base(href in ".{0,40}") {
            let base = router_base(&href);
            prop_assert!(base.is_empty() || (base.starts_with('/') && !base.ends_with('/')));
        }
    }
}
