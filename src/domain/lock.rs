//! The passphrase lock's rules, with no web dependency: the stored envelope and its versions,
//! which keys it holds, the passphrase check, the steps that switch the lock on, change or
//! remove it without leaving half-written data, the idle timer and the delay after wrong tries.
//!
//! The encryption itself is WebCrypto's (PBKDF2-SHA256 and AES-256-GCM, in `src/lock.rs`): here
//! a sealed text is only bytes with the IV they were sealed with.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// What the envelope's `format` field says, so a file or a stored text is known for what it is.
pub const FORMAT: &str = "peer-support-guide.locked";
/// The envelope's version. A newer one is refused with a sentence, never misread.
pub const VERSION: u32 = 1;
/// PBKDF2 iterations for a new lock: OWASP's figure for PBKDF2-HMAC-SHA256 (2023).
pub const ITERATIONS: u32 = 600_000;
/// Fewer iterations than this are refused: a stored text can't weaken the key derivation.
pub const MIN_ITERATIONS: u32 = ITERATIONS;
/// More than this is refused too, so a damaged or hostile text can't keep the page busy for
/// minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM's tag, at the end of every sealed text.
pub const TAG_BYTES: usize = 16;
/// What the envelope's check seals: opening it tells a wrong passphrase from damaged records.
pub const CHECK_TEXT: &str = "peer-support-guide passphrase check";

/// A passphrase's limits, counted in characters as a person counts.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
pub const MAX_PASSPHRASE_CHARS: usize = 200;

/// What the app keeps under its own prefix.
pub const APP_PREFIX: &str = "peer-support-guide.";
/// The envelope's key, and the prefix of the lock's own keys, which stay unencrypted: the
/// envelope, its copy while a switch is checked, and the count of wrong tries.
pub const LOCKED_KEY: &str = "peer-support-guide.locked";
pub const STAGING_KEY: &str = "peer-support-guide.locked.staging";
pub const TRIES_KEY: &str = "peer-support-guide.locked.tries";
/// The privacy choices apply before anyone unlocks, so they are never in the envelope.
pub const PRIVACY_KEY: &str = "peer-support-guide.privacy";

/// Whether `key` holds the person's records (the journal and its recent entries, set-aside
/// copies, saved groups, wizard answers): these go in the envelope while a lock is set. Only
/// the lock's own keys, the privacy choices and the language stay outside it.
pub fn is_private(key: &str) -> bool {
    key.starts_with(APP_PREFIX)
        && !key.starts_with(LOCKED_KEY)
        && key != PRIVACY_KEY
        && key != super::lang::LANGUAGE_KEY
}

/// The key derivation: PBKDF2-SHA256 over the passphrase, with this salt and count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kdf {
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
}

/// Bytes sealed with AES-256-GCM: the IV and the ciphertext with its tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iv: [u8; IV_BYTES],
    pub bytes: Vec<u8>,
}

/// What an envelope holds once opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Holds {
    /// This device's records: a [`Contents`].
    Records,
    /// A backup file's text (the backup format of `domain::journal`).
    Backup,
}

/// A locked text as stored or saved to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub holds: Holds,
    pub kdf: Kdf,
    /// [`CHECK_TEXT`], sealed with the same key.
    pub check: Sealed,
    pub data: Sealed,
}

/// Why a text is not an envelope the app can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not a locked text at all (another kind of file, or not JSON).
    NotLocked,
    /// Made by a newer version of the app.
    Newer(u32),
    /// A locked text, but a part of it is missing or wrong.
    Damaged(&'static str),
}

/// The parts of a locked text that [`EnvelopeError::Damaged`] names.
pub const ENVELOPE_PARTS: [&str; 4] = [
    "its layout",
    "the key's settings",
    "the passphrase check",
    "the records",
];

impl EnvelopeError {
    /// The sentence that says why, in English, with `{part}` for [`EnvelopeError::part`]: the
    /// view shows both in the page's language.
    pub fn sentence(&self) -> &'static str {
        match self {
            EnvelopeError::NotLocked => "This isn't a locked Peer Support Guide file.",
            EnvelopeError::Newer(_) => "This was locked by a newer version of the app, so it can't be opened here. Nothing was changed. Reload the app to get the newest version.",
            EnvelopeError::Damaged(_) => "The locked records are damaged ({part} can't be read), so they can't be opened. Nothing was changed.",
        }
    }

    /// The part that can't be read, one of [`ENVELOPE_PARTS`] (empty when none is named).
    pub fn part(&self) -> &'static str {
        match self {
            EnvelopeError::Damaged(part) => part,
            _ => "",
        }
    }
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::lang::fill(
            self.sentence(),
            &[("part", self.part())],
        ))
    }
}

/// The envelope as JSON. Bytes are base64.
#[derive(Serialize, Deserialize)]
struct EnvelopeJson {
    format: String,
    version: u32,
    holds: Holds,
    kdf: KdfJson,
    cipher: String,
    check: SealedJson,
    data: SealedJson,
}

