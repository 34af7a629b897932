//! The person's own records, kept on the device: the schema as serde types, its versions,
//! backup files (export and import with validation), one table of limits, and merging two
//! copies without losing or repeating an entry.

use super::checkins::{self, CheckIn, CRAVINGS, MOODS};
use super::dates::days_between;
use super::ics;
use super::milestones::{
    about, milestones, own_label, progress, Milestone, MilestoneSet, Reached, Upcoming,
    MAX_OWN_DAYS,
};
use super::sources::CalendarDate;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

/// The version this app writes. Older versions are read through [`upgrade`].
/// Version 2 added the milestone set and the person's own milestones. Version 3 holds several
/// counters (each with its own start date, history, milestones and savings) and daily
/// check-ins; what versions 1 and 2 held about the one count becomes the first counter.
pub const VERSION: i64 = 3;
const APP: &str = "peer-support-guide";

/// One table of limits: the forms' caps, the merge and the reader all use these, and every
/// write is read back against them, so nothing is saved that the app would then refuse.
/// Lengths count characters, as a person does, never bytes.
pub mod limits {
    use crate::domain::sources::CalendarDate;

    /// The stored journal larger than this is refused (before reading), and no change that
    /// would make it larger is saved.
    pub const MAX_BYTES: usize = 5_000_000;
    /// A backup adds the saved list and the wizard's answers to the journal: up to 2,000
    /// characters each, at most six bytes a character once written as JSON.
    pub const BACKUP_EXTRAS_BYTES: usize = 2 * (MAX_TEXT_CHARS * 6 + 32);
    /// A backup file larger than this is refused (before reading). It has room for the
    /// largest journal and both extras, so every export of stored records reads back.
    pub const MAX_BACKUP_BYTES: usize = MAX_BYTES + BACKUP_EXTRAS_BYTES;
    /// The longest text the reader accepts in any field: a note, a group, a name.
    pub const MAX_TEXT_CHARS: usize = 2_000;
    /// What the forms allow for a group's name or a contact's name (well under the reader's cap).
    pub const MAX_NAME_CHARS: usize = 200;
    /// What the form allows for a phone number.
    pub const MAX_PHONE_CHARS: usize = 40;
    /// How many of their own milestones a person can keep, on each counter.
    pub const MAX_OWN_MILESTONES: usize = 100;
    /// How many counters a person can keep.
    pub const MAX_COUNTERS: usize = 20;
    /// What the form allows for a counter's name ("Opioids", "Alcohol").
    pub const MAX_COUNTER_NAME_CHARS: usize = 60;
    /// What the forms allow for a short note: a check-in, a return to use, a milestone.
    pub const MAX_SHORT_NOTE_CHARS: usize = 500;
    /// The most a counter's cost may be, in hundredths of the currency's unit (ten billion a
    /// day or a week, room for currencies whose unit is worth little): past any real cost, and
    /// small enough that a century of it stays exact.
    pub const MAX_COST_HUNDREDTHS: u64 = 1_000_000_000_000;
    /// The most hours a week can hold.
    pub const MAX_HOURS_PER_WEEK: u16 = 168;
    /// No date before this: the forms' `min` and the reader's check.
    pub const EARLIEST_DATE: CalendarDate = CalendarDate {
        year: 1900,
        month: 1,
        day: 1,
    };
}

pub use limits::MAX_BACKUP_BYTES as MAX_IMPORT_BYTES;

/// How a meeting was attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attended {
    InPerson,
    Online,
}

/// A meeting the person went to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// Unique and never reused, so two copies can be merged entry by entry.
    #[serde(deserialize_with = "text")]
    pub id: String,
    pub date: CalendarDate,
    /// A catalog slug, or a name the person typed.
    #[serde(deserialize_with = "text")]
    pub group: String,
    pub attended: Attended,
    /// Private; may be empty.
    #[serde(default, deserialize_with = "text")]
    pub note: String,
}

/// A past stretch of time in recovery, ended by a return to use.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub start: CalendarDate,
    pub end: CalendarDate,
    /// Private, optional: what happened, what might help next time.
    #[serde(default, deserialize_with = "text")]
    pub note: String,
}

/// A sponsor or support contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(deserialize_with = "text")]
    pub name: String,
    #[serde(deserialize_with = "text")]
    pub phone: String,
}

/// What the person calls their count. The groups' own words stay available; the default is
/// neutral.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CountLabel {
    #[default]
    Recovery,
    Clean,
    Sober,
}

impl CountLabel {
    pub const ALL: [CountLabel; 3] = [CountLabel::Recovery, CountLabel::Clean, CountLabel::Sober];

    /// How the label is written in stored data and form values.
    pub fn key(self) -> &'static str {
        match self {
            CountLabel::Recovery => "recovery",
            CountLabel::Clean => "clean",
            CountLabel::Sober => "sober",
        }
    }

    /// The words shown above the count.
    pub fn text(self) -> &'static str {
        match self {
            CountLabel::Recovery => "Time in recovery",
            CountLabel::Clean => "Clean time",
            CountLabel::Sober => "Sober time",
        }
    }

    /// The label for a stored or form key, if it is one.
    pub fn from_key(key: &str) -> Option<CountLabel> {
        CountLabel::ALL.into_iter().find(|label| label.key() == key)
    }
}

/// One of the person's own milestones, with an optional private note ("my sister's wedding").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnMilestone {
    pub days: u32,
    #[serde(default, deserialize_with = "text")]
    pub note: String,
}

/// Which milestones a counter follows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestones {
    #[serde(
        default,
        serialize_with = "set_key",
        deserialize_with = "milestone_set"
    )]
    pub set: MilestoneSet,
    /// The person's own, in the order they were added.
    #[serde(default)]
    pub own: Vec<OwnMilestone>,
}

impl Milestones {
    /// The days of the person's own milestones, in order.
    pub fn own_days(&self) -> Vec<u32> {
        self.own.iter().map(|m| m.days).collect()
    }
}

/// How often a cost was paid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Per {
    #[default]
    Day,
    Week,
}

impl Per {
    pub const ALL: [Per; 2] = [Per::Day, Per::Week];

    pub fn key(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
        }
    }

    pub fn from_key(key: &str) -> Option<Per> {
        Per::ALL.into_iter().find(|per| per.key() == key)
    }
}

/// What using used to cost, for "money saved": in hundredths of the currency's unit (cents,
/// pence, centavos), so sums stay exact whole numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub hundredths: u64,
    pub per: Per,
    /// An ISO 4217 code such as "USD", chosen when the cost was set (the device's by default).
    #[serde(deserialize_with = "text")]
    pub currency: String,
}

/// The id of the counter made from a version 1 or 2 file's one count. (A counter made on the
/// device gets a new id of its own.)
pub const FIRST_COUNTER: &str = "main";

/// One thing the person is stepping away from, in their own words, with its own count.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counter {
    /// Unique and never reused within a journal, so two copies merge counter by counter.
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// The person's own words ("Opioids"); empty shows the count label's words.
    #[serde(default, deserialize_with = "text")]
    pub name: String,
    /// The day the current count began: the clean date.
    #[serde(default)]
    pub start: Option<CalendarDate>,
    #[serde(default)]
    pub past_periods: Vec<Period>,
    #[serde(default)]
    pub count_label: CountLabel,
    #[serde(default)]
    pub milestones: Milestones,
    /// Never shown unless set.
    #[serde(default)]
    pub cost: Option<Cost>,
    /// Hours a week that using took; never shown unless set.
    #[serde(default)]
    pub hours_per_week: Option<u16>,
}

/// Everything the tracker stores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    /// The first is the main one, shown first and on the home page.
    pub counters: Vec<Counter>,
    pub meetings: Vec<Meeting>,
    pub contact: Option<Contact>,
    /// At most one per counter and day, in (counter, date) order.
    pub check_ins: Vec<CheckIn>,
}

/// A backup file: the journal, plus the other things the app keeps on the device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    pub journal: Journal,
    /// Slugs of the groups saved to "my list", as stored.
    pub saved_groups: String,
    /// The choice wizard's saved answers, as stored (empty when there are none).
    pub wizard_answers: String,
}

/// Clean time across every period, for the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct History {
    /// The longest period in days, the current one included.
    pub longest_days: i64,
    /// Days clean across all periods, the current one included.
    pub total_days: i64,
}

/// What a new start date would do to the history (see [`Journal::start_change`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartChange {
    /// History stays a timeline.
    Fits,
    /// The date falls inside the history: `periods` past periods end after it, the last of them
    /// on `latest_end`, the earliest start date that keeps the history as it is.
    Overlaps {
        periods: usize,
        latest_end: CalendarDate,
    },
}

/// What an import would change, shown before anything is changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub meetings_in_file: usize,
    /// Meetings in the file that are not on this device: what a merge adds.
    pub meetings_new: usize,
    pub meetings_here: usize,
    pub periods_in_file: usize,
    pub counters_in_file: usize,
    /// Counters in the file that are not on this device: what a merge adds.
    pub counters_new: usize,
    pub check_ins_in_file: usize,
    /// Check-ins in the file for a counter and day that has none here.
    pub check_ins_new: usize,
    /// The start date of the file's main counter, and of this device's.
    pub clean_date_in_file: Option<CalendarDate>,
    pub clean_date_here: Option<CalendarDate>,
    pub contact_in_file: bool,
}

/// What is wrong with one field of a backup or of the stored records, said after the field's
/// path ("meetings[0].date is before 1900"). Each is English here; the view says it in the page's
/// language (`ImportError::said`), so every one is in [`Problem::ALL`] for `domain::texts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    AppearsTwice,
    WrongKind,
    NotDate,
    NotRealDate,
    NotText,
    TooLong,
    NotAttended,
    NotCountLabel,
    NotPer,
    NotMilestoneSet,
    NotShortText,
    NotWholeVersion,
    UnknownOldVersion,
    TooManyCounters,
    Empty,
    RepeatsCounter,
    Before1900,
    EndsBeforeStart,
    NotMilestoneDays,
    TooManyMilestones,
    RepeatsMilestone,
    NotCost,
    NotCurrency,
    NotHours,
    RepeatsMeeting,
    NotACounter,
    RepeatsCheckIn,
    NotMood,
    NotCraving,
    AfterToday,
    WouldNotReadBack,
}

impl Problem {
    /// Every problem, for the list of texts that need a translation (`domain::texts`).
    pub const ALL: [Problem; 32] = [
        Problem::Missing,
        Problem::AppearsTwice,
        Problem::WrongKind,
        Problem::NotDate,
        Problem::NotRealDate,
        Problem::NotText,
        Problem::TooLong,
        Problem::NotAttended,
        Problem::NotCountLabel,
        Problem::NotPer,
        Problem::NotMilestoneSet,
        Problem::NotShortText,
        Problem::NotWholeVersion,
        Problem::UnknownOldVersion,
        Problem::TooManyCounters,
        Problem::Empty,
        Problem::RepeatsCounter,
        Problem::Before1900,
        Problem::EndsBeforeStart,
        Problem::NotMilestoneDays,
        Problem::TooManyMilestones,
        Problem::RepeatsMilestone,
        Problem::NotCost,
        Problem::NotCurrency,
        Problem::NotHours,
        Problem::RepeatsMeeting,
        Problem::NotACounter,
        Problem::RepeatsCheckIn,
        Problem::NotMood,
        Problem::NotCraving,
        Problem::AfterToday,
        Problem::WouldNotReadBack,
    ];

    /// The problem in English, after the field's path.
    pub fn english(self) -> &'static str {
        match self {
            Problem::Missing => "is missing",
            Problem::AppearsTwice => "appears twice",
            Problem::WrongKind => "has the wrong kind of value",
            Problem::NotDate => "should be a date like 2026-11-26",
            Problem::NotRealDate => "is not a real date like 2026-11-26",
            Problem::NotText => "should be text",
            Problem::TooLong => "is longer than 2,000 characters",
            Problem::NotAttended => "should be \"in-person\" or \"online\"",
            Problem::NotCountLabel => "should be \"recovery\", \"clean\" or \"sober\"",
            Problem::NotPer => "should be \"day\" or \"week\"",
            Problem::NotMilestoneSet => "should be \"common\" or \"monthly\"",
            Problem::NotShortText => "should be short text",
            Problem::NotWholeVersion => "is missing or not a whole number",
            Problem::UnknownOldVersion => "is not one this app ever wrote",
            Problem::TooManyCounters => "should be a list of up to 20 counters",
            Problem::Empty => "is empty",
            Problem::RepeatsCounter => "repeats another counter's id",
            Problem::Before1900 => "is before 1900",
            Problem::EndsBeforeStart => "ends before it starts",
            Problem::NotMilestoneDays => "should be a whole number of days from 1 to 36525",
            Problem::TooManyMilestones => "should be a list of up to 100 milestones",
            Problem::RepeatsMilestone => "repeats another milestone",
            Problem::NotCost => "should be a whole number from 0 to 1000000000000",
            Problem::NotCurrency => "should be a currency code like \"USD\"",
            Problem::NotHours => "should be a whole number of hours from 0 to 168",
            Problem::RepeatsMeeting => "repeats another meeting's id",
            Problem::NotACounter => "is not the id of a counter in this file",
            Problem::RepeatsCheckIn => "repeats another check-in for this counter",
            Problem::NotMood => "should be a whole number from 1 to 5",
            Problem::NotCraving => "should be a whole number from 0 to 4",
            Problem::AfterToday => "is after today",
            Problem::WouldNotReadBack => "would not read back the same",
        }
    }

    /// The problem these words say, as a reader of one field reported it through serde.
    fn from_english(words: &str) -> Option<Problem> {
        Problem::ALL
            .into_iter()
            .find(|problem| problem.english() == words)
    }
}

