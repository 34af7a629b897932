//! Milestones from a clean date: which are reached (and on what date), which comes next, how
//! far along it is; and meeting attendance: the last 7 and 30 days, the weekly streak,
//! "90 meetings in 90 days", and the meetings in each recent week (for the tracker's chart).

use super::dates::{add_days, add_months, day_number, days_between, tp, Words};
use super::sources::CalendarDate;

#[path = "../../data/tracker.rs"]
mod tracker_data;

/// How far after the clean date a milestone falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum After {
    Days(u32),
    Months(u32),
}

/// One milestone, such as "90 days".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub label: String,
    pub after: After,
}

impl Milestone {
    /// The date this milestone falls on for a clean date, by the month-end rule.
    pub fn date(&self, clean_date: CalendarDate) -> CalendarDate {
        match self.after {
            After::Days(days) => add_days(clean_date, i64::from(days)),
            After::Months(months) => add_months(clean_date, months),
        }
    }
}

/// A list of milestones as the data file gives it: the fixed ones, then one every year.
pub struct MilestoneList {
    /// What the person sees when choosing the list.
    pub label: &'static str,
    /// In order; the last is at most 2 years, and every year after it follows.
    pub fixed: &'static [(&'static str, After)],
}

/// A list's milestones, then every year after its fixed ones, up to `years`.
fn from_list(list: &MilestoneList, years: u32) -> Vec<Milestone> {
    let mut set: Vec<Milestone> = list
        .fixed
        .iter()
        .map(|(label, after)| Milestone {
            label: (*label).to_string(),
            after: *after,
        })
        .collect();
    for year in 2..=years.max(2) {
        set.push(Milestone {
            label: format!("{year} years"),
            after: After::Months(year * 12),
        });
    }
    set
}

/// The common custom, not any fellowship's official list: 24 hours, 30, 60 and 90 days,
/// 6 months, 9 months, 1 year, 18 months, then every year up to `years`.
pub fn common_custom(years: u32) -> Vec<Milestone> {
    from_list(&tracker_data::COMMON_CUSTOM, years)
}

/// A milestone reached, with the date it was reached.
/// Which list of milestones the person follows. Neither is any fellowship's official list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MilestoneSet {
    /// 24 hours, 30, 60 and 90 days, 6 and 9 months, 1 year, 18 months, then every year.
    #[default]
    Common,
    /// 24 hours, then every month for the first year, then every year.
    Monthly,
}

impl MilestoneSet {
    pub const ALL: [MilestoneSet; 2] = [MilestoneSet::Common, MilestoneSet::Monthly];

    /// How the set is written in stored data and in form values.
    pub fn key(self) -> &'static str {
        match self {
            MilestoneSet::Common => "common",
            MilestoneSet::Monthly => "monthly",
        }
    }

    /// The set for a stored key, if it is one.
    pub fn from_key(key: &str) -> Option<MilestoneSet> {
        MilestoneSet::ALL.into_iter().find(|set| set.key() == key)
    }

    /// What the person sees in the list of sets.
    pub fn label(self) -> &'static str {
        self.list().label
    }

    fn list(self) -> &'static MilestoneList {
        match self {
            MilestoneSet::Common => &tracker_data::COMMON_CUSTOM,
            MilestoneSet::Monthly => &tracker_data::MONTHLY,
        }
    }
}

/// How one of the person's own milestones is named: "1 day", "45 days".
pub fn own_label(days: u32) -> String {
    if days == 1 {
        "1 day".into()
    } else {
        format!("{days} days")
    }
}

/// The person's milestones: the chosen set up to `years`, plus their own (in days), with no
/// two on the same day.
pub fn milestones(set: MilestoneSet, own_days: &[u32], years: u32) -> Vec<Milestone> {
    let mut list = from_list(set.list(), years);
    for &days in own_days {
        let label = own_label(days);
        if !list.iter().any(|m| m.label == label) {
            list.push(Milestone {
                label,
                after: After::Days(days),
            });
        }
    }
    list
}