#[derive(Serialize, Deserialize)]
struct KdfJson {
    name: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct SealedJson {
    iv: String,
    data: String,
}

const KDF_NAME: &str = "PBKDF2-SHA256";
const CIPHER_NAME: &str = "AES-256-GCM";

fn bytes<const N: usize>(text: &str, part: &'static str) -> Result<[u8; N], EnvelopeError> {
    BASE64
        .decode(text)
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(EnvelopeError::Damaged(part))
}

impl Sealed {
    fn from_json(json: &SealedJson, part: &'static str) -> Result<Sealed, EnvelopeError> {
        let bytes = BASE64
            .decode(&json.data)
            .ok()
            .filter(|bytes| bytes.len() >= TAG_BYTES)
            .ok_or(EnvelopeError::Damaged(part))?;
        Ok(Sealed {
            iv: self::bytes(&json.iv, part)?,
            bytes,
        })
    }

    fn to_json(&self) -> SealedJson {
        SealedJson {
            iv: BASE64.encode(self.iv),
            data: BASE64.encode(&self.bytes),
        }
    }
}

impl Envelope {
    /// Reads a locked text. Only the format is checked here; whether it opens is WebCrypto's.
    pub fn from_json(text: &str) -> Result<Envelope, EnvelopeError> {
        // Its format and version are read first, so a newer envelope with other fields is
        // named as newer, not as damaged.
        #[derive(Deserialize)]
        struct Head {
            format: String,
            version: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(|_| EnvelopeError::NotLocked)?;
        if head.format != FORMAT {
            return Err(EnvelopeError::NotLocked);
        }
        if head.version > VERSION {
            return Err(EnvelopeError::Newer(head.version));
        }
        let json: EnvelopeJson =
            serde_json::from_str(text).map_err(|_| EnvelopeError::Damaged("its layout"))?;
        if json.version != VERSION || json.kdf.name != KDF_NAME || json.cipher != CIPHER_NAME {
            return Err(EnvelopeError::Damaged("its layout"));
        }
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&json.kdf.iterations) {
            return Err(EnvelopeError::Damaged("the key's settings"));
        }
        Ok(Envelope {
            holds: json.holds,
            kdf: Kdf {
                iterations: json.kdf.iterations,
                salt: bytes(&json.kdf.salt, "the key's settings")?,
            },
            check: Sealed::from_json(&json.check, "the passphrase check")?,
            data: Sealed::from_json(&json.data, "the records")?,
        })
    }

    pub fn to_json(&self) -> String {
        let json = EnvelopeJson {
            format: FORMAT.into(),
            version: VERSION,
            holds: self.holds,
            kdf: KdfJson {
                name: KDF_NAME.into(),
                iterations: self.kdf.iterations,
                salt: BASE64.encode(self.kdf.salt),
            },
            cipher: CIPHER_NAME.into(),
            check: self.check.to_json(),
            data: self.data.to_json(),
        };
        serde_json::to_string(&json).unwrap_or_default()
    }
}

/// Whether a text is meant to be locked (a backup file, say), even if it is damaged or newer.
pub fn looks_locked(text: &str) -> bool {
    !matches!(Envelope::from_json(text), Err(EnvelopeError::NotLocked))
}

/// What the device's envelope holds once opened: every private key's text, and the idle time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contents {
    /// Each private key (see [`is_private`]) and the text it would hold unlocked, each key
    /// once. A list, not a map: a few hundred keys at most, and a map's code would be in the
    /// first load (`make size`).
    pub entries: Vec<(String, String)>,
    /// Minutes without use before the app locks itself.
    #[serde(default = "default_idle")]
    pub lock_after_minutes: u32,
    /// The stored version these records are (or were opened from) and the versions before it,
    /// by id, newest first, at most [`LINEAGE`]: whether another tab's save came after one
    /// this tab knows, so that a key it lacks was removed there, or beside it, so that it never
    /// had the key (see [`Contents::merged`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<String>,
}

/// How many versions back a save names.
pub const LINEAGE: usize = 16;

fn default_idle() -> u32 {
    DEFAULT_IDLE_MINUTES
}

impl Contents {
    pub fn new(entries: Vec<(String, String)>) -> Contents {
        let mut contents = Contents {
            entries: Vec::new(),
            lock_after_minutes: DEFAULT_IDLE_MINUTES,
            lineage: Vec::new(),
        };
        for (key, text) in entries {
            contents.set(&key, Some(text));
        }
        contents
    }

