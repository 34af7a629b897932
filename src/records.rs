//! The person's records (the journal) for every page: loaded when a page first asks for them,
//! changed through storage so another tab's entries are kept, and kept in step with other tabs
//! through the `storage` event.

use crate::domain::journal::Journal;
use crate::domain::sources::CalendarDate;
use crate::storage::{self, JournalLoad, SaveError, StorageKey};
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
                problem: problem.to_string(),
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

    fn change_with(&self, change: &mut dyn FnMut(&mut Journal)) -> bool {
        match storage::update_journal(change) {
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
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        // Another tab saved, erased or imported: show what is stored now. `None` is "clear all".
        let key = event.key();
        let ours = key.is_none() || key.as_deref() == Some(StorageKey::Journal.name());
        if ours && records.loaded.get_value() {
            // The journal's code is a lazy part of the app (src/parts.rs).
            leptos::task::spawn_local(crate::parts::reload_records(records));
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

/// Today's date on this device's calendar: local time, so a day starts at the person's midnight.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
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

/// A new, never-reused id for a meeting: the time in milliseconds and a random part, so two
/// tabs adding at the same moment still get different ids.
pub fn new_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{millis:x}-{random:x}")
}
