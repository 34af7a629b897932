//! The privacy choices (quick exit, discreet mode), the check of a quick-exit address, the
//! Shift-three-times shortcut and neutral file names: plain Rust, tested natively.
//!
//! The choices are stored as plaintext JSON, never inside the passphrase lock: they apply
//! before anyone unlocks, and a stranger who opens the app must already see a discreet one.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where the quick-exit address goes when the person has not chosen one: a weather page, as
/// GOV.UK's "Exit this page" does. It looks ordinary on any screen.
pub const DEFAULT_EXIT_ADDRESS: &str = "https://www.bbc.co.uk/weather";

/// The most characters an exit address may have, counted as a person counts them.
pub const MAX_EXIT_ADDRESS_CHARS: usize = 300;

/// The browser tab's title on every page in discreet mode.
pub const DISCREET_TITLE: &str = "Notes";

/// How long three presses of Shift may take, from the first to the third, in milliseconds.
pub const SHIFT_WINDOW_MS: u64 = 5_000;

/// Where the quick-exit control shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitShows {
    EveryPage,
    Nowhere,
    /// On the tracker and the help page, where what is on screen is most personal. Also what
    /// a choice this version doesn't know reads as (serde's `other` must be the last variant).
    #[default]
    #[serde(other)]
    TrackerAndHelp,
}

impl ExitShows {
    /// Every choice, in the order Settings offers them.
    pub const ALL: [ExitShows; 3] = [
        ExitShows::TrackerAndHelp,
        ExitShows::EveryPage,
        ExitShows::Nowhere,
    ];

    /// Whether the control shows on `page`.
    pub fn on(self, page: &super::routes::Page) -> bool {
        use super::routes::Page;
        match self {
            ExitShows::TrackerAndHelp => matches!(page, Page::Tracker | Page::Help),
            ExitShows::EveryPage => true,
            ExitShows::Nowhere => false,
        }
    }

    /// The stored name, also the radio button's value.
    pub fn key(self) -> &'static str {
        match self {
            ExitShows::TrackerAndHelp => "tracker-and-help",
            ExitShows::EveryPage => "every-page",
            ExitShows::Nowhere => "nowhere",
        }
    }
}

/// The person's privacy choices. Every field has a default, so a value stored by an older
/// version, with fields missing or unknown, still reads; one that can't be read at all gives
/// the defaults ([`PrivacyPrefs::read`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrivacyPrefs {
    /// Where the quick-exit control shows.
    pub exit_shows: ExitShows,
    /// The person's own exit address, checked by [`check_exit_address`]; `None` for the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_to: Option<String>,
    /// Whether the person has been told, once, what the quick exit does and does not do.
    pub exit_told: bool,
    /// Discreet mode: a neutral tab title and file names, and no count on the home page.
    pub discreet: bool,
}

impl PrivacyPrefs {
    /// The choices stored as `text`; the defaults when nothing is stored or it can't be read.
    ///
    /// The browser reads the same text with its own `JSON.parse` and these same serde rules
    /// (`crate::privacy`): serde_json's reader would put 17 KB into the main wasm module.
    pub fn read(text: Option<&str>) -> PrivacyPrefs {
        PrivacyPrefs::checked(text.and_then(|text| serde_json::from_str(text).ok()))
    }

    /// What was read (`None` when nothing could be), made safe: the defaults for nothing, and
    /// an exit address that fails today's check is dropped, so the exit always works.
    pub fn checked(read: Option<PrivacyPrefs>) -> PrivacyPrefs {
        let mut prefs = read.unwrap_or_default();
        if prefs
            .exit_to
            .as_deref()
            .is_some_and(|to| check_exit_address(to) != Ok(Some(to.to_string())))
        {
            prefs.exit_to = None;
        }
        prefs
    }

