// The choice wizard's questions and scoring rules. Change a question's words or a rule's points
// here; no component needs to change. Factors come from the source article: severity,
// spirituality, co-occurring mental-health conditions, where meetings are, and comfort; plus
// what some people dislike in some groups (a higher power, the addict label, loose structure,
// not being able to talk about psychiatric medication). A native test checks every rule names
// a real question and choice.

use crate::domain::catalog::{Approach, AvailabilityLevel, Spirituality, Sponsorship, Substance};
use crate::domain::wizard::GroupHas::*;
use crate::domain::wizard::{Choice, Placement, PlacementRule, Question, Rule};

const fn choice(key: &'static str, label: &'static str) -> Choice {
    Choice { key, label }
}

pub static QUESTIONS: &[Question] = &[
    Question {
        key: "who",
        legend: "Who are you looking for support for?",
        hint: None,
        many: false,
        choices: &[choice("me", "For me"), choice("someone-else", "For someone I care about")],
    },
    Question {
        key: "substances",
        legend: "Which drugs are involved?",
        hint: Some("Pick all that apply."),
        many: true,
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
        choices: &[
            choice("a-little", "A little: it's starting to worry me"),
            choice("some", "Quite a lot: it's causing problems"),
            choice("severe", "A lot: it's hard to get through the day"),
            choice("very-severe", "It feels out of control"),
        ],
    },
    Question {
        key: "spirituality",
        legend: "How do you feel about spirituality or religion in recovery?",
        hint: None,
        many: false,
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
        choices: &[choice("yes", "Yes"), choice("not-sure", "Not sure"), choice("no", "No")],
    },
    Question {
        key: "medication",
        legend: "Is medication for mental health or for recovery part of the plan, and should it be OK to talk about it openly?",
        hint: Some("For example antidepressants, or medicines such as buprenorphine or methadone."),
        many: false,
        choices: &[choice("yes", "Yes"), choice("no", "No")],
    },
    Question {
        key: "meetings",
        legend: "What kind of meetings would work?",
        hint: None,
        many: false,
        choices: &[
            choice("in-person", "In-person meetings near me"),
            choice("online", "Online is fine"),
            choice("either", "Either"),
        ],
    },
    Question {
        key: "region",
        legend: "Where are you, roughly?",
        hint: Some("Some groups meet in person only in some places."),
        many: false,
        choices: &[
            choice("california", "In California"),
            choice("us", "Elsewhere in the US"),
            choice("outside-us", "Outside the US"),
        ],
    },
    Question {
        key: "support",
        legend: "What kind of support sounds best?",
        hint: None,
        many: false,
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
        choices: &[choice("yes", "Yes, women only"), choice("no", "No preference")],
    },
];

/// The wizard's screens, each a list of question keys shown together.
pub static SCREENS: &[&[&str]] = &[
    &["who"],
    &["substances"],
    &["severity"],
    &["spirituality"],
    &["mental-health"],
    &["medication"],
    &["meetings", "region"],
    &["support"],
    &["women"],
];

pub static PROFESSIONAL_HELP: &str = "Peer groups work best alongside professional treatment. A doctor or counselor can help you find the right care, and the SAMHSA National Helpline (1-800-662-4357, free and open all day, every day) can point you to services near you.";

pub static FAMILY_GUIDANCE: &str = "Supporting someone you love is hard, and your wellbeing matters too. Groups for family and friends are for you; the groups below may suit the person you care about, if and when they want to go.";

const fn rule(
    when: &'static [(&'static str, &'static str)],
    group: &'static [crate::domain::wizard::GroupHas],
    points: i32,
    why: &'static str,
) -> Rule {
    Rule {
        when,
        group,
        points,
        why,
    }
}

