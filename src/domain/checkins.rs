//! The daily check-in (mood, craving and a note for one counter and one day): merging two
//! copies, the averages a screen reader hears beside the chart, and the chart's points.

use super::dates::{day_number, from_day_number, tp, Words};
use super::journal::limits;
use super::lang::fill;
use super::sources::CalendarDate;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt::Write;
use std::ops::RangeInclusive;

/// One day's check-in for one counter: all optional, editable for today and past days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The id of the counter it belongs to.
    pub counter: String,
    pub date: CalendarDate,
    /// 1 (very low) to 5 (very good).
    #[serde(default)]
    pub mood: Option<u8>,
    /// 0 (none) to 4 (very strong).
    #[serde(default)]
    pub craving: Option<u8>,
    /// Private; may be empty.
    #[serde(default)]
    pub note: String,
    /// When it was last changed, in ms since 1970 (the device clock): the later change wins a merge.
    #[serde(default)]
    pub changed: u64,
}

pub const MOODS: RangeInclusive<u8> = 1..=5;
pub const CRAVINGS: RangeInclusive<u8> = 0..=4;

/// The longest window `summary` and `chart` look at, about 10 years. A longer one is cut to
/// this, so a wrong number can never ask for a chart of millions of days.
pub const MAX_DAYS: u32 = 3_660;

const MOOD_LABELS: [&str; 5] = ["Very low", "Low", "Okay", "Good", "Very good"];
const CRAVING_LABELS: [&str; 5] = ["None", "Mild", "Moderate", "Strong", "Very strong"];

/// The words for a mood from 1 to 5, or `None` outside that range.
pub fn mood_label(mood: u8) -> Option<&'static str> {
    MOOD_LABELS.get(usize::from(mood).checked_sub(1)?).copied()
}

/// The words for a craving from 0 to 4, or `None` outside that range.
pub fn craving_label(craving: u8) -> Option<&'static str> {
    CRAVING_LABELS.get(usize::from(craving)).copied()
}

impl CheckIn {
    /// The mood, if it is one the app offers: a value out of range is left out, never drawn.
    fn mood_in_range(&self) -> Option<u8> {
        self.mood.filter(|mood| MOODS.contains(mood))
    }

    fn craving_in_range(&self) -> Option<u8> {
        self.craving.filter(|craving| CRAVINGS.contains(craving))
    }
}

/// The order a merged list is kept in: by counter, then by date.
fn by_day(a: &CheckIn, b: &CheckIn) -> Ordering {
    a.counter.cmp(&b.counter).then_with(|| a.date.cmp(&b.date))
}

/// Which of two check-ins for one day a merge keeps: the larger rank. The later change wins;
/// on a tie the content decides, so two devices always keep the same one, whatever the order.
fn rank(c: &CheckIn) -> (u64, Option<u8>, Option<u8>, &str) {
    (c.changed, c.mood, c.craving, &c.note)
}

/// Both lists as one: one check-in per counter and day, the later change where both have one.
/// Sorted by counter, then date. The result doesn't depend on the order of the lists or of
/// their entries, and merging a list again changes nothing.
pub fn merge(a: &[CheckIn], b: &[CheckIn]) -> Vec<CheckIn> {
    let mut all: Vec<&CheckIn> = a.iter().chain(b).collect();
    // Each day's winner first, so removing the rest of its day keeps it.
    all.sort_unstable_by(|x, y| by_day(x, y).then_with(|| rank(y).cmp(&rank(x))));
    all.dedup_by(|later, kept| by_day(later, kept).is_eq());
    all.into_iter().cloned().collect()
}

/// When a check-in saved at `changed` that replaces `old` is marked changed: at least 1 ms after
/// `old`, so a merge with a copy that still has the old one keeps this save even if the clock
/// went back.
pub fn changed_after(old: &CheckIn, changed: u64) -> u64 {
    changed.max(old.changed.saturating_add(1))
}

/// Saves one day's check-in into a list kept in [`merge`]'s order: it replaces that counter's
/// check-in for the day (see [`changed_after`]), or goes in its place in the order.
pub fn upsert(list: &mut Vec<CheckIn>, mut entry: CheckIn) {
    match list.binary_search_by(|c| by_day(c, &entry)) {
        Ok(at) => {
            if let Some(old) = list.get_mut(at) {
                entry.changed = changed_after(old, entry.changed);
                *old = entry;
            }
        }
        Err(at) => list.insert(at, entry),
    }
}

/// A counter's check-in for a day, from a list kept in [`merge`]'s order.
pub fn for_day<'a>(list: &'a [CheckIn], counter: &str, date: CalendarDate) -> Option<&'a CheckIn> {
    let at = list
        .binary_search_by(|c| {
            c.counter
                .as_str()
                .cmp(counter)
                .then_with(|| c.date.cmp(&date))
        })
        .ok()?;
    list.get(at)
}

/// The check-in for each of the `len` days up to today, oldest first. The list may be in any
/// order; where it has two for one day (not yet merged), the one a merge would keep. Dates
/// after today (a clock set back) are left out.
fn each_day<'a>(
    list: &'a [CheckIn],
    counter: &str,
    today: CalendarDate,
    len: usize,
) -> Vec<Option<&'a CheckIn>> {
    let mut days: Vec<Option<&CheckIn>> = vec![None; len];
    let last = day_number(today);
    for c in list
        .iter()
        .filter(|c| c.date <= today && c.counter == counter)
    {
        let Some(day) = index(last, c.date, len).and_then(|at| days.get_mut(at)) else {
            continue;
        };
        if day.is_none_or(|kept| rank(c) > rank(kept)) {
            *day = Some(c);
        }
    }
    days
}