    /// The text to store.
    pub fn to_json(&self) -> String {
        // A struct of strings and flags always serialises; the fallback is never used.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Where the quick exit goes.
    pub fn exit_address(&self) -> &str {
        self.exit_to.as_deref().unwrap_or(DEFAULT_EXIT_ADDRESS)
    }

    /// The browser tab's title for a page whose own title is `title`.
    pub fn title<'a>(&self, title: &'a str) -> &'a str {
        if self.discreet {
            DISCREET_TITLE
        } else {
            title
        }
    }
}

/// Stored texts and what they read as. Both readers are tested against these: serde_json's
/// natively, and the browser's (`JSON.parse` into the same serde rules, `crate::privacy::read`)
/// in `tests/web.rs`. (One difference is left out: a key given twice, which serde_json refuses
/// and `JSON.parse` reads as its last value. The app never writes one.)
pub fn reading_examples() -> Vec<(&'static str, PrivacyPrefs)> {
    let all = PrivacyPrefs {
        exit_shows: ExitShows::EveryPage,
        exit_to: Some("https://example.org/news".into()),
        exit_told: true,
        discreet: true,
    };
    let discreet = PrivacyPrefs {
        discreet: true,
        ..PrivacyPrefs::default()
    };
    let nowhere = PrivacyPrefs {
        exit_shows: ExitShows::Nowhere,
        ..PrivacyPrefs::default()
    };
    let unreadable = [
        "",
        "{",
        "null",
        "[]",
        "42",
        "\"text\"",
        "{\"discreet\":\"yes\"}",
        "{\"discreet\":1}",
        "{\"exit_shows\":3}",
        "{\"exit_to\":true}",
        "{\"discreet\":true,\"discreet\":false}",
    ];
    let mut examples: Vec<(&'static str, PrivacyPrefs)> = unreadable
        .into_iter()
        .map(|text| (text, PrivacyPrefs::default()))
        .collect();
    examples.extend([
        ("{}", PrivacyPrefs::default()),
        ("{\"discreet\":true}", discreet.clone()),
        (
            "{\"exit_shows\":\"every-page\",\"exit_to\":\"https://example.org/news\",\"exit_told\":true,\"discreet\":true}",
            all,
        ),
        // A choice this version doesn't know, and a field it doesn't, nested.
        (
            "{\"exit_shows\":\"on-tuesdays\",\"discreet\":true,\"lock\":{\"a\":[1,2.5,null,\"b\"]}}",
            discreet,
        ),
        ("{\"exit_shows\":\"nowhere\",\"exit_to\":null}", nowhere.clone()),
        // An address that would not pass today's check is dropped.
        ("{\"exit_shows\":\"nowhere\",\"exit_to\":\"javascript:alert(1)\"}", nowhere),
    ]);
    examples
}

/// Why an exit address was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    NotHttps,
    NoSite,
    Spaces,
    TooLong,
}

impl AddressError {
    /// Every reason, for the list of texts that need a translation (`domain::texts`).
    pub const ALL: [AddressError; 4] = [
        AddressError::NotHttps,
        AddressError::NoSite,
        AddressError::Spaces,
        AddressError::TooLong,
    ];

    /// The sentence that says why, in English: the view shows it in the page's language.
    pub fn sentence(&self) -> &'static str {
        match self {
            AddressError::NotHttps => "This address doesn't start with https://, so nothing was changed. Copy the whole address from your browser's address bar.",
            AddressError::NoSite => "This address has no site name after https://, so nothing was changed. Try one like https://www.bbc.co.uk/weather.",
            AddressError::Spaces => "This address has a space in it, so nothing was changed. Copy the address from your browser's address bar.",
            AddressError::TooLong => "This address is longer than 300 characters, so nothing was changed. Try a shorter one.",
        }
    }
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sentence())
    }
}

impl std::error::Error for AddressError {}

