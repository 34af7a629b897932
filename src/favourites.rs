//! The saved-groups list, shared by every page: read from storage once, each change written
//! to its own group's key, and kept in step with other tabs through the `storage` event.

use crate::domain::favourites::decode;
use crate::records::now_ms;
use crate::storage::{self, StorageError};
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
    /// Makes the list exactly `stored` (slugs separated by commas), as an import does; an empty
    /// text (an erase) leaves no saved group behind.
    pub fn replace(&self, stored: &str) {
        self.show_if_saved(storage::replace_saved_groups(&decode(stored), now_ms()));
    }

    /// Adds the groups in `stored` (slugs separated by commas) that aren't saved yet, as a
    /// merge does: only their own keys are written, so nothing saved is taken off.
    pub fn add_all(&self, stored: &str) {
        let saved = load();
        let when = now_ms();
        let added = decode(stored)
            .into_iter()
            .filter(|slug| !saved.contains(slug))
            .enumerate()
            .try_for_each(|(i, slug)| storage::set_group_saved(slug, true, when + i as u64));
        self.show_if_saved(added);
    }

    /// Saves the group, or takes it off the list, as the button this page shows offers. Only
    /// that group's key is written, so a group another tab saved a moment ago is kept.
    pub fn toggle(&self, slug: &'static str) {
        let save = !self.slugs.with_untracked(|slugs| slugs.contains(&slug));
        self.show_if_saved(storage::set_group_saved(slug, save, now_ms()));
    }

    /// Shows the list as stored now once the change is saved; otherwise keeps the list shown
    /// and says why.
    fn show_if_saved(&self, saved: Result<(), StorageError>) {
        match saved {
            Ok(()) => {
                self.set_problem.set(None);
                self.set_slugs.set(load());
            }
            Err(error) => self.set_problem.set(Some(error.to_string())),
        }
    }
}

fn load() -> Vec<&'static str> {
    storage::saved_groups().unwrap_or_default()
}

/// Makes the saved list available to every page.
pub fn provide_favourites() {
    let (slugs, set_slugs) = signal(load());
    let (problem, set_problem) = signal(None);
    // Another tab changed the list (or cleared everything, with no key): show it here too.
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event
            .key()
            .is_none_or(|key| storage::is_saved_groups_key(&key))
        {
            // A problem saving (the records were locked, say) belongs to the list as it was.
            set_problem.set(None);
            set_slugs.set(load());
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
