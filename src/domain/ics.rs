//! iCalendar (.ics) files for "Add to calendar": a milestone as an all-day event, or a weekly
//! meeting as a repeating one.
//!
//! The file is made here, on the device, and handed to the person's own calendar app; nothing is
//! uploaded. The format is RFC 5545: lines end with CRLF and are folded at 75 octets, and text
//! escapes backslash, semicolon, comma and newline. Text from a person keeps every character but
//! control characters: a newline (CR LF, LF or a lone CR) becomes a line break in the calendar,
//! a tab stays, and any other control character is dropped, since the format has no room for it.

use std::fmt;

use super::dates::{add_days, day_number};
use super::sources::CalendarDate;

/// Appended to every caller's id, so the UID is unique beyond this app, as RFC 5545 asks.
const UID_DOMAIN: &str = "@peer-support-guide";

/// RFC 5545 lines are at most 75 octets, not counting the CRLF.
const MAX_LINE_OCTETS: usize = 75;

/// The last year a file can hold: the format writes years in four digits, and a milestone's
/// DTEND (the next day) must fit too.
const LAST_YEAR: u16 = 9998;

/// The longest meeting: 24 hours, in minutes.
pub const MAX_MEETING_MINUTES: u16 = 1_440;

/// When the file was made, in UTC, for DTSTAMP. Made only by [`stamp_at`], so it is always a
/// real moment between 1970 and the end of 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    date: CalendarDate,
    hour: u8,
    minute: u8,
    second: u8,
}

/// The last millisecond of 9999-12-31 in UTC: four-digit years stop there.
const LAST_MS: u64 = 253_402_300_799_999;

/// The UTC moment `ms_since_epoch` milliseconds after 1970-01-01 00:00:00 (what `Date.now()`
/// gives), to the second. A moment after 9999 (a broken clock) is held at the end of 9999.
pub fn stamp_at(ms_since_epoch: u64) -> Stamp {
    let seconds = ms_since_epoch.min(LAST_MS) / 1_000;
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let in_day = seconds % 86_400;
    // Each is below 24 or 60, so the conversions always succeed.
    let part = |n: u64| u8::try_from(n).unwrap_or(0);
    Stamp {
        date: super::dates::from_day_number(days),
        hour: part(in_day / 3_600),
        minute: part(in_day / 60 % 60),
        second: part(in_day % 60),
    }
}

/// A day of the week, for a weekly meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday first, as the tracker's weeks start on Monday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// How the day is written in stored data and in form values.
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }

    /// The day for a stored key, if it is one.
    pub fn from_key(key: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|day| day.key() == key)
    }

    /// What the person sees in the list of days.
    pub fn label(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    /// The day a date falls on.
    pub fn of(date: CalendarDate) -> Weekday {
        // 1970-01-01 was a Thursday, so day 4 is a Monday (as in `milestones::week_start`).
        let index = usize::try_from((day_number(date) - 4).rem_euclid(7)).unwrap_or(0);
        Weekday::ALL.get(index).copied().unwrap_or(Weekday::Monday)
    }

    /// Days from Monday: 0 to 6.
    fn index(self) -> i64 {
        self as i64
    }

    /// The day as RFC 5545's BYDAY writes it.
    fn rfc_code(self) -> &'static str {
        match self {
            Weekday::Monday => "MO",
            Weekday::Tuesday => "TU",
            Weekday::Wednesday => "WE",
            Weekday::Thursday => "TH",
            Weekday::Friday => "FR",
            Weekday::Saturday => "SA",
            Weekday::Sunday => "SU",
        }
    }
}

/// The first date on or after `from` that falls on `weekday`: `from` itself, or up to 6 days later.
pub fn first_on_or_after(from: CalendarDate, weekday: Weekday) -> CalendarDate {
    let ahead = (weekday.index() - Weekday::of(from).index()).rem_euclid(7);
    add_days(from, ahead)
}

/// A milestone to add to the calendar, such as "90 days" on 1 March 2027.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MilestoneEvent<'a> {
    /// The same id for the same milestone each time, so adding it again updates the one event
    /// in the person's calendar instead of making a second.
    pub uid: &'a str,
    pub date: CalendarDate,
    /// The event's name, such as "90 days: Opioids"; also what the reminder shows.
    pub title: &'a str,
    /// Left out of the file when empty.
    pub description: &'a str,
}

