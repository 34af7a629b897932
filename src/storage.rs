//! The one place that touches localStorage: typed keys, safe reads and writes, plain-word errors.

use crate::domain::checkins::{self, CheckIn};
use crate::domain::favourites;
use crate::domain::journal::limits::MAX_BYTES;
use crate::domain::journal::{Counter, ImportError, Journal, Meeting};
use crate::domain::lock::is_private;
use crate::lock::{self, Mode};
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::JsCast;

// What every key the app stores under starts with, so they never clash with another app on the
// same origin: spelled once, in `domain::lock`, which sorts keys by it.
use crate::domain::lock::APP_PREFIX;

/// Every key the app stores under. Names carry [`APP_PREFIX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The groups a person saved to their list, as slugs separated by commas: how the list was
    /// kept before each saved group had a key of its own (see [`saved_groups`]). Read, and moved
    /// to the new keys on the next change.
    Favourites,
    /// The milestone tracker's journal, as a backup-format JSON text (see `domain::journal`).
    Journal,
    /// How meetings added since the journal was last written whole were kept before each had
    /// a key of its own (see [`save_meeting`]): all under this one key, in the journal's format.
    /// Still read, and emptied by the next whole write.
    RecentMeetings,
    /// Stored journal text that could not be read, set aside by "start fresh" so it is never lost.
    DamagedJournal,
    /// The choice wizard's step and answers, so it can be resumed: `step` on the first line,
    /// then the answers (see `domain::wizard::Answers::encode`).
    WizardAnswers,
    /// The privacy choices (quick exit, discreet mode): never encrypted, since they apply
    /// before anyone unlocks (see `domain::privacy`).
    Privacy,
    /// With a passphrase lock set, every other record, encrypted as one envelope (see
    /// `domain::lock`).
    Locked,
}

impl StorageKey {
    /// The localStorage key.
    pub fn name(self) -> &'static str {
        match self {
            StorageKey::Favourites => "peer-support-guide.favourites",
            StorageKey::WizardAnswers => "peer-support-guide.wizard",
            StorageKey::Journal => "peer-support-guide.journal",
            StorageKey::RecentMeetings => "peer-support-guide.journal.recent",
            StorageKey::DamagedJournal => "peer-support-guide.journal.damaged",
            StorageKey::Privacy => crate::domain::lock::PRIVACY_KEY,
            StorageKey::Locked => crate::domain::lock::LOCKED_KEY,
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
    /// A passphrase lock is set and this tab hasn't opened it.
    Locked,
}

/// Said in the page's language: the errors below are shown with `to_string()` wherever they
/// happen.
impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::{t, tf};
        match self {
            StorageError::Unavailable => f.write_str(t(
                "This browser isn't letting the app save anything, so changes will be gone when you close it. Private browsing can cause this.",
            )),
            StorageError::Full => f.write_str(t(
                "This browser's storage for the app is full, so the change wasn't saved. What was saved before is still there.",
            )),
            StorageError::Locked => f.write_str(t(
                "Your records are locked, so this wasn't saved. Open Milestones or Your data and enter your passphrase first.",
            )),
            StorageError::Failed(detail) => f.write_str(&tf(
                "The browser couldn't save this change, so nothing was changed. ({detail})",
                &[("detail", detail.as_str())],
            )),
        }
    }
}

/// What was wrong with a backup or stored records, in the page's language.
pub fn said_import(error: &ImportError) -> String {
    error.said(&crate::i18n::t)
}

impl std::error::Error for StorageError {}

/// The browser's own localStorage, with no lock in between: for the lock itself and for
/// "Erase everything". The rest of the app goes through [`Store`].
pub(crate) fn browser_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// Where the app's keys are: the browser's storage, except that while a passphrase lock is set
/// the records' keys are in its envelope (see `crate::lock`): open in memory once unlocked,
/// out of reach until then.
struct Store(web_sys::Storage);

