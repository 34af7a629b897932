// The tracker's milestone lists and its "just for today" lines.
//
// The lists are customs common in many groups, not any fellowship's official list: the app says
// so beside them. After the fixed ones, every year follows. The daily lines are our own words:
// short, kind, and never a rule; none is a quote from any fellowship's literature.

use crate::domain::milestones::After::{Days, Months};
use crate::domain::milestones::MilestoneList;

pub static COMMON_CUSTOM: MilestoneList = MilestoneList {
    label:
        "Common custom: 24 hours, 30, 60, 90 days, 6 and 9 months, 1 year, 18 months, then yearly",
    fixed: &[
        ("24 hours", Days(1)),
        ("30 days", Days(30)),
        ("60 days", Days(60)),
        ("90 days", Days(90)),
        ("6 months", Months(6)),
        ("9 months", Months(9)),
        ("1 year", Months(12)),
        ("18 months", Months(18)),
    ],
};

pub static MONTHLY: MilestoneList = MilestoneList {
    label: "Monthly: 24 hours, every month for a year, then yearly",
    fixed: &[
        ("24 hours", Days(1)),
        ("1 month", Months(1)),
        ("2 months", Months(2)),
        ("3 months", Months(3)),
        ("4 months", Months(4)),
        ("5 months", Months(5)),
        ("6 months", Months(6)),
        ("7 months", Months(7)),
        ("8 months", Months(8)),
        ("9 months", Months(9)),
        ("10 months", Months(10)),
        ("11 months", Months(11)),
        ("1 year", Months(12)),
    ],
};

pub static JUST_FOR_TODAY: &[&str] = &[
    "Just for today, you only need to get through today. Tomorrow can wait.",
    "Just for today, one meeting, one call or one walk is enough.",
    "Just for today, be as kind to yourself as you would be to a friend.",
    "Just for today, if it gets hard, reach out. You don't have to do this alone.",
    "Just for today, notice one thing that went a little better than before.",
    "Just for today, rest counts as progress too.",
    "Just for today, ask for help once, even for something small.",
];

/// A short line for each milestone of the lists above, in our own words: encouragement, never
/// a claim about what the time does. A yearly or monthly one not named here gets the last two.
pub static ABOUT: &[(&str, &str)] = &[
    ("24 hours", "One whole day. Every count starts here."),
    ("30 days", "A month of days, taken one at a time."),
    ("60 days", "Two months of showing up for yourself."),
    (
        "90 days",
        "Ninety days: a milestone many people look forward to.",
    ),
    (
        "6 months",
        "Half a year. Take a moment to notice how far you have come.",
    ),
    ("9 months", "Nine months, one day at a time."),
    (
        "1 year",
        "A whole year. Worth celebrating with the people who helped.",
    ),
    (
        "18 months",
        "A year and a half, and every day of it counted.",
    ),
];
pub static ABOUT_YEARS: &str = "Another year. Every day in it counts.";
pub static ABOUT_MONTHS: &str = "Another month, one day at a time.";