/// A meeting that happens every week at the same local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeeklyMeeting<'a> {
    /// The same id for the same meeting each time, as for [`MilestoneEvent::uid`].
    pub uid: &'a str,
    /// The meeting's name; also what the reminder shows.
    pub name: &'a str,
    pub weekday: Weekday,
    /// The start in the person's own time: hour 0 to 23, minute 0 to 59.
    pub hour: u8,
    pub minute: u8,
    /// How long it lasts: 1 to [`MAX_MEETING_MINUTES`].
    pub minutes: u16,
    /// Where it meets; left out of the file when empty.
    pub place: &'a str,
    /// The online link; left out of the file when empty.
    pub link: &'a str,
}

/// Why no calendar file was made. Each ends up as a sentence a person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcsError {
    /// The title or name is empty, or only spaces.
    NoTitle,
    /// Not a real date, or past the years a calendar file can hold.
    BadDate(CalendarDate),
    BadTime {
        hour: u8,
        minute: u8,
    },
    BadLength {
        minutes: u16,
    },
}

impl fmt::Display for IcsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IcsError::NoTitle => f.write_str(
                "This event has no name, so no calendar file was made. Give it a name, then try again.",
            ),
            IcsError::BadDate(_) => f.write_str(
                "This date can't go in a calendar, so no calendar file was made. Check the date, then try again.",
            ),
            IcsError::BadTime { hour, minute } => write!(
                f,
                "{hour}:{minute:02} isn't a time of day, so no calendar file was made. Choose a time from 00:00 to 23:59."
            ),
            IcsError::BadLength { minutes } => write!(
                f,
                "A meeting can't last {minutes} minutes, so no calendar file was made. Choose from 1 minute to 24 hours."
            ),
        }
    }
}

impl std::error::Error for IcsError {}

/// A milestone as an all-day event on its date, with a reminder at 9:00 that morning.
///
/// The reminder is `TRIGGER:PT9H`: nine hours after the all-day start, which is midnight in
/// the person's own time zone. A reminder at midnight (the default offset of 0) would pop up
/// at night; 9:00 is a calm time to see good news. The event is marked free
/// (`TRANSP:TRANSPARENT`), so a milestone never makes the person's day look busy.
pub fn milestone_ics(event: &MilestoneEvent, stamp: Stamp) -> Result<String, IcsError> {
    check_date(event.date)?;
    if is_blank(event.title) {
        return Err(IcsError::NoTitle);
    }
    let mut file = begin_event(event.uid, stamp);
    push_line(&mut file, "DTSTART;VALUE=DATE", &date_value(event.date));
    // DTEND is exclusive: an all-day event ends at the start of the next day.
    let next_day = add_days(event.date, 1);
    push_line(&mut file, "DTEND;VALUE=DATE", &date_value(next_day));
    push_line(&mut file, "SUMMARY", &text(event.title));
    if !is_blank(event.description) {
        push_line(&mut file, "DESCRIPTION", &text(event.description));
    }
    push_line(&mut file, "TRANSP", "TRANSPARENT");
    push_alarm(&mut file, event.title, "PT9H");
    end_event(&mut file);
    Ok(file)
}

/// A meeting that repeats every week, from the first of its weekday on or after `from`, with a
/// reminder 30 minutes before each one.
///
/// The start is in floating local time (`DTSTART:20261130T190000`, no `TZID`, no `Z`): the
/// calendar reads it in the phone's own time zone, so a 7pm meeting stays at 7pm through
/// daylight-saving changes. A UTC time would move by an hour twice a year, and a `TZID` would
/// need a time zone name and its rules, which the app doesn't know and doesn't ask for.
pub fn weekly_meeting_ics(
    meeting: &WeeklyMeeting,
    from: CalendarDate,
    stamp: Stamp,
) -> Result<String, IcsError> {
    check_date(from)?;
    if meeting.hour >= 24 || meeting.minute >= 60 {
        return Err(IcsError::BadTime {
            hour: meeting.hour,
            minute: meeting.minute,
        });
    }
    if !(1..=MAX_MEETING_MINUTES).contains(&meeting.minutes) {
        return Err(IcsError::BadLength {
            minutes: meeting.minutes,
        });
    }
    if is_blank(meeting.name) {
        return Err(IcsError::NoTitle);
    }
    let first = first_on_or_after(from, meeting.weekday);
    let mut file = begin_event(meeting.uid, stamp);
    let start = format!(
        "{}T{:02}{:02}00",
        date_value(first),
        meeting.hour,
        meeting.minute
    );
    push_line(&mut file, "DTSTART", &start);
    push_line(&mut file, "DURATION", &format!("PT{}M", meeting.minutes));
    // BYDAY repeats what DTSTART already implies; some calendar apps read it more reliably.
    let rule = format!("FREQ=WEEKLY;BYDAY={}", meeting.weekday.rfc_code());
    push_line(&mut file, "RRULE", &rule);
    push_line(&mut file, "SUMMARY", &text(meeting.name));
    if !is_blank(meeting.place) {
        push_line(&mut file, "LOCATION", &text(meeting.place));
    }
    if !is_blank(meeting.link) {
        // The description is what most calendar apps show and let a person tap; URL is a
        // URI, not text, so it is added only for a plain web address it can hold as typed.
        push_line(&mut file, "DESCRIPTION", &text(meeting.link));
        if is_web_address(meeting.link) {
            push_line(&mut file, "URL", meeting.link);
        }
    }
    push_alarm(&mut file, meeting.name, "-PT30M");
    end_event(&mut file);
    Ok(file)
}