fn local_storage() -> Result<Store, StorageError> {
    browser_storage().map(Store)
}

impl Store {
    /// Where `key` is while a lock is set: `None` when it is in the browser's storage.
    fn locked(key: &str) -> Option<Mode> {
        Some(lock::mode()).filter(|mode| *mode != Mode::Off && is_private(key))
    }

    fn get_item(&self, key: &str) -> Result<Option<String>, StorageError> {
        match Store::locked(key) {
            None => self.0.get_item(key).map_err(from_js),
            Some(Mode::Open) => Ok(lock::get(key)),
            Some(_) => Err(StorageError::Locked),
        }
    }

    fn set_item(&self, key: &str, text: &str) -> Result<(), StorageError> {
        match Store::locked(key) {
            None => self.0.set_item(key, text).map_err(from_js),
            Some(_) => lock::set(key, Some(text)),
        }
    }

    fn remove_item(&self, key: &str) -> Result<(), StorageError> {
        match Store::locked(key) {
            None => self.0.remove_item(key).map_err(from_js),
            Some(_) => lock::set(key, None),
        }
    }

    /// Every key: while a lock is set, the records' keys are the open envelope's (none while
    /// locked).
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let sealed = lock::mode() != Mode::Off;
        let mut keys = browser_keys(&self.0)?;
        if sealed {
            keys.retain(|key| !is_private(key));
            keys.extend(lock::keys());
        }
        Ok(keys)
    }
}

/// Every key in the browser's own storage, sealed or not.
pub(crate) fn browser_keys(storage: &web_sys::Storage) -> Result<Vec<String>, StorageError> {
    let count = storage.length().map_err(from_js)?;
    let mut keys = Vec::new();
    for i in 0..count {
        if let Some(key) = storage.key(i).map_err(from_js)? {
            keys.push(key);
        }
    }
    Ok(keys)
}

pub(crate) fn from_js(error: wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        // Browsers name a full quota differently; Firefox used its own name for years.
        Some(exception)
            if exception.name() == "QuotaExceededError"
                || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED" =>
        {
            StorageError::Full
        }
        // The error's name ("SecurityError"), not its message: browsers write messages in
        // English whatever the page's language, and a name is a code, like a field's path.
        Some(exception) => StorageError::Failed(exception.name()),
        None => StorageError::Failed(
            error
                .dyn_ref::<js_sys::Error>()
                .map_or_else(|| "Error".to_string(), |error| error.name().into()),
        ),
    }
}

/// The text stored under `key`, or `None` if nothing is stored yet.
pub fn read(key: StorageKey) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key.name())
}

/// Stores `value` under `key`. On failure the value stored before stays as it was.
pub fn write(key: StorageKey, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key.name(), value)
}

/// Removes whatever is stored under `key`.
pub fn remove(key: StorageKey) -> Result<(), StorageError> {
    local_storage()?.remove_item(key.name())
}

/// Each saved group is a key of its own: this prefix and the group's slug, holding when it was
/// saved. A change touches only its own group's key, so tabs saving different groups at the
/// same moment never write over each other (one list under one key lost a group when they did).
const SAVED_GROUP_PREFIX: &str = "peer-support-guide.saved.";

/// The key a saved group is kept under.
fn saved_group_key(slug: &str) -> String {
    format!("{SAVED_GROUP_PREFIX}{slug}")
}

/// Whether a change to `key` (from a `storage` event) changes the saved list.
pub fn is_saved_groups_key(key: &str) -> bool {
    key == StorageKey::Favourites.name() || key.starts_with(SAVED_GROUP_PREFIX)
}

/// Every stored key that starts with `prefix`, with its text.
fn entries_with_prefix(prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
    entries_where(&|key| key.starts_with(prefix))
}

