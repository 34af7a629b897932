// The choice wizard's questions and scoring rules. Change a question's words or a rule's points
// here; no component needs to change. Factors come from the source article: severity,
// spirituality, co-occurring mental-health conditions, where meetings are, and comfort; plus
// what some people dislike in some groups (a higher power, the addict label, loose structure,
// not being able to talk about psychiatric medication). Medication for opioid use disorder is
// its own question, from ../shared/sources/safety-facts.md. A native test checks every rule
// names a real question and choice.

use crate::domain::catalog::{
    Approach, AvailabilityLevel, Fact, MoudStance, Spirituality, Sponsorship, Substance,
};
use crate::domain::safety::{PRESCRIBER, WITHDRAWAL};
use crate::domain::wizard::GroupHas::*;
use crate::domain::wizard::{AskWhen, Choice, Note, Placement, PlacementRule, Question, Rule};

const fn choice(key: &'static str, label: &'static str) -> Choice {
    Choice { key, label }
}

pub static QUESTIONS: &[Question] = &[
    Question {
        key: "who",
        legend: "Who are you looking for support for?",
        hint: None,
        many: false,
        ask: AskWhen::Always,
        choices: &[choice("me", "For me"), choice("someone-else", "For someone I care about")],
    },
    Question {
        key: "substances",
        legend: "Which drugs are involved?",
        hint: Some("Pick all that apply."),
        many: true,
        ask: AskWhen::Always,
        choices: &[
            choice("opioids", "Opioids, such as heroin, fentanyl or pain pills"),
            choice("cocaine", "Cocaine or crack"),
            choice("meth", "Methamphetamine (crystal meth)"),
            choice("cannabis", "Cannabis (marijuana)"),
            choice("alcohol-and-drugs", "Alcohol together with other drugs"),
            choice("several", "Several different drugs"),
        ],
    },
    Question {
        key: "severity",
        legend: "How much is drug use affecting life right now?",
        hint: None,
        many: false,
        ask: AskWhen::Always,
        choices: &[
            choice("a-little", "A little: it's starting to worry me"),
            choice("some", "Quite a lot: it's causing problems"),
            choice("severe", "A lot: it's hard to get through the day"),
            choice("very-severe", "It feels out of control"),
            choice("not-sure", "I'm not sure"),
        ],
    },
    Question {
        key: "spirituality",
        legend: "How do you feel about spirituality or religion in recovery?",
        hint: None,
        many: false,
        ask: AskWhen::Always,
        choices: &[
            choice("spiritual", "I'd like a spiritual or religious path"),
            choice("open", "I'm open to it"),
            choice("secular", "I'd prefer a secular approach"),
        ],
    },
    Question {
        key: "mental-health",
        legend: "Is depression, anxiety, bipolar disorder or another mental-health condition part of the picture?",
        hint: None,
        many: false,
        ask: AskWhen::Always,
        choices: &[choice("yes", "Yes"), choice("not-sure", "Not sure"), choice("no", "No")],
    },
    Question {
        key: "psych-medication",
        legend: "Is medication for mental health part of the plan, such as an antidepressant or a mood stabilizer?",
        hint: Some(PRESCRIBER),
        many: false,
        ask: AskWhen::Always,
        choices: &[choice("yes", "Yes"), choice("no", "No")],
    },
    Question {
        key: "moud",
        legend: "Is medication for opioid use disorder part of the plan, such as methadone, buprenorphine or naltrexone?",
        hint: Some(PRESCRIBER),
        many: false,
        ask: AskWhen::MaybeOpioids,
        choices: &[choice("yes", "Yes, now or soon"), choice("no", "No")],
    },
    Question {
        key: "meetings",
        legend: "What kind of meetings would work?",
        hint: None,
        many: false,
        ask: AskWhen::Always,
        choices: &[
            choice("in-person", "In-person meetings near me"),
            choice("online", "Online is fine"),
            choice("either", "Either"),
        ],
    },
    Question {
        key: "region",
        legend: "Where are you, roughly?",
        hint: Some("Some groups meet in person only in some places, and help lines differ by country."),
        many: false,
        ask: AskWhen::Always,
        choices: &[
            choice("california", "In California"),
            choice("us", "Elsewhere in the US"),
            choice("outside-us", "Outside the US"),
        ],
    },
    // The last two are about the person's own recovery, so a family member isn't asked them.
    Question {
        key: "support",
        legend: "What kind of support sounds best?",
        hint: None,
        many: false,
        ask: AskWhen::ForOwnRecovery,
        choices: &[
            choice("sponsor", "A personal sponsor or mentor"),
            choice("tools", "Practical tools and worksheets"),
            choice("own-plan", "Designing my own plan"),
            choice("steps", "A clear step-by-step structure"),
        ],
    },
    Question {
        key: "women",
        legend: "Would a women-only group be better?",
        hint: Some("Optional."),
        many: false,
        ask: AskWhen::ForOwnRecovery,
        choices: &[choice("yes", "Yes, women only"), choice("no", "No preference")],
    },
];

