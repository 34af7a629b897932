//! The group catalog: what each peer support group is like, with a source for every fact.

use super::sources::{Confidence, Source};
use std::borrow::Cow;

/// The kind of program a group follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Approach {
    TwelveStep,
    SecularSelfEmpowerment,
    CbtBased,
    BuddhistInspired,
    Christian,
}

/// How much a group's program rests on spirituality or religion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Spirituality {
    /// Part of the program, such as a higher power or a faith.
    Central,
    /// Welcome but not required.
    Optional,
    /// Secular: the program does not use spirituality.
    None,
}

/// Whether members pair up with someone further along.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sponsorship {
    Sponsors,
    Mentors,
    None,
}

/// Who runs a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Leaders {
    PeerMembers,
    TrainedFacilitators,
}

/// A drug that some groups focus on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Substance {
    Cocaine,
    Methamphetamine,
    Cannabis,
}

/// Which drug use a group is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubstanceFocus {
    AnyDrug,
    Only(Substance),
}

/// Who a group is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Audience {
    pub substances: SubstanceFocus,
    /// Made for people who also live with a mental-health condition.
    pub co_occurring_mental_health: bool,
    pub women_only: bool,
    /// For the family and friends of a person who uses drugs, not for the person themselves.
    pub families: bool,
}

/// Whether a group offers a kind of meeting, as far as our sources say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offered {
    Yes,
    No,
    /// Our sources don't say; the group's own site will.
    NotConfirmed,
}

/// The kinds of meeting a group holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    pub in_person: Offered,
    pub online: Offered,
    pub phone: Offered,
}

/// How easy a group's meetings are to find.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AvailabilityLevel {
    /// Limited or regional.
    Limited,
    Moderate,
    Wide,
}

/// How easy meetings are to find, with the figure behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Availability {
    pub level: AvailabilityLevel,
    /// The figure or fact the level rests on, in plain words.
    pub figure: &'static str,
}

/// A group's steps, points or principles, summarized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Program {
    pub name: &'static str,
    pub points: &'static [&'static str],
}

/// A finding about how well a group works, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub finding: &'static str,
    pub citation: &'static str,
}

/// Where to read more and find meetings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Links {
    pub site: &'static str,
    /// A meeting finder, where our sources name one; otherwise the site has the meeting list.
    pub meetings: Option<&'static str>,
}

/// How a group treats medication for opioid use disorder (methadone, buprenorphine,
/// naltrexone), as far as the group itself has said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MoudStance {
    /// The group says it welcomes people who take these medicines.
    Welcomes,
    /// Welcome at meetings, but local groups differ on sharing, service and counting time.
    WelcomeButGroupsDiffer,
    /// We found no statement: the person should ask the group.
    NotStated,
}

/// Whether going to meetings costs money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cost {
    /// Free to attend; groups pay their way through voluntary contributions.
    Free,
    /// Our sources don't say.
    NotStated,
}

/// The facts a group entry states, each of which must carry a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fact {
    Approach,
    Spirituality,
    Sponsorship,
    Leaders,
    Audience,
    Formats,
    Availability,
    Program,
    Moud,
    Cost,
    Site,
}

impl Fact {
    pub const COUNT: usize = 11;
    pub const ALL: [Fact; Fact::COUNT] = [
        Fact::Approach,
        Fact::Spirituality,
        Fact::Sponsorship,
        Fact::Leaders,
        Fact::Audience,
        Fact::Formats,
        Fact::Availability,
        Fact::Program,
        Fact::Moud,
        Fact::Cost,
        Fact::Site,
    ];

    /// What the fact is about, as a row heading.
    pub fn label(self) -> &'static str {
        match self {
            Fact::Approach => "Approach",
            Fact::Spirituality => "Spirituality",
            Fact::Sponsorship => "Sponsors",
            Fact::Leaders => "Who leads meetings",
            Fact::Audience => "Who it is for",
            Fact::Formats => "Meeting formats",
            Fact::Availability => "Availability",
            Fact::Program => "Program",
            Fact::Moud => "Medication for opioid use disorder",
            Fact::Cost => "Cost",
            Fact::Site => "Official site",
        }
    }
}

/// One fact's source, and a second one where part of the fact rests on another source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sourced {
    pub fact: Fact,
    pub source: &'static Source,
    /// Another source for part of the fact, which may be less certain than `source`.
    pub also: Option<&'static Source>,
}

/// One peer support group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group {
    /// Stable, unique, used in addresses such as `/groups/smart-recovery`.
    pub slug: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    /// One line, shown on the card.
    pub summary: &'static str,
    /// Paragraphs in our own words.
    pub description: &'static [&'static str],
    pub approach: Approach,
    pub spirituality: Spirituality,
    pub sponsorship: Sponsorship,
    pub leaders: Leaders,
    pub audience: Audience,
    pub formats: Formats,
    pub availability: Availability,
    pub program: Program,
    /// How the group treats medication for opioid use disorder.
    pub moud: MoudStance,
    pub cost: Cost,
    pub benefits: &'static [&'static str],
    pub limitations: &'static [&'static str],
    pub evidence: &'static [Evidence],
    pub links: Links,
    /// Extra words people may search for: other names, drugs, program terms.
    pub keywords: &'static [&'static str],
    pub sources: &'static [Sourced],
    /// Named in the article the app grew from.
    pub in_article: bool,
}