/// Every stored key `keep` takes, with its text (only those texts are read).
fn entries_where(keep: &dyn Fn(&str) -> bool) -> Result<Vec<(String, String)>, StorageError> {
    let storage = local_storage()?;
    let mut entries = Vec::new();
    for key in keys_where(keep)? {
        if let Some(text) = storage.get_item(&key)? {
            entries.push((key, text));
        }
    }
    Ok(entries)
}

/// Every stored key `keep` takes; no text is read.
fn keys_where(keep: &dyn Fn(&str) -> bool) -> Result<Vec<String>, StorageError> {
    let mut keys = local_storage()?.keys()?;
    keys.retain(|key| keep(key));
    Ok(keys)
}

/// The saved groups as stored now, in the order they were saved.
pub fn saved_groups() -> Result<Vec<&'static str>, StorageError> {
    let old_list = read(StorageKey::Favourites)?.unwrap_or_default();
    // The old list's groups come first, in its order: they were saved before any key.
    let old: Vec<(&str, String)> = favourites::decode(&old_list)
        .into_iter()
        .enumerate()
        .map(|(i, slug)| (slug, i.to_string()))
        .collect();
    let entries = entries_with_prefix(SAVED_GROUP_PREFIX)?;
    let new = entries
        .iter()
        .filter_map(|(key, when)| Some((key.strip_prefix(SAVED_GROUP_PREFIX)?, when.as_str())));
    Ok(favourites::from_entries(
        old.iter()
            .map(|(slug, when)| (*slug, when.as_str()))
            .chain(new),
    ))
}

/// Moves a list stored the old way to a key per group, then removes the old list. If a write
/// fails, the old list stays: the groups are never lost, only not moved yet.
fn move_old_saved_list() -> Result<(), StorageError> {
    let Some(old_list) = read(StorageKey::Favourites)? else {
        return Ok(());
    };
    let storage = local_storage()?;
    for (i, slug) in favourites::decode(&old_list).into_iter().enumerate() {
        let key = saved_group_key(slug);
        if storage.get_item(&key)?.is_none() {
            storage.set_item(&key, &i.to_string())?;
        }
    }
    remove(StorageKey::Favourites)
}

/// Saves the group (at `when`, a time in milliseconds that orders the list) or takes it off
/// the list, touching only its own key.
pub fn set_group_saved(slug: &str, saved: bool, when: u64) -> Result<(), StorageError> {
    move_old_saved_list()?;
    let key = saved_group_key(slug);
    let storage = local_storage()?;
    if saved {
        storage.set_item(&key, &when.to_string())
    } else {
        storage.remove_item(&key)
    }
}