/// A date the file can hold, and whose next day it can hold too.
fn check_date(date: CalendarDate) -> Result<(), IcsError> {
    if date.is_valid() && date.year <= LAST_YEAR {
        Ok(())
    } else {
        Err(IcsError::BadDate(date))
    }
}

/// Empty once control characters are dropped, or only spaces.
fn is_blank(input: &str) -> bool {
    input.chars().all(|c| c.is_whitespace() || c.is_control())
}

/// An `http` or `https` address of printable ASCII only, which a URI value can hold unescaped.
fn is_web_address(link: &str) -> bool {
    let after_scheme = ["https://", "http://"].into_iter().find_map(|scheme| {
        let head = link.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme)
            .then(|| link.get(scheme.len()..))
            .flatten()
    });
    after_scheme.is_some_and(|rest| !rest.is_empty()) && link.bytes().all(|b| b.is_ascii_graphic())
}

/// The calendar's opening lines and the event's fixed ones.
fn begin_event(uid: &str, stamp: Stamp) -> String {
    let mut file = String::with_capacity(512);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Peer Support Guide//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
    ] {
        file.push_str(line);
        file.push_str("\r\n");
    }
    let mut id = text(uid);
    id.push_str(UID_DOMAIN);
    push_line(&mut file, "UID", &id);
    let dtstamp = format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(stamp.date),
        stamp.hour,
        stamp.minute,
        stamp.second
    );
    push_line(&mut file, "DTSTAMP", &dtstamp);
    file
}

/// A reminder that shows a message (no sound of its own), at `trigger` from the start.
fn push_alarm(file: &mut String, message: &str, trigger: &str) {
    file.push_str("BEGIN:VALARM\r\nACTION:DISPLAY\r\n");
    push_line(file, "DESCRIPTION", &text(message));
    push_line(file, "TRIGGER", trigger);
    file.push_str("END:VALARM\r\n");
}

fn end_event(file: &mut String) {
    file.push_str("END:VEVENT\r\nEND:VCALENDAR\r\n");
}

/// `YYYYMMDD`, from the same digits as [`CalendarDate::iso`].
fn date_value(date: CalendarDate) -> String {
    date.iso_bytes()
        .iter()
        .filter(|b| **b != b'-')
        .copied()
        .map(char::from)
        .collect()
}

