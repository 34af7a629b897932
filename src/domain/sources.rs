//! Where our facts come from, how sure we are of each, and when they were checked.

use std::fmt;

/// A calendar month, for "checked in November 2026".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
}

/// A calendar date with no time of day and no time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the length of the month.
    pub day: u8,
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's English name (1 is January); pages show it through `i18n::t`.
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(month).wrapping_sub(1))
        .copied()
        .unwrap_or("Unknown month")
}

impl YearMonth {
    /// Whether the month is between 1 and 12.
    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", month_name(self.month), self.year)
    }
}

impl CalendarDate {
    /// Whether this date exists on the Gregorian calendar.
    pub fn is_valid(self) -> bool {
        let leap = (self.year.is_multiple_of(4) && !self.year.is_multiple_of(100))
            || self.year.is_multiple_of(400);
        let days_in_month = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days_in_month).contains(&self.day)
    }

    /// The date as `YYYY-MM-DD`, for `<time datetime>`.
    pub fn iso(self) -> String {
        self.iso_bytes().iter().copied().map(char::from).collect()
    }

    /// `YYYY-MM-DD` as bytes, without formatting machinery: a 5 MB backup writes 40,000 of
    /// these. A year past 9999 (which no form or file allows) keeps only its last four digits.
    pub fn iso_bytes(self) -> [u8; 10] {
        let digit = |n: u16| b'0' + (n % 10) as u8;
        let (y, m, d) = (self.year, u16::from(self.month), u16::from(self.day));
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.day, month_name(self.month), self.year)
    }
}

/// How sure we are of a fact, as `catalog-facts.md` marks it. Ordered from most to least
/// certain, so the least certain of several is their `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Seen on the organization's own site or on a government page.
    Confirmed,
    /// Seen only on third-party pages.
    Secondary,
    /// Sources disagree or are old: the app says so and points to the group's own site.
    Uncertain,
}

impl Confidence {
    /// A short plain-language label shown beside the source.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed on the organization's own site",
            Confidence::Secondary => "from other websites, not the organization's own",
            Confidence::Uncertain => "uncertain: please check the official site",
        }
    }

    /// The words shown beside a fact wherever it is stated, so nothing less than confirmed
    /// reads as a plain fact: `None` for a confirmed fact.
    pub fn marker(self) -> Option<&'static str> {
        match self {
            Confidence::Confirmed => None,
            Confidence::Secondary => Some("not confirmed by the group itself"),
            Confidence::Uncertain => Some("uncertain: check the group's own site"),
        }
    }
}

/// Where one fact comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The name of the page or organization, as a person would say it.
    pub name: &'static str,
    /// An `https://` address, where the source is online and we know it.
    pub url: Option<&'static str>,
    /// When we last checked the fact against the source.
    pub checked: YearMonth,
    pub confidence: Confidence,
}

/// A piece of reading we used, named so a person could find it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub title: &'static str,
    /// Who wrote or published it, and when.
    pub detail: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_zero_padded() {
        for (year, month, day) in [(1900, 1, 1), (2026, 11, 26), (9999, 12, 31), (33, 2, 9)] {
            let date = CalendarDate { year, month, day };
            assert_eq!(date.iso(), format!("{year:04}-{month:02}-{day:02}"));
        }
    }

    #[test]
    fn months_display_by_name() {
        let november = YearMonth {
            year: 2026,
            month: 11,
        };
        assert_eq!(november.to_string(), "November 2026");
        assert!(november.is_valid());
        assert!(!YearMonth {
            year: 2026,
            month: 13
        }
        .is_valid());
    }

    #[test]
    fn an_invalid_month_never_panics_when_shown() {
        for month in [0, 13, 255] {
            let shown = YearMonth { year: 2026, month }.to_string();
            assert!(shown.starts_with("Unknown month"), "{shown}");
        }
    }

    #[test]
    fn calendar_dates_know_leap_years() {
        let date = |year, month, day| CalendarDate { year, month, day };
        assert!(date(2024, 2, 29).is_valid());
        assert!(!date(2023, 2, 29).is_valid());
        assert!(!date(1900, 2, 29).is_valid());
        assert!(date(2000, 2, 29).is_valid());
        assert!(!date(2026, 4, 31).is_valid());
        assert!(!date(2026, 0, 1).is_valid());
        assert_eq!(date(2026, 11, 26).to_string(), "26 November 2026");
        assert_eq!(date(2026, 3, 5).iso(), "2026-03-05");
    }
}