/// Makes the saved list exactly `slugs`, in that order, as an import or an erase does. If the
/// browser refuses a write, the groups added so far are taken off again and nothing else
/// changes.
pub fn replace_saved_groups(slugs: &[&str], when: u64) -> Result<(), StorageError> {
    move_old_saved_list()?;
    let storage = local_storage()?;
    let before = entries_with_prefix(SAVED_GROUP_PREFIX)?;
    let key = saved_group_key;
    for (i, slug) in slugs.iter().enumerate() {
        if let Err(error) = storage.set_item(&key(slug), &(when + i as u64).to_string()) {
            // Put back what was there: the earlier times, and no new keys.
            for slug in &slugs[..i] {
                let _ = match before.iter().find(|(k, _)| *k == key(slug)) {
                    Some((k, when)) => storage.set_item(k, when),
                    None => storage.remove_item(&key(slug)),
                };
            }
            return Err(error);
        }
    }
    for (stored, _) in before {
        let kept = stored
            .strip_prefix(SAVED_GROUP_PREFIX)
            .is_some_and(|slug| slugs.contains(&slug));
        if !kept {
            storage.remove_item(&stored)?;
        }
    }
    Ok(())
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

/// How many meetings are kept apart from the journal before they are written into it.
const MAX_RECENT: usize = 100;

/// A meeting added since the journal was last written whole is a key of its own: this prefix
/// and the meeting's id, holding a journal-format text with that one meeting. Adding a meeting
/// writes only its own small key, not a journal that may be 5 MB, and never rewrites another
/// meeting's key: tabs adding meetings at the same moment keep them all (when they shared one
/// key, two tabs out of three lost their meeting).
const RECENT_MEETING_PREFIX: &str = "peer-support-guide.journal.recent.";
/// A check-in saved since the journal was last written whole: this prefix, its counter's id and
/// its date (see [`save_check_in`]).
const RECENT_CHECK_IN_PREFIX: &str = "peer-support-guide.journal.recent.check-in.";

/// Whether a change to `key` (from a `storage` event) changes the person's records.
pub fn is_journal_key(key: &str) -> bool {
    key == StorageKey::Journal.name()
        || key == StorageKey::RecentMeetings.name()
        || key.starts_with(RECENT_MEETING_PREFIX)
}

/// The journal's text and every recent meeting's key and text, as stored now, sorted by key:
/// what "changes nothing" compares.
pub fn journal_texts() -> Result<Vec<(String, String)>, StorageError> {
    // Set-aside copies share the journal's prefix: their texts are not read.
    let mut texts = entries_where(&is_journal_key)?;
    crate::domain::sort_small(&mut texts, |a, b| a.0 < b.0);
    Ok(texts)
}

/// The journal as stored: its text, the recent meetings' keys and texts, and what they read as.
#[derive(Clone, Default)]
struct Stored {
    journal_text: Option<String>,
    /// Every recent meeting's key and text (the old shared key's among them), sorted by key.
    recent_texts: Vec<(String, String)>,
    /// How many meetings those hold.
    recent_count: usize,
    /// The journal with the recent meetings added: the person's records.
    whole: Journal,
}

thread_local! {
    /// What this page last read or wrote. Reading is a pure function of the texts, so while
    /// they are still these (no other tab changed them), a 5 MB journal isn't read again.
    static LAST_READ: RefCell<Option<Stored>> = const { RefCell::new(None) };
}

/// Reads the journal and the recent meetings. Never writes.
fn read_stored() -> Result<Result<Stored, (String, ImportError)>, StorageError> {
    let mut texts = journal_texts()?;
    let journal_key = StorageKey::Journal.name();
    let journal_text = texts
        .iter()
        .position(|(key, _)| key == journal_key)
        .map(|i| texts.remove(i).1);
    let recent_texts = texts;
    // Taken, not copied: whoever reads puts back what is stored after it ([`remember`]).
    let known = LAST_READ
        .take()
        .filter(|last| last.journal_text == journal_text && last.recent_texts == recent_texts);
    if let Some(stored) = known {
        return Ok(Ok(stored));
    }
    let parse =
        |text: &str| Journal::from_json(text).map_err(|problem| (text.to_string(), problem));
    let journal = match journal_text.as_deref().map(parse) {
        None => Journal::default(),
        Some(Ok(journal)) => journal,
        Some(Err(damaged)) => return Ok(Err(damaged)),
    };
    let (mut recent, mut check_ins) = (Vec::new(), Vec::new());
    for (_, text) in &recent_texts {
        match parse(text) {
            Ok(added) => {
                recent.extend(added.meetings);
                check_ins.extend(added.check_ins);
            }
            Err(damaged) => return Ok(Err(damaged)),
        }
    }
    let recent_count = recent.len() + check_ins.len();
    let whole = journal.with_recent(&recent, &check_ins);
    Ok(Ok(Stored {
        journal_text,
        recent_texts,
        recent_count,
        whole,
    }))
}

fn remember(stored: Stored) {
    LAST_READ.set(Some(stored));
}

/// Reads the journal. Never writes: a failed load leaves the stored text exactly as it was.
pub fn load_journal() -> Result<JournalLoad, StorageError> {
    Ok(match read_stored()? {
        Ok(stored) if stored.journal_text.is_none() && stored.recent_texts.is_empty() => {
            JournalLoad::Empty
        }
        Ok(stored) => {
            let whole = stored.whole.clone();
            remember(stored);
            JournalLoad::Loaded(whole)
        }
        Err((raw, problem)) => JournalLoad::Damaged { raw, problem },
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
    /// A check-in for a counter that is no longer there (removed in another tab).
    NoCounter,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::t;
        match self {
            SaveError::Storage(error) => error.fmt(f),
            SaveError::WouldOverwriteDamaged => f.write_str(t(
                "Your saved records couldn't be read, so nothing new was saved over them. Export them first, or choose to start fresh.",
            )),
            SaveError::WouldNotReadBack(ImportError::TooLarge { .. }) => f.write_str(t(
                "This change wasn't saved: your records would be over the 5 MB the app can keep. Export a backup, then remove some old meetings or notes.",
            )),
            SaveError::WouldNotReadBack(error @ ImportError::BadField { .. }) => f.write_str(&error.filled_in(
                t("This change wasn't saved, because {field} {problem}. Shorten or remove it, then try again. Nothing else was changed."),
                &t,
            )),
            SaveError::NoCounter => f.write_str(t(
                "This check-in wasn't saved: its counter was removed, perhaps in another tab. Nothing was changed.",
            )),
            SaveError::WouldNotReadBack(_) => f.write_str(t(
                "This change wasn't saved, because the records would not read back. Nothing was changed.",
            )),
        }
    }
}

/// Saves the journal, unless that would overwrite stored text that couldn't be read.
pub fn save_journal(journal: &Journal) -> Result<(), SaveError> {
    update_journal(&mut |stored| *stored = journal.clone()).map(|_| ())
}

/// A copy of stored records that couldn't be read, set aside by "Start fresh".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    /// The key it is kept under: the set-aside prefix and when it was set aside, in
    /// milliseconds (copies from before they were dated end in a small number, or nothing).
    pub key: String,
    /// The records' text, exactly as it was stored.
    pub text: String,
    /// When it was set aside, in milliseconds, if its key says.
    pub when: Option<u64>,
}

/// Keys of dated copies end in a time in milliseconds; undated ones in 2 to 1,000 or nothing.
const FIRST_DATED_KEY: u64 = 100_000_000_000;

/// Every set-aside copy of damaged records, oldest first.
pub fn set_aside_copies() -> Result<Vec<SetAside>, StorageError> {
    let base = StorageKey::DamagedJournal.name();
    let mut copies: Vec<(u64, SetAside)> = entries_with_prefix(base)?
        .into_iter()
        .filter_map(|(key, text)| {
            let order = match key.strip_prefix(base)? {
                "" => 1,
                rest => rest.strip_prefix('.')?.parse().ok()?,
            };
            let when = (order >= FIRST_DATED_KEY).then_some(order);
            Some((order, SetAside { key, text, when }))
        })
        .collect();
    crate::domain::sort_small(&mut copies, |a, b| a.0 < b.0);
    Ok(copies.into_iter().map(|(_, copy)| copy).collect())
}

/// Deletes one set-aside copy, when the person asks to.
pub fn delete_set_aside(key: &str) -> Result<(), StorageError> {
    if !key.starts_with(StorageKey::DamagedJournal.name()) {
        return Ok(());
    }
    local_storage()?.remove_item(key)
}

/// "Start fresh": moves stored text that can't be read (the journal, the recent meetings or
/// both) to a key of its own, named by `now` (in milliseconds), so new records can be saved.
/// A copy is never written over: if that key is taken, the next free millisecond is used.
pub fn set_aside_damaged_journal(now: u64) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let base = StorageKey::DamagedJournal.name();
    let mut when = now.max(FIRST_DATED_KEY);
    // Each text read once (the journal may be 5 MB).
    let texts: Vec<(String, String, bool)> = journal_texts()?
        .into_iter()
        .map(|(key, raw)| {
            let readable = Journal::from_json(&raw).is_ok();
            (key, raw, readable)
        })
        .collect();
    // A check-in saved apart belongs to a counter in the journal: when the journal is set
    // aside, so is each such check-in (in a copy of its own), or it would be dropped unseen.
    let journal_damaged = texts
        .iter()
        .any(|(key, _, readable)| key == StorageKey::Journal.name() && !readable);
    for (key, raw, readable) in texts {
        let check_in = key.starts_with(RECENT_CHECK_IN_PREFIX);
        if readable && !(journal_damaged && check_in) {
            continue;
        }
        while storage.get_item(&format!("{base}.{when}"))?.is_some() {
            when += 1;
        }
        storage.set_item(&format!("{base}.{when}"), &raw)?;
        storage.remove_item(&key)?;
    }
    Ok(())
}

