//! The passphrase lock in the browser: WebCrypto's PBKDF2 and AES-GCM, the records held open in
//! memory while unlocked, and locking after idle time, on request, and in every tab at once.
//!
//! While a lock is set, every private key (see `domain::lock::is_private`) lives in one
//! envelope under `peer-support-guide.locked`. Unlocking opens it into memory; `storage.rs`
//! then reads and writes there, and each change is sealed again with a fresh IV and stored
//! whole. The key is a non-extractable `CryptoKey`, held only in this module's memory.

use crate::domain::lock::{
    self, Contents, Envelope, EnvelopeError, Holds, Kdf, Sealed, Step, Tries, CHECK_TEXT, IV_BYTES,
    LOCKED_KEY, SALT_BYTES, STAGING_KEY, TRIES_KEY,
};
use crate::records::now_ms;
use crate::storage::{browser_keys, browser_storage as browser, from_js, StorageError};
use leptos::prelude::*;
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether a lock is set, and whether this tab has it open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// No lock: records are stored as they are.
    Off,
    Locked,
    Open,
}

/// Why the lock did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// This browser gives the page no WebCrypto (an old browser, or a page not served over
    /// https).
    NoCrypto,
    /// The passphrase didn't open the records; after this many wrong tries, a wait.
    Wrong {
        wait_ms: u64,
    },
    /// Too soon after wrong tries.
    Wait {
        wait_ms: u64,
    },
    Damaged(EnvelopeError),
    Storage(StorageError),
    /// The new copy didn't read back, so the switch stopped and nothing was changed.
    NotSwitched,
}

fn seconds(ms: u64) -> u64 {
    ms.div_ceil(1_000)
}

/// Said in the page's language.
impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::{t, tf};
        match self {
            LockError::NoCrypto => f.write_str(t(
                "This browser can't lock records (it has no encryption the app can use here). Nothing was changed.",
            )),
            LockError::Wrong { wait_ms: 0 } => f.write_str(t(
                "That passphrase didn't open your records. Nothing was changed. Check for capital letters, then try again.",
            )),
            LockError::Wrong { wait_ms } => f.write_str(&tf(
                "That passphrase didn't open your records. Nothing was changed. You can try again in {n} seconds.",
                &[("n", &seconds(*wait_ms).to_string())],
            )),
            LockError::Wait { wait_ms } => f.write_str(&tf(
                "After several tries, the app waits a little before the next. This passphrase wasn't checked: try it again in {n} seconds.",
                &[("n", &seconds(*wait_ms).to_string())],
            )),
            LockError::Damaged(problem) => f.write_str(&said_envelope(problem)),
            LockError::Storage(problem) => problem.fmt(f),
            LockError::NotSwitched => f.write_str(t(
                "The change couldn't be checked, so it wasn't made. Your records are as they were.",
            )),
        }
    }
}

/// Why a locked text can't be opened, in the page's language.
pub fn said_envelope(error: &EnvelopeError) -> String {
    use crate::i18n::{t, tf};
    tf(error.sentence(), &[("part", t(error.part()))])
}

impl From<StorageError> for LockError {
    fn from(error: StorageError) -> LockError {
        LockError::Storage(error)
    }
}

// WebCrypto.

fn subtle() -> Result<web_sys::SubtleCrypto, LockError> {
    let crypto = window().crypto().map_err(|_| LockError::NoCrypto)?;
    // `crypto.subtle` is undefined outside a secure context.
    let subtle = crypto.subtle();
    if JsValue::from(&subtle).is_undefined() {
        return Err(LockError::NoCrypto);
    }
    Ok(subtle)
}

fn random<const N: usize>() -> Result<[u8; N], LockError> {
    let mut bytes = [0; N];
    window()
        .crypto()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes))
        .map_err(|_| LockError::NoCrypto)?;
    Ok(bytes)
}