/// Fields a problem names in words instead of by their path; the view says them in the page's
/// language. Any other field is the file's own path, such as `meetings[0].date`.
pub const FIELDS_IN_WORDS: [&str; 3] = ["the file", "the version", "the records"];

/// Why a backup can't be used. Each says which field and what is wrong, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all: where it stops making sense (line and column), when the reader can tell.
    NotJson(Option<(usize, usize)>),
    NotOurs,
    UnknownVersion(i64),
    BadField {
        field: String,
        problem: Problem,
    },
}

impl ImportError {
    /// The sentence that says why, in English, with `{size}`, `{detail}`, `{version}`,
    /// `{field}` and `{problem}` for [`ImportError::values`]: the view shows it in the page's
    /// language.
    pub fn sentence(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "This file is {size}, more than a backup can be (about 5 MB), so nothing was changed.",
            ImportError::NotJson(_) => "This file isn't a Peer Support Guide backup ({detail}), so nothing was changed. Choose a file you exported from this app.",
            ImportError::NotOurs => "This file isn't a Peer Support Guide backup, so nothing was changed. Choose a file you exported from this app.",
            ImportError::UnknownVersion(_) => "This backup is from a newer version of the app (version {version}), so nothing was changed. Update the app, then try again.",
            ImportError::BadField { .. } => "In this backup, {field} {problem}, so nothing was changed.",
        }
    }

    /// Every sentence, for the list of texts that need a translation (`domain::texts`).
    pub fn sentences() -> [&'static str; 5] {
        [
            ImportError::TooLarge { bytes: 0 }.sentence(),
            ImportError::NotJson(None).sentence(),
            ImportError::NotOurs.sentence(),
            ImportError::UnknownVersion(0).sentence(),
            bad("", Problem::Empty).sentence(),
        ]
    }

    /// Where a file that isn't JSON stops making sense, for `{detail}`: in English, each with
    /// `{line}` and `{column}` where it has them.
    pub const DETAILS: [&'static str; 2] = [
        "it stops making sense at line {line}, column {column}",
        "it isn't JSON",
    ];

    /// The sentence with its values filled in, its words found through `t` (see
    /// `dates::Words`): English as written here, the page's language in the app. The field's
    /// path is the file's own, as it is written there.
    pub fn said(&self, t: super::dates::Words) -> String {
        self.filled_in(t(self.sentence()), t)
    }

    /// `template` (already in the page's language) with this error's values, found through
    /// `t`: `{size}`, `{detail}`, `{version}`, `{field}` and `{problem}`, as each kind has them.
    pub fn filled_in(&self, template: &str, t: super::dates::Words) -> String {
        let values = match self {
            ImportError::TooLarge { bytes } => vec![("size", super::file_size(*bytes))],
            ImportError::NotJson(at) => {
                let detail = match at {
                    Some((line, column)) => super::lang::fill(
                        t(Self::DETAILS[0]),
                        &[("line", &line.to_string()), ("column", &column.to_string())],
                    ),
                    None => t(Self::DETAILS[1]).to_string(),
                };
                vec![("detail", detail)]
            }
            ImportError::NotOurs => Vec::new(),
            ImportError::UnknownVersion(version) => vec![("version", version.to_string())],
            ImportError::BadField { field, problem } => vec![
                ("field", field_said(field, t)),
                ("problem", t(problem.english()).to_string()),
            ],
        };
        let values: Vec<(&str, &str)> = values
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        super::lang::fill(template, &values)
    }
}

/// A field as a problem names it: its path as the file writes it, or one of
/// [`FIELDS_IN_WORDS`] through `t`.
fn field_said(field: &str, t: super::dates::Words) -> String {
    match FIELDS_IN_WORDS.iter().find(|words| **words == field) {
        Some(words) => t(words).to_string(),
        None => field.to_string(),
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(&super::dates::english))
    }
}

impl std::error::Error for ImportError {}

fn bad(field: impl Into<String>, problem: Problem) -> ImportError {
    ImportError::BadField {
        field: field.into(),
        problem,
    }
}

pub fn parse_date(text: &str) -> Option<CalendarDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) && all_digits(m) && all_digits(d)) {
        return None;
    }
    let date = CalendarDate {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    date.is_valid().then_some(date)
}

// How each field is written. Text and keys read through these so a wrong value gets a plain
// sentence ("should be text"), which `read` puts after the field's path.

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: Cow<'de, str> = Deserialize::deserialize(deserializer)
            .map_err(|error| reworded(error, Problem::NotDate))?;
        parse_date(&text).ok_or_else(|| de::Error::custom(Problem::NotRealDate.english()))
    }
}

/// A reading error in plain words, unless the field is missing: that is said as it is.
fn reworded<E: de::Error>(error: E, problem: Problem) -> E {
    if error.to_string().starts_with("missing field") {
        error
    } else {
        E::custom(problem.english())
    }
}

/// Text of at most [`limits::MAX_TEXT_CHARS`] characters.
fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text: String = Deserialize::deserialize(deserializer)
        .map_err(|error| reworded(error, Problem::NotText))?;
    if text.chars().count() > limits::MAX_TEXT_CHARS {
        return Err(de::Error::custom(Problem::TooLong.english()));
    }
    Ok(text)
}

/// A value written as one of a few keys, such as `"in-person"`.
fn keyed<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    from_key: impl Fn(&str) -> Option<T>,
    expected: Problem,
) -> Result<T, D::Error> {
    let key: Cow<'de, str> =
        Deserialize::deserialize(deserializer).map_err(|error| reworded(error, expected))?;
    from_key(&key).ok_or_else(|| de::Error::custom(expected.english()))
}

impl Attended {
    fn key(self) -> &'static str {
        match self {
            Attended::InPerson => "in-person",
            Attended::Online => "online",
        }
    }
}

impl Serialize for Attended {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Attended {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let from_key = |key: &str| {
            [Attended::InPerson, Attended::Online]
                .into_iter()
                .find(|a| a.key() == key)
        };
        keyed(deserializer, from_key, Problem::NotAttended)
    }
}

impl Serialize for CountLabel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for CountLabel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        keyed(deserializer, CountLabel::from_key, Problem::NotCountLabel)
    }
}

impl Serialize for Per {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Per {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        keyed(deserializer, Per::from_key, Problem::NotPer)
    }
}

fn milestone_set<'de, D: Deserializer<'de>>(deserializer: D) -> Result<MilestoneSet, D::Error> {
    keyed(
        deserializer,
        MilestoneSet::from_key,
        Problem::NotMilestoneSet,
    )
}

/// The milestone settings as versions 1 and 2 wrote them, for the one count.
#[derive(Debug, Default, Deserialize)]
struct OldMilestones {
    #[serde(default, deserialize_with = "milestone_set")]
    set: MilestoneSet,
    #[serde(default)]
    own: Vec<u32>,
}

fn set_key<S: Serializer>(set: &MilestoneSet, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(set.key())
}

/// The stored journal and a backup file, field by field; a backup adds the last two.
/// The fields of versions 1 and 2 about the one count are read, never written: [`upgrade`]
/// makes them the first counter.
#[derive(Debug, Serialize, Deserialize)]
struct File {
    app: String,
    version: i64,
    #[serde(default, skip_serializing)]
    clean_date: Option<CalendarDate>,
    #[serde(default, skip_serializing)]
    past_periods: Vec<Period>,
    #[serde(default, skip_serializing)]
    count_label: CountLabel,
    #[serde(default, skip_serializing)]
    milestones: Option<OldMilestones>,
    #[serde(default)]
    counters: Vec<Counter>,
    #[serde(default)]
    meetings: Vec<Meeting>,
    #[serde(default)]
    contact: Option<Contact>,
    #[serde(default)]
    check_ins: Vec<CheckIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_groups: Option<Extra>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wizard_answers: Option<Extra>,
}

/// The saved list or the wizard's answers, carried as stored; `null` reads as empty.
#[derive(Debug, Serialize)]
#[serde(transparent)]
struct Extra(String);

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: Option<String> = Deserialize::deserialize(deserializer)
            .map_err(|_| de::Error::custom(Problem::NotShortText.english()))?;
        let text = text.unwrap_or_default();
        if text.chars().count() > limits::MAX_TEXT_CHARS {
            return Err(de::Error::custom(Problem::NotShortText.english()));
        }
        Ok(Extra(text))
    }
}

/// Just what tells whose file this is and which version, read before the rest.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    app: Option<Scalar>,
    #[serde(default)]
    version: Option<Scalar>,
}