/// The wizard's screens, each a list of question keys shown together. A screen whose questions
/// are all left out for the answers so far (see `AskWhen`) is skipped.
pub static SCREENS: &[&[&str]] = &[
    &["who"],
    &["substances"],
    &["severity"],
    &["spirituality"],
    &["mental-health"],
    &["psych-medication"],
    &["moud"],
    &["meetings", "region"],
    &["support"],
    &["women"],
];

pub static PROFESSIONAL_HELP_US: &str = "Peer groups work best alongside professional treatment. A doctor or counselor can help you find the right care. In the US, the SAMHSA National Helpline (1-800-662-4357, free and open all day, every day, in English or Spanish) can point you to services near you. In a crisis, call or text 988; in an emergency, call 911.";

pub static PROFESSIONAL_HELP_ANYWHERE: &str = "Peer groups work best alongside professional treatment. A doctor or counselor can help you find the right care. In the US, the SAMHSA National Helpline (1-800-662-4357, free, all day, every day, in English or Spanish) can point you to services; in a crisis, call or text 988. Elsewhere, findahelpline.com lists free help lines in your country. In an emergency, call 911 in the US or Canada, or your local number: 112 across the EU, 999 in the UK, 000 in Australia.";

pub static PROFESSIONAL_HELP_OUTSIDE_US: &str = "Peer groups work best alongside professional treatment. A doctor or counselor can help you find the right care. Outside the US, findahelpline.com lists free help lines in your country; in Canada, call or text 9-8-8 in a crisis. In an emergency, call your local emergency number: 911 in Canada, 112 across the EU, 999 in the UK, 000 in Australia.";

/// The answers that call for professional help: the two most severe, and "not sure".
const SEVERE_OR_UNSURE: &[(&str, &str)] = &[
    ("severity", "severe"),
    ("severity", "very-severe"),
    ("severity", "not-sure"),
];

/// Where the person said they are, for the help notes.
const IN_THE_US: &[(&str, &str)] = &[("region", "us"), ("region", "california")];
const ANY_REGION: &[(&str, &str)] = &[
    ("region", "us"),
    ("region", "california"),
    ("region", "outside-us"),
];

/// The notes shown above the results, each when its answers were given.
pub static NOTES: &[Note] = &[
    Note {
        when: &[("who", "someone-else")],
        any_of: &[],
        unless: &[],
        text: FAMILY_GUIDANCE,
        help_link: false,
    },
    // By region; with no region answer, one note that covers both.
    Note {
        when: &[],
        any_of: &[SEVERE_OR_UNSURE, IN_THE_US],
        unless: &[],
        text: PROFESSIONAL_HELP_US,
        help_link: true,
    },
    Note {
        when: &[("region", "outside-us")],
        any_of: &[SEVERE_OR_UNSURE],
        unless: &[],
        text: PROFESSIONAL_HELP_OUTSIDE_US,
        help_link: true,
    },
    Note {
        when: &[],
        any_of: &[SEVERE_OR_UNSURE],
        unless: ANY_REGION,
        text: PROFESSIONAL_HELP_ANYWHERE,
        help_link: true,
    },
    Note {
        when: &[("substances", "alcohol-and-drugs")],
        any_of: &[],
        unless: &[],
        text: WITHDRAWAL,
        help_link: false,
    },
    Note {
        when: &[],
        any_of: &[&[("psych-medication", "yes"), ("moud", "yes")]],
        unless: &[],
        text: PRESCRIBER,
        help_link: false,
    },
];

pub static FAMILY_GUIDANCE: &str = "Supporting someone you love is hard, and your well-being matters too. Groups for family and friends are for you; the groups below may suit the person you care about, if and when they want to go.";

const fn rule(
    when: &'static [(&'static str, &'static str)],
    group: &'static [crate::domain::wizard::GroupHas],
    points: i32,
    why: &'static str,
) -> Rule {
    rule_unless(when, &[], group, points, why)
}

/// A rule that does not apply when any answer in `unless` was given.
const fn rule_unless(
    when: &'static [(&'static str, &'static str)],
    unless: &'static [(&'static str, &'static str)],
    group: &'static [crate::domain::wizard::GroupHas],
    points: i32,
    why: &'static str,
) -> Rule {
    Rule {
        when,
        unless,
        group,
        points,
        why,
    }
}

