// The group catalog. Facts come from ../shared/sources/: the article the app grew from and
// catalog-facts.md (checked November 2026). Every sentence is our own; a native test checks that
// no run of 10 words matches the article. Every fact names its source in `sources`.

use crate::domain::catalog::*;
use crate::domain::sources::{Confidence, Source, YearMonth};

const CHECKED: YearMonth = YearMonth {
    year: 2026,
    month: 11,
};

const fn source(name: &'static str, url: Option<&'static str>, confidence: Confidence) -> Source {
    Source {
        name,
        url,
        checked: CHECKED,
        confidence,
    }
}

/// Every fact of an entry from `default`, except those listed in `overrides`.
const fn sourced(
    default: &'static Source,
    overrides: &[(Fact, &'static Source)],
) -> [Sourced; Fact::COUNT] {
    let mut all = [Sourced {
        fact: Fact::Approach,
        source: default,
        also: None,
    }; Fact::COUNT];
    let mut i = 0;
    while i < Fact::COUNT {
        let fact = Fact::ALL[i];
        let mut source = default;
        let mut o = 0;
        while o < overrides.len() {
            // Compared as numbers: `==` on an enum isn't available in a const fn.
            if overrides[o].0 as u8 == fact as u8 {
                source = overrides[o].1;
            }
            o += 1;
        }
        all[i] = Sourced {
            fact,
            source,
            also: None,
        };
        i += 1;
    }
    all
}

/// `sources` with a second source for part of `fact`.
const fn also(
    mut sources: [Sourced; Fact::COUNT],
    fact: Fact,
    second: &'static Source,
) -> [Sourced; Fact::COUNT] {
    let mut i = 0;
    while i < Fact::COUNT {
        if sources[i].fact as u8 == fact as u8 {
            sources[i].also = Some(second);
        }
        i += 1;
    }
    sources
}

static ARTICLE: Source = source(
    "NA and Other Peer Support Groups for Drug Addiction (consumer-health guide, reviewed 5 September 2023)",
    None,
    Confidence::Secondary,
);
static NA_SITE: Source = source(
    "Narcotics Anonymous World Services",
    Some("https://na.org"),
    Confidence::Confirmed,
);
static NA_SECONDARY: Source = source(
    "Third-party reports of NA's virtual meetings and of 70,000 meetings in 144 countries (2018)",
    Some("https://www.na.org/meetingsearch/"),
    Confidence::Secondary,
);
static DRA_SITE: Source = source(
    "Dual Recovery Anonymous",
    Some("http://www.draonline.org"),
    Confidence::Secondary,
);
static SOS_SITE: Source = source(
    "Secular Organizations for Sobriety",
    Some("https://www.sossobriety.org"),
    Confidence::Secondary,
);
static SOS_STATUS: Source = source(
    "Reports since the founder's death in July 2020 disagree on whether SOS still keeps its meeting list",
    Some("https://www.sossobriety.org"),
    Confidence::Uncertain,
);
static SMART_SITE: Source = source(
    "SMART Recovery",
    Some("https://smartrecovery.org"),
    Confidence::Confirmed,
);
static LIFERING_SITE: Source = source(
    "LifeRing Secular Recovery",
    Some("https://lifering.org"),
    Confidence::Confirmed,
);
static LIFERING_SECONDARY: Source = source(
    "Third-party descriptions of LifeRing (medication, meeting counts)",
    Some("https://lifering.org"),
    Confidence::Secondary,
);
static CA_SITE: Source = source(
    "Cocaine Anonymous World Services",
    Some("https://ca.org"),
    Confidence::Confirmed,
);
static CA_SECONDARY: Source = source(
    "Third-party reports on CA's history and online meetings",
    Some("https://ca.org"),
    Confidence::Secondary,
);
static CMA_SITE: Source = source(
    "Crystal Meth Anonymous",
    Some("https://www.crystalmeth.org"),
    Confidence::Secondary,
);
static MA_SITE: Source = source(
    "Marijuana Anonymous World Services",
    Some("https://marijuana-anonymous.org"),
    Confidence::Secondary,
);
static WFS_SITE: Source = source(
    "Women for Sobriety",
    Some("https://womenforsobriety.org"),
    Confidence::Confirmed,
);
static RD_SITE: Source = source(
    "Recovery Dharma",
    Some("https://recoverydharma.org"),
    Confidence::Confirmed,
);
static CR_SITE: Source = source(
    "Celebrate Recovery",
    Some("https://www.celebraterecovery.com"),
    Confidence::Secondary,
);
static NARANON_SITE: Source = source(
    "Nar-Anon Family Groups",
    Some("https://www.nar-anon.org"),
    Confidence::Confirmed,
);
static SMART_2019: Source = source(
    "A 2019 third-party report counting SMART meetings (over 3,000 in 23 countries)",
    None,
    Confidence::Secondary,
);
static SMART_MOUD: Source = source(
    "SMART Recovery USA, \"SMART announces move toward abstinence-oriented recovery support\"",
    Some("https://smartrecovery.org"),
    Confidence::Confirmed,
);
static NA_MOUD: Source = source(
    "NA H&I Service Bulletin #3, \"H&I in Methadone Clinics\"",
    Some("https://na.org"),
    Confidence::Confirmed,
);
static NA_MOUD_PRACTICE: Source = source(
    "NA Bulletin #29 as quoted by members, and William L. White, \"Narcotics Anonymous and the Pharmacotherapeutic Treatment of Opioid Addiction in the United States\" (2011)",
    None,
    Confidence::Secondary,
);
static MOUD_NOT_STATED: Source = source(
    "No statement on medication for opioid use disorder found in our sources: ask the group",
    None,
    Confidence::Uncertain,
);
static FREE_MEETINGS: Source = source(
    "Reports that the group's meetings are free and paid for by voluntary contributions (not checked on the group's own site)",
    None,
    Confidence::Secondary,
);
static COST_NOT_STATED: Source = source(
    "Our sources don't say whether meetings cost anything: ask the group",
    None,
    Confidence::Uncertain,
);
/// For facts our sources leave open: we say what is usual and flag it, so the person checks.
static NOT_CONFIRMED: Source = source(
    "Not stated in our sources: please check the group's own site",
    None,
    Confidence::Uncertain,
);

/// A short summary of the 12 steps, not the steps themselves (each fellowship words its own).
static TWELVE_STEPS: &[&str] = &[
    "Accept that you cannot control your drug use on your own.",
    "Lean on a higher power, in whatever way you understand one, for strength.",
    "Take an honest look at your past and share it with another person.",
    "Put right the harm you caused where you can.",
    "Keep checking your actions, and grow through prayer or meditation.",
    "Help other people who are recovering.",
];

static COCHRANE_2020: Evidence = Evidence {
    finding: "A 2020 review of 27 studies with 10,565 people found that programs helping people into 12-step groups did as well as other treatments such as CBT, and often better for staying abstinent. It looked at alcohol, not drugs.",
    citation: "Kelly JF, Humphreys K, Ferri M. Cochrane Database of Systematic Reviews 2020, Issue 3, CD012880.",
};
static SPONSOR_EVIDENCE: Evidence = Evidence {
    finding: "Having a sponsor seems to help people stay abstinent over the long term, and going often and regularly matters.",
    citation: "NA and Other Peer Support Groups for Drug Addiction, consumer-health guide, reviewed 2023.",
};
static ZEMORE_2018: Evidence = Evidence {
    finding: "A study that followed 647 adults with alcohol use disorder for 12 months found Women for Sobriety, LifeRing and SMART Recovery as effective as 12-step groups once members' own goals were taken into account. It studied alcohol, not drugs.",
    citation: "Zemore SE et al. Journal of Substance Abuse Treatment, 2018 (Peer Alternatives for Addiction study).",
};
static ZEMORE_2017: Evidence = Evidence {
    finding: "A study of people with alcohol use disorder in Women for Sobriety, LifeRing, SMART Recovery and 12-step groups found that members of the secular groups tended to be less religious, and said they were very satisfied with their group and felt close to it.",
    citation: "Zemore SE, Kaskutas LA, Mericle A, Hemberg J. J Subst Abuse Treat 2017;73:16-26.",
};
static NO_STUDY_OF_ITS_KIND: Evidence = Evidence {
    finding: "We found no study of this group, or of groups run the way it is.",
    citation: "Our search of the sources listed for this app, November 2026.",
};
static NO_STUDY_OF_FAMILY_GROUPS: Evidence = Evidence {
    finding: "We found no study of this group, or of other peer groups for families and friends.",
    citation: "Our search of the sources listed for this app, November 2026.",
};
static NO_STUDY: Evidence = Evidence {
    finding: "We found no study of this group on its own. Research on 12-step groups in general may apply in part.",
    citation: "Our search of the sources listed for this app, November 2026.",
};

const ANY: Audience = Audience {
    substances: SubstanceFocus::AnyDrug,
    co_occurring_mental_health: false,
    women_only: false,
    families: false,
};

static NA_SOURCES: [Sourced; Fact::COUNT] = also(
    sourced(
        &NA_SITE,
        &[
            (Fact::Formats, &NA_SECONDARY),
            (Fact::Availability, &ARTICLE),
            (Fact::Moud, &NA_MOUD),
            (Fact::Cost, &FREE_MEETINGS),
        ],
    ),
    Fact::Moud,
    &NA_MOUD_PRACTICE,
);
static DRA_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &ARTICLE,
    &[
        (Fact::Sponsorship, &DRA_SITE),
        (Fact::Site, &DRA_SITE),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static SOS_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &ARTICLE,
    &[
        (Fact::Sponsorship, &SOS_SITE),
        (Fact::Formats, &SOS_STATUS),
        (Fact::Availability, &SOS_STATUS),
        (Fact::Site, &SOS_SITE),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &COST_NOT_STATED),
    ],
);
static SMART_SOURCES: [Sourced; Fact::COUNT] = also(
    sourced(
        &SMART_SITE,
        &[
            (Fact::Availability, &ARTICLE),
            (Fact::Moud, &SMART_MOUD),
            (Fact::Cost, &FREE_MEETINGS),
        ],
    ),
    Fact::Availability,
    &SMART_2019,
);
static LIFERING_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &LIFERING_SITE,
    &[
        (Fact::Availability, &ARTICLE),
        (Fact::Program, &LIFERING_SECONDARY),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static CA_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &CA_SITE,
    &[
        (Fact::Formats, &CA_SECONDARY),
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static CMA_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &CMA_SITE,
    &[
        (Fact::Formats, &NOT_CONFIRMED),
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static MA_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &MA_SITE,
    &[
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static WFS_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &WFS_SITE,
    &[
        (Fact::Spirituality, &NOT_CONFIRMED),
        (Fact::Sponsorship, &NOT_CONFIRMED),
        (Fact::Leaders, &NOT_CONFIRMED),
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static RD_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &RD_SITE,
    &[
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);
static CR_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &CR_SITE,
    &[
        (Fact::Sponsorship, &NOT_CONFIRMED),
        (Fact::Leaders, &NOT_CONFIRMED),
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &COST_NOT_STATED),
    ],
);
static NARANON_SOURCES: [Sourced; Fact::COUNT] = sourced(
    &NARANON_SITE,
    &[
        (Fact::Sponsorship, &NOT_CONFIRMED),
        (Fact::Availability, &NOT_CONFIRMED),
        (Fact::Moud, &MOUD_NOT_STATED),
        (Fact::Cost, &FREE_MEETINGS),
    ],
);

pub static GUIDANCE: &[&str] = &[
    "Peer support and professional counseling work well together. You can have both.",
    "You don't have to pick only one group. Many people try a few, or go to more than one.",
    "What feels comfortable to you matters. If a group's way of thinking suits you, you are more likely to keep going.",
];

pub static GROUPS: &[Group] = &[
    Group {
        slug: "narcotics-anonymous",
        name: "Narcotics Anonymous",
        short_name: "NA",
        summary: "The best-known and most widely available 12-step fellowship, open to people who use any drug.",
        description: &[
            "NA is a worldwide fellowship of people helping each other stop using drugs and stay stopped. Unlike Alcoholics Anonymous, which is for alcohol, NA welcomes people whatever drug they used.",
            "Members follow the 12 steps, usually with the help of a sponsor: a member with more time in recovery who offers support, especially when cravings hit. Meetings are run by members, often in community rooms or churches, and also online.",
        ],
        approach: Approach::TwelveStep,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: ANY,
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Wide,
            figure: "More than 70,000 meetings a week in over 140 countries.",
        },
        program: Program { name: "The 12 steps, in brief", points: TWELVE_STEPS },
        moud: MoudStance::WelcomeButGroupsDiffer,
        cost: Cost::Free,
        benefits: &[
            "Meetings almost everywhere, at many times of day, so one is usually close.",
            "Plenty of chances to meet people who understand.",
            "A clear structure that helps people new to recovery, and that can be combined with other approaches later.",
        ],
        limitations: &[
            "Some people would rather not call themselves an addict, aim for complete abstinence, or rely on a higher power.",
            "Meetings can feel loose, and one person may talk for a long time.",
            "Some people feel they can't bring up psychiatric medication in meetings.",
        ],
        evidence: &[SPONSOR_EVIDENCE, COCHRANE_2020],
        links: Links { site: "https://na.org", meetings: Some("https://www.na.org/meetingsearch/") },
        keywords: &["any drug", "opioids", "heroin", "pills", "fentanyl", "higher power", "sponsor", "key tags", "Narcóticos Anónimos"],
        sources: &NA_SOURCES,
        in_article: true,
    },
    Group {
        slug: "dual-recovery-anonymous",
        name: "Dual Recovery Anonymous",
        short_name: "DRA",
        summary: "A 12-step group for people living with both drug or alcohol use and a mental-health condition.",
        description: &[
            "DRA uses the same 12 steps as NA, but for two things at once: substance use and a mental-health condition such as depression, anxiety or bipolar disorder. Having both is sometimes called a dual diagnosis, and recovery means caring for both.",
            "To join, you want to stop using and to look after your mental health in a healthy way. Members are encouraged to keep working with doctors and mental-health professionals. Meetings are held in person and online, but there are far fewer of them than NA meetings.",
        ],
        approach: Approach::TwelveStep,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: Audience { co_occurring_mental_health: true, ..ANY },
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Limited,
            figure: "Far fewer meetings than NA.",
        },
        program: Program { name: "The 12 steps, for both conditions, in brief", points: TWELVE_STEPS },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &[
            "A place where talking about mental health, therapy and medication is expected.",
            "Members share stories and build tools that help prevent a return to use.",
        ],
        limitations: &[
            "Meetings are much harder to find than NA's.",
            "Like other 12-step groups, it asks members to rely on a higher power.",
        ],
        evidence: &[NO_STUDY, COCHRANE_2020],
        links: Links { site: "http://www.draonline.org", meetings: None },
        keywords: &["dual diagnosis", "co-occurring", "mental health", "depression", "anxiety", "bipolar", "medication"],
        sources: &DRA_SOURCES,
        in_article: true,
    },
    Group {
        slug: "secular-organizations-for-sobriety",
        name: "Secular Organizations for Sobriety",
        short_name: "SOS",
        summary: "Non-religious groups where you credit yourself, not a higher power, for your sobriety.",
        description: &[
            "SOS sees sobriety as separate from religion and spirituality. It gives each person the credit for getting and staying sober, with no higher power involved.",
            "Every SOS group runs itself and chooses its own format, but all aim to offer peer support in a space free of religion. Whether SOS still runs many meetings today is unclear: please check its site.",
        ],
        approach: Approach::SecularSelfEmpowerment,
        spirituality: Spirituality::None,
        sponsorship: Sponsorship::None,
        leaders: Leaders::PeerMembers,
        audience: ANY,
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Limited,
            figure: "Availability is uncertain. The founder died in July 2020, and some sources say the meeting list is no longer kept up. Check the official site.",
        },
        program: Program {
            name: "The cycle of sobriety",
            points: &[
                "Admit that you have a substance use problem.",
                "Accept it as part of your life today.",
                "Make staying sober your first priority, every day.",
            ],
        },
        moud: MoudStance::NotStated,
        cost: Cost::NotStated,
        benefits: &[
            "Completely secular: no prayer and no higher power.",
            "Each group shapes its own meetings.",
        ],
        limitations: &[
            "In-person meetings can be hard to find.",
            "Its current activity is uncertain.",
        ],
        evidence: &[NO_STUDY_OF_ITS_KIND],
        links: Links { site: "https://www.sossobriety.org", meetings: None },
        keywords: &["secular", "non-religious", "atheist", "agnostic", "self-empowerment"],
        sources: &SOS_SOURCES,
        in_article: true,
    },
    Group {
        slug: "smart-recovery",
        name: "SMART Recovery",
        short_name: "SMART",
        summary: "Science-based meetings that teach practical tools from cognitive behavioral therapy (CBT), with no labels and no sponsors.",
        description: &[
            "SMART stands for Self-Management and Recovery Training. It aims for abstinence through your own choices and self-directed change, using tools from CBT.",
            "Meetings, in person and online, are led by trained volunteers or professionals. The group discusses problems in a structured way and uses worksheets and exercises such as role-play to make a plan. You can work on its four points in any order.",
        ],
        approach: Approach::CbtBased,
        spirituality: Spirituality::None,
        sponsorship: Sponsorship::None,
        leaders: Leaders::TrainedFacilitators,
        audience: ANY,
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Moderate,
            figure: "More than 2,000 groups in the US and other countries; a 2019 report from another website counted over 3,000 meetings in 23 countries.",
        },
        program: Program {
            name: "The 4-Point Program",
            points: &[
                "Find and keep your motivation to change.",
                "Handle urges and cravings.",
                "Manage your thoughts, feelings and actions without drugs.",
                "Build a balanced and healthy life.",
            ],
        },
        moud: MoudStance::Welcomes,
        cost: Cost::Free,
        benefits: &[
            "Practical skills and worksheets you can use between meetings.",
            "No need to call yourself an addict, and no higher power.",
            "Meetings follow a clear structure.",
        ],
        limitations: &[
            "No sponsors, and less focus on friendship and social support.",
            "Some people find the sessions slow or repetitive.",
            "Fewer meetings than NA.",
        ],
        evidence: &[ZEMORE_2018, ZEMORE_2017],
        links: Links { site: "https://smartrecovery.org", meetings: None },
        keywords: &["cbt", "science", "tools", "worksheets", "self-management", "secular", "four point"],
        sources: &SMART_SOURCES,
        in_article: true,
    },
    Group {
        slug: "lifering-secular-recovery",
        name: "LifeRing Secular Recovery",
        short_name: "LifeRing",
        summary: "Secular groups where you design your own recovery plan and strengthen your \"sober self\".",
        description: &[
            "LifeRing is another alternative to 12-step groups. It sets aside fixed steps and religion, and asks each member to build a recovery plan that fits their own needs.",
            "LifeRing pictures a tug of war inside each person, between a \"sober self\" that wants to be free of drugs and an \"addicted self\" that wants to keep using. Meetings, run by volunteer convenors, help members back each other's sober selves. Other websites say it accepts medication that a doctor prescribes.",
        ],
        approach: Approach::SecularSelfEmpowerment,
        spirituality: Spirituality::None,
        sponsorship: Sponsorship::None,
        leaders: Leaders::PeerMembers,
        audience: ANY,
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Limited,
            figure: "Most in-person meetings are in California; online meetings are open to everyone. An older count found about 150 in-person meetings.",
        },
        program: Program {
            name: "The 3-S",
            points: &[
                "Sobriety: not using at all.",
                "Secularity: no religion required, whatever your beliefs.",
                "Self-help, which LifeRing calls self-empowerment: your plan, your choices.",
            ],
        },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &[
            "You shape your own plan instead of following set steps.",
            "Reported to welcome people on prescribed medication.",
        ],
        limitations: &[
            "Outside California, in-person meetings are rare.",
            "No sponsors.",
        ],
        evidence: &[ZEMORE_2018, ZEMORE_2017],
        links: Links { site: "https://lifering.org", meetings: None },
        keywords: &["secular", "sober self", "addicted self", "convenor", "california", "medication", "3-s"],
        sources: &LIFERING_SOURCES,
        in_article: true,
    },
    Group {
        slug: "cocaine-anonymous",
        name: "Cocaine Anonymous",
        short_name: "CA",
        summary: "A 12-step fellowship for people who want to stop using cocaine and every other mind-altering substance.",
        description: &[
            "CA follows the same 12-step format as NA. The one requirement for membership is wanting to stop using cocaine and all other mind-altering substances. Other websites report that it began in Los Angeles in 1982.",
        ],
        approach: Approach::TwelveStep,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: Audience { substances: SubstanceFocus::Only(Substance::Cocaine), ..ANY },
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Moderate,
            figure: "We found no current meeting count. Check CA's own meeting list.",
        },
        program: Program { name: "The 12 steps, in brief", points: TWELVE_STEPS },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &[
            "Members who share your experience with cocaine and crack.",
            "Sponsors and a clear step-by-step path.",
        ],
        limitations: &[
            "Fewer meetings than NA in most places.",
            "Like other 12-step groups, it rests on a higher power and complete abstinence.",
        ],
        evidence: &[NO_STUDY, COCHRANE_2020],
        links: Links { site: "https://ca.org", meetings: None },
        keywords: &["cocaine", "crack", "stimulants", "Cocaína Anónimos"],
        sources: &CA_SOURCES,
        in_article: true,
    },
    Group {
        slug: "crystal-meth-anonymous",
        name: "Crystal Meth Anonymous",
        short_name: "CMA",
        summary: "A 12-step fellowship for people recovering from crystal meth use.",
        description: &[
            "CMA follows the 12-step format of NA, for people who want to stop using crystal meth. Other websites report that it started in West Hollywood in 1994.",
        ],
        approach: Approach::TwelveStep,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: Audience { substances: SubstanceFocus::Only(Substance::Methamphetamine), ..ANY },
        formats: Formats { in_person: Offered::Yes, online: Offered::NotConfirmed, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Limited,
            figure: "We found no meeting count, and could not confirm online meetings. Check CMA's own site.",
        },
        program: Program { name: "The 12 steps, in brief", points: TWELVE_STEPS },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &["Members who know meth use from the inside.", "Sponsors and a clear step-by-step path."],
        limitations: &[
            "Meetings may be hard to find outside big cities.",
            "Like other 12-step groups, it rests on a higher power and complete abstinence.",
        ],
        evidence: &[NO_STUDY, COCHRANE_2020],
        links: Links { site: "https://www.crystalmeth.org", meetings: None },
        keywords: &["meth", "methamphetamine", "crystal", "tina", "ice", "stimulants"],
        sources: &CMA_SOURCES,
        in_article: true,
    },
    Group {
        slug: "marijuana-anonymous",
        name: "Marijuana Anonymous",
        short_name: "MA",
        summary: "A 12-step fellowship for people who want to stop using cannabis, with online and phone meetings.",
        description: &[
            "MA follows the 12-step format of NA, for people whose cannabis use has become a problem. Other websites report that it formed in 1989 and holds meetings in person, online and by phone.",
        ],
        approach: Approach::TwelveStep,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: Audience { substances: SubstanceFocus::Only(Substance::Cannabis), ..ANY },
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::Yes },
        availability: Availability {
            level: AvailabilityLevel::Moderate,
            figure: "We found no current meeting count; online and phone meetings are open wherever you live.",
        },
        program: Program { name: "The 12 steps, in brief", points: TWELVE_STEPS },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &[
            "Focused on cannabis, which general groups may not talk about much.",
            "Phone meetings for people without internet or privacy at home.",
        ],
        limitations: &[
            "Few in-person meetings in many areas.",
            "Like other 12-step groups, it rests on a higher power and complete abstinence.",
        ],
        evidence: &[NO_STUDY, COCHRANE_2020],
        links: Links { site: "https://marijuana-anonymous.org", meetings: None },
        keywords: &["cannabis", "marijuana", "weed", "pot"],
        sources: &MA_SOURCES,
        in_article: true,
    },
    Group {
        slug: "women-for-sobriety",
        name: "Women for Sobriety",
        short_name: "WFS",
        summary: "A support program for women, built on 13 Acceptance Statements, with online chat and phone support.",
        description: &[
            "Women for Sobriety is made by and for women in recovery. Its New Life Program is built on 13 Acceptance Statements that focus on self-worth, responsibility and growth.",
            "Support comes through online chat, forums and phone support; check the site for groups that meet in person near you.",
        ],
        approach: Approach::SecularSelfEmpowerment,
        spirituality: Spirituality::Optional,
        sponsorship: Sponsorship::None,
        leaders: Leaders::TrainedFacilitators,
        audience: Audience { women_only: true, ..ANY },
        formats: Formats { in_person: Offered::NotConfirmed, online: Offered::Yes, phone: Offered::Yes },
        availability: Availability {
            level: AvailabilityLevel::Limited,
            figure: "We found no meeting count. Online chat, forums and phone support are open wherever you live.",
        },
        program: Program {
            name: "The New Life Program",
            points: &[
                "13 Acceptance Statements, read and practiced each day.",
                "A focus on self-esteem, positive thinking and emotional growth.",
            ],
        },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &["A women-only space.", "Online and phone support wherever you live."],
        limitations: &[
            "Only for women.",
            "In-person groups may be hard to find.",
        ],
        evidence: &[ZEMORE_2018],
        links: Links { site: "https://womenforsobriety.org", meetings: None },
        keywords: &["women", "woman", "female", "acceptance statements", "new life"],
        sources: &WFS_SOURCES,
        in_article: false,
    },
    Group {
        slug: "recovery-dharma",
        name: "Recovery Dharma",
        short_name: "Recovery Dharma",
        summary: "Peer-led groups that use Buddhist practices such as meditation, with mentors instead of sponsors.",
        description: &[
            "Recovery Dharma started in 2019. It draws on Buddhist teachings and meditation to help people recover from addiction of any kind. You do not need to be Buddhist.",
            "Groups are led by members, meet in person and online, and pair people with mentors.",
        ],
        approach: Approach::BuddhistInspired,
        spirituality: Spirituality::Optional,
        sponsorship: Sponsorship::Mentors,
        leaders: Leaders::PeerMembers,
        audience: ANY,
        formats: Formats { in_person: Offered::Yes, online: Offered::Yes, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Moderate,
            figure: "We found no meeting count; online meetings are open wherever you live.",
        },
        program: Program {
            name: "Buddhist practice",
            points: &[
                "Meditation and mindfulness.",
                "Buddhist principles applied to recovery.",
                "Support from a mentor and the group.",
            ],
        },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &["Meditation and mindfulness skills.", "Mentors who have walked the path."],
        limitations: &["Fewer meetings than NA.", "Not a fit if you don't want a meditation practice."],
        evidence: &[NO_STUDY_OF_ITS_KIND],
        links: Links { site: "https://recoverydharma.org", meetings: None },
        keywords: &["buddhist", "buddhism", "meditation", "mindfulness", "dharma", "mentor"],
        sources: &RD_SOURCES,
        in_article: false,
    },
    Group {
        slug: "celebrate-recovery",
        name: "Celebrate Recovery",
        short_name: "Celebrate Recovery",
        summary: "A Christian, Christ-centered 12-step program run by churches.",
        description: &[
            "Other websites report that Celebrate Recovery began in 1991. It pairs the 12 steps with eight principles based on Christian teaching, and meetings are run by local churches.",
        ],
        approach: Approach::Christian,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: ANY,
        formats: Formats { in_person: Offered::Yes, online: Offered::NotConfirmed, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Moderate,
            figure: "We found no meeting count. Meetings are held at churches; check the site for one near you.",
        },
        program: Program {
            name: "12 steps and 8 principles, in brief",
            points: &[
                "The 12 steps, with a Christian understanding of God.",
                "Eight recovery principles based on Christian teaching.",
            ],
        },
        moud: MoudStance::NotStated,
        cost: Cost::NotStated,
        benefits: &["A faith-based path for people who want their recovery rooted in Christianity."],
        limitations: &["Centered on Christian faith, which may not suit everyone."],
        evidence: &[NO_STUDY],
        links: Links { site: "https://www.celebraterecovery.com", meetings: None },
        keywords: &["christian", "church", "faith", "christ", "religious"],
        sources: &CR_SOURCES,
        in_article: false,
    },
    Group {
        slug: "nar-anon",
        name: "Nar-Anon Family Groups",
        short_name: "Nar-Anon",
        summary: "12-step groups for family and friends of a person who uses drugs.",
        description: &[
            "Nar-Anon is for the people around someone who uses drugs: parents, partners, children and friends. Members use the 12 steps to look after themselves, whatever their loved one decides.",
        ],
        approach: Approach::TwelveStep,
        spirituality: Spirituality::Central,
        sponsorship: Sponsorship::Sponsors,
        leaders: Leaders::PeerMembers,
        audience: Audience { families: true, ..ANY },
        formats: Formats { in_person: Offered::Yes, online: Offered::NotConfirmed, phone: Offered::NotConfirmed },
        availability: Availability {
            level: AvailabilityLevel::Moderate,
            figure: "We found no meeting count. Check the site for meetings near you.",
        },
        program: Program {
            name: "The 12 steps, for family and friends, in brief",
            points: &[
                "Accept that you cannot control another person's drug use.",
                "Lean on a higher power, as you understand one, for strength.",
                "Take an honest look at yourself and put right the harm you caused where you can.",
                "Carry what you learn to others in the same situation.",
            ],
        },
        moud: MoudStance::NotStated,
        cost: Cost::Free,
        benefits: &["People who understand what it is like to love someone who uses drugs."],
        limitations: &["It supports you, not your loved one: they would need their own group or treatment."],
        evidence: &[NO_STUDY_OF_FAMILY_GROUPS],
        links: Links { site: "https://www.nar-anon.org", meetings: None },
        keywords: &["family", "families", "parents", "partner", "friends", "loved one", "Grupos de Familia Nar-Anon"],
        sources: &NARANON_SOURCES,
        in_article: false,
    },
];