/// A new stored version's id (see `Contents::lineage`): random, so no two tabs pick the same.
fn version_id() -> String {
    let bytes: [u8; 8] = random().unwrap_or_else(|_| {
        let mixed = now_ms() ^ (js_sys::Math::random() * 4_294_967_296.0) as u64;
        mixed.to_le_bytes()
    });
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

async fn done(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

fn usages(names: &[&str]) -> js_sys::Array {
    names.iter().map(|name| JsValue::from_str(name)).collect()
}

/// The AES-256-GCM key for `passphrase`: PBKDF2-SHA256 with the envelope's salt and count. It
/// can't be exported, only used.
async fn derive(passphrase: &str, kdf: &Kdf) -> Result<web_sys::CryptoKey, LockError> {
    let subtle = subtle()?;
    let secret = js_sys::Uint8Array::from(passphrase.as_bytes());
    let base =
        done(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages(&["deriveKey"])))
            .await
            .map_err(|_| LockError::NoCrypto)?;
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        kdf.iterations,
        &js_sys::Uint8Array::from(&kdf.salt[..]),
    );
    let key = done(subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &web_sys::AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(|_| LockError::NoCrypto)?;
    Ok(key.unchecked_into())
}

/// Seals `plain` with a fresh random IV.
async fn seal(key: &web_sys::CryptoKey, plain: &[u8]) -> Result<Sealed, LockError> {
    let iv: [u8; IV_BYTES] = random()?;
    let params =
        web_sys::AesGcmParams::new_with_u8_array("AES-GCM", &js_sys::Uint8Array::from(&iv[..]));
    let bytes = done(subtle()?.encrypt_with_object_and_u8_array(&params, key, plain))
        .await
        .map_err(|_| LockError::NoCrypto)?;
    Ok(Sealed {
        iv,
        bytes: js_sys::Uint8Array::new(&bytes).to_vec(),
    })
}

/// Opens sealed bytes; `None` if the key is wrong or the bytes were changed.
async fn open(key: &web_sys::CryptoKey, sealed: &Sealed) -> Option<Vec<u8>> {
    let params = web_sys::AesGcmParams::new_with_u8_array(
        "AES-GCM",
        &js_sys::Uint8Array::from(&sealed.iv[..]),
    );
    let bytes = done(
        subtle()
            .ok()?
            .decrypt_with_object_and_u8_array(&params, key, &sealed.bytes),
    )
    .await
    .ok()?;
    Some(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// A key for a new passphrase, with a new salt, and its check.
async fn new_key(passphrase: &str) -> Result<(web_sys::CryptoKey, Kdf, Sealed), LockError> {
    let kdf = Kdf {
        iterations: lock::ITERATIONS,
        salt: random::<SALT_BYTES>()?,
    };
    let key = derive(passphrase, &kdf).await?;
    let check = seal(&key, CHECK_TEXT.as_bytes()).await?;
    Ok((key, kdf, check))
}

/// What an envelope holds, opened with `passphrase`.
async fn open_envelope(
    text: &str,
    passphrase: &str,
) -> Result<(web_sys::CryptoKey, Envelope, String), LockError> {
    let envelope = Envelope::from_json(text).map_err(LockError::Damaged)?;
    let key = derive(passphrase, &envelope.kdf).await?;
    let data = open_with(&key, &envelope).await?;
    Ok((key, envelope, data))
}

/// Opens an envelope's check, then its data. A check that doesn't open is a wrong passphrase;
/// data that doesn't, once the check did, is damage.
async fn open_with(key: &web_sys::CryptoKey, envelope: &Envelope) -> Result<String, LockError> {
    if open(key, &envelope.check).await.as_deref() != Some(CHECK_TEXT.as_bytes()) {
        return Err(LockError::Wrong { wait_ms: 0 });
    }
    open(key, &envelope.data)
        .await
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or(LockError::Damaged(EnvelopeError::Damaged("the records")))
}

// The lock's state in this tab.

/// The open records and what seals them.
struct Opened {
    key: web_sys::CryptoKey,
    kdf: Kdf,
    check: Sealed,
    contents: Contents,
    /// What the stored envelope holds: what a failed save goes back to, and what another
    /// tab's save is joined against.
    saved: Contents,
    /// The stored envelope's text as this tab last read or wrote it: a save goes ahead only
    /// while it is still there, so it never writes over another tab's save, new passphrase or
    /// removed lock.
    stored_text: String,
    saving: bool,
    /// Changed since the save under way began.
    dirty: bool,
    /// Lock once the save under way is done.
    lock_when_saved: bool,
    /// Last use of the app in any tab, for the idle lock.
    last_use_ms: u64,
}

enum State {
    /// Not read yet: whether a lock is set is read from storage on first use.
    Unread,
    Off,
    Locked,
    Open(Box<Opened>),
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::Unread) };
    /// The signal pages follow; set with every change of state.
    static SHOWN: RefCell<Option<LockStatus>> = const { RefCell::new(None) };
}

fn browser_get(key: &str) -> Option<String> {
    browser().ok()?.get_item(key).ok().flatten()
}

impl State {
    fn mode(&self) -> Mode {
        match self {
            State::Open(_) => Mode::Open,
            State::Locked => Mode::Locked,
            State::Off | State::Unread => Mode::Off,
        }
    }
}

/// Whether a lock is set, and whether this tab has it open.
pub fn mode() -> Mode {
    STATE.with_borrow_mut(|state| {
        if matches!(state, State::Unread) {
            *state = if browser_get(LOCKED_KEY).is_some() {
                State::Locked
            } else {
                State::Off
            };
        }
        state.mode()
    })
}

fn set_state(state: State) {
    let mode = state.mode();
    STATE.set(state);
    show(mode);
}

fn show(mode: Mode) {
    if let Some(status) = SHOWN.with_borrow(|shown| *shown) {
        status.mode.try_set(mode);
    }
}

/// Tells every part of the page that the records may have changed: the same event another tab's
/// change brings, with no key ("everything"), so records, saved groups and lists read again.
///
/// Sent a moment later, never from inside a listener: a `storage` listener that told the page
/// this way would be called again while still running, which the browser refuses.
fn records_changed() {
    set_timeout(
        || {
            if let Ok(event) = web_sys::StorageEvent::new("storage") {
                let _ = window().dispatch_event(&event);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The text an open envelope holds under `key`.
pub fn get(key: &str) -> Option<String> {
    STATE.with_borrow(|state| match state {
        State::Open(opened) => opened.contents.get(key).map(str::to_string),
        _ => None,
    })
}

/// The private keys an open envelope holds.
pub fn keys() -> Vec<String> {
    STATE.with_borrow(|state| match state {
        State::Open(opened) => opened
            .contents
            .entries
            .iter()
            .map(|(k, _)| k.clone())
            .collect(),
        _ => Vec::new(),
    })
}

/// Changes an open envelope's key (`None` removes it) and saves the envelope.
pub fn set(key: &str, text: Option<&str>) -> Result<(), StorageError> {
    let changed = STATE.with_borrow_mut(|state| match state {
        State::Open(opened) => {
            opened.contents.set(key, text.map(str::to_string));
            true
        }
        _ => false,
    });
    if !changed {
        return Err(StorageError::Locked);
    }
    save_soon();
    Ok(())
}

/// Starts sealing and storing the open records, unless a save is under way: that one saves
/// again when it ends.
fn save_soon() {
    let start = STATE.with_borrow_mut(|state| match state {
        State::Open(opened) if opened.saving => {
            opened.dirty = true;
            false
        }
        State::Open(opened) => {
            opened.saving = true;
            opened.dirty = false;
            true
        }
        _ => false,
    });
    if start {
        leptos::task::spawn_local(async {
            let _ = job(Job::Save).await;
        });
    }
}

async fn save_while_changed() {
    loop {
        let job = STATE.with_borrow_mut(|state| match state {
            State::Open(opened) => {
                opened.dirty = false;
                Some((
                    opened.key.clone(),
                    opened.kdf.clone(),
                    opened.check.clone(),
                    opened.contents.clone(),
                    opened.stored_text.clone(),
                ))
            }
            _ => None,
        });
        let Some((key, kdf, check, contents, based_on)) = job else {
            return;
        };
        let contents = contents.next_version(version_id());
        let sealed = seal_envelope(&key, kdf, check, Holds::Records, &contents.to_json()).await;
        // Checked and written in one go, with no wait between: what is stored now is what this
        // save was based on, or it isn't written.
        let now_stored = browser_get(LOCKED_KEY);
        let written = match (&sealed, &now_stored) {
            (Err(error), _) => Err(error.clone()),
            (Ok(_), None) => {
                // The lock was removed, or everything erased, in another tab.
                set_state(State::Off);
                records_changed();
                return;
            }
            (Ok(_), Some(stored)) if *stored != based_on => {
                // Stored meanwhile by this tab itself (a new passphrase set here): saved again
                // with the new key. By another tab: its records are joined with this tab's
                // changes, and sealed again; a key that no longer opens them (a new passphrase
                // set there) locks.
                let here = STATE.with_borrow(
                    |state| matches!(state, State::Open(opened) if opened.stored_text == *stored),
                );
                if !here && !join_stored(&key, stored).await {
                    set_state(State::Locked);
                    records_changed();
                    return;
                }
                continue;
            }
            (Ok(text), Some(_)) => browser()
                .and_then(|storage| storage.set_item(LOCKED_KEY, text).map_err(from_js))
                .map_err(LockError::Storage),
        };
        let (again, lock) = STATE.with_borrow_mut(|state| match state {
            State::Open(opened) => {
                match (&written, sealed) {
                    (Ok(()), Ok(text)) => {
                        opened.contents.lineage = contents.lineage.clone();
                        opened.saved = contents;
                        opened.stored_text = text;
                    }
                    _ => {
                        // Nothing half-saved: the stored envelope is as it was, and so are the
                        // records shown.
                        opened.contents = opened.saved.clone();
                        opened.dirty = false;
                    }
                }
                opened.saving = opened.dirty;
                (opened.dirty, !opened.dirty && opened.lock_when_saved)
            }
            _ => (false, false),
        });
        if written.is_ok() {
            report(None);
        }
        if let Err(error) = written {
            report(Some(crate::i18n::tf(
                "Your last change wasn't saved, so your records are as they were. {error}",
                &[("error", &error.to_string())],
            )));
            records_changed();
        }
        if lock {
            set_state(State::Locked);
            records_changed();
        }
        if !again {
            return;
        }
    }
}

/// Joins the envelope another tab stored (`stored`) into this tab's open records (see
/// `Contents::merged`). False when this tab's key doesn't open it.
async fn join_stored(key: &web_sys::CryptoKey, stored: &str) -> bool {
    let theirs = match Envelope::from_json(stored) {
        Ok(envelope) => open_with(key, &envelope)
            .await
            .ok()
            .and_then(|data| Contents::from_json(&data)),
        Err(_) => None,
    };
    let Some(theirs) = theirs else {
        return false;
    };
    // Replaced while it was being opened (by a save of this tab's that had joined it already,
    // or another tab's, which will be heard of): nothing to do.
    if browser_get(LOCKED_KEY).as_deref() != Some(stored) {
        return true;
    }
    STATE.with_borrow_mut(|state| {
        if let State::Open(opened) = state {
            opened.contents = Contents::merged(&opened.saved, &opened.contents, &theirs);
            opened.saved = theirs;
            opened.stored_text = stored.to_string();
        }
    });
    true
}

/// `plain` (what `holds` says) sealed with a fresh IV, as an envelope's text.
async fn seal_envelope(
    key: &web_sys::CryptoKey,
    kdf: Kdf,
    check: Sealed,
    holds: Holds,
    plain: &str,
) -> Result<String, LockError> {
    let data = seal(key, plain.as_bytes()).await?;
    Ok(Envelope {
        holds,
        kdf,
        check,
        data,
    }
    .to_json())
}

fn report(problem: Option<String>) {
    if let Some(status) = SHOWN.with_borrow(|shown| *shown) {
        status.problem.try_set(problem);
    }
}

/// Runs a switch's steps in order and stops at the first that fails (see `domain::lock`).
/// `opens` checks that a staged envelope opens to what was meant.
async fn run_steps(
    steps: Vec<Step>,
    key: &web_sys::CryptoKey,
    meant: &str,
) -> Result<(), LockError> {
    let storage = browser()?;
    for (at, step) in steps.iter().enumerate() {
        let done = match step {
            Step::Write(name, text) => storage
                .set_item(name, text)
                .map_err(|error| LockError::Storage(from_js(error))),
            Step::Verify(name) => {
                let read = storage.get_item(name).ok().flatten();
                let written = steps[..at].iter().rev().find_map(|step| match step {
                    Step::Write(n, text) if n == name => Some(text),
                    _ => None,
                });
                let same = read.is_some() && read.as_ref() == written;
                let opens = if name == STAGING_KEY {
                    match read.as_deref().map(Envelope::from_json) {
                        Some(Ok(envelope)) => open_with(key, &envelope)
                            .await
                            .is_ok_and(|data| data == meant),
                        _ => false,
                    }
                } else {
                    true
                };
                if same && opens {
                    Ok(())
                } else {
                    Err(LockError::NotSwitched)
                }
            }
            Step::Remove(name) => {
                let _ = storage.remove_item(name);
                Ok(())
            }
        };
        if let Err(error) = done {
            // Nothing half-written is left: no staging copy, no record unlocked beside the
            // envelope.
            for name in lock::undo(&steps, at) {
                let _ = storage.remove_item(&name);
            }
            return Err(error);
        }
    }
    Ok(())
}

/// Every private key stored unlocked, with its text.
fn plain_private() -> Vec<(String, String)> {
    let Ok(storage) = browser() else {
        return Vec::new();
    };
    browser_keys(&storage)
        .unwrap_or_default()
        .into_iter()
        .filter(|key| lock::is_private(key))
        .filter_map(|key| {
            let text = storage.get_item(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect()
}

fn opened(
    key: web_sys::CryptoKey,
    kdf: Kdf,
    check: Sealed,
    contents: Contents,
    stored_text: String,
) -> State {
    State::Open(Box::new(Opened {
        key,
        kdf,
        check,
        stored_text,
        saved: contents.clone(),
        contents,
        saving: false,
        dirty: false,
        lock_when_saved: false,
        last_use_ms: now_ms(),
    }))
}

/// Opens the records with `passphrase`. A wrong one changes nothing but the count of wrong
/// tries, which sets a wait before the next.
async fn unlock_now(passphrase: &str) -> Result<(), LockError> {
    let storage = browser()?;
    let tries = Tries::from_json(&browser_get(TRIES_KEY).unwrap_or_default());
    let now = now_ms();
    let wait_ms = tries.wait_left_ms(now);
    if wait_ms > 0 {
        return Err(LockError::Wait { wait_ms });
    }
    let Some(text) = browser_get(LOCKED_KEY) else {
        // The lock was removed meanwhile, in another tab.
        set_state(State::Off);
        records_changed();
        return Ok(());
    };
    let (key, envelope, data) = match open_envelope(&text, passphrase).await {
        Err(LockError::Wrong { .. }) => {
            let tries = tries.wrong_at(now);
            let _ = storage.set_item(TRIES_KEY, &tries.to_json());
            return Err(LockError::Wrong {
                wait_ms: tries.wait_ms(),
            });
        }
        other => other?,
    };
    let mut contents = Contents::from_json(&data)
        .ok_or(LockError::Damaged(EnvelopeError::Damaged("the records")))?;
    let _ = storage.remove_item(TRIES_KEY);
    let _ = storage.remove_item(STAGING_KEY);
    // Records written unlocked while the lock was being set (or by a tab that didn't know of
    // it yet) are taken in, sealed, and only then removed.
    let taken = contents.take_in(plain_private());
    let mut stored_text = text;
    if !taken.is_empty() {
        contents = contents.next_version(version_id());
        let sealed = seal_envelope(
            &key,
            envelope.kdf.clone(),
            envelope.check.clone(),
            Holds::Records,
            &contents.to_json(),
        )
        .await?;
        storage
            .set_item(LOCKED_KEY, &sealed)
            .map_err(|error| LockError::Storage(from_js(error)))?;
        stored_text = sealed;
        for name in taken {
            let _ = storage.remove_item(&name);
        }
    }
    set_state(opened(
        key,
        envelope.kdf,
        envelope.check,
        contents,
        stored_text,
    ));
    watch_use();
    report(None);
    records_changed();
    Ok(())
}

/// Sets a passphrase: with no lock, the records are sealed, checked, and only then take the
/// place of the unlocked copies; with the lock open, they are sealed again under the new one.
async fn set_passphrase_now(passphrase: &str) -> Result<(), LockError> {
    let (key, kdf, check) = new_key(passphrase).await?;
    let now_open = STATE.with_borrow(|state| match state {
        State::Open(opened) => Some(opened.contents.clone()),
        _ => None,
    });
    let (contents, plain_keys) = match now_open {
        Some(contents) => (contents, None),
        None if mode() == Mode::Off => {
            let plain = plain_private();
            let keys: Vec<String> = plain.iter().map(|(key, _)| key.clone()).collect();
            (Contents::new(plain), Some(keys))
        }
        None => return Err(LockError::Storage(StorageError::Locked)),
    };
    let contents = contents.next_version(version_id());
    let meant = contents.to_json();
    let envelope = seal_envelope(&key, kdf.clone(), check.clone(), Holds::Records, &meant).await?;
    let steps = match &plain_keys {
        Some(keys) => lock::steps_to_lock(&envelope, keys),
        None => lock::steps_to_rekey(&envelope),
    };
    run_steps(steps, &key, &meant).await?;
    // Locked meanwhile ("Lock now" in another tab, or the idle time): the new passphrase is
    // set, and the records stay locked.
    if plain_keys.is_none() && mode() != Mode::Open {
        return Ok(());
    }
    set_state(opened(key, kdf, check, contents, envelope));
    watch_use();
    report(None);
    records_changed();
    Ok(())
}

/// Removes the lock: every record is written unlocked and read back, and only then does the
/// envelope go.
async fn remove_lock_now() -> Result<(), LockError> {
    let now_open = STATE.with_borrow(|state| match state {
        State::Open(opened) => Some((opened.key.clone(), opened.contents.clone())),
        _ => None,
    });
    let Some((key, contents)) = now_open else {
        return Err(LockError::Storage(StorageError::Locked));
    };
    run_steps(lock::steps_to_unlock_for_good(&contents), &key, "").await?;
    set_state(State::Off);
    records_changed();
    Ok(())
}

/// Waits until the open records' saves are stored; false if the last one failed (its sentence
/// is shown with the records' other problems). True at once with no lock.
pub async fn saved() -> bool {
    loop {
        let saving = STATE.with_borrow(|state| match state {
            State::Open(opened) => opened.saving,
            _ => false,
        });
        if !saving {
            break;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        });
        let _ = JsFuture::from(tick).await;
    }
    SHOWN
        .with_borrow(|shown| shown.and_then(|status| status.problem.try_get_untracked()))
        .flatten()
        .is_none()
}

/// How long the open records stay open without use, in minutes.
pub fn idle_minutes() -> u32 {
    STATE.with_borrow(|state| match state {
        State::Open(opened) => opened.contents.lock_after_minutes,
        _ => lock::DEFAULT_IDLE_MINUTES,
    })
}

/// Sets the idle time; it is kept in the envelope.
pub fn set_idle_minutes(minutes: u32) {
    if !lock::IDLE_CHOICES.contains(&minutes) {
        return;
    }
    STATE.with_borrow_mut(|state| {
        if let State::Open(opened) = state {
            opened.contents.lock_after_minutes = minutes;
        }
    });
    save_soon();
}

/// The channel the tabs lock through, and tell each other of use, with no trace in storage.
const CHANNEL: &str = "peer-support-guide.lock";
const LOCK_MESSAGE: &str = "lock";

/// Locks this tab: the key and the records leave memory (once a save under way is stored).
/// With `every_tab`, the others lock too.
pub fn lock_now(every_tab: bool) {
    let locked = STATE.with_borrow_mut(|state| match state {
        State::Open(opened) if opened.saving => {
            opened.lock_when_saved = true;
            true
        }
        State::Open(_) => {
            *state = State::Locked;
            true
        }
        _ => false,
    });
    if locked {
        show(Mode::Locked);
        records_changed();
    }
    if every_tab {
        if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
            let _ = channel.post_message(&JsValue::from_str(LOCK_MESSAGE));
            channel.close();
        }
    }
}

/// After "Erase everything" (and so "Forgot the passphrase"): the lock goes with the rest, and
/// every part of the page reads storage again (the privacy choices too, back to their
/// defaults, as they will be after a reload).
pub fn forget() {
    set_state(State::Off);
    records_changed();
}

/// Another tab changed the envelope (a save, a new passphrase, or the lock removed). What is
/// stored now is read, not what the event said: events arrive late.
fn envelope_changed() {
    if browser_get(LOCKED_KEY).is_none() {
        if mode() != Mode::Off {
            set_state(State::Off);
            records_changed();
        }
        return;
    }
    let open = STATE.with_borrow_mut(|state| match state {
        State::Open(_) => true,
        State::Off | State::Unread => {
            *state = State::Locked;
            false
        }
        State::Locked => false,
    });
    if !open {
        show(mode());
        records_changed();
        return;
    }
    leptos::task::spawn_local(async move {
        let _ = job(Job::Reopen).await;
    });
}

/// The lock's state for pages, and a sentence when a save failed.
#[derive(Clone, Copy)]
pub struct LockStatus {
    pub mode: RwSignal<Mode>,
    pub problem: RwSignal<Option<String>>,
}

/// Follows the lock for every page: other tabs' changes, locking from any tab, and the idle
/// time.
pub fn provide_lock() {
    let status = LockStatus {
        mode: RwSignal::new(mode()),
        problem: RwSignal::new(None),
    };
    SHOWN.set(Some(status));
    let storage = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(LOCKED_KEY) {
            envelope_changed();
        } else if event.key().is_none() && browser_get(LOCKED_KEY).is_none() {
            // Everything was erased in another tab.
            if mode() != Mode::Off {
                set_state(State::Off);
            }
        }
    });
    on_cleanup(move || storage.remove());
    provide_context(status);
}

thread_local! {
    /// Whether this page already follows use and the other tabs (see [`watch_use`]).
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Once this tab has opened the records: follows use of the app (for the idle lock) and the
/// other tabs (their use, and "lock"), for the rest of the page's life. Only a tab that opened
/// the records needs it, so it is in the lock's part, not in the first load.
fn watch_use() {
    if WATCHING.replace(true) {
        return;
    }
    // Each use is told to the other tabs at most every 20 seconds, so idle time counts use of
    // the app in any tab.
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
    let told = std::cell::Cell::new(0_u64);
    let channel_for_use = channel.clone();
    let used = move |_| {
        let now = now_ms();
        let open = STATE.with_borrow_mut(|state| match state {
            State::Open(opened) => {
                opened.last_use_ms = now;
                true
            }
            _ => false,
        });
        if open && now.saturating_sub(told.get()) > 20_000 {
            told.set(now);
            if let Some(channel) = &channel_for_use {
                let _ = channel.post_message(&JsValue::from_f64(now as f64));
            }
        }
    };
    let used = std::rc::Rc::new(used);
    for name in ["pointerdown", "keydown", "input", "scroll"] {
        let used = used.clone();
        // For the page's life: the handle is not kept.
        let _ = window_event_listener_untyped(name, move |event| used(event));
    }
    let on_message = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
        |message: web_sys::MessageEvent| {
            let data = message.data();
            if data.as_string().as_deref() == Some(LOCK_MESSAGE) {
                lock_now(false);
            } else if let Some(at) = data.as_f64() {
                STATE.with_borrow_mut(|state| {
                    if let State::Open(opened) = state {
                        opened.last_use_ms = opened.last_use_ms.max(at as u64);
                    }
                });
            }
        },
    );
    if let Some(channel) = &channel {
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    }
    on_message.forget();
    // Checked every 10 seconds, and when the page is shown again (timers may not run while a
    // phone sleeps). A tab that locks while hidden locks only itself: another may be in use.
    let check_idle = || {
        let due = STATE.with_borrow(|state| match state {
            State::Open(opened) => lock::idle_due(
                opened.last_use_ms,
                now_ms(),
                opened.contents.lock_after_minutes,
            ),
            _ => false,
        });
        if due {
            lock_now(!document().hidden());
        }
    };
    let _ = set_interval_with_handle(check_idle, std::time::Duration::from_secs(10));
    // A change is sealed and stored a moment after it shows: leaving in that moment asks first.
    let _ = window_event_listener_untyped("beforeunload", |event| {
        let saving =
            STATE.with_borrow(|state| matches!(state, State::Open(opened) if opened.saving));
        if saving {
            event.prevent_default();
        }
    });
    let _ = window_event_listener_untyped("visibilitychange", move |_| check_idle());
}

/// The lock's state, from any page.
pub fn use_lock() -> LockStatus {
    use_context::<LockStatus>().unwrap_or_else(|| LockStatus {
        mode: RwSignal::new(mode()),
        problem: RwSignal::new(None),
    })
}

/// Seals a backup's text with `passphrase` (a new salt), for a file.
async fn seal_backup_now(text: &str, passphrase: &str) -> Result<String, LockError> {
    let (key, kdf, check) = new_key(passphrase).await?;
    seal_envelope(&key, kdf, check, Holds::Backup, text).await
}

/// Opens a locked backup file with `passphrase`. Wrong tries here don't count towards the
/// lock's wait: the file is not this device's lock.
async fn open_backup_now(text: &str, passphrase: &str) -> Result<String, LockError> {
    let (_, envelope, data) = open_envelope(text, passphrase).await?;
    if envelope.holds != Holds::Backup {
        return Err(LockError::Damaged(EnvelopeError::NotLocked));
    }
    Ok(data)
}

/// Opens the envelope another tab stored, with this tab's key: its records are joined with
/// the ones in memory (see [`join_stored`]). A key that no longer opens it (a new passphrase)
/// locks this tab.
async fn reopen() {
    // What is stored now, not what the event said: events arrive late, and one about an
    // envelope already replaced (by a new passphrase set in this tab, say) would lock this tab
    // with its own key. An envelope this tab wrote or read already needs nothing.
    let now = browser_get(LOCKED_KEY);
    let key = STATE.with_borrow(|state| match state {
        State::Open(opened) if now.as_ref() != Some(&opened.stored_text) => {
            Some(opened.key.clone())
        }
        _ => None,
    });
    let (Some(key), Some(text)) = (key, now) else {
        return;
    };
    // A new passphrase, set in another tab: this one locks.
    if !join_stored(&key, &text).await {
        set_state(State::Locked);
    } else {
        // Changes made here and not yet saved are saved again, joined with the other tab's.
        let unsaved = STATE.with_borrow(|state| match state {
            State::Open(opened) => !opened.saving && !opened.contents.same_records(&opened.saved),
            _ => false,
        });
        if unsaved {
            save_soon();
        }
    }
    records_changed();
}

/// The lock's slow work, in a part of the app of its own (WebCrypto, the envelope's reading
/// and writing, switching the lock on and off): fetched the first time a lock is set, opened
/// or saved, so a person who never sets one never loads it.
pub enum Job {
    Unlock(String),
    SetPassphrase(String),
    RemoveLock,
    /// Seal and store the open records.
    Save,
    /// Another tab stored a new envelope: read what is stored now.
    Reopen,
    /// A backup's text to seal, with a passphrase for the file.
    SealBackup {
        text: String,
        passphrase: String,
    },
    /// A locked backup file's text, and the passphrase to open it.
    OpenBackup {
        text: String,
        passphrase: String,
    },
}

/// Does a [`Job`], once the lock's part of the app is loaded (see `parts::lock_job`). Backups
/// give their text; the rest an empty one.
pub async fn job(job: Job) -> Result<String, LockError> {
    crate::parts::lock_job(job).await
}

/// A boxed [`Job`] future, so the lock's part can hand it back as a plain function.
pub type JobFuture =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<String, LockError>>>>;

/// Does a [`Job`]: the code in the lock's part.
pub fn run_job(job: Job) -> JobFuture {
    Box::pin(async move {
        let none = |done: Result<(), LockError>| done.map(|()| String::new());
        match job {
            Job::Unlock(passphrase) => none(unlock_now(&passphrase).await),
            Job::SetPassphrase(passphrase) => none(set_passphrase_now(&passphrase).await),
            Job::RemoveLock => none(remove_lock_now().await),
            Job::Save => {
                save_while_changed().await;
                Ok(String::new())
            }
            Job::Reopen => {
                reopen().await;
                Ok(String::new())
            }
            Job::SealBackup { text, passphrase } => seal_backup_now(&text, &passphrase).await,
            Job::OpenBackup { text, passphrase } => open_backup_now(&text, &passphrase).await,
        }
    })
}

/// Opens the records with `passphrase` (see `unlock_now`).
pub async fn unlock(passphrase: String) -> Result<(), LockError> {
    job(Job::Unlock(passphrase)).await.map(drop)
}

/// Sets or changes the passphrase (see `set_passphrase_now`).
pub async fn set_passphrase(passphrase: String) -> Result<(), LockError> {
    job(Job::SetPassphrase(passphrase)).await.map(drop)
}

/// Removes the lock (see `remove_lock_now`).
pub async fn remove_lock() -> Result<(), LockError> {
    job(Job::RemoveLock).await.map(drop)
}
