//! The app's words in the page's language (see `domain::lang`).
//!
//! English is written in place, in the views and the data; each text a person sees goes through
//! [`t`] (or [`tf`] with values, or [`tp`] for a count). Spanish comes from `lang/es.tsv`
//! (joined from `data/es/` by the build), fetched by the loader only for Spanish pages and kept
//! offline by the service worker, so the English first load carries none of it.
//! `tests/translations.rs` fails if a text passed to these lacks a Spanish version, or the
//! table has one the app no longer shows.
//!
//! A page's language is set from its address once, before it is drawn, and never changes
//! while it is open (see `crate::mount`), so texts are read as views are built, not watched.

use crate::domain::lang::{self, Lang, Table};
use std::cell::Cell;

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
    /// Spanish, once fetched: read once and kept for the page's life.
    static SPANISH: Cell<Option<&'static Table>> = const { Cell::new(None) };
}

/// The language pages are drawn in now.
pub fn lang() -> Lang {
    LANG.get()
}

/// Sets the language pages are drawn in, and says it on `<html lang>`.
pub fn set_lang(lang: Lang) {
    LANG.set(lang);
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("lang", shown(lang).code());
    }
}

/// The language the page's words are really in: English while the Spanish table hasn't come.
fn shown(lang: Lang) -> Lang {
    if lang == Lang::Es && SPANISH.get().is_none() {
        Lang::En
    } else {
        lang
    }
}

/// `english` in the page's language.
pub fn t(english: &'static str) -> &'static str {
    if LANG.get() == Lang::Es {
        if let Some(spanish) = SPANISH.get().and_then(|table| table.get(english)) {
            return spanish;
        }
    }
    english
}

/// `english` in the page's language, with each `{name}` filled in.
pub fn tf(english: &'static str, values: &[(&str, &str)]) -> String {
    lang::fill(t(english), values)
}

/// A count in words: `one` for 1, `other` (with `{n}` for the number) for any other. English
/// and Spanish both use just these two forms for whole numbers.
pub fn tp(n: usize, one: &'static str, other: &'static str) -> String {
    crate::domain::dates::tp(&t, n as u64, one, other)
}

/// A date in words in the page's language: "27 November 2026", "27 de noviembre de 2026".
pub fn date(date: crate::domain::sources::CalendarDate) -> String {
    crate::domain::dates::long_date(date, &t)
}

/// A count of years, months and days in words in the page's language ("2 years, 3 months
/// and 4 days").
pub fn count_words(years: u32, months: u32, days: u32) -> String {
    crate::domain::dates::count_words(years, months, days, &t)
}

/// A milestone's label ("90 days") in the page's language.
pub fn milestone(label: &str) -> String {
    crate::domain::milestones::label_in(label, &t)
}

/// Draws in `lang` with `table`'s words on this thread, for native tests of the markup (there
/// is no `<html>` to mark there).
#[cfg(not(target_arch = "wasm32"))]
pub fn use_words_for_tests(lang: Lang, table: Option<&'static Table>) {
    LANG.set(lang);
    SPANISH.set(table);
}

/// Takes the Spanish words the loader fetched for this page (`window.peerSupportWords`, the
/// text of `lang/es.tsv`; see `scripts/postbuild.mjs`). Without them (offline on a first
/// visit, say) the page is drawn in English, and says so on `<html lang>`.
pub fn take_words() {
    let text = js_sys::Reflect::get(&leptos::prelude::window(), &"peerSupportWords".into())
        .ok()
        .and_then(|text| text.as_string());
    if let Some(table) = text.and_then(|text| Table::from_lines(&text)) {
        SPANISH.set(Some(Box::leak(Box::new(table))));
    }
}
