//! The choice wizard: questions, answers, and ranked recommendations with the reasons for each.
//!
//! Questions and scoring rules are data (`data/wizard.rs`); this module only applies them.

use super::catalog::{
    groups, AvailabilityLevel, Fact, Group, MoudStance, Offered, Spirituality, Sponsorship,
    SubstanceFocus,
};
use super::catalog::{Approach, Leaders, Substance};
use super::sources::Confidence;
use std::fmt;

/// One answer a person can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable key, used in storage and in the rules.
    pub key: &'static str,
    pub label: &'static str,
}

/// One screen of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable key, used in storage and in the rules.
    pub key: &'static str,
    /// The question, as the fieldset's legend.
    pub legend: &'static str,
    /// A line of help under the question, if any.
    pub hint: Option<&'static str>,
    /// Whether more than one answer can be picked.
    pub many: bool,
    /// When the question is asked at all.
    pub ask: AskWhen,
    pub choices: &'static [Choice],
}

/// When a question is asked. A question left out is skipped, and any answer it had is ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskWhen {
    Always,
    /// Only when opioids may be among the drugs: opioids, several drugs, alcohol with other
    /// drugs, or the drugs question skipped.
    MaybeOpioids,
    /// Not when the person is looking for support for someone they care about.
    ForOwnRecovery,
}

/// What a rule looks for in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupHas {
    Slug(&'static str),
    /// Always true: names the fact a rule rests on, where its other features don't.
    SourcedBy(Fact),
    Approach(Approach),
    NotApproach(Approach),
    Moud(MoudStance),
    Spirituality(Spirituality),
    Sponsorship(Sponsorship),
    Leaders(Leaders),
    /// Open to people who use any drug.
    AnyDrug,
    /// Made for people who use this drug.
    Focus(Substance),
    /// Made for one drug, which the person did not pick.
    OtherFocus,
    CoOccurring,
    NotCoOccurring,
    WomenOnly,
    Families,
    NotFamilies,
    OnlineMeetings,
    OnlineNotConfirmed,
    InPersonNotConfirmed,
    Availability(AvailabilityLevel),
}

/// One scoring rule: when every answer in `when` was given and the group has every feature in
/// `group`, the group gets `points`, and `why` is shown as a reason (points above 0) or a
/// caution (points below 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// (question key, choice key) pairs; all must have been answered so.
    pub when: &'static [(&'static str, &'static str)],
    /// (question key, choice key) pairs; the rule does not apply if any was answered so.
    pub unless: &'static [(&'static str, &'static str)],
    pub group: &'static [GroupHas],
    pub points: i32,
    pub why: &'static str,
}

/// A guarantee about where a group may rank, whatever the points say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// A matching group is never ranked first while another group could be.
    NotFirst,
    /// A matching group is always among the first `n`.
    WithinTop(usize),
    /// A matching group is never among the first `n` while another group could be.
    NotWithinTop(usize),
}

/// A placement rule: when every answer in `when` was given, groups with every feature in
/// `group` are placed as `placement` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlacementRule {
    pub when: &'static [(&'static str, &'static str)],
    /// The rule does not apply if any of these answers was given.
    pub unless: &'static [(&'static str, &'static str)],
    pub group: &'static [GroupHas],
    pub placement: Placement,
}

/// A note shown with the results when its answers were given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    /// Every one of these answers was given.
    pub when: &'static [(&'static str, &'static str)],
    /// For each list here, at least one of its answers was given.
    pub any_of: &'static [&'static [(&'static str, &'static str)]],
    /// The note is not shown if any of these answers was given.
    pub unless: &'static [(&'static str, &'static str)],
    pub text: &'static str,
    /// Whether a link to the help page follows the note.
    pub help_link: bool,
}

#[path = "../../data/wizard.rs"]
mod wizard_data;

pub use wizard_data::{
    FAMILY_GUIDANCE, NOTES, PLACEMENTS, PROFESSIONAL_HELP_ANYWHERE, PROFESSIONAL_HELP_OUTSIDE_US,
    PROFESSIONAL_HELP_US, QUESTIONS, RULES, SCREENS,
};

/// The screen a question is on (0 for an unknown question).
pub fn screen_of(question: &str) -> usize {
    SCREENS
        .iter()
        .position(|keys| keys.contains(&question))
        .unwrap_or_default()
}

