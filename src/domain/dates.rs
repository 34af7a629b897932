//! Calendar dates with no time of day and no time zone: the day count, adding months, and
//! clean time in years, months and days.
//!
//! The month-end rule: adding months keeps the day of the month, or uses the last day of the
//! month when that day doesn't exist. So 31 January plus 1 month is the last day of February,
//! and 29 February plus 1 year is 28 February. Clean time and milestone dates both use it, so
//! they always agree.

use super::sources::CalendarDate;

/// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
pub fn day_number(date: CalendarDate) -> i64 {
    let (m, d) = (i64::from(date.month), i64::from(date.day));
    let y = i64::from(date.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date for a day number, the inverse of [`day_number`].
pub fn from_day_number(days: i64) -> CalendarDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    CalendarDate {
        year: u16::try_from(year.clamp(0, i64::from(u16::MAX))).unwrap_or(u16::MAX),
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    }
}

/// The number of days in a month.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `date` plus a number of days.
pub fn add_days(date: CalendarDate, days: i64) -> CalendarDate {
    from_day_number(day_number(date) + days)
}

/// `date` plus whole months, by the month-end rule above.
pub fn add_months(date: CalendarDate, months: u32) -> CalendarDate {
    let index = u32::from(date.month) - 1 + months;
    let year = u32::from(date.year) + index / 12;
    let year = u16::try_from(year).unwrap_or(u16::MAX);
    let month = u8::try_from(index % 12 + 1).unwrap_or(1);
    CalendarDate {
        year,
        month,
        day: date.day.min(days_in_month(year, month)),
    }
}

/// Days from `start` to `end`; negative when `end` is earlier.
pub fn days_between(start: CalendarDate, end: CalendarDate) -> i64 {
    day_number(end) - day_number(start)
}

/// Time from one date to a later one, in whole years, months and days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub years: u32,
    pub months: u32,
    pub days: u32,
    /// The whole span in days.
    pub total_days: u32,
}

/// The span from `start` to `end`, or `None` if `end` is before `start`.
///
/// Months count by the month-end rule, so the span is "1 month" exactly on the date that
/// `add_months(start, 1)` gives.
pub fn span(start: CalendarDate, end: CalendarDate) -> Option<Span> {
    let total = u32::try_from(days_between(start, end)).ok()?;
    // A first guess from the calendar fields, then step to the exact count.
    let guess = (i64::from(end.year) - i64::from(start.year)) * 12 + i64::from(end.month)
        - i64::from(start.month);
    let mut months = u32::try_from(guess.max(0)).unwrap_or(0);
    while months > 0 && add_months(start, months) > end {
        months -= 1;
    }
    while add_months(start, months + 1) <= end {
        months += 1;
    }
    let days = u32::try_from(days_between(add_months(start, months), end)).unwrap_or(0);
    Some(Span {
        years: months / 12,
        months: months % 12,
        days,
        total_days: total,
    })
}