/// A short line about a milestone of the chosen lists, by its label; `None` for the person's
/// own (they may add their own note).
pub fn about(label: &str) -> Option<&'static str> {
    if let Some((_, line)) = tracker_data::ABOUT.iter().find(|(l, _)| *l == label) {
        return Some(line);
    }
    if label.ends_with(" years") {
        Some(tracker_data::ABOUT_YEARS)
    } else if label.ends_with(" months") || label == "1 month" {
        Some(tracker_data::ABOUT_MONTHS)
    } else {
        None
    }
}

/// The "just for today" line for a date: the same all day, a different one the next day.
pub fn just_for_today(today: CalendarDate) -> &'static str {
    let lines = tracker_data::JUST_FOR_TODAY;
    let count = i64::try_from(lines.len()).unwrap_or(1).max(1);
    let index = usize::try_from(day_number(today).rem_euclid(count)).unwrap_or(0);
    lines.get(index).copied().unwrap_or("")
}

/// Every "just for today" line, in the order the days take them.
pub fn just_for_today_lines() -> &'static [&'static str] {
    tracker_data::JUST_FOR_TODAY
}

/// A milestone's label in the page's language through `t`. Labels are made here only ("24
/// hours", "1 day", "30 days", "1 month", "6 months", "1 year", "2 years"), and stay in English
/// in the records, where they name the milestone; anything else is shown as it is.
pub fn label_in(label: &str, t: Words) -> String {
    let Some((n, unit)) = label.split_once(' ') else {
        return label.to_string();
    };
    let Ok(n) = n.parse::<u32>() else {
        return label.to_string();
    };
    match unit {
        "hours" if n == 24 => t("24 hours").to_string(),
        "day" | "days" => tp(t, n, "1 day", "{n} days"),
        "month" | "months" => tp(t, n, "1 month", "{n} months"),
        "year" | "years" => tp(t, n, "1 year", "{n} years"),
        _ => label.to_string(),
    }
}

/// Own milestones are whole days from 1 to 100 years.
pub const MAX_OWN_DAYS: u32 = 36_525;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reached {
    pub label: String,
    pub on: CalendarDate,
}

/// The next milestone: when it falls, how many days are left, and how far along the way from
/// the previous one (0 to 100).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upcoming {
    pub label: String,
    pub on: CalendarDate,
    pub days_left: u32,
    pub percent: u8,
}

/// Reached milestones (earliest first) and the next one, for a clean date and today.
/// A clean date in the future reaches nothing, and never panics.
pub fn progress(
    set: &[Milestone],
    clean_date: CalendarDate,
    today: CalendarDate,
) -> (Vec<Reached>, Option<Upcoming>) {
    let mut dated: Vec<(CalendarDate, &Milestone)> =
        set.iter().map(|m| (m.date(clean_date), m)).collect();
    super::sort_small(&mut dated, |a, b| a.0 < b.0);
    let reached: Vec<Reached> = dated
        .iter()
        .filter(|(on, _)| *on <= today)
        .map(|(on, m)| Reached {
            label: m.label.clone(),
            on: *on,
        })
        .collect();
    let upcoming = dated.iter().find(|(on, _)| *on > today).map(|(on, m)| {
        let from = reached.last().map_or(clean_date, |r| r.on).min(today);
        let whole = days_between(from, *on).max(1);
        let done = days_between(from, today).clamp(0, whole);
        Upcoming {
            label: m.label.clone(),
            on: *on,
            days_left: u32::try_from(days_between(today, *on)).unwrap_or(0),
            percent: u8::try_from(done * 100 / whole).unwrap_or(100),
        }
    });
    (reached, upcoming)
}

/// Attendance figures from the dates of meetings attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attendance {
    pub last_7_days: usize,
    pub last_30_days: usize,
    /// Weeks in a row, up to this one, with at least one meeting. A week with none yet this
    /// week doesn't break the streak until it is over.
    pub week_streak: u32,
    /// Meetings in the 90 days up to today, toward "90 in 90".
    pub in_90_days: usize,
}

/// Weeks start on Monday; the week number counts from a Monday long ago.
fn week(date: CalendarDate) -> i64 {
    // 1970-01-01 was a Thursday, so day 4 is a Monday.
    (day_number(date) - 4).div_euclid(7)
}

/// The Monday that starts the week `back` weeks before this one (0: this week).
pub fn week_start(today: CalendarDate, back: i64) -> CalendarDate {
    add_days(today, -(day_number(today) - 4).rem_euclid(7) - 7 * back)
}

