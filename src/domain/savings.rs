//! Money and time saved since a counter's start date: whole-number sums in hundredths of the
//! currency's unit and in hours, so they are exact and cost no float formatting in wasm.
//! The page formats money with the browser's `Intl.NumberFormat` in the person's currency.

use super::dates::days_between;
use super::journal::{limits, Counter, Per};
use super::sources::CalendarDate;

/// What a counter's savings come to on a day: each is `None` unless the person set it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// In hundredths of the currency's unit, with the currency's code.
    pub money: Option<(u64, String)>,
    /// Whole hours.
    pub hours: Option<u64>,
}

/// The days counted for savings: from the start date up to `today`, never fewer than none
/// (a clock set back before the start saves nothing, and never a negative sum).
fn days_since(counter: &Counter, today: CalendarDate) -> Option<u64> {
    let start = counter.start?;
    u64::try_from(days_between(start, today)).ok()
}

/// Money saved over `days`: the daily cost times the days. A weekly cost is a seventh of it a
/// day; the sum is rounded down to whole hundredths, so it never claims more than was saved.
pub fn money_over(hundredths: u64, per: Per, days: u64) -> u64 {
    let total = u128::from(hundredths) * u128::from(days);
    let total = match per {
        Per::Day => total,
        Per::Week => total / 7,
    };
    u64::try_from(total).unwrap_or(u64::MAX)
}

/// Whole hours saved over `days` at `hours_per_week`, rounded down.
pub fn hours_over(hours_per_week: u16, days: u64) -> u64 {
    u64::from(hours_per_week).saturating_mul(days) / 7
}

/// What the counter has saved by `today`, for what the person has set.
pub fn saved(counter: &Counter, today: CalendarDate) -> Saved {
    let Some(days) = days_since(counter, today) else {
        return Saved::default();
    };
    Saved {
        money: counter.cost.as_ref().map(|cost| {
            (
                money_over(cost.hundredths, cost.per, days),
                cost.currency.clone(),
            )
        }),
        hours: counter.hours_per_week.map(|hours| hours_over(hours, days)),
    }
}

/// Why a typed amount can't be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Not a number as people write money.
    NotAmount,
    /// More than the journal keeps ([`limits::MAX_COST_HUNDREDTHS`]).
    TooLarge,
}

/// A typed amount as hundredths: "12", "12.5", "12.50", "1,200.75", "1.200,75", "1 200" or
/// "1,50,000". The last "." or "," with one or two digits after it is the decimal mark; the
/// others separate groups of digits, all with the same mark, the last group three digits and
/// the others two or three. Anything else ("1,2,3", "12.34.56", "$12") is refused.
pub fn parse_amount(text: &str) -> Result<u64, AmountError> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let mark = text
        .rfind(['.', ','])
        .filter(|at| (1..=2).contains(&(text.len() - at - 1)));
    let (whole, fraction) = match mark {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text.as_str(), ""),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let groups: Vec<&str> = whole.split(['.', ',']).collect();
    let one_separator = !(whole.contains('.') && whole.contains(','));
    let grouped = match groups.as_slice() {
        [] | [""] => !fraction.is_empty(),
        [only] => digits(only),
        [first, middle @ .., last] => {
            one_separator
                && digits(first)
                && first.len() <= 3
                && middle
                    .iter()
                    .all(|g| digits(g) && (2..=3).contains(&g.len()))
                && digits(last)
                && last.len() == 3
        }
    };
    if !grouped || !(fraction.is_empty() || digits(fraction)) {
        return Err(AmountError::NotAmount);
    }
    let whole: String = groups.concat();
    if whole.len() > 15 {
        return Err(AmountError::TooLarge);
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| AmountError::NotAmount)?
    };
    let cents: u64 = match fraction.len() {
        0 => 0,
        1 => {
            fraction
                .parse::<u64>()
                .map_err(|_| AmountError::NotAmount)?
                * 10
        }
        _ => fraction.parse().map_err(|_| AmountError::NotAmount)?,
    };
    let total = whole.checked_mul(100).and_then(|w| w.checked_add(cents));
    match total {
        Some(total) if total <= limits::MAX_COST_HUNDREDTHS => Ok(total),
        _ => Err(AmountError::TooLarge),
    }
}