/// One JSON value, kept only if it is text or a whole number: enough to check the header, and
/// much cheaper in wasm than reading into `serde_json::Value`.
#[derive(PartialEq)]
enum Scalar {
    Text(String),
    Whole(i64),
    Other,
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(text.to_string()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Scalar, E> {
                Ok(Scalar::Whole(n))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Scalar, E> {
                Ok(i64::try_from(n).map_or(Scalar::Other, Scalar::Whole))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Scalar::Other)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl File {
    fn of(journal: &Journal) -> File {
        File {
            app: APP.into(),
            version: VERSION,
            clean_date: None,
            past_periods: Vec::new(),
            count_label: CountLabel::default(),
            milestones: None,
            counters: journal.counters.clone(),
            meetings: journal.meetings.clone(),
            contact: journal.contact.clone(),
            check_ins: journal.check_ins.clone(),
            saved_groups: None,
            wizard_answers: None,
        }
    }

    fn into_journal(self) -> Journal {
        // Check-ins are kept in (counter, date) order, which saving a day relies on; the app
        // writes them so, and a file edited by hand is put in order as it is read.
        let mut check_ins = self.check_ins;
        if !check_ins.is_sorted_by(|a, b| (&a.counter, a.date) <= (&b.counter, b.date)) {
            check_ins = checkins::merge(&check_ins, &[]);
        }
        Journal {
            counters: self.counters,
            meetings: self.meetings,
            contact: self.contact,
            check_ins,
        }
    }

    fn to_json(&self) -> String {
        // Plain strings, numbers and lists only, so this cannot fail; an empty text would be
        // refused by the reader, never taken for data.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A serde error as a plain sentence for `field`.
fn field_problem(path: String, error: &serde_json::Error) -> ImportError {
    let message = error.to_string();
    // serde_json adds where in the text it was; the field's path says it better.
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |at| &message[..at]);
    let field = if path.is_empty() {
        "the file".to_string()
    } else {
        path
    };
    if let Some(name) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        let field = if field == "the file" {
            name.to_string()
        } else {
            format!("{field}.{name}")
        };
        return bad(field, Problem::Missing);
    }
    if let Some(name) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return bad(format!("\"{name}\""), Problem::AppearsTwice);
    }
    // The app's own words ("should be text", "is not a real date") are kept; serde's
    // ("invalid type", "trailing characters", "number out of range") are put plainly.
    bad(
        field,
        Problem::from_english(message).unwrap_or(Problem::WrongKind),
    )
}

/// Reads stored or backup text: the size, the app and version, then every field, then the
/// rules that hold across fields. Never panics; on any problem it says which field and what.
fn read(text: &str, max_bytes: usize) -> Result<File, ImportError> {
    if text.len() > max_bytes {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // One pass reads every field; a text that fails it is looked at again to say why.
    let parsed = match serde_json::from_str::<File>(text) {
        Ok(file) if file.app == APP && (1..=VERSION).contains(&file.version) => {
            return upgrade(file)
        }
        other => other,
    };
    let header: Header = serde_json::from_str(text).map_err(|error| {
        // serde_json gives line 0 when it can't tell where (an error not tied to the text).
        ImportError::NotJson((error.line() > 0).then(|| (error.line(), error.column())))
    })?;
    if header.app != Some(Scalar::Text(APP.into())) {
        return Err(ImportError::NotOurs);
    }
    let Some(Scalar::Whole(version)) = header.version else {
        return Err(bad("the version", Problem::NotWholeVersion));
    };
    match version {
        1..=VERSION => {}
        ..=0 => return Err(bad("the version", Problem::UnknownOldVersion)),
        // Any other is from a newer app.
        _ => return Err(ImportError::UnknownVersion(version)),
    }
    // Every version's fields are in `File`, so one reading serves them all.
    match parsed {
        Ok(file) => upgrade(file),
        Err(error) => {
            let at = byte_offset(text, error.line(), error.column());
            Err(field_problem(
                path_at(text, at, about_whole(&error)),
                &error,
            ))
        }
    }
}

/// Brings a file of any earlier version up to [`VERSION`], one step per version, each with a
/// test, then checks the rules across fields.
fn upgrade(mut file: File) -> Result<File, ImportError> {
    if file.version < 3 {
        // Versions 1 and 2 kept one count at the top level (version 1 with no milestone
        // settings: the common set, none of its own). It becomes the first counter, unless
        // nothing about it was ever set.
        let old = file.milestones.take().filter(|_| file.version == 2);
        let old = old.unwrap_or_default();
        let counter = Counter {
            id: FIRST_COUNTER.into(),
            name: String::new(),
            start: file.clean_date.take(),
            past_periods: std::mem::take(&mut file.past_periods),
            count_label: file.count_label,
            milestones: Milestones {
                set: old.set,
                // Version 2 let a day repeat; version 3 keeps each once, in order.
                own: old
                    .own
                    .iter()
                    .enumerate()
                    .filter(|(i, days)| !old.own[..*i].contains(days))
                    .map(|(_, &days)| OwnMilestone {
                        days,
                        note: String::new(),
                    })
                    .collect(),
            },
            cost: None,
            hours_per_week: None,
        };
        let blank = Counter {
            id: FIRST_COUNTER.into(),
            ..Counter::default()
        };
        // A version 1 or 2 file has no counters of its own; any it claims are not read.
        file.counters = if counter == blank {
            Vec::new()
        } else {
            vec![counter]
        };
        file.check_ins = Vec::new();
        file.version = VERSION;
    }
    check(file)
}

/// Whether a reading error is about an object or list as a whole: a field missing from it, or
/// a list given where an object belongs.
fn about_whole(error: &serde_json::Error) -> bool {
    let message = error.to_string();
    message.starts_with("missing field") || message.starts_with("invalid length")
}

/// The byte offset of serde_json's error position: `line` from 1, `column` in bytes from the
/// start of that line.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    // The lines before it, each with its line break.
    let before: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    before + column
}

/// Where byte `offset` of a JSON text is, as a path like `meetings[0].date`, only to say which
/// field a reading error is in (serde_json reads the text; this only counts brackets, commas
/// and keys up to the offset). With `whole`, the path is of the object or list the offset is
/// in, for an error about it as a whole (a field missing from it, or a list of the wrong length).
fn path_at(text: &str, offset: usize, whole: bool) -> String {
    enum Frame<'a> {
        Object {
            key: Option<&'a str>,
            in_value: bool,
        },
        Array {
            index: usize,
        },
    }
    let bytes = text.as_bytes();
    let mut end = offset.min(bytes.len());
    // When the value at fault was the last in its object or list, serde_json has read the
    // closing bracket too: that bracket does not count. (No list holds a value whose own
    // rules are checked while reading, so serde_json never reads a list's comma past one.)
    let before = bytes[..end].iter().rposition(|b| !b.is_ascii_whitespace());
    if let Some(at) = before.filter(|at| matches!(bytes[*at], b'}' | b']')) {
        end = at;
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while let Some(&byte) = bytes.get(j) {
                    if byte == b'"' {
                        break;
                    }
                    j += if byte == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    key,
                    in_value: false,
                }) = stack.last_mut()
                {
                    *key = text.get(start..j);
                }
                i = j;
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                in_value: false,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { in_value, .. }) => *in_value = false,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    if whole {
        match stack.last_mut() {
            Some(Frame::Object { key, .. }) => *key = None,
            Some(Frame::Array { .. }) => {
                stack.pop();
            }
            None => {}
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}

/// The rules across fields, from the table of limits.
fn check(file: File) -> Result<File, ImportError> {
    let too_early = |date: CalendarDate| date < limits::EARLIEST_DATE;
    if file.counters.len() > limits::MAX_COUNTERS {
        return Err(bad("counters", Problem::TooManyCounters));
    }
    let mut counter_ids = HashSet::with_capacity(file.counters.len());
    for (c, counter) in file.counters.iter().enumerate() {
        let at = format!("counters[{c}]");
        if counter.id.is_empty() {
            return Err(bad(format!("{at}.id"), Problem::Empty));
        }
        if !counter_ids.insert(counter.id.as_str()) {
            return Err(bad(format!("{at}.id"), Problem::RepeatsCounter));
        }
        if counter.start.is_some_and(too_early) {
            return Err(bad(format!("{at}.start"), Problem::Before1900));
        }
        for (i, period) in counter.past_periods.iter().enumerate() {
            if period.end < period.start {
                return Err(bad(
                    format!("{at}.past_periods[{i}]"),
                    Problem::EndsBeforeStart,
                ));
            }
            if too_early(period.start) {
                return Err(bad(
                    format!("{at}.past_periods[{i}].start"),
                    Problem::Before1900,
                ));
            }
        }
        let own = &counter.milestones.own;
        if let Some(i) = own
            .iter()
            .position(|m| !(1..=MAX_OWN_DAYS).contains(&m.days))
        {
            return Err(bad(
                format!("{at}.milestones.own[{i}].days"),
                Problem::NotMilestoneDays,
            ));
        }
        if own.len() > limits::MAX_OWN_MILESTONES {
            return Err(bad(
                format!("{at}.milestones.own"),
                Problem::TooManyMilestones,
            ));
        }
        if let Some(i) = own
            .iter()
            .enumerate()
            .position(|(i, m)| own[..i].iter().any(|o| o.days == m.days))
        {
            return Err(bad(
                format!("{at}.milestones.own[{i}].days"),
                Problem::RepeatsMilestone,
            ));
        }
        if let Some(cost) = &counter.cost {
            if cost.hundredths > limits::MAX_COST_HUNDREDTHS {
                return Err(bad(format!("{at}.cost.hundredths"), Problem::NotCost));
            }
            let code = cost.currency.as_bytes();
            if code.len() != 3 || !code.iter().all(u8::is_ascii_uppercase) {
                return Err(bad(format!("{at}.cost.currency"), Problem::NotCurrency));
            }
        }
        if counter
            .hours_per_week
            .is_some_and(|hours| hours > limits::MAX_HOURS_PER_WEEK)
        {
            return Err(bad(format!("{at}.hours_per_week"), Problem::NotHours));
        }
    }
    let mut ids = HashSet::with_capacity(file.meetings.len());
    for (i, meeting) in file.meetings.iter().enumerate() {
        if meeting.id.is_empty() {
            return Err(bad(format!("meetings[{i}].id"), Problem::Empty));
        }
        if !ids.insert(meeting.id.as_str()) {
            return Err(bad(format!("meetings[{i}].id"), Problem::RepeatsMeeting));
        }
        if too_early(meeting.date) {
            return Err(bad(format!("meetings[{i}].date"), Problem::Before1900));
        }
    }
    let mut days = HashSet::with_capacity(file.check_ins.len());
    for (i, check_in) in file.check_ins.iter().enumerate() {
        let at = format!("check_ins[{i}]");
        if !counter_ids.contains(check_in.counter.as_str()) {
            return Err(bad(format!("{at}.counter"), Problem::NotACounter));
        }
        if !days.insert((check_in.counter.as_str(), check_in.date)) {
            return Err(bad(format!("{at}.date"), Problem::RepeatsCheckIn));
        }
        if too_early(check_in.date) {
            return Err(bad(format!("{at}.date"), Problem::Before1900));
        }
        if check_in.mood.is_some_and(|mood| !MOODS.contains(&mood)) {
            return Err(bad(format!("{at}.mood"), Problem::NotMood));
        }
        if check_in
            .craving
            .is_some_and(|craving| !CRAVINGS.contains(&craving))
        {
            return Err(bad(format!("{at}.craving"), Problem::NotCraving));
        }
        if check_in.note.chars().count() > limits::MAX_TEXT_CHARS {
            return Err(bad(format!("{at}.note"), Problem::TooLong));
        }
    }
    Ok(file)
}

impl Counter {
    /// The counter's milestones, up to a few years past today.
    pub fn milestone_list(&self, today: CalendarDate) -> Vec<Milestone> {
        let start = self.start.unwrap_or(today);
        let years = u32::try_from(days_between(start, today) / 365 + 2).unwrap_or(2);
        milestones(self.milestones.set, &self.milestones.own_days(), years)
    }

    /// The milestones reached (earliest first) and the next one; nothing before a start date
    /// is set.
    pub fn progress(&self, today: CalendarDate) -> Option<(Vec<Reached>, Option<Upcoming>)> {
        let start = self.start?;
        Some(progress(&self.milestone_list(today), start, today))
    }

    /// The calendar file for this counter's next milestone on `today`, stamped at `now_ms`,
    /// its words found through `t` (see `dates::Words`): titled "Milestone" and the milestone,
    /// never what the count is of (calendars show titles on a locked screen and copy them to
    /// accounts). `None` before a start date is set, or past the last date a file can hold.
    pub fn next_milestone_ics(
        &self,
        today: CalendarDate,
        now_ms: u64,
        t: super::dates::Words,
    ) -> Option<String> {
        let next = self.progress(today)?.1?;
        let event = ics::MilestoneEvent {
            uid: &format!("milestone-{}-{}", self.id, next.on.iso()),
            date: next.on,
            title: &super::lang::fill(
                t("Milestone: {milestone}"),
                &[("milestone", &super::milestones::label_in(&next.label, t))],
            ),
            description: t("A milestone in your count, from Peer Support Guide."),
        };
        ics::milestone_ics(&event, ics::stamp_at(now_ms)).ok()
    }

    /// The line shown with a milestone: the person's own note for one of their own (when it
    /// has one), or the app's line for one of the lists.
    pub fn milestone_line(&self, label: &str) -> Option<String> {
        let own = self
            .milestones
            .own
            .iter()
            .find(|m| own_label(m.days) == label);
        match own {
            Some(own) if !own.note.is_empty() => Some(own.note.clone()),
            Some(_) => None,
            None => about(label).map(str::to_string),
        }
    }

    /// The words this counter goes by: the person's name for it, or its count label's.
    pub fn title(&self) -> &str {
        if self.name.is_empty() {
            self.count_label.text()
        } else {
            &self.name
        }
    }

    /// This counter with `other`'s history added (the same counter, from another copy): past
    /// periods merge by their dates and own milestones by their days, this copy's note kept
    /// unless it is empty. This copy's start date, name, label, set and savings are kept,
    /// or `other`'s where this copy has none.
    pub fn merged_with(&self, other: &Counter) -> Counter {
        let mut merged = self.clone();
        for period in &other.past_periods {
            let same = |p: &&mut Period| (p.start, p.end) == (period.start, period.end);
            match merged.past_periods.iter_mut().find(same) {
                Some(here) if here.note.is_empty() => here.note.clone_from(&period.note),
                Some(_) => {}
                None => merged.past_periods.push(period.clone()),
            }
        }
        merged.past_periods.sort();
        for own in &other.milestones.own {
            match merged
                .milestones
                .own
                .iter_mut()
                .find(|m| m.days == own.days)
            {
                Some(here) if here.note.is_empty() => here.note.clone_from(&own.note),
                Some(_) => {}
                None => merged.milestones.own.push(own.clone()),
            }
        }
        merged.start = self.start.or(other.start);
        if merged.name.is_empty() {
            merged.name.clone_from(&other.name);
        }
        merged.cost = self.cost.clone().or_else(|| other.cost.clone());
        merged.hours_per_week = self.hours_per_week.or(other.hours_per_week);
        merged
    }

    /// "I used again": the current period ends on `on`, is kept in the history, and a new
    /// clean date starts that day. Nothing else changes, so undoing is restoring the old copy.
    /// A day before the current start date is refused: history stays a timeline.
    pub fn used_again(&self, on: CalendarDate, note: &str) -> Option<Counter> {
        let mut next = self.clone();
        if let Some(start) = self.start {
            if on < start {
                return None;
            }
            next.past_periods.push(Period {
                start,
                end: on,
                note: note.into(),
            });
            next.past_periods.sort();
        }
        next.start = Some(on);
        Some(next)
    }

    /// What setting the start date to `start` would do to the history: nothing, or overlap the
    /// past periods that end after it.
    pub fn start_change(&self, start: CalendarDate) -> StartChange {
        let after: Vec<&Period> = self.past_periods.iter().filter(|p| p.end > start).collect();
        match after.iter().map(|p| p.end).max() {
            None => StartChange::Fits,
            Some(latest_end) => StartChange::Overlaps {
                periods: after.len(),
                latest_end,
            },
        }
    }

    /// The start date set to `start`, with the history made to fit it: past periods that began
    /// on or after `start` are removed, and one that ran past it ends on it. This is for a person
    /// who says their count really began on `start`, so what the history said after it is wrong.
    pub fn with_start_trimming_history(&self, start: CalendarDate) -> Counter {
        let mut next = self.clone();
        next.past_periods.retain(|p| p.start < start);
        for period in &mut next.past_periods {
            period.end = period.end.min(start);
        }
        next.start = Some(start);
        next
    }

    /// The longest period and the total days clean, counting the current period up to `today`.
    pub fn history(&self, today: CalendarDate) -> History {
        let current = self.start.map(|start| (start, today));
        let lengths = self
            .past_periods
            .iter()
            .map(|p| (p.start, p.end))
            .chain(current)
            .map(|(start, end)| days_between(start, end).max(0));
        let mut history = History {
            longest_days: 0,
            total_days: 0,
        };
        for days in lengths {
            history.longest_days = history.longest_days.max(days);
            history.total_days += days;
        }
        history
    }
}

impl Journal {
    /// The journal as stored: the same format as a backup file.
    pub fn to_json(&self) -> String {
        File::of(self).to_json()
    }

    /// Reads a backup file or stored text, checking every field. Never panics; on any problem
    /// it says which field and what is wrong, and the caller changes nothing.
    pub fn from_json(text: &str) -> Result<Journal, ImportError> {
        read(text, limits::MAX_BYTES).map(File::into_journal)
    }

    /// Refuses a file that holds a day after `today`, naming its field: an import may not
    /// hold what the forms refuse. (Stored records are not checked this way: a device's clock
    /// set back a day must never make a person's own records unreadable.)
    pub fn check_not_after(&self, today: CalendarDate) -> Result<(), ImportError> {
        let after = Problem::AfterToday;
        for (c, counter) in self.counters.iter().enumerate() {
            if counter.start.is_some_and(|date| date > today) {
                return Err(bad(format!("counters[{c}].start"), after));
            }
            if let Some(i) = counter.past_periods.iter().position(|p| p.end > today) {
                return Err(bad(format!("counters[{c}].past_periods[{i}].end"), after));
            }
        }
        if let Some(i) = self.meetings.iter().position(|m| m.date > today) {
            return Err(bad(format!("meetings[{i}].date"), after));
        }
        if let Some(i) = self.check_ins.iter().position(|c| c.date > today) {
            return Err(bad(format!("check_ins[{i}].date"), after));
        }
        Ok(())
    }

    /// The main counter: the first, shown first and on the home page.
    pub fn main(&self) -> Option<&Counter> {
        self.counters.first()
    }

    /// The main counter, or an empty one (no start date, nothing set) when there is none yet.
    pub fn main_or_empty(&self) -> &Counter {
        static EMPTY: Counter = Counter {
            id: String::new(),
            name: String::new(),
            start: None,
            past_periods: Vec::new(),
            count_label: CountLabel::Recovery,
            milestones: Milestones {
                set: MilestoneSet::Common,
                own: Vec::new(),
            },
            cost: None,
            hours_per_week: None,
        };
        self.main().unwrap_or(&EMPTY)
    }

    /// The counter with this id, or the main one when there is none such: the counter a page
    /// shows; `None` before a first counter is made.
    pub fn shown(&self, id: Option<&str>) -> Option<&Counter> {
        id.and_then(|id| self.counter(id)).or_else(|| self.main())
    }

    /// [`Journal::shown`], or an empty counter (no start date, nothing set) when there is none.
    pub fn counter_or_main(&self, id: Option<&str>) -> &Counter {
        match self.shown(id) {
            Some(counter) => counter,
            None => self.main_or_empty(),
        }
    }

    /// The counter with this id, or the main one (made with `new_id` if there is none), to
    /// change it.
    pub fn counter_or_main_mut(&mut self, id: Option<&str>, new_id: &str) -> &mut Counter {
        match id.and_then(|id| self.counters.iter().position(|c| c.id == id)) {
            Some(at) => &mut self.counters[at],
            None => self.main_or_new(new_id),
        }
    }

    /// The counter with this id.
    pub fn counter(&self, id: &str) -> Option<&Counter> {
        self.counters.iter().find(|c| c.id == id)
    }

    /// The counter with this id, to change it.
    pub fn counter_mut(&mut self, id: &str) -> Option<&mut Counter> {
        self.counters.iter_mut().find(|c| c.id == id)
    }

    /// The main counter, made first with the id `new_id` if there is none yet: where a first
    /// start date is set. The id must be new (never one a removed counter had), so an undo or
    /// a merge with an older copy never mixes two counts.
    pub fn main_or_new(&mut self, new_id: &str) -> &mut Counter {
        if self.counters.is_empty() {
            self.counters.push(Counter {
                id: new_id.into(),
                ..Counter::default()
            });
        }
        // Never empty here: one was just added if there was none.
        &mut self.counters[0]
    }

    /// This journal with the counter `id` removed, and its check-ins with it. Undo is the old
    /// copy, kept by the page.
    pub fn without_counter(&self, id: &str) -> Journal {
        let mut next = self.clone();
        next.counters.retain(|c| c.id != id);
        next.check_ins.retain(|c| c.counter != id);
        next
    }

    /// This journal with the counter `id` made the main one (moved first); the others keep
    /// their order.
    pub fn with_main(&self, id: &str) -> Journal {
        let mut next = self.clone();
        if let Some(at) = next.counters.iter().position(|c| c.id == id) {
            let counter = next.counters.remove(at);
            next.counters.insert(0, counter);
        }
        next
    }

    /// The text to store for this journal, only if it reads back as exactly this journal:
    /// the one check every write goes through, so nothing is saved that would lock the
    /// person out of their own records.
    pub fn to_checked_json(&self) -> Result<String, ImportError> {
        let text = self.to_json();
        match Journal::from_json(&text) {
            Ok(back) if back == *self => Ok(text),
            Ok(_) => Err(bad("the records", Problem::WouldNotReadBack)),
            Err(problem) => Err(problem),
        }
    }

    /// What importing `incoming` would change here.
    pub fn preview(&self, incoming: &Journal) -> ImportPreview {
        let here: HashSet<&str> = self.meetings.iter().map(|m| m.id.as_str()).collect();
        let counters_here: HashSet<&str> = self.counters.iter().map(|c| c.id.as_str()).collect();
        let days_here: HashSet<(&str, CalendarDate)> = self
            .check_ins
            .iter()
            .map(|c| (c.counter.as_str(), c.date))
            .collect();
        ImportPreview {
            meetings_in_file: incoming.meetings.len(),
            meetings_new: incoming
                .meetings
                .iter()
                .filter(|m| !here.contains(m.id.as_str()))
                .count(),
            meetings_here: self.meetings.len(),
            periods_in_file: incoming.counters.iter().map(|c| c.past_periods.len()).sum(),
            counters_in_file: incoming.counters.len(),
            counters_new: incoming
                .counters
                .iter()
                .filter(|c| !counters_here.contains(c.id.as_str()))
                .count(),
            check_ins_in_file: incoming.check_ins.len(),
            check_ins_new: incoming
                .check_ins
                .iter()
                .filter(|c| !days_here.contains(&(c.counter.as_str(), c.date)))
                .count(),
            clean_date_in_file: incoming.main().and_then(|c| c.start),
            clean_date_here: self.main().and_then(|c| c.start),
            contact_in_file: incoming.contact.is_some(),
        }
    }

    /// Puts meetings in date order, then by id: stable and O(n log n), so a backup with tens
    /// of thousands of meetings sorts at once.
    pub fn sort_meetings(&mut self) {
        self.meetings
            .sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    }

    /// This journal with `recent` meetings added, except any whose id it already has or that
    /// came earlier in `recent`, and with `check_ins` merged in (the later change to a day
    /// wins; one for a counter this journal no longer has is dropped): how what was saved since
    /// the journal was last stored whole joins it (see `storage`). Never two meetings with one
    /// id, so the result reads back.
    pub fn with_recent(mut self, recent: &[Meeting], check_ins: &[CheckIn]) -> Journal {
        // At most about a hundred recent meetings, each looked for in one pass.
        let mut new: Vec<Meeting> = Vec::new();
        for meeting in recent {
            let known = |m: &Meeting| m.id == meeting.id;
            if !self.meetings.iter().any(known) && !new.iter().any(known) {
                new.push(meeting.clone());
            }
        }
        if !new.is_empty() {
            self.meetings.extend(new);
            self.sort_meetings();
        }
        let kept: Vec<CheckIn> = check_ins
            .iter()
            .filter(|c| self.counter(&c.counter).is_some())
            .cloned()
            .collect();
        if !kept.is_empty() {
            self.check_ins = checkins::merge(&self.check_ins, &kept);
        }
        self
    }

    /// This journal with `other`'s entries added, so nothing is lost and nothing is repeated:
    /// meetings merge by id, counters by id (see [`Counter::merged_with`]; new ones follow this
    /// journal's), and check-ins by counter and day, the later change winning. Where both have
    /// a contact, this journal's is kept. The caller saves it only if it reads back (see
    /// [`Journal::to_checked_json`]), so a merge past a limit changes nothing.
    pub fn merged_with(&self, other: &Journal) -> Journal {
        let mut merged = self.clone();
        let mut ids: HashSet<String> = merged.meetings.iter().map(|m| m.id.clone()).collect();
        for meeting in &other.meetings {
            if ids.insert(meeting.id.clone()) {
                merged.meetings.push(meeting.clone());
            }
        }
        merged.sort_meetings();
        for counter in &other.counters {
            match merged.counter_mut(&counter.id) {
                Some(here) => *here = here.merged_with(counter),
                None => merged.counters.push(counter.clone()),
            }
        }
        merged.contact = self.contact.clone().or_else(|| other.contact.clone());
        merged.check_ins = checkins::merge(&self.check_ins, &other.check_ins);
        merged
    }
}

impl Backup {
    /// The backup file's text.
    pub fn to_json(&self) -> String {
        let mut file = File::of(&self.journal);
        file.saved_groups = Some(Extra(self.saved_groups.clone()));
        file.wizard_answers = Some(Extra(self.wizard_answers.clone()));
        file.to_json()
    }

    /// Reads a backup file, checking every field; see [`Journal::from_json`].
    pub fn from_json(text: &str) -> Result<Backup, ImportError> {
        let mut file = read(text, limits::MAX_BACKUP_BYTES)?;
        let saved_groups = file.saved_groups.take().map(|e| e.0).unwrap_or_default();
        let wizard_answers = file.wizard_answers.take().map(|e| e.0).unwrap_or_default();
        Ok(Backup {
            journal: file.into_journal(),
            saved_groups,
            wizard_answers,
        })
    }
}

/// The digits (and a leading +) of a phone number, for a `tel:` link every phone can dial.
pub fn tel_digits(phone: &str) -> String {
    phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: u16, month: u8, day: u8) -> CalendarDate {
        CalendarDate { year, month, day }
    }

    fn meeting(id: &str, day: u8) -> Meeting {
        Meeting {
            id: id.into(),
            date: date(2026, 11, day),
            group: "narcotics-anonymous".into(),
            attended: Attended::InPerson,
            note: "felt \"heard\"\nthanks".into(),
        }
    }

    fn period(start: CalendarDate, end: CalendarDate) -> Period {
        Period {
            start,
            end,
            note: String::new(),
        }
    }

    fn own(days: impl IntoIterator<Item = u32>) -> Vec<OwnMilestone> {
        days.into_iter()
            .map(|days| OwnMilestone {
                days,
                note: String::new(),
            })
            .collect()
    }

    /// A counter with a start date and a history, and nothing else set.
    fn counter(start: Option<CalendarDate>, past_periods: Vec<Period>) -> Counter {
        Counter {
            id: FIRST_COUNTER.into(),
            start,
            past_periods,
            ..Counter::default()
        }
    }

    /// A journal with just this counter.
    fn one(counter: Counter) -> Journal {
        Journal {
            counters: vec![counter],
            ..Journal::default()
        }
    }

    /// The main counter of a version 2 journal, as version 3 holds it.
    fn sample_counter() -> Counter {
        Counter {
            count_label: CountLabel::Clean,
            milestones: Milestones {
                set: MilestoneSet::Monthly,
                own: own([100, 1000]),
            },
            ..counter(
                Some(date(2026, 1, 31)),
                vec![period(date(2025, 3, 1), date(2026, 1, 30))],
            )
        }
    }

    fn sample() -> Journal {
        Journal {
            counters: vec![sample_counter()],
            meetings: vec![meeting("a1", 2), meeting("b2", 9)],
            contact: Some(Contact {
                name: "Sam".into(),
                phone: "+1 555 0100".into(),
            }),
            check_ins: Vec::new(),
        }
    }

    /// The sample's backup text with the first `from` replaced by `to`.
    fn sample_with(from: &str, to: &str) -> String {
        let ok = sample().to_json();
        assert!(ok.contains(from), "the sample has {from}");
        ok.replacen(from, to, 1)
    }

    #[test]
    fn export_then_import_gives_back_the_same_journal() {
        let journal = sample();
        assert_eq!(Journal::from_json(&journal.to_json()), Ok(journal));
        assert_eq!(
            Journal::from_json(&Journal::default().to_json()),
            Ok(Journal::default())
        );
    }

    /// The reader's edges: fields missing anywhere, dates of the wrong shape, the longest text
    /// and the largest file it takes, values of any kind where the app and version go, and a
    /// file spread over several lines.
    #[test]
    fn the_reader_names_the_field_at_every_edge() {
        let ok = sample().to_json();
        let with = sample_with;
        let message = |text: &str| match Journal::from_json(text) {
            Ok(_) => String::new(),
            Err(error) => error.to_string(),
        };
        // Any value where the app's name goes, whatever its kind, is another app's file.
        for app in ["[1]", "{\"a\":1}", "7", "true", "null", "1.5"] {
            let text = with("\"app\":\"peer-support-guide\"", &format!("\"app\":{app}"));
            assert_eq!(
                Journal::from_json(&text),
                Err(ImportError::NotOurs),
                "{app}"
            );
        }
        // A date of the right shape, and every version this app wrote, still read.
        assert_eq!(parse_date("2026-11-02"), Some(date(2026, 11, 2)));
        assert_eq!(message(&with("\"version\":3", "\"version\":1")), "");

        // Exactly 5,000,000 bytes is read; one more is refused before reading.
        let padded = |bytes: usize| format!("{ok}{}", " ".repeat(bytes - ok.len()));
        assert_eq!(message(&padded(limits::MAX_BYTES)), "");
        assert!(message(&padded(limits::MAX_BYTES + 1)).contains("more than a backup can be"));

        // A backup of the largest journal, with the largest extras, reads back whole; a
        // backup past that is refused before reading.
        let long = |n: usize| Meeting {
            note: "n".repeat(limits::MAX_TEXT_CHARS),
            ..meeting(&format!("m{n:05}"), 1)
        };
        let with_meetings = |count: usize| Journal {
            meetings: (0..count).map(long).collect(),
            ..Journal::default()
        };
        // Each meeting adds the same number of bytes (and a comma): as many as fit in 5 MB.
        let (none, one) = (
            with_meetings(0).to_json().len(),
            with_meetings(1).to_json().len(),
        );
        let largest = with_meetings((limits::MAX_BYTES - none) / (one - none + 1));
        let size = largest.to_json().len();
        assert!(
            size <= limits::MAX_BYTES && size + (one - none) > limits::MAX_BYTES - 1,
            "{size}"
        );
        let control = "\u{1}".repeat(limits::MAX_TEXT_CHARS);
        let full = Backup {
            journal: largest,
            saved_groups: control.clone(),
            wizard_answers: control,
        };
        let text = full.to_json();
        assert!(text.len() > limits::MAX_BYTES + 20_000, "{}", text.len());
        assert_eq!(Backup::from_json(&text), Ok(full));
        // The room is what the extras need, not more: the largest export is within a meeting's
        // size of the limit, so a file much larger than any export is still refused unread.
        assert!(
            limits::MAX_BACKUP_BYTES - text.len() < 5_000,
            "{}",
            text.len()
        );
        let over = format!(
            "{text}{}",
            " ".repeat(limits::MAX_BACKUP_BYTES + 1 - text.len())
        );
        assert!(matches!(
            Backup::from_json(&over),
            Err(ImportError::TooLarge { .. })
        ));

        // Saved groups and wizard answers carried in a backup: up to 2,000 characters.
        let backup = |groups: String| Backup {
            journal: sample(),
            saved_groups: groups,
            wizard_answers: String::new(),
        };
        let longest = backup("é".repeat(limits::MAX_TEXT_CHARS));
        assert_eq!(Backup::from_json(&longest.to_json()), Ok(longest));
        let too_long = backup("é".repeat(limits::MAX_TEXT_CHARS + 1)).to_json();
        assert!(Backup::from_json(&too_long).is_err());

        // A file over several lines: the field is found on the right line.
        let lines = ok
            .replacen("{", "{\n", 1)
            .replacen(",\"meetings\"", ",\n\"meetings\"", 1);
        let on_line_one =
            lines.replacen("\"version\":3", "\"version\":3,\"count_label\":\"dry\"", 1);
        assert!(
            message(&on_line_one).contains("count_label should be"),
            "{}",
            message(&on_line_one)
        );
        let at_a_list_start = lines.replacen("\"own\":[{", "\"own\":[true,{", 1);
        assert!(
            message(&at_a_list_start).contains("milestones.own[0] has the wrong kind of value"),
            "{}",
            message(&at_a_list_start)
        );
        let empty_contact = lines.replacen(
            "\"contact\":{\"name\":\"Sam\",\"phone\":\"+1 555 0100\"}",
            "\"contact\":{}",
            1,
        );
        assert!(
            message(&empty_contact).contains("contact.name is missing"),
            "{}",
            message(&empty_contact)
        );
        let on_line_three = lines.replacen("2026-11-02", "2026-02-30", 1);
        assert!(message(&on_line_three).contains("meetings[0].date is not a real date"));
        let first_line_bad = ok
            .replacen("\"start\":\"2026-01-31\"", "\"start\":\"x\"", 1)
            .replacen(",\"meetings\"", ",\n\"meetings\"", 1)
            .replacen(",\"contact\"", ",\n\"contact\"", 1);
        assert!(
            message(&first_line_bad).contains("counters[0].start is not a real date"),
            "{}",
            message(&first_line_bad)
        );
    }

    #[test]
    fn a_field_missing_from_the_file_itself_is_named_alone() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Needs {
            app: String,
        }
        let error = serde_json::from_str::<Needs>("{}").err();
        let named = error.map(|error| field_problem(String::new(), &error));
        assert_eq!(named, Some(bad("app", Problem::Missing)));
        let error = serde_json::from_str::<Needs>("[]").err();
        let named = error.map(|error| field_problem(String::new(), &error));
        assert_eq!(named, Some(bad("the file", Problem::WrongKind)));
    }