pub static RULES: &[Rule] = &[
    // Who it is for. A family group answers a different need, so it outranks everything.
    rule(&[("who", "someone-else")], &[Families], 1000, "It is for family and friends of a person who uses drugs, so it supports you."),
    rule_unless(&[], &[("who", "someone-else")], &[Families], -1000, "It is for family and friends, not for the person who uses drugs."),
    // The person they care about may not be a woman: the family path doesn't ask.
    rule(&[("who", "someone-else")], &[WomenOnly], -15, "It is only for women."),
    // Substances.
    rule(&[("substances", "opioids")], &[AnyDrug, NotFamilies], 10, "It welcomes people who use any drug, including opioids."),
    rule(&[("substances", "alcohol-and-drugs")], &[AnyDrug, NotFamilies], 10, "It welcomes people who use alcohol along with other drugs."),
    rule(&[("substances", "several")], &[AnyDrug, NotFamilies], 10, "It welcomes people who use any drug, so several drugs are fine."),
    rule(&[("substances", "cocaine")], &[Focus(Substance::Cocaine)], 30, "It is made for people who use cocaine."),
    rule(&[("substances", "meth")], &[Focus(Substance::Methamphetamine)], 30, "It is made for people who use crystal meth."),
    rule(&[("substances", "cannabis")], &[Focus(Substance::Cannabis)], 30, "It is made for people who use cannabis."),
    rule(&[], &[OtherFocus], -30, "It focuses on one drug that isn't among the ones you picked."),
    // Spirituality.
    rule(&[("spirituality", "spiritual")], &[Spirituality(Spirituality::Central), NotApproach(Approach::Christian)], 40, "A spiritual path is at its heart."),
    rule(&[("spirituality", "spiritual")], &[Approach(Approach::Christian)], 40, "It is a Christian program: faith in Christ is at its heart."),
    rule(&[("spirituality", "spiritual")], &[Spirituality(Spirituality::Optional)], 15, "Spirituality is welcome there."),
    rule(&[("spirituality", "spiritual")], &[Spirituality(Spirituality::None)], -20, "It is secular, with no spiritual path."),
    rule(&[("spirituality", "open")], &[Spirituality(Spirituality::Optional)], 10, "Spirituality is welcome but not required."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::None)], 60, "It is secular: no higher power or religion."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::Optional)], 10, "Spirituality is optional there."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::Central), NotFamilies, NotApproach(Approach::Christian)], -120, "A higher power is central to it, and you said you'd prefer a secular approach."),
    rule(&[("spirituality", "secular")], &[Approach(Approach::Christian)], -120, "It is a Christian program, and you said you'd prefer a secular approach."),
    rule(&[("spirituality", "open")], &[Approach(Approach::Christian)], -5, "It is a Christian program, built on faith in Christ."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::Central), Families], -10, "It is spiritual; you said you'd prefer a secular approach."),
    // Mental health and psychiatric medication. A group made for a mental-health condition as well
    // gets no points from medication alone: only when the condition may be part of the picture.
    rule(&[("mental-health", "yes")], &[CoOccurring], 100, "You said a mental-health condition is part of the picture, and it is made for people who live with both that and drug use."),
    rule(&[("mental-health", "not-sure")], &[CoOccurring], 40, "It welcomes people living with a mental-health condition as well."),
    rule(&[("mental-health", "no")], &[CoOccurring], -100, "It is for people living with a mental-health condition as well as drug use, and you said that isn't part of the picture."),
    rule_unless(&[("psych-medication", "yes")], &[("mental-health", "no")], &[CoOccurring], 40, "Talking about psychiatric medication is expected there."),
    rule(&[("psych-medication", "yes")], &[Slug("lifering-secular-recovery"), SourcedBy(Fact::Program)], 30, "It accepts medication a doctor prescribes."),
    rule(&[("psych-medication", "yes")], &[Approach(Approach::TwelveStep), NotFamilies, NotCoOccurring], -15, "Some people find it hard to talk about psychiatric medication in 12-step meetings."),
    // Medication for opioid use disorder: points only where a group says it welcomes it, a small
    // caution (never a ban) where practice varies, a larger one where a group has said nothing,
    // and no bonus for the mental-health group.
    rule(&[("moud", "yes")], &[Moud(MoudStance::Welcomes)], 40, "It says it welcomes people who take prescribed methadone or buprenorphine, and that these medicines help protect people from overdose."),
    rule(&[("moud", "yes")], &[Moud(MoudStance::WelcomeButGroupsDiffer)], -2, "NA says people on methadone are welcome at any of its meetings. Members and researchers report that local groups differ on whether people on these medicines can share, take service roles or count what NA calls clean time, so ask a meeting how it works there."),
    rule(&[("moud", "yes")], &[Moud(MoudStance::NotStated), NotFamilies], -5, "We found no statement from this group on medication for opioid use disorder. Ask a meeting whether and how it welcomes people who take it."),
    // Meetings and where the person is.
    rule(&[("meetings", "in-person")], &[Availability(AvailabilityLevel::Wide)], 40, "Its meetings are held almost everywhere."),
    rule(&[("meetings", "in-person")], &[Availability(AvailabilityLevel::Limited)], -30, "In-person meetings are hard to find in many places."),
    rule(&[("meetings", "in-person")], &[InPersonNotConfirmed], -20, "We couldn't confirm in-person meetings; check its site."),
    rule(&[("meetings", "in-person"), ("region", "california")], &[Slug("lifering-secular-recovery"), SourcedBy(Fact::Availability)], 50, "Most of its in-person meetings are in California."),
    rule(&[("meetings", "online")], &[OnlineMeetings], 30, "It has online meetings you can join from anywhere."),
    rule(&[("meetings", "either")], &[OnlineMeetings], 10, "It has online meetings as well."),
    rule(&[("meetings", "online")], &[OnlineNotConfirmed, NotFamilies], -60, "We couldn't confirm online meetings; check its site."),
    rule(&[("meetings", "online"), ("region", "outside-us")], &[OnlineNotConfirmed, NotFamilies], -100, "Outside the US, online meetings may be the easiest way in, and we couldn't confirm it has them."),
    rule(&[("region", "outside-us")], &[Availability(AvailabilityLevel::Wide)], 20, "It meets in many countries."),
    // Support style.
    rule(&[("support", "sponsor")], &[Sponsorship(Sponsorship::Sponsors)], 50, "Members can have a sponsor."),
    rule(&[("support", "sponsor")], &[Sponsorship(Sponsorship::Mentors)], 40, "Members can have a mentor."),
    rule(&[("support", "sponsor")], &[Sponsorship(Sponsorship::None)], -20, "It has no sponsors."),
    rule(&[("support", "tools")], &[Approach(Approach::CbtBased)], 50, "It teaches practical tools and worksheets."),
    rule(&[("support", "tools")], &[Approach(Approach::SecularSelfEmpowerment)], 10, "It focuses on skills you build yourself."),
    rule(&[("support", "own-plan")], &[Slug("lifering-secular-recovery"), SourcedBy(Fact::Approach)], 50, "You design your own recovery plan."),
    rule(&[("support", "own-plan")], &[Approach(Approach::SecularSelfEmpowerment)], 20, "It puts your own choices at the center."),
    rule(&[("support", "steps")], &[Approach(Approach::TwelveStep)], 40, "It follows a clear step-by-step path."),
    rule(&[("support", "steps")], &[Approach(Approach::Christian)], 40, "It follows a clear step-by-step path."),
    rule(&[("support", "steps")], &[Leaders(crate::domain::catalog::Leaders::TrainedFacilitators)], 15, "Trained facilitators keep meetings structured."),
    // Women-only groups.
    rule(&[("women", "yes")], &[WomenOnly], 100, "It is a women-only program."),
    rule(&[("women", "no")], &[WomenOnly], -15, "It is only for women."),
];

