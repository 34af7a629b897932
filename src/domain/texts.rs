//! The data texts each part of the app shows through `i18n::t` (not literals at the call, so
//! `tests/translations.rs` can't find them in the source): the test checks that each has a
//! Spanish version in `data/es/`. Only that test calls these.

/// The catalog's: groups, their facts and sources, filters and search.
pub fn catalog() -> Vec<&'static str> {
    Vec::new()
}

/// The questions': steps, answers, reasons and cautions.
pub fn wizard() -> Vec<&'static str> {
    use super::wizard::{NOTES, QUESTIONS, RULES};
    let mut texts = Vec::new();
    for question in QUESTIONS {
        texts.push(question.legend);
        texts.extend(question.hint);
        texts.extend(question.choices.iter().map(|choice| choice.label));
    }
    texts.extend(NOTES.iter().map(|note| note.text));
    texts.extend(RULES.iter().map(|rule| rule.why));
    texts.push(super::safety::PRESCRIBER);
    texts
}

/// The tracker's: milestones, counters, check-ins and savings.
pub fn tracker() -> Vec<&'static str> {
    Vec::new()
}

/// Settings, privacy, the lock and About.
pub fn settings() -> Vec<&'static str> {
    Vec::new()
}
