//! The data texts each part of the app shows through `i18n::t` (not literals at the call, so
//! `tests/translations.rs` can't find them in the source): the test checks that each has a
//! Spanish version in `data/es/`. Only that test calls these.

/// The catalog's: groups, their facts and sources, filters and search.
pub fn catalog() -> Vec<&'static str> {
    use super::catalog::{groups, guidance, Fact, Offered};
    use super::search::{controls, ControlKind};
    use super::sources::Confidence;
    let mut texts: Vec<&'static str> = guidance().to_vec();
    texts.extend(Fact::ALL.map(Fact::label));
    texts.extend(Offered::ALL.map(Offered::label));
    texts.extend(
        [Confidence::Secondary, Confidence::Uncertain]
            .into_iter()
            .filter_map(Confidence::marker),
    );
    for control in controls() {
        texts.push(control.label);
        if let ControlKind::Choice { any, options } = control.kind {
            texts.push(any);
            texts.extend(options.into_iter().map(|(_, words)| words));
        }
    }
    for group in groups() {
        // Names only where the fellowship uses a Spanish one (see `data/es/catalog.json`).
        if SPANISH_NAMES.contains(&group.name) {
            texts.push(group.name);
        }
        texts.extend([group.summary, group.availability.figure, group.program.name]);
        texts.extend(group.description.iter().copied());
        texts.extend(group.program.points.iter().copied());
        texts.extend(group.benefits.iter().copied());
        texts.extend(group.limitations.iter().copied());
        texts.extend(group.evidence.iter().flat_map(|e| [e.finding, e.citation]));
        texts.extend(group.chips().into_iter().map(|(words, _)| words));
        texts.extend(group.audience.parts());
        // A source named for an organization keeps its name; a source described in words
        // ("Third-party reports of …") is shown in Spanish.
        let organization = |name: &str| {
            name.ends_with(" World Services") || groups().iter().any(|other| other.name == name)
        };
        texts.extend(
            group
                .source_list()
                .into_iter()
                .map(|source| source.name)
                .filter(|name| !organization(name)),
        );
        texts.extend([
            group.approach.label(),
            group.spirituality.label(),
            group.sponsorship.label(),
            group.leaders.label(),
            group.moud.label(),
            group.moud.detail(),
            group.cost.label(),
            group.availability.level.label(),
        ]);
    }
    texts.sort_unstable();
    texts.dedup();
    texts
}

/// The groups whose own Spanish-language pages use a Spanish name, which Spanish pages show.
/// The others keep their English names. Where we saw each, checked November 2026:
/// - Narcóticos Anónimos: NA's regional sites, such as https://www.narcoticosanonimospr.org
///   (Puerto Rico) and https://navenezuela.org/quienes-somos/.
/// - Cocaína Anónimos: CA's Spanish-language site, http://cocainaanonimos.org.
/// - Grupos de Familia Nar-Anon: Nar-Anon's own site, https://www.nar-anon.org/uruguay/.
///
/// Celebrate Recovery keeps its English name: "Celebremos la Recuperación" was seen only as the
/// title of a devotional book by its founder, not on the program's own pages.
pub const SPANISH_NAMES: [&str; 3] = [
    "Narcotics Anonymous",
    "Cocaine Anonymous",
    "Nar-Anon Family Groups",
];

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
    use super::checkins::{craving_label, mood_label, CheckInProblem, CRAVINGS, MOODS};
    use super::ics::Weekday;
    use super::journal::CountLabel;
    use super::milestones::{about, just_for_today_lines, MilestoneSet};
    let mut texts: Vec<&'static str> = Vec::new();
    texts.extend(CountLabel::ALL.map(CountLabel::text));
    texts.extend(MilestoneSet::ALL.map(MilestoneSet::label));
    texts.extend(Weekday::ALL.map(Weekday::label));
    texts.extend(MOODS.filter_map(mood_label));
    texts.extend(CRAVINGS.filter_map(craving_label));
    texts.extend(CheckInProblem::ALL.map(CheckInProblem::template));
    texts.extend(just_for_today_lines());
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
    use super::journal::{ImportError, Problem, FIELDS_IN_WORDS};
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
    texts.extend(ImportError::DETAILS);
    texts.extend(Problem::ALL.map(Problem::english));
    texts.extend(FIELDS_IN_WORDS);
    for reference in super::help::references() {
        texts.extend([reference.title, reference.detail]);
    }
    texts
}
