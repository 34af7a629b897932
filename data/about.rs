// What the About page says about where the app's facts come from, and when they were last reviewed.

use crate::domain::sources::{CalendarDate, Reference};

pub const CONTENT_REVIEWED: CalendarDate = CalendarDate {
    year: 2026,
    month: 11,
    day: 26,
};

pub static REFERENCES: &[Reference] = &[
    Reference {
        title: "NA and Other Peer Support Groups for Drug Addiction",
        detail: "A consumer-health guide, last reviewed on 5 September 2023. The app grew from it; every sentence here is our own.",
    },
    Reference {
        title: "The groups' own websites",
        detail: "Each group's page names the site we used and the month we checked it.",
    },
    Reference {
        title: "SAMHSA National Helpline, 988 Suicide & Crisis Lifeline, Find A Helpline",
        detail: "For the numbers on the \"Get help now\" page, checked in November 2026.",
    },
];