/// Where a date falls among `len` days ending on day number `last`, if it does.
fn index(last: i64, date: CalendarDate, len: usize) -> Option<usize> {
    let back = usize::try_from(last - day_number(date)).ok()?;
    len.checked_sub(1)?.checked_sub(back)
}

/// A window of days as a length, at most [`MAX_DAYS`].
fn window(days: u32) -> usize {
    usize::try_from(days.min(MAX_DAYS)).unwrap_or(0)
}

/// Averages over some days, in tenths as whole numbers (34 means 3.4): no floats, whose
/// formatting costs kilobytes of wasm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Averages {
    /// Days with a check-in.
    pub days_checked_in: u32,
    /// Average mood in tenths (10 to 50), if any of the days had one.
    pub mood: Option<u32>,
    /// Average craving in tenths (0 to 40), if any of the days had one.
    pub craving: Option<u32>,
}

/// Check-ins over the last days (today included) and over as many days before those.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub recent: Averages,
    pub earlier: Averages,
}

/// The average of some values in tenths, rounded half up; `None` for no values.
fn tenths_mean(values: impl Iterator<Item = u8>) -> Option<u32> {
    let (sum, count) = values.fold((0u32, 0u32), |(sum, count), value| {
        (sum.saturating_add(u32::from(value)), count + 1)
    });
    (count > 0).then(|| (sum.saturating_mul(20).saturating_add(count)) / (2 * count))
}

fn averages(days: &[Option<&CheckIn>]) -> Averages {
    let checked_in = || days.iter().flatten();
    Averages {
        days_checked_in: u32::try_from(checked_in().count()).unwrap_or(u32::MAX),
        mood: tenths_mean(checked_in().filter_map(|c| c.mood_in_range())),
        craving: tenths_mean(checked_in().filter_map(|c| c.craving_in_range())),
    }
}

/// A counter's averages over the last `days` days (today included; 1 to [`MAX_DAYS`]) and
/// over the `days` days before those. Values out of range are left out.
pub fn summary(list: &[CheckIn], counter: &str, today: CalendarDate, days: u32) -> Summary {
    let len = window(days.max(1));
    let both = each_day(list, counter, today, 2 * len);
    let (earlier, recent) = both.split_at(both.len() / 2);
    Summary {
        recent: averages(recent),
        earlier: averages(earlier),
    }
}

/// Tenths as a person reads them: 12 is "1.2", 20 is "2.0".
fn tenths(n: u32) -> String {
    format!("{}.{}", n / 10, n % 10)
}

/// The summary in plain words, for a screen reader beside the chart. It says which way the
/// averages went, never whether that is good or bad.
/// Its words are found through `t` (see `dates::Words`), in the page's language.
pub fn summary_sentence(summary: &Summary, days: u32, t: Words) -> String {
    let days = days.clamp(1, MAX_DAYS);
    let n = days.to_string();
    let with_n = |template: &'static str| fill(template, &[("n", &n)]);
    let one = days == 1;
    let (recent, earlier) = (&summary.recent, &summary.earlier);
    if recent.days_checked_in == 0 {
        return if one {
            t("No check-in today yet.").to_string()
        } else {
            with_n(t("No check-ins in the last {n} days yet."))
        };
    }
    let checked_in = tp(t, recent.days_checked_in, "1 day", "{n} days");
    let (over, before) = if one {
        (t("today").to_string(), t("the day before").to_string())
    } else {
        (
            with_n(t("over the last {n} days")),
            with_n(t("the {n} days before")),
        )
    };
    let mut words = String::new();
    let (mut said_when, mut compared) = (false, false);
    // Each average says its scale, so "3.4" means something heard alone.
    for (name, now, then, top) in [
        (
            t("Cravings"),
            recent.craving,
            earlier.craving,
            CRAVINGS.end(),
        ),
        (t("Mood"), recent.mood, earlier.mood, MOODS.end()),
    ] {
        let Some(now) = now else { continue };
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(&fill(
            t("{name} averaged {value} out of {top}"),
            &[
                ("name", name),
                ("value", &tenths(now)),
                ("top", &top.to_string()),
            ],
        ));
        if !said_when {
            let _ = write!(words, " {over}");
            said_when = true;
        }
        if let Some(then) = then {
            let change = match now.cmp(&then) {
                Ordering::Less => fill(t("down from {value}"), &[("value", &tenths(then))]),
                Ordering::Greater => fill(t("up from {value}"), &[("value", &tenths(then))]),
                Ordering::Equal => t("the same as").to_string(),
            };
            // The first comparison says which days; a later one needs to only when it has
            // no figure to end on.
            let when = match (compared, now == then) {
                (false, _) => before.clone(),
                (true, true) => t("before").to_string(),
                (true, false) => String::new(),
            };
            let _ = write!(words, ", {change}");
            if !when.is_empty() {
                let _ = write!(words, " {when}");
            }
            compared = true;
        }
        words.push('.');
    }
    if !said_when {
        let template = if one {
            t("You checked in on {days} today, with no mood or craving noted.")
        } else {
            t("You checked in on {days} in the last {n} days, with no mood or craving noted.")
        };
        words.push_str(&fill(template, &[("days", &checked_in), ("n", &n)]));
        return words;
    }
    if !compared {
        words.push(' ');
        words.push_str(&if one {
            t("There is nothing from the day before to compare with.").to_string()
        } else {
            with_n(t(
                "There is nothing from the {n} days before to compare with.",
            ))
        });
    }
    if !one {
        words.push(' ');
        words.push_str(&fill(
            t("You checked in on {days}."),
            &[("days", &checked_in)],
        ));
    }
    words
}

/// One day of the tracker's chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartDay {
    pub date: CalendarDate,
    pub mood: Option<u8>,
    pub craving: Option<u8>,
    /// Meetings attended that day.
    pub meetings: u32,
    /// Whether a return to use is dated that day.
    pub relapse: bool,
}