    /// The text under `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, text)| text.as_str())
    }

    /// Stores `text` under `key`, or with `None` removes it.
    pub fn set(&mut self, key: &str, text: Option<String>) {
        let at = self.entries.iter().position(|(k, _)| k == key);
        match (at, text) {
            (Some(at), Some(text)) => self.entries[at].1 = text,
            (None, Some(text)) => self.entries.push((key.to_string(), text)),
            (Some(at), None) => {
                self.entries.swap_remove(at);
            }
            (None, None) => {}
        }
    }

    /// Reads opened contents; only private keys are taken, and an idle time not offered is
    /// read as the default.
    pub fn from_json(text: &str) -> Option<Contents> {
        let read: Contents = serde_json::from_str(text).ok()?;
        let mut contents = Contents::new(
            read.entries
                .into_iter()
                .filter(|(key, _)| is_private(key))
                .collect(),
        );
        contents.lock_after_minutes = read.lock_after_minutes;
        if !IDLE_CHOICES.contains(&contents.lock_after_minutes) {
            contents.lock_after_minutes = DEFAULT_IDLE_MINUTES;
        }
        contents.lineage = read.lineage;
        contents.lineage.truncate(LINEAGE);
        Some(contents)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether `other` holds the same records and idle time (whatever versions they came from).
    pub fn same_records(&self, other: &Contents) -> bool {
        self.lock_after_minutes == other.lock_after_minutes
            && self.entries.len() == other.entries.len()
            && self
                .entries
                .iter()
                .all(|(key, text)| other.get(key) == Some(text))
    }

    /// These records as a new stored version, `id`, that follows the one they came from.
    pub fn next_version(&self, id: String) -> Contents {
        let mut next = self.clone();
        next.lineage = Some(id)
            .into_iter()
            .chain(self.lineage.iter().cloned())
            .collect();
        next.lineage.truncate(LINEAGE);
        next
    }

    /// Joins a save another tab stored (`theirs`) with this tab's records (`ours`), given the
    /// version this tab last stored or read (`base`).
    ///
    /// A key only one side changed since `base` takes that side's text; one both changed takes
    /// this tab's, whose save comes later. So a meeting or check-in added in each tab at the
    /// same moment (each a key of its own) are both kept.
    ///
    /// A key `theirs` lacks is taken as removed there only if their save came after `base`
    /// (its lineage names it). Two tabs can both save over the same version at the same moment
    /// (the browser's storage is not shared in one step between tabs): then the other tab never
    /// had this tab's new key, and it is kept. Nothing is lost that way; at worst a key removed
    /// in the other tab at that same moment comes back.
    pub fn merged(base: &Contents, ours: &Contents, theirs: &Contents) -> Contents {
        let after_base = base
            .lineage
            .first()
            .is_some_and(|id| theirs.lineage.contains(id));
        let mut joined = Contents {
            entries: Vec::new(),
            lock_after_minutes: if ours.lock_after_minutes == base.lock_after_minutes {
                theirs.lock_after_minutes
            } else {
                ours.lock_after_minutes
            },
            lineage: Vec::new(),
        };
        let keys = ours
            .entries
            .iter()
            .chain(&theirs.entries)
            .chain(&base.entries);
        for (key, _) in keys {
            if joined.entries.iter().any(|(k, _)| k == key) {
                continue;
            }
            let mine = ours.get(key);
            let text = match theirs.get(key) {
                Some(text) if mine == base.get(key) => Some(text),
                None if mine == base.get(key) && after_base => None,
                _ => mine,
            };
            if let Some(text) = text {
                joined.entries.push((key.clone(), text.to_string()));
            }
        }
        // Both sides' versions, taken in turn, so that neither side's newest is cut off.
        let (mut their_ids, mut our_ids) = (theirs.lineage.iter(), ours.lineage.iter());
        loop {
            let pair = [their_ids.next(), our_ids.next()];
            if pair.iter().all(Option::is_none) {
                break;
            }
            for id in pair.into_iter().flatten() {
                if joined.lineage.len() < LINEAGE && !joined.lineage.contains(id) {
                    joined.lineage.push(id.clone());
                }
            }
        }
        joined
    }

    /// Takes in records written unlocked while the envelope was being switched on, or by a
    /// tab that hadn't heard of the lock yet. A key the envelope lacks is added; one it has
    /// keeps the envelope's text (the envelope is what the app last read and wrote). Returns the
    /// keys to remove from plain storage: all of them.
    pub fn take_in(&mut self, plain: Vec<(String, String)>) -> Vec<String> {
        let mut taken = Vec::new();
        for (key, text) in plain {
            if !is_private(&key) {
                continue;
            }
            if self.get(&key).is_none() {
                self.set(&key, Some(text));
            }
            taken.push(key);
        }
        taken
    }
}

/// Why a passphrase isn't taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    Empty,
    /// 4 to 7 digits: a PIN, which can be guessed by trying them all.
    Pin,
    TooShort,
    TooLong,
    /// The two copies typed differ.
    Different,
}

impl PassphraseProblem {
    /// Every problem, for the list of texts that need a translation (`domain::texts`).
    pub const ALL: [PassphraseProblem; 5] = [
        PassphraseProblem::Empty,
        PassphraseProblem::Pin,
        PassphraseProblem::TooShort,
        PassphraseProblem::TooLong,
        PassphraseProblem::Different,
    ];

    /// The sentence that says what to do, in English: the view shows it in the page's language.
    pub fn sentence(&self) -> &'static str {
        match self {
            PassphraseProblem::Empty => "Enter a passphrase.",
            PassphraseProblem::Pin => "A PIN isn't enough here: someone with a copy of the browser's files could try every number in minutes. Use at least 8 characters, such as three or four words.",
            PassphraseProblem::TooShort => "Use at least 8 characters. Three or four words you'll remember work well.",
            PassphraseProblem::TooLong => "Use at most 200 characters.",
            PassphraseProblem::Different => "The two passphrases are different. Type the same one in both boxes.",
        }
    }
}

impl fmt::Display for PassphraseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sentence())
    }
}

/// A plain hint at how hard a passphrase is to guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Fair,
    Strong,
}

impl Strength {
    pub fn hint(self) -> &'static str {
        match self {
            Strength::Weak => {
                "Easy to guess. A longer passphrase, or a few more words, is much safer."
            }
            Strength::Fair => "Fair. Adding another word makes it much harder to guess.",
            Strength::Strong => "Strong. Make sure you'll remember it: it can't be recovered.",
        }
    }
}