    #[test]
    fn count_labels_read_as_words() {
        let texts: Vec<&str> = CountLabel::ALL.iter().map(|label| label.text()).collect();
        assert_eq!(texts, ["Time in recovery", "Clean time", "Sober time"]);
    }

    #[test]
    fn bad_backups_name_the_field_and_the_problem() {
        let ok = sample().to_json();
        let cases = [
            (
                ok.replace("2026-11-02", "2026-02-30"),
                "meetings[0].date is not a real date",
            ),
            (
                ok.replace("\"in-person\"", "\"by pigeon\""),
                "meetings[0].attended should be",
            ),
            (
                ok.replace("\"b2\"", "\"a1\""),
                "meetings[1].id repeats another meeting's id",
            ),
            (
                ok.replace("\"version\":3", "\"version\":7"),
                "newer version of the app (version 7)",
            ),
            (
                ok.replace("\"version\":3", "\"version\":\"1\""),
                "the version is missing",
            ),
            (
                ok.replace("peer-support-guide", "other-app"),
                "isn't a Peer Support Guide backup",
            ),
            ("{not json".to_string(), "isn't a Peer Support Guide backup"),
            (
                ok.replace("\"2025-03-01\"", "\"2027-03-01\""),
                "past_periods[0] ends before it starts",
            ),
        ];
        for (text, expected) in cases {
            let message = Journal::from_json(&text)
                .map(|_| String::new())
                .unwrap_or_else(|e| e.to_string());
            assert!(message.contains(expected), "{message}");
            assert!(message.contains("nothing was changed"), "{message}");
        }
    }

