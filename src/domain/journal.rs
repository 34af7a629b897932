//! The person's own records, kept on the device: the schema, its versions, backup files
//! (export and import with validation), and merging two copies without losing or repeating
//! an entry.

use super::dates::days_between;
use super::json::{self, Value};
use super::milestones::{MilestoneSet, MAX_OWN_DAYS};
use super::sources::CalendarDate;
use std::fmt;

/// The version this app writes. Older versions are read through [`migrate`].
/// Version 2 added the milestone set and the person's own milestones.
pub const VERSION: i64 = 2;
/// Backup files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 5_000_000;
const APP: &str = "peer-support-guide";

/// How a meeting was attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attended {
    InPerson,
    Online,
}

/// A meeting the person went to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    /// Unique and never reused, so two copies can be merged entry by entry.
    pub id: String,
    pub date: CalendarDate,
    /// A catalog slug, or a name the person typed.
    pub group: String,
    pub attended: Attended,
    /// Private; may be empty.
    pub note: String,
}

/// A past stretch of time in recovery, ended by a return to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    pub start: CalendarDate,
    pub end: CalendarDate,
}

/// A sponsor or support contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
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

/// Everything the tracker stores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    pub clean_date: Option<CalendarDate>,
    pub past_periods: Vec<Period>,
    pub meetings: Vec<Meeting>,
    pub contact: Option<Contact>,
    pub milestone_set: MilestoneSet,
    /// The person's own milestones, in days, in the order they were added.
    pub own_milestones: Vec<u32>,
    pub count_label: CountLabel,
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

/// What an import would change, shown before anything is changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub meetings_in_file: usize,
    /// Meetings in the file that are not on this device: what a merge adds.
    pub meetings_new: usize,
    pub meetings_here: usize,
    pub periods_in_file: usize,
    pub clean_date_in_file: Option<CalendarDate>,
    pub clean_date_here: Option<CalendarDate>,
    pub contact_in_file: bool,
}