/// Text as an RFC 5545 TEXT value: escaped, newlines as `\n`, other control characters
/// (but tab) dropped.
fn text(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 8);
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // CR LF is one line break, and so is a lone CR (old Mac text).
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `name:value` as one content line, folded: a physical line holds at most 75 octets, and
/// each one after the first starts with a space. Folds fall between characters, never inside
/// one, so each physical line is whole UTF-8 on its own.
fn push_line(file: &mut String, name: &str, value: &str) {
    let mut used = 0;
    for c in name.chars().chain([':']).chain(value.chars()) {
        let width = c.len_utf8();
        if used + width > MAX_LINE_OCTETS {
            file.push_str("\r\n ");
            used = 1;
        }
        file.push(c);
        used += width;
    }
    file.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_in_month;
    use proptest::prelude::*;

    fn date(year: u16, month: u8, day: u8) -> CalendarDate {
        CalendarDate { year, month, day }
    }

    /// A stamp at a given UTC moment, for fixed tests.
    fn stamp(date: CalendarDate, hour: u8, minute: u8, second: u8) -> Stamp {
        Stamp {
            date,
            hour,
            minute,
            second,
        }
    }

    // ---- A small reader of our own files, independent of the writer above. ----

    /// One property of a file, with the component it sits in ("VEVENT", "VALARM").
    #[derive(Debug)]
    struct Property {
        component: String,
        name: String,
        params: String,
        value: String,
    }

    /// The physical lines, each checked: ends with CRLF, at most 75 octets, whole UTF-8, no
    /// stray CR or LF inside.
    fn physical_lines(ics: &str) -> Vec<&str> {
        let body = ics
            .strip_suffix("\r\n")
            .unwrap_or_else(|| panic!("the file ends with CRLF"));
        let lines: Vec<&str> = body.split("\r\n").collect();
        for line in &lines {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
            assert!(!line.contains(['\r', '\n']), "a bare CR or LF in {line:?}");
        }
        // Split by bytes too: no fold may fall inside a character.
        for bytes in ics.as_bytes().split(|b| *b == b'\n') {
            assert!(std::str::from_utf8(bytes).is_ok(), "a split character");
        }
        lines
    }

    /// Unfolds the lines and splits each into `NAME;PARAMS:VALUE`, tracking BEGIN and END.
    fn parse(ics: &str) -> Vec<Property> {
        let mut logical: Vec<String> = Vec::new();
        for line in physical_lines(ics) {
            match (line.strip_prefix(' '), logical.last_mut()) {
                (Some(rest), Some(last)) => last.push_str(rest),
                (Some(_), None) => panic!("the file starts with a folded line"),
                (None, _) => logical.push(line.to_string()),
            }
        }
        let mut open: Vec<String> = Vec::new();
        let mut properties = Vec::new();
        for line in logical {
            // Our names and parameters never hold a colon (no quoted parameters).
            let (head, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("no colon in {line:?}"));
            let (name, params) = head.split_once(';').unwrap_or((head, ""));
            match name {
                "BEGIN" => open.push(value.to_string()),
                "END" => assert_eq!(open.pop().as_deref(), Some(value), "END matches BEGIN"),
                _ => properties.push(Property {
                    component: open.last().cloned().unwrap_or_default(),
                    name: name.to_string(),
                    params: params.to_string(),
                    value: value.to_string(),
                }),
            }
        }
        assert!(open.is_empty(), "every BEGIN has its END");
        properties
    }

    /// A TEXT value as written, unescaped; an unescaped `;` or `,` or an unknown escape fails.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('\\') => out.push('\\'),
                    Some(';') => out.push(';'),
                    Some(',') => out.push(','),
                    Some('n' | 'N') => out.push('\n'),
                    other => panic!("unknown escape \\{other:?} in {value:?}"),
                },
                ';' | ',' => panic!("an unescaped {c:?} in {value:?}"),
                c => out.push(c),
            }
        }
        out
    }

    /// The raw values of a property in a component.
    fn values<'p>(properties: &'p [Property], component: &str, name: &str) -> Vec<&'p str> {
        properties
            .iter()
            .filter(|p| p.component == component && p.name == name)
            .map(|p| p.value.as_str())
            .collect()
    }

    /// The one value of a property in a component, unescaped as text.
    fn event_text(properties: &[Property], component: &str, name: &str) -> Option<String> {
        let found = values(properties, component, name);
        assert!(found.len() <= 1, "{name} appears {} times", found.len());
        found.first().map(|v| unescape(v))
    }

    /// What a person's text should read as in the calendar: the documented rules, written
    /// again here independently of `text`.
    fn as_calendar_shows(input: &str) -> String {
        input
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .collect()
    }

    /// Text a person might type or paste: any character, with the ones the format treats
    /// specially (and long multi-octet ones) often.
    fn any_text(max: usize) -> impl Strategy<Value = String> {
        let special = prop::sample::select(vec![
            ',', ';', '\\', ':', '"', '\n', '\r', '\t', ' ', '\u{0}', '\u{7f}', '\u{85}', 'é', '€',
            '😀', '👩', '\u{200d}', '\u{fe0f}', '𝄞', 'a',
        ]);
        let one = prop_oneof![any::<char>(), special];
        prop::collection::vec(one, 0..=max).prop_map(|chars| chars.into_iter().collect())
    }

    fn any_date() -> impl Strategy<Value = CalendarDate> {
        (1900u16..2200, 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, d)| date(y, m, d.min(days_in_month(y, m))))
    }

    fn any_weekday() -> impl Strategy<Value = Weekday> {
        prop::sample::select(Weekday::ALL.to_vec())
    }

    /// `YYYYMMDD` read back as a date.
    fn read_date(value: &str) -> CalendarDate {
        let number = |range: std::ops::Range<usize>| -> u16 {
            value
                .get(range)
                .and_then(|digits| digits.parse().ok())
                .unwrap_or_else(|| panic!("not a date: {value:?}"))
        };
        assert_eq!(value.len(), 8, "{value:?}");
        let (month, day) = (number(4..6), number(6..8));
        date(number(0..4), month as u8, day as u8)
    }

    fn the_stamp() -> Stamp {
        stamp(date(2026, 11, 26), 12, 34, 56)
    }

    // ---- The whole file, so a reader sees the exact format. ----

    #[test]
    fn a_milestone_file_in_full() {
        let event = MilestoneEvent {
            uid: "milestone-90-days-2027-03-01",
            date: date(2027, 3, 1),
            title: "90 days: Opioids",
            description: "Well done, one day at a time.",
        };
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//Peer Support Guide//EN\r\n\
            CALSCALE:GREGORIAN\r\n\
            METHOD:PUBLISH\r\n\
            BEGIN:VEVENT\r\n\
            UID:milestone-90-days-2027-03-01@peer-support-guide\r\n\
            DTSTAMP:20261126T123456Z\r\n\
            DTSTART;VALUE=DATE:20270301\r\n\
            DTEND;VALUE=DATE:20270302\r\n\
            SUMMARY:90 days: Opioids\r\n\
            DESCRIPTION:Well done\\, one day at a time.\r\n\
            TRANSP:TRANSPARENT\r\n\
            BEGIN:VALARM\r\n\
            ACTION:DISPLAY\r\n\
            DESCRIPTION:90 days: Opioids\r\n\
            TRIGGER:PT9H\r\n\
            END:VALARM\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        assert_eq!(milestone_ics(&event, the_stamp()).as_deref(), Ok(expected));
    }

    #[test]
    fn a_weekly_meeting_file_in_full() {
        let meeting = WeeklyMeeting {
            uid: "meeting-3",
            name: "Monday Night Hope (NA)",
            weekday: Weekday::Monday,
            hour: 19,
            minute: 0,
            minutes: 60,
            place: "St Mary's Hall, 12 High Street; side door",
            link: "https://example.org/meet?id=42&pw=hope",
        };
        // 26 November 2026 is a Thursday: the first Monday on or after it is 30 November.
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//Peer Support Guide//EN\r\n\
            CALSCALE:GREGORIAN\r\n\
            METHOD:PUBLISH\r\n\
            BEGIN:VEVENT\r\n\
            UID:meeting-3@peer-support-guide\r\n\
            DTSTAMP:20261126T123456Z\r\n\
            DTSTART:20261130T190000\r\n\
            DURATION:PT60M\r\n\
            RRULE:FREQ=WEEKLY;BYDAY=MO\r\n\
            SUMMARY:Monday Night Hope (NA)\r\n\
            LOCATION:St Mary's Hall\\, 12 High Street\\; side door\r\n\
            DESCRIPTION:https://example.org/meet?id=42&pw=hope\r\n\
            URL:https://example.org/meet?id=42&pw=hope\r\n\
            BEGIN:VALARM\r\n\
            ACTION:DISPLAY\r\n\
            DESCRIPTION:Monday Night Hope (NA)\r\n\
            TRIGGER:-PT30M\r\n\
            END:VALARM\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        let file = weekly_meeting_ics(&meeting, date(2026, 11, 26), the_stamp());
        assert_eq!(file.as_deref(), Ok(expected));
    }

    #[test]
    fn empty_parts_are_left_out_and_an_odd_link_is_only_text() {
        let event = MilestoneEvent {
            uid: "m",
            date: date(2027, 3, 1),
            title: "1 year",
            description: " \r\n",
        };
        let file = milestone_ics(&event, the_stamp()).unwrap_or_default();
        assert!(values(&parse(&file), "VEVENT", "DESCRIPTION").is_empty());

        let meeting = WeeklyMeeting {
            uid: "m",
            name: "Online group",
            weekday: Weekday::Sunday,
            hour: 0,
            minute: 5,
            minutes: 1_440,
            place: "",
            link: "Zoom 123 456 789, passcode: hope",
        };
        let file = weekly_meeting_ics(&meeting, date(2026, 11, 29), the_stamp());
        let properties = parse(&file.unwrap_or_default());
        assert!(values(&properties, "VEVENT", "LOCATION").is_empty());
        assert!(values(&properties, "VEVENT", "URL").is_empty());
        assert_eq!(
            event_text(&properties, "VEVENT", "DESCRIPTION").as_deref(),
            Some("Zoom 123 456 789, passcode: hope")
        );
        // 29 November 2026 is itself a Sunday.
        assert_eq!(
            values(&properties, "VEVENT", "DTSTART"),
            ["20261129T000500"]
        );
        assert_eq!(values(&properties, "VEVENT", "DURATION"), ["PT1440M"]);
    }

    #[test]
    fn web_addresses_that_a_url_can_hold() {
        assert!(is_web_address("https://example.org"));
        assert!(is_web_address("HTTP://example.org/a?b=c"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https://example.org/a b"));
        assert!(!is_web_address("https://exämple.org"));
        assert!(!is_web_address("ftp://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("é"));
        assert!(is_web_address("http://a"));
    }

    #[test]
    fn text_escapes_and_line_breaks() {
        assert_eq!(text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(text("one\r\ntwo\nthree\rfour"), r"one\ntwo\nthree\nfour");
        assert_eq!(text("\r\r\n\n"), r"\n\n\n");
        assert_eq!(
            text("tab\there\u{0}\u{1b}[31m\u{7f}\u{85}"),
            "tab\there[31m"
        );
        assert_eq!(text("😀 é"), "😀 é");
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let mut file = String::new();
        push_line(&mut file, "SUMMARY", &"é".repeat(80));
        let lines = physical_lines(&file);
        // "SUMMARY:" is 8 octets, then 33 two-octet characters make 74; the 34th won't fit.
        assert_eq!(lines[0].len(), 74);
        assert!(lines[1..]
            .iter()
            .all(|l| l.starts_with(' ') && l.len() <= 75));
        let mut exact = String::new();
        push_line(&mut exact, "SUMMARY", &"a".repeat(67));
        assert_eq!(exact.len(), 77, "75 octets fit on one line");
        let mut over = String::new();
        push_line(&mut over, "SUMMARY", &"a".repeat(68));
        assert_eq!(over, format!("SUMMARY:{}\r\n a\r\n", "a".repeat(67)));
    }

    // ---- Refusals, never panics. ----

    #[test]
    fn what_cannot_go_in_a_file_is_refused_with_a_reason() {
        let meeting = WeeklyMeeting {
            uid: "m",
            name: "Group",
            weekday: Weekday::Friday,
            hour: 19,
            minute: 30,
            minutes: 90,
            place: "",
            link: "",
        };
        let from = date(2026, 11, 26);
        let with = |change: fn(&mut WeeklyMeeting)| {
            let mut m = meeting;
            change(&mut m);
            weekly_meeting_ics(&m, from, the_stamp())
        };
        assert!(with(|_| {}).is_ok());
        assert_eq!(
            with(|m| m.hour = 24),
            Err(IcsError::BadTime {
                hour: 24,
                minute: 30
            })
        );
        assert_eq!(
            with(|m| m.minute = 60),
            Err(IcsError::BadTime {
                hour: 19,
                minute: 60
            })
        );
        assert_eq!(
            with(|m| m.minutes = 0),
            Err(IcsError::BadLength { minutes: 0 })
        );
        assert_eq!(
            with(|m| m.minutes = 1_441),
            Err(IcsError::BadLength { minutes: 1_441 })
        );
        assert_eq!(with(|m| m.name = " \u{0}\n"), Err(IcsError::NoTitle));
        let bad_from = date(2027, 2, 29);
        assert_eq!(
            weekly_meeting_ics(&meeting, bad_from, the_stamp()),
            Err(IcsError::BadDate(bad_from))
        );

        let event = |date, title| MilestoneEvent {
            uid: "m",
            date,
            title,
            description: "",
        };
        for bad in [
            date(2027, 2, 29),
            date(2027, 13, 1),
            date(2027, 4, 0),
            date(9999, 12, 31),
        ] {
            assert_eq!(
                milestone_ics(&event(bad, "1 year"), the_stamp()),
                Err(IcsError::BadDate(bad))
            );
        }
        assert!(milestone_ics(&event(date(9998, 12, 31), "1 year"), the_stamp()).is_ok());
        assert_eq!(
            milestone_ics(&event(date(2027, 3, 1), ""), the_stamp()),
            Err(IcsError::NoTitle)
        );

        assert_eq!(
            IcsError::BadTime {
                hour: 25,
                minute: 7
            }
            .to_string(),
            "25:07 isn't a time of day, so no calendar file was made. Choose a time from 00:00 to 23:59."
        );
        assert!(IcsError::BadLength { minutes: 0 }
            .to_string()
            .contains("1 minute to 24 hours"));
    }

    // ---- Days of the week and the DTSTAMP. ----

    #[test]
    fn days_of_the_week_of_real_dates() {
        for (on, day) in [
            (date(1970, 1, 1), Weekday::Thursday),
            (date(2000, 1, 1), Weekday::Saturday),
            (date(2024, 2, 29), Weekday::Thursday),
            (date(2026, 11, 26), Weekday::Thursday),
            (date(2026, 11, 30), Weekday::Monday),
            (date(2027, 3, 1), Weekday::Monday),
            (date(1900, 1, 1), Weekday::Monday),
        ] {
            assert_eq!(Weekday::of(on), day, "{on}");
        }
    }

    #[test]
    fn first_meetings_on_real_dates() {
        let thursday = date(2026, 11, 26);
        for (day, expected) in [
            (Weekday::Thursday, date(2026, 11, 26)),
            (Weekday::Friday, date(2026, 11, 27)),
            (Weekday::Sunday, date(2026, 11, 29)),
            (Weekday::Monday, date(2026, 11, 30)),
            (Weekday::Wednesday, date(2026, 12, 2)),
        ] {
            assert_eq!(first_on_or_after(thursday, day), expected, "{day:?}");
        }
        // Across a year's end and a leap day.
        assert_eq!(
            first_on_or_after(date(2026, 12, 30), Weekday::Monday),
            date(2027, 1, 4)
        );
        assert_eq!(
            first_on_or_after(date(2028, 2, 28), Weekday::Thursday),
            date(2028, 3, 2)
        );
        assert_eq!(
            first_on_or_after(date(2028, 2, 28), Weekday::Tuesday),
            date(2028, 2, 29)
        );
    }

    #[test]
    fn weekday_keys_and_labels() {
        for day in Weekday::ALL {
            assert_eq!(Weekday::from_key(day.key()), Some(day));
            assert_eq!(day.label().to_lowercase(), day.key());
        }
        assert_eq!(Weekday::from_key("Monday"), None);
        assert_eq!(Weekday::ALL.map(Weekday::index), [0, 1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn stamps_from_milliseconds() {
        for (ms, expected) in [
            (0, stamp(date(1970, 1, 1), 0, 0, 0)),
            (999, stamp(date(1970, 1, 1), 0, 0, 0)),
            (86_399_999, stamp(date(1970, 1, 1), 23, 59, 59)),
            (86_400_000, stamp(date(1970, 1, 2), 0, 0, 0)),
            (1_795_696_496_000, the_stamp()),
            (951_782_400_000, stamp(date(2000, 2, 29), 0, 0, 0)),
            (LAST_MS, stamp(date(9999, 12, 31), 23, 59, 59)),
            (u64::MAX, stamp(date(9999, 12, 31), 23, 59, 59)),
        ] {
            assert_eq!(stamp_at(ms), expected, "{ms}");
        }
    }

    proptest! {
        #[test]
        fn a_milestone_reads_back_as_given(
            on in any_date(),
            title in any_text(2_000),
            description in any_text(2_000),
            uid in any_text(100),
            ms in any::<u64>(),
        ) {
            let event = MilestoneEvent { uid: &uid, date: on, title: &title, description: &description };
            let file = milestone_ics(&event, stamp_at(ms));
            if is_blank(&title) {
                prop_assert_eq!(file, Err(IcsError::NoTitle));
                return Ok(());
            }
            let file = file.unwrap_or_else(|e| panic!("{e}"));
            let properties = parse(&file);
            let shown = |name| event_text(&properties, "VEVENT", name);
            prop_assert_eq!(shown("SUMMARY"), Some(as_calendar_shows(&title)));
            let expected_description = (!is_blank(&description)).then(|| as_calendar_shows(&description));
            prop_assert_eq!(shown("DESCRIPTION"), expected_description);
            prop_assert_eq!(shown("UID"), Some(as_calendar_shows(&uid) + "@peer-support-guide"));
            prop_assert_eq!(event_text(&properties, "VALARM", "DESCRIPTION"), Some(as_calendar_shows(&title)));
            prop_assert_eq!(values(&properties, "VALARM", "TRIGGER"), ["PT9H"]);

            let start: Vec<_> = properties.iter().filter(|p| p.name == "DTSTART").collect();
            let end: Vec<_> = properties.iter().filter(|p| p.name == "DTEND").collect();
            prop_assert_eq!(start.len(), 1);
            prop_assert_eq!(end.len(), 1);
            prop_assert_eq!(&start[0].params, "VALUE=DATE");
            prop_assert_eq!(&end[0].params, "VALUE=DATE");
            prop_assert_eq!(read_date(&start[0].value), on);
            prop_assert_eq!(read_date(&end[0].value), add_days(on, 1));

            let dtstamp = values(&properties, "VEVENT", "DTSTAMP");
            prop_assert!(dtstamp.len() == 1 && dtstamp[0].len() == 16 && dtstamp[0].ends_with('Z'));
        }

        #[test]
        fn a_weekly_meeting_reads_back_as_given(
            name in any_text(2_000),
            place in any_text(2_000),
            link in any_text(300),
            weekday in any_weekday(),
            hour in 0u8..24,
            minute in 0u8..60,
            minutes in 1u16..=1_440,
            from in any_date(),
        ) {
            let meeting = WeeklyMeeting { uid: "meeting-1", name: &name, weekday, hour, minute, minutes, place: &place, link: &link };
            let file = weekly_meeting_ics(&meeting, from, the_stamp());
            if is_blank(&name) {
                prop_assert_eq!(file, Err(IcsError::NoTitle));
                return Ok(());
            }
            let file = file.unwrap_or_else(|e| panic!("{e}"));
            let properties = parse(&file);
            let shown = |name| event_text(&properties, "VEVENT", name);
            prop_assert_eq!(shown("SUMMARY"), Some(as_calendar_shows(&name)));
            prop_assert_eq!(shown("LOCATION"), (!is_blank(&place)).then(|| as_calendar_shows(&place)));
            prop_assert_eq!(shown("DESCRIPTION"), (!is_blank(&link)).then(|| as_calendar_shows(&link)));
            prop_assert_eq!(event_text(&properties, "VALARM", "DESCRIPTION"), Some(as_calendar_shows(&name)));
            prop_assert_eq!(values(&properties, "VALARM", "TRIGGER"), ["-PT30M"]);

            let start = values(&properties, "VEVENT", "DTSTART");
            prop_assert_eq!(start.len(), 1);
            let (day, time) = start[0].split_once('T').unwrap_or_else(|| panic!("{start:?}"));
            let first = read_date(day);
            prop_assert_eq!(first, first_on_or_after(from, weekday));
            prop_assert_eq!(time.to_string(), format!("{hour:02}{minute:02}00"), "floating: no Z");
            prop_assert_eq!(values(&properties, "VEVENT", "DURATION"), [format!("PT{minutes}M")]);
            prop_assert_eq!(values(&properties, "VEVENT", "RRULE"), [format!("FREQ=WEEKLY;BYDAY={}", weekday.rfc_code())]);
            // No TZID (nor any other parameter) anywhere: the phone's own time zone applies.
            prop_assert!(properties.iter().all(|p| p.params.is_empty()));
        }

        #[test]
        fn any_time_and_length_gives_a_file_or_a_reason(
            hour in any::<u8>(),
            minute in any::<u8>(),
            minutes in any::<u16>(),
            from in (any::<u16>(), any::<u8>(), any::<u8>()),
        ) {
            let from = date(from.0, from.1, from.2);
            let meeting = WeeklyMeeting { uid: "", name: "Group", weekday: Weekday::Tuesday, hour, minute, minutes, place: "", link: "" };
            let fits = hour < 24 && minute < 60 && (1..=1_440).contains(&minutes) && from.is_valid() && from.year <= LAST_YEAR;
            let file = weekly_meeting_ics(&meeting, from, the_stamp());
            prop_assert_eq!(file.is_ok(), fits);
            if let Ok(file) = file {
                parse(&file);
            }
        }

        #[test]
        fn the_first_meeting_is_on_its_day_within_a_week(from in any_date(), weekday in any_weekday()) {
            let first = first_on_or_after(from, weekday);
            prop_assert_eq!(Weekday::of(first), weekday);
            prop_assert!((0..=6).contains(&crate::domain::dates::days_between(from, first)));
        }

        #[test]
        fn stamps_count_whole_seconds(ms in 0u64..LAST_MS) {
            let s = stamp_at(ms);
            let seconds = (day_number(s.date) * 86_400)
                + i64::from(s.hour) * 3_600
                + i64::from(s.minute) * 60
                + i64::from(s.second);
            prop_assert_eq!(u64::try_from(seconds).ok(), Some(ms / 1_000));
            prop_assert!(s.date.is_valid() && s.hour < 24 && s.minute < 60 && s.second < 60);
        }
    }
}
