//! Reading, previewing and merging large backups, as "Your data" does with a 5 MB file.
//! Prints the median of timed runs; `make bench` runs it. Budgets: a merge of 10,000 meetings
//! under 50 ms; reading and merging a 5 MB backup well under a second.

#[path = "measure.rs"]
mod measure;
use measure::measure;
use peer_support_guide::domain::dates::add_days;
use peer_support_guide::domain::journal::{Attended, Journal, Meeting};
use peer_support_guide::domain::sources::CalendarDate;
use std::hint::black_box;
use std::time::Duration;

/// `count` meetings, one a day back from 2026, with ids from `first` on and a short note.
fn journal(first: usize, count: usize) -> Journal {
    let start = CalendarDate {
        year: 2026,
        month: 11,
        day: 26,
    };
    let meetings = (first..first + count)
        .map(|n| Meeting {
            id: format!("m{n:08}"),
            date: add_days(start, -((n % 20_000) as i64)),
            group: "narcotics-anonymous".into(),
            attended: if n % 2 == 0 {
                Attended::InPerson
            } else {
                Attended::Online
            },
            note: "A good meeting.".into(),
        })
        .collect();
    let mut journal = Journal {
        meetings,
        ..Journal::default()
    };
    journal.main_or_new("main").start = Some(start);
    journal
}

fn main() {
    let mut over = Vec::new();
    let mut check = |name: &str, median: Duration, budget: Duration| {
        if median > budget {
            over.push(format!("{name}: {median:.2?} is over {budget:?}"));
        }
    };

    let (a, b) = (journal(0, 10_000), journal(5_000, 10_000));
    let median = measure("merge 10,000 + 10,000 meetings (half shared)", 30, || {
        black_box(a.merged_with(black_box(&b)));
    });
    check("merge of 10,000", median, Duration::from_millis(50));

    let (a, b) = (journal(0, 50_000), journal(25_000, 50_000));
    measure("merge 50,000 + 50,000 meetings (half shared)", 10, || {
        black_box(a.merged_with(black_box(&b)));
    });

    // A backup just under the 5 MB limit.
    let big = journal(100_000, 43_000);
    let text = big.to_json();
    println!(
        "a backup of {} meetings is {} bytes",
        big.meetings.len(),
        text.len()
    );
    let here = journal(0, 1_000);
    let median = measure("read, preview and merge a 5 MB backup", 10, || {
        if let Ok(file) = Journal::from_json(black_box(&text)) {
            black_box(here.preview(&file));
            black_box(here.merged_with(&file).to_checked_json().is_ok());
        }
    });
    check(
        "5 MB read, preview and merge",
        median,
        Duration::from_millis(1_000),
    );

    if !over.is_empty() {
        eprintln!("over budget:\n  {}", over.join("\n  "));
        std::process::exit(1);
    }
    println!("every journal figure is within its budget");
}