/// How hard `passphrase` is to guess, by its length and the kinds of characters in it. A rough
/// hint for the person, not a promise.
pub fn strength(passphrase: &str) -> Strength {
    let chars = passphrase.chars().count();
    let kinds = [
        passphrase.chars().any(char::is_lowercase),
        passphrase.chars().any(char::is_uppercase),
        passphrase.chars().any(|c| c.is_ascii_digit()),
        passphrase.chars().any(|c| !c.is_alphanumeric()),
    ]
    .into_iter()
    .filter(|kind| *kind)
    .count();
    // Counted without a sort: the standard sorts cost kilobytes of wasm (see `sort_small`).
    let mut seen: Vec<char> = Vec::new();
    for c in passphrase.chars() {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let distinct = seen.len();
    match chars {
        _ if distinct < 5 => Strength::Weak,
        16.. if kinds >= 2 || distinct >= 10 => Strength::Strong,
        12.. if kinds >= 2 => Strength::Fair,
        8.. if kinds >= 3 => Strength::Fair,
        _ => Strength::Weak,
    }
}

/// Checks a new passphrase and its second copy.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<Strength, PassphraseProblem> {
    let chars = passphrase.chars().count();
    if chars == 0 {
        return Err(PassphraseProblem::Empty);
    }
    if (4..MIN_PASSPHRASE_CHARS).contains(&chars) && passphrase.chars().all(|c| c.is_ascii_digit())
    {
        return Err(PassphraseProblem::Pin);
    }
    if chars < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if chars > MAX_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooLong);
    }
    if passphrase != again {
        return Err(PassphraseProblem::Different);
    }
    Ok(strength(passphrase))
}

/// The idle times a person can choose, in minutes.
pub const IDLE_CHOICES: [u32; 4] = [1, 5, 15, 30];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// Whether an open app should lock itself: `idle_minutes` have passed since the last use
/// (anywhere in the app, any tab). A clock that went back past the last use locks too: the
/// time since can't be known, and locking is the safe side.
pub fn idle_due(last_use_ms: u64, now_ms: u64, idle_minutes: u32) -> bool {
    now_ms < last_use_ms || now_ms - last_use_ms >= idle_ms(idle_minutes)
}

/// How long from `now_ms` until [`idle_due`], for the timer (0 when it is due).
pub fn idle_left_ms(last_use_ms: u64, now_ms: u64, idle_minutes: u32) -> u64 {
    if idle_due(last_use_ms, now_ms, idle_minutes) {
        0
    } else {
        last_use_ms + idle_ms(idle_minutes) - now_ms
    }
}

fn idle_ms(minutes: u32) -> u64 {
    u64::from(minutes.clamp(1, 24 * 60)) * 60_000
}

/// Wrong passphrases tried in a row, and when the last was, kept unencrypted so a reload
/// doesn't reset the wait.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tries {
    pub wrong: u32,
    pub last_ms: u64,
}

/// Wrong tries allowed before the first wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries.
pub const MAX_WAIT_MS: u64 = 120_000;

impl Tries {
    pub fn from_json(text: &str) -> Tries {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(self) -> String {
        serde_json::to_string(&self).unwrap_or_default()
    }

    /// After a wrong try at `now_ms`.
    pub fn wrong_at(self, now_ms: u64) -> Tries {
        Tries {
            wrong: self.wrong.saturating_add(1),
            last_ms: now_ms,
        }
    }

    /// The wait after this many wrong tries: none for the first [`FREE_TRIES`], then 5 seconds,
    /// doubling each time, up to [`MAX_WAIT_MS`].
    pub fn wait_ms(self) -> u64 {
        match self.wrong.checked_sub(FREE_TRIES) {
            None => 0,
            Some(past) => 5_000u64.saturating_mul(1 << past.min(10)).min(MAX_WAIT_MS),
        }
    }

    /// How long until the next try is taken. A clock that went back counts the whole wait
    /// from now.
    pub fn wait_left_ms(self, now_ms: u64) -> u64 {
        let wait = self.wait_ms();
        if now_ms < self.last_ms {
            return wait;
        }
        (self.last_ms + wait).saturating_sub(now_ms)
    }
}

/// One step of a switch of the stored records, done in this order by `src/lock.rs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Store this text under this key.
    Write(String, String),
    /// Read the key back and check that it opens (or reads) to what was meant; a switch stops
    /// at the first step that fails.
    Verify(String),
    Remove(String),
}

/// Switching the lock on: the new envelope is written beside the records and checked; only
/// then does it take their place, in one write, and the unlocked copies go. Until that write
/// the unlocked records are what the app reads; after it, the envelope.
pub fn steps_to_lock(envelope: &str, plain_keys: &[String]) -> Vec<Step> {
    let mut steps = staged(envelope);
    steps.extend(plain_keys.iter().cloned().map(Step::Remove));
    steps
}

/// Changing the passphrase (or writing the envelope again): the new envelope is written
/// beside the old, checked, then takes its place in one write.
pub fn steps_to_rekey(envelope: &str) -> Vec<Step> {
    staged(envelope)
}

fn staged(envelope: &str) -> Vec<Step> {
    vec![
        Step::Write(STAGING_KEY.into(), envelope.into()),
        Step::Verify(STAGING_KEY.into()),
        Step::Write(LOCKED_KEY.into(), envelope.into()),
        Step::Remove(STAGING_KEY.into()),
    ]
}