/// What the tracker's chart draws: one entry a day, oldest first, today last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chart {
    pub days: Vec<ChartDay>,
}

impl Chart {
    /// Each day's mood, for [`polyline`].
    pub fn moods(&self) -> Vec<Option<u8>> {
        self.days.iter().map(|day| day.mood).collect()
    }

    /// Each day's craving, for [`polyline`].
    pub fn cravings(&self) -> Vec<Option<u8>> {
        self.days.iter().map(|day| day.craving).collect()
    }
}

/// The chart of the last `days` days (today included; at most [`MAX_DAYS`]) for a counter:
/// each day's mood and craving, meetings and whether a return to use is dated then. Anything
/// dated after today (a clock set back) is left out; a value out of range is a gap.
pub fn chart(
    list: &[CheckIn],
    counter: &str,
    meetings: &[CalendarDate],
    relapses: &[CalendarDate],
    today: CalendarDate,
    days: u32,
) -> Chart {
    let len = window(days);
    let last = day_number(today);
    let first = last - i64::try_from(len).unwrap_or(0) + 1;
    let mut chart: Vec<ChartDay> = each_day(list, counter, today, len)
        .into_iter()
        .zip(first..)
        .map(|(check_in, number)| ChartDay {
            date: from_day_number(number),
            mood: check_in.and_then(CheckIn::mood_in_range),
            craving: check_in.and_then(CheckIn::craving_in_range),
            meetings: 0,
            relapse: false,
        })
        .collect();
    let in_window = |date: &&CalendarDate| **date <= today;
    for date in meetings.iter().filter(in_window) {
        if let Some(day) = index(last, *date, len).and_then(|at| chart.get_mut(at)) {
            day.meetings = day.meetings.saturating_add(1);
        }
    }
    for date in relapses.iter().filter(in_window) {
        if let Some(day) = index(last, *date, len).and_then(|at| chart.get_mut(at)) {
            day.relapse = true;
        }
    }
    Chart { days: chart }
}

/// A length in tenths as SVG reads it: 1234 is "123.4", 1230 is "123".
fn svg_number(tenths: u64) -> String {
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// `a * b / c` in whole numbers, rounded half up; 0 when `c` is 0.
fn scaled(a: u64, b: u64, c: u64) -> u64 {
    if c == 0 {
        return 0;
    }
    (a.saturating_mul(b).saturating_mul(2).saturating_add(c)) / c.saturating_mul(2)
}

/// Where day `i` falls across `width_tenths` when a chart has `steps + 1` days: the first at
/// the left edge, the last at the right, a single day in the middle.
fn x_tenths(i: u64, steps: u64, width_tenths: u64) -> u64 {
    if steps == 0 {
        width_tenths / 2
    } else {
        scaled(i, width_tenths, steps)
    }
}

/// SVG `points` for a series in a `width` by `height` box, to one decimal: day `i` of `n` at
/// x = i × width / (n − 1) (a single day in the middle), the range's lowest value at the
/// bottom and its highest at the top. One list for each run of days with a value, so a day
/// without one leaves a gap instead of a line across it; a run of one day is a single point,
/// for a dot. A value out of `range` is a gap.
pub fn polyline(
    values: &[Option<u8>],
    range: RangeInclusive<u8>,
    width: u32,
    height: u32,
) -> Vec<String> {
    let (low, high) = (u64::from(*range.start()), u64::from(*range.end()));
    let steps = u64::try_from(values.len().saturating_sub(1)).unwrap_or(u64::MAX);
    let (width, height) = (u64::from(width) * 10, u64::from(height) * 10);
    let mut runs = Vec::new();
    let mut run = String::new();
    for (i, value) in (0u64..).zip(values) {
        let Some(value) = value.filter(|v| range.contains(v)).map(u64::from) else {
            if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
            continue;
        };
        let x = x_tenths(i, steps, width);
        let y = scaled(high - value, height, (high - low).max(1));
        if !run.is_empty() {
            run.push(' ');
        }
        run.push_str(&svg_number(x));
        run.push(',');
        run.push_str(&svg_number(y));
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// The x of day `day` of `days` in a `width`-wide box, to one decimal, where [`polyline`] puts
/// it: for the marks drawn on a day (a meeting, a return to use).
pub fn day_x(day: usize, days: usize, width: u32) -> String {
    let steps = u64::try_from(days.saturating_sub(1)).unwrap_or(u64::MAX);
    let day = u64::try_from(day).unwrap_or(u64::MAX);
    svg_number(x_tenths(day, steps, u64::from(width) * 10))
}

/// What the chart draws in a `width` by `height` box, as SVG numbers (see [`polyline`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drawing {
    /// `points` for each run of two or more days with a mood.
    pub mood_lines: Vec<String>,
    /// (x, y) of each day with a mood and none on either side: a dot, since a line needs two.
    pub mood_dots: Vec<(String, String)>,
    pub craving_lines: Vec<String>,
    pub craving_dots: Vec<(String, String)>,
    /// The x of each day with a meeting (one mark however many there were).
    pub meetings: Vec<String>,
    /// The x of each day with a return to use.
    pub returns: Vec<String>,
}

/// Runs from [`polyline`] split into lines and single points.
fn lines_and_dots(runs: Vec<String>) -> (Vec<String>, Vec<(String, String)>) {
    let mut dots = Vec::new();
    let mut lines = Vec::with_capacity(runs.len());
    for run in runs {
        if run.contains(' ') {
            lines.push(run);
        } else if let Some((x, y)) = run.split_once(',') {
            dots.push((x.to_string(), y.to_string()));
        }
    }
    (lines, dots)
}

impl Chart {
    /// Whether any day has a mood or a craving to draw.
    pub fn has_values(&self) -> bool {
        self.days
            .iter()
            .any(|day| day.mood.is_some() || day.craving.is_some())
    }

    /// The lines, dots and marks of this chart in a `width` by `height` box: the lowest mood
    /// or craving at the bottom, the highest at the top.
    pub fn drawing(&self, width: u32, height: u32) -> Drawing {
        let (mood_lines, mood_dots) = lines_and_dots(polyline(&self.moods(), MOODS, width, height));
        let (craving_lines, craving_dots) =
            lines_and_dots(polyline(&self.cravings(), CRAVINGS, width, height));
        let len = self.days.len();
        let xs = |marked: fn(&ChartDay) -> bool| -> Vec<String> {
            self.days
                .iter()
                .enumerate()
                .filter(|(_, day)| marked(day))
                .map(|(at, _)| day_x(at, len, width))
                .collect()
        };
        Drawing {
            mood_lines,
            mood_dots,
            craving_lines,
            craving_dots,
            meetings: xs(|day| day.meetings > 0),
            returns: xs(|day| day.relapse),
        }
    }
}

/// What the check-in form holds for one day. Each part may be left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub mood: Option<u8>,
    pub craving: Option<u8>,
    pub note: String,
}

/// Why a check-in wasn't saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckInProblem {
    /// No day, or one before [`limits::EARLIEST_DATE`] or after today.
    Day,
    /// No mood, no craving and no note: nothing to save.
    Nothing,
    /// A note longer than [`limits::MAX_SHORT_NOTE_CHARS`] (the form's `maxlength` stops this).
    NoteTooLong,
    /// The count is no longer kept (it was removed, perhaps in another tab).
    NoCount,
}