    /// A version 1 file as that version wrote it: no milestone settings.
    const VERSION_1: &str = r#"{"app":"peer-support-guide","version":1,"clean_date":"2026-01-31","past_periods":[{"start":"2025-03-01","end":"2026-01-30"}],"meetings":[{"id":"a1","date":"2026-11-02","group":"narcotics-anonymous","attended":"in-person","note":""}],"contact":null}"#;

    /// A version 2 file as that version wrote it: the one count at the top level, with its
    /// milestone settings.
    const VERSION_2: &str = r#"{"app":"peer-support-guide","version":2,"clean_date":"2026-01-31","past_periods":[{"start":"2025-03-01","end":"2026-01-30"}],"meetings":[{"id":"a1","date":"2026-11-02","group":"narcotics-anonymous","attended":"in-person","note":"felt \"heard\"\nthanks"},{"id":"b2","date":"2026-11-09","group":"narcotics-anonymous","attended":"in-person","note":"felt \"heard\"\nthanks"}],"contact":{"name":"Sam","phone":"+1 555 0100"},"count_label":"clean","milestones":{"set":"monthly","own":[100,1000]}}"#;

    #[test]
    fn every_earlier_version_migrates_to_the_current_one() {
        let journal = Journal::from_json(VERSION_1).expect("a version 1 file reads");
        assert_eq!(
            journal.counters,
            [counter(
                Some(date(2026, 1, 31)),
                vec![period(date(2025, 3, 1), date(2026, 1, 30))]
            )],
            "the one count becomes the first counter: the common set, the neutral label"
        );
        assert_eq!(journal.meetings.len(), 1);
        assert!(journal.check_ins.is_empty());
        // Once read, it is written at the current version and reads back the same.
        assert!(journal
            .to_json()
            .contains(&format!("\"version\":{VERSION}")));
        assert_eq!(Journal::from_json(&journal.to_json()), Ok(journal));
        for version in [0, -1] {
            let old = VERSION_1.replace("\"version\":1", &format!("\"version\":{version}"));
            assert!(Journal::from_json(&old).is_err(), "version {version}");
        }
        // Version 2: everything it held, its milestone settings with it, is kept.
        assert_eq!(Journal::from_json(VERSION_2), Ok(sample()));
        // Version 2 let an own milestone repeat: it is kept once.
        let repeated = VERSION_2.replace("[100,1000]", "[100,100,1000,100]");
        assert_eq!(Journal::from_json(&repeated), Ok(sample()));
        // A file that never set anything about its count has no counter yet.
        let bare = r#"{"app":"peer-support-guide","version":2,"meetings":[],"contact":null}"#;
        assert_eq!(Journal::from_json(bare), Ok(Journal::default()));
        // A version 2 file's mistakes are named by the field it has.
        let bad = VERSION_2.replace("\"own\":[100", "\"own\":[true");
        let message = Journal::from_json(&bad).map_err(|e| e.to_string());
        assert!(
            message
                .as_ref()
                .is_err_and(|m| m.contains("milestones.own[0] has the wrong kind of value")),
            "{message:?}"
        );
    }

    #[test]
    fn using_again_keeps_the_history_and_undo_is_the_old_copy() {
        let before = sample_counter();
        let today = date(2026, 11, 26);
        let after = before
            .used_again(date(2026, 11, 20), "")
            .unwrap_or_else(|| panic!("a day after the start date is a return to use"));
        assert_eq!(after.start, Some(date(2026, 11, 20)));
        assert_eq!(
            after.past_periods.last(),
            Some(&period(date(2026, 1, 31), date(2026, 11, 20)))
        );
        assert_eq!(
            after.milestones, before.milestones,
            "milestones are untouched"
        );
        let history = after.history(today);
        // 2025-03-01..2026-01-30 is 335 days; 2026-01-31..2026-11-20 is 293; now 6.
        assert_eq!(history.longest_days, 335);
        assert_eq!(history.total_days, 335 + 293 + 6);
        // With no clean date yet, "I used again" simply starts one.
        let fresh = Counter::default().used_again(today, "");
        assert_eq!(fresh.as_ref().and_then(|c| c.start), Some(today));
        assert!(fresh.is_some_and(|c| c.past_periods.is_empty()));
        // Before the current start date it is refused, so periods never overlap.
        assert_eq!(before.used_again(date(2026, 1, 30), ""), None);
    }

    #[test]
    fn an_import_preview_says_what_a_merge_would_add() {
        let here = sample();
        let mut file = sample();
        file.meetings.push(meeting("c3", 16));
        let preview = here.preview(&file);
        assert_eq!(preview.meetings_in_file, 3);
        assert_eq!(preview.meetings_new, 1);
        assert_eq!(preview.meetings_here, 2);
        assert!(preview.contact_in_file);
        assert_eq!(
            here.merged_with(&file).meetings.len(),
            2 + preview.meetings_new
        );
    }

    #[test]
    fn a_backup_carries_the_saved_list_and_wizard_answers() {
        let backup = Backup {
            journal: sample(),
            saved_groups: "smart-recovery,lifering".into(),
            wizard_answers: "3\nsecular=yes".into(),
        };
        assert_eq!(Backup::from_json(&backup.to_json()), Ok(backup));
        // A stored journal reads as a backup with nothing else in it.
        let plain = Backup::from_json(&sample().to_json()).expect("reads");
        assert_eq!(plain.journal, sample());
        assert_eq!(plain.saved_groups, "");
        let bad = sample()
            .to_json()
            .replace("{\"days\":1000,", "{\"days\":0,");
        let message = Journal::from_json(&bad)
            .map(|_| String::new())
            .unwrap_or_else(|e| e.to_string());
        assert!(
            message.contains("counters[0].milestones.own[1].days should be a whole number"),
            "{message}"
        );
    }