/// A family member's answers describe the person they care about; no group for a person's own
/// recovery is pushed into a family member's top 3 by a placement rule.
const FOR_FAMILY: &[(&str, &str)] = &[("who", "someone-else")];

/// Guarantees that points alone can't give when answers pull in different directions.
pub static PLACEMENTS: &[PlacementRule] = &[
    // A secular wish is never answered with a spiritual group first (a family's own group aside).
    PlacementRule {
        when: &[("spirituality", "secular")],
        unless: &[],
        group: &[Spirituality(Spirituality::Central), NotFamilies],
        placement: Placement::NotFirst,
    },
    // Outside the US, online meetings may be the only way in.
    PlacementRule {
        when: &[("meetings", "online"), ("region", "outside-us")],
        unless: &[],
        group: &[OnlineNotConfirmed, NotFamilies],
        placement: Placement::NotFirst,
    },
    // The group made for a mental-health condition as well shows near the top when the person
    // has one, and not near the top when they said they don't.
    PlacementRule {
        when: &[("mental-health", "yes")],
        unless: FOR_FAMILY,
        group: &[CoOccurring],
        placement: Placement::WithinTop(3),
    },
    PlacementRule {
        when: &[("mental-health", "no")],
        unless: &[],
        group: &[CoOccurring],
        placement: Placement::NotWithinTop(3),
    },
    // Medication for opioid use disorder is no reason to put the mental-health group first.
    PlacementRule {
        when: &[("moud", "yes")],
        unless: &[("mental-health", "yes")],
        group: &[CoOccurring],
        placement: Placement::NotFirst,
    },
    PlacementRule {
        when: &[("women", "yes")],
        unless: FOR_FAMILY,
        group: &[WomenOnly],
        placement: Placement::WithinTop(3),
    },
];
