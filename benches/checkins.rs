//! The tracker's check-in chart and its summary over 10 years of daily check-ins, and merging
//! two large copies. Prints the median of timed runs; `make bench` runs it. Budgets: the
//! summary of 30 days, the chart of 90 days, and both together, each under 5 ms.

#[path = "measure.rs"]
mod measure;
use measure::measure;
use peer_support_guide::domain::checkins::{chart, merge, summary, summary_sentence, CheckIn};
use peer_support_guide::domain::dates::add_days;
use peer_support_guide::domain::sources::CalendarDate;
use std::hint::black_box;
use std::time::Duration;

const TODAY: CalendarDate = CalendarDate {
    year: 2026,
    month: 11,
    day: 26,
};

/// A check-in every day for 10 years (3,653 days) for counter "c1", with two other counters'
/// mixed in among them, day by day: `first` varies the values and the change times.
fn check_ins(first: u64) -> Vec<CheckIn> {
    let mut list = Vec::new();
    for back in 0..3_653i64 {
        for counter in ["c1", "c2", "c3"] {
            let n = first + back as u64;
            list.push(CheckIn {
                counter: counter.into(),
                date: add_days(TODAY, -back),
                mood: Some((n % 5) as u8 + 1),
                craving: (!n.is_multiple_of(3)).then_some((n % 5) as u8),
                note: if n.is_multiple_of(4) {
                    "Went for a walk and called a friend.".into()
                } else {
                    String::new()
                },
                changed: 1_700_000_000_000 + n * 86_400_000,
            });
        }
    }
    list
}

fn main() {
    let mut over = Vec::new();
    let mut check = |name: &str, median: Duration, budget: Duration| {
        if median > budget {
            over.push(format!("{name}: {median:.2?} is over {budget:?}"));
        }
    };
    let budget = Duration::from_millis(5);

    let list = check_ins(0);
    // 5,000 meetings over the same 10 years: most days none, some days two.
    let meetings: Vec<CalendarDate> = (0..5_000i64)
        .map(|n| add_days(TODAY, -(n * 3_653 / 5_000)))
        .collect();
    let relapses = [add_days(TODAY, -400), add_days(TODAY, -45)];
    println!(
        "{} check-ins (3 counters), {} meetings",
        list.len(),
        meetings.len()
    );

    let median = measure("summary of the last 30 days", 200, || {
        black_box(summary(black_box(&list), "c1", TODAY, 30));
    });
    check("summary of 30 days", median, budget);

    let median = measure("chart of the last 90 days", 200, || {
        black_box(chart(
            black_box(&list),
            "c1",
            &meetings,
            &relapses,
            TODAY,
            90,
        ));
    });
    check("chart of 90 days", median, budget);

    let median = measure("summary, its sentence and the chart together", 200, || {
        let s = summary(black_box(&list), "c1", TODAY, 30);
        black_box(summary_sentence(
            &s,
            30,
            &peer_support_guide::domain::dates::english,
        ));
        black_box(chart(&list, "c1", &meetings, &relapses, TODAY, 90));
    });
    check("summary and chart together", median, budget);

    let (a, b) = (check_ins(0), check_ins(1));
    let median = measure(
        &format!(
            "merge {} + {} check-ins (all days shared)",
            a.len(),
            b.len()
        ),
        30,
        || {
            black_box(merge(black_box(&a), black_box(&b)));
        },
    );
    println!("(merge is reported only: {median:.2?})");

    if !over.is_empty() {
        eprintln!("over budget:\n  {}", over.join("\n  "));
        std::process::exit(1);
    }
    println!("every check-in figure is within its budget");
}