/// Whether `screen` has a question to ask, given the answers so far.
pub fn screen_is_asked(screen: usize, answers: &Answers) -> bool {
    SCREENS.get(screen).is_some_and(|keys| {
        keys.iter()
            .any(|key| QUESTIONS.iter().any(|q| q.key == *key && answers.asks(q)))
    })
}

/// The screen after `screen`, skipping screens with nothing to ask; `SCREENS.len()` is the
/// results.
pub fn next_screen(screen: usize, answers: &Answers) -> usize {
    (screen + 1..SCREENS.len())
        .find(|s| screen_is_asked(*s, answers))
        .unwrap_or(SCREENS.len())
}

/// The screen before `screen`, skipping screens with nothing to ask.
pub fn previous_screen(screen: usize, answers: &Answers) -> usize {
    (0..screen.min(SCREENS.len()))
        .rev()
        .find(|s| screen_is_asked(*s, answers))
        .unwrap_or(0)
}

/// "Step n of total" for `screen`, counting only the screens that are asked.
pub fn step_of(screen: usize, answers: &Answers) -> (usize, usize) {
    let asked =
        |range: std::ops::Range<usize>| range.filter(|s| screen_is_asked(*s, answers)).count();
    (asked(0..screen + 1), asked(0..SCREENS.len()))
}

fn answered(answers: &Answers, pairs: &[(&str, &str)]) -> bool {
    pairs.iter().all(|(q, c)| answers.has(q, c))
}

fn answered_any(answers: &Answers, pairs: &[(&str, &str)]) -> bool {
    pairs.iter().any(|(q, c)| answers.has(q, c))
}

/// The notes for these answers, in the order `NOTES` gives, each text once.
pub fn notes(answers: &Answers) -> Vec<&'static Note> {
    let answers = answers.asked();
    let mut shown: Vec<&'static Note> = Vec::new();
    for note in NOTES {
        if answered(&answers, note.when)
            && note
                .any_of
                .iter()
                .all(|one_of| answered_any(&answers, one_of))
            && !answered_any(&answers, note.unless)
            && !shown.iter().any(|n| n.text == note.text)
        {
            shown.push(note);
        }
    }
    shown
}

/// The answers so far: for each question, the keys of the choices picked. A question not in the
/// list, or with no keys, was skipped ("prefer not to say").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    picked: Vec<(&'static str, Vec<&'static str>)>,
}

impl Answers {
    /// The keys picked for a question.
    pub fn get(&self, question: &str) -> &[&'static str] {
        self.picked
            .iter()
            .find(|(key, _)| *key == question)
            .map(|(_, choices)| choices.as_slice())
            .unwrap_or_default()
    }

    /// Whether this choice was picked.
    pub fn has(&self, question: &str, choice: &str) -> bool {
        self.get(question).contains(&choice)
    }

    /// Sets a question's answer. Unknown questions and choices are ignored, and a
    /// single-answer question keeps only the first choice.
    pub fn set(&mut self, question: &str, choices: &[&str]) {
        let Some(found) = QUESTIONS.iter().find(|q| q.key == question) else {
            return;
        };
        let mut keys: Vec<&'static str> = found
            .choices
            .iter()
            .filter(|choice| choices.contains(&choice.key))
            .map(|choice| choice.key)
            .collect();
        if !found.many {
            keys.truncate(1);
        }
        self.picked.retain(|(key, _)| *key != found.key);
        if !keys.is_empty() {
            self.picked.push((found.key, keys));
        }
        let position = |key: &str| QUESTIONS.iter().position(|q| q.key == key);
        super::sort_small(&mut self.picked, |a, b| position(a.0) < position(b.0));
    }

    /// Whether the person said this is for someone they care about.
    pub fn for_someone_else(&self) -> bool {
        self.has("who", "someone-else")
    }

    /// Whether `question` is asked, given the other answers.
    pub fn asks(&self, question: &Question) -> bool {
        match question.ask {
            AskWhen::Always => true,
            AskWhen::MaybeOpioids => {
                self.get("substances").is_empty()
                    || ["opioids", "several", "alcohol-and-drugs"]
                        .iter()
                        .any(|drug| self.has("substances", drug))
            }
            AskWhen::ForOwnRecovery => !self.for_someone_else(),
        }
    }

    /// Only the answers to questions that are asked: an answer left from an earlier path (say,
    /// "women only" before switching to "for someone I care about") no longer counts.
    pub fn asked(&self) -> Answers {
        Answers {
            picked: self
                .picked
                .iter()
                .filter(|(key, _)| QUESTIONS.iter().any(|q| q.key == *key && self.asks(q)))
                .cloned()
                .collect(),
        }
    }

