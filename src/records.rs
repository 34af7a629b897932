//! The person's records (the journal) for every page: loaded when a page first asks for them,
//! changed through storage so another tab's entries are kept, and kept in step with other tabs
//! through the `storage` event.

use crate::domain::checkins::CheckIn;
use crate::domain::journal::{Journal, Meeting};
use crate::domain::sources::CalendarDate;
use crate::storage::{self, JournalLoad, SaveError};
use leptos::prelude::*;

/// Stored records that could not be read: the raw text and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub raw: String,
    pub problem: String,
}

/// The journal as last loaded or saved, and what went wrong, if anything.
#[derive(Clone, Copy)]
pub struct Records {
    pub journal: RwSignal<Journal>,
    /// Set while the stored text can't be read; nothing is saved over it until the person
    /// exports it or starts fresh.
    pub damaged: RwSignal<Option<Damaged>>,
    /// A sentence for the person when the last change could not be saved.
    pub problem: RwSignal<Option<String>>,
    /// Whether the stored journal has been read yet: pages that never show it don't read it.
    loaded: StoredValue<bool>,
}

impl Records {
    fn new() -> Records {
        Records {
            journal: RwSignal::new(Journal::default()),
            damaged: RwSignal::new(None),
            problem: RwSignal::new(None),
            loaded: StoredValue::new(false),
        }
    }

    fn load_once(&self) {
        if !self.loaded.get_value() {
            self.loaded.set_value(true);
            self.reload();
        }
    }

    /// Reads the stored journal again (on start, or when another tab changed it).
    pub fn reload(&self) {
        match storage::load_journal() {
            Ok(JournalLoad::Empty) => {
                self.damaged.set(None);
                self.journal.set(Journal::default());
            }
            Ok(JournalLoad::Loaded(journal)) => {
                self.damaged.set(None);
                self.journal.set(journal);
            }
            Ok(JournalLoad::Damaged { raw, problem }) => self.damaged.set(Some(Damaged {
                raw,
                problem: storage::said_import(&problem),
            })),
            Err(error) => self.problem.set(Some(error.to_string())),
        }
    }

    /// Applies `change` to the latest stored journal and saves it. Returns whether it was saved;
    /// if not, [`Records::problem`] says why and nothing stored was changed.
    pub fn change(&self, change: impl FnOnce(&mut Journal)) -> bool {
        let mut change = Some(change);
        self.change_with(&mut |journal| {
            if let Some(change) = change.take() {
                change(journal);
            }
        })
    }

    /// Saves a meeting, new or changed (see [`storage::save_meeting`]). Returns whether it was
    /// saved, as [`Records::change`] does.
    pub fn save_meeting(&self, meeting: Meeting) -> bool {
        self.show_saved(storage::save_meeting(meeting))
    }

    /// Saves one day's check-in (see [`storage::save_check_in`]). Returns whether it was
    /// saved, as [`Records::change`] does.
    pub fn save_check_in(&self, check_in: CheckIn) -> bool {
        self.show_saved(storage::save_check_in(check_in))
    }

    fn change_with(&self, change: &mut dyn FnMut(&mut Journal)) -> bool {
        self.show_saved(storage::update_journal(change))
    }

    /// Shows the records as saved, or says why they weren't.
    fn show_saved(&self, saved: Result<Journal, SaveError>) -> bool {
        match saved {
            Ok(journal) => {
                self.problem.set(None);
                self.journal.set(journal);
                true
            }
            Err(error) => {
                if error == SaveError::WouldOverwriteDamaged {
                    self.reload();
                }
                self.problem.set(Some(error.to_string()));
                false
            }
        }
    }
}

/// Makes the records available to every page; they are read from storage on first use.
pub fn provide_records() {
    let records = Records::new();
    let reload_pending = StoredValue::new(false);
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        // Another tab saved, erased or imported: show what is stored now. `None` is "clear all".
        let key = event.key();
        let ours = key.is_none_or(|key| crate::storage::is_journal_key(&key));
        // A whole write removes up to a hundred recent meetings' keys, an event each: the
        // records are read once for the lot, a moment after the first.
        if ours && records.loaded.get_value() && !reload_pending.get_value() {
            reload_pending.set_value(true);
            let reload = move || {
                reload_pending.set_value(false);
                // The journal's code is a lazy part of the app (src/parts.rs).
                leptos::task::spawn_local(crate::parts::reload_records(records));
            };
            set_timeout(reload, std::time::Duration::from_millis(50));
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(records);
}

/// The records, from any page, read from storage the first time any page asks.
pub fn use_records() -> Records {
    let records = use_context::<Records>().unwrap_or_else(|| {
        // Only a component rendered outside <App> gets here: give it the stored records.
        provide_records();
        use_context::<Records>().unwrap_or_else(Records::new)
    });
    records.load_once();
    records
}

/// Now, in milliseconds since 1970 (0 if the clock makes no sense).
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Today's date on this device's calendar: local time, so a day starts at the person's midnight.
pub fn today() -> CalendarDate {
    date_of(&js_sys::Date::new_0())
}

/// The day `ms` (milliseconds since 1970) falls on, on this device's calendar.
pub fn date_at(ms: u64) -> CalendarDate {
    date_of(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        ms as f64,
    )))
}

fn date_of(now: &js_sys::Date) -> CalendarDate {
    let date = CalendarDate {
        year: u16::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    };
    // A clock that makes no sense must not break the page.
    if date.is_valid() {
        date
    } else {
        CalendarDate {
            year: 2026,
            month: 1,
            day: 1,
        }
    }
}

/// Today's date, kept current while a page is open: it moves on at the next midnight (a timer),
/// and when the person comes back to the page (focus, or the tab shown again), since a timer
/// may not run while a phone sleeps.
pub fn use_today() -> Signal<CalendarDate> {
    let today = RwSignal::new(today());
    let refresh = move |_| {
        let now = crate::records::today();
        if today.get_untracked() != now {
            today.set(now);
        }
    };
    // `visibilitychange` is fired at the document and bubbles up to the window.
    let listeners = [
        window_event_listener_untyped("focus", refresh),
        window_event_listener_untyped("visibilitychange", refresh),
    ];
    let midnight = StoredValue::new(None);
    arm_midnight(today, midnight);
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Some(timer) = midnight.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    });
    today.into()
}

/// Sets `today` again just after the coming midnight, and after each midnight from then on.
fn arm_midnight(today: RwSignal<CalendarDate>, midnight: StoredValue<Option<TimeoutHandle>>) {
    let now = js_sys::Date::new_0();
    let next = js_sys::Date::new_with_year_month_day(
        now.get_full_year(),
        i32::try_from(now.get_month()).unwrap_or(0),
        i32::try_from(now.get_date() + 1).unwrap_or(1),
    );
    // A second past midnight, so the clock surely reads the new day; at least a second, so a
    // clock that makes no sense can't make a busy loop.
    let wait = (next.get_time() - now.get_time()).clamp(0.0, 86_400_000.0) as u64 + 1_000;
    let timer = set_timeout_with_handle(
        move || {
            // Nothing to do once the page has gone.
            if today.try_set(crate::records::today()).is_none() {
                arm_midnight(today, midnight);
            }
        },
        std::time::Duration::from_millis(wait),
    );
    midnight.try_set_value(timer.ok());
}

/// A new, never-reused id for a meeting: the time in milliseconds and a random part, so two
/// tabs adding at the same moment still get different ids.
pub fn new_id() -> String {
    let millis = now_ms();
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{millis:x}-{random:x}")
}
