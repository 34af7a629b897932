//! `/settings`: the person's data. Export it as a file, import a file (checked, previewed, then
//! replace or merge), or erase everything.

use crate::components::page_heading::{focus_element, PageHeading, MAIN_HEADING_ID};
use crate::components::{clicked_action, fill, fill_only, set_property};
use crate::domain::file_size;
use crate::domain::journal::{Backup, ImportError, MAX_IMPORT_BYTES};
use crate::domain::routes::leads;
use crate::favourites::use_favourites;
use crate::i18n::{t, tf};
use crate::markup::tracker::{alert, import_preview, notice, set_aside_list};
use crate::pages::tracker::RecordsStatus;
use crate::records::{date_at, today, use_records};
use crate::storage::{self, SetAside, StorageKey};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Saves `text` as a JSON file called `name` in the browser's downloads. Nothing leaves the
/// device.
pub fn download(name: &str, text: &str) {
    download_as(name, "application/json", text);
}

/// Saves `text` as a file called `name`, of the type `mime`, in the browser's downloads.
/// In discreet mode the name is a neutral one (`privacy::file_name`).
pub fn download_as(name: &str, mime: &str, text: &str) {
    let name = &crate::privacy::file_name(name);
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    if let Ok(link) = document().create_element("a") {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            link.set_href(&url);
            link.set_download(name);
            link.click();
        }
    }
    // Some browsers start the download after the click returns: the address is given back
    // (when `url` is dropped) a minute later.
    set_timeout(move || drop(url), std::time::Duration::from_secs(60));
}