/// Removing the lock: every record is written unlocked and read back; only then does the
/// envelope go. Until then the envelope is what the app reads (and what was written unlocked
/// is taken back in on the next unlock: see [`Contents::take_in`]).
pub fn steps_to_unlock_for_good(contents: &Contents) -> Vec<Step> {
    let mut steps = Vec::new();
    for (key, text) in &contents.entries {
        steps.push(Step::Write(key.clone(), text.clone()));
        steps.push(Step::Verify(key.clone()));
    }
    steps.push(Step::Remove(LOCKED_KEY.into()));
    steps.push(Step::Remove(STAGING_KEY.into()));
    steps
}

/// What to remove when a switch's step numbered `failed_at` fails: every key written before it
/// but the envelope's own (a write there is the switch itself, done in one go or not at all).
/// So a failed switch leaves no staging copy taking up room, and a failed removal of the lock
/// leaves no record unlocked beside the envelope.
pub fn undo(steps: &[Step], failed_at: usize) -> Vec<String> {
    steps
        .iter()
        .take(failed_at)
        .filter_map(|step| match step {
            Step::Write(key, _) if key != LOCKED_KEY => Some(key.clone()),
            _ => None,
        })
        .collect()
}

/// What the app reads from stored keys: with an envelope, it (and nothing else, the staging
/// copy never); without one, the unlocked records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    Envelope(&'a str),
    Plain(Vec<(&'a str, &'a str)>),
}