impl Group {
    /// The group's page in the app, such as `/groups/smart-recovery` (under the app's base).
    pub fn path(&self) -> String {
        group_path(self.slug)
    }

    /// The source of one fact, if the entry has it.
    pub fn source_of(&self, fact: Fact) -> Option<&'static Source> {
        self.sources
            .iter()
            .find(|sourced| sourced.fact == fact)
            .map(|sourced| sourced.source)
    }

    /// Every source of one fact: the main one first.
    pub fn sources_of(&self, fact: Fact) -> impl Iterator<Item = &'static Source> + '_ {
        self.sources
            .iter()
            .filter(move |sourced| sourced.fact == fact)
            .flat_map(|sourced| std::iter::once(sourced.source).chain(sourced.also))
    }

    /// Every source of the entry once, in the order the facts first use them: the page's
    /// numbered list of sources.
    pub fn source_list(&self) -> Vec<&'static Source> {
        let mut list: Vec<&'static Source> = Vec::new();
        for sourced in self.sources {
            for source in std::iter::once(sourced.source).chain(sourced.also) {
                if !list.contains(&source) {
                    list.push(source);
                }
            }
        }
        list
    }

    /// The numbers (from 1) in [`Group::source_list`] of one fact's sources, for its footnote marks.
    pub fn footnotes(&self, fact: Fact) -> Vec<usize> {
        let list = self.source_list();
        self.sources_of(fact)
            .filter_map(|source| list.iter().position(|listed| *listed == source))
            .map(|at| at + 1)
            .collect()
    }

    /// How sure we are of a fact: its main source's confidence (a second source only ever
    /// backs a part the fact's own words already qualify).
    pub fn confidence_of(&self, fact: Fact) -> Confidence {
        self.source_of(fact)
            .map_or(Confidence::Uncertain, |source| source.confidence)
    }

    /// Whether any of this group's facts is marked uncertain.
    pub fn has_uncertain_facts(&self) -> bool {
        self.sources
            .iter()
            .any(|sourced| sourced.source.confidence == Confidence::Uncertain)
    }

    /// Whether this group has online meetings, as far as our sources confirm.
    pub fn meets_online(&self) -> bool {
        self.formats.online == Offered::Yes
    }

    /// Three or four short facts for the group's card on the list, each with the fact it
    /// comes from (so the card can say how sure we are of it): who it is for where that is
    /// narrower than anyone who uses drugs, the approach, spirituality, sponsors, and online
    /// meetings where our sources confirm them.
    pub fn chips(&self) -> Vec<(&'static str, Fact)> {
        let audience = if self.audience.families {
            Some("For family and friends")
        } else if self.audience.women_only {
            Some("Women only")
        } else if self.audience.co_occurring_mental_health {
            Some("Mental health too")
        } else {
            None
        };
        let spirituality = match self.spirituality {
            Spirituality::Central => "Spiritual",
            Spirituality::Optional => "Spirituality optional",
            Spirituality::None => "Secular",
        };
        let mut chips: Vec<(&'static str, Fact)> = audience
            .map(|words| (words, Fact::Audience))
            .into_iter()
            .chain([
                (self.approach.chip(), Fact::Approach),
                (spirituality, Fact::Spirituality),
            ])
            .collect();
        if self.meets_online() {
            chips.push(("Online meetings", Fact::Formats));
        }
        if chips.len() < 4 {
            chips.push((self.sponsorship.label(), Fact::Sponsorship));
        }
        chips.truncate(4);
        chips
    }

    /// One fact in words, as a comparison cell shows it and as two groups' facts are compared.
    pub fn fact_words(&self, fact: Fact) -> Cow<'static, str> {
        match fact {
            Fact::Approach => self.approach.label().into(),
            Fact::Spirituality => self.spirituality.label().into(),
            Fact::Sponsorship => self.sponsorship.label().into(),
            Fact::Leaders => self.leaders.label().into(),
            Fact::Audience => self.audience.label().into(),
            Fact::Formats => {
                let f = self.formats;
                format!(
                    "In person: {}. Online: {}. Phone: {}.",
                    f.in_person.label(),
                    f.online.label(),
                    f.phone.label()
                )
                .into()
            }
            Fact::Program => self.program.name.into(),
            Fact::Moud => self.moud.label().into(),
            Fact::Cost => self.cost.label().into(),
            Fact::Availability => self.availability.level.label().into(),
            Fact::Site => self.links.site.into(),
        }
    }

    /// Every sentence of the entry, for search and for the own-words check.
    pub fn texts(&self) -> impl Iterator<Item = &'static str> + '_ {
        [
            self.name,
            self.short_name,
            self.summary,
            self.availability.figure,
            self.program.name,
        ]
        .into_iter()
        .chain(self.description.iter().copied())
        .chain(self.program.points.iter().copied())
        .chain(self.benefits.iter().copied())
        .chain(self.limitations.iter().copied())
        .chain(self.evidence.iter().flat_map(|e| [e.finding, e.citation]))
        .chain(self.keywords.iter().copied())
    }
}