/// The journal and recent meetings as stored now, unless they can't be read.
fn latest() -> Result<Stored, SaveError> {
    read_stored()
        .map_err(SaveError::Storage)?
        .map_err(|_| SaveError::WouldOverwriteDamaged)
}

/// Changes the journal as stored now, not as this page last saw it, and saves the result.
///
/// Reading afresh means a meeting another tab added a moment ago is kept: each change applies
/// to the latest copy, never replacing a whole list with an older one.
///
/// `change` is a `dyn` closure so the body below is in the wasm once, not once per caller.
pub fn update_journal(change: &mut dyn FnMut(&mut Journal)) -> Result<Journal, SaveError> {
    let Stored {
        whole: mut journal,
        recent_texts,
        ..
    } = latest()?;
    change(&mut journal);
    // Nothing is saved unless it reads back: a write past a limit changes nothing.
    let text = journal
        .to_checked_json()
        .map_err(SaveError::WouldNotReadBack)?;
    write(StorageKey::Journal, &text).map_err(SaveError::Storage)?;
    // The recent meetings read above are in the journal now: their keys go, and only theirs,
    // so a meeting another tab added meanwhile keeps its key and is read with the journal next
    // time. The change is saved, so a failed removal can't make it fail; should one not
    // happen (the browser closing between the writes), that meeting is read twice and merged
    // by id, so none is lost, though one deleted by this change would come back.
    // A key goes only if it still holds what was read: another tab may have saved that
    // meeting again meanwhile.
    if let Ok(storage) = local_storage() {
        for (key, text) in &recent_texts {
            if storage.get_item(key).ok().flatten().as_ref() == Some(text) {
                let _ = storage.remove_item(key);
            }
        }
    }
    remember(Stored {
        journal_text: Some(text),
        recent_texts: Vec::new(),
        recent_count: 0,
        whole: journal.clone(),
    });
    Ok(journal)
}

