//! The saved-groups list, shared by every page: read from storage once, written on each change,
//! and kept in step with other tabs through the `storage` event.

use crate::domain::favourites::{decode, encode, toggle};
use crate::storage::{self, StorageKey};
use leptos::prelude::*;

/// The saved list and the last problem saving it, if any.
#[derive(Clone, Copy)]
pub struct Favourites {
    pub slugs: ReadSignal<Vec<&'static str>>,
    set_slugs: WriteSignal<Vec<&'static str>>,
    /// A sentence for the person when saving failed.
    pub problem: ReadSignal<Option<String>>,
    set_problem: WriteSignal<Option<String>>,
}

impl Favourites {
    /// Makes the list exactly `stored` (slugs separated by commas), as an import does.
    pub fn replace(&self, stored: &str) {
        let next = decode(stored);
        // Nothing left (an erase, or an empty file) leaves no key behind.
        let saved = if next.is_empty() {
            storage::remove(StorageKey::Favourites)
        } else {
            storage::write(StorageKey::Favourites, &encode(&next))
        };
        self.show_if_saved(next, saved);
    }

    /// Adds the group to the list, or takes it off: applied to the list as stored now, not as
    /// this page last saw it, so a group another tab saved a moment ago is kept (as the
    /// journal's changes are).
    pub fn toggle(&self, slug: &'static str) {
        let next = toggle(&load(), slug);
        let saved = storage::write(StorageKey::Favourites, &encode(&next));
        self.show_if_saved(next, saved);
    }

    /// Shows the new list once it is stored; otherwise keeps the old one and says why.
    fn show_if_saved(&self, next: Vec<&'static str>, saved: Result<(), storage::StorageError>) {
        match saved {
            Ok(()) => {
                self.set_problem.set(None);
                self.set_slugs.set(next);
            }
            Err(error) => self.set_problem.set(Some(error.to_string())),
        }
    }
}

fn load() -> Vec<&'static str> {
    storage::read(StorageKey::Favourites)
        .ok()
        .flatten()
        .map(|stored| decode(&stored))
        .unwrap_or_default()
}

/// Makes the saved list available to every page.
pub fn provide_favourites() {
    let (slugs, set_slugs) = signal(load());
    let (problem, set_problem) = signal(None);
    // Another tab changed the list: show its version here too.
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(StorageKey::Favourites.name()) {
            set_slugs.set(
                event
                    .new_value()
                    .map(|stored| decode(&stored))
                    .unwrap_or_default(),
            );
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(Favourites {
        slugs,
        set_slugs,
        problem,
        set_problem,
    });
}

/// The saved list, from any page.
pub fn use_favourites() -> Favourites {
    use_context::<Favourites>().unwrap_or_else(|| {
        // Only a component rendered outside <App> gets here; give it a working, unsaved list.
        let (slugs, set_slugs) = signal(Vec::new());
        let (problem, set_problem) = signal(None);
        Favourites {
            slugs,
            set_slugs,
            problem,
            set_problem,
        }
    })
}