/// Whether these groups differ on one fact, as the comparison marks a row. Every group has an
/// official site of its own, so that row is never marked: marking it would say nothing.
pub fn facts_differ<'a>(groups: impl IntoIterator<Item = &'a Group>, fact: Fact) -> bool {
    if fact == Fact::Site {
        return false;
    }
    let mut words = groups.into_iter().map(|group| group.fact_words(fact));
    let first = words.next();
    words.any(|other| Some(&other) != first.as_ref())
}

impl Approach {
    /// The approach in two or three words, for a chip on a card.
    pub fn chip(self) -> &'static str {
        match self {
            Approach::TwelveStep => "12-step",
            Approach::SecularSelfEmpowerment => "Self-empowerment",
            Approach::CbtBased => "CBT skills",
            Approach::BuddhistInspired => "Buddhist-inspired",
            Approach::Christian => "Christian",
        }
    }

    pub const ALL: [Approach; 5] = [
        Approach::TwelveStep,
        Approach::SecularSelfEmpowerment,
        Approach::CbtBased,
        Approach::BuddhistInspired,
        Approach::Christian,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Approach::TwelveStep => "12-step",
            Approach::SecularSelfEmpowerment => "Secular self-empowerment",
            Approach::CbtBased => "CBT-based (skills and tools)",
            Approach::BuddhistInspired => "Buddhist-inspired",
            Approach::Christian => "Christian",
        }
    }
    /// The value in a `/groups?approach=` address.
    pub fn key(self) -> &'static str {
        match self {
            Approach::TwelveStep => "12-step",
            Approach::SecularSelfEmpowerment => "self-empowerment",
            Approach::CbtBased => "cbt",
            Approach::BuddhistInspired => "buddhist",
            Approach::Christian => "christian",
        }
    }
}

impl Spirituality {
    pub const ALL: [Spirituality; 3] = [
        Spirituality::Central,
        Spirituality::Optional,
        Spirituality::None,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Spirituality::Central => "Central: part of the program",
            Spirituality::Optional => "Optional: welcome, not required",
            Spirituality::None => "Secular: no spirituality",
        }
    }
    /// The value in a `/groups?spirituality=` address.
    pub fn key(self) -> &'static str {
        match self {
            Spirituality::Central => "central",
            Spirituality::Optional => "optional",
            Spirituality::None => "secular",
        }
    }
}

impl Sponsorship {
    pub fn label(self) -> &'static str {
        match self {
            Sponsorship::Sponsors => "Sponsors",
            Sponsorship::Mentors => "Mentors",
            Sponsorship::None => "No sponsors",
        }
    }
}

impl Leaders {
    pub fn label(self) -> &'static str {
        match self {
            Leaders::PeerMembers => "Peer members",
            Leaders::TrainedFacilitators => "Trained facilitators",
        }
    }
}

impl Substance {
    pub const ALL: [Substance; 3] = [
        Substance::Cocaine,
        Substance::Methamphetamine,
        Substance::Cannabis,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Substance::Cocaine => "Cocaine",
            Substance::Methamphetamine => "Methamphetamine (crystal meth)",
            Substance::Cannabis => "Cannabis (marijuana)",
        }
    }
    /// The value in a `/groups?substance=` address.
    pub fn key(self) -> &'static str {
        match self {
            Substance::Cocaine => "cocaine",
            Substance::Methamphetamine => "meth",
            Substance::Cannabis => "cannabis",
        }
    }
}

impl SubstanceFocus {
    pub fn label(self) -> &'static str {
        match self {
            SubstanceFocus::AnyDrug => "Any drug",
            SubstanceFocus::Only(Substance::Cocaine) => "Cocaine (and all other drugs)",
            SubstanceFocus::Only(Substance::Methamphetamine) => "Crystal meth",
            SubstanceFocus::Only(Substance::Cannabis) => "Cannabis (marijuana)",
        }
    }
}

impl Offered {
    pub const ALL: [Offered; 3] = [Offered::Yes, Offered::No, Offered::NotConfirmed];
    pub fn label(self) -> &'static str {
        match self {
            Offered::Yes => "Yes",
            Offered::No => "No",
            Offered::NotConfirmed => "Not confirmed: check the group's site",
        }
    }
}