pub static RULES: &[Rule] = &[
    // Who it is for. A family group answers a different need, so it outranks everything.
    rule(&[("who", "someone-else")], &[Families], 1000, "It is for family and friends of a person who uses drugs, so it supports you."),
    rule(&[("who", "me")], &[Families], -1000, "It is for family and friends, not for the person who uses drugs."),
    // Substances.
    rule(&[("substances", "opioids")], &[AnyDrug, NotFamilies], 10, "It welcomes people who use any drug, including opioids."),
    rule(&[("substances", "alcohol-and-drugs")], &[AnyDrug, NotFamilies], 10, "It welcomes people who use alcohol along with other drugs."),
    rule(&[("substances", "several")], &[AnyDrug, NotFamilies], 10, "It welcomes people who use any drug, so several drugs are fine."),
    rule(&[("substances", "cocaine")], &[Focus(Substance::Cocaine)], 30, "It is made for people who use cocaine."),
    rule(&[("substances", "meth")], &[Focus(Substance::Methamphetamine)], 30, "It is made for people who use crystal meth."),
    rule(&[("substances", "cannabis")], &[Focus(Substance::Cannabis)], 30, "It is made for people who use cannabis."),
    rule(&[], &[OtherFocus], -30, "It focuses on one drug that isn't among the ones you picked."),
    // Spirituality.
    rule(&[("spirituality", "spiritual")], &[Spirituality(Spirituality::Central)], 40, "A spiritual path is at its heart."),
    rule(&[("spirituality", "spiritual")], &[Spirituality(Spirituality::Optional)], 15, "Spirituality is welcome there."),
    rule(&[("spirituality", "spiritual")], &[Spirituality(Spirituality::None)], -20, "It is secular, with no spiritual path."),
    rule(&[("spirituality", "open")], &[Spirituality(Spirituality::Optional)], 10, "Spirituality is welcome but not required."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::None)], 60, "It is secular: no higher power or religion."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::Optional)], 10, "Spirituality is optional there."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::Central), NotFamilies], -120, "A higher power is central to it, and you said you'd prefer a secular approach."),
    rule(&[("spirituality", "secular")], &[Spirituality(Spirituality::Central), Families], -10, "It is spiritual; you said you'd prefer a secular approach."),
    // Mental health and medication.
    rule(&[("mental-health", "yes")], &[CoOccurring], 100, "It is made for people living with a mental-health condition as well."),
    rule(&[("mental-health", "not-sure")], &[CoOccurring], 40, "It welcomes people living with a mental-health condition as well."),
    rule(&[("medication", "yes")], &[CoOccurring], 40, "Talking about psychiatric medication is expected there."),
    rule(&[("medication", "yes")], &[Slug("lifering-secular-recovery")], 30, "It accepts medication a doctor prescribes."),
    rule(&[("medication", "yes")], &[Approach(Approach::TwelveStep), NotFamilies, NotCoOccurring], -15, "Some people find it hard to talk about psychiatric medication in 12-step meetings."),
    // Meetings and where the person is.
    rule(&[("meetings", "in-person")], &[Availability(AvailabilityLevel::Wide)], 40, "Its meetings are held almost everywhere."),
    rule(&[("meetings", "in-person")], &[Availability(AvailabilityLevel::Limited)], -30, "In-person meetings are hard to find in many places."),
    rule(&[("meetings", "in-person")], &[InPersonNotConfirmed], -20, "We couldn't confirm in-person meetings; check its site."),
    rule(&[("meetings", "in-person"), ("region", "california")], &[Slug("lifering-secular-recovery")], 50, "Most of its in-person meetings are in California."),
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
    rule(&[("support", "own-plan")], &[Slug("lifering-secular-recovery")], 50, "You design your own recovery plan."),
    rule(&[("support", "own-plan")], &[Approach(Approach::SecularSelfEmpowerment)], 20, "It puts your own choices at the centre."),
    rule(&[("support", "steps")], &[Approach(Approach::TwelveStep)], 40, "It follows a clear step-by-step path."),
    rule(&[("support", "steps")], &[Approach(Approach::Christian)], 40, "It follows a clear step-by-step path."),
    rule(&[("support", "steps")], &[Leaders(crate::domain::catalog::Leaders::TrainedFacilitators)], 15, "Trained facilitators keep meetings structured."),
    // Women-only groups.
    rule(&[("women", "yes")], &[WomenOnly], 100, "It is a women-only programme."),
    rule(&[("women", "no")], &[WomenOnly], -15, "It is only for women."),
];

/// Guarantees that points alone can't give when answers pull in different directions.
pub static PLACEMENTS: &[PlacementRule] = &[
    // A secular wish is never answered with a spiritual group first (a family's own group aside).
    PlacementRule {
        when: &[("spirituality", "secular")],
        group: &[Spirituality(Spirituality::Central), NotFamilies],
        placement: Placement::NotFirst,
    },
    // Outside the US, online meetings may be the only way in.
    PlacementRule {
        when: &[("meetings", "online"), ("region", "outside-us")],
        group: &[OnlineNotConfirmed, NotFamilies],
        placement: Placement::NotFirst,
    },
    // The group made for a mental-health condition as well always shows near the top.
    PlacementRule {
        when: &[("mental-health", "yes")],
        group: &[CoOccurring],
        placement: Placement::WithinTop(3),
    },
    PlacementRule {
        when: &[("women", "yes")],
        group: &[WomenOnly],
        placement: Placement::WithinTop(3),
    },
];