/// The currency a device's language tag suggests ("en-GB" → "GBP"), from its region; "USD"
/// when the tag names no region this table knows. The person can always change it.
pub fn currency_for(language: &str) -> &'static str {
    const BY_REGION: &[(&str, &str)] = &[
        ("AR", "ARS"),
        ("AU", "AUD"),
        ("BO", "BOB"),
        ("BR", "BRL"),
        ("CA", "CAD"),
        ("CH", "CHF"),
        ("CL", "CLP"),
        ("CO", "COP"),
        ("CR", "CRC"),
        ("CU", "CUP"),
        ("DK", "DKK"),
        ("DO", "DOP"),
        ("GB", "GBP"),
        ("GT", "GTQ"),
        ("HN", "HNL"),
        ("IE", "EUR"),
        ("IN", "INR"),
        ("JP", "JPY"),
        ("MX", "MXN"),
        ("NI", "NIO"),
        ("NO", "NOK"),
        ("NZ", "NZD"),
        ("PA", "USD"),
        ("PE", "PEN"),
        ("PH", "PHP"),
        ("PR", "USD"),
        ("PY", "PYG"),
        ("SE", "SEK"),
        ("SV", "USD"),
        ("US", "USD"),
        ("UY", "UYU"),
        ("VE", "VES"),
        ("ZA", "ZAR"),
    ];
    const EURO: &[&str] = &[
        "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IT", "LT", "LU", "LV", "MT",
        "NL", "PT", "SI", "SK",
    ];
    let region = language
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2)
        .map(str::to_ascii_uppercase)
        .unwrap_or_default();
    if EURO.contains(&region.as_str()) {
        return "EUR";
    }
    BY_REGION
        .iter()
        .find(|(r, _)| *r == region)
        .map_or("USD", |(_, code)| code)
}