impl CheckInProblem {
    pub const ALL: [CheckInProblem; 4] = [
        CheckInProblem::Day,
        CheckInProblem::Nothing,
        CheckInProblem::NoteTooLong,
        CheckInProblem::NoCount,
    ];

    /// What went wrong and what to do, in English, with `{max}` for the longest note: the
    /// page shows it in its language.
    pub fn template(self) -> &'static str {
        match self {
            CheckInProblem::Day => "Choose the day for this check-in: today or a day before it.",
            CheckInProblem::Nothing => "There is nothing to save yet. Choose a mood or how strong cravings are, or write a note, then save again.",
            CheckInProblem::NoteTooLong => "The note is longer than {max} characters. Make it a little shorter, then save again.",
            CheckInProblem::NoCount => "This count is no longer on this device (it may have been removed in another tab), so nothing was saved.",
        }
    }

    /// The message in the language of `t`.
    pub fn message(self, t: Words) -> String {
        fill(
            t(self.template()),
            &[("max", &limits::MAX_SHORT_NOTE_CHARS.to_string())],
        )
    }
}

impl std::fmt::Display for CheckInProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&super::dates::english))
    }
}

impl Draft {
    /// The form for a day: its saved check-in, or nothing chosen. A stored value the form
    /// doesn't offer is left unchosen rather than shown as another one.
    pub fn of(saved: Option<&CheckIn>) -> Draft {
        saved.map_or_else(Draft::default, |c| Draft {
            mood: c.mood_in_range(),
            craving: c.craving_in_range(),
            note: c.note.clone(),
        })
    }