/// Why a backup can't be used. Each says which field and what is wrong, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson(json::ParseError),
    NotOurs,
    UnknownVersion(i64),
    BadField {
        field: String,
        problem: &'static str,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Whole-number arithmetic: float formatting would cost kilobytes of wasm.
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is {}.{} MB, more than the 5 MB a backup can be, so nothing was changed.",
                bytes / 1_000_000,
                bytes % 1_000_000 / 100_000
            ),
            ImportError::NotJson(error) => write!(
                f,
                "This file isn't a Peer Support Guide backup ({error}), so nothing was changed. Choose a file you exported from this app."
            ),
            ImportError::NotOurs => f.write_str(
                "This file isn't a Peer Support Guide backup, so nothing was changed. Choose a file you exported from this app.",
            ),
            ImportError::UnknownVersion(version) => write!(
                f,
                "This backup is from a newer version of the app (version {version}), so nothing was changed. Update the app, then try again."
            ),
            ImportError::BadField { field, problem } => write!(
                f,
                "In this backup, {field} {problem}, so nothing was changed."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

fn date_to_json(date: CalendarDate) -> Value {
    Value::Str(date.iso())
}

pub fn parse_date(text: &str) -> Option<CalendarDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let date = CalendarDate {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    date.is_valid().then_some(date)
}

impl Journal {
    /// The journal as stored: the same format as a backup file.
    pub fn to_json(&self) -> String {
        Value::Object(self.to_fields()).to_json()
    }

    fn to_fields(&self) -> Vec<(String, Value)> {
        let meetings = self
            .meetings
            .iter()
            .map(|m| {
                Value::Object(vec![
                    ("id".into(), Value::Str(m.id.clone())),
                    ("date".into(), date_to_json(m.date)),
                    ("group".into(), Value::Str(m.group.clone())),
                    (
                        "attended".into(),
                        Value::Str(match m.attended {
                            Attended::InPerson => "in-person".into(),
                            Attended::Online => "online".into(),
                        }),
                    ),
                    ("note".into(), Value::Str(m.note.clone())),
                ])
            })
            .collect();
        let periods = self
            .past_periods
            .iter()
            .map(|p| {
                Value::Object(vec![
                    ("start".into(), date_to_json(p.start)),
                    ("end".into(), date_to_json(p.end)),
                ])
            })
            .collect();
        vec![
            ("app".into(), Value::Str(APP.into())),
            ("version".into(), Value::Int(VERSION)),
            (
                "clean_date".into(),
                self.clean_date.map_or(Value::Null, date_to_json),
            ),
            ("past_periods".into(), Value::Array(periods)),
            ("meetings".into(), Value::Array(meetings)),
            (
                "contact".into(),
                self.contact.as_ref().map_or(Value::Null, |c| {
                    Value::Object(vec![
                        ("name".into(), Value::Str(c.name.clone())),
                        ("phone".into(), Value::Str(c.phone.clone())),
                    ])
                }),
            ),
            (
                "count_label".into(),
                Value::Str(self.count_label.key().into()),
            ),
            (
                "milestones".into(),
                Value::Object(vec![
                    ("set".into(), Value::Str(self.milestone_set.key().into())),
                    (
                        "own".into(),
                        Value::Array(
                            self.own_milestones
                                .iter()
                                .map(|days| Value::Int(i64::from(*days)))
                                .collect(),
                        ),
                    ),
                ]),
            ),
        ]
    }

    /// Reads a backup file or stored text, checking every field. Never panics; on any problem
    /// it says which field and what is wrong, and the caller changes nothing.
    pub fn from_json(text: &str) -> Result<Journal, ImportError> {
        read_current(&checked(text)?)
    }

    /// "I used again": the current period ends on `on`, is kept in the history, and a new
    /// clean date starts that day. Nothing else changes, so undoing is restoring the old copy.
    pub fn used_again(&self, on: CalendarDate) -> Journal {
        let mut next = self.clone();
        if let Some(start) = self.clean_date.filter(|start| *start <= on) {
            next.past_periods.push(Period { start, end: on });
            super::sort_small(&mut next.past_periods, |a, b| a < b);
        }
        next.clean_date = Some(on);
        next
    }

    /// The longest period and the total days clean, counting the current period up to `today`.
    pub fn history(&self, today: CalendarDate) -> History {
        let current = self.clean_date.map(|start| (start, today));
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

    /// What importing `incoming` would change here.
    pub fn preview(&self, incoming: &Journal) -> ImportPreview {
        ImportPreview {
            meetings_in_file: incoming.meetings.len(),
            meetings_new: incoming
                .meetings
                .iter()
                .filter(|m| !self.meetings.iter().any(|mine| mine.id == m.id))
                .count(),
            meetings_here: self.meetings.len(),
            periods_in_file: incoming.past_periods.len(),
            clean_date_in_file: incoming.clean_date,
            clean_date_here: self.clean_date,
            contact_in_file: incoming.contact.is_some(),
        }
    }

    /// Puts meetings in date order, then by id. Lists here are short and mostly in order
    /// already; see `sort_small`.
    pub fn sort_meetings(&mut self) {
        super::sort_small(&mut self.meetings, |a, b| (a.date, &a.id) < (b.date, &b.id));
    }

    /// This journal with `other`'s entries added: meetings merge by id and past periods by
    /// their dates, so nothing is lost and nothing is repeated. Where both have a clean date or
    /// a contact, this journal's is kept.
    pub fn merged_with(&self, other: &Journal) -> Journal {
        let mut merged = self.clone();
        for meeting in &other.meetings {
            if !merged.meetings.iter().any(|m| m.id == meeting.id) {
                merged.meetings.push(meeting.clone());
            }
        }
        merged.sort_meetings();
        merged
            .past_periods
            .extend(other.past_periods.iter().copied());
        super::sort_small(&mut merged.past_periods, |a, b| a < b);
        merged.past_periods.dedup();
        merged.clean_date = self.clean_date.or(other.clean_date);
        merged.contact = self.contact.clone().or_else(|| other.contact.clone());
        for days in &other.own_milestones {
            if !merged.own_milestones.contains(days) {
                merged.own_milestones.push(*days);
            }
        }
        merged
    }
}

impl Backup {
    /// The backup file's text.
    pub fn to_json(&self) -> String {
        let mut fields = self.journal.to_fields();
        fields.push(("saved_groups".into(), Value::Str(self.saved_groups.clone())));
        fields.push((
            "wizard_answers".into(),
            Value::Str(self.wizard_answers.clone()),
        ));
        Value::Object(fields).to_json()
    }

    /// Reads a backup file, checking every field; see [`Journal::from_json`].
    pub fn from_json(text: &str) -> Result<Backup, ImportError> {
        let value = checked(text)?;
        let extra = |field: &str| match value.get(field) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::Str(s)) if s.len() <= 2_000 => Ok(s.clone()),
            _ => Err(bad(field, "should be short text")),
        };
        Ok(Backup {
            journal: read_current(&value)?,
            saved_groups: extra("saved_groups")?,
            wizard_answers: extra("wizard_answers")?,
        })
    }
}

/// Parses a stored or backup text and brings it up to the current version.
fn checked(text: &str) -> Result<Value, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value = json::parse(text).map_err(ImportError::NotJson)?;
    if value.get("app") != Some(&Value::Str(APP.into())) {
        return Err(ImportError::NotOurs);
    }
    let version = match value.get("version") {
        Some(Value::Int(v)) => *v,
        _ => return Err(bad("the version", "is missing or not a whole number")),
    };
    migrate(value, version)
}