    /// The answers as stored text: `question=choice,choice;question=choice`.
    pub fn encode(&self) -> String {
        self.picked
            .iter()
            .map(|(key, choices)| format!("{key}={}", choices.join(",")))
            .collect::<Vec<_>>()
            .join(";")
    }

    /// Answers from stored text. Anything unknown or malformed is dropped, never a panic.
    pub fn decode(stored: &str) -> Answers {
        let mut answers = Answers::default();
        for part in stored.split(';') {
            if let Some((question, choices)) = part.split_once('=') {
                let choices: Vec<&str> = choices.split(',').collect();
                answers.set(question.trim(), &choices);
            }
        }
        answers
    }
}

/// A reason for or against a group, as sure as the least certain fact it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub why: &'static str,
    pub confidence: Confidence,
}

impl Reason {
    /// A reason's sentence `why` with how sure we are in words (`marker`) before its full stop,
    /// as `Display` shows it: a view passes both in the page's language.
    pub fn marked(why: &str, marker: Option<&str>) -> String {
        match marker {
            Some(marker) => {
                let (sentence, stop) = match why.strip_suffix('.') {
                    Some(sentence) => (sentence, "."),
                    None => (why, ""),
                };
                format!("{sentence} ({marker}){stop}")
            }
            None => why.to_string(),
        }
    }
}

impl fmt::Display for Reason {
    /// The reason, with how sure we are in words when it is less than confirmed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Reason::marked(self.why, self.confidence.marker()))
    }
}

/// A group, its score, and the reasons for and against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub group: &'static Group,
    pub score: i32,
    /// "Fits because…"
    pub reasons: Vec<Reason>,
    /// "Keep in mind…"
    pub cautions: Vec<Reason>,
}

/// The fact of a group that a rule's feature rests on, if any.
fn fact_behind(feature: GroupHas) -> Option<Fact> {
    match feature {
        GroupHas::Slug(_) => None,
        GroupHas::SourcedBy(fact) => Some(fact),
        GroupHas::Approach(_) | GroupHas::NotApproach(_) => Some(Fact::Approach),
        GroupHas::Moud(_) => Some(Fact::Moud),
        GroupHas::Spirituality(_) => Some(Fact::Spirituality),
        GroupHas::Sponsorship(_) => Some(Fact::Sponsorship),
        GroupHas::Leaders(_) => Some(Fact::Leaders),
        GroupHas::AnyDrug
        | GroupHas::Focus(_)
        | GroupHas::OtherFocus
        | GroupHas::CoOccurring
        | GroupHas::NotCoOccurring
        | GroupHas::WomenOnly
        | GroupHas::Families
        | GroupHas::NotFamilies => Some(Fact::Audience),
        GroupHas::OnlineMeetings
        | GroupHas::OnlineNotConfirmed
        | GroupHas::InPersonNotConfirmed => Some(Fact::Formats),
        GroupHas::Availability(_) => Some(Fact::Availability),
    }
}

/// How sure we are of what a rule says about a group: its least certain fact.
fn rule_confidence(rule: &Rule, group: &Group) -> Confidence {
    rule.group
        .iter()
        .filter_map(|feature| fact_behind(*feature))
        .map(|fact| group.confidence_of(fact))
        .max()
        .unwrap_or(Confidence::Confirmed)
}

fn group_has(group: &Group, feature: GroupHas, answers: &Answers) -> bool {
    match feature {
        GroupHas::Slug(slug) => group.slug == slug,
        GroupHas::SourcedBy(_) => true,
        GroupHas::Approach(approach) => group.approach == approach,
        GroupHas::NotApproach(approach) => group.approach != approach,
        GroupHas::Moud(stance) => group.moud == stance,
        GroupHas::Spirituality(spirituality) => group.spirituality == spirituality,
        GroupHas::Sponsorship(sponsorship) => group.sponsorship == sponsorship,
        GroupHas::Leaders(leaders) => group.leaders == leaders,
        GroupHas::AnyDrug => group.audience.substances == SubstanceFocus::AnyDrug,
        GroupHas::Focus(substance) => group.audience.substances == SubstanceFocus::Only(substance),
        GroupHas::OtherFocus => match group.audience.substances {
            SubstanceFocus::AnyDrug => false,
            SubstanceFocus::Only(substance) => !answers.has("substances", substance.key()),
        },
        GroupHas::CoOccurring => group.audience.co_occurring_mental_health,
        GroupHas::NotCoOccurring => !group.audience.co_occurring_mental_health,
        GroupHas::WomenOnly => group.audience.women_only,
        GroupHas::Families => group.audience.families,
        GroupHas::NotFamilies => !group.audience.families,
        GroupHas::OnlineMeetings => group.formats.online == Offered::Yes,
        GroupHas::OnlineNotConfirmed => group.formats.online != Offered::Yes,
        GroupHas::InPersonNotConfirmed => group.formats.in_person != Offered::Yes,
        GroupHas::Availability(level) => group.availability.level == level,
    }
}

