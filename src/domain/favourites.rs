//! The groups a person saved to their list, and how that list is stored as text.

use super::catalog::named;

/// The saved list as stored: slugs separated by commas, in the order they were saved.
pub fn encode(slugs: &[&'static str]) -> String {
    slugs.join(",")
}

/// The most groups the comparison shows side by side.
pub const MAX_COMPARE: usize = 4;

/// The comparison's address for these groups, such as `/compare?groups=a,b` (under no base).
pub fn compare_path(slugs: &[&'static str]) -> String {
    format!("/compare?groups={}", encode(slugs))
}

/// The groups to compare named by `key` in an address's query: known slugs only, no repeats,
/// at most [`MAX_COMPARE`], in the order named.
pub fn picks_in(query: &str, key: &str) -> Vec<&'static str> {
    let mut slugs = decode(&super::routes::query_value(query, key));
    slugs.truncate(MAX_COMPARE);
    slugs
}

/// The saved list from stored text. Slugs the catalog no longer has, repeats and stray
/// characters are dropped, so bad stored text can never break the page.
pub fn decode(stored: &str) -> Vec<&'static str> {
    let mut slugs: Vec<&'static str> = Vec::new();
    for slug in stored.split(',') {
        if let Some(found) = named(slug.trim()) {
            if !slugs.contains(&found.slug) {
                slugs.push(found.slug);
            }
        }
    }
    slugs
}

/// The saved list from its stored entries: each saved group is a key of its own, named by the
/// group's slug and holding when it was saved, so tabs saving different groups at the same
/// moment never write over each other. `entries` are (slug, when) in any order; the list is in
/// the order they were saved (slugs break ties), and anything unknown or repeated is dropped.
pub fn from_entries<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<&'static str> {
    let mut dated: Vec<(u64, &'static str)> = entries
        .into_iter()
        .filter_map(|(slug, when)| Some((when.trim().parse().unwrap_or(0), named(slug)?.slug)))
        .collect();
    super::sort_small(&mut dated, |a, b| a < b);
    let mut slugs: Vec<&'static str> = Vec::with_capacity(dated.len());
    for (_, slug) in dated {
        if !slugs.contains(&slug) {
            slugs.push(slug);
        }
    }
    slugs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::group;
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
    fn entries_read_in_the_order_they_were_saved() {
        let entries = [
            ("smart-recovery", "1764180000002"),
            ("nope", "1"),
            ("nar-anon", "1764180000001"),
            ("narcotics-anonymous", "not a time"),
            ("lifering-secular-recovery", "1764180000002"),
        ];
        assert_eq!(
            from_entries(entries),
            [
                "narcotics-anonymous",
                "nar-anon",
                "lifering-secular-recovery",
                "smart-recovery"
            ]
        );
    }

    proptest! {
        #[test]
        fn entries_in_any_order_give_one_list(times in prop::collection::vec(0u64..5, 3)) {
            let slugs = ["smart-recovery", "nar-anon", "narcotics-anonymous"];
            let texts: Vec<String> = times.iter().map(u64::to_string).collect();
            let entries: Vec<(&str, &str)> = slugs.iter().copied().zip(texts.iter().map(String::as_str)).collect();
            let mut reversed = entries.clone();
            reversed.reverse();
            let list = from_entries(entries);
            prop_assert_eq!(&list, &from_entries(reversed));
            prop_assert_eq!(list.len(), 3);
            let when = |slug: &str| times[slugs.iter().position(|s| *s == slug).unwrap_or(0)];
            let in_order = list.windows(2).all(|w| (when(w[0]), w[0]) < (when(w[1]), w[1]));
            prop_assert!(in_order, "{:?}", list);
        }

        #[test]
        fn any_stored_text_decodes_without_panicking(stored in "\\PC{0,80}") {
            let slugs = decode(&stored);
            prop_assert!(slugs.iter().all(|slug| group(slug).is_some()));
        }
    }

    #[test]
    fn picks_come_from_the_address_and_make_its_comparison_address() {
        let query = "q=x&compare=smart-recovery,gone,smart-recovery,narcotics-anonymous,nar-anon,cocaine-anonymous,lifering-secular-recovery";
        let picks = picks_in(query, "compare");
        assert_eq!(
            picks,
            [
                "smart-recovery",
                "narcotics-anonymous",
                "nar-anon",
                "cocaine-anonymous"
            ]
        );
        assert_eq!(
            compare_path(&picks[..2]),
            "/compare?groups=smart-recovery,narcotics-anonymous"
        );
        assert!(picks_in("q=x", "compare").is_empty());
    }
}