    #[test]
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(tel_digits("+1 (555) 010-0100"), "+15550100100");
        assert_eq!(tel_digits("07700 900 123 ext"), "07700900123");
        assert_eq!(tel_digits("call 1+2"), "12");
    }

    #[test]
    fn files_over_5_mb_are_refused_before_reading() {
        let huge = format!(
            "{{\"app\":\"{APP}\",\"pad\":\"{}\"}}",
            "x".repeat(MAX_IMPORT_BYTES)
        );
        assert!(matches!(
            Journal::from_json(&huge),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn recent_meetings_join_the_journal_once_and_in_order() {
        let journal = sample();
        let recent = [meeting("c3", 5), meeting("a1", 20), meeting("d4", 1)];
        let whole = journal.clone().with_recent(&recent, &[]);
        let ids: Vec<&str> = whole.meetings.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["d4", "a1", "c3", "b2"]);
        // The journal's own copy of a1 is kept, and nothing else changes.
        assert_eq!(whole.meetings[1], journal.meetings[0]);
        assert_eq!(
            Journal {
                meetings: journal.meetings.clone(),
                ..whole.clone()
            },
            journal
        );
        assert_eq!(journal.clone().with_recent(&[], &[]), journal);
        // An id twice among the recent meetings (two keys holding one meeting) joins once, as
        // first read, so the records still read back.
        let mut again = meeting("d4", 1);
        again.note = "a later copy".into();
        let twice = journal.clone().with_recent(&[meeting("d4", 1), again], &[]);
        assert_eq!(twice.meetings.len(), 3);
        assert_eq!(twice.meetings[0], meeting("d4", 1));
        assert!(twice.to_checked_json().is_ok());
    }

    #[test]
    fn recent_check_ins_join_by_day_and_the_later_change_wins() {
        let journal = sample_v3();
        let later = CheckIn {
            note: "a later save".into(),
            ..check_in(FIRST_COUNTER, 20, Some(2), 9)
        };
        let gone = check_in("removed-meanwhile", 21, Some(3), 1);
        let whole = journal.clone().with_recent(
            &[],
            &[later.clone(), check_in(FIRST_COUNTER, 21, None, 1), gone],
        );
        assert_eq!(
            whole.check_ins.len(),
            3,
            "one per counter and day, none for a gone counter"
        );
        assert_eq!(
            checkins::for_day(&whole.check_ins, FIRST_COUNTER, date(2026, 11, 20)),
            Some(&later)
        );
        assert!(whole.to_checked_json().is_ok());
    }

    #[test]
    fn merging_keeps_every_meeting_once() {
        let mine = sample();
        let mut theirs = sample();
        theirs.meetings.push(meeting("c3", 16));
        theirs.counters[0].start = Some(date(2026, 5, 1));
        let merged = mine.merged_with(&theirs);
        let ids: Vec<&str> = merged.meetings.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a1", "b2", "c3"]);
        assert_eq!(merged.counters.len(), 1, "the same counter merges into one");
        assert_eq!(merged.counters[0].past_periods.len(), 1);
        assert_eq!(
            merged.counters[0].start, mine.counters[0].start,
            "this device's clean date is kept"
        );
        assert_eq!(
            merged.merged_with(&theirs),
            merged,
            "merging again changes nothing"
        );
    }

    /// Every refusal rule of the reader, each with the field and words it must name.
    #[test]
    fn every_refusal_rule_of_the_reader_names_its_field() {
        let with = sample_with;
        let long = "a".repeat(limits::MAX_TEXT_CHARS + 1);
        let own_101 = format!(
            "\"own\":[{}]",
            (1..=101)
                .map(|d| format!("{{\"days\":{d}}}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let cases: Vec<(String, &str)> = vec![
            (
                with("\"id\":\"a1\"", "\"id\":\"\""),
                "meetings[0].id is empty",
            ),
            (
                with("\"b2\"", "\"a1\""),
                "meetings[1].id repeats another meeting's id",
            ),
            (
                with("2026-11-02", "2026-02-30"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "1899-12-31"),
                "meetings[0].date is before 1900",
            ),
            (
                with("\"start\":\"2026-01-31\"", "\"start\":\"1850-01-01\""),
                "counters[0].start is before 1900",
            ),
            (
                with("\"start\":\"2026-01-31\"", "\"start\":20260131"),
                "counters[0].start should be a date",
            ),
            (
                with("\"in-person\"", "\"by pigeon\""),
                "meetings[0].attended should be",
            ),
            (
                with("\"note\":\"felt", &format!("\"note\":\"{long}")),
                "meetings[0].note is longer than 2,000 characters",
            ),
            (
                with("\"note\":\"", &format!("\"note\":\"{long}")),
                "counters[0].past_periods[0].note is longer than 2,000 characters",
            ),
            (
                with("\"group\":\"narcotics-anonymous\"", "\"group\":7"),
                "meetings[0].group should be text",
            ),
            (
                with("\"2025-03-01\"", "\"2027-03-01\""),
                "past_periods[0] ends before it starts",
            ),
            (
                with("\"set\":\"monthly\"", "\"set\":\"weekly\""),
                "milestones.set should be",
            ),
            (
                with("\"own\":[", "\"own\":[{\"days\":0},"),
                "counters[0].milestones.own[0].days should be a whole number of days",
            ),
            (
                with("\"own\":[", "\"own\":[{\"days\":1000},"),
                "counters[0].milestones.own[2].days repeats another milestone",
            ),
            (
                with(
                    "\"own\":[{\"days\":100,\"note\":\"\"},{\"days\":1000,\"note\":\"\"}]",
                    &own_101,
                ),
                "counters[0].milestones.own should be a list of up to 100",
            ),
            (
                with("\"count_label\":\"clean\"", "\"count_label\":\"dry\""),
                "count_label should be",
            ),
            (
                with(
                    "\"contact\":{\"name\":\"Sam\",\"phone\":\"+1 555 0100\"}",
                    "\"contact\":\"Sam\"",
                ),
                "contact has the wrong kind of value",
            ),
            (
                with("\"version\":3", "\"version\":7"),
                "newer version of the app (version 7)",
            ),
            (
                with("\"version\":3", "\"version\":\"1\""),
                "the version is missing",
            ),
            (
                with("\"version\":3", "\"version\":0"),
                "the version is not one this app ever wrote",
            ),
            // Strict JSON: no plus sign, no leading zero, no key twice.
            (
                with("\"version\":3", "\"version\":+2"),
                "isn't a Peer Support Guide backup",
            ),
            (
                with("\"version\":3", "\"version\":02"),
                "isn't a Peer Support Guide backup",
            ),
            (
                with("\"meetings\":[", "\"meetings\":[],\"meetings\":["),
                "\"meetings\" appears twice",
            ),
            (
                with("peer-support-guide", "other-app"),
                "isn't a Peer Support Guide backup",
            ),
            // Fields missing anywhere, dates of the wrong shape, any value for the version.
            (
                with("\"date\":\"2026-11-02\",", ""),
                "meetings[0].date is missing",
            ),
            (
                with(",\"attended\":\"in-person\"", ""),
                "meetings[0].attended is missing",
            ),
            (
                with("\"date\":\"2026-11-09\",", ""),
                "meetings[1].date is missing",
            ),
            (
                with(",\"phone\":\"+1 555 0100\"", ""),
                "contact.phone is missing",
            ),
            (
                with("2026-11-02", "2026-1-02"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "202-11-02"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "2026-11-2"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "2026-1a-02"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "20a6-11-02"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "2026-11-0b"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "2026-11-02-01"),
                "meetings[0].date is not a real date",
            ),
            // serde's own words never reach the person.
            (
                with(
                    "\"end\":\"2026-01-30\",\"note\":\"\"}",
                    "\"end\":\"2026-01-30\",\"note\":\"\"},[\"2025-01-01\",\"2025-01-02\",3]",
                ),
                "counters[0].past_periods[1][2] should be text",
            ),
            (
                with("\"own\":[{\"days\":100", "\"own\":[{\"days\":1e400"),
                "counters[0].milestones.own[0].days has the wrong kind of value",
            ),
            // Rust reads "+1" as a number; a date may hold digits only.
            (
                with("2026-11-02", "+026-11-02"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "2026-+1-02"),
                "meetings[0].date is not a real date",
            ),
            (
                with("2026-11-02", "2026-11-+2"),
                "meetings[0].date is not a real date",
            ),
            (
                with("\"version\":3", "\"version\":-1"),
                "the version is not one this app ever wrote",
            ),
            (
                with("\"version\":3", "\"version\":[2]"),
                "the version is missing or not a whole number",
            ),
            (
                with("\"version\":3", "\"version\":2.5"),
                "the version is missing or not a whole number",
            ),
            (
                with("\"version\":3", "\"version\":true"),
                "the version is missing or not a whole number",
            ),
            (
                with("\"version\":3", "\"version\":null"),
                "the version is missing or not a whole number",
            ),
        ];
        for (text, expected) in cases {
            let message = Journal::from_json(&text)
                .map(|_| String::from("it was read"))
                .unwrap_or_else(|e| e.to_string());
            assert!(message.contains(expected), "{expected}: {message}");
            assert!(message.contains("nothing was changed"), "{message}");
        }
    }

    #[test]
    fn every_refusal_is_said_in_spanish_on_a_spanish_page() {
        let table = crate::domain::lang::spanish_for_tests();
        let es = move |text: &'static str| -> &'static str { table.get(text).unwrap_or(text) };
        let es: super::super::dates::Words = &es;
        for problem in Problem::ALL {
            assert_eq!(Problem::from_english(problem.english()), Some(problem));
            let said = bad("meetings[0].date", problem).said(es);
            assert!(
                said.contains(&format!("(meetings[0].date {})", es(problem.english()))),
                "{said}"
            );
            assert!(!said.contains(problem.english()), "{said}");
        }
        for (field, words) in [
            ("the file", "el archivo"),
            ("the version", "la versión"),
            ("the records", "los datos"),
        ] {
            let said = bad(field, Problem::Missing).said(es);
            assert!(said.contains(&format!("({words} no está)")), "{said}");
        }
        let cases = [
            (
                "{not json".to_string(),
                "(deja de tener sentido en la línea 1, columna 2)",
            ),
            (
                sample().to_json().replace("2026-11-02", "2026-02-30"),
                "(meetings[0].date no es una fecha real como 2026-11-26)",
            ),
            (
                sample().to_json().replace("\"in-person\"", "\"by pigeon\""),
                "(meetings[0].attended debería ser \"in-person\" u \"online\")",
            ),
            (
                sample()
                    .to_json()
                    .replace("\"version\":3", "\"version\":[2]"),
                "(la versión no está o no es un número entero)",
            ),
        ];
        for (text, expected) in cases {
            let said = Journal::from_json(&text)
                .map_or_else(|error| error.said(es), |_| "it was read".into());
            assert!(said.contains(expected), "{said}");
            assert!(said.starts_with("Est"), "{said}");
        }
    }

    #[test]
    fn an_import_may_not_hold_a_day_after_today() {
        let today = date(2026, 11, 26);
        assert_eq!(sample().check_not_after(today), Ok(()));
        let text = sample().to_json().replace("2026-11-09", "9999-12-31");
        let far = Journal::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
        let message = far.check_not_after(today).map_err(|e| e.to_string());
        assert_eq!(
            message,
            Err("In this backup, meetings[1].date is after today, so nothing was changed.".into())
        );
        let mut start = sample();
        start.counters[0].start = Some(date(2026, 11, 27));
        assert!(start.check_not_after(today).is_err());
        // Today itself is fine, in every field; a day later is named, field by field.
        let on = |day: CalendarDate| Journal {
            counters: vec![counter(Some(day), vec![period(date(2026, 1, 1), day)])],
            meetings: vec![
                meeting("t", 1),
                Meeting {
                    date: day,
                    ..meeting("u", 1)
                },
            ],
            check_ins: vec![CheckIn {
                counter: FIRST_COUNTER.into(),
                date: day,
                mood: Some(3),
                craving: None,
                note: String::new(),
                changed: 0,
            }],
            ..Journal::default()
        };
        assert_eq!(on(today).check_not_after(today), Ok(()));
        let tomorrow = date(2026, 11, 27);
        let mut later = on(tomorrow);
        assert_eq!(
            later.check_not_after(today),
            Err(bad("counters[0].start", Problem::AfterToday))
        );
        later.counters[0].start = Some(today);
        assert_eq!(
            later.check_not_after(today),
            Err(bad("counters[0].past_periods[0].end", Problem::AfterToday))
        );
        later.counters[0].past_periods[0].end = today;
        assert_eq!(
            later.check_not_after(today),
            Err(bad("meetings[1].date", Problem::AfterToday))
        );
        later.meetings[1].date = today;
        assert_eq!(
            later.check_not_after(today),
            Err(bad("check_ins[0].date", Problem::AfterToday))
        );
    }

    /// The earliest day any field may hold is 1 January 1900, and a journal that would not
    /// read back as itself (a year past 9999 is written with four digits) is never written.
    #[test]
    fn the_earliest_day_reads_and_a_journal_that_changes_on_reading_is_not_written() {
        let first = Journal {
            counters: vec![counter(Some(limits::EARLIEST_DATE), Vec::new())],
            meetings: vec![Meeting {
                date: limits::EARLIEST_DATE,
                ..meeting("first", 1)
            }],
            ..Journal::default()
        };
        assert!(first.to_checked_json().is_ok());
        let far = one(counter(Some(date(11_900, 1, 1)), Vec::new()));
        assert_eq!(
            far.to_checked_json(),
            Err(bad("the records", Problem::WouldNotReadBack))
        );
    }

    /// Lengths are counted as a person counts them: characters, not bytes.
    #[test]
    fn a_note_that_fits_its_box_reads_back_in_any_language() {
        let spanish = format!("{}{}", "ñ".repeat(78), "a".repeat(1_846));
        let emoji = "🙂".repeat(1_000);
        let cjk = "回復".repeat(335);
        for note in [spanish, emoji, cjk, "é".repeat(limits::MAX_TEXT_CHARS)] {
            assert!(note.len() > 2_000, "more bytes than the old limit");
            let journal = Journal {
                meetings: vec![Meeting {
                    note,
                    ..meeting("x", 3)
                }],
                ..Journal::default()
            };
            let text = journal.to_checked_json();
            assert!(text.is_ok(), "{text:?}");
            assert_eq!(Journal::from_json(&text.unwrap_or_default()), Ok(journal));
        }
        let too_long = Journal {
            meetings: vec![Meeting {
                note: "é".repeat(limits::MAX_TEXT_CHARS + 1),
                ..meeting("x", 3)
            }],
            ..Journal::default()
        };
        assert!(too_long.to_checked_json().is_err());
    }

    #[test]
    fn nothing_past_a_limit_is_written() {
        let with_own = |days: std::ops::RangeInclusive<u32>| {
            let mut journal = sample();
            journal.counters[0].milestones.own = own(days);
            journal
        };
        assert!(with_own(1..=100).to_checked_json().is_ok());
        assert!(matches!(
            with_own(1..=101).to_checked_json(),
            Err(ImportError::BadField { field, .. }) if field == "counters[0].milestones.own"
        ));
        let counters = |n: usize| Journal {
            counters: (0..n)
                .map(|i| Counter {
                    id: format!("c{i}"),
                    ..Counter::default()
                })
                .collect(),
            ..Journal::default()
        };
        assert!(counters(limits::MAX_COUNTERS).to_checked_json().is_ok());
        assert!(matches!(
            counters(limits::MAX_COUNTERS + 1).to_checked_json(),
            Err(ImportError::BadField { field, .. }) if field == "counters"
        ));
    }

    #[test]
    fn a_merge_past_a_limit_is_refused_whole() {
        let mut mine = sample();
        mine.counters[0].milestones.own = own(1..=60);
        let mut theirs = sample();
        theirs.counters[0].milestones.own = own(61..=120);
        let merged = mine.merged_with(&theirs);
        let refused = merged.to_checked_json();
        assert!(
            matches!(&refused, Err(ImportError::BadField { field, .. }) if field == "counters[0].milestones.own"),
            "{refused:?}"
        );
    }

    #[test]
    fn each_rule_of_the_merge_holds() {
        let mut mine = sample();
        mine.counters[0].milestones.own = own([400, 1000]);
        mine.counters[0].past_periods[0].note = "mine".into();
        let mut theirs_main = counter(
            Some(date(2020, 1, 1)),
            vec![
                period(date(2019, 1, 1), date(2019, 6, 1)),
                Period {
                    note: "theirs".into(),
                    ..period(date(2025, 3, 1), date(2026, 1, 30))
                },
            ],
        );
        theirs_main.milestones.own = vec![
            OwnMilestone {
                days: 1000,
                note: "a note only they have".into(),
            },
            OwnMilestone {
                days: 7,
                note: String::new(),
            },
        ];
        theirs_main.name = "Opioids".into();
        let alcohol = Counter {
            id: "c-alcohol".into(),
            name: "Alcohol".into(),
            ..counter(Some(date(2026, 6, 1)), Vec::new())
        };
        let theirs = Journal {
            counters: vec![theirs_main, alcohol.clone()],
            contact: Some(Contact {
                name: "Other".into(),
                phone: "1".into(),
            }),
            meetings: vec![meeting("z9", 1), meeting("a1", 28)],
            ..Journal::default()
        };
        let merged = mine.merged_with(&theirs);
        assert_eq!(
            merged.contact, mine.contact,
            "this device's contact is kept"
        );
        let main = &merged.counters[0];
        assert_eq!(
            main.start, mine.counters[0].start,
            "this device's start date is kept"
        );
        assert_eq!(main.name, "Opioids", "a name only they have is taken");
        assert_eq!(
            main.milestones.own_days(),
            [400, 1000, 7],
            "own milestones combined, once each"
        );
        assert_eq!(main.milestones.own[1].note, "a note only they have");
        assert_eq!(main.past_periods.len(), 2, "differing periods combined");
        assert_eq!(
            main.past_periods[1].note, "mine",
            "this device's note is kept"
        );
        assert!(main.past_periods.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(merged.counters[1], alcohol, "a new counter follows");
        let a1 = merged.meetings.iter().find(|m| m.id == "a1");
        assert_eq!(
            a1.map(|m| m.date),
            Some(date(2026, 11, 2)),
            "this device's meeting wins"
        );
        assert!(merged
            .meetings
            .windows(2)
            .all(|w| (w[0].date, &w[0].id) <= (w[1].date, &w[1].id)));
        assert_eq!(
            Journal::default().merged_with(&theirs).contact,
            theirs.contact
        );
        assert!(merged.to_checked_json().is_ok());
    }

    fn check_in(counter: &str, day: u8, mood: Option<u8>, changed: u64) -> CheckIn {
        CheckIn {
            counter: counter.into(),
            date: date(2026, 11, day),
            mood,
            craving: Some(1),
            note: "slept well".into(),
            changed,
        }
    }

    /// Version 3 in full: two counters, one with savings and notes, and check-ins on both.
    fn sample_v3() -> Journal {
        let mut journal = sample();
        journal.counters[0].name = "Opioids".into();
        journal.counters[0].past_periods[0].note = "a hard week; call Sam sooner".into();
        journal.counters[0].milestones.own[0].note = "my birthday".into();
        journal.counters.push(Counter {
            id: "c-2".into(),
            name: "Alcohol".into(),
            cost: Some(Cost {
                hundredths: 2_550,
                per: Per::Week,
                currency: "EUR".into(),
            }),
            hours_per_week: Some(12),
            ..counter(Some(date(2026, 6, 1)), Vec::new())
        });
        // In (counter, date) order, as the app keeps them.
        journal.check_ins = vec![
            check_in("c-2", 20, None, 2),
            check_in(FIRST_COUNTER, 20, Some(4), 1),
        ];
        journal
    }

    #[test]
    fn every_new_field_of_version_3_reads_back_and_bad_values_are_named() {
        let journal = sample_v3();
        assert_eq!(Journal::from_json(&journal.to_json()), Ok(journal.clone()));
        let backup = Backup {
            journal: journal.clone(),
            saved_groups: "lifering".into(),
            wizard_answers: String::new(),
        };
        assert_eq!(Backup::from_json(&backup.to_json()), Ok(backup));
        // A file edited by hand, with its check-ins out of order, is read in order.
        let mut shuffled = journal.clone();
        shuffled.check_ins.reverse();
        assert_eq!(Journal::from_json(&shuffled.to_json()), Ok(journal.clone()));
        assert_eq!(
            shuffled.to_checked_json(),
            Err(bad("the records", Problem::WouldNotReadBack)),
            "the app never writes them out of order"
        );
        let ok = journal.to_json();
        let with = |from: &str, to: &str| {
            assert!(ok.contains(from), "the sample has {from}");
            ok.replacen(from, to, 1)
        };
        let cases = [
            (
                with("\"mood\":4", "\"mood\":6"),
                "check_ins[1].mood should be a whole number from 1 to 5",
            ),
            (
                with("\"mood\":4", "\"mood\":0"),
                "check_ins[1].mood should be",
            ),
            (
                with("\"craving\":1", "\"craving\":5"),
                "check_ins[0].craving should be a whole number from 0 to 4",
            ),
            (
                with("\"counter\":\"c-2\"", "\"counter\":\"gone\""),
                "check_ins[0].counter is not the id of a counter",
            ),
            (
                with("\"counter\":\"c-2\"", "\"counter\":\"main\""),
                "check_ins[1].date repeats another check-in",
            ),
            (
                with("\"id\":\"c-2\"", "\"id\":\"main\""),
                "counters[1].id repeats another counter's id",
            ),
            (
                with("\"id\":\"c-2\"", "\"id\":\"\""),
                "counters[1].id is empty",
            ),
            (
                with("\"currency\":\"EUR\"", "\"currency\":\"euro\""),
                "counters[1].cost.currency should be a currency code",
            ),
            (
                with("\"hundredths\":2550", "\"hundredths\":1000000000001"),
                "counters[1].cost.hundredths should be a whole number",
            ),
            (
                with("\"hundredths\":2550", "\"hundredths\":-1"),
                "counters[1].cost.hundredths has the wrong kind of value",
            ),
            (
                with("\"per\":\"week\"", "\"per\":\"month\""),
                "counters[1].cost.per should be \"day\" or \"week\"",
            ),
            (
                with("\"hours_per_week\":12", "\"hours_per_week\":169"),
                "counters[1].hours_per_week should be a whole number of hours",
            ),
            (
                with("\"name\":\"Alcohol\"", "\"name\":[]"),
                "counters[1].name should be text",
            ),
            (
                with(
                    "\"note\":\"slept well\"",
                    &format!("\"note\":\"{}\"", "é".repeat(2_001)),
                ),
                "check_ins[0].note is longer than 2,000 characters",
            ),
            (
                with("\"start\":\"2026-06-01\"", "\"start\":\"2026-06-31\""),
                "counters[1].start is not a real date",
            ),
        ];
        for (text, expected) in cases {
            let message = Journal::from_json(&text)
                .map(|_| String::from("it was read"))
                .unwrap_or_else(|e| e.to_string());
            assert!(message.contains(expected), "{expected}: {message}");
        }
    }

    #[test]
    fn counters_are_added_removed_and_reordered_without_touching_the_rest() {
        let journal = sample_v3();
        let without = journal.without_counter("c-2");
        assert_eq!(without.counters.len(), 1);
        assert!(
            without.check_ins.iter().all(|c| c.counter != "c-2"),
            "its check-ins go with it"
        );
        assert_eq!(without.meetings, journal.meetings);
        assert!(without.to_checked_json().is_ok());
        let swapped = journal.with_main("c-2");
        assert_eq!(swapped.main().map(|c| c.id.as_str()), Some("c-2"));
        assert_eq!(swapped.counters[1].id, FIRST_COUNTER);
        assert_eq!(swapped.with_main("nobody"), swapped);
        let mut fresh = Journal::default();
        assert_eq!(fresh.main_or_empty().start, None);
        fresh.main_or_new(FIRST_COUNTER).start = Some(date(2026, 1, 1));
        assert_eq!(fresh.main().map(|c| c.id.as_str()), Some(FIRST_COUNTER));
        assert_eq!(fresh.main_or_empty().title(), "Time in recovery");
        assert_eq!(journal.main_or_empty().title(), "Opioids");
    }

    #[test]
    fn a_preview_counts_counters_and_check_ins_new_here() {
        let here = sample();
        let file = sample_v3();
        let preview = here.preview(&file);
        assert_eq!((preview.counters_in_file, preview.counters_new), (2, 1));
        assert_eq!((preview.check_ins_in_file, preview.check_ins_new), (2, 2));
        assert_eq!(preview.periods_in_file, 1);
        let merged = here.merged_with(&file);
        assert_eq!(merged.counters.len(), 2);
        assert_eq!(merged.check_ins.len(), 2);
        assert_eq!(merged.preview(&file).check_ins_new, 0);
        assert!(merged.to_checked_json().is_ok());
    }

    fn any_meeting() -> impl Strategy<Value = Meeting> {
        ("[a-z0-9]{1,4}", 1u8..=28, "\\PC{0,10}").prop_map(|(id, day, note)| Meeting {
            note,
            ..meeting(&id, day)
        })
    }

    /// The edges of the history: a count may start on the day a past period ended (that is
    /// how "I used again" starts one), and trimming to a day drops the periods that began on it.
    #[test]
    fn a_start_on_the_day_the_history_ends_fits_and_trimming_drops_periods_from_that_day() {
        let first = period(date(2026, 1, 1), date(2026, 1, 10));
        let second = period(date(2026, 1, 10), date(2026, 2, 1));
        let journal = counter(Some(date(2026, 2, 1)), vec![first.clone(), second]);
        assert_eq!(journal.start_change(date(2026, 2, 1)), StartChange::Fits);
        assert_eq!(
            journal.start_change(date(2026, 1, 31)),
            StartChange::Overlaps {
                periods: 1,
                latest_end: date(2026, 2, 1)
            }
        );
        assert_eq!(
            journal.start_change(date(2026, 1, 9)),
            StartChange::Overlaps {
                periods: 2,
                latest_end: date(2026, 2, 1)
            }
        );
        let from_tenth = journal.with_start_trimming_history(date(2026, 1, 10));
        assert_eq!(from_tenth.past_periods, vec![first]);
        assert_eq!(from_tenth.start, Some(date(2026, 1, 10)));
        let from_fifth = journal.with_start_trimming_history(date(2026, 1, 5));
        assert_eq!(
            from_fifth.past_periods,
            vec![period(date(2026, 1, 1), date(2026, 1, 5))]
        );
        // Everything else is kept as it was.
        assert_eq!(from_fifth.milestones, journal.milestones);
        assert_eq!(from_fifth.count_label, journal.count_label);
    }

    proptest! {
        #[test]
        fn a_merge_keeps_every_entry_exactly_once(
            a in prop::collection::vec(any_meeting(), 0..12),
            b in prop::collection::vec(any_meeting(), 0..12),
        ) {
            let dedup = |list: Vec<Meeting>| {
                let mut seen = Vec::<Meeting>::new();
                for m in list { if !seen.iter().any(|s| s.id == m.id) { seen.push(m); } }
                seen
            };
            let mine = Journal { meetings: dedup(a), ..Journal::default() };
            let theirs = Journal { meetings: dedup(b), ..Journal::default() };
            let merged = mine.merged_with(&theirs);
            let mut ids: Vec<&str> = mine.meetings.iter().chain(&theirs.meetings).map(|m| m.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            let mut merged_ids: Vec<&str> = merged.meetings.iter().map(|m| m.id.as_str()).collect();
            merged_ids.sort_unstable();
            prop_assert_eq!(merged_ids, ids);
            // Round trip through a backup file keeps it whole.
            prop_assert_eq!(Journal::from_json(&merged.to_json()), Ok(merged.clone()));
        }

        /// History stays a timeline: whatever days a person records "I used again" on, periods
        /// never overlap and the days counted never exceed the span they cover.
        #[test]
        fn periods_never_overlap_and_total_days_fit_the_span(
            start in 0i64..2_000,
            steps in prop::collection::vec(-30i64..200, 0..20),
        ) {
            let base = date(2020, 1, 1);
            let day = |n: i64| crate::domain::dates::add_days(base, n);
            let mut journal = counter(Some(day(start)), Vec::new());
            let mut at = start;
            for step in steps {
                match journal.used_again(day(at + step), "") {
                    Some(next) => { journal = next; at += step; }
                    None => prop_assert!(step < 0, "only a day before the start is refused"),
                }
            }
            let today = day(at + 10);
            for pair in journal.past_periods.windows(2) {
                prop_assert!(pair[0].end <= pair[1].start, "{:?}", journal.past_periods);
            }
            let history = journal.history(today);
            prop_assert!(history.total_days <= days_between(day(start), today));
            prop_assert_eq!(one(journal).to_checked_json().map(|_| ()), Ok(()));
        }

        /// A new start date inside the history is caught, and either way of resolving it (start
        /// at the end of the history, or trim the history to the date) keeps a timeline whose
        /// days fit the span.
        #[test]
        fn a_start_date_inside_the_history_is_caught_and_either_answer_keeps_a_timeline(
            start in 0i64..400,
            steps in prop::collection::vec(0i64..120, 0..10),
            new_start in 0i64..1_500,
        ) {
            let base = date(2020, 1, 1);
            let day = |n: i64| crate::domain::dates::add_days(base, n);
            let mut journal = counter(Some(day(start)), Vec::new());
            let mut at = start;
            for step in steps {
                at += step;
                if let Some(next) = journal.used_again(day(at), "what happened") {
                    journal = next;
                }
            }
            let today = day(at.max(new_start) + 5);
            let earliest = journal.past_periods.first().map_or(day(start), |p| p.start).min(day(new_start));
            let answers = match journal.start_change(day(new_start)) {
                StartChange::Fits => {
                    prop_assert!(journal.past_periods.iter().all(|p| p.end <= day(new_start)));
                    vec![Counter { start: Some(day(new_start)), ..journal.clone() }]
                }
                StartChange::Overlaps { periods, latest_end } => {
                    prop_assert_eq!(periods, journal.past_periods.iter().filter(|p| p.end > day(new_start)).count());
                    prop_assert!(periods > 0);
                    let kept = Counter { start: Some(latest_end), ..journal.clone() };
                    prop_assert_eq!(kept.start_change(latest_end), StartChange::Fits);
                    let trimmed = journal.with_start_trimming_history(day(new_start));
                    prop_assert_eq!(trimmed.start_change(day(new_start)), StartChange::Fits);
                    vec![kept, trimmed]
                }
            };
            for answer in answers {
                for pair in answer.past_periods.windows(2) {
                    prop_assert!(pair[0].end <= pair[1].start, "{:?}", answer.past_periods);
                }
                prop_assert!(answer.past_periods.iter().all(|p| p.start <= p.end));
                let history = answer.history(today);
                prop_assert!(history.total_days <= days_between(earliest, today), "{:?}", answer);
                prop_assert_eq!(one(answer).to_checked_json().map(|_| ()), Ok(()));
            }
        }

        /// Any journal within the limits is saved and reads back equal; one past a limit is
        /// never written.
        #[test]
        fn within_the_limits_every_journal_reads_back_and_past_them_none_is_written(
            meetings in prop::collection::vec(any_meeting(), 0..8),
            own in prop::collection::btree_set(1u32..=36525, 0..=105),
            note_chars in 0usize..=2_100,
        ) {
            let mut seen = HashSet::new();
            let mut meetings: Vec<Meeting> = meetings.into_iter().filter(|m| seen.insert(m.id.clone())).collect();
            if let Some(first) = meetings.first_mut() {
                first.note = "ü".repeat(note_chars);
            }
            let mut journal = Journal { meetings, ..sample() };
            journal.counters[0].milestones.own = super::tests::own(own);
            let within = journal.counters[0].milestones.own.len() <= limits::MAX_OWN_MILESTONES
                && journal.meetings.iter().all(|m| m.note.chars().count() <= limits::MAX_TEXT_CHARS);
            match journal.to_checked_json() {
                Ok(text) => {
                    prop_assert!(within);
                    prop_assert_eq!(Journal::from_json(&text), Ok(journal));
                }
                Err(_) => prop_assert!(!within),
            }
        }

        /// A version 1 or 2 file of any size and content reads with every entry it held:
        /// each meeting, each past period and each own milestone, in the first counter.
        #[test]
        fn migration_from_every_older_version_keeps_every_entry(
            version in 1i64..=2,
            meetings in prop::collection::vec(any_meeting(), 0..8),
            periods in prop::collection::vec((0i64..3_000, 0i64..400), 0..6),
            own_days in prop::collection::btree_set(1u32..=36525, 0..8),
            start in prop::option::of(0i64..4_000),
            label in 0usize..3,
        ) {
            let mut seen = HashSet::new();
            let meetings: Vec<Meeting> = meetings.into_iter().filter(|m| seen.insert(m.id.clone())).collect();
            let base = date(2010, 1, 1);
            let day = |n: i64| crate::domain::dates::add_days(base, n);
            let periods: Vec<Period> = periods.iter().map(|&(from, len)| period(day(from), day(from + len))).collect();
            let own_days: Vec<u32> = own_days.into_iter().collect();
            let label = CountLabel::ALL[label];
            // The file as that version wrote it, field by field.
            let mut old = serde_json::json!({
                "app": APP,
                "version": version,
                "clean_date": start.map(|n| day(n).iso()),
                "past_periods": periods.iter().map(|p| serde_json::json!({"start": p.start.iso(), "end": p.end.iso()})).collect::<Vec<_>>(),
                "meetings": meetings,
                "contact": null,
            });
            if version == 2 {
                old["count_label"] = label.key().into();
                old["milestones"] = serde_json::json!({"set": "monthly", "own": own_days});
            }
            let read = Journal::from_json(&old.to_string());
            prop_assert!(read.is_ok(), "{:?}", read);
            let journal = read.unwrap_or_default();
            prop_assert_eq!(&journal.meetings, &meetings);
            let main = journal.main_or_empty();
            prop_assert_eq!(main.start, start.map(day));
            prop_assert_eq!(&main.past_periods, &periods);
            if version == 2 {
                prop_assert_eq!(main.milestones.own_days(), own_days.clone());
                prop_assert_eq!(main.count_label, label);
            }
            // A version 2 file here follows the monthly set, which is something set.
            let anything = version == 2 || start.is_some() || !periods.is_empty();
            prop_assert_eq!(journal.counters.len(), usize::from(anything));
            // And it is stored at version 3 and reads back the same.
            prop_assert_eq!(Journal::from_json(&journal.to_checked_json().unwrap_or_default()), Ok(journal.clone()));
        }

        /// The calendar file's day is the next milestone's date, for any start date and day.
        #[test]
        fn the_calendar_file_is_dated_on_the_next_milestone(
            start in 0i64..20_000,
            later in 0i64..4_000,
            monthly in any::<bool>(),
            own_days in prop::collection::vec(1u32..=3_000, 0..4),
        ) {
            let day = |n: i64| crate::domain::dates::add_days(date(1990, 1, 1), n);
            let mut counter = counter(Some(day(start)), Vec::new());
            counter.milestones.set = if monthly { MilestoneSet::Monthly } else { MilestoneSet::Common };
            counter.milestones.own = own(own_days);
            let today = day(start + later);
            let next = counter.progress(today).and_then(|(_, next)| next);
            let text = counter.next_milestone_ics(today, 1_800_000_000_000, &super::super::dates::english);
            prop_assert_eq!(next.is_some(), text.is_some());
            if let (Some(next), Some(text)) = (next, text) {
                let on = next.on.iso().replace('-', "");
                prop_assert!(text.contains(&format!("DTSTART;VALUE=DATE:{on}\r\n")), "{}", text);
                prop_assert!(text.contains(&format!("SUMMARY:Milestone: {}\r\n", next.label)), "{}", text);
                prop_assert!(next.on > today && next.on == crate::domain::dates::add_days(today, i64::from(next.days_left)));
            }
        }

        #[test]
        fn random_text_never_panics_and_is_refused(text in "\\PC{0,300}") {
            prop_assert!(Journal::from_json(&text).is_err() || text.contains(APP));
        }

        #[test]
        fn a_backup_with_any_field_changed_is_read_whole_or_refused(
            at in 0usize..600,
            junk in "[\\[\\]{}\",:0-9a-z\\-]{1,6}",
        ) {
            let backup = Backup {
                journal: sample(),
                saved_groups: "smart-recovery".into(),
                wizard_answers: "1\nwho=me".into(),
            };
            let text = backup.to_json();
            let at = at.min(text.len());
            let changed = format!("{}{junk}{}", text.get(..at).unwrap_or(""), text.get(at..).unwrap_or(""));
            // Never a panic; either an error that says nothing was changed, or a whole backup.
            match Backup::from_json(&changed) {
                Ok(read) => prop_assert_eq!(Backup::from_json(&read.to_json()), Ok(read)),
                Err(error) => prop_assert!(error.to_string().contains("nothing was changed")),
            }
        }

        /// The reader names the field at fault by counting brackets up to serde_json's error
        /// position; serde_path_to_error, which tracks every step of the reading, is the
        /// measure (it cost 4.9 KB of wasm and made a 5 MB read four times slower).
        #[test]
        fn a_bad_field_is_named_as_a_full_path_tracker_names_it(
            pick in 0usize..1000,
            replacement in 0usize..18,
        ) {
            let backup = Backup {
                journal: sample(),
                saved_groups: "smart-recovery".into(),
                wizard_answers: "1\nwho=me".into(),
            };
            let mut value: serde_json::Value = serde_json::from_str(&backup.to_json()).unwrap_or_default();
            // Every place in the file, as a JSON pointer; one is changed or taken away.
            fn places(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
                match value {
                    serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| places(v, format!("{at}/{k}"), out)),
                    serde_json::Value::Array(list) => list.iter().enumerate().for_each(|(i, v)| places(v, format!("{at}/{i}"), out)),
                    _ => {}
                }
                out.push(at);
            }
            let mut all = Vec::new();
            places(&value, String::new(), &mut all);
            let place = all[pick % all.len()].clone();
            let values = [
                r#""x""#, r#""""#, "0", "-1", "36526", "1.5", "null", "true", "[]", "{}",
                r#""2026-02-30""#, r#""in-person""#, r#""1899-12-31""#, "[1]", r#"{"a":1}"#, "[0]",
            ];
            match (values.get(replacement), place.rsplit_once('/')) {
                (Some(new), _) => {
                    if let Some(slot) = value.pointer_mut(&place) {
                        *slot = serde_json::from_str(new).unwrap_or_default();
                    }
                }
                (None, Some((parent, key))) => {
                    if let Some(serde_json::Value::Object(map)) = value.pointer_mut(parent) {
                        map.remove(key);
                    }
                }
                (None, None) => {}
            }
            let changed = value.to_string();
            // A file that isn't ours, or of a version this app never wrote, is refused before
            // any field is read.
            let header: Option<Header> = serde_json::from_str(&changed).ok();
            if !header.is_some_and(|h| h.app == Some(Scalar::Text(APP.into())) && matches!(h.version, Some(Scalar::Whole(1..=VERSION)))) {
                return Ok(());
            }
            let mut reader = serde_json::Deserializer::from_str(&changed);
            if let Err(tracked) = serde_path_to_error::deserialize::<_, File>(&mut reader) {
                let expected = field_problem(tracked.path().to_string(), tracked.inner());
                let ours = serde_json::from_str::<File>(&changed).err();
                prop_assert!(ours.is_some());
                if let Some(error) = ours {
                    let offset = byte_offset(&changed, error.line(), error.column());
                    let got = field_problem(path_at(&changed, offset, about_whole(&error)), &error);
                    prop_assert_eq!(got, expected, "{}", changed);
                }
            }
        }

        #[test]
        fn damaged_backups_never_panic(cut in 0usize..400, junk in "\\PC{0,4}") {
            let ok = sample().to_json();
            let cut = cut.min(ok.len());
            let damaged = format!("{}{junk}{}", ok.get(..cut).unwrap_or(""), ok.get(cut..).unwrap_or(""));
            let _ = Journal::from_json(&damaged);
            let _ = Journal::from_json(ok.get(..cut).unwrap_or(""));
        }
    }
}
