//! The one place that touches localStorage: typed keys, safe reads and writes, plain-word errors.

use std::fmt;
use wasm_bindgen::JsCast;

/// Every key the app stores under. Names carry a prefix so they never clash with another app on
/// the same origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The groups a person saved to their list, as slugs separated by commas.
    Favourites,
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