/// Every group, best fit first, each with at least one reason.
///
/// Ties are broken by availability (wider first), then by name, so the order is stable and
/// the list is never empty.
pub fn recommend(answers: &Answers) -> Vec<Recommendation> {
    rank(&answers.asked(), PLACEMENTS)
}

/// The ranking by points, then `placements`; answers are taken as given.
fn rank(answers: &Answers, placements: &[PlacementRule]) -> Vec<Recommendation> {
    let mut ranked: Vec<Recommendation> = groups()
        .iter()
        .map(|group| {
            let mut recommendation = Recommendation {
                group,
                score: 0,
                reasons: Vec::new(),
                cautions: Vec::new(),
            };
            for rule in RULES {
                let asked = answered(answers, rule.when) && !answered_any(answers, rule.unless);
                if asked && rule.group.iter().all(|f| group_has(group, *f, answers)) {
                    recommendation.score += rule.points;
                    let list = if rule.points >= 0 {
                        &mut recommendation.reasons
                    } else {
                        &mut recommendation.cautions
                    };
                    if !list.iter().any(|reason| reason.why == rule.why) {
                        list.push(Reason {
                            why: rule.why,
                            confidence: rule_confidence(rule, group),
                        });
                    }
                }
            }
            if recommendation.reasons.is_empty() {
                recommendation.reasons.push(Reason {
                    why: group.summary,
                    confidence: Confidence::Confirmed,
                });
            }
            recommendation
        })
        .collect();
    super::sort_small(&mut ranked, |a, b| {
        (b.score, b.group.availability.level, a.group.name)
            < (a.score, a.group.availability.level, b.group.name)
    });
    place(ranked, answers, placements)
}

