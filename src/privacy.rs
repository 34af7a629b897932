//! The privacy choices for every page: read from storage once, changed from Settings, kept in
//! step with other tabs through the `storage` event; and the quick exit itself.

use crate::domain::privacy::{neutral_file_name_in, PrivacyPrefs};
use crate::storage::{self, StorageError, StorageKey};
use leptos::prelude::*;

/// The privacy choices, shared by the header, the page titles, the home page and Settings.
#[derive(Clone, Copy)]
pub struct Privacy {
    pub prefs: ReadSignal<PrivacyPrefs>,
    set_prefs: WriteSignal<PrivacyPrefs>,
}

impl Privacy {
    /// Makes `change` to the choices as stored now (another tab may have changed them a moment
    /// ago), checks that the result reads back as itself, and only then stores and shows it.
    ///
    /// Where the browser lets the app save nothing at all, the change still holds in this tab
    /// until it closes, as the error's sentence says.
    pub fn change(&self, change: &mut dyn FnMut(&mut PrivacyPrefs)) -> Result<(), StorageError> {
        let mut prefs = match storage::read(StorageKey::Privacy) {
            Ok(text) => read(text.as_deref()),
            Err(_) => self.prefs.get_untracked(),
        };
        change(&mut prefs);
        let text = prefs.to_json();
        if read(Some(&text)) != prefs {
            return Err(StorageError::Failed(
                crate::i18n::t("the choice would not read back").into(),
            ));
        }
        let saved = storage::write(StorageKey::Privacy, &text);
        if matches!(saved, Ok(()) | Err(StorageError::Unavailable)) {
            self.set_prefs.set(prefs);
        } else {
            // Controls drawn from the choices (a radio button just ticked) show them as they are.
            self.set_prefs.update(|_| {});
        }
        saved
    }

    /// Remembers that the person was told what Exit does. If that can't be saved, the note
    /// still goes for this visit.
    pub fn told(&self) {
        let _ = self.change(&mut |prefs| prefs.exit_told = true);
        self.set_prefs.update(|prefs| prefs.exit_told = true);
    }
}

fn load() -> PrivacyPrefs {
    read(storage::read(StorageKey::Privacy).ok().flatten().as_deref())
}

/// The choices stored as `text`, as `PrivacyPrefs::read` reads them (both are tested against
/// `privacy::reading_examples`): the same serde rules
/// (defaults for what is missing, unknown fields skipped, anything unreadable giving the
/// defaults), with the browser's own `JSON.parse` in place of serde_json, whose reader would
/// put 17 KB into the main wasm module (`make size`).
pub fn read(text: Option<&str>) -> PrivacyPrefs {
    use serde::Deserialize;
    let parsed = text.and_then(|text| js_sys::JSON::parse(text).ok());
    PrivacyPrefs::checked(parsed.and_then(|value| PrivacyPrefs::deserialize(Parsed(value)).ok()))
}

/// A value `JSON.parse` gave, read by serde.
struct Parsed(wasm_bindgen::JsValue);

/// Why a parsed value did not read. It carries no words: every serde error method is given
/// here so that none formats a message, which would bring float formatting into the module.
#[derive(Debug)]
struct Unreadable;

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unreadable")
    }
}

impl std::error::Error for Unreadable {}

impl serde::de::Error for Unreadable {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unreadable
    }
    fn invalid_type(_: serde::de::Unexpected, _: &dyn serde::de::Expected) -> Self {
        Unreadable
    }
    fn invalid_value(_: serde::de::Unexpected, _: &dyn serde::de::Expected) -> Self {
        Unreadable
    }
    fn invalid_length(_: usize, _: &dyn serde::de::Expected) -> Self {
        Unreadable
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Unreadable
    }
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        Unreadable
    }
    fn missing_field(_: &'static str) -> Self {
        Unreadable
    }
    fn duplicate_field(_: &'static str) -> Self {
        Unreadable
    }
}

impl<'de> serde::Deserializer<'de> for Parsed {
    type Error = Unreadable;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Unreadable> {
        let value = self.0;
        if let Some(flag) = value.as_bool() {
            visitor.visit_bool(flag)
        } else if let Some(text) = value.as_string() {
            visitor.visit_string(text)
        } else if let Some(number) = value.as_f64() {
            visitor.visit_f64(number)
        } else if value.is_null() {
            visitor.visit_unit()
        } else if value.is_object() && !js_sys::Array::is_array(&value) {
            let entries = js_sys::Object::entries(&value.into());
            visitor.visit_map(Entries { entries, at: 0 })
        } else {
            // No choice is a list (a list where the choices belong reads as unreadable).
            Err(Unreadable)
        }
    }

    /// A field this version doesn't know (a later version's) is skipped whatever it holds,
    /// a list or an object included, without reading into it.
    fn deserialize_ignored_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Unreadable> {
        visitor.visit_unit()
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Unreadable> {
        if self.0.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Unreadable> {
        use serde::de::IntoDeserializer;
        let name = self.0.as_string().ok_or(Unreadable)?;
        visitor.visit_enum(name.into_deserializer())
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier
    }
}

/// An object's keys and values, in order.
struct Entries {
    entries: js_sys::Array,
    at: u32,
}

impl<'de> serde::de::MapAccess<'de> for Entries {
    type Error = Unreadable;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Unreadable> {
        use serde::de::IntoDeserializer;
        if self.at >= self.entries.length() {
            return Ok(None);
        }
        let key = js_sys::Reflect::get_u32(&self.entries.get(self.at), 0)
            .ok()
            .and_then(|key| key.as_string())
            .ok_or(Unreadable)?;
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Unreadable> {
        let value =
            js_sys::Reflect::get_u32(&self.entries.get(self.at), 1).map_err(|_| Unreadable)?;
        self.at += 1;
        seed.deserialize(Parsed(value))
    }
}

/// Makes the privacy choices available to every page.
pub fn provide_privacy() {
    let (prefs, set_prefs) = signal(load());
    // Another tab changed them (or cleared everything, with no key): follow it here too.
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event
            .key()
            .is_none_or(|key| key == StorageKey::Privacy.name())
        {
            set_prefs.set(load());
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(Privacy { prefs, set_prefs });
}

/// The privacy choices, from any page.
pub fn use_privacy() -> Privacy {
    use_context::<Privacy>().unwrap_or_else(|| {
        // Only a component rendered outside <App> gets here: give it the stored choices.
        let (prefs, set_prefs) = signal(load());
        Privacy { prefs, set_prefs }
    })
}

/// The name to save a downloaded file under: a neutral one in discreet mode.
pub fn file_name(name: &str) -> String {
    let discreet = use_context::<Privacy>().map_or_else(
        || load().discreet,
        |p| p.prefs.with_untracked(|p| p.discreet),
    );
    if discreet {
        // The stems are literals here, so the translations' test finds them.
        neutral_file_name_in(name, (crate::i18n::t("notes"), crate::i18n::t("event")))
    } else {
        name.to_string()
    }
}

/// Leaves the app for `address` at once: the page goes blank first, so the screen is neutral
/// even while the other site loads, and the app's entry in the tab's history is replaced, so
/// Back does not bring it back.
pub fn exit_now(address: &str) {
    let document = document();
    if let Some(body) = document.body() {
        body.set_hidden(true);
    }
    document.set_title("");
    let _ = window().location().replace(address);
}
