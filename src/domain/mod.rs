//! Plain-Rust domain logic: no leptos, web-sys or gloo, so native `cargo test` covers all of it.

pub mod base_path;
pub mod catalog;
pub mod checkins;
pub mod dates;
pub mod favourites;
pub mod help;
pub mod ics;
pub mod journal;
pub mod lang;
pub mod lock;
pub mod milestones;
pub mod privacy;
pub mod routes;
pub mod safety;
pub mod savings;
pub mod search;
pub mod sources;
pub mod texts;
pub mod wizard;

/// Sorts a short list, keeping equal items in their order.
///
/// The lists sorted here have a few dozen items at most, and the standard library's sorts
/// compile to several kilobytes of wasm for each type they sort; this one is a few hundred bytes.
pub fn sort_small<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// A file's size as a person reads it: "800 bytes", "12 KB", "4.76 MB" (1 KB is 1,000 bytes).
/// Whole-number arithmetic: float formatting costs kilobytes of wasm.
pub fn file_size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", bytes / 1_000),
        _ => format!("{}.{:02} MB", bytes / 1_000_000, bytes % 1_000_000 / 10_000),
    }
}

#[cfg(test)]
mod tests {
    use super::{file_size, sort_small};

    #[test]
    fn file_sizes_read_as_a_person_says_them() {
        assert_eq!(file_size(0), "0 bytes");
        assert_eq!(file_size(999), "999 bytes");
        assert_eq!(file_size(1_000), "1 KB");
        assert_eq!(file_size(12_345), "12 KB");
        assert_eq!(file_size(999_999), "999 KB");
        assert_eq!(file_size(1_000_000), "1.00 MB");
        assert_eq!(file_size(4_765_432), "4.76 MB");
        assert_eq!(file_size(5_030_000), "5.03 MB");
    }
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..5, any::<u16>()), 0..40)) {
            let mut ours = items.clone();
            sort_small(&mut ours, |a, b| a.0 < b.0);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
