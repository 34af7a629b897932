//! Filter and search over the whole catalog, as a keystroke on the group list does.
//! Prints the median and spread of many timed runs; `make bench` runs it. Target: under 50 µs.

use peer_support_guide::domain::catalog::{groups, Approach, Spirituality};
use peer_support_guide::domain::search::{Filters, SearchIndex};
use std::hint::black_box;

#[path = "measure.rs"]
mod measure;
use measure::measure;

fn main() {
    let index = SearchIndex::new(groups());
    let typed = Filters::from_query("q=cocaine");
    let combined = Filters {
        approach: Some(Approach::TwelveStep),
        spirituality: Some(Spirituality::Central),
        online: true,
        text: "meetings any drug".into(),
        ..Filters::default()
    };
    let secular = Filters {
        spirituality: Some(Spirituality::None),
        ..Filters::default()
    };
    println!("Catalog: {} groups", groups().len());
    measure("search \"cocaine\"", 20_000, || {
        black_box(index.search(black_box(&typed)));
    });
    measure("12-step + central + online + 3 words", 20_000, || {
        black_box(index.search(black_box(&combined)));
    });
    measure("secular filter only", 20_000, || {
        black_box(index.search(black_box(&secular)));
    });
    measure("read the address, then filter and search", 20_000, || {
        let filters = Filters::from_query(black_box("approach=12-step&online=1&q=cocaine"));
        black_box(index.search(&filters));
    });
    measure("build the search index (once per page load)", 2_000, || {
        black_box(SearchIndex::new(groups()));
    });
}