/// Applies placement rules to a list sorted by score, one place at a time: the "within the top
/// n" groups when only just enough places are left for them, otherwise the best group that no
/// rule keeps out of this place ("not first", "not within the top n"), then the rest by score.
fn place(
    mut ranked: Vec<Recommendation>,
    answers: &Answers,
    placements: &[PlacementRule],
) -> Vec<Recommendation> {
    let applies = |rule: &PlacementRule, group: &Group| {
        answered(answers, rule.when)
            && !answered_any(answers, rule.unless)
            && rule.group.iter().all(|f| group_has(group, *f, answers))
    };
    let kept_out = |group: &Group, slot: usize| {
        placements.iter().any(|rule| match rule.placement {
            Placement::NotFirst => slot == 0 && applies(rule, group),
            Placement::NotWithinTop(n) => slot < n && applies(rule, group),
            Placement::WithinTop(_) => false,
        })
    };
    let within = |group: &Group| {
        placements.iter().find_map(|rule| match rule.placement {
            Placement::WithinTop(n) if applies(rule, group) => Some(n),
            _ => None,
        })
    };
    let mut placed = Vec::with_capacity(ranked.len());
    while !ranked.is_empty() {
        let slot = placed.len();
        // Groups that must still fit into the top places, and how many places are left for them.
        let due: Vec<usize> = ranked
            .iter()
            .enumerate()
            .filter(|(_, r)| within(r.group).is_some_and(|n| n > slot))
            .map(|(i, _)| i)
            .collect();
        let places_left = due
            .iter()
            .filter_map(|i| ranked.get(*i).and_then(|r| within(r.group)))
            .min()
            .map_or(usize::MAX, |n| n - slot);
        let best_allowed = ranked.iter().position(|r| !kept_out(r.group, slot));
        let next = match (due.first(), best_allowed) {
            (Some(first_due), _) if due.len() >= places_left => *first_due,
            (_, Some(allowed)) => allowed,
            _ => 0,
        };
        placed.push(ranked.remove(next));
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{group, Spirituality, Sponsorship};
    use crate::domain::safety::{PRESCRIBER, WITHDRAWAL};
    use proptest::prelude::*;

    /// Every combination of answers the properties depend on, each question also skipped.
    fn every_answer_set() -> Vec<Answers> {
        let options = |key: &str, keys: &[&'static str]| -> Vec<Option<&'static str>> {
            let question = QUESTIONS.iter().find(|q| q.key == key);
            assert!(question.is_some(), "no question {key}");
            std::iter::once(None)
                .chain(keys.iter().copied().map(Some))
                .collect()
        };
        // Several drugs at once, and alcohol with other drugs, as well as one at a time.
        let mut all = vec![Answers::default()];
        for picked in [
            &["opioids"][..],
            &["cocaine"],
            &["several"],
            &["alcohol-and-drugs"],
            &["opioids", "alcohol-and-drugs", "meth"],
        ] {
            let mut answers = Answers::default();
            answers.set("substances", picked);
            all.push(answers);
        }
        for (key, keys) in [
            ("who", &["me", "someone-else"][..]),
            ("spirituality", &["spiritual", "open", "secular"][..]),
            ("mental-health", &["yes", "not-sure", "no"][..]),
            ("psych-medication", &["yes"][..]),
            ("moud", &["yes"][..]),
            ("meetings", &["in-person", "online", "either"][..]),
            ("region", &["california", "us", "outside-us"][..]),
            ("support", &["sponsor", "tools", "own-plan", "steps"][..]),
            ("women", &["yes", "no"][..]),
        ] {
            all = all
                .into_iter()
                .flat_map(|answers| {
                    options(key, keys).into_iter().map(move |pick| {
                        let mut next = answers.clone();
                        if let Some(pick) = pick {
                            next.set(key, &[pick]);
                        }
                        next
                    })
                })
                .collect();
        }
        all
    }

    /// Every answer set with its ranking, worked out once for all the property tests.
    fn every_ranking() -> &'static [(Answers, Vec<Recommendation>)] {
        static ALL: std::sync::OnceLock<Vec<(Answers, Vec<Recommendation>)>> =
            std::sync::OnceLock::new();
        ALL.get_or_init(|| {
            every_answer_set()
                .into_iter()
                .map(|answers| {
                    let ranked = recommend(&answers);
                    (answers, ranked)
                })
                .collect()
        })
    }

    fn first(ranked: &[Recommendation]) -> &Recommendation {
        ranked.first().unwrap_or_else(|| panic!("empty results"))
    }

    fn top3(ranked: &[Recommendation]) -> Vec<&'static str> {
        ranked.iter().take(3).map(|r| r.group.slug).collect()
    }

    #[test]
    fn every_rule_names_a_real_question_and_choice() {
        for rule in RULES {
            assert!(!rule.why.trim().is_empty());
            assert_ne!(rule.points, 0, "{}", rule.why);
            for (question, choice) in rule.when {
                let found = QUESTIONS.iter().find(|q| q.key == *question);
                assert!(
                    found.is_some_and(|q| q.choices.iter().any(|c| c.key == *choice)),
                    "rule \"{}\" names {question}={choice}",
                    rule.why
                );
            }
            for feature in rule.group {
                if let GroupHas::Slug(slug) = feature {
                    assert!(group(slug).is_some(), "rule names unknown group {slug}");
                }
            }
        }
    }

    fn is_real_answer((question, choice): &(&str, &str)) -> bool {
        QUESTIONS
            .iter()
            .find(|q| q.key == *question)
            .is_some_and(|q| q.choices.iter().any(|c| c.key == *choice))
    }

    #[test]
    fn placement_rules_and_notes_name_real_questions() {
        for rule in PLACEMENTS {
            assert!(rule.when.iter().chain(rule.unless).all(is_real_answer));
        }
        for rule in RULES {
            assert!(rule.unless.iter().all(is_real_answer), "{}", rule.why);
        }
        for note in NOTES {
            let any_of = note.any_of.iter().flat_map(|list| list.iter());
            let pairs = note.when.iter().chain(any_of).chain(note.unless);
            assert!(pairs.clone().count() > 0);
            assert!(pairs.clone().all(is_real_answer));
        }
    }

    #[test]
    fn every_question_is_on_exactly_one_screen() {
        for question in QUESTIONS {
            let screens = SCREENS.iter().filter(|s| s.contains(&question.key)).count();
            assert_eq!(screens, 1, "{}", question.key);
            assert!(!question.choices.is_empty());
        }
        assert_eq!(SCREENS.len(), 10);
    }

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        let mut set = Answers::default();
        for (question, choices) in pairs {
            set.set(question, choices);
        }
        set
    }

    #[test]
    fn the_medication_questions_are_two_and_opioid_medication_is_asked_only_where_it_fits() {
        let moud = screen_of("moud");
        let psych = screen_of("psych-medication");
        assert_ne!(moud, psych);
        assert!(screen_is_asked(moud, &Answers::default()), "drugs skipped");
        assert!(screen_is_asked(
            moud,
            &answers(&[("substances", &["opioids", "cocaine"])])
        ));
        for maybe in ["several", "alcohol-and-drugs"] {
            assert!(
                screen_is_asked(moud, &answers(&[("substances", &[maybe])])),
                "{maybe}"
            );
        }
        let cocaine = answers(&[("substances", &["cocaine"]), ("moud", &["yes"])]);
        assert!(!screen_is_asked(moud, &cocaine));
        assert_eq!(next_screen(psych, &cocaine), moud + 1);
        assert_eq!(previous_screen(moud + 1, &cocaine), psych);
        assert!(
            !cocaine.asked().has("moud", "yes"),
            "a left-over answer no longer counts"
        );
        assert!(screen_is_asked(psych, &cocaine));
        for key in ["moud", "psych-medication"] {
            let question = QUESTIONS.iter().find(|q| q.key == key);
            assert_eq!(question.and_then(|q| q.hint), Some(PRESCRIBER), "{key}");
        }
    }

    #[test]
    fn a_family_member_is_not_asked_about_their_own_support_style_or_a_women_only_group() {
        let family = answers(&[("who", &["someone-else"]), ("women", &["yes"])]);
        assert!(!screen_is_asked(screen_of("women"), &family));
        assert!(!screen_is_asked(screen_of("support"), &family));
        assert_eq!(next_screen(screen_of("meetings"), &family), SCREENS.len());
        assert_eq!(step_of(0, &family), (1, 8));
        assert_eq!(step_of(0, &Answers::default()), (1, 10));
        assert!(!family.asked().has("women", "yes"));
    }

    #[test]
    fn the_answer_space_never_gives_an_empty_list_or_a_group_without_a_reason() {
        let all = every_ranking();
        assert!(all.len() > 50_000, "{}", all.len());
        for (answers, ranked) in all {
            assert_eq!(ranked.len(), groups().len(), "{}", answers.encode());
            for recommendation in ranked {
                assert!(!recommendation.reasons.is_empty(), "{}", answers.encode());
            }
        }
    }

    #[test]
    fn secular_preference_never_puts_a_central_spirituality_group_first() {
        for (answers, ranked) in every_ranking() {
            // A family member's own group comes first: see `family_group_comes_first`.
            if answers.has("spirituality", "secular") && !answers.for_someone_else() {
                let top = first(ranked);
                assert_ne!(
                    top.group.spirituality,
                    Spirituality::Central,
                    "{} for {}",
                    top.group.slug,
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn mental_health_yes_puts_dual_recovery_in_the_top_three() {
        for (answers, ranked) in every_ranking() {
            if answers.has("mental-health", "yes") && !answers.for_someone_else() {
                assert!(
                    top3(ranked).contains(&"dual-recovery-anonymous"),
                    "{:?} for {}",
                    top3(ranked),
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn family_group_comes_first_for_someone_i_care_about() {
        for (answers, ranked) in every_ranking() {
            if answers.for_someone_else() {
                assert!(
                    first(ranked).group.audience.families,
                    "{}",
                    answers.encode()
                );
            } else {
                assert!(
                    !first(ranked).group.audience.families,
                    "{}",
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn online_from_outside_the_us_never_puts_a_group_without_online_meetings_first() {
        for (answers, ranked) in every_ranking() {
            if answers.has("meetings", "online")
                && answers.has("region", "outside-us")
                && !answers.for_someone_else()
            {
                let top = first(ranked);
                assert!(
                    top.group.meets_online(),
                    "{} for {}",
                    top.group.slug,
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn mental_health_no_never_places_dual_recovery_in_the_top_three_or_gives_it_points() {
        for (answers, ranked) in every_ranking() {
            if answers.has("mental-health", "no") {
                assert!(
                    !top3(ranked).contains(&"dual-recovery-anonymous"),
                    "{:?} for {}",
                    top3(ranked),
                    answers.encode()
                );
                let for_mental_health: Vec<&str> = RULES
                    .iter()
                    .filter(|rule| rule.points > 0)
                    .filter(|rule| {
                        rule.when
                            .iter()
                            .any(|(q, _)| *q == "mental-health" || *q == "psych-medication")
                    })
                    .map(|rule| rule.why)
                    .collect();
                let dra = ranked
                    .iter()
                    .find(|r| r.group.audience.co_occurring_mental_health);
                assert!(
                    dra.is_some_and(|dra| dra
                        .reasons
                        .iter()
                        .all(|r| !for_mental_health.contains(&r.why))),
                    "{}",
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn opioid_medication_never_puts_dual_recovery_first_without_a_mental_health_yes() {
        for (answers, ranked) in every_ranking() {
            let asked = answers.asked();
            if asked.has("moud", "yes") && !asked.has("mental-health", "yes") {
                assert!(
                    !first(ranked).group.audience.co_occurring_mental_health,
                    "{}",
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn opioid_medication_yes_favours_groups_that_welcome_it_and_cautions_where_practice_varies() {
        let with = answers(&[("substances", &["opioids"]), ("moud", &["yes"])]);
        let without = answers(&[("substances", &["opioids"])]);
        let score = |answers: &Answers, slug: &str| {
            recommend(answers)
                .into_iter()
                .find(|r| r.group.slug == slug)
                .map(|r| (r.score, r.cautions))
                .unwrap_or_else(|| panic!("{slug} should be ranked"))
        };
        assert!(score(&with, "smart-recovery").0 > score(&without, "smart-recovery").0);
        let (na_with, na_cautions) = score(&with, "narcotics-anonymous");
        assert!(na_cautions.iter().any(|c| c.why.contains("ask a meeting")));
        // A caution, never a ban: NA, which says people on methadone are welcome, stays above
        // every group that has said nothing.
        let ranked = recommend(&with);
        for other in ranked
            .iter()
            .filter(|r| r.group.moud == MoudStance::NotStated && !r.group.audience.families)
        {
            assert!(
                na_with > other.score,
                "{} {} vs NA {na_with}",
                other.group.slug,
                other.score
            );
        }
        assert!(
            score(&with, "dual-recovery-anonymous").0
                <= score(&without, "dual-recovery-anonymous").0,
            "no bonus for the mental-health group from opioid medication"
        );
    }

    #[test]
    fn the_prescriber_sentence_shows_whenever_medication_is_answered_yes() {
        for (answers, _) in every_ranking() {
            let asked = answers.asked();
            let medication = asked.has("moud", "yes") || asked.has("psych-medication", "yes");
            let shown = notes(answers).iter().any(|note| note.text == PRESCRIBER);
            assert_eq!(medication, shown, "{}", answers.encode());
        }
    }

    #[test]
    fn help_notes_follow_severity_and_region() {
        let severe_us = answers(&[("severity", &["severe"]), ("region", &["us"])]);
        let texts = |a: &Answers| notes(a).iter().map(|n| n.text).collect::<Vec<_>>();
        assert_eq!(texts(&severe_us), [PROFESSIONAL_HELP_US]);
        let unsure_abroad = answers(&[("severity", &["not-sure"]), ("region", &["outside-us"])]);
        assert_eq!(texts(&unsure_abroad), [PROFESSIONAL_HELP_OUTSIDE_US]);
        let no_region = answers(&[("severity", &["very-severe"])]);
        assert_eq!(texts(&no_region), [PROFESSIONAL_HELP_ANYWHERE]);
        assert!(texts(&answers(&[("severity", &["a-little"])])).is_empty());
        let alcohol = answers(&[("substances", &["alcohol-and-drugs"])]);
        assert_eq!(texts(&alcohol), [WITHDRAWAL]);
    }

    #[test]
    fn a_family_path_gets_no_own_recovery_group_into_the_top_three_by_a_placement_rule() {
        let not_first_only: Vec<PlacementRule> = PLACEMENTS
            .iter()
            .filter(|rule| !matches!(rule.placement, Placement::WithinTop(_)))
            .copied()
            .collect();
        for (answers, ranked) in every_ranking() {
            if answers.for_someone_else() {
                let by_points = rank(&answers.asked(), &not_first_only);
                assert_eq!(
                    top3(ranked),
                    top3(&by_points),
                    "{} {:?}",
                    answers.encode(),
                    ranked
                        .iter()
                        .map(|r| (r.group.slug, r.score))
                        .collect::<Vec<_>>()
                );
            }
        }
    }

    #[test]
    fn christian_is_named_plainly() {
        for spirituality in ["spiritual", "open", "secular"] {
            let ranked = recommend(&answers(&[("spirituality", &[spirituality])]));
            let celebrate = ranked.iter().find(|r| r.group.slug == "celebrate-recovery");
            assert!(
                celebrate.is_some_and(|r| r
                    .reasons
                    .iter()
                    .chain(&r.cautions)
                    .any(|reason| reason.why.contains("Christian"))),
                "{spirituality}"
            );
        }
    }

    #[test]
    fn a_reason_resting_on_a_fact_less_than_confirmed_says_so() {
        let online = answers(&[("meetings", &["online"])]);
        let ranked = recommend(&online);
        let sos = ranked
            .iter()
            .find(|r| r.group.slug == "secular-organizations-for-sobriety");
        let reason = sos.and_then(|r| r.reasons.iter().find(|r| r.why.contains("online")));
        assert_eq!(reason.map(|r| r.confidence), Some(Confidence::Uncertain));
        assert!(reason.is_some_and(|r| r.to_string().contains("uncertain")));
        let smart = ranked.iter().find(|r| r.group.slug == "smart-recovery");
        let reason = smart.and_then(|r| r.reasons.iter().find(|r| r.why.contains("online")));
        assert_eq!(
            reason.map(|r| r.to_string()),
            reason.map(|r| r.why.to_string())
        );
    }

    #[test]
    fn a_marker_goes_before_the_full_stop_in_any_language() {
        assert_eq!(
            Reason::marked("Tiene reuniones en línea.", Some("no es seguro")),
            "Tiene reuniones en línea (no es seguro)."
        );
        assert_eq!(Reason::marked("Sin punto", Some("x")), "Sin punto (x)");
        assert_eq!(Reason::marked("Confirmado.", None), "Confirmado.");
    }

    #[test]
    fn women_only_preference_puts_women_for_sobriety_in_the_top_three() {
        for (answers, ranked) in every_ranking() {
            if answers.has("women", "yes") && !answers.for_someone_else() {
                assert!(
                    top3(ranked).contains(&"women-for-sobriety"),
                    "{:?} for {}",
                    top3(ranked),
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn wanting_a_sponsor_puts_a_sponsor_group_first_unless_a_stronger_wish_rules_it_out() {
        for (answers, ranked) in every_ranking() {
            if !answers.has("support", "sponsor") || answers.for_someone_else() {
                continue;
            }
            let top = first(ranked);
            let stronger = answers.has("spirituality", "secular") || answers.has("women", "yes");
            if top.group.sponsorship == Sponsorship::None {
                assert!(
                    stronger,
                    "{} first for {}",
                    top.group.slug,
                    answers.encode()
                );
                assert!(
                    top.cautions.iter().any(|c| c.why == "It has no sponsors."),
                    "the caution should say so: {}",
                    answers.encode()
                );
            }
        }
    }

    #[test]
    fn ties_break_by_availability_then_name() {
        let ranked = recommend(&Answers::default());
        for pair in ranked.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.score == b.score {
                let order = b.group.availability.level.cmp(&a.group.availability.level);
                assert!(order.is_le(), "{} before {}", a.group.slug, b.group.slug);
                if order.is_eq() {
                    assert!(a.group.name < b.group.name);
                }
            }
        }
    }

    #[test]
    fn answers_survive_storage_and_ignore_junk() {
        let mut answers = Answers::default();
        answers.set("substances", &["cocaine", "opioids", "nonsense"]);
        answers.set("who", &["me", "someone-else"]);
        assert_eq!(
            answers.get("who"),
            ["me"],
            "one answer for a single-choice question"
        );
        assert_eq!(answers.get("substances"), ["opioids", "cocaine"]);
        assert_eq!(Answers::decode(&answers.encode()), answers);
        assert_eq!(
            Answers::decode(";;=;who;x=y;who=nobody"),
            Answers::default()
        );
    }

    proptest! {
        #[test]
        fn any_stored_text_decodes_without_panicking(stored in "\\PC{0,80}") {
            let answers = Answers::decode(&stored);
            prop_assert_eq!(recommend(&answers).len(), groups().len());
        }
    }
}