/// Checks an exit address typed by the person. An empty field means the default
/// (`Ok(None)`); otherwise an `https://` address with a site name, no spaces and at most
/// [`MAX_EXIT_ADDRESS_CHARS`] characters (`Ok(Some(address))`, without the spaces around it).
pub fn check_exit_address(typed: &str) -> Result<Option<String>, AddressError> {
    let address = typed.trim();
    if address.is_empty() {
        return Ok(None);
    }
    if address.chars().count() > MAX_EXIT_ADDRESS_CHARS {
        return Err(AddressError::TooLong);
    }
    if address.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(AddressError::Spaces);
    }
    let scheme = address
        .get(..8)
        .filter(|s| s.eq_ignore_ascii_case("https://"));
    let Some(rest) = scheme.and_then(|_| address.get(8..)) else {
        return Err(AddressError::NotHttps);
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // A site name: letters, digits, dots and hyphens (and a port), with a letter or digit.
    // No "user@": an address that puts a name before the site is harder to read at a glance.
    // Any letter beyond ASCII counts as a letter (Unicode's tables cost kilobytes of wasm).
    let (name, port) = host.split_once(':').unwrap_or((host, "0"));
    let letter = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii();
    let site = name.chars().any(letter)
        && name.chars().all(|c| letter(c) || c == '.' || c == '-')
        && !port.is_empty()
        && port.chars().all(|c| c.is_ascii_digit());
    if !site {
        return Err(AddressError::NoSite);
    }
    Ok(Some(address.to_string()))
}

/// One key pressed, as the Shift-three-times shortcut sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Shift, pressed anew (not the browser repeating a held key).
    Shift,
    /// A key held down, repeated by the browser: it neither counts nor resets.
    Repeat,
    /// Any other key.
    Other,
}

/// Counts presses of Shift: the third within [`SHIFT_WINDOW_MS`] of the first, with no
/// other key between them, means "exit now". Times are in milliseconds from any fixed point;
/// a time earlier than the last one (a clock set back) starts a new count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShiftPresses {
    /// When the first press of the current run was, and how many so far.
    run: Option<(u64, u8)>,
    last: u64,
}

impl ShiftPresses {
    /// Takes one key press at `at`; `true` when it is the third Shift of a run.
    pub fn press(&mut self, key: Key, at: u64) -> bool {
        match key {
            Key::Repeat => false,
            Key::Other => {
                self.run = None;
                false
            }
            Key::Shift => {
                // `first <= last <= at` within a run, so the subtraction can't underflow.
                let (first, count) = match self.run {
                    Some((first, count)) if at >= self.last && at - first <= SHIFT_WINDOW_MS => {
                        (first, count + 1)
                    }
                    _ => (at, 1),
                };
                self.last = at;
                self.run = (count < 3).then_some((first, count));
                count >= 3
            }
        }
    }
}

/// The name a downloaded file gets in discreet mode: nothing about recovery, only a date the
/// name had (so copies of different days stay apart) and its kind, named by `stems` (a note's
/// and a calendar event's, in the page's language). In English a backup
/// `peer-support-guide-2026-11-27.json` becomes `notes-2026-11-27.json`, and a calendar file
/// `next-milestone.ics` becomes `event.ics`.
pub fn neutral_file_name_in(name: &str, stems: (&str, &str)) -> String {
    // Only the kinds of file the app saves keep their extension.
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|ext| matches!(*ext, "json" | "ics"))
        .unwrap_or("txt");
    let stem = if extension == "ics" { stems.1 } else { stems.0 };
    let date = (0..name.len().saturating_sub(9))
        .filter_map(|at| name.get(at..at + 10))
        .find(|text| is_iso_date(text));
    let mut neutral = stem.to_string();
    if let Some(date) = date {
        neutral.push('-');
        neutral.push_str(date);
    }
    neutral.push('.');
    neutral.push_str(extension);
    neutral
}

