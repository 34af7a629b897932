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
    Reference {
        title: "SAMHSA Overdose Prevention and Response Toolkit (2025), and the FDA's approval of naloxone nasal spray without a prescription (March 2023)",
        detail: "For the note on staying safer after a break: lower tolerance, not using alone, naloxone, and what to do in an overdose.",
    },
    Reference {
        title: "SMART Recovery USA; NA H&I Service Bulletin #3; William L. White, \"Narcotics Anonymous and the Pharmacotherapeutic Treatment of Opioid Addiction in the United States\" (2011)",
        detail: "For how groups treat medication for opioid use disorder. Where a group has said nothing we could find, the app says so.",
    },
    Reference {
        title: "FDA boxed warning on benzodiazepines (2020); EASL clinical practice guidelines (2018)",
        detail: "For the note that stopping alcohol or benzodiazepines suddenly after heavy use can be dangerous.",
    },
    Reference {
        title: "European Commission (112), UK Government (999), Australian Government (000)",
        detail: "For the emergency numbers outside the US and Canada, checked in November 2026.",
    },
];
