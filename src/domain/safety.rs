//! Safety sentences the app shows where they fit: medication, overdose risk after a break, and
//! withdrawal that can be dangerous.

/// A short note a person can open and close: a title, a few points and where they come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyNote {
    pub title: &'static str,
    pub points: &'static [&'static str],
    pub source: &'static str,
}

#[path = "../../data/safety.rs"]
mod safety_data;

pub use safety_data::{OVERDOSE, PRESCRIBER, WITHDRAWAL};

#[cfg(test)]
mod tests {
    use super::*;

    /// safety-facts.md: tolerance, not using alone, naloxone, and what to do in an overdose.
    #[test]
    fn the_overdose_note_covers_what_keeps_people_alive() {
        let all = OVERDOSE.points.join(" ");
        for words in [
            "can handle less",
            "use alone",
            "naloxone",
            "without a prescription",
            "911",
            "stay with them",
        ] {
            assert!(all.contains(words), "missing: {words}");
        }
        assert!(OVERDOSE.source.contains("not medical advice"));
    }

    #[test]
    fn medication_and_withdrawal_notes_point_to_a_professional() {
        assert!(PRESCRIBER.contains("don't stop or change a prescribed medicine"));
        assert!(PRESCRIBER.contains("person who prescribes it"));
        assert!(WITHDRAWAL.contains("alcohol") || WITHDRAWAL.contains("drinking"));
        assert!(WITHDRAWAL.contains("benzodiazepines"));
        assert!(WITHDRAWAL.contains("Talk to a doctor"));
    }
}
