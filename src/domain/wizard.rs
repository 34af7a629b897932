//! The choice wizard: questions, answers, and ranked recommendations with the reasons for each.
//!
//! Questions and scoring rules are data (`data/wizard.rs`); this module only applies them.

use super::catalog::{
    groups, AvailabilityLevel, Group, Offered, Spirituality, Sponsorship, SubstanceFocus,
};
use super::catalog::{Approach, Leaders, Substance};

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
    pub choices: &'static [Choice],
}

/// What a rule looks for in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupHas {
    Slug(&'static str),
    Approach(Approach),
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
}

/// A placement rule: when every answer in `when` was given, groups with every feature in
/// `group` are placed as `placement` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlacementRule {
    pub when: &'static [(&'static str, &'static str)],
    pub group: &'static [GroupHas],
    pub placement: Placement,
}

#[path = "../../data/wizard.rs"]
mod wizard_data;

pub use wizard_data::{FAMILY_GUIDANCE, PLACEMENTS, PROFESSIONAL_HELP, QUESTIONS, RULES, SCREENS};

/// The screen a question is on (0 for an unknown question).
pub fn screen_of(question: &str) -> usize {
    SCREENS
        .iter()
        .position(|keys| keys.contains(&question))
        .unwrap_or_default()
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

/// A group, its score, and the reasons for and against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub group: &'static Group,
    pub score: i32,
    /// "Fits because…"
    pub reasons: Vec<&'static str>,
    /// "Keep in mind…"
    pub cautions: Vec<&'static str>,
}

fn group_has(group: &Group, feature: GroupHas, answers: &Answers) -> bool {
    match feature {
        GroupHas::Slug(slug) => group.slug == slug,
        GroupHas::Approach(approach) => group.approach == approach,
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
                let asked = rule.when.iter().all(|(q, c)| answers.has(q, c));
                if asked && rule.group.iter().all(|f| group_has(group, *f, answers)) {
                    recommendation.score += rule.points;
                    let list = if rule.points >= 0 {
                        &mut recommendation.reasons
                    } else {
                        &mut recommendation.cautions
                    };
                    if !list.contains(&rule.why) {
                        list.push(rule.why);
                    }
                }
            }
            if recommendation.reasons.is_empty() {
                recommendation.reasons.push(group.summary);
            }
            recommendation
        })
        .collect();
    super::sort_small(&mut ranked, |a, b| {
        (b.score, b.group.availability.level, a.group.name)
            < (a.score, a.group.availability.level, b.group.name)
    });
    place(ranked, answers)
}

/// Applies the placement rules to a list sorted by score: first the best group that no
/// "not first" rule rules out, then the "within the top n" groups, then the rest by score.
fn place(mut ranked: Vec<Recommendation>, answers: &Answers) -> Vec<Recommendation> {
    let applies = |rule: &PlacementRule, group: &Group| {
        rule.when.iter().all(|(q, c)| answers.has(q, c))
            && rule.group.iter().all(|f| group_has(group, *f, answers))
    };
    let not_first = |group: &Group| {
        PLACEMENTS
            .iter()
            .any(|rule| rule.placement == Placement::NotFirst && applies(rule, group))
    };
    let within = |group: &Group| {
        PLACEMENTS.iter().find_map(|rule| match rule.placement {
            Placement::WithinTop(n) if applies(rule, group) => Some(n),
            _ => None,
        })
    };
    let mut placed = Vec::with_capacity(ranked.len());
    if let Some(at) = ranked.iter().position(|r| !not_first(r.group)) {
        placed.push(ranked.remove(at));
    }
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
        let next = match due.first() {
            Some(first_due) if due.len() >= places_left => *first_due,
            _ => 0,
        };
        placed.push(ranked.remove(next));
    }
    placed
}

/// Whether the answers call for the note that peer groups work best alongside treatment.
pub fn needs_professional_help_note(answers: &Answers) -> bool {
    answers.has("severity", "severe") || answers.has("severity", "very-severe")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{group, Spirituality, Sponsorship};
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
        let mut all = vec![Answers::default()];
        for (key, keys) in [
            ("who", &["me", "someone-else"][..]),
            ("substances", &["opioids", "cocaine", "several"][..]),
            ("spirituality", &["spiritual", "open", "secular"][..]),
            ("mental-health", &["yes", "not-sure", "no"][..]),
            ("medication", &["yes"][..]),
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

    #[test]
    fn placement_rules_name_real_questions() {
        for rule in PLACEMENTS {
            for (question, choice) in rule.when {
                let found = QUESTIONS.iter().find(|q| q.key == *question);
                assert!(found.is_some_and(|q| q.choices.iter().any(|c| c.key == *choice)));
            }
        }
    }

    #[test]
    fn every_question_is_on_exactly_one_screen() {
        for question in QUESTIONS {
            let screens = SCREENS.iter().filter(|s| s.contains(&question.key)).count();
            assert_eq!(screens, 1, "{}", question.key);
            assert!(!question.choices.is_empty());
        }
        assert_eq!(SCREENS.len(), 9);
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
            if answers.has("mental-health", "yes") {
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
    fn women_only_preference_puts_women_for_sobriety_in_the_top_three() {
        for (answers, ranked) in every_ranking() {
            if answers.has("women", "yes") {
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
                    top.cautions.contains(&"It has no sponsors."),
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
