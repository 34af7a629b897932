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
    use super::journal::ImportError;
    use super::lock::{EnvelopeError, PassphraseProblem, Strength, ENVELOPE_PARTS};
    use super::privacy::{AddressError, DISCREET_TITLE};
    let mut texts = vec![DISCREET_TITLE];
    texts.extend(AddressError::ALL.iter().map(AddressError::sentence));
    texts.extend(
        PassphraseProblem::ALL
            .iter()
            .map(PassphraseProblem::sentence),
    );
    texts.extend([Strength::Weak, Strength::Fair, Strength::Strong].map(Strength::hint));
    texts.extend(
        [
            EnvelopeError::NotLocked,
            EnvelopeError::Newer(0),
            EnvelopeError::Damaged(""),
        ]
        .iter()
        .map(EnvelopeError::sentence),
    );
    texts.extend(ENVELOPE_PARTS);
    texts.extend(ImportError::sentences());
    for reference in super::help::references() {
        texts.extend([reference.title, reference.detail]);
    }
    texts
}