fn bad(field: impl Into<String>, problem: &'static str) -> ImportError {
    ImportError::BadField {
        field: field.into(),
        problem,
    }
}

/// Brings a backup of any earlier version up to [`VERSION`], one step per version, each with
/// a test.
fn migrate(value: Value, version: i64) -> Result<Value, ImportError> {
    match version {
        VERSION => Ok(value),
        // Version 1 had no milestone settings: it followed the common set, with none of its own.
        1 => {
            let Value::Object(mut fields) = value else {
                return Err(ImportError::NotOurs);
            };
            fields.retain(|(key, _)| key != "milestones");
            fields.push((
                "milestones".into(),
                Value::Object(vec![
                    ("set".into(), Value::Str(MilestoneSet::Common.key().into())),
                    ("own".into(), Value::Array(Vec::new())),
                ]),
            ));
            migrate(Value::Object(fields), 2)
        }
        v if v > VERSION => Err(ImportError::UnknownVersion(v)),
        _ => Err(bad("the version", "is not one this app ever wrote")),
    }
}

fn read_current(value: &Value) -> Result<Journal, ImportError> {
    let text = |v: Option<&Value>, field: &str| -> Result<String, ImportError> {
        match v {
            Some(Value::Str(s)) if s.len() <= 2_000 => Ok(s.clone()),
            Some(Value::Str(_)) => Err(bad(field, "is longer than 2,000 characters")),
            _ => Err(bad(field, "should be text")),
        }
    };
    let date = |v: Option<&Value>, field: &str| -> Result<CalendarDate, ImportError> {
        match v {
            Some(Value::Str(s)) => {
                parse_date(s).ok_or_else(|| bad(field, "is not a real date like 2026-11-26"))
            }
            _ => Err(bad(field, "should be a date like 2026-11-26")),
        }
    };
    let list = |field: &str| -> Result<&[Value], ImportError> {
        match value.get(field) {
            Some(Value::Array(items)) => Ok(items),
            None => Ok(&[]),
            _ => Err(bad(field, "should be a list")),
        }
    };

    let clean_date = match value.get("clean_date") {
        None | Some(Value::Null) => None,
        found => Some(date(found, "clean_date")?),
    };
    let mut past_periods = Vec::new();
    for (i, item) in list("past_periods")?.iter().enumerate() {
        let start = date(item.get("start"), &format!("past_periods[{i}].start"))?;
        let end = date(item.get("end"), &format!("past_periods[{i}].end"))?;
        if end < start {
            return Err(bad(format!("past_periods[{i}]"), "ends before it starts"));
        }
        past_periods.push(Period { start, end });
    }
    let mut meetings: Vec<Meeting> = Vec::new();
    for (i, item) in list("meetings")?.iter().enumerate() {
        let field = |name: &str| format!("meetings[{i}].{name}");
        let id = text(item.get("id"), &field("id"))?;
        if id.is_empty() {
            return Err(bad(field("id"), "is empty"));
        }
        if meetings.iter().any(|m| m.id == id) {
            return Err(bad(field("id"), "repeats another meeting's id"));
        }
        let attended = match item.get("attended") {
            Some(Value::Str(s)) if s == "in-person" => Attended::InPerson,
            Some(Value::Str(s)) if s == "online" => Attended::Online,
            _ => {
                return Err(bad(
                    field("attended"),
                    "should be \"in-person\" or \"online\"",
                ))
            }
        };
        meetings.push(Meeting {
            id,
            date: date(item.get("date"), &field("date"))?,
            group: text(item.get("group"), &field("group"))?,
            attended,
            note: match item.get("note") {
                None => String::new(),
                found => text(found, &field("note"))?,
            },
        });
    }
    let contact = match value.get("contact") {
        None | Some(Value::Null) => None,
        found @ Some(Value::Object(_)) => {
            let found = found.unwrap_or(&Value::Null);
            Some(Contact {
                name: text(found.get("name"), "contact.name")?,
                phone: text(found.get("phone"), "contact.phone")?,
            })
        }
        Some(_) => return Err(bad("contact", "should be a name and a phone number")),
    };
    let settings = value.get("milestones");
    let milestone_set = match settings.and_then(|m| m.get("set")) {
        None => MilestoneSet::default(),
        Some(Value::Str(key)) => MilestoneSet::from_key(key)
            .ok_or_else(|| bad("milestones.set", "should be \"common\" or \"monthly\""))?,
        Some(_) => return Err(bad("milestones.set", "should be text")),
    };
    let mut own_milestones = Vec::new();
    match settings.and_then(|m| m.get("own")) {
        None => {}
        Some(Value::Array(items)) if items.len() <= 100 => {
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::Int(days) if (1..=i64::from(MAX_OWN_DAYS)).contains(days) => {
                        own_milestones.push(u32::try_from(*days).unwrap_or(1))
                    }
                    _ => {
                        return Err(bad(
                            format!("milestones.own[{i}]"),
                            "should be a whole number of days from 1 to 36525",
                        ))
                    }
                }
            }
        }
        Some(_) => {
            return Err(bad(
                "milestones.own",
                "should be a list of up to 100 numbers",
            ))
        }
    }
    let count_label = match value.get("count_label") {
        None => CountLabel::default(),
        Some(Value::Str(key)) => CountLabel::from_key(key).ok_or_else(|| {
            bad(
                "count_label",
                "should be \"recovery\", \"clean\" or \"sober\"",
            )
        })?,
        Some(_) => return Err(bad("count_label", "should be text")),
    };
    Ok(Journal {
        clean_date,
        past_periods,
        meetings,
        contact,
        milestone_set,
        own_milestones,
        count_label,
    })
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

    fn sample() -> Journal {
        Journal {
            clean_date: Some(date(2026, 1, 31)),
            past_periods: vec![Period {
                start: date(2025, 3, 1),
                end: date(2026, 1, 30),
            }],
            meetings: vec![meeting("a1", 2), meeting("b2", 9)],
            contact: Some(Contact {
                name: "Sam".into(),
                phone: "+1 555 0100".into(),
            }),
            milestone_set: MilestoneSet::Monthly,
            own_milestones: vec![100, 1000],
            count_label: CountLabel::Clean,
        }
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
                ok.replace("\"version\":2", "\"version\":7"),
                "newer version of the app (version 7)",
            ),
            (
                ok.replace("\"version\":2", "\"version\":\"1\""),
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

    #[test]
    fn every_earlier_version_migrates_to_the_current_one() {
        let journal = Journal::from_json(VERSION_1).expect("a version 1 file reads");
        assert_eq!(journal.clean_date, Some(date(2026, 1, 31)));
        assert_eq!(journal.meetings.len(), 1);
        assert_eq!(journal.past_periods.len(), 1);
        assert_eq!(journal.milestone_set, MilestoneSet::Common);
        assert!(journal.own_milestones.is_empty());
        assert_eq!(
            journal.count_label,
            CountLabel::Recovery,
            "the neutral label by default"
        );
        // Once read, it is written at the current version and reads back the same.
        assert!(journal
            .to_json()
            .contains(&format!("\"version\":{VERSION}")));
        assert_eq!(Journal::from_json(&journal.to_json()), Ok(journal));
        for version in [0, -1] {
            let old = VERSION_1.replace("\"version\":1", &format!("\"version\":{version}"));
            assert!(Journal::from_json(&old).is_err(), "version {version}");
        }
    }

    #[test]
    fn using_again_keeps_the_history_and_undo_is_the_old_copy() {
        let before = sample();
        let today = date(2026, 11, 26);
        let after = before.used_again(date(2026, 11, 20));
        assert_eq!(after.clean_date, Some(date(2026, 11, 20)));
        assert_eq!(
            after.past_periods.last(),
            Some(&Period {
                start: date(2026, 1, 31),
                end: date(2026, 11, 20)
            })
        );
        assert_eq!(after.meetings, before.meetings, "meetings are untouched");
        let history = after.history(today);
        // 2025-03-01..2026-01-30 is 335 days; 2026-01-31..2026-11-20 is 293; now 6.
        assert_eq!(history.longest_days, 335);
        assert_eq!(history.total_days, 335 + 293 + 6);
        // With no clean date yet, "I used again" simply starts one.
        let fresh = Journal::default().used_again(today);
        assert_eq!(fresh.clean_date, Some(today));
        assert!(fresh.past_periods.is_empty());
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
            .replace("\"own\":[100,1000]", "\"own\":[100,0]");
        let message = Journal::from_json(&bad)
            .map(|_| String::new())
            .unwrap_or_else(|e| e.to_string());
        assert!(
            message.contains("milestones.own[1] should be a whole number"),
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
    fn merging_keeps_every_meeting_once() {
        let mine = sample();
        let mut theirs = sample();
        theirs.meetings.push(meeting("c3", 16));
        theirs.clean_date = Some(date(2026, 5, 1));
        let merged = mine.merged_with(&theirs);
        let ids: Vec<&str> = merged.meetings.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a1", "b2", "c3"]);
        assert_eq!(merged.past_periods.len(), 1);
        assert_eq!(
            merged.clean_date, mine.clean_date,
            "this device's clean date is kept"
        );
        assert_eq!(
            merged.merged_with(&theirs),
            merged,
            "merging again changes nothing"
        );
    }

    fn any_meeting() -> impl Strategy<Value = Meeting> {
        ("[a-z0-9]{1,4}", 1u8..=28, "\\PC{0,10}").prop_map(|(id, day, note)| Meeting {
            note,
            ..meeting(&id, day)
        })
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