pub fn source(stored: &BTreeMap<String, String>) -> Source<'_> {
    match stored.get(LOCKED_KEY) {
        Some(envelope) => Source::Envelope(envelope),
        None => Source::Plain(
            stored
                .iter()
                .filter(|(key, _)| is_private(key))
                .map(|(key, text)| (key.as_str(), text.as_str()))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sealed(n: u8) -> Sealed {
        Sealed {
            iv: [n; IV_BYTES],
            bytes: vec![n; TAG_BYTES + usize::from(n)],
        }
    }

    fn envelope() -> Envelope {
        Envelope {
            holds: Holds::Records,
            kdf: Kdf {
                iterations: ITERATIONS,
                salt: [7; SALT_BYTES],
            },
            check: sealed(1),
            data: sealed(2),
        }
    }

    #[test]
    fn an_envelope_reads_back_as_written() {
        let text = envelope().to_json();
        assert_eq!(Envelope::from_json(&text), Ok(envelope()));
        assert!(text.contains(r#""format":"peer-support-guide.locked""#));
        assert!(text.contains(r#""iterations":600000"#));
        assert!(text.contains(r#""cipher":"AES-256-GCM""#));
    }

    #[test]
    fn the_envelope_format_is_fixed() {
        // Version 1 as stored: a change to the layout must come with a new version.
        let text = r#"{"format":"peer-support-guide.locked","version":1,"holds":"backup","kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="},"cipher":"AES-256-GCM","check":{"iv":"AAAAAAAAAAAAAAAA","data":"AAAAAAAAAAAAAAAAAAAAAA=="},"data":{"iv":"AQEBAQEBAQEBAQEB","data":"AQEBAQEBAQEBAQEBAQEBAQE="}}"#;
        let read = Envelope::from_json(text);
        assert_eq!(read.as_ref().map(|e| e.holds), Ok(Holds::Backup));
        assert_eq!(read.as_ref().map(|e| e.data.iv), Ok([1; IV_BYTES]));
        assert_eq!(read.map(|e| e.to_json()).as_deref(), Ok(text));
    }

    #[test]
    fn other_texts_are_not_locked() {
        for text in [
            "",
            "{}",
            "[1]",
            r#"{"format":"peer-support-guide.backup","version":1}"#,
        ] {
            assert_eq!(
                Envelope::from_json(text),
                Err(EnvelopeError::NotLocked),
                "{text}"
            );
            assert!(!looks_locked(text));
        }
    }

    #[test]
    fn a_newer_envelope_is_named_as_newer() {
        let text = r#"{"format":"peer-support-guide.locked","version":2,"anything":"else"}"#;
        assert_eq!(Envelope::from_json(text), Err(EnvelopeError::Newer(2)));
        assert!(looks_locked(text));
    }

    #[test]
    fn damaged_parts_are_named_and_weak_settings_refused() {
        let good = envelope().to_json();
        let cases = [
            (good.replace("600000", "1000"), "the key's settings"),
            (good.replace("600000", "4000000000"), "the key's settings"),
            (
                good.replace(r#""salt":"BwcHBwcHBwcHBwcHBwcHBw==""#, r#""salt":"Bwc=""#),
                "the key's settings",
            ),
            (good.replace("AES-256-GCM", "AES-128-CBC"), "its layout"),
            (good.replace(r#""holds":"records","#, ""), "its layout"),
            (
                good.replace(r#""iv":"AgICAgICAgICAgIC""#, r#""iv":"not base64!""#),
                "the records",
            ),
            (good.replace("PBKDF2-SHA256", "PBKDF2-SHA1"), "its layout"),
        ];
        for (text, part) in cases {
            assert_ne!(text, good, "{part}");
            assert_eq!(
                Envelope::from_json(&text),
                Err(EnvelopeError::Damaged(part)),
                "{text}"
            );
        }
    }

    #[test]
    fn only_records_go_in_the_envelope() {
        for key in [
            "peer-support-guide.journal",
            "peer-support-guide.journal.recent.check-in.main.2026-11-27",
            "peer-support-guide.journal.damaged.1764000000000",
            "peer-support-guide.saved.narcotics-anonymous",
            "peer-support-guide.favourites",
            "peer-support-guide.wizard",
        ] {
            assert!(is_private(key), "{key}");
        }
        for key in [
            LOCKED_KEY,
            STAGING_KEY,
            TRIES_KEY,
            PRIVACY_KEY,
            "other-app.journal",
        ] {
            assert!(!is_private(key), "{key}");
        }
    }

    #[test]
    fn contents_read_back_and_drop_what_is_not_theirs() {
        let mut contents = Contents::new(vec![("peer-support-guide.journal".into(), "{}".into())]);
        contents.lock_after_minutes = 15;
        assert_eq!(
            Contents::from_json(&contents.to_json()),
            Some(contents.clone())
        );
        let odd = r#"{"entries":[["peer-support-guide.locked","x"],["peer-support-guide.wizard","0\n"],["peer-support-guide.wizard","again"]],"lock_after_minutes":7}"#;
        let read = Contents::from_json(odd);
        // Only the private key, once: the later text wins.
        assert_eq!(read.as_ref().map(|c| c.entries.len()), Some(1));
        assert_eq!(
            read.as_ref()
                .and_then(|c| c.get("peer-support-guide.wizard")),
            Some("again")
        );
        assert_eq!(
            read.map(|c| c.lock_after_minutes),
            Some(DEFAULT_IDLE_MINUTES)
        );
        assert_eq!(Contents::from_json("not json"), None);
    }

    #[test]
    fn records_found_unlocked_are_taken_in() {
        let mut contents =
            Contents::new(vec![("peer-support-guide.journal".into(), "kept".into())]);
        let plain = vec![
            (
                "peer-support-guide.journal".to_string(),
                "older".to_string(),
            ),
            (
                "peer-support-guide.journal.recent.m1".to_string(),
                "meeting".to_string(),
            ),
            (
                "peer-support-guide.saved.smart-recovery".to_string(),
                "1".to_string(),
            ),
            (PRIVACY_KEY.to_string(), "{}".to_string()),
        ];
        let removed = contents.take_in(plain);
        assert_eq!(removed.len(), 3);
        assert_eq!(contents.get("peer-support-guide.journal"), Some("kept"));
        assert_eq!(
            contents.get("peer-support-guide.journal.recent.m1"),
            Some("meeting")
        );
        assert_eq!(contents.get(PRIVACY_KEY), None);
        // A key the envelope has keeps the envelope's text, whatever kind of key it is: an
        // entry deleted after a half-done removal of the lock doesn't come back.
        let mut again = Contents::new(vec![(
            "peer-support-guide.saved.lifering".into(),
            "2".into(),
        )]);
        again.take_in(vec![(
            "peer-support-guide.saved.lifering".into(),
            "1".into(),
        )]);
        assert_eq!(again.get("peer-support-guide.saved.lifering"), Some("2"));
    }

    #[test]
    fn a_pin_is_refused_and_says_why() {
        for pin in ["1234", "123456", "0000000"] {
            assert_eq!(
                check_new_passphrase(pin, pin),
                Err(PassphraseProblem::Pin),
                "{pin}"
            );
        }
        assert!(PassphraseProblem::Pin.to_string().contains("PIN"));
        assert_eq!(check_new_passphrase("", ""), Err(PassphraseProblem::Empty));
        assert_eq!(
            check_new_passphrase("abc", "abc"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("1234567a", "1234567a").map(|_| ()),
            Ok(())
        );
        let long = "word ".repeat(41);
        assert_eq!(
            check_new_passphrase(&long, &long),
            Err(PassphraseProblem::TooLong)
        );
        assert_eq!(
            check_new_passphrase("blue kettle river", "blue kettle rivet"),
            Err(PassphraseProblem::Different)
        );
        // Characters, not bytes: eight accented letters are eight.
        assert!(check_new_passphrase("éèêëéèêë", "éèêëéèêë").is_ok());
    }

    #[test]
    fn the_strength_hint_grows_with_length_and_variety() {
        assert_eq!(strength("password"), Strength::Weak);
        assert_eq!(strength("aaaaaaaaaaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(strength("12345678"), Strength::Weak);
        assert_eq!(strength("Kettle-41"), Strength::Fair);
        assert_eq!(strength("blue kettle rivers"), Strength::Strong);
        assert_eq!(strength("Blue kettle river 7"), Strength::Strong);
    }

    #[test]
    fn idle_lock_rules() {
        let five = 5 * 60_000;
        assert!(!idle_due(1_000, 1_000, 5));
        assert!(!idle_due(1_000, 1_000 + five - 1, 5));
        assert!(idle_due(1_000, 1_000 + five, 5));
        // The clock went back: lock.
        assert!(idle_due(10_000, 9_999, 5));
        assert_eq!(idle_left_ms(1_000, 1_000, 5), five);
        assert_eq!(idle_left_ms(1_000, 61_000, 1), 0);
        assert_eq!(idle_left_ms(1_000, 31_000, 1), 30_000);
        // A nonsense idle time is still at least a minute, never zero.
        assert!(!idle_due(0, 59_999, 0));
    }

    #[test]
    fn wrong_tries_wait_longer_each_time() {
        let mut tries = Tries::default();
        let mut waits = Vec::new();
        for at in 0..10 {
            tries = tries.wrong_at(at * 1_000);
            waits.push(tries.wait_ms());
        }
        assert_eq!(
            waits,
            [0, 0, 5_000, 10_000, 20_000, 40_000, 80_000, 120_000, 120_000, 120_000]
        );
        assert_eq!(tries.wait_left_ms(9_000), 120_000);
        assert_eq!(tries.wait_left_ms(9_000 + 100_000), 20_000);
        assert_eq!(tries.wait_left_ms(9_000 + 200_000), 0);
        // A clock set back can't shorten the wait.
        assert_eq!(tries.wait_left_ms(0), 120_000);
        assert_eq!(Tries::from_json(&tries.to_json()), tries);
        assert_eq!(Tries::from_json("garbled"), Tries::default());
        assert_eq!(
            Tries {
                wrong: u32::MAX,
                last_ms: 0
            }
            .wrong_at(1)
            .wrong,
            u32::MAX
        );
    }

    /// A stand-in for WebCrypto: an envelope "opens" with the passphrase it names.
    fn fake_seal(passphrase: &str, contents: &Contents) -> String {
        format!("{passphrase}|{}", contents.to_json())
    }

    fn fake_open(envelope: &str, passphrase: &str) -> Option<Contents> {
        let (with, json) = envelope.split_once('|')?;
        (with == passphrase)
            .then(|| Contents::from_json(json))
            .flatten()
    }

    /// What a person would get back after the stored keys are left as `stored`.
    fn read_back(stored: &BTreeMap<String, String>, passphrases: &[&str]) -> Option<Contents> {
        match source(stored) {
            Source::Envelope(envelope) => {
                let mut contents = passphrases.iter().find_map(|p| fake_open(envelope, p))?;
                let plain = stored
                    .iter()
                    .filter(|(key, _)| is_private(key))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                contents.take_in(plain);
                Some(contents)
            }
            Source::Plain(entries) => Some(Contents::new(
                entries
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            )),
        }
    }

    /// Runs `steps` on `stored` up to the first failure, as `src/lock.rs` does: a write or
    /// verify numbered `fail_at` fails, and nothing after it is done.
    fn run(stored: &mut BTreeMap<String, String>, steps: &[Step], fail_at: usize) {
        for (i, step) in steps.iter().enumerate() {
            // Only writes and checks can fail; a removal is done or harmlessly not.
            if i == fail_at && !matches!(step, Step::Remove(_)) {
                for key in undo(steps, i) {
                    stored.remove(&key);
                }
                return;
            }
            match step {
                Step::Write(key, text) => {
                    stored.insert(key.clone(), text.clone());
                }
                Step::Verify(key) => {
                    if !stored.contains_key(key) {
                        return;
                    }
                }
                Step::Remove(key) => {
                    stored.remove(key);
                }
            }
        }
    }

    fn records(keys: &[(String, String)]) -> BTreeMap<String, String> {
        keys.iter().cloned().collect()
    }

    fn map(entries: Vec<(String, String)>) -> BTreeMap<String, String> {
        entries.into_iter().collect()
    }

    fn entry() -> impl Strategy<Value = (String, String)> {
        (
            prop::sample::select(vec![
                "peer-support-guide.journal",
                "peer-support-guide.journal.recent.a",
                "peer-support-guide.journal.recent.check-in.main.2026-01-01",
                "peer-support-guide.saved.lifering",
                "peer-support-guide.wizard",
            ]),
            "[a-z{}\":,]{0,12}",
        )
            .prop_map(|(k, v)| (k.to_string(), v))
    }

    proptest! {
        /// Switching the lock on, stopped by a failure at any step: the records read back
        /// whole, unlocked before the envelope takes their place, locked after.
        #[test]
        fn switching_on_never_leaves_half_written_records(
            entries in prop::collection::vec(entry(), 0..6),
            fail_at in 0usize..12,
        ) {
            let before = records(&entries);
            let contents = Contents::new(before.clone().into_iter().collect());
            let mut stored = before.clone();
            stored.insert(PRIVACY_KEY.into(), "{}".into());
            let keys: Vec<String> = before.keys().cloned().collect();
            run(&mut stored, &steps_to_lock(&fake_seal("new", &contents), &keys), fail_at);
            let got = read_back(&stored, &["new"]);
            prop_assert_eq!(got.map(|c| map(c.entries)), Some(before.clone()));
            prop_assert!(!stored.contains_key(STAGING_KEY));
            if fail_at >= 4 + keys.len() {
                // Done: no record is left unlocked, and the staging copy is gone.
                prop_assert!(stored.keys().all(|k| !is_private(k)));
                prop_assert!(!stored.contains_key(STAGING_KEY));
                prop_assert!(stored.contains_key(PRIVACY_KEY));
            }
        }

        /// Changing the passphrase, stopped anywhere: the old passphrase opens the records
        /// until the new envelope takes their place, and the new one after.
        #[test]
        fn changing_the_passphrase_never_loses_the_records(
            entries in prop::collection::vec(entry(), 0..6),
            fail_at in 0usize..5,
        ) {
            let contents = Contents::new(records(&entries).into_iter().collect());
            let mut stored = BTreeMap::new();
            stored.insert(LOCKED_KEY.to_string(), fake_seal("old", &contents));
            run(&mut stored, &steps_to_rekey(&fake_seal("new", &contents)), fail_at);
            let with_old = read_back(&stored, &["old"]);
            let with_new = read_back(&stored, &["new"]);
            let switched = fail_at >= 3;
            prop_assert_eq!(with_old.is_some(), !switched);
            prop_assert_eq!(with_new.is_some(), switched);
            let got = with_old.or(with_new).map(|c| map(c.entries));
            prop_assert_eq!(got, Some(map(contents.entries.clone())));
            prop_assert!(!stored.contains_key(STAGING_KEY));
        }

        /// Removing the lock, stopped anywhere: the passphrase still opens the records until
        /// the envelope goes, and then they are there unlocked.
        #[test]
        fn removing_the_lock_never_loses_the_records(
            entries in prop::collection::vec(entry(), 0..6),
            fail_at in 0usize..16,
        ) {
            let contents = Contents::new(records(&entries).into_iter().collect());
            let mut stored = BTreeMap::new();
            stored.insert(LOCKED_KEY.to_string(), fake_seal("old", &contents));
            run(&mut stored, &steps_to_unlock_for_good(&contents), fail_at);
            let got = read_back(&stored, &["old"]).map(|c| map(c.entries));
            prop_assert_eq!(got, Some(map(contents.entries.clone())));
            // Never a record unlocked beside the envelope, nor a staging copy left over.
            if stored.contains_key(LOCKED_KEY) {
                prop_assert!(stored.keys().all(|k| !is_private(k)));
            }
            prop_assert!(!stored.contains_key(STAGING_KEY));
        }

        /// Two tabs' saves joined: what only one side changed is kept from that side, what both
        /// changed is this tab's, and a key the other side lacks is dropped only if its save came
        /// after this tab's (so it was removed there, not never seen).
        #[test]
        fn two_tabs_saves_join_key_by_key(
            base in prop::collection::vec(entry(), 0..6),
            ours in prop::collection::vec(entry(), 0..6),
            theirs in prop::collection::vec(entry(), 0..6),
            after_base in any::<bool>(),
        ) {
            let [base, mut ours, mut theirs] = [base, ours, theirs].map(Contents::new);
            let base = base.next_version("base".into());
            ours.lineage = base.lineage.clone();
            theirs.lineage = base.lineage.clone();
            let theirs = if after_base {
                theirs.next_version("mid".into()).next_version("theirs".into())
            } else {
                theirs.lineage.clear();
                theirs.next_version("beside".into())
            };
            let joined = Contents::merged(&base, &ours, &theirs);
            if after_base {
                prop_assert_eq!(map(Contents::merged(&base, &base, &theirs).entries), map(theirs.entries.clone()));
            }
            prop_assert_eq!(map(Contents::merged(&base, &ours, &base).entries), map(ours.entries.clone()));
            for key in ours.entries.iter().chain(&theirs.entries).chain(&base.entries).map(|(k, _)| k) {
                let want = match theirs.get(key) {
                    Some(text) if ours.get(key) == base.get(key) => Some(text),
                    None if ours.get(key) == base.get(key) && after_base => None,
                    _ => ours.get(key),
                };
                prop_assert_eq!(joined.get(key), want, "{}", key);
            }
            // Both sides' newest versions are named, so a third tab that read either one
            // knows the join came after it.
            prop_assert!(joined.lineage.iter().any(|id| id == "base"));
            prop_assert!(joined.lineage.iter().any(|id| id == "theirs" || id == "beside"));
            prop_assert!(joined.lineage.len() <= LINEAGE);
        }

        /// Two tabs save over the same version at the same moment, each adding keys, and the
        /// later write wins the storage: the tab it overwrote joins it and saves again, and
        /// the other joins that with no save of its own. Every key added on either side is
        /// kept, in both tabs, which then hold the same records.
        #[test]
        fn two_tabs_saving_at_once_keep_every_new_key(
            start in prop::collection::vec(entry(), 0..4),
            a_adds in prop::collection::vec(entry(), 1..4),
            b_adds in prop::collection::vec(entry(), 1..4),
            history in 0usize..20,
        ) {
            let mut first = Contents::new(start);
            for i in 0..history {
                first = first.next_version(format!("old{i}"));
            }
            let first = first.next_version("first".into());
            let add = |adds: &[(String, String)]| {
                let mut tab = first.clone();
                for (key, text) in adds {
                    tab.set(key, Some(text.clone()));
                }
                tab
            };
            let a_saved = add(&a_adds).next_version("a".into());
            let b_saved = add(&b_adds).next_version("b".into());
            // B's save was written over by A's: B joins A's, against B's own.
            let b_joined = Contents::merged(&b_saved, &b_saved, &a_saved);
            for (key, _) in a_adds.iter().chain(&b_adds) {
                prop_assert!(b_joined.get(key).is_some(), "{} lost", key);
            }
            // B stores the join; A, whose save it came after, takes it as it is.
            let b_again = b_joined.next_version("b2".into());
            let a_joined = Contents::merged(&a_saved, &a_saved, &b_again);
            prop_assert!(a_joined.same_records(&b_again));
            prop_assert!(b_again.lineage.len() <= LINEAGE);
        }

        /// Any text: read as an envelope or refused with a reason, never a panic; what reads
        /// writes back the same.
        #[test]
        fn any_text_reads_or_is_refused(text in ".{0,200}") {
            if let Ok(envelope) = Envelope::from_json(&text) {
                prop_assert_eq!(Envelope::from_json(&envelope.to_json()), Ok(envelope));
            }
        }
    }
}