/// Meetings in each of the last `weeks` calendar weeks, oldest first; the last is this week
/// (from Monday up to today), so the weeks agree with the week streak. Calendar weeks, not
/// runs of 7 days back from today, so a bar keeps its meetings from one day to the next.
/// A meeting dated after today (a clock set back) is left out, as the streak leaves it out;
/// each meeting counts once, in its own week.
pub fn meetings_per_week(meetings: &[CalendarDate], today: CalendarDate, weeks: usize) -> Vec<u32> {
    let mut counts = vec![0u32; weeks];
    let this_week = week(today);
    let last = i64::try_from(weeks).unwrap_or(i64::MAX) - 1;
    for d in meetings.iter().filter(|d| **d <= today) {
        let at = usize::try_from(last - (this_week - week(*d))).ok();
        if let Some(count) = at.and_then(|at| counts.get_mut(at)) {
            *count += 1;
        }
    }
    counts
}

pub fn attendance(meetings: &[CalendarDate], today: CalendarDate) -> Attendance {
    let within = |days: i64| {
        meetings
            .iter()
            .filter(|d| (0..days).contains(&days_between(**d, today)))
            .count()
    };
    // One pass, no sort: which of the weeks back from this one had a meeting. Weeks run
    // from this one (0) back to the earliest meeting's.
    let this_week = week(today);
    let mut had_meeting: Vec<bool> = Vec::new();
    for d in meetings.iter().filter(|d| **d <= today) {
        let back = usize::try_from(this_week - week(*d)).unwrap_or(0);
        if had_meeting.len() <= back {
            had_meeting.resize(back + 1, false);
        }
        had_meeting[back] = true;
    }
    // The streak counts back from this week, or from last week if this one has none yet.
    let from = usize::from(!had_meeting.first().copied().unwrap_or(false));
    let week_streak = had_meeting
        .iter()
        .skip(from)
        .take_while(|had| **had)
        .count() as u32;
    Attendance {
        last_7_days: within(7),
        last_30_days: within(30),
        week_streak,
        in_90_days: within(90),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: u16, month: u8, day: u8) -> CalendarDate {
        CalendarDate { year, month, day }
    }

    #[test]
    fn four_hundred_days_in_reaches_one_year_and_aims_for_eighteen_months() {
        let today = date(2026, 11, 26);
        let clean = add_days(today, -400);
        let (reached, next) = progress(&common_custom(5), clean, today);
        let labels: Vec<&str> = reached.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            ["24 hours", "30 days", "60 days", "90 days", "6 months", "9 months", "1 year"]
        );
        assert_eq!(reached[0].on, add_days(clean, 1));
        assert_eq!(reached[6].on, add_months(clean, 12));
        let next = next.unwrap_or_else(|| panic!("18 months comes next"));
        assert_eq!(next.label, "18 months");
        assert_eq!(next.on, add_months(clean, 18));
        assert_eq!(i64::from(next.days_left), days_between(today, next.on));
        assert!(next.percent > 0 && next.percent < 100);
    }

    #[test]
    fn a_clean_date_today_reaches_nothing_and_counts_down_to_24_hours() {
        let today = date(2026, 11, 26);
        let (reached, next) = progress(&common_custom(2), today, today);
        assert!(reached.is_empty());
        assert_eq!(
            next.map(|n| (n.label, n.days_left, n.percent)),
            Some(("24 hours".into(), 1, 0))
        );
    }

    #[test]
    fn every_milestone_of_the_lists_has_a_line_and_own_ones_have_none() {
        for set in MilestoneSet::ALL {
            for milestone in milestones(set, &[], 5) {
                let line = about(&milestone.label);
                assert!(
                    line.is_some_and(|l| l.ends_with('.')),
                    "{}",
                    milestone.label
                );
            }
        }
        assert_eq!(
            about("30 days"),
            Some("A month of days, taken one at a time.")
        );
        assert_eq!(about("3 years"), about("2 years"));
        assert_eq!(about("45 days"), None);
    }

    #[test]
    fn own_milestones_fit_in_order() {
        let mut set = common_custom(2);
        set.push(Milestone {
            label: "100 days".into(),
            after: After::Days(100),
        });
        let clean = date(2026, 1, 1);
        let (reached, next) = progress(&set, clean, add_days(clean, 95));
        assert_eq!(reached.last().map(|r| r.label.as_str()), Some("90 days"));
        assert_eq!(next.map(|n| n.label), Some("100 days".into()));
    }

    #[test]
    fn the_chosen_set_and_own_milestones_make_one_list() {
        let labels = |set, own: &[u32]| -> Vec<String> {
            milestones(set, own, 2)
                .into_iter()
                .map(|m| m.label)
                .collect()
        };
        let common = labels(MilestoneSet::Common, &[100, 90]);
        assert_eq!(
            common.iter().filter(|l| *l == "90 days").count(),
            1,
            "no repeats"
        );
        assert!(common.contains(&"100 days".to_string()));
        let monthly = labels(MilestoneSet::Monthly, &[]);
        assert_eq!(monthly[..3], ["24 hours", "1 month", "2 months"]);
        assert!(
            monthly.contains(&"11 months".to_string()) && monthly.contains(&"2 years".to_string())
        );
        assert_eq!(
            MilestoneSet::from_key("monthly"),
            Some(MilestoneSet::Monthly)
        );
        assert_eq!(MilestoneSet::from_key("official"), None);
        // A clean date of 31 January reaches "1 month" on the last day of February.
        let (reached, _) = progress(
            &milestones(MilestoneSet::Monthly, &[], 1),
            date(2026, 1, 31),
            date(2026, 2, 28),
        );
        assert_eq!(
            reached.last().map(|r| (r.label.as_str(), r.on)),
            Some(("1 month", date(2026, 2, 28)))
        );
    }

    #[test]
    fn each_list_in_the_data_is_in_order_and_hands_over_to_the_yearly_ones() {
        let start = date(2024, 2, 29);
        for set in MilestoneSet::ALL {
            let list = milestones(set, &[], 5);
            let dates: Vec<CalendarDate> = list.iter().map(|m| m.date(start)).collect();
            assert!(dates.windows(2).all(|w| w[0] < w[1]), "{set:?} in order");
            let mut labels: Vec<&str> = list.iter().map(|m| m.label.as_str()).collect();
            assert_eq!(labels.last(), Some(&"5 years"));
            labels.sort_unstable();
            labels.dedup();
            assert_eq!(labels.len(), list.len(), "{set:?} has no repeats");
            assert!(set.label().contains("then yearly"));
        }
    }

    #[test]
    fn every_label_reads_back_in_english_as_it_is() {
        let en: Words = &crate::domain::dates::english;
        for set in MilestoneSet::ALL {
            for milestone in milestones(set, &[1, 45, 400], 12) {
                assert_eq!(label_in(&milestone.label, en), milestone.label);
            }
        }
        assert_eq!(label_in("someone's own words", en), "someone's own words");
    }

    #[test]
    fn just_for_today_changes_each_day_and_stays_all_day() {
        let today = date(2026, 11, 26);
        assert!(just_for_today(today).starts_with("Just for today"));
        assert_ne!(just_for_today(today), just_for_today(add_days(today, 1)));
        let count = i64::try_from(tracker_data::JUST_FOR_TODAY.len()).unwrap_or(1);
        assert_eq!(
            just_for_today(today),
            just_for_today(add_days(today, count))
        );
    }

    #[test]
    fn attendance_counts_and_streaks() {
        let today = date(2026, 11, 26); // a Thursday
        let meetings = [
            today,
            add_days(today, -1),
            add_days(today, -8),
            add_days(today, -14),
            add_days(today, -40),
        ];
        let figures = attendance(&meetings, today);
        assert_eq!(figures.last_7_days, 2);
        assert_eq!(figures.last_30_days, 4);
        assert_eq!(figures.in_90_days, 5);
        assert_eq!(figures.week_streak, 3);
        // No meeting yet this week: last week's streak still stands.
        let figures = attendance(&meetings[2..], today);
        assert_eq!(figures.week_streak, 2);
        assert_eq!(attendance(&[], today).week_streak, 0);
    }

    #[test]
    fn meetings_per_week_counts_calendar_weeks_up_to_today() {
        let today = date(2026, 11, 26); // a Thursday; this week began on Monday 23 November
        assert_eq!(week_start(today, 0), date(2026, 11, 23));
        assert_eq!(week_start(today, 11), date(2026, 9, 7));
        assert_eq!(week_start(date(2026, 11, 23), 0), date(2026, 11, 23));
        assert_eq!(
            week_start(date(2026, 11, 29), 0),
            date(2026, 11, 23),
            "Sunday"
        );
        let table: [(&str, Vec<CalendarDate>, usize, Vec<u32>); 7] = [
            ("none", vec![], 4, vec![0, 0, 0, 0]),
            (
                "today and Monday are this week",
                vec![today, date(2026, 11, 23)],
                3,
                vec![0, 0, 2],
            ),
            (
                "Sunday is last week",
                vec![date(2026, 11, 22)],
                3,
                vec![0, 1, 0],
            ),
            (
                "two on one day are two",
                vec![date(2026, 11, 10); 2],
                3,
                vec![2, 0, 0],
            ),
            (
                "before the window is left out",
                vec![date(2026, 11, 8)],
                3,
                vec![0, 0, 0],
            ),
            (
                "after today is left out",
                vec![date(2026, 11, 27), date(2027, 1, 1)],
                3,
                vec![0, 0, 0],
            ),
            (
                "in any order",
                vec![date(2026, 9, 7), today, date(2026, 9, 6), date(2026, 10, 1)],
                12,
                vec![1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1],
            ),
        ];
        for (case, meetings, weeks, expected) in table {
            assert_eq!(
                meetings_per_week(&meetings, today, weeks),
                expected,
                "{case}"
            );
        }
        assert_eq!(meetings_per_week(&[today], today, 0), Vec::<u32>::new());
    }

    proptest! {
        #[test]
        fn the_week_streak_is_the_run_of_weeks_with_a_meeting_in_any_order(
            back in prop::collection::vec(-3i64..120, 0..60)
        ) {
            let today = date(2026, 11, 26);
            let meetings: Vec<CalendarDate> = back.iter().map(|b| add_days(today, -b)).collect();
            let has_week = |w: i64| meetings.iter().any(|d| *d <= today && week(*d) == w);
            let from = if has_week(week(today)) { week(today) } else { week(today) - 1 };
            let expected = (0..).take_while(|i| has_week(from - i)).count();
            prop_assert_eq!(attendance(&meetings, today).week_streak as usize, expected);
        }

        #[test]
        fn each_meeting_in_the_weeks_shown_is_counted_once_in_its_own_week(
            back in prop::collection::vec(-20i64..200, 0..80),
            today_at in 0i64..3000,
            weeks in 1usize..30,
        ) {
            let today = add_days(date(2020, 1, 1), today_at);
            let meetings: Vec<CalendarDate> = back.iter().map(|b| add_days(today, -b)).collect();
            let counts = meetings_per_week(&meetings, today, weeks);
            prop_assert_eq!(counts.len(), weeks);
            let first = week_start(today, weeks as i64 - 1);
            let shown = meetings.iter().filter(|d| **d >= first && **d <= today).count();
            prop_assert_eq!(counts.iter().sum::<u32>() as usize, shown);
            for (at, count) in counts.iter().enumerate() {
                let monday = week_start(today, (weeks - 1 - at) as i64);
                let in_week = meetings
                    .iter()
                    .filter(|d| (0..7).contains(&days_between(monday, **d)) && **d <= today)
                    .count();
                prop_assert_eq!(*count as usize, in_week, "week of {}", monday);
            }
            // This week's bar never holds more than the last 7 days do.
            let this_week = counts.last().copied().unwrap_or(0) as usize;
            prop_assert!(this_week <= attendance(&meetings, today).last_7_days);
        }

        #[test]
        fn reached_milestones_are_never_in_the_future(
            back in 0i64..4000, ahead in 0i64..30
        ) {
            let today = date(2026, 11, 26);
            let clean = add_days(today, ahead - back);
            let (reached, next) = progress(&common_custom(12), clean, today);
            prop_assert!(reached.iter().all(|r| r.on <= today && r.on > clean));
            if let Some(next) = next {
                prop_assert!(next.on > today && next.percent <= 100);
            }
        }
    }
}