impl MoudStance {
    pub const ALL: [MoudStance; 3] = [
        MoudStance::Welcomes,
        MoudStance::WelcomeButGroupsDiffer,
        MoudStance::NotStated,
    ];
    pub fn label(self) -> &'static str {
        match self {
            MoudStance::Welcomes => "Says it welcomes people on methadone or buprenorphine",
            MoudStance::WelcomeButGroupsDiffer => {
                "Welcome at meetings; local practice reported to differ"
            }
            MoudStance::NotStated => "Not stated: ask the group",
        }
    }
    /// What the group has said, and how sure each part is, in a sentence or two.
    pub fn detail(self) -> &'static str {
        match self {
            MoudStance::Welcomes => "It says it aims for abstinence-oriented recovery so as to welcome people who take prescribed methadone or buprenorphine, and that these medicines help protect people from overdose.",
            MoudStance::WelcomeButGroupsDiffer => "NA says people on methadone are welcome at any of its meetings. Members and researchers report that local groups differ on whether people on these medicines can share, take service roles or count what NA calls clean time, so ask a meeting how it works there.",
            MoudStance::NotStated => "We found no statement from this group about medication for opioid use disorder. Ask a meeting whether and how it welcomes people who take it.",
        }
    }
    /// The value in a `/groups?moud=` address.
    pub fn key(self) -> &'static str {
        match self {
            MoudStance::Welcomes => "welcomes",
            MoudStance::WelcomeButGroupsDiffer => "groups-differ",
            MoudStance::NotStated => "not-stated",
        }
    }
}

impl Cost {
    pub fn label(self) -> &'static str {
        match self {
            Cost::Free => "Free: groups pay their way through voluntary contributions",
            Cost::NotStated => "Not stated: ask the group",
        }
    }
}

impl AvailabilityLevel {
    pub fn label(self) -> &'static str {
        match self {
            AvailabilityLevel::Wide => "Wide",
            AvailabilityLevel::Moderate => "Moderate",
            AvailabilityLevel::Limited => "Limited or regional",
        }
    }
}

impl Audience {
    /// Who the group is for, in a few words.
    pub fn label(&self) -> String {
        self.parts().join("; ")
    }

    /// The parts of [`Audience::label`], each a text a page can show in its language.
    pub fn parts(&self) -> Vec<&'static str> {
        if self.families {
            return vec!["Family and friends of a person who uses drugs"];
        }
        let mut parts = vec![self.substances.label()];
        if self.co_occurring_mental_health {
            parts.push("with a mental-health condition too");
        }
        if self.women_only {
            parts.push("women only");
        }
        parts
    }
}

impl Formats {
    /// The formats our sources confirm, such as "In person, online".
    pub fn label(&self) -> String {
        let confirmed: Vec<&str> = [
            (self.in_person, "in person"),
            (self.online, "online"),
            (self.phone, "phone"),
        ]
        .into_iter()
        .filter(|(offered, _)| *offered == Offered::Yes)
        .map(|(_, name)| name)
        .collect();
        let mut label = confirmed.join(", ");
        if let Some(first) = label.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        label
    }
}

#[path = "../../data/groups.rs"]
mod groups_data;

/// Every group in the catalog, in the order the article introduces them, then the others.
pub fn groups() -> &'static [Group] {
    groups_data::GROUPS
}

/// The group with this slug.
pub fn group(slug: &str) -> Option<&'static Group> {
    groups().iter().find(|group| group.slug == slug)
}

/// The page of the group with this slug, such as `/groups/smart-recovery` (under the app's base).
pub fn group_path(slug: &str) -> String {
    format!("/groups/{slug}")
}

/// A group's slug and name: all that the main wasm module needs of the catalog, to keep the
/// saved list and show it on the home page.
///
/// [`named`] reads them from a table copied out of the catalog when compiling, not from
/// [`groups`]: code that reads the catalog brings the whole of it (every description, fact
/// and source) into the module it is in, and the main module is every page's first load. So
/// only the catalog's lazy parts hold it (README, "Where the first-load bytes go").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupName {
    pub slug: &'static str,
    pub name: &'static str,
}

/// Every group's [`GroupName`], in catalog order, worked out by the compiler.
static NAMES: [GroupName; groups_data::GROUPS.len()] = {
    let groups = groups_data::GROUPS;
    let mut names = [GroupName { slug: "", name: "" }; groups_data::GROUPS.len()];
    let mut i = 0;
    while i < groups.len() {
        names[i] = GroupName {
            slug: groups[i].slug,
            name: groups[i].name,
        };
        i += 1;
    }
    names
};

/// The slug and name of the group with this slug, without the rest of the catalog.
pub fn named(slug: &str) -> Option<GroupName> {
    NAMES.iter().find(|named| named.slug == slug).copied()
}