    /// The check-in to save for `counter` on `day`, or why not. The day must be from
    /// [`limits::EARLIEST_DATE`] to `today`; the note is saved without the spaces around it.
    pub fn check(
        &self,
        counter: &str,
        day: Option<CalendarDate>,
        today: CalendarDate,
        changed: u64,
    ) -> Result<CheckIn, CheckInProblem> {
        let date = day
            .filter(|day| (limits::EARLIEST_DATE..=today).contains(day))
            .ok_or(CheckInProblem::Day)?;
        let mood = self.mood.filter(|mood| MOODS.contains(mood));
        let craving = self.craving.filter(|craving| CRAVINGS.contains(craving));
        let note = self.note.trim();
        if mood.is_none() && craving.is_none() && note.is_empty() {
            return Err(CheckInProblem::Nothing);
        }
        if note.chars().count() > limits::MAX_SHORT_NOTE_CHARS {
            return Err(CheckInProblem::NoteTooLong);
        }
        Ok(CheckIn {
            counter: counter.to_string(),
            date,
            mood,
            craving,
            note: note.to_string(),
            changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::{add_days, days_between};
    use proptest::prelude::*;

    fn date(year: u16, month: u8, day: u8) -> CalendarDate {
        CalendarDate { year, month, day }
    }

    const TODAY: CalendarDate = CalendarDate {
        year: 2026,
        month: 11,
        day: 26,
    };

    fn check_in(counter: &str, back: i64, mood: Option<u8>, craving: Option<u8>) -> CheckIn {
        CheckIn {
            counter: counter.into(),
            date: add_days(TODAY, -back),
            mood,
            craving,
            note: String::new(),
            changed: 0,
        }
    }

    fn changed(mut c: CheckIn, at: u64) -> CheckIn {
        c.changed = at;
        c
    }

    #[test]
    fn every_value_has_a_label_and_only_those() {
        let moods: Vec<_> = MOODS.filter_map(mood_label).collect();
        assert_eq!(moods, ["Very low", "Low", "Okay", "Good", "Very good"]);
        let cravings: Vec<_> = CRAVINGS.filter_map(craving_label).collect();
        assert_eq!(
            cravings,
            ["None", "Mild", "Moderate", "Strong", "Very strong"]
        );
        assert_eq!(mood_label(0), None);
        assert_eq!(mood_label(6), None);
        assert_eq!(craving_label(5), None);
        assert_eq!(craving_label(u8::MAX), None);
    }

    #[test]
    fn reads_and_writes_as_json_with_optional_fields_left_out() {
        let text = r#"{"counter":"c1","date":"2026-11-26"}"#;
        let read: CheckIn = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read, check_in("c1", 0, None, None));
        let full = CheckIn {
            note: "Called my sponsor.".into(),
            changed: 1_764_000_000_000,
            ..check_in("c1", 3, Some(4), Some(1))
        };
        let json = serde_json::to_string(&full).unwrap_or_else(|e| panic!("{e}"));
        assert!(json.contains(r#""date":"2026-11-23""#), "{json}");
        let back: CheckIn = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, full);
        assert!(
            serde_json::from_str::<CheckIn>(r#"{"counter":"c1","date":"2026-02-30"}"#).is_err()
        );
    }

    #[test]
    fn merging_keeps_one_per_counter_and_day_and_the_later_change() {
        let old = changed(check_in("a", 1, Some(2), None), 10);
        let new = changed(check_in("a", 1, Some(4), None), 20);
        let other_counter = changed(check_in("b", 1, Some(1), None), 5);
        let earlier_day = changed(check_in("a", 2, None, Some(3)), 5);
        let tie_low = changed(check_in("a", 0, Some(2), None), 7);
        let tie_high = changed(check_in("a", 0, Some(3), None), 7);
        let table = [
            ("both empty", vec![], vec![], vec![]),
            (
                "one side empty",
                vec![new.clone()],
                vec![],
                vec![new.clone()],
            ),
            (
                "the later change wins",
                vec![new.clone()],
                vec![old.clone()],
                vec![new.clone()],
            ),
            (
                "from either side",
                vec![old.clone()],
                vec![new.clone()],
                vec![new.clone()],
            ),
            (
                "sorted by counter, then date",
                vec![other_counter.clone(), new.clone()],
                vec![earlier_day.clone()],
                vec![earlier_day.clone(), new.clone(), other_counter.clone()],
            ),
            (
                "a tie is decided by the content, the same way from both sides",
                vec![tie_low.clone(), tie_high.clone()],
                vec![tie_low.clone()],
                vec![tie_high.clone()],
            ),
        ];
        for (case, a, b, expected) in table {
            assert_eq!(merge(&a, &b), expected, "{case}");
            assert_eq!(merge(&b, &a), expected, "{case}, other way round");
        }
    }

    #[test]
    fn saving_a_day_replaces_it_or_goes_in_its_place() {
        let mut list = merge(
            &[
                check_in("a", 3, Some(3), None),
                check_in("b", 0, None, None),
            ],
            &[check_in("a", 1, Some(3), None)],
        );
        upsert(&mut list, changed(check_in("a", 2, Some(5), Some(0)), 100));
        let order: Vec<(&str, CalendarDate)> =
            list.iter().map(|c| (c.counter.as_str(), c.date)).collect();
        assert_eq!(
            order,
            [
                ("a", add_days(TODAY, -3)),
                ("a", add_days(TODAY, -2)),
                ("a", add_days(TODAY, -1)),
                ("b", TODAY),
            ]
        );
        // Saved again with a clock set back: still the one kept, and marked later.
        upsert(&mut list, changed(check_in("a", 2, Some(1), None), 40));
        assert_eq!(list.len(), 4);
        let saved = for_day(&list, "a", add_days(TODAY, -2));
        assert_eq!(
            saved.map(|c| (c.mood, c.craving, c.changed)),
            Some((Some(1), None, 101))
        );
        let copy_with_the_old = [changed(check_in("a", 2, Some(5), Some(0)), 100)];
        assert_eq!(merge(&list, &copy_with_the_old), list);
        assert_eq!(for_day(&list, "a", TODAY), None);
        assert_eq!(for_day(&list, "c", TODAY), None);
        assert_eq!(for_day(&[], "a", TODAY), None);
    }

    #[test]
    fn summary_averages_the_last_days_and_the_days_before() {
        let list = [
            check_in("a", 0, Some(4), Some(1)),
            check_in("a", 1, Some(3), None),
            check_in("a", 29, None, Some(2)),
            check_in("a", 30, Some(2), Some(3)),
            check_in("a", 59, Some(3), Some(2)),
            check_in("a", 60, Some(1), Some(4)), // before both windows
            check_in("a", -1, Some(5), Some(0)), // tomorrow: a clock set back
            check_in("b", 0, Some(1), Some(4)),  // another counter
            check_in("a", 2, Some(9), Some(9)),  // out of range: a day, but no values
        ];
        let s = summary(&list, "a", TODAY, 30);
        assert_eq!(
            s.recent,
            Averages {
                days_checked_in: 4,
                mood: Some(35),
                craving: Some(15)
            }
        );
        assert_eq!(
            s.earlier,
            Averages {
                days_checked_in: 2,
                mood: Some(25),
                craving: Some(25)
            }
        );
        assert_eq!(summary(&[], "a", TODAY, 30), Summary::default());
        // Two check-ins on one day (a list not yet merged): the one a merge keeps counts once.
        let twice = [
            changed(check_in("a", 0, Some(1), None), 1),
            changed(check_in("a", 0, Some(5), None), 2),
        ];
        let s = summary(&twice, "a", TODAY, 7);
        assert_eq!((s.recent.days_checked_in, s.recent.mood), (1, Some(50)));
        // Thirds round to the nearer tenth.
        let thirds = [
            check_in("a", 0, Some(1), Some(0)),
            check_in("a", 1, Some(1), Some(0)),
            check_in("a", 2, Some(2), Some(2)),
        ];
        let s = summary(&thirds, "a", TODAY, 7);
        assert_eq!((s.recent.mood, s.recent.craving), (Some(13), Some(7)));
    }

    fn averages_of(days: u32, mood: Option<u32>, craving: Option<u32>) -> Averages {
        Averages {
            days_checked_in: days,
            mood,
            craving,
        }
    }

    #[test]
    fn summary_sentences_say_which_way_without_judging() {
        let none = Averages::default();
        let table: [(&str, Averages, Averages, u32, &str); 11] = [
            (
                "both up and down",
                averages_of(12, Some(34), Some(12)),
                averages_of(20, Some(31), Some(20)),
                30,
                "Cravings averaged 1.2 out of 4 over the last 30 days, down from 2.0 the 30 days before. \
                 Mood averaged 3.4 out of 5, up from 3.1. You checked in on 12 days.",
            ),
            (
                "the same",
                averages_of(5, Some(30), Some(20)),
                averages_of(5, Some(30), Some(20)),
                30,
                "Cravings averaged 2.0 out of 4 over the last 30 days, the same as the 30 days before. \
                 Mood averaged 3.0 out of 5, the same as before. You checked in on 5 days.",
            ),
            (
                "cravings the same, mood down",
                averages_of(5, Some(25), Some(20)),
                averages_of(5, Some(30), Some(20)),
                90,
                "Cravings averaged 2.0 out of 4 over the last 90 days, the same as the 90 days before. \
                 Mood averaged 2.5 out of 5, down from 3.0. You checked in on 5 days.",
            ),
            (
                "no check-ins at all",
                none,
                none,
                30,
                "No check-ins in the last 30 days yet.",
            ),
            (
                "none lately, some before",
                none,
                averages_of(3, Some(30), None),
                30,
                "No check-ins in the last 30 days yet.",
            ),
            (
                "nothing before to compare with",
                averages_of(1, Some(40), Some(0)),
                none,
                30,
                "Cravings averaged 0.0 out of 4 over the last 30 days. Mood averaged 4.0 out of 5. \
                 There is nothing from the 30 days before to compare with. \
                 You checked in on 1 day.",
            ),
            (
                "only notes before",
                averages_of(2, Some(40), None),
                averages_of(4, None, None),
                30,
                "Mood averaged 4.0 out of 5 over the last 30 days. \
                 There is nothing from the 30 days before to compare with. \
                 You checked in on 2 days.",
            ),
            (
                "only mood earlier",
                averages_of(2, Some(40), Some(10)),
                averages_of(4, Some(45), None),
                30,
                "Cravings averaged 1.0 out of 4 over the last 30 days. \
                 Mood averaged 4.0 out of 5, down from 4.5 the 30 days before. You checked in on 2 days.",
            ),
            (
                "only notes lately",
                averages_of(3, None, None),
                averages_of(4, Some(20), Some(20)),
                30,
                "You checked in on 3 days in the last 30 days, with no mood or craving noted.",
            ),
            (
                "one day",
                averages_of(1, Some(20), None),
                averages_of(1, Some(30), None),
                1,
                "Mood averaged 2.0 out of 5 today, down from 3.0 the day before.",
            ),
            ("no check-in today", none, none, 1, "No check-in today yet."),
        ];
        for (case, recent, earlier, days, expected) in table {
            let s = Summary { recent, earlier };
            assert_eq!(
                summary_sentence(&s, days, &crate::domain::dates::english),
                expected,
                "{case}"
            );
            for word in ["good", "bad", "better", "worse", "fail"] {
                assert!(
                    !summary_sentence(&s, days, &crate::domain::dates::english).contains(word),
                    "{case}: {word}"
                );
            }
        }
    }

    #[test]
    fn chart_has_each_day_up_to_today() {
        let list = [
            check_in("a", 0, Some(4), Some(1)),
            check_in("a", 2, Some(9), Some(2)), // out-of-range mood: a gap
            check_in("a", 3, Some(1), None),    // before the window
            check_in("a", -1, Some(5), Some(0)), // tomorrow
            check_in("b", 1, Some(1), Some(4)),
        ];
        let meetings = [
            TODAY,
            TODAY,
            add_days(TODAY, -2),
            add_days(TODAY, -3),
            add_days(TODAY, 1),
        ];
        let relapses = [add_days(TODAY, -1), add_days(TODAY, -1), add_days(TODAY, 2)];
        let c = chart(&list, "a", &meetings, &relapses, TODAY, 3);
        let day = |back: i64, mood, craving, meetings, relapse| ChartDay {
            date: add_days(TODAY, -back),
            mood,
            craving,
            meetings,
            relapse,
        };
        assert_eq!(
            c.days,
            [
                day(2, None, Some(2), 1, false),
                day(1, None, None, 0, true),
                day(0, Some(4), Some(1), 2, false),
            ]
        );
        assert_eq!(c.moods(), [None, None, Some(4)]);
        assert_eq!(c.cravings(), [Some(2), None, Some(1)]);
        assert_eq!(
            chart(&list, "a", &meetings, &relapses, TODAY, 0),
            Chart::default()
        );
        let long = chart(&list, "a", &[], &[], TODAY, u32::MAX);
        assert_eq!(long.days.len(), MAX_DAYS as usize);
        assert_eq!(long.days.last().map(|d| d.date), Some(TODAY));
        // Across a year's end and a leap day.
        let c = chart(&[], "a", &[], &[], date(2028, 3, 1), 3);
        let dates: Vec<CalendarDate> = c.days.iter().map(|d| d.date).collect();
        assert_eq!(
            dates,
            [date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)]
        );
    }

    #[test]
    fn polylines_break_at_missing_days() {
        let table = [
            ("nothing", vec![], MOODS, 300, 100, vec![]),
            ("all gaps", vec![None, None], MOODS, 300, 100, vec![]),
            (
                "a gap splits the line",
                vec![Some(1), Some(5), None, Some(3)],
                MOODS,
                300,
                100,
                vec!["0,100 100,0", "300,50"],
            ),
            (
                "one decimal",
                vec![Some(0), Some(1), Some(2), Some(4)],
                CRAVINGS,
                100,
                50,
                vec!["0,50 33.3,37.5 66.7,25 100,0"],
            ),
            (
                "one day is a dot in the middle",
                vec![Some(3)],
                MOODS,
                300,
                100,
                vec!["150,50"],
            ),
            (
                "out of range is a gap",
                vec![Some(2), Some(0), Some(6), Some(5)],
                MOODS,
                30,
                40,
                vec!["0,30", "30,0"],
            ),
            (
                "an empty range draws nothing",
                vec![Some(2)],
                RangeInclusive::new(3, 1),
                30,
                40,
                vec![],
            ),
        ];
        for (case, values, range, width, height, expected) in table {
            assert_eq!(polyline(&values, range, width, height), expected, "{case}");
        }
        // The largest box and a long chart stay in whole numbers without overflow.
        let long = vec![Some(5); MAX_DAYS as usize];
        let runs = polyline(&long, MOODS, u32::MAX, u32::MAX);
        assert_eq!(runs.len(), 1);
        assert!(runs.iter().all(|run| run.ends_with(" 4294967295,0")));
    }

    #[test]
    fn a_drawing_splits_lines_from_dots_and_marks_meetings_and_returns() {
        let list = [
            check_in("a", 4, Some(5), Some(0)),
            check_in("a", 3, Some(1), None),
            check_in("a", 1, None, Some(4)),
        ];
        let meetings = [TODAY, TODAY, add_days(TODAY, -4)];
        let returns = [add_days(TODAY, -2)];
        let c = chart(&list, "a", &meetings, &returns, TODAY, 5);
        let dot = |x: &str, y: &str| (x.to_string(), y.to_string());
        // Five days 400 wide are 100 apart; values 40 high, the highest at the top.
        assert_eq!(
            c.drawing(400, 40),
            Drawing {
                mood_lines: vec!["0,0 100,40".into()],
                mood_dots: vec![],
                craving_lines: vec![],
                craving_dots: vec![dot("0", "40"), dot("300", "0")],
                meetings: vec!["0".into(), "400".into()],
                returns: vec!["200".into()],
            }
        );
        assert!(c.has_values());
        let notes_only = [CheckIn {
            note: "Tired.".into(),
            ..check_in("a", 0, None, None)
        }];
        assert!(!chart(&notes_only, "a", &meetings, &returns, TODAY, 5).has_values());
        assert_eq!(Chart::default().drawing(300, 100), Drawing::default());
        let table = [
            (0, 0, 300, "150"),
            (0, 1, 300, "150"),
            (1, 3, 100, "50"),
            (1, 4, 100, "33.3"),
            (2, 3, 100, "100"),
        ];
        for (day, days, width, x) in table {
            assert_eq!(day_x(day, days, width), x, "day {day} of {days}");
        }
    }

    #[test]
    fn the_form_shows_a_saved_day_and_saves_only_a_day_with_something_in_it() {
        let saved = CheckIn {
            note: "Called my sponsor.".into(),
            ..check_in("a", 1, Some(4), Some(9))
        };
        let draft = |mood: Option<u8>, craving: Option<u8>, note: &str| Draft {
            mood,
            craving,
            note: note.into(),
        };
        assert_eq!(
            Draft::of(Some(&saved)),
            draft(Some(4), None, "Called my sponsor."),
            "a value the form doesn't offer is left unchosen"
        );
        assert_eq!(Draft::of(None), Draft::default());

        use CheckInProblem::{Day, NoteTooLong, Nothing};
        let at_limit = "é".repeat(limits::MAX_SHORT_NOTE_CHARS);
        let past_limit = "é".repeat(limits::MAX_SHORT_NOTE_CHARS + 1);
        let yesterday = add_days(TODAY, -1);
        let table = [
            (
                "a mood alone",
                draft(Some(3), None, ""),
                Some(TODAY),
                Ok((Some(3), None, "")),
            ),
            (
                "no craving is a value",
                draft(None, Some(0), ""),
                Some(yesterday),
                Ok((None, Some(0), "")),
            ),
            (
                "a note alone, trimmed",
                draft(None, None, "  Tired.\n"),
                Some(TODAY),
                Ok((None, None, "Tired.")),
            ),
            (
                "all three",
                draft(Some(5), Some(4), "Hard day"),
                Some(TODAY),
                Ok((Some(5), Some(4), "Hard day")),
            ),
            ("nothing", Draft::default(), Some(TODAY), Err(Nothing)),
            (
                "only spaces",
                draft(None, None, " \n "),
                Some(TODAY),
                Err(Nothing),
            ),
            (
                "values the form doesn't offer",
                draft(Some(0), Some(5), ""),
                Some(TODAY),
                Err(Nothing),
            ),
            (
                "one value out of range",
                draft(Some(9), Some(2), ""),
                Some(TODAY),
                Ok((None, Some(2), "")),
            ),
            ("no day", draft(Some(3), None, ""), None, Err(Day)),
            (
                "tomorrow",
                draft(Some(3), None, ""),
                Some(add_days(TODAY, 1)),
                Err(Day),
            ),
            (
                "before the earliest",
                draft(Some(3), None, ""),
                Some(date(1899, 12, 31)),
                Err(Day),
            ),
            (
                "the earliest",
                draft(Some(3), None, ""),
                Some(limits::EARLIEST_DATE),
                Ok((Some(3), None, "")),
            ),
            ("no day and nothing", Draft::default(), None, Err(Day)),
            (
                "a note at the limit",
                draft(None, None, &at_limit),
                Some(TODAY),
                Ok((None, None, at_limit.as_str())),
            ),
            (
                "a note past it",
                draft(None, None, &past_limit),
                Some(TODAY),
                Err(NoteTooLong),
            ),
        ];
        for (case, form, day, expected) in table {
            let checked = form.check("a", day, TODAY, 7);
            let expected = expected.map(|(mood, craving, note)| CheckIn {
                counter: "a".into(),
                date: day.unwrap_or(TODAY),
                mood,
                craving,
                note: note.into(),
                changed: 7,
            });
            assert_eq!(checked, expected, "{case}");
        }
        for problem in [Day, Nothing, NoteTooLong, CheckInProblem::NoCount] {
            let sentence = problem.to_string();
            assert!(sentence.ends_with('.'), "{sentence}");
            for word in ["fail", "error", "invalid", "wrong"] {
                assert!(!sentence.to_lowercase().contains(word), "{sentence}");
            }
        }
        assert!(NoteTooLong.to_string().contains("500 characters"));
    }

    fn any_check_in() -> impl Strategy<Value = CheckIn> {
        (
            prop::sample::select(vec!["a", "b", "ab"]),
            0i64..12,
            0u64..4,
            prop::option::of(0u8..7),
            prop::option::of(0u8..6),
            prop::sample::select(vec!["", "x", "y"]),
        )
            .prop_map(|(counter, back, changed, mood, craving, note)| CheckIn {
                counter: counter.into(),
                date: add_days(TODAY, -back),
                mood,
                craving,
                note: note.into(),
                changed,
            })
    }

    fn any_list() -> impl Strategy<Value = Vec<CheckIn>> {
        prop::collection::vec(any_check_in(), 0..30)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn merge_is_order_free_idempotent_and_associative(
            a in any_list(), b in any_list(), c in any_list()
        ) {
            let ab = merge(&a, &b);
            prop_assert_eq!(&ab, &merge(&b, &a));
            let deduplicated = merge(&a, &[]);
            prop_assert_eq!(&merge(&a, &a), &deduplicated);
            prop_assert_eq!(&merge(&deduplicated, &[]), &deduplicated);
            prop_assert_eq!(&merge(&ab, &b), &ab);
            prop_assert_eq!(merge(&ab, &c), merge(&a, &merge(&b, &c)));
            let mut shuffled = a.clone();
            shuffled.reverse();
            prop_assert_eq!(merge(&shuffled, &b), ab);
        }

        #[test]
        fn merge_keeps_exactly_the_latest_of_each_day(a in any_list(), b in any_list()) {
            let merged = merge(&a, &b);
            prop_assert!(merged.windows(2).all(|w| by_day(&w[0], &w[1]).is_lt()), "sorted, no repeats");
            let both: Vec<&CheckIn> = a.iter().chain(&b).collect();
            for input in &both {
                prop_assert!(for_day(&merged, &input.counter, input.date).is_some());
            }
            for kept in &merged {
                prop_assert!(both.contains(&kept), "nothing made up");
                let latest = both
                    .iter()
                    .filter(|c| by_day(c, kept).is_eq())
                    .map(|c| c.changed)
                    .max();
                prop_assert_eq!(Some(kept.changed), latest);
            }
        }

        #[test]
        fn saving_keeps_the_order_and_is_what_a_merge_keeps(
            a in any_list(), entry in any_check_in()
        ) {
            let mut list = merge(&a, &[]);
            upsert(&mut list, entry.clone());
            prop_assert!(list.windows(2).all(|w| by_day(&w[0], &w[1]).is_lt()));
            let saved = for_day(&list, &entry.counter, entry.date).cloned();
            let saved = saved.unwrap_or_else(|| panic!("saved"));
            prop_assert_eq!((saved.mood, saved.craving, &saved.note), (entry.mood, entry.craving, &entry.note));
            prop_assert_eq!(merge(&list, &a), list);
        }

        #[test]
        fn chart_has_each_day_and_each_meeting_once(
            a in any_list(),
            meetings in prop::collection::vec(-5i64..120, 0..60),
            relapses in prop::collection::vec(-5i64..120, 0..5),
            today_at in 0i64..3000,
            days in 0u32..100,
        ) {
            let today = add_days(date(2020, 1, 1), today_at);
            let meetings: Vec<CalendarDate> = meetings.iter().map(|b| add_days(today, -b)).collect();
            let relapses: Vec<CalendarDate> = relapses.iter().map(|b| add_days(today, -b)).collect();
            let c = chart(&a, "a", &meetings, &relapses, today, days);
            prop_assert_eq!(c.days.len(), days as usize);
            let within = |d: &CalendarDate| (0..i64::from(days)).contains(&days_between(*d, today));
            let shown = meetings.iter().filter(|d| within(d)).count();
            prop_assert_eq!(c.days.iter().map(|d| d.meetings as usize).sum::<usize>(), shown);
            for (i, day) in c.days.iter().enumerate() {
                prop_assert_eq!(day.date, add_days(today, i as i64 + 1 - i64::from(days)));
                prop_assert_eq!(day.relapse, relapses.contains(&day.date));
                prop_assert!(day.mood.is_none_or(|m| MOODS.contains(&m)));
                prop_assert!(day.craving.is_none_or(|c| CRAVINGS.contains(&c)));
            }
        }

        #[test]
        fn averages_lie_within_the_ranges(
            values in prop::collection::vec((0i64..70, any::<Option<u8>>(), any::<Option<u8>>()), 0..80),
            days in 0u32..40,
        ) {
            let list: Vec<CheckIn> = values
                .iter()
                .map(|(back, mood, craving)| check_in("a", *back, *mood, *craving))
                .collect();
            let s = summary(&list, "a", TODAY, days);
            for averages in [s.recent, s.earlier] {
                prop_assert!(averages.mood.is_none_or(|m| (10..=50).contains(&m)));
                prop_assert!(averages.craving.is_none_or(|c| c <= 40));
                prop_assert!(averages.days_checked_in <= days.max(1));
            }
            let sentence = summary_sentence(&s, days, &crate::domain::dates::english);
            prop_assert!(sentence.ends_with('.'));
        }
    }
}