/// Saves a meeting: a new one by writing only its own small key (see [`save_recent`]); a
/// change to a stored meeting (one with the same id) by writing the journal whole.
pub fn save_meeting(meeting: Meeting) -> Result<Journal, SaveError> {
    let stored = latest()?;
    let is_new = !stored.whole.meetings.iter().any(|m| m.id == meeting.id);
    let key = format!("{RECENT_MEETING_PREFIX}{}", meeting.id);
    let alone = Journal {
        meetings: vec![meeting.clone()],
        ..Journal::default()
    };
    save_recent(stored, key, alone, is_new, &mut |journal| {
        journal.meetings.retain(|m| m.id != meeting.id);
        journal.meetings.push(meeting.clone());
        journal.sort_meetings();
    })
}

/// Saves one day's check-in for a counter, new or changed, by writing only its own small key
/// (see [`save_recent`]): two tabs checking in at the same moment keep both. It is marked
/// changed after any check-in it replaces, so the later save wins when they are joined.
pub fn save_check_in(mut check_in: CheckIn) -> Result<Journal, SaveError> {
    let stored = latest()?;
    if stored.whole.counter(&check_in.counter).is_none() {
        remember(stored);
        return Err(SaveError::NoCounter);
    }
    let same_day = checkins::for_day(&stored.whole.check_ins, &check_in.counter, check_in.date);
    if let Some(old) = same_day {
        check_in.changed = checkins::changed_after(old, check_in.changed);
    }
    let key = format!(
        "{RECENT_CHECK_IN_PREFIX}{}.{}",
        check_in.counter,
        check_in.date.iso()
    );
    // A journal-format text needs the counter its check-in is for: this one holds only its id.
    let alone = Journal {
        counters: vec![Counter {
            id: check_in.counter.clone(),
            ..Counter::default()
        }],
        check_ins: vec![check_in.clone()],
        ..Journal::default()
    };
    save_recent(stored, key, alone, true, &mut |journal| {
        checkins::upsert(&mut journal.check_ins, check_in.clone());
    })
}

