//! The one place that touches localStorage: typed keys, safe reads and writes, plain-word errors.

use crate::domain::journal::{ImportError, Journal};
use std::fmt;
use wasm_bindgen::JsCast;

/// Every key the app stores under. Names carry a prefix so they never clash with another app on
/// the same origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The groups a person saved to their list, as slugs separated by commas.
    Favourites,
    /// The milestone tracker's journal, as a backup-format JSON text (see `domain::journal`).
    Journal,
    /// Stored journal text that could not be read, set aside by "start fresh" so it is never lost.
    DamagedJournal,
    /// The choice wizard's step and answers, so it can be resumed: `step` on the first line,
    /// then the answers (see `domain::wizard::Answers::encode`).
    WizardAnswers,
}

impl StorageKey {
    /// The localStorage key.
    pub fn name(self) -> &'static str {
        match self {
            StorageKey::Favourites => "peer-support-guide.favourites",
            StorageKey::WizardAnswers => "peer-support-guide.wizard",
            StorageKey::Journal => "peer-support-guide.journal",
            StorageKey::DamagedJournal => "peer-support-guide.journal.damaged",
        }
    }
}

/// Why reading or saving did not work, said so a person can act on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives this page no storage (some private modes, or storage turned off).
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// Anything else the browser reported.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser isn't letting the app save anything, so changes will be gone when you close it. Private browsing can cause this.",
            ),
            StorageError::Full => f.write_str(
                "This browser's storage for the app is full, so the change wasn't saved. What was saved before is still there.",
            ),
            StorageError::Failed(detail) => write!(
                f,
                "The browser couldn't save this change, so nothing was changed. ({detail})"
            ),
        }
    }
}

impl std::error::Error for StorageError {}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

fn from_js(error: wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        // Browsers name a full quota differently; Firefox used its own name for years.
        Some(exception)
            if exception.name() == "QuotaExceededError"
                || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED" =>
        {
            StorageError::Full
        }
        Some(exception) => StorageError::Failed(exception.message()),
        None => StorageError::Failed(format!("{error:?}")),
    }
}

/// The text stored under `key`, or `None` if nothing is stored yet.
pub fn read(key: StorageKey) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key.name()).map_err(from_js)
}

/// Stores `value` under `key`. On failure the value stored before stays as it was.
pub fn write(key: StorageKey, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key.name(), value)
        .map_err(from_js)
}

/// Removes whatever is stored under `key`.
pub fn remove(key: StorageKey) -> Result<(), StorageError> {
    local_storage()?.remove_item(key.name()).map_err(from_js)
}

/// What loading the journal found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalLoad {
    /// Nothing stored yet.
    Empty,
    Loaded(Journal),
    /// Stored text that can't be read. It stays where it is, untouched, until the person
    /// exports it or chooses to start fresh.
    Damaged {
        raw: String,
        problem: ImportError,
    },
}

/// Reads the journal. Never writes: a failed load leaves the stored text exactly as it was.
pub fn load_journal() -> Result<JournalLoad, StorageError> {
    Ok(match read(StorageKey::Journal)? {
        None => JournalLoad::Empty,
        Some(raw) => match Journal::from_json(&raw) {
            Ok(journal) => JournalLoad::Loaded(journal),
            Err(problem) => JournalLoad::Damaged { raw, problem },
        },
    })
}

/// Why the journal was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Storage(StorageError),
    /// Damaged text is stored; saving would overwrite it. The person must first export it or
    /// set it aside with [`set_aside_damaged_journal`].
    WouldOverwriteDamaged,
    /// The change would break one of the journal's limits, so the records would not read
    /// back; nothing was saved.
    WouldNotReadBack(ImportError),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Storage(error) => error.fmt(f),
            SaveError::WouldOverwriteDamaged => f.write_str(
                "Your saved records couldn't be read, so nothing new was saved over them. Export them first, or choose to start fresh.",
            ),
            SaveError::WouldNotReadBack(ImportError::TooLarge { .. }) => f.write_str(
                "This change wasn't saved: your records would be over the 5 MB the app can keep. Export a backup, then remove some old meetings or notes.",
            ),
            SaveError::WouldNotReadBack(ImportError::BadField { field, problem }) => write!(
                f,
                "This change wasn't saved, because {field} {problem}. Shorten or remove it, then try again. Nothing else was changed."
            ),
            SaveError::WouldNotReadBack(_) => f.write_str(
                "This change wasn't saved, because the records would not read back. Nothing was changed.",
            ),
        }
    }
}

/// Saves the journal, unless that would overwrite stored text that couldn't be read.
pub fn save_journal(journal: &Journal) -> Result<(), SaveError> {
    update_journal(&mut |stored| *stored = journal.clone()).map(|_| ())
}

/// The keys set-aside copies live under: the first "Start fresh" uses the plain key, each later
/// one the next free numbered key, so an earlier copy is never written over.
fn damaged_keys() -> impl Iterator<Item = String> {
    let base = StorageKey::DamagedJournal.name();
    std::iter::once(base.to_string()).chain((2..=1_000).map(move |n| format!("{base}.{n}")))
}

/// Every set-aside copy of damaged records, oldest first, with the key it is kept under.
pub fn set_aside_copies() -> Result<Vec<(String, String)>, StorageError> {
    let storage = local_storage()?;
    let mut copies = Vec::new();
    // Copies are only ever added at the next free key (and erased all at once), so they end
    // at the first key with nothing under it.
    for key in damaged_keys() {
        match storage.get_item(&key).map_err(from_js)? {
            Some(text) => copies.push((key, text)),
            None => break,
        }
    }
    Ok(copies)
}

/// "Start fresh": moves damaged journal text to a key of its own (kept, never deleted or
/// written over here) and clears the journal so new records can be saved.
pub fn set_aside_damaged_journal() -> Result<(), StorageError> {
    if let Some(raw) = read(StorageKey::Journal)? {
        let taken = set_aside_copies()?.len();
        // A thousand copies set aside: say storage is full rather than write over one.
        let key = damaged_keys().nth(taken).ok_or(StorageError::Full)?;
        local_storage()?.set_item(&key, &raw).map_err(from_js)?;
    }
    remove(StorageKey::Journal)
}

/// Changes the journal as stored now, not as this page last saw it, and saves the result.
///
/// Reading afresh means a meeting another tab added a moment ago is kept: each change applies
/// to the latest copy, never replacing a whole list with an older one.
///
/// `change` is a `dyn` closure so the body below is in the wasm once, not once per caller.
pub fn update_journal(change: &mut dyn FnMut(&mut Journal)) -> Result<Journal, SaveError> {
    let mut journal = match load_journal().map_err(SaveError::Storage)? {
        JournalLoad::Empty => Journal::default(),
        JournalLoad::Loaded(journal) => journal,
        JournalLoad::Damaged { .. } => return Err(SaveError::WouldOverwriteDamaged),
    };
    change(&mut journal);
    // Nothing is saved unless it reads back: a write past a limit changes nothing.
    let text = journal
        .to_checked_json()
        .map_err(SaveError::WouldNotReadBack)?;
    write(StorageKey::Journal, &text).map_err(SaveError::Storage)?;
    Ok(journal)
}

/// "Erase everything": every key the app stores, damaged text set aside included.
pub fn erase_everything() -> Result<(), StorageError> {
    for key in [
        StorageKey::Journal,
        StorageKey::Favourites,
        StorageKey::WizardAnswers,
    ] {
        remove(key)?;
    }
    let storage = local_storage()?;
    for (key, _) in set_aside_copies()? {
        storage.remove_item(&key).map_err(from_js)?;
    }
    Ok(())
}