/// A currency code as typed, if it is one the journal keeps: three letters, in capitals.
pub fn currency_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::add_days;
    use crate::domain::journal::Cost;
    use proptest::prelude::*;

    const START: CalendarDate = CalendarDate {
        year: 2026,
        month: 11,
        day: 1,
    };

    fn counter(cost: Option<(u64, Per)>, hours: Option<u16>) -> Counter {
        Counter {
            id: "c".into(),
            start: Some(START),
            cost: cost.map(|(hundredths, per)| Cost {
                hundredths,
                per,
                currency: "USD".into(),
            }),
            hours_per_week: hours,
            ..Counter::default()
        }
    }

    #[test]
    fn a_week_saves_seven_days_of_cost_and_nothing_shows_unless_set() {
        let week = add_days(START, 7);
        let daily = counter(Some((1_500, Per::Day)), Some(10));
        assert_eq!(
            saved(&daily, week),
            Saved {
                money: Some((10_500, "USD".into())),
                hours: Some(10),
            }
        );
        let weekly = counter(Some((7_000, Per::Week)), None);
        assert_eq!(saved(&weekly, week).money, Some((7_000, "USD".into())));
        assert_eq!(
            saved(&weekly, add_days(START, 3)).money,
            Some((3_000, "USD".into()))
        );
        assert_eq!(saved(&counter(None, None), week), Saved::default());
        // The start day itself, and a clock set back before it, save nothing yet.
        assert_eq!(saved(&daily, START).money, Some((0, "USD".into())));
        assert_eq!(saved(&daily, add_days(START, -3)), Saved::default());
        // No start date, no sum.
        let unstarted = Counter {
            start: None,
            ..daily
        };
        assert_eq!(saved(&unstarted, week), Saved::default());
    }

    #[test]
    fn amounts_read_as_people_type_them() {
        let cases = [
            ("12", Some(1_200)),
            ("12.5", Some(1_250)),
            ("12.50", Some(1_250)),
            ("12,50", Some(1_250)),
            ("1,5", Some(150)),
            ("0,99", Some(99)),
            ("1,200", Some(120_000)),
            ("1.000", Some(100_000)),
            ("1,200.75", Some(120_075)),
            ("1.200,75", Some(120_075)),
            ("1 200", Some(120_000)),
            ("1,50,000", Some(15_000_000)),
            ("1.500.000", Some(150_000_000)),
            (" 0.99 ", Some(99)),
            (".5", Some(50)),
            ("0", Some(0)),
            ("10000000000", Some(limits::MAX_COST_HUNDREDTHS)),
            ("", None),
            ("-5", None),
            ("12.345", Some(1_234_500)),
            ("five", None),
            ("1e3", None),
            ("$12", None),
            (".", None),
            ("1,2,3", None),
            ("12.34.56", None),
            ("1.000,000.5", None),
            ("1,0000", None),
            ("1000,000", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_amount(text).ok(), expected, "{text:?}");
        }
    }

    #[test]
    fn a_device_language_suggests_its_currency() {
        for (language, code) in [
            ("en-US", "USD"),
            ("en-GB", "GBP"),
            ("es-MX", "MXN"),
            ("es-ES", "EUR"),
            ("es-419", "USD"),
            ("es", "USD"),
            ("de-DE", "EUR"),
            ("en-IE", "EUR"),
            ("fr-CA", "CAD"),
            ("zh-Hant-TW", "USD"),
            ("", "USD"),
        ] {
            assert_eq!(currency_for(language), code, "{language}");
        }
        assert_eq!(parse_amount("10000000000.01"), Err(AmountError::TooLarge));
        assert_eq!(
            parse_amount("99999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(currency_code(" eur "), Some("EUR".into()));
        assert_eq!(currency_code("euro"), None);
        assert_eq!(currency_code("€"), None);
        assert_eq!(currency_code("U5D"), None);
    }

    proptest! {
        /// Money saved is the days times the daily amount, for every cost and every span up
        /// to 200 years; a weekly cost is a seventh of it a day, rounded down, never up.
        #[test]
        fn money_saved_is_days_times_the_daily_amount(
            hundredths in 0u64..=crate::domain::journal::limits::MAX_COST_HUNDREDTHS,
            days in 0i64..73_000,
            weekly in any::<bool>(),
            hours in 0u16..=168,
        ) {
            let per = if weekly { Per::Week } else { Per::Day };
            let today = add_days(START, days);
            let got = saved(&counter(Some((hundredths, per)), Some(hours)), today);
            let days = days as u128;
            let (money, _) = got.money.unwrap_or_default();
            let money = u128::from(money);
            match per {
                Per::Day => prop_assert_eq!(money, days * u128::from(hundredths)),
                Per::Week => {
                    prop_assert!(money * 7 <= days * u128::from(hundredths));
                    prop_assert!(days * u128::from(hundredths) < money * 7 + 7);
                }
            }
            let got_hours = u128::from(got.hours.unwrap_or_default());
            prop_assert!(got_hours * 7 <= days * u128::from(hours));
            prop_assert!(days * u128::from(hours) < got_hours * 7 + 7);
        }

        /// Whatever is typed, reading it never panics, and an amount it reads prints back as
        /// the same amount.
        #[test]
        fn any_typed_amount_is_read_or_refused(text in "[0-9 ,.a-z-]{0,16}") {
            if let Ok(hundredths) = parse_amount(&text) {
                prop_assert!(hundredths <= crate::domain::journal::limits::MAX_COST_HUNDREDTHS);
                let again = format!("{}.{:02}", hundredths / 100, hundredths % 100);
                prop_assert_eq!(parse_amount(&again), Ok(hundredths));
            }
        }
    }
}