/// The "Your data" page.
#[component]
pub fn Settings() -> impl IntoView {
    let records = use_records();
    let favourites = use_favourites();
    // A file chosen for import, read and checked, waiting for "replace" or "merge".
    let pending = StoredValue::new(None::<Backup>);
    // Records set aside by "Start fresh", and the one whose delete waits for a yes.
    let set_aside = StoredValue::new(Vec::<SetAside>::new());
    let asking = StoredValue::new(None::<String>);
    let label = |copy: &SetAside| {
        copy.when.map_or_else(
            || t("Set aside before copies were dated").to_string(),
            |ms| {
                tf(
                    "Set aside on {date}",
                    &[("date", &crate::i18n::date(date_at(ms)))],
                )
            },
        )
    };
    // Draws the list as last read; asking for a yes or taking it back needs no new read.
    let draw_set_aside = move || {
        let shown: Vec<(String, String, String)> = set_aside.with_value(|copies| {
            copies
                .iter()
                .map(|copy| (copy.key.clone(), label(copy), file_size(copy.text.len())))
                .collect()
        });
        let asked = asking.get_value();
        fill(
            "set-aside-region",
            &set_aside_list(&shown, asked.as_deref()),
        );
    };
    let show_set_aside = move || {
        set_aside.set_value(storage::set_aside_copies().unwrap_or_default());
        draw_set_aside();
    };
    request_animation_frame(show_set_aside);
    // Another tab started fresh, or erased everything (a `storage` event with no key).
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event
            .key()
            .is_none_or(|key| key.starts_with(StorageKey::DamagedJournal.name()))
        {
            show_set_aside();
        }
    });
    on_cleanup(move || handle.remove());
    // Each message shows beside the control whose action it answers; one at a time.
    let message = |area: &str, text: &str| {
        fill_only(
            &[
                "export-status",
                "import-status",
                "copies-status",
                "erase-status",
            ],
            area,
            &notice(text, false),
        );
    };
    let import_error = |problem: Option<&str>| fill("import-error", &alert(problem));
    let confirm_erase = |asking: bool| {
        set_property("erase-start", "hidden", asking.into());
        set_property("erase-confirm", "hidden", (!asking).into());
    };

    let show_preview = move |backup: Option<Backup>| {
        fill(
            "import-preview",
            &backup.as_ref().map_or_else(String::new, |b| {
                let groups = crate::domain::favourites::decode(&b.saved_groups).len();
                records
                    .journal
                    .with_untracked(|j| import_preview(&j.preview(&b.journal), groups))
            }),
        );
        let shown = backup.is_some();
        pending.set_value(backup);
        if shown {
            request_animation_frame(|| focus_element("preview-heading"));
        }
    };

    // A locked backup file's text, waiting for its passphrase.
    let locked_file = RwSignal::new(None::<String>);
    let check_file = move |text: &str| match Backup::from_json(text) {
        Ok(backup) => match backup.journal.check_not_after(today()) {
            Ok(()) => show_preview(Some(backup)),
            Err(error) => import_error(Some(&storage::said_import(&error))),
        },
        Err(error) => import_error(Some(&storage::said_import(&error))),
    };
    let open_locked_file = move |event: web_sys::SubmitEvent| {
        let passphrase = crate::pages::lock::typed(&event, "passphrase");
        let Some(text) = locked_file.get_untracked() else {
            return;
        };
        import_error(None);
        leptos::task::spawn_local(async move {
            let job = crate::lock::Job::OpenBackup { text, passphrase };
            match crate::lock::job(job).await {
                Ok(plain) => {
                    locked_file.try_set(None);
                    check_file(&plain);
                }
                Err(crate::lock::LockError::Wrong { .. }) => {
                    import_error(Some(t(
                        "That passphrase didn't open this backup, so nothing was changed. Use the passphrase it was saved with.",
                    )));
                    focus_element("import-passphrase");
                }
                Err(error) => import_error(Some(&error.to_string())),
            }
        });
    };
    // A new backup can be locked with a passphrase, for the file only.
    let backup_problem = RwSignal::new(None::<String>);
    let backup_lock = NodeRef::<leptos::html::Details>::new();

    let choose_file = move |ev: leptos::ev::Event| {
        show_preview(None);
        locked_file.set(None);
        import_error(None);
        message("import-status", "");
        let Some(input) = crate::components::event_target::<web_sys::HtmlInputElement>(&ev) else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // A huge file is refused before it is read into memory.
        let bytes = file.size() as usize;
        if bytes > MAX_IMPORT_BYTES {
            import_error(Some(&storage::said_import(&ImportError::TooLarge {
                bytes,
            })));
            return;
        }
        leptos::task::spawn_local(async move {
            // The File's own text(), not gloo-file's reader: that one throws (and never answers)
            // on a read error it doesn't name, where this gives an error to tell the person.
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string());
            match text {
                // A locked backup: its passphrase first, then the same checks.
                Some(text) if crate::domain::lock::looks_locked(&text) => {
                    locked_file.set(Some(text));
                    request_animation_frame(|| focus_element("import-passphrase"));
                }
                Some(text) => check_file(&text),
                None => import_error(Some(t(
                    "This file couldn't be read, so nothing was changed. Try choosing it again.",
                ))),
            }
        });
    };

    let apply = move |merge: bool| {
        let Some(backup) = pending.get_value() else {
            return;
        };
        let saved = records.change(|j| {
            *j = if merge {
                j.merged_with(&backup.journal)
            } else {
                backup.journal.clone()
            }
        });
        if !saved {
            return;
        }
        if merge {
            favourites.add_all(&backup.saved_groups);
        } else {
            favourites.replace(&backup.saved_groups);
        }
        let answers_here = storage::read(StorageKey::WizardAnswers)
            .ok()
            .flatten()
            .is_some();
        // A merge keeps the answers already here; a replace takes the file's.
        let take_answers = !(merge && answers_here);
        if take_answers && !backup.wizard_answers.is_empty() {
            let _ = storage::write(StorageKey::WizardAnswers, &backup.wizard_answers);
        }
        show_preview(None);
        let done = if merge {
            t("Done. What was new in the file was added to your data.")
        } else {
            t("Done. Your data is now what was in the file.")
        };
        // With a lock, "Done" waits until the sealed records are stored; a save that failed
        // says so with the records' other problems instead.
        leptos::task::spawn_local(async move {
            if crate::lock::saved().await {
                message("import-status", done);
            }
        });
        // The buttons pressed are gone: the part's heading, with the message in view below it.
        focus_element("import-heading");
    };

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let (action, id) = clicked_action(&ev).unwrap_or_default();
        // A copy is named by its key, so another tab changing the list can't move a "yes".
        let (copy_at, copy) = set_aside.with_value(|copies| {
            match copies.iter().enumerate().find(|(_, c)| c.key == id) {
                Some((at, copy)) => (Some(at), Some(copy.clone())),
                None => (None, None),
            }
        });
        match action.as_str() {
            "save-copy" => {
                if let Some(copy) = copy {
                    let day = copy
                        .when
                        .map_or_else(|| t("undated").into(), |ms| date_at(ms).iso());
                    download(
                        &tf("peer-support-guide-set-aside-{day}.json", &[("day", &day)]),
                        &copy.text,
                    );
                }
            }
            "delete-copy" => {
                asking.set_value(copy.map(|copy| copy.key));
                draw_set_aside();
                focus_element("delete-copy-yes");
            }
            "keep-copy" => {
                asking.set_value(None);
                draw_set_aside();
                focus_element(&format!("delete-copy-{}", copy_at.unwrap_or_default()));
            }
            "confirm-delete-copy" => {
                asking.set_value(None);
                if let Some(copy) = copy {
                    match storage::delete_set_aside(&copy.key) {
                        Ok(()) => message(
                            "copies-status",
                            &tf("Deleted the copy: {label}.", &[("label", &label(&copy))]),
                        ),
                        Err(error) => message("copies-status", &error.to_string()),
                    }
                }
                show_set_aside();
                focus_element(if set_aside.with_value(Vec::is_empty) {
                    MAIN_HEADING_ID
                } else {
                    "set-aside-heading"
                });
            }
            "export" if records.damaged.with_untracked(Option::is_some) => message(
                "export-status",
                t("Your saved records couldn't be read, so there is nothing whole to save yet. Use \"Save the damaged records as a file\" above."),
            ),
            "export" => {
                let stored = |key| storage::read(key).ok().flatten().unwrap_or_default();
                let backup = Backup {
                    journal: records.journal.get_untracked(),
                    saved_groups: crate::domain::favourites::encode(
                        &storage::saved_groups().unwrap_or_default(),
                    ),
                    wizard_answers: stored(StorageKey::WizardAnswers),
                };
                let name = tf(
                    "peer-support-guide-{date}.json",
                    &[("date", &today().iso())],
                );
                let locked = backup_lock.get_untracked().is_some_and(|d| d.open());
                if !locked {
                    download(&name, &backup.to_json());
                    message(
                        "export-status",
                        t("Your backup file was saved to your downloads."),
                    );
                    return;
                }
                let field = |id| {
                    document()
                        .get_element_by_id(id)
                        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok())
                        .map(|input| input.value())
                        .unwrap_or_default()
                };
                let passphrase = field("backup-passphrase");
                if let Err(problem) =
                    crate::domain::lock::check_new_passphrase(&passphrase, &field("backup-again"))
                {
                    backup_problem.set(Some(t(problem.sentence()).to_string()));
                    focus_element("backup-passphrase");
                    return;
                }
                backup_problem.set(None);
                let text = backup.to_json();
                leptos::task::spawn_local(async move {
                    let job = crate::lock::Job::SealBackup { text, passphrase };
                    match crate::lock::job(job).await {
                        Ok(sealed) => {
                            download(&name, &sealed);
                            message(
                                "export-status",
                                t("Your backup file, locked with its passphrase, was saved to your downloads."),
                            );
                        }
                        Err(error) => message("export-status", &error.to_string()),
                    }
                });
            }
            "replace" => apply(false),
            "merge" => apply(true),
            "cancel-import" => show_preview(None),
            "erase" => {
                confirm_erase(true);
                request_animation_frame(|| focus_element("confirm-erase-yes"));
            }
            "keep" => {
                confirm_erase(false);
                focus_element("erase-start");
            }
            "confirm-erase" => match storage::erase_everything() {
                Ok(()) => {
                    records.reload();
                    favourites.replace("");
                    show_set_aside();
                    confirm_erase(false);
                    message("erase-status", t("Everything was erased from this device."));
                    focus_element("erase-heading");
                }
                Err(error) => records.problem.set(Some(error.to_string())),
            },
            _ => {}
        }
    };

    view! {
        <PageHeading text=t("Your data") />
        <p class="lead">{t(leads::SETTINGS)}</p>
        <RecordsStatus />
        <div on:click=on_click>
            <section class="card" aria-labelledby="export-heading">
                <h2 id="export-heading">{t("Save a backup")}</h2>
                <p>
                    {t("Saves your start date, history, meetings, contact, saved groups and wizard answers as a file. Keep it somewhere private: it has your notes in it.")}
                </p>
                <details node_ref=backup_lock>
                    <summary>{t("Lock the file with a passphrase")}</summary>
                    <p>
                        {t("Then the file can only be opened with this passphrase: your lock's, or another. If it is forgotten, nobody can open the file.")}
                    </p>
                    <div class="stack">
                        <crate::pages::lock::NewPassphrase prefix="backup" label=t("Passphrase for the file") again_label=t("Type the file's passphrase again") problem=backup_problem />
                    </div>
                </details>
                <button type="button" class="primary" data-action="export">
                    {t("Download my data")}
                </button>
                <div id="export-status" role="status"></div>
            </section>
            <section class="card" aria-labelledby="import-heading">
                <h2 id="import-heading" tabindex="-1">{t("Bring back a backup")}</h2>
                <p>{t("Choose a file you saved from this app. You'll see what it holds before anything changes.")}</p>
                <label for="import-file" class="tracker-label">{t("Backup file")}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change=choose_file />
                <Show when=move || locked_file.with(Option::is_some)>
                    <form class="stack" novalidate on:submit=open_locked_file>
                        <label for="import-passphrase">{t("This backup is locked. Its passphrase")}</label>
                        <input type="password" id="import-passphrase" name="passphrase" autocomplete="off"
                            maxlength=crate::domain::lock::MAX_PASSPHRASE_CHARS />
                        <button type="submit">{t("Open the backup")}</button>
                    </form>
                </Show>
                <div id="import-error" role="alert"></div>
                <div id="import-preview" class="preview"></div>
                <div id="import-status" role="status"></div>
            </section>
            <crate::pages::lock::LockSettings />
            <div id="set-aside-region"></div>
            <div id="copies-status" role="status"></div>
            <section class="card" aria-labelledby="erase-heading">
                <h2 id="erase-heading" tabindex="-1">{t("Erase everything")}</h2>
                <p>
                    {t("Removes your start date, history, meetings, contact, saved groups, wizard answers and any records set aside from this device. It can't be undone, so save a backup first if you might want them later.")}
                </p>
                <button type="button" class="danger" id="erase-start" data-action="erase">
                    {t("Erase everything…")}
                </button>
                <div class="confirm" id="erase-confirm" role="group" aria-labelledby="confirm-erase" hidden>
                    <p id="confirm-erase">
                        <strong>{t("Erase everything on this device? This can't be undone.")}</strong>
                    </p>
                    <p class="actions">
                        <button
                            type="button"
                            class="danger confirm"
                            id="confirm-erase-yes"
                            data-action="confirm-erase"
                        >
                            {t("Yes, erase everything")}
                        </button>
                        <button type="button" class="quiet" data-action="keep">
                            {t("Keep my data")}
                        </button>
                    </p>
                </div>
                <div id="erase-status" role="status"></div>
            </section>
        </div>
        <crate::pages::privacy::PrivacySettings />
    }
}