/// Writes `alone` (one meeting or check-in, as a journal) under `key` and adds it to the
/// records, rather than a journal that may be 5 MB: a small write, and never another entry's
/// key, so tabs saving at the same moment keep every entry. Unless `small` is false, or
/// [`MAX_RECENT`] entries wait apart already, or the two together come close to the size one
/// backup may be: then `change` is made to the journal, written whole, which checks exactly.
fn save_recent(
    mut stored: Stored,
    key: String,
    alone: Journal,
    small: bool,
    change: &mut dyn FnMut(&mut Journal),
) -> Result<Journal, SaveError> {
    let stored_bytes = stored.journal_text.as_ref().map_or(0, String::len)
        + stored
            .recent_texts
            .iter()
            .map(|(_, text)| text.len())
            .sum::<usize>();
    let text = alone
        .to_checked_json()
        .ok()
        .filter(|_| small && stored.recent_count < MAX_RECENT)
        .filter(|text| stored_bytes + text.len() <= MAX_BYTES);
    let Some(text) = text else {
        remember(stored);
        return update_journal(change);
    };
    let written = local_storage().and_then(|storage| storage.set_item(&key, &text));
    if let Err(error) = written {
        remember(stored);
        return Err(SaveError::Storage(error));
    }
    // Saving a check-in for a day again writes the same key: what was read under it goes, and
    // the entries waiting apart are as many as before.
    let before = stored.recent_texts.len();
    stored.recent_texts.retain(|(k, _)| *k != key);
    if stored.recent_texts.len() == before {
        stored.recent_count += 1;
    }
    stored.recent_texts.push((key, text));
    crate::domain::sort_small(&mut stored.recent_texts, |a, b| a.0 < b.0);
    change(&mut stored.whole);
    let whole = stored.whole.clone();
    remember(stored);
    Ok(whole)
}

/// "Erase everything": every key the app stores, damaged text set aside included. They all
/// start with the app's prefix (see [`StorageKey`]).
pub fn erase_everything() -> Result<(), StorageError> {
    // The browser's own keys, the envelope among them: this works locked, as "Forgot the
    // passphrase" needs.
    let storage = browser_storage()?;
    for key in browser_keys(&storage)? {
        if key.starts_with(APP_PREFIX) {
            storage.remove_item(&key).map_err(from_js)?;
        }
    }
    lock::forget();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_carries_the_app_prefix_so_erase_finds_it() {
        let keys = [
            StorageKey::Favourites,
            StorageKey::Journal,
            StorageKey::RecentMeetings,
            StorageKey::DamagedJournal,
            StorageKey::WizardAnswers,
            StorageKey::Privacy,
            StorageKey::Locked,
        ]
        .map(StorageKey::name);
        for key in keys
            .into_iter()
            .chain([SAVED_GROUP_PREFIX, RECENT_MEETING_PREFIX])
        {
            assert!(key.starts_with(APP_PREFIX), "{key}");
        }
    }
}
