// Safety sentences shown where they fit: beside medication, after "I used again", on the help
// page and with the wizard's results. Facts from ../shared/sources/safety-facts.md (checked
// November 2026), in our own words. Information, not medical advice.

use crate::domain::safety::SafetyNote;

/// Shown beside every mention of medication: the questions' hints, the group fact and the results.
pub static PRESCRIBER: &str = "Please don't stop or change a prescribed medicine because of what a group thinks of it. Talk to the person who prescribes it first.";

/// Where alcohol with other drugs comes up, and on the help page.
pub static WITHDRAWAL: &str = "After heavy, regular drinking or use of benzodiazepines (such as Xanax, Valium or Klonopin), stopping suddenly can be dangerous and can cause seizures. Talk to a doctor before you stop or cut down: medical help makes it safer.";

/// After "I used again", on the tracker's history and on the help page.
pub static OVERDOSE: SafetyNote = SafetyNote {
    title: "Staying safer after a break",
    points: &[
        "After a break from using, even a few days, your body can handle less than before. The amount you used to take can now cause an overdose.",
        "Try not to use alone. Keep naloxone (such as Narcan nasal spray) with you, and tell someone where it is. In the US you can buy it without a prescription.",
        "If someone may be overdosing, call the emergency number (911 in the US), give naloxone if you have it, and stay with them.",
    ],
    source: "From SAMHSA's Overdose Prevention and Response Toolkit (2025) and the FDA's approval of naloxone without a prescription (2023). This is information, not medical advice.",
};