/// `YYYY-MM-DD` in digits (whether it is a real day doesn't matter for a file name).
fn is_iso_date(text: &str) -> bool {
    text.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    }) && text.len() == 10
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::routes::Page;
    use proptest::prelude::*;

    /// A neutral file name as an English page makes it.
    fn neutral_file_name(name: &str) -> String {
        neutral_file_name_in(name, ("notes", "event"))
    }

    #[test]
    fn nothing_stored_gives_the_defaults() {
        let prefs = PrivacyPrefs::read(None);
        assert_eq!(prefs.exit_shows, ExitShows::TrackerAndHelp);
        assert_eq!(prefs.exit_address(), DEFAULT_EXIT_ADDRESS);
        assert!(!prefs.discreet && !prefs.exit_told);
    }

    #[test]
    fn every_reading_example_reads_as_it_says() {
        for (text, prefs) in reading_examples() {
            assert_eq!(PrivacyPrefs::read(Some(text)), prefs, "{text}");
        }
    }

    #[test]
    fn partial_older_and_garbled_values_read_safely() {
        assert_eq!(
            PrivacyPrefs::read(Some(r#"{"discreet":true}"#)),
            PrivacyPrefs {
                discreet: true,
                ..PrivacyPrefs::default()
            }
        );
        // A field a later version added, and a choice this version doesn't know.
        let newer = PrivacyPrefs::read(Some(
            r#"{"exit_shows":"on-tuesdays","discreet":true,"lock":"x"}"#,
        ));
        assert_eq!(newer.exit_shows, ExitShows::TrackerAndHelp);
        assert!(newer.discreet);
        for garbled in [
            "",
            "{",
            "null",
            "[]",
            "42",
            r#"{"discreet":"yes"}"#,
            "\u{0}",
        ] {
            assert_eq!(
                PrivacyPrefs::read(Some(garbled)),
                PrivacyPrefs::default(),
                "{garbled:?}"
            );
        }
    }

    #[test]
    fn a_stored_address_that_fails_the_check_is_dropped_so_the_exit_always_works() {
        let prefs = PrivacyPrefs::read(Some(r#"{"exit_to":"javascript:alert(1)"}"#));
        assert_eq!(prefs.exit_address(), DEFAULT_EXIT_ADDRESS);
        let prefs = PrivacyPrefs::read(Some(r#"{"exit_to":"https://example.org/news"}"#));
        assert_eq!(prefs.exit_address(), "https://example.org/news");
    }

    #[test]
    fn where_the_control_shows() {
        let pages = [
            Page::Home,
            Page::Groups,
            Page::Tracker,
            Page::Help,
            Page::Settings,
        ];
        let shown =
            |choice: ExitShows| -> Vec<bool> { pages.iter().map(|p| choice.on(p)).collect() };
        assert_eq!(
            shown(ExitShows::TrackerAndHelp),
            [false, false, true, true, false]
        );
        assert_eq!(shown(ExitShows::EveryPage), [true; 5]);
        assert_eq!(shown(ExitShows::Nowhere), [false; 5]);
        for choice in ExitShows::ALL {
            let json = PrivacyPrefs {
                exit_shows: choice,
                ..PrivacyPrefs::default()
            }
            .to_json();
            assert!(json.contains(choice.key()), "{json}");
        }
    }

    #[test]
    fn discreet_mode_names_every_tab_notes() {
        let mut prefs = PrivacyPrefs::default();
        assert_eq!(
            prefs.title("Track my milestones · Peer Support Guide"),
            "Track my milestones · Peer Support Guide"
        );
        prefs.discreet = true;
        assert_eq!(
            prefs.title("Track my milestones · Peer Support Guide"),
            "Notes"
        );
    }

    #[test]
    fn exit_addresses_are_checked() {
        let ok = |text: &str| check_exit_address(text);
        assert_eq!(ok(""), Ok(None));
        assert_eq!(ok("   "), Ok(None));
        assert_eq!(
            ok(" https://www.bbc.co.uk/weather "),
            Ok(Some(DEFAULT_EXIT_ADDRESS.into()))
        );
        assert_eq!(
            ok("HTTPS://example.org"),
            Ok(Some("HTTPS://example.org".into()))
        );
        assert_eq!(
            ok("https://example.org:8443/a?b#c"),
            Ok(Some("https://example.org:8443/a?b#c".into()))
        );
        assert_eq!(ok("http://example.org"), Err(AddressError::NotHttps));
        assert_eq!(ok("example.org"), Err(AddressError::NotHttps));
        assert_eq!(ok("javascript:alert(1)"), Err(AddressError::NotHttps));
        assert_eq!(ok("https:/"), Err(AddressError::NotHttps));
        assert_eq!(ok("https://"), Err(AddressError::NoSite));
        assert_eq!(ok("https:///weather"), Err(AddressError::NoSite));
        assert_eq!(ok("https://me@example.org"), Err(AddressError::NoSite));
        assert_eq!(ok("https://example.org:"), Err(AddressError::NoSite));
        assert_eq!(ok("https://exa mple.org"), Err(AddressError::Spaces));
        assert_eq!(ok("https://example.org/\tx"), Err(AddressError::Spaces));
        let long = format!("https://example.org/{}", "a".repeat(281));
        assert_eq!(ok(&long), Err(AddressError::TooLong));
        // Characters, not bytes: 300 letters of a non-Latin script still fit.
        let wide = format!("https://例え.jp/{}", "あ".repeat(300 - 14));
        assert_eq!(wide.chars().count(), 300);
        assert!(ok(&wide).is_ok());
        for error in [
            AddressError::NotHttps,
            AddressError::NoSite,
            AddressError::Spaces,
            AddressError::TooLong,
        ] {
            assert!(error.to_string().contains("nothing was changed"), "{error}");
        }
    }

    #[test]
    fn three_shifts_within_five_seconds_exit() {
        let mut presses = ShiftPresses::default();
        assert!(!presses.press(Key::Shift, 1_000));
        assert!(!presses.press(Key::Shift, 2_000));
        assert!(presses.press(Key::Shift, 3_000));
        // The count starts again after an exit.
        assert!(!presses.press(Key::Shift, 3_100));
    }

    #[test]
    fn another_key_resets_and_a_held_key_does_nothing() {
        let mut presses = ShiftPresses::default();
        presses.press(Key::Shift, 0);
        presses.press(Key::Shift, 10);
        presses.press(Key::Other, 20);
        assert!(!presses.press(Key::Shift, 30));
        assert!(!presses.press(Key::Repeat, 40));
        assert!(!presses.press(Key::Repeat, 50));
        assert!(!presses.press(Key::Shift, 60));
        assert!(presses.press(Key::Shift, 70));
    }

    #[test]
    fn slow_presses_or_a_clock_set_back_start_a_new_count() {
        let mut presses = ShiftPresses::default();
        presses.press(Key::Shift, 0);
        presses.press(Key::Shift, 4_000);
        // 5.5 s after the first: this is the first of a new run.
        assert!(!presses.press(Key::Shift, 5_500));
        assert!(!presses.press(Key::Shift, 6_000));
        assert!(presses.press(Key::Shift, 6_500));
        let mut presses = ShiftPresses::default();
        presses.press(Key::Shift, 10_000);
        presses.press(Key::Shift, 10_100);
        assert!(!presses.press(Key::Shift, 50));
        assert!(!presses.press(Key::Shift, 60));
        assert!(presses.press(Key::Shift, 70));
    }

    #[test]
    fn file_names_are_neutral_in_discreet_mode() {
        assert_eq!(
            neutral_file_name("peer-support-guide-2026-11-27.json"),
            "notes-2026-11-27.json"
        );
        assert_eq!(
            neutral_file_name("peer-support-guide-set-aside-2026-01-02.json"),
            "notes-2026-01-02.json"
        );
        assert_eq!(
            neutral_file_name("peer-support-guide-set-aside-undated.json"),
            "notes.json"
        );
        assert_eq!(
            neutral_file_name("peer-support-guide-damaged-records.json"),
            "notes.json"
        );
        assert_eq!(neutral_file_name("next-milestone.ics"), "event.ics");
        assert_eq!(neutral_file_name("meeting-reminder.ics"), "event.ics");
        assert_eq!(neutral_file_name("no extension"), "notes.txt");
        // On a Spanish page the stems are Spanish, and a Spanish name keeps only its date.
        let spanish = ("notas", "evento");
        assert_eq!(
            neutral_file_name_in("peer-support-guide-copia-2026-11-27.json", spanish),
            "notas-2026-11-27.json"
        );
        assert_eq!(
            neutral_file_name_in("peer-support-guide-guardado-aparte-sin-fecha.json", spanish),
            "notas.json"
        );
        assert_eq!(
            neutral_file_name_in("next-milestone.ics", spanish),
            "evento.ics"
        );
    }

    proptest! {
        #[test]
        fn any_stored_text_reads_without_panicking_and_a_written_value_reads_back(
            text in ".{0,80}",
            shows in 0usize..3,
            to in prop::option::of("[a-z]{1,12}\\.(org|com)(/[a-z0-9]{0,10})?"),
            told: bool,
            discreet: bool,
        ) {
            let _ = PrivacyPrefs::read(Some(&text));
            let prefs = PrivacyPrefs {
                exit_shows: ExitShows::ALL[shows],
                exit_to: to.map(|to| format!("https://{to}")),
                exit_told: told,
                discreet,
            };
            prop_assert_eq!(PrivacyPrefs::read(Some(&prefs.to_json())), prefs);
        }

        #[test]
        fn an_accepted_address_is_short_https_with_no_spaces_and_stays_accepted(text in "\\PC{0,40}|https://\\PC{0,40}") {
            if let Ok(Some(address)) = check_exit_address(&text) {
                prop_assert!(address.to_ascii_lowercase().starts_with("https://"));
                prop_assert!(address.len() > 8);
                prop_assert!(!address.chars().any(char::is_whitespace));
                prop_assert!(address.chars().count() <= MAX_EXIT_ADDRESS_CHARS);
                prop_assert_eq!(check_exit_address(&address), Ok(Some(address.clone())));
            }
        }

        #[test]
        fn a_run_exits_only_on_three_shifts_with_nothing_between(
            keys in prop::collection::vec((0u8..3, 0u64..3_000), 0..30),
        ) {
            let mut presses = ShiftPresses::default();
            let (mut at, mut run) = (0u64, Vec::<u64>::new());
            for (kind, gap) in keys {
                at += gap;
                let key = [Key::Shift, Key::Repeat, Key::Other][usize::from(kind)];
                let exited = presses.press(key, at);
                // A model: the Shift presses since the last other key, exit or slow press.
                match key {
                    Key::Shift => {
                        if run.first().is_some_and(|first| at - first > SHIFT_WINDOW_MS) {
                            run.clear();
                        }
                        run.push(at);
                    }
                    Key::Other => run.clear(),
                    Key::Repeat => {}
                }
                prop_assert_eq!(exited, run.len() == 3);
                if exited {
                    run.clear();
                }
            }
        }

        #[test]
        fn a_neutral_file_name_names_nothing_about_recovery(name in "[a-z0-9 .-]{0,60}") {
            let neutral = neutral_file_name(&format!("peer-support-guide-{name}"));
            prop_assert!(neutral.starts_with("notes") || neutral.starts_with("event"));
            prop_assert!(neutral.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'));
            for word in ["peer", "support", "guide", "milestone", "meeting", "recovery"] {
                prop_assert!(!neutral.contains(word), "{}", neutral);
            }
        }
    }
}
