//! The data texts each part of the app shows through `i18n::t` (not literals at the call, so
//! `tests/translations.rs` can't find them in the source): the test checks that each has a
//! Spanish version in `data/es/`. Only that test calls these.

/// The catalog's: groups, their facts and sources, filters and search.
pub fn catalog() -> Vec<&'static str> {
    Vec::new()
}

/// The questions': steps, answers, reasons and cautions.
pub fn wizard() -> Vec<&'static str> {
    Vec::new()
}

/// The tracker's: milestones, counters, check-ins and savings.
pub fn tracker() -> Vec<&'static str> {
    use super::checkins::{craving_label, mood_label, CheckInProblem, CRAVINGS, MOODS};
    use super::ics::Weekday;
    use super::journal::CountLabel;
    use super::milestones::{about, just_for_today, MilestoneSet};
    let mut texts: Vec<&'static str> = Vec::new();
    texts.extend(CountLabel::ALL.map(CountLabel::text));
    texts.extend(MilestoneSet::ALL.map(MilestoneSet::label));
    texts.extend(Weekday::ALL.map(Weekday::label));
    texts.extend(MOODS.filter_map(mood_label));
    texts.extend(CRAVINGS.filter_map(craving_label));
    texts.extend(CheckInProblem::ALL.map(CheckInProblem::template));
    // Every "just for today" line: one a day, so a week of days shows them all.
    let start = super::sources::CalendarDate {
        year: 2026,
        month: 1,
        day: 1,
    };
    for day in 0..366 {
        texts.push(just_for_today(super::dates::add_days(start, day)));
    }
    // The line for each milestone of the lists, and for the yearly ones after them.
    for set in MilestoneSet::ALL {
        for milestone in super::milestones::milestones(set, &[], 3) {
            texts.extend(about(&milestone.label));
        }
    }
    texts.sort_unstable();
    texts.dedup();
    texts
}

/// Settings, privacy, the lock and About.
pub fn settings() -> Vec<&'static str> {
    Vec::new()
}
