//! Filter and search over the whole catalog, as a keystroke on the group list does.
//! Prints the median and spread of many timed runs; `make bench` runs it. Target: under 50 µs.

use peer_support_guide::domain::catalog::{groups, Approach, Spirituality};
use peer_support_guide::domain::search::{Filters, SearchIndex};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn measure(name: &str, runs: usize, mut work: impl FnMut()) {
    for _ in 0..runs / 10 {
        work();
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "{name:<48} median {:>8.2?}   p10 {:>8.2?}   p90 {:>8.2?}   ({runs} runs)",
        at(0.5),
        at(0.1),
        at(0.9)
    );
}

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