/// Advice that helps wherever a person is choosing a group.
pub fn guidance() -> &'static [&'static str] {
    groups_data::GUIDANCE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::fold;
    use crate::domain::sources::Confidence;
    use std::collections::HashSet;

    #[test]
    fn the_names_table_names_every_group_and_nothing_else() {
        assert_eq!(NAMES.len(), groups().len());
        for group in groups() {
            let named = named(group.slug);
            assert_eq!(
                named.map(|n| (n.slug, n.name)),
                Some((group.slug, group.name))
            );
            assert_eq!(group_path(group.slug), group.path());
        }
        for unknown in [
            "",
            "narcotics",
            "Narcotics-Anonymous",
            "narcotics-anonymous ",
        ] {
            assert_eq!(named(unknown), None, "{unknown:?}");
        }
    }

    const ARTICLE_GROUPS: [&str; 8] = [
        "Narcotics Anonymous",
        "Dual Recovery Anonymous",
        "Secular Organizations for Sobriety",
        "SMART Recovery",
        "LifeRing Secular Recovery",
        "Cocaine Anonymous",
        "Crystal Meth Anonymous",
        "Marijuana Anonymous",
    ];

    #[test]
    fn every_group_the_article_names_is_present() {
        for name in ARTICLE_GROUPS {
            let found = groups().iter().find(|group| group.name == name);
            assert!(
                found.is_some_and(|group| group.in_article),
                "{name} is missing"
            );
        }
        for name in [
            "Women for Sobriety",
            "Recovery Dharma",
            "Celebrate Recovery",
            "Nar-Anon Family Groups",
        ] {
            assert!(
                groups().iter().any(|group| group.name == name),
                "{name} is missing"
            );
        }
    }

    #[test]
    fn a_card_shows_three_or_four_chips_each_true_to_its_fact() {
        for group in groups() {
            let chips = group.chips();
            assert!((3..=4).contains(&chips.len()), "{}: {chips:?}", group.slug);
            for (words, fact) in chips {
                let true_to_fact = match fact {
                    Fact::Audience => {
                        group.audience.families
                            || group.audience.women_only
                            || group.audience.co_occurring_mental_health
                    }
                    Fact::Approach => words == group.approach.chip(),
                    Fact::Spirituality => match words {
                        "Secular" => group.spirituality == Spirituality::None,
                        "Spiritual" => group.spirituality == Spirituality::Central,
                        _ => group.spirituality == Spirituality::Optional,
                    },
                    Fact::Formats => group.meets_online(),
                    Fact::Sponsorship => words == group.sponsorship.label(),
                    _ => false,
                };
                assert!(true_to_fact, "{}: {words} ({fact:?})", group.slug);
            }
        }
        let women = group("women-for-sobriety").map(Group::chips);
        assert_eq!(
            women.and_then(|chips| chips.first().copied()),
            Some(("Women only", Fact::Audience))
        );
    }

    #[test]
    fn a_fact_in_words_tells_two_groups_apart_only_where_they_differ() {
        let (Some(na), Some(ca)) = (group("narcotics-anonymous"), group("cocaine-anonymous"))
        else {
            panic!("NA and CA are in the catalog");
        };
        assert_eq!(na.fact_words(Fact::Approach), ca.fact_words(Fact::Approach));
        assert_ne!(na.fact_words(Fact::Site), ca.fact_words(Fact::Site));
        assert!(!facts_differ([na, ca], Fact::Approach));
        assert!(facts_differ([na, ca], Fact::Formats) == (na.formats != ca.formats));
        assert!(
            !facts_differ([na, ca], Fact::Site),
            "every site differs, so it is never marked"
        );
        assert!(
            !facts_differ([na], Fact::Availability),
            "one group differs from nothing"
        );
        for group in groups() {
            for fact in Fact::ALL {
                assert!(
                    !group.fact_words(fact).is_empty(),
                    "{} {fact:?}",
                    group.slug
                );
            }
        }
    }

    #[test]
    fn every_fact_points_to_its_own_sources_in_the_numbered_list() {
        for group in groups() {
            let list = group.source_list();
            for (at, source) in list.iter().enumerate() {
                assert!(
                    !list[..at].contains(source),
                    "{}: a source listed twice",
                    group.slug
                );
            }
            let mut used = vec![false; list.len()];
            for fact in Fact::ALL {
                let numbers = group.footnotes(fact);
                let sources: Vec<_> = group.sources_of(fact).collect();
                assert_eq!(numbers.len(), sources.len(), "{} {fact:?}", group.slug);
                for (number, source) in numbers.into_iter().zip(sources) {
                    assert_eq!(list[number - 1], source, "{} {fact:?}", group.slug);
                    used[number - 1] = true;
                }
            }
            assert!(
                used.iter().all(|used| *used),
                "{}: a listed source no fact uses",
                group.slug
            );
        }
    }

    #[test]
    fn every_group_has_every_required_field() {
        for group in groups() {
            let id = group.slug;
            for (field, text) in [
                ("name", group.name),
                ("short name", group.short_name),
                ("summary", group.summary),
                ("availability figure", group.availability.figure),
                ("program name", group.program.name),
                ("site", group.links.site),
            ] {
                assert!(!text.trim().is_empty(), "{id}: {field} is empty");
            }
            for (field, list) in [
                ("description", group.description),
                ("program points", group.program.points),
                ("benefits", group.benefits),
                ("limitations", group.limitations),
            ] {
                assert!(!list.is_empty(), "{id}: {field} is empty");
                assert!(
                    list.iter().all(|text| !text.trim().is_empty()),
                    "{id}: blank {field}"
                );
            }
            assert!(!group.evidence.is_empty(), "{id}: no evidence note");
            for evidence in group.evidence {
                assert!(
                    !evidence.finding.is_empty() && !evidence.citation.is_empty(),
                    "{id}"
                );
            }
            assert!(
                group.links.site.starts_with("https://") || group.links.site.starts_with("http://"),
                "{id}: site"
            );
            assert!(
                group.summary.len() <= 160,
                "{id}: the summary should fit on a card"
            );
        }
    }

    #[test]
    fn every_fact_has_a_source_checked_on_a_real_date() {
        for group in groups() {
            for fact in Fact::ALL {
                let source = group.source_of(fact);
                assert!(source.is_some(), "{}: {:?} has no source", group.slug, fact);
                let source = source.unwrap_or_else(|| unreachable!());
                assert!(source.checked.is_valid(), "{}: {:?}", group.slug, fact);
                assert!(!source.name.trim().is_empty(), "{}: {:?}", group.slug, fact);
            }
            let facts: HashSet<Fact> = group.sources.iter().map(|s| s.fact).collect();
            assert_eq!(
                facts.len(),
                group.sources.len(),
                "{}: a fact is sourced twice",
                group.slug
            );
        }
    }

    #[test]
    fn sos_availability_is_flagged_uncertain() {
        let sos = group("secular-organizations-for-sobriety");
        let availability = sos.and_then(|sos| sos.source_of(Fact::Availability));
        assert_eq!(
            availability.map(|s| s.confidence),
            Some(Confidence::Uncertain)
        );
        assert!(sos.is_some_and(|sos| sos.availability.figure.contains("uncertain")));
    }

    #[test]
    fn slugs_are_unique_and_address_safe() {
        let slugs: HashSet<&str> = groups().iter().map(|group| group.slug).collect();
        assert_eq!(slugs.len(), groups().len());
        for slug in slugs {
            assert!(
                slug.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{slug}"
            );
            assert_eq!(group(slug).map(|g| g.slug), Some(slug));
        }
        assert!(group("no-such-group").is_none());
    }

    #[test]
    fn the_facts_the_issue_names_are_right() {
        let na = group("narcotics-anonymous").map(|g| g.availability.level);
        assert_eq!(na, Some(AvailabilityLevel::Wide));
        let lifering = group("lifering-secular-recovery").map(|g| g.availability.figure);
        assert!(lifering.is_some_and(|f| f.contains("California")));
        let smart = group("smart-recovery").map(|g| g.availability.figure);
        assert!(smart.is_some_and(|f| f.contains("2,000")));
        let dra = group("dual-recovery-anonymous");
        assert!(dra.is_some_and(|g| g.audience.co_occurring_mental_health));
        let wfs = group("women-for-sobriety");
        assert!(wfs.is_some_and(|g| g.audience.women_only));
        let nar_anon = group("nar-anon");
        assert!(nar_anon.is_some_and(|g| g.audience.families));
    }

    const CONFIDENCE_LIST: &str = include_str!("../../tests/data/fact-confidence.tsv");
    const SOURCES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources/");

    /// (source name, confidence, file, quote) for every row of the list.
    fn confidence_list() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
        CONFIDENCE_LIST
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                assert_eq!(cells.len(), 4, "{line}");
                (cells[0], cells[1], cells[2], cells[3])
            })
            .collect()
    }

    /// Every fact is exactly as certain as the research file says its source is.
    #[test]
    fn every_fact_is_as_certain_as_its_source_says() {
        let list = confidence_list();
        for group in groups() {
            for fact in Fact::ALL {
                for source in group.sources_of(fact) {
                    let row = list.iter().find(|row| row.0 == source.name);
                    let Some(row) = row else {
                        panic!(
                            "{}: {fact:?} cites \"{}\", which tests/data/fact-confidence.tsv lacks",
                            group.slug, source.name
                        );
                    };
                    assert_eq!(
                        format!("{:?}", source.confidence),
                        row.1,
                        "{}: {fact:?} from \"{}\"",
                        group.slug,
                        source.name
                    );
                }
            }
        }
    }

    /// The list quotes the research files; when they are beside the repository (as in CI),
    /// each quote must still be there, so the list can't drift from what the research says.
    #[test]
    fn the_confidence_list_quotes_the_research_files() {
        let fold_space = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        for (name, confidence, file, quote) in confidence_list() {
            assert!(
                ["Confirmed", "Secondary", "Uncertain"].contains(&confidence),
                "{name}"
            );
            // The quote must carry the confidence word itself, except where the research says
            // plainly that nothing was found ("not stated") or describes the source's kind.
            let says_it = quote.to_lowercase().contains(&confidence.to_lowercase());
            let not_stated = name.starts_with("No statement")
                || name.starts_with("Not stated")
                || name.starts_with("Our sources don't say");
            let the_article = name.starts_with("NA and Other Peer Support Groups");
            assert!(
                says_it || not_stated || the_article,
                "{name}: the quote should say \"{confidence}\""
            );
            let Ok(text) = std::fs::read_to_string(format!("{SOURCES_DIR}{file}")) else {
                // Only a checkout without ../shared gets here; CI always has it beside.
                assert!(
                    std::env::var_os("CI").is_none(),
                    "{SOURCES_DIR}{file} is missing"
                );
                continue;
            };
            assert!(
                fold_space(&text).contains(&fold_space(quote)),
                "{file} no longer says \"{quote}\" ({name})"
            );
        }
    }

    #[test]
    fn the_known_mismatches_are_mended() {
        let sos = group("secular-organizations-for-sobriety").unwrap_or_else(|| unreachable!());
        assert_eq!(sos.confidence_of(Fact::Formats), Confidence::Uncertain);
        assert!(
            sos.evidence.iter().all(|e| !e.citation.contains("Zemore")),
            "Zemore studied other groups, not SOS"
        );
        let ca = group("cocaine-anonymous").unwrap_or_else(|| unreachable!());
        assert!(ca
            .description
            .iter()
            .any(|p| p.contains("Other websites report that it began in Los Angeles in 1982")));
        let smart = group("smart-recovery").unwrap_or_else(|| unreachable!());
        let availability: Vec<Confidence> = smart
            .sources_of(Fact::Availability)
            .map(|s| s.confidence)
            .collect();
        assert_eq!(availability, [Confidence::Secondary, Confidence::Secondary]);
        assert_eq!(smart.moud, MoudStance::Welcomes);
        assert_eq!(smart.confidence_of(Fact::Moud), Confidence::Confirmed);
        let na = group("narcotics-anonymous").unwrap_or_else(|| unreachable!());
        let na_moud: Vec<Confidence> = na.sources_of(Fact::Moud).map(|s| s.confidence).collect();
        assert_eq!(na_moud, [Confidence::Confirmed, Confidence::Secondary]);
        for group in groups() {
            // The link a person follows is the site the source names.
            if let Some(url) = group.source_of(Fact::Site).and_then(|s| s.url) {
                assert_eq!(url, group.links.site, "{}", group.slug);
            }
            if group.program.points.len() < 12 && group.program.name.contains("12 steps") {
                assert!(group.program.name.ends_with("in brief"), "{}", group.slug);
            }
            if !matches!(
                group.moud,
                MoudStance::Welcomes | MoudStance::WelcomeButGroupsDiffer
            ) {
                assert_eq!(group.moud.label(), "Not stated: ask the group");
            }
        }
    }

    /// The source article's 10-word runs, folded and hashed. The file holds no article text, so
    /// the check works in any checkout; when the article itself is beside the repository (as in
    /// CI, under ../shared/sources/), the test also checks the file still matches it.
    const ARTICLE_RUNS: &str = include_str!("../../tests/data/article-runs.txt");
    const ARTICLE_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/sources/000_d218d9967b330559.txt"
    );

    fn words(text: &str) -> Vec<String> {
        fold(&text.replace(['’', '\''], ""))
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }

    /// FNV-1a, 64 bits: stable across platforms and Rust versions.
    fn run_hash(run: &[String]) -> u64 {
        run.join(" ")
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
            })
    }

    fn runs_of(text: &str) -> std::collections::BTreeSet<u64> {
        words(text).windows(10).map(run_hash).collect()
    }

    fn article_runs() -> HashSet<u64> {
        ARTICLE_RUNS
            .lines()
            .filter_map(|line| u64::from_str_radix(line.trim(), 16).ok())
            .collect()
    }

    #[test]
    fn the_article_fingerprint_matches_the_article() {
        let Ok(article) = std::fs::read_to_string(ARTICLE_PATH) else {
            // Only a checkout without ../shared gets here; the fingerprint is still checked below.
            assert!(article_runs().len() > 1000);
            return;
        };
        let expected: Vec<String> = runs_of(&article)
            .iter()
            .map(|h| format!("{h:016x}"))
            .collect();
        let stored: Vec<&str> = ARTICLE_RUNS.lines().collect();
        assert!(
            stored == expected,
            "tests/data/article-runs.txt is out of date; regenerate it with\n\
             cargo test write_article_fingerprint -- --ignored"
        );
    }

    #[test]
    #[ignore = "writes tests/data/article-runs.txt from the article; run by hand"]
    fn write_article_fingerprint() {
        let article = std::fs::read_to_string(ARTICLE_PATH)
            .unwrap_or_else(|error| panic!("the article should be at {ARTICLE_PATH}: {error}"));
        let lines: String = runs_of(&article)
            .iter()
            .map(|h| format!("{h:016x}\n"))
            .collect();
        let out = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/article-runs.txt");
        std::fs::write(out, lines).unwrap_or_else(|error| panic!("{out}: {error}"));
    }

    /// Every sentence must be our own: no run of 10 words from the article may appear.
    #[test]
    fn catalog_text_is_in_our_own_words() {
        let runs = article_runs();
        assert!(
            runs.len() > 1000,
            "the article fingerprint should have been read"
        );
        let mut texts: Vec<&str> = groups().iter().flat_map(|group| group.texts()).collect();
        texts.extend(guidance());
        for text in texts {
            for run in words(text).windows(10) {
                assert!(
                    !runs.contains(&run_hash(run)),
                    "copied from the article: {:?}",
                    run.join(" ")
                );
            }
        }
    }

    /// The text of every string literal in a Rust file, escapes kept as they are.
    fn string_literals(source: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut chars = source.chars();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.as_str().starts_with('/') => {
                    // A comment runs to the end of the line; its words are not shown to anyone.
                    let rest = chars.as_str();
                    let end = rest.find('\n').unwrap_or(rest.len());
                    chars = rest[end..].chars();
                }
                '\'' => {
                    // A char literal such as '"' or '\'', or a lifetime: skip past it.
                    let rest = chars.as_str();
                    let skip = match rest.as_bytes() {
                        [b'\\', _, b'\'', ..] => 3,
                        [_, b'\'', ..] => 2,
                        _ => 0,
                    };
                    chars = rest[skip..].chars();
                }
                '"' => {
                    let mut text = String::new();
                    let mut escaped = false;
                    for c in chars.by_ref() {
                        if escaped {
                            escaped = false;
                        } else if c == '\\' {
                            escaped = true;
                        } else if c == '"' {
                            break;
                        }
                        text.push(c);
                    }
                    found.push(text);
                }
                _ => {}
            }
        }
        found
    }

    /// Every file a person reads words from: the Rust sources and data, the static shell, the
    /// manifest and the service worker's page.
    fn user_facing_texts() -> Vec<(String, String)> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = Vec::new();
        let mut dirs = vec![format!("{root}/src"), format!("{root}/data")];
        while let Some(dir) = dirs.pop() {
            let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path.display().to_string());
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    files.push(path);
                }
            }
        }
        let mut texts = Vec::new();
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            // Tests hold deliberate copies (see below); nobody reads them in the app.
            let shipped = source.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in string_literals(shipped) {
                texts.push((path.display().to_string(), literal));
            }
        }
        // The Spanish: every translation in data/es/, as the app shows it.
        let spanish =
            std::fs::read_dir(format!("{root}/data/es")).unwrap_or_else(|e| panic!("data/es: {e}"));
        for entry in spanish.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let pairs: Vec<(String, String)> = serde_json::from_str(&text).unwrap_or_default();
            for (_, translated) in pairs {
                texts.push((entry.path().display().to_string(), translated));
            }
        }
        for name in [
            "index.html",
            "public/manifest.webmanifest",
            "data/shell.es.html",
            "public/manifest.es.webmanifest",
        ] {
            let text = std::fs::read_to_string(format!("{root}/{name}")).unwrap_or_default();
            // Tags split no sentence here, so the text between them is what a person reads.
            let plain: String = text
                .split('<')
                .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
                .collect::<Vec<_>>()
                .join(" ");
            texts.push((name.to_string(), plain));
        }
        texts
    }

    /// The own-words rule covers every string a person can read, not only the catalog: the
    /// wizard, help, tracker, pages and the static shell, in English and in Spanish.
    #[test]
    fn every_user_facing_string_is_in_our_own_words() {
        let runs = article_runs();
        let texts = user_facing_texts();
        assert!(texts.len() > 500, "only {} strings were found", texts.len());
        assert!(
            texts
                .iter()
                .any(|(_, t)| t.contains("Staying safer after a break")),
            "the safety note should be among the strings checked"
        );
        assert!(
            texts
                .iter()
                .any(|(_, t)| t.contains("Cuidarte más después de un tiempo sin consumir")),
            "the Spanish should be among the strings checked"
        );
        for (file, text) in texts {
            for run in words(&text).windows(10) {
                assert!(
                    !runs.contains(&run_hash(run)),
                    "{file}: copied from the article: {:?}",
                    run.join(" ")
                );
            }
        }
    }

    #[test]
    fn string_literals_are_found_whole() {
        let source = r#"let a = "one \"two\""; // "not this"
let c = '"'; let d = "three";"#;
        assert_eq!(string_literals(source), [r#"one \"two\""#, "three"]);
    }

    #[test]
    fn the_own_words_check_would_catch_a_copied_sentence() {
        // A sentence from the article, as a careless edit might paste it.
        let copied = "NA is easily accessible, offering over 70,000 weekly meetings in more than 140 countries.";
        let runs = article_runs();
        assert!(words(copied)
            .windows(10)
            .any(|run| runs.contains(&run_hash(run))));
    }
}
