//! The groups a person saved to their list, and how that list is stored as text.

use super::catalog::group;

/// The saved list as stored: slugs separated by commas, in the order they were saved.
pub fn encode(slugs: &[&'static str]) -> String {
    slugs.join(",")
}

/// The saved list from stored text. Slugs the catalog no longer has, repeats and stray
/// characters are dropped, so bad stored text can never break the page.
pub fn decode(stored: &str) -> Vec<&'static str> {
    let mut slugs: Vec<&'static str> = Vec::new();
    for slug in stored.split(',') {
        if let Some(found) = group(slug.trim()) {
            if !slugs.contains(&found.slug) {
                slugs.push(found.slug);
            }
        }
    }
    slugs
}

/// The list with `slug` added if it was missing, or removed if it was there.
pub fn toggle(slugs: &[&'static str], slug: &'static str) -> Vec<&'static str> {
    if slugs.contains(&slug) {
        slugs
            .iter()
            .copied()
            .filter(|saved| *saved != slug)
            .collect()
    } else {
        slugs.iter().copied().chain([slug]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_saved_list_reads_back_in_order() {
        let saved = ["smart-recovery", "narcotics-anonymous"];
        assert_eq!(decode(&encode(&saved)), saved);
    }

    #[test]
    fn unknown_and_repeated_slugs_are_dropped() {
        assert_eq!(
            decode("smart-recovery, nope ,smart-recovery,,narcotics-anonymous"),
            ["smart-recovery", "narcotics-anonymous"]
        );
        assert!(decode("").is_empty());
        assert!(decode("[\"json\"]").is_empty());
    }

    #[test]
    fn toggling_adds_then_removes() {
        let once = toggle(&[], "nar-anon");
        assert_eq!(once, ["nar-anon"]);
        assert!(toggle(&once, "nar-anon").is_empty());
    }

    proptest! {
        #[test]
        fn any_stored_text_decodes_without_panicking(stored in "\\PC{0,80}") {
            let slugs = decode(&stored);
            prop_assert!(slugs.iter().all(|slug| group(slug).is_some()));
        }
    }
}