/// Finds a text's words in the page's language: `i18n::t` in the app, [`english`] in native
/// tests. The domain builds its sentences from templates through one of these, so it needs no
/// web or i18n code of its own.
pub type Words<'a> = &'a dyn Fn(&'static str) -> &'static str;

/// The English texts, as written.
pub fn english(text: &'static str) -> &'static str {
    text
}

/// A count in words through `t`: `one` for 1, `other` (with `{n}`) for any other number.
pub fn tp(t: Words, n: impl Into<u64>, one: &'static str, other: &'static str) -> String {
    let n: u64 = n.into();
    if n == 1 {
        t(one).to_string()
    } else {
        super::lang::fill(t(other), &[("n", &n.to_string())])
    }
}

/// A date in words: "27 November 2026" in English, "27 de noviembre de 2026" in Spanish.
pub fn long_date(date: CalendarDate, t: Words) -> String {
    super::lang::fill(
        t("{day} {month} {year}"),
        &[
            ("day", &date.day.to_string()),
            ("month", t(super::sources::month_name(date.month))),
            ("year", &date.year.to_string()),
        ],
    )
}

/// "1 year, 2 months and 3 days", leaving out the parts that are zero.
pub fn count_words(years: u32, months: u32, days: u32, t: Words) -> String {
    let mut parts: Vec<String> = Vec::new();
    if years > 0 {
        parts.push(tp(t, years, "1 year", "{n} years"));
    }
    if months > 0 {
        parts.push(tp(t, months, "1 month", "{n} months"));
    }
    if days > 0 {
        parts.push(tp(t, days, "1 day", "{n} days"));
    }
    match parts.as_slice() {
        [] => t("Today is day one").to_string(),
        [only] => only.clone(),
        [first @ .., last] => super::lang::fill(
            t("{first} and {last}"),
            &[("first", &first.join(", ")), ("last", last)],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_read_as_plain_words() {
        let en: Words = &english;
        assert_eq!(count_words(0, 0, 0, en), "Today is day one");
        assert_eq!(count_words(0, 0, 1, en), "1 day");
        assert_eq!(count_words(1, 0, 3, en), "1 year and 3 days");
        assert_eq!(count_words(2, 1, 5, en), "2 years, 1 month and 5 days");
        assert_eq!(tp(en, 90_u32, "1 day", "{n} days"), "90 days");
    }

    #[test]
    fn dates_and_counts_read_as_spanish_writes_them() {
        let table = crate::domain::lang::spanish_for_tests();
        let es = move |text: &'static str| -> &'static str { table.get(text).unwrap_or(text) };
        let es: Words = &es;
        let en: Words = &english;
        let day = date(2026, 11, 27);
        assert_eq!(long_date(day, en), "27 November 2026");
        assert_eq!(long_date(day, en), day.to_string());
        assert_eq!(long_date(day, es), "27 de noviembre de 2026");
        assert_eq!(long_date(date(2027, 1, 1), es), "1 de enero de 2027");
        assert_eq!(count_words(0, 0, 0, es), "Hoy es el día uno");
        assert_eq!(count_words(0, 0, 1, es), "1 día");
        assert_eq!(count_words(1, 0, 3, es), "1 año y 3 días");
        assert_eq!(count_words(2, 1, 5, es), "2 años, 1 mes y 5 días");
        assert_eq!(count_words(2, 3, 4, es), "2 años, 3 meses y 4 días");
        assert_eq!(count_words(0, 1, 1, es), "1 mes y 1 día");
    }

    fn date(year: u16, month: u8, day: u8) -> CalendarDate {
        CalendarDate { year, month, day }
    }

    /// The next day, counted the slow way: an independent check on `day_number`.
    fn next_day(d: CalendarDate) -> CalendarDate {
        if d.day < days_in_month(d.year, d.month) {
            date(d.year, d.month, d.day + 1)
        } else if d.month < 12 {
            date(d.year, d.month + 1, 1)
        } else {
            date(d.year + 1, 1, 1)
        }
    }

    fn any_date() -> impl Strategy<Value = CalendarDate> {
        (1900u16..2200, 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, d)| date(y, m, d.min(days_in_month(y, m))))
    }

    #[test]
    fn known_day_numbers() {
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(2000, 3, 1)), 11_017);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        assert_eq!(from_day_number(20_418), date(2025, 11, 26));
    }

    #[test]
    fn day_numbers_agree_with_counting_day_by_day_for_thirty_years() {
        let mut day = date(1995, 1, 1);
        let mut number = day_number(day);
        for _ in 0..(366 * 30) {
            let next = next_day(day);
            assert!(next.is_valid());
            number += 1;
            assert_eq!(day_number(next), number, "{next:?}");
            assert_eq!(from_day_number(number), next);
            day = next;
        }
    }

    #[test]
    fn the_month_end_rule() {
        assert_eq!(add_months(date(2026, 1, 31), 1), date(2026, 2, 28));
        assert_eq!(add_months(date(2024, 1, 31), 1), date(2024, 2, 29));
        assert_eq!(add_months(date(2026, 1, 31), 2), date(2026, 3, 31));
        assert_eq!(add_months(date(2024, 2, 29), 12), date(2025, 2, 28));
        assert_eq!(add_months(date(2024, 2, 29), 48), date(2028, 2, 29));
        assert_eq!(add_months(date(2026, 11, 15), 3), date(2027, 2, 15));
    }

    #[test]
    fn clean_on_31_january_is_one_month_on_the_last_day_of_february() {
        let one_month = span(date(2026, 1, 31), date(2026, 2, 28));
        assert_eq!(
            one_month,
            Some(Span {
                years: 0,
                months: 1,
                days: 0,
                total_days: 28
            })
        );
        let next = span(date(2026, 1, 31), date(2026, 3, 1));
        assert_eq!(next.map(|s| (s.months, s.days)), Some((1, 1)));
        let leap = span(date(2024, 1, 31), date(2024, 2, 29));
        assert_eq!(leap.map(|s| (s.months, s.days)), Some((1, 0)));
    }

    #[test]
    fn a_leap_day_start_has_its_anniversary_on_28_february() {
        let year = span(date(2024, 2, 29), date(2025, 2, 28));
        assert_eq!(year.map(|s| (s.years, s.months, s.days)), Some((1, 0, 0)));
        let day_before = span(date(2024, 2, 29), date(2025, 2, 27));
        assert_eq!(
            day_before.map(|s| (s.years, s.months, s.days)),
            Some((0, 11, 29))
        );
    }

    #[test]
    fn a_future_date_has_no_span() {
        assert_eq!(span(date(2026, 11, 27), date(2026, 11, 26)), None);
        assert_eq!(
            span(date(2026, 11, 26), date(2026, 11, 26)).map(|s| s.total_days),
            Some(0)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn day_numbers_round_trip(d in any_date()) {
            prop_assert_eq!(from_day_number(day_number(d)), d);
            prop_assert_eq!(day_number(next_day(d)), day_number(d) + 1);
        }

        #[test]
        fn spans_add_back_up(start in any_date(), extra in 0i64..20_000) {
            let end = add_days(start, extra);
            let s = span(start, end).unwrap_or_else(|| panic!("no span"));
            // The parts rebuild the end date, and are as large as they can be.
            let months = s.years * 12 + s.months;
            prop_assert_eq!(add_days(add_months(start, months), i64::from(s.days)), end);
            prop_assert!(add_months(start, months + 1) > end);
            prop_assert!(s.days < 31);
            prop_assert_eq!(i64::from(s.total_days), extra);
        }

        #[test]
        fn adding_months_never_makes_an_invalid_date(start in any_date(), months in 0u32..1200) {
            let later = add_months(start, months);
            prop_assert!(later.is_valid());
            prop_assert!(later >= start);
        }
    }
}
