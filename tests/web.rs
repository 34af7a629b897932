//! Browser tests, run in headless Chromium by `cargo test --target wasm32-unknown-unknown`:
//! the app shell mounts with crisis help, and storage reads, writes and reports a full quota.
#![cfg(target_arch = "wasm32")]

use leptos::{mount::mount_to, prelude::*};
use peer_support_guide::storage::{self, StorageError, StorageKey};
use peer_support_guide::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::HtmlElement {
    let document = document();
    let root = document
        .create_element("div")
        .expect("a div can be created");
    document
        .body()
        .expect("the test page has a body")
        .append_child(&root)
        .expect("the div can be added");
    root.unchecked_into()
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn app_shell_mounts_with_heading_and_crisis_link() {
    let (root, _app) = app_at("/", "h1").await;

    // The home page says what the app does; the app's name is in the header and the tab.
    let heading = find::<web_sys::Element>(&root, "h1");
    assert_eq!(
        heading.text_content().as_deref(),
        Some("Find a peer support group that fits you")
    );
    assert_eq!(document().title(), "Peer Support Guide");
    assert_eq!(text_of(&root, "a.site-name"), "Peer Support Guide");

    let crisis = find::<web_sys::Element>(&root, "a.crisis-link");
    assert_eq!(crisis.text_content().as_deref(), Some("Get help now"));
    assert!(
        crisis
            .get_attribute("href")
            .unwrap_or_default()
            .ends_with("/help"),
        "the crisis link opens /help"
    );

    let skip = find::<web_sys::Element>(&root, "a.skip-link");
    skip.unchecked_into::<web_sys::HtmlElement>().click();
    let focused = document().active_element().expect("something has focus");
    assert_eq!(
        focused.id(),
        "main-heading",
        "the skip link moves focus to the heading"
    );
}

/// Following the crisis link is an end-to-end test; here the help page itself is checked.
#[wasm_bindgen_test]
async fn the_help_page_offers_every_crisis_line_in_one_tap() {
    let (root, _app) = app_at("/help", "a[href='tel:988']").await;
    let heading = find::<web_sys::Element>(&root, "h1");
    assert_eq!(heading.text_content().as_deref(), Some("Get help now"));
    for href in ["tel:988", "sms:988", "tel:911", "tel:18006624357"] {
        let link = root
            .query_selector(&format!("a[href='{href}']"))
            .ok()
            .flatten();
        assert!(link.is_some(), "{href} can be reached in one tap");
    }
    use peer_support_guide::domain::help::helplines;
    assert_eq!(
        count_of(&root, "ul.helplines > li.card.helpline") as usize,
        helplines().len()
    );
    for line in helplines() {
        let card = root
            .query_selector(&format!("li.helpline#{}", line.id))
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("{} has a card", line.id))
            .unchecked_into::<web_sys::HtmlElement>();
        for contact in line.contacts {
            let link = card
                .query_selector(&format!("a[href='{}']", contact.href))
                .ok()
                .flatten();
            assert!(link.is_some(), "{}", contact.href);
        }
        assert!(
            text_of(&card, "p.region").starts_with("Works in: "),
            "{} says where it works",
            line.id
        );
        assert!(
            text_of(&card, "p.source").starts_with("Source: "),
            "{}",
            line.id
        );
    }
    assert!(text_of(&root, "ul.helplines").contains("It is not a crisis line"));
    let overdose = find::<web_sys::Element>(&root, "details.safety-note#help-overdose");
    assert!(
        overdose.has_attribute("open"),
        "it matters now, so it is open"
    );
}

#[wasm_bindgen_test]
fn storage_round_trips_and_removes() {
    let key = StorageKey::Favourites;
    storage::write(key, "narcotics-anonymous").expect("writing works");
    assert_eq!(
        storage::read(key).expect("reading works").as_deref(),
        Some("narcotics-anonymous")
    );
    storage::remove(key).expect("removing works");
    assert_eq!(storage::read(key).expect("reading works"), None);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_keeps_what_was_stored() {
    let key = StorageKey::Favourites;
    storage::write(key, "kept").expect("a small write works");
    // localStorage allows about 5 MB per origin; 6 million UTF-16 characters is well over it.
    let too_big = "x".repeat(6_000_000);
    let error = storage::write(key, &too_big).expect_err("the quota stops this write");
    assert_eq!(error, StorageError::Full);
    assert!(error.to_string().contains("full"), "{error}");
    assert_eq!(
        storage::read(key).expect("reading works").as_deref(),
        Some("kept")
    );
    storage::remove(key).expect("clean up");
}

#[wasm_bindgen_test]
fn a_failed_save_names_the_browser_error_by_its_name_not_its_english_message() {
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|storage| js_sys::Reflect::get(&storage, &"prototype".into()))
        .expect("Storage.prototype");
    let original = js_sys::Reflect::get(&prototype, &"setItem".into()).expect("setItem");
    let throwing = |body: &str| {
        let thrower = js_sys::Function::new_no_args(body);
        js_sys::Reflect::set(&prototype, &"setItem".into(), &thrower).expect("replace setItem");
        let error = storage::write(StorageKey::Favourites, "x").expect_err("setItem throws");
        js_sys::Reflect::set(&prototype, &"setItem".into(), &original).expect("restore setItem");
        error
    };
    let insecure =
        throwing("throw new DOMException('The operation is insecure.', 'SecurityError')");
    assert_eq!(insecure, StorageError::Failed("SecurityError".into()));
    assert!(!insecure.to_string().contains("insecure"), "{insecure}");
    let typed = throwing("throw new TypeError('Illegal invocation')");
    assert_eq!(typed, StorageError::Failed("TypeError".into()));
    assert!(!typed.to_string().contains("Illegal"), "{typed}");
    let odd = throwing("throw 'a string'");
    assert_eq!(odd, StorageError::Failed("Error".into()));
}

/// The saved groups' keys, as stored now.
fn saved_group_keys() -> Vec<String> {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test page has storage");
    let mut keys: Vec<String> = (0..storage.length().expect("a length"))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with("peer-support-guide.saved."))
        .collect();
    keys.sort();
    keys
}

fn clear_saved_groups() {
    let _ = storage::remove(StorageKey::Favourites);
    let _ = storage::replace_saved_groups(&[], 0);
}

#[wasm_bindgen_test]
fn saving_a_group_writes_its_own_key_and_unsaving_removes_it() {
    use peer_support_guide::favourites::{provide_favourites, use_favourites};
    clear_saved_groups();
    let owner = Owner::new();
    owner.with(|| {
        provide_favourites();
        let favourites = use_favourites();
        favourites.toggle("nar-anon");
        assert_eq!(favourites.slugs.get_untracked(), vec!["nar-anon"]);
        assert_eq!(saved_group_keys(), ["peer-support-guide.saved.nar-anon"]);
        favourites.toggle("nar-anon");
        assert!(favourites.slugs.get_untracked().is_empty());
        assert!(saved_group_keys().is_empty());
    });
}

/// Another tab saved a group since this page loaded: saving one here keeps both, because each
/// change writes only its own group's key.
#[wasm_bindgen_test]
fn saving_a_group_keeps_what_another_tab_saved_meanwhile() {
    use peer_support_guide::favourites::{provide_favourites, use_favourites};
    clear_saved_groups();
    let owner = Owner::new();
    owner.with(|| {
        provide_favourites();
        let favourites = use_favourites();
        // The other tab's write; its storage event has not reached this page yet.
        storage::set_group_saved("smart-recovery", true, 1).expect("writing works");
        favourites.toggle("nar-anon");
        assert_eq!(
            favourites.slugs.get_untracked(),
            vec!["smart-recovery", "nar-anon"]
        );
        assert_eq!(
            saved_group_keys(),
            [
                "peer-support-guide.saved.nar-anon",
                "peer-support-guide.saved.smart-recovery"
            ]
        );
    });
    clear_saved_groups();
}

/// A list stored the old way (one key, slugs separated by commas) is read as it was, damaged
/// parts and all, never written on load, and moved to a key per group on the next change.
#[wasm_bindgen_test]
fn an_old_or_damaged_saved_list_is_read_safely_and_moved_on_the_next_change() {
    use peer_support_guide::favourites::{provide_favourites, use_favourites};
    clear_saved_groups();
    let damaged = "{not a list},nar-anon,,nar-anon,gone-group,smart-recovery";
    storage::write(StorageKey::Favourites, damaged).expect("writing works");
    let owner = Owner::new();
    owner.with(|| {
        provide_favourites();
        let favourites = use_favourites();
        assert_eq!(
            favourites.slugs.get_untracked(),
            vec!["nar-anon", "smart-recovery"]
        );
        // Loading never writes: what was stored is still there, byte for byte.
        assert_eq!(
            storage::read(StorageKey::Favourites)
                .expect("reading works")
                .as_deref(),
            Some(damaged)
        );
        favourites.toggle("narcotics-anonymous");
        assert_eq!(
            favourites.slugs.get_untracked(),
            vec!["nar-anon", "smart-recovery", "narcotics-anonymous"]
        );
        assert_eq!(storage::read(StorageKey::Favourites), Ok(None));
        assert_eq!(saved_group_keys().len(), 3);
        // An import's list replaces it exactly, in the file's order.
        favourites.replace("smart-recovery,women-for-sobriety");
        assert_eq!(
            favourites.slugs.get_untracked(),
            vec!["smart-recovery", "women-for-sobriety"]
        );
        // A merge's list only adds: what is saved stays, and nothing repeats.
        favourites.add_all("nar-anon,smart-recovery");
        let mut merged = favourites.slugs.get_untracked();
        merged.sort_unstable();
        assert_eq!(
            merged,
            vec!["nar-anon", "smart-recovery", "women-for-sobriety"]
        );
        favourites.replace("");
        assert!(saved_group_keys().is_empty());
    });
}

#[wasm_bindgen_test]
fn a_journal_is_saved_and_loaded_back_whole() {
    use peer_support_guide::domain::journal::{Attended, Journal, Meeting};
    use peer_support_guide::domain::sources::CalendarDate;
    use peer_support_guide::storage::{load_journal, save_journal, JournalLoad};
    let _ = storage::remove(StorageKey::Journal);
    assert_eq!(load_journal(), Ok(JournalLoad::Empty));
    let journal = Journal {
        counters: vec![peer_support_guide::domain::journal::Counter {
            id: "main".into(),
            start: Some(CalendarDate {
                year: 2026,
                month: 1,
                day: 31,
            }),
            ..Default::default()
        }],
        meetings: vec![Meeting {
            id: "m1".into(),
            date: CalendarDate {
                year: 2026,
                month: 11,
                day: 20,
            },
            group: "smart-recovery".into(),
            attended: Attended::Online,
            note: "good \"check-in\"".into(),
        }],
        ..Journal::default()
    };
    save_journal(&journal).expect("saving works");
    assert_eq!(load_journal(), Ok(JournalLoad::Loaded(journal)));
    storage::remove(StorageKey::Journal).expect("clean up");
}

#[wasm_bindgen_test]
fn damaged_journal_text_is_never_overwritten_and_can_be_set_aside() {
    use peer_support_guide::domain::journal::Journal;
    use peer_support_guide::storage::{
        erase_everything, load_journal, save_journal, set_aside_damaged_journal, JournalLoad,
        SaveError,
    };
    let damaged =
        r#"{"app":"peer-support-guide","version":1,"meetings":[{"id":"x","date":"2026-02-30"#;
    storage::write(StorageKey::Journal, damaged).expect("writing works");
    let loaded = load_journal().expect("reading works");
    let JournalLoad::Damaged { raw, problem } = loaded else {
        panic!("the damaged text should be reported, got {loaded:?}");
    };
    assert_eq!(raw, damaged);
    assert!(
        problem.to_string().contains("nothing was changed"),
        "{problem}"
    );
    // A save now would lose the damaged records: it is refused, and they stay as they were.
    assert_eq!(
        save_journal(&Journal::default()),
        Err(SaveError::WouldOverwriteDamaged)
    );
    assert_eq!(
        storage::read(StorageKey::Journal)
            .expect("reading works")
            .as_deref(),
        Some(damaged)
    );
    // "Start fresh" keeps the damaged text under its own key, then saving works.
    let now = 1_764_180_000_000;
    set_aside_damaged_journal(now).expect("setting aside works");
    let first = storage::set_aside_copies().expect("reading works");
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].text, damaged);
    assert_eq!(first[0].when, Some(now));
    save_journal(&Journal::default()).expect("saving works after a fresh start");
    assert_eq!(load_journal(), Ok(JournalLoad::Loaded(Journal::default())));
    // "Start fresh" a second time keeps the first copy and adds the second beside it.
    storage::write(StorageKey::Journal, "{second").expect("writing works");
    // In the same millisecond, so the second copy must find a key of its own.
    set_aside_damaged_journal(now).expect("setting aside again works");
    let copies: Vec<String> = storage::set_aside_copies()
        .expect("reading works")
        .into_iter()
        .map(|copy| copy.text)
        .collect();
    assert_eq!(copies, [damaged, "{second"]);
    // A copy set aside before copies were dated is listed first, and one can be deleted alone.
    let undated = format!("{}.2", StorageKey::DamagedJournal.name());
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage")
        .set_item(&undated, "{old")
        .expect("writing works");
    let copies = storage::set_aside_copies().expect("reading works");
    let texts: Vec<&str> = copies.iter().map(|copy| copy.text.as_str()).collect();
    assert_eq!(texts, ["{old", damaged, "{second"]);
    assert_eq!(copies[0].when, None);
    storage::delete_set_aside(&copies[1].key).expect("deleting works");
    let texts: Vec<String> = storage::set_aside_copies()
        .expect("reading works")
        .into_iter()
        .map(|copy| copy.text)
        .collect();
    assert_eq!(texts, ["{old", "{second"]);
    erase_everything().expect("erasing works");
    assert_eq!(storage::set_aside_copies(), Ok(Vec::new()));
}

/// Nothing is saved unless it reads back: a change past a limit leaves the stored text as it
/// was, byte for byte, and says which limit.
#[wasm_bindgen_test]
fn a_write_past_a_limit_changes_nothing() {
    use peer_support_guide::domain::journal::{Journal, OwnMilestone};
    use peer_support_guide::storage::{save_journal, update_journal, SaveError};
    let _ = storage::remove(StorageKey::Journal);
    let mut full = Journal::default();
    full.main_or_new("main").milestones.own = (1..=100)
        .map(|days| OwnMilestone {
            days,
            note: String::new(),
        })
        .collect();
    save_journal(&full).expect("100 own milestones fit");
    let before = storage::read(StorageKey::Journal).expect("reading works");
    let result = update_journal(&mut |journal| {
        journal
            .main_or_new("main")
            .milestones
            .own
            .push(OwnMilestone {
                days: 101,
                note: String::new(),
            })
    });
    let Err(SaveError::WouldNotReadBack(problem)) = &result else {
        panic!("the 101st milestone should be refused, got {result:?}");
    };
    let message = SaveError::WouldNotReadBack(problem.clone()).to_string();
    assert!(message.contains("milestones.own"), "{message}");
    assert_eq!(
        storage::read(StorageKey::Journal).expect("reading works"),
        before
    );
    let _ = storage::remove(StorageKey::Journal);
}

/// Adding a meeting writes only the meetings added since the journal was last written whole:
/// the journal, which may be 5 MB, stays byte for byte, and the records read as both together.
/// Any other change, a meeting whose id is already there, or the 101st recent meeting writes
/// the journal whole; past 5 MB together, nothing changes.
#[wasm_bindgen_test]
fn adding_a_meeting_writes_only_the_recent_meetings() {
    use peer_support_guide::domain::journal::{Attended, Contact, Journal, Meeting};
    use peer_support_guide::domain::sources::CalendarDate;
    use peer_support_guide::storage::{
        erase_everything, load_journal, save_journal, save_meeting, set_aside_damaged_journal,
        update_journal, JournalLoad, SaveError,
    };
    let meeting = |id: String, note: String| Meeting {
        id,
        date: CalendarDate {
            year: 2026,
            month: 11,
            day: 20,
        },
        group: "Tuesday night group".into(),
        attended: Attended::Online,
        note,
    };
    let stored_texts = || storage::journal_texts().expect("reading works");
    // The keys of the meetings kept apart from the journal, one each.
    let recent_keys = || -> Vec<String> {
        stored_texts()
            .into_iter()
            .map(|(key, _)| key)
            .filter(|key| key.starts_with("peer-support-guide.journal.recent."))
            .collect()
    };
    let ids = |journal: &Journal| -> Vec<String> {
        journal.meetings.iter().map(|m| m.id.clone()).collect()
    };
    let _ = erase_everything();
    save_journal(&Journal {
        meetings: vec![meeting("a".into(), String::new())],
        ..Journal::default()
    })
    .expect("saving works");
    let journal_text = storage::read(StorageKey::Journal).expect("reading works");
    let added = save_meeting(meeting("b".into(), "¡Bien!".into())).expect("adding works");
    assert_eq!(ids(&added), ["a", "b"]);
    assert_eq!(
        storage::read(StorageKey::Journal).expect("reading works"),
        journal_text
    );
    assert_eq!(recent_keys(), ["peer-support-guide.journal.recent.b"]);
    assert_eq!(load_journal(), Ok(JournalLoad::Loaded(added.clone())));

    // A meeting whose id is already stored changes that meeting: never two with one id.
    let changed = save_meeting(meeting("b".into(), "Changed".into())).expect("saves");
    assert_eq!(ids(&changed), ["a", "b"]);
    assert_eq!(changed.meetings[1].note, "Changed");
    assert_eq!(load_journal(), Ok(JournalLoad::Loaded(changed)));

    // Anything else is written whole, and the recent meetings go into the journal.
    let whole = update_journal(&mut |journal| {
        journal.contact = Some(Contact {
            name: "Jo".into(),
            phone: "555 0100".into(),
        })
    })
    .expect("saves");
    assert_eq!(ids(&whole), ["a", "b"]);
    assert!(recent_keys().is_empty());
    assert_eq!(load_journal(), Ok(JournalLoad::Loaded(whole)));

    // 100 meetings are kept apart; the 101st writes them all into the journal.
    for n in 0..100 {
        save_meeting(meeting(format!("r{n:03}"), String::new())).expect("adding works");
    }
    assert_eq!(recent_keys().len(), 100);
    let all = save_meeting(meeting("r100".into(), String::new())).expect("adding works");
    assert_eq!(all.meetings.len(), 103);
    assert!(recent_keys().is_empty());

    // Past 5 MB with the journal, a meeting is refused and nothing changes.
    let near_full = Journal {
        meetings: (0..2_370)
            .map(|n| meeting(format!("big{n:05}"), "x".repeat(2_000)))
            .collect(),
        ..Journal::default()
    };
    save_journal(&near_full).expect("just under 5 MB fits");
    let mut n = 0;
    let refused = loop {
        let before = stored_texts();
        if let Err(error) = save_meeting(meeting(format!("more{n}"), "y".repeat(2_000))) {
            assert_eq!(stored_texts(), before, "a refused meeting changes nothing");
            break error;
        }
        n += 1;
        assert!(n < 200, "meetings kept fitting past 5 MB");
    };
    // What is stored still makes one backup of at most 5 MB.
    let bytes: usize = stored_texts().iter().map(|(_, text)| text.len()).sum();
    assert!(bytes <= 5_000_000, "{bytes}");
    let before = storage::read(StorageKey::Journal).expect("reading works");
    assert!(
        matches!(refused, SaveError::WouldNotReadBack(_)),
        "{refused:?}"
    );
    assert!(refused.to_string().contains("5 MB"), "{refused}");
    assert_eq!(
        storage::read(StorageKey::Journal).expect("reading works"),
        before
    );

    // Recent meetings that can't be read are reported; "Start fresh" sets aside only them.
    let readable = recent_keys();
    storage::write(StorageKey::RecentMeetings, "{broken").expect("writing works");
    assert!(matches!(load_journal(), Ok(JournalLoad::Damaged { raw, .. }) if raw == "{broken"));
    set_aside_damaged_journal(1_764_180_000_000).expect("setting aside works");
    assert_eq!(
        storage::read(StorageKey::Journal).expect("reading works"),
        before
    );
    assert_eq!(storage::read(StorageKey::RecentMeetings), Ok(None));
    assert_eq!(
        recent_keys(),
        readable,
        "the readable ones are kept apart still"
    );
    let copies = storage::set_aside_copies().expect("reading works");
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].text, "{broken");

    // One meeting's own key that can't be read: reported, and "Start fresh" sets aside only it.
    erase_everything().expect("erasing works");
    save_journal(&Journal::default()).expect("saving works");
    save_meeting(meeting("kept".into(), String::new())).expect("adding works");
    let local = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("localStorage");
    local
        .set_item("peer-support-guide.journal.recent.bad", "{broken too")
        .expect("writing works");
    assert!(matches!(load_journal(), Ok(JournalLoad::Damaged { raw, .. }) if raw == "{broken too"));
    set_aside_damaged_journal(1_764_180_000_000).expect("setting aside works");
    assert_eq!(recent_keys(), ["peer-support-guide.journal.recent.kept"]);
    let copies = storage::set_aside_copies().expect("reading works");
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].text, "{broken too");

    // Meetings kept the old way (one key for all) are read with those kept a key each.
    let old_way = Journal {
        meetings: vec![meeting("old-way".into(), String::new())],
        ..Journal::default()
    };
    storage::write(StorageKey::RecentMeetings, &old_way.to_json()).expect("writing works");
    let Ok(JournalLoad::Loaded(both)) = load_journal() else {
        panic!("the records read");
    };
    assert_eq!(ids(&both), ["kept", "old-way"]);
    // The next whole write takes both in and empties both.
    let whole = update_journal(&mut |_| ()).expect("saves");
    assert_eq!(ids(&whole), ["kept", "old-way"]);
    assert_eq!(storage::read(StorageKey::RecentMeetings), Ok(None));
    assert!(recent_keys().is_empty());

    erase_everything().expect("erasing works");
    assert!(stored_texts().is_empty());
}

#[wasm_bindgen_test]
fn each_change_applies_to_the_latest_stored_copy_so_other_tabs_entries_stay() {
    use peer_support_guide::domain::journal::{Attended, Journal, Meeting};
    use peer_support_guide::domain::sources::CalendarDate;
    use peer_support_guide::storage::{
        erase_everything, load_journal, update_journal, JournalLoad, SaveError,
    };
    let meeting = |id: &str| Meeting {
        id: id.into(),
        date: CalendarDate {
            year: 2026,
            month: 11,
            day: 20,
        },
        group: "Tuesday night group".into(),
        attended: Attended::InPerson,
        note: String::new(),
    };
    let _ = erase_everything();
    // This tab has seen an empty journal; meanwhile another tab saved a meeting.
    let seen_here = Journal::default();
    let other_tab = Journal {
        meetings: vec![meeting("other-tab")],
        ..seen_here.clone()
    };
    storage::write(StorageKey::Journal, &other_tab.to_json()).expect("writing works");
    let saved =
        update_journal(&mut |journal| journal.meetings.push(meeting("this-tab"))).expect("saves");
    let ids: Vec<&str> = saved.meetings.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["other-tab", "this-tab"]);
    assert_eq!(load_journal(), Ok(JournalLoad::Loaded(saved)));
    // A meeting another tab adds while this tab's change is being written keeps its own key,
    // and is read with the journal afterwards.
    let added_meanwhile = Journal {
        meetings: vec![meeting("meanwhile")],
        ..Journal::default()
    };
    let saved = update_journal(&mut |journal| {
        web_sys::window()
            .and_then(|window| window.local_storage().ok().flatten())
            .expect("localStorage")
            .set_item(
                "peer-support-guide.journal.recent.meanwhile",
                &added_meanwhile.to_json(),
            )
            .expect("writing works");
        journal.meetings.retain(|m| m.id != "this-tab");
    })
    .expect("saves");
    assert_eq!(saved.meetings.len(), 1);
    let Ok(JournalLoad::Loaded(read_back)) = load_journal() else {
        panic!("the records read back");
    };
    let ids: Vec<&str> = read_back.meetings.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["meanwhile", "other-tab"]);
    // Damaged text is never written over, not even by a small change.
    storage::write(StorageKey::Journal, "{broken").expect("writing works");
    assert_eq!(
        update_journal(&mut |journal| journal.meetings.clear()).map(|_| ()),
        Err(SaveError::WouldOverwriteDamaged)
    );
    assert_eq!(
        storage::read(StorageKey::Journal).ok().flatten().as_deref(),
        Some("{broken")
    );
    // Erase everything leaves no key behind.
    storage::write(StorageKey::Favourites, "smart-recovery").expect("writing works");
    erase_everything().expect("erasing works");
    for key in [
        StorageKey::Journal,
        StorageKey::Favourites,
        StorageKey::DamagedJournal,
        StorageKey::WizardAnswers,
    ] {
        assert_eq!(storage::read(key), Ok(None), "{key:?}");
    }
}

/// Mounts the whole app at an address, as a person opening a link would, and waits for
/// `ready`. The app is unmounted when the returned handle is dropped.
async fn app_at(
    address: &str,
    ready: &str,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let _ = web_sys::window()
        .expect("a window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    let root = fresh_root();
    let app = mount_to(root.clone(), App);
    for _ in 0..50 {
        sleep_ms(20).await;
        if root.query_selector(ready).ok().flatten().is_some() {
            break;
        }
    }
    (root, app)
}

#[wasm_bindgen_test]
async fn the_group_list_reads_its_filters_from_the_address() {
    let (root, _app) = app_at("/groups?spirituality=secular", ".group-card").await;
    let count = find::<web_sys::Element>(&root, ".result-count");
    assert_eq!(
        count.text_content().as_deref(),
        Some("Showing 3 of 12 groups")
    );
    let select = find::<web_sys::HtmlSelectElement>(&root, "#filter-spirituality");
    assert_eq!(
        select.value(),
        "secular",
        "the form shows the filter from the address"
    );
}

#[wasm_bindgen_test]
async fn the_wizard_resumes_from_saved_answers() {
    storage::write(StorageKey::WizardAnswers, "3\nwho=me;spirituality=secular")
        .expect("writing works");
    let (root, _app) = app_at("/choose", "#step-heading").await;
    let heading = find::<web_sys::Element>(&root, "#step-heading");
    assert_eq!(heading.text_content().as_deref(), Some("Step 4 of 10"));
    let secular =
        find::<web_sys::HtmlInputElement>(&root, "input[name='spirituality'][value='secular']");
    assert!(secular.checked(), "the saved answer is shown");
    storage::remove(StorageKey::WizardAnswers).expect("clean up");
}

#[wasm_bindgen_test]
async fn a_wizard_answer_keeps_another_tabs_answers_and_the_screen_stays_as_drawn() {
    storage::write(StorageKey::WizardAnswers, "1\nwho=me;substances=cocaine")
        .expect("writing works");
    let (root, _app) = app_at("/choose", "#step-heading").await;
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let heading = || {
        find("#step-heading")
            .and_then(|heading| heading.text_content())
            .unwrap_or_default()
    };
    let opioids = || {
        find("input[name='substances'][value='opioids']")
            .expect("the opioids answer")
            .unchecked_into::<web_sys::HtmlInputElement>()
    };
    assert_eq!(
        heading(),
        "Step 2 of 9",
        "no opioids, so no medication question"
    );

    // Another tab answers a later question; its storage event has not arrived yet.
    storage::write(
        StorageKey::WizardAnswers,
        "1\nwho=me;substances=cocaine;spirituality=secular",
    )
    .expect("writing works");
    let ticked = opioids();
    ticked.click();
    sleep_ms(50).await;
    let stored = storage::read(StorageKey::WizardAnswers)
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(stored.contains("substances=opioids,cocaine"), "{stored}");
    assert!(stored.contains("spirituality=secular"), "{stored}");
    assert!(
        ticked.is_connected(),
        "ticking an answer does not redraw the screen"
    );
    assert_eq!(heading(), "Step 2 of 9", "the step count stays as drawn");

    // The other tab's event arrives: the step is drawn again from the answers as stored.
    let event = web_sys::StorageEvent::new("storage").expect("a storage event");
    let _ = web_sys::window().expect("a window").dispatch_event(&event);
    sleep_ms(50).await;
    assert!(!ticked.is_connected());
    assert!(opioids().checked());
    assert_eq!(heading(), "Step 2 of 10");

    find("button[type='submit']")
        .expect("a Next button")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    sleep_ms(100).await;
    assert_eq!(heading(), "Step 3 of 10");
    assert_eq!(
        document()
            .active_element()
            .map(|element| element.id())
            .as_deref(),
        Some("step-heading"),
        "focus moves to the new step's heading"
    );
    storage::remove(StorageKey::WizardAnswers).expect("clean up");
}

#[wasm_bindgen_test]
async fn the_tracker_draws_stored_records_and_follows_another_tabs_changes() {
    use peer_support_guide::domain::journal::{Attended, Journal, Meeting};
    use peer_support_guide::domain::sources::CalendarDate;
    let meeting = |id: &str, group: &str| Meeting {
        id: id.into(),
        date: CalendarDate {
            year: 2026,
            month: 1,
            day: 5,
        },
        group: group.into(),
        attended: Attended::InPerson,
        note: String::new(),
    };
    let journal = Journal {
        counters: vec![peer_support_guide::domain::journal::Counter {
            id: "main".into(),
            start: Some(CalendarDate {
                year: 2026,
                month: 1,
                day: 1,
            }),
            ..Default::default()
        }],
        meetings: vec![meeting("a", "narcotics-anonymous")],
        ..Journal::default()
    };
    storage::write(StorageKey::Journal, &journal.to_json()).expect("writing works");
    let (root, _app) = app_at("/tracker", "#meeting-list").await;
    let text = |selector: &str| text_of(&root, selector);
    assert!(
        text("#count-region").contains("since 1 January 2026"),
        "{}",
        text("#count-region")
    );
    assert!(text("#meeting-list").contains("Narcotics Anonymous, in person"));
    assert!(text("#reached").contains("24 hours"));

    // Another tab adds a meeting: storage changes, then the browser fires `storage` here.
    let mut theirs = journal.clone();
    theirs.meetings.push(meeting("b", "Friday group"));
    storage::write(StorageKey::Journal, &theirs.to_json()).expect("writing works");
    let event = web_sys::StorageEvent::new("storage").expect("a storage event");
    let _ = web_sys::window().expect("a window").dispatch_event(&event);
    sleep_ms(50).await;
    assert!(
        text("#meeting-list").contains("Friday group"),
        "{}",
        text("#meeting-list")
    );
    storage::remove(StorageKey::Journal).expect("clean up");
}

/// The text of the first element `selector` finds under `root`, or `""`.
fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

fn count_of(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|found| found.length())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn every_group_page_shows_its_medication_stance_and_every_source() {
    use peer_support_guide::domain::catalog::{groups, Fact};
    use peer_support_guide::domain::safety::PRESCRIBER;
    for group in groups() {
        let address = format!("/groups/{}", group.slug);
        let (root, _app) = app_at(&address, "ol.sources li").await;
        let facts = text_of(&root, "dl.facts");
        assert!(
            facts.contains("Medication for opioid use disorder"),
            "{}",
            group.slug
        );
        assert!(facts.contains(PRESCRIBER), "{}", group.slug);
        assert!(facts.contains("Cost"), "{}", group.slug);
        // Every fact on the page carries a mark for each of its sources, and every source is
        // listed once.
        let cited: usize = Fact::ALL
            .iter()
            .filter(|fact| **fact != Fact::Site)
            .map(|fact| group.sources_of(*fact).count())
            .sum();
        assert!(cited >= Fact::ALL.len() - 1, "{}", group.slug);
        assert_eq!(
            count_of(&root, "dl.facts a.footnote") as usize,
            cited,
            "{}",
            group.slug
        );
        assert_eq!(
            count_of(&root, "ol.sources > li") as usize,
            group.source_list().len(),
            "{}",
            group.slug
        );
        assert!(text_of(&root, "ol.sources").contains("checked November 2026"));
        assert_eq!(
            count_of(&root, "ol.sources strong.uncertain") > 0,
            group.has_uncertain_facts(),
            "{}",
            group.slug
        );
        // Links that leave the app say so; none is built from text.
        assert_eq!(
            count_of(&root, "a[target='_blank']"),
            count_of(&root, "a[rel='noopener noreferrer'] .visually-hidden"),
            "{}",
            group.slug
        );
    }
    let (root, _app) = app_at("/groups/narcotics-anonymous", "ol.sources li").await;
    assert!(text_of(&root, "dl.facts").contains("local groups differ"));
    assert!(text_of(&root, "ol.sources").contains("Bulletin #29"));
}

/// Goes to `address` as Back or Forward would: the router reads it on `popstate`.
async fn go_back_to(address: &str) {
    let window = web_sys::window().expect("a window");
    let _ = window.history().expect("history").replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(address),
    );
    let event = web_sys::Event::new("popstate").expect("a popstate event");
    let _ = window.dispatch_event(&event);
    sleep_ms(50).await;
}

#[wasm_bindgen_test]
async fn the_comparison_has_a_header_for_every_row_and_column_and_follows_the_address() {
    use peer_support_guide::domain::catalog::Fact;
    use peer_support_guide::domain::safety::PRESCRIBER;
    let (root, _app) = app_at(
        "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery",
        "table.compare",
    )
    .await;
    assert_eq!(count_of(&root, "thead th[scope='col']"), 3);
    assert_eq!(
        count_of(&root, "tbody th[scope='row']") as usize,
        Fact::ALL.len()
    );
    assert_eq!(count_of(&root, "tbody td") as usize, 3 * Fact::ALL.len());
    assert_eq!(
        text_of(&root, "caption#compare-caption"),
        "How NA, SMART, LifeRing compare"
    );
    let smart = find::<web_sys::Element>(&root, "thead a[href$='/groups/smart-recovery']");
    assert_eq!(smart.text_content().as_deref(), Some("SMART Recovery"));
    assert!(text_of(&root, "main").contains(PRESCRIBER));

    go_back_to("/compare?groups=cocaine-anonymous,secular-organizations-for-sobriety").await;
    assert_eq!(count_of(&root, "thead th[scope='col']"), 2);
    assert_eq!(count_of(&root, "tbody td") as usize, 2 * Fact::ALL.len());
    assert_eq!(
        text_of(&root, "caption#compare-caption"),
        "How CA, SOS compare"
    );
    // Less than confirmed never reads as a plain fact; a value that says it is not known
    // needs no second warning.
    let table = text_of(&root, "table.compare");
    assert!(
        table.contains("(uncertain: check the group's own site)"),
        "{table}"
    );
    assert!(
        !table.contains("Not stated: ask the group (uncertain"),
        "{table}"
    );
}

fn input(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    find(root, selector)
}

/// The first element `selector` finds under `root`, as the kind the test expects. The test
/// fails, naming the selector, if there is none.
fn find<T: JsCast>(root: &web_sys::Element, selector: &str) -> T {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn the_filter_form_shows_the_filters_from_the_address_and_follows_back() {
    let (root, _app) = app_at("/groups?approach=cbt&online=1&q=%3Cb%3E", "#filter-q").await;
    let approach = find::<web_sys::HtmlSelectElement>(&root, "#filter-approach");
    assert_eq!(approach.value(), "cbt");
    assert_eq!(count_of(&root, "select option:checked:not([value=''])"), 1);
    assert!(input(&root, "#filter-online").checked());
    assert_eq!(count_of(&root, ".checks input:checked"), 1);
    assert_eq!(input(&root, "#filter-q").value(), "<b>");
    assert_eq!(count_of(&root, "form b"), 0, "typed text stays text");
    let details = find::<web_sys::Element>(&root, "details.more-filters");
    assert!(
        details.has_attribute("open"),
        "a filter is on, so they show"
    );

    go_back_to("/groups?spirituality=secular").await;
    assert_eq!(approach.value(), "");
    assert!(!input(&root, "#filter-online").checked());
    assert_eq!(input(&root, "#filter-q").value(), "");
    assert_eq!(text_of(&root, ".result-count"), "Showing 3 of 12 groups");
}

#[wasm_bindgen_test]
async fn cards_show_key_facts_in_words_and_never_a_plain_yes_when_unconfirmed() {
    let (root, _app) = app_at("/groups?q=cocaine", ".group-card").await;
    let card = find::<web_sys::HtmlElement>(
        &root,
        ".group-card:has(a[href$='/groups/cocaine-anonymous'])",
    );
    // CA's online meetings are reported by others: the chip says so.
    assert_eq!(
        text_of(&card, ".chip:has(.confidence)"),
        "Online meetings (unconfirmed)"
    );
    go_back_to("/groups?q=smart").await;
    let card =
        find::<web_sys::HtmlElement>(&root, ".group-card:has(a[href$='/groups/smart-recovery'])");
    let chips = card.query_selector_all(".chip").expect("the chips");
    let chips: Vec<String> = (0..chips.length())
        .filter_map(|at| chips.item(at).and_then(|chip| chip.text_content()))
        .collect();
    assert_eq!(
        chips,
        ["CBT skills", "Secular", "Online meetings", "No sponsors"]
    );
}

#[wasm_bindgen_test]
async fn a_fifth_group_cannot_be_picked_and_picks_outlast_a_filter() {
    let (root, _app) = app_at("/groups", ".group-card").await;
    let boxes = root
        .query_selector_all(".group-card .pick input")
        .expect("the compare boxes");
    for i in 0..5 {
        let tick = boxes
            .item(i)
            .expect("a box")
            .unchecked_into::<web_sys::HtmlElement>();
        tick.click();
        sleep_ms(10).await;
    }
    assert_eq!(count_of(&root, ".group-card .pick input:checked"), 4);
    assert_eq!(
        text_of(&root, ".compare-tray p"),
        "4 groups picked, the most that fit side by side."
    );
    // Searching hides picked groups; clearing the search shows them still picked.
    let search = input(&root, "#filter-q");
    for words in ["zzzz", ""] {
        search.set_value(words);
        let _ = search.dispatch_event(&web_sys::Event::new("input").expect("an input event"));
        sleep_ms(50).await;
        if !words.is_empty() {
            assert_eq!(count_of(&root, ".group-card"), 0);
        }
    }
    assert_eq!(count_of(&root, ".group-card .pick input:checked"), 4);
}

#[wasm_bindgen_test]
async fn the_about_page_names_all_its_reading() {
    use peer_support_guide::domain::help::references;
    let (root, _app) = app_at("/about", "cite").await;
    assert_eq!(
        count_of(&root, "section[aria-labelledby='about-sources'] li > cite") as usize,
        references().len()
    );
}

#[wasm_bindgen_test]
async fn saved_groups_show_on_the_home_page_and_follow_another_tab() {
    let _ = storage::remove(StorageKey::Favourites);
    let (root, _app) = app_at("/", "h1").await;
    assert_eq!(
        count_of(&root, "section.saved"),
        0,
        "nothing saved, nothing shown"
    );

    // Another tab saves two groups (one since gone from the catalog) and the event arrives.
    storage::write(StorageKey::Favourites, "nar-anon,gone-from-the-catalog").expect("writes");
    let event = web_sys::StorageEvent::new("storage").expect("a storage event");
    event.init_storage_event_with_can_bubble_and_cancelable_and_key_and_old_value_and_new_value(
        "storage",
        false,
        false,
        Some(StorageKey::Favourites.name()),
        None,
        Some("nar-anon,gone-from-the-catalog"),
    );
    let _ = web_sys::window().expect("a window").dispatch_event(&event);
    sleep_ms(50).await;
    assert_eq!(text_of(&root, "h2#saved-heading"), "My saved groups");
    let links = root
        .query_selector_all("section.saved li a")
        .expect("the saved links");
    assert_eq!(links.length(), 1);
    let link = links
        .item(0)
        .expect("a link")
        .unchecked_into::<web_sys::Element>();
    assert_eq!(
        link.text_content().as_deref(),
        Some("Nar-Anon Family Groups")
    );
    assert!(link
        .get_attribute("href")
        .unwrap_or_default()
        .ends_with("/groups/nar-anon"));
    storage::remove(StorageKey::Favourites).expect("clean up");
}

/// Going from one group's page straight to another's (Back, Forward) draws the new group.
#[wasm_bindgen_test]
async fn one_group_page_gives_way_to_another() {
    let (root, _app) = app_at("/groups/narcotics-anonymous", "ol.sources li").await;
    assert_eq!(text_of(&root, "h1"), "Narcotics Anonymous (NA)");
    go_back_to("/groups/smart-recovery").await;
    for _ in 0..20 {
        if text_of(&root, "h1") == "SMART Recovery" {
            break;
        }
        sleep_ms(20).await;
    }
    assert_eq!(text_of(&root, "h1"), "SMART Recovery");
    assert_eq!(count_of(&root, "h1"), 1);
    assert_eq!(document().title(), "SMART Recovery · Peer Support Guide");
    assert!(!text_of(&root, "ol.sources").contains("Bulletin #29"));
}

#[wasm_bindgen_test]
async fn the_tracker_confirms_a_meeting_beside_its_form_and_folds_the_date_form_once_set() {
    let _ = storage::erase_everything();
    let (root, _app) = app_at("/tracker", "#meeting-form").await;
    let element = |selector: &str| find::<web_sys::HtmlElement>(&root, selector);
    let details = element("#date-details");
    let summary = element("#date-summary");
    assert!(
        details.has_attribute("open") && summary.hidden(),
        "with no date yet, the date form is the first step, open and with nothing to fold it"
    );
    assert!(text_of(&root, "#stats-region").contains("No meetings logged yet."));
    assert_eq!(count_of(&root, "#meeting-stats"), 0, "no zeros");
    assert!(element("#list-heading").hidden());

    input(&root, "#meeting-other").set_value("Friday <group>");
    element("#meeting-submit").click();
    sleep_ms(50).await;
    let status = text_of(&root, "#meetings #meeting-status");
    assert!(
        status.starts_with("Meeting added: Friday <group>, "),
        "{status}"
    );
    assert_eq!(
        count_of(&root, "#meeting-status b, #meeting-status group"),
        0
    );
    assert!(text_of(&root, "#meeting-stats").contains("Last 7 days1"));
    assert!(!element("#list-heading").hidden());

    input(&root, "#clean-date").set_value("2026-01-01");
    element("#date-form button[type='submit']").click();
    sleep_ms(50).await;
    assert!(
        text_of(&root, "#count-region").contains("since 1 January 2026"),
        "{}",
        text_of(&root, "#count-region")
    );
    assert!(
        !details.has_attribute("open") && !summary.hidden(),
        "once saved, the form folds under \"Change my start date\""
    );
    sleep_ms(50).await;
    assert_eq!(
        document()
            .active_element()
            .map(|element| element.id())
            .as_deref(),
        Some("count"),
        "focus goes to the count"
    );
    let _ = storage::erase_everything();
}

#[wasm_bindgen_test]
async fn a_check_in_is_saved_for_the_day_chosen_and_drawn_in_the_chart() {
    use peer_support_guide::domain::checkins::for_day;
    use peer_support_guide::domain::dates::add_days;
    use peer_support_guide::domain::journal::{Counter, Journal};
    use peer_support_guide::pages::check_in::CheckInCard;
    use peer_support_guide::storage::{erase_everything, load_journal, JournalLoad};
    let _ = erase_everything();
    let today = peer_support_guide::records::today();
    let journal = Journal {
        counters: vec![Counter {
            id: "main".into(),
            start: Some(add_days(today, -40)),
            ..Counter::default()
        }],
        ..Journal::default()
    };
    storage::write(StorageKey::Journal, &journal.to_json()).expect("writing works");
    let root = fresh_root();
    let card = mount_to(root.clone(), || {
        view! { <CheckInCard counter=Signal::derive(|| Some("main".to_string())) /> }
    });
    sleep_ms(20).await;
    let element = |selector: &str| find::<web_sys::HtmlElement>(&root, selector);
    assert_eq!(input(&root, "#check-in-day").value(), today.iso());
    assert_eq!(
        text_of(&root, ".check-in-summary"),
        "No check-ins in the last 30 days yet."
    );
    assert_eq!(count_of(&root, ".check-in-chart"), 0, "no empty chart");

    // Nothing chosen: a sentence says so, and nothing is saved.
    element("#check-in-form button[type='submit']").click();
    sleep_ms(20).await;
    assert!(
        text_of(&root, "#check-in-problem[role='alert'] .problem")
            .starts_with("There is nothing to save yet."),
        "{}",
        text_of(&root, "#check-in-problem")
    );
    assert_eq!(text_of(&root, "#check-in-status"), "");

    element("input[name='check-in-mood'][value='4']").click();
    element("#check-in-form button[type='submit']").click();
    sleep_ms(20).await;
    let Ok(JournalLoad::Loaded(stored)) = load_journal() else {
        panic!("the records read back");
    };
    let saved = for_day(&stored.check_ins, "main", today).expect("today's check-in is stored");
    assert_eq!(
        (saved.mood, saved.craving, saved.note.as_str()),
        (Some(4), None, "")
    );
    assert_eq!(
        text_of(&root, "#check-in-status[role='status']"),
        format!("Check-in saved for {today}.")
    );
    assert_eq!(text_of(&root, "#check-in-problem"), "");
    let chart = element(".check-in-chart svg[role='img']");
    let caption = chart.get_attribute("aria-labelledby").unwrap_or_default();
    assert_eq!(
        text_of(&root, &format!("#{caption}")).trim(),
        "Chart of mood and cravings, last 30 days"
    );
    assert_eq!(count_of(&root, ".check-in-mood-dot"), 1, "one day is a dot");
    for drawn in [
        ".check-in-mood-dot",
        ".check-in-key line",
        ".check-in-key path",
    ] {
        assert_eq!(
            element(drawn).namespace_uri().as_deref(),
            Some("http://www.w3.org/2000/svg"),
            "{drawn} is drawn as SVG"
        );
    }
    assert!(
        text_of(&root, ".check-in-summary")
            .starts_with("Mood averaged 4.0 out of 5 over the last 30 days."),
        "{}",
        text_of(&root, ".check-in-summary")
    );

    // Another day shows what is saved for it (nothing), and today's comes back.
    let day = input(&root, "#check-in-day");
    let mood_4 = input(&root, "input[name='check-in-mood'][value='4']");
    day.set_value(&add_days(today, -1).iso());
    let _ = day.dispatch_event(&web_sys::Event::new("input").expect("an input event"));
    sleep_ms(20).await;
    assert!(!mood_4.checked(), "yesterday has no check-in yet");
    assert_eq!(text_of(&root, "#check-in-status"), "");
    day.set_value(&today.iso());
    let _ = day.dispatch_event(&web_sys::Event::new("input").expect("an input event"));
    sleep_ms(20).await;
    assert!(mood_4.checked(), "today's check-in is shown again");

    drop(card);
    let _ = erase_everything();
}

/// WebCrypto's sealing reads with the domain's envelope reader, and only the right passphrase
/// opens it: a backup locked, opened, refused with a wrong passphrase, and refused when changed.
#[wasm_bindgen_test]
async fn a_locked_backup_opens_only_with_its_passphrase() {
    use peer_support_guide::domain::lock::{Envelope, Holds, ITERATIONS, IV_BYTES};
    use peer_support_guide::lock::{job, Job, LockError};
    let text = r#"{"app":"peer-support-guide","version":3}"#.to_string();
    let sealed = job(Job::SealBackup {
        text: text.clone(),
        passphrase: "blue kettle river".into(),
    })
    .await
    .expect("WebCrypto seals");
    assert!(!sealed.contains("peer-support-guide\",\"version\":3"));
    let envelope = Envelope::from_json(&sealed).expect("the domain reads what WebCrypto wrote");
    assert_eq!(envelope.holds, Holds::Backup);
    assert_eq!(envelope.kdf.iterations, ITERATIONS);
    assert_ne!(
        envelope.check.iv, envelope.data.iv,
        "each seal has its own IV"
    );
    assert_ne!(envelope.data.iv, [0; IV_BYTES]);
    let open = |passphrase: &str, text: &str| {
        job(Job::OpenBackup {
            text: text.to_string(),
            passphrase: passphrase.to_string(),
        })
    };
    assert_eq!(open("blue kettle river", &sealed).await, Ok(text.clone()));
    assert!(matches!(
        open("blue kettle rivers", &sealed).await,
        Err(LockError::Wrong { .. })
    ));
    let mut changed = envelope.clone();
    changed.data.bytes[0] ^= 1;
    assert!(matches!(
        open("blue kettle river", &changed.to_json()).await,
        Err(LockError::Damaged(_))
    ));
    // Sealing the same text twice gives two different files (new salt, new IVs).
    let again = job(Job::SealBackup {
        text,
        passphrase: "blue kettle river".into(),
    })
    .await
    .expect("WebCrypto seals");
    assert_ne!(again, sealed);
}

/// The browser reads the privacy choices with `JSON.parse` and the same serde rules that
/// serde_json follows in the native tests: both give what each example says.
#[wasm_bindgen_test]
fn privacy_choices_read_in_the_browser_as_natively() {
    use peer_support_guide::domain::privacy::reading_examples;
    for (text, prefs) in reading_examples() {
        assert_eq!(
            peer_support_guide::privacy::read(Some(text)),
            prefs,
            "{text}"
        );
    }
    assert_eq!(peer_support_guide::privacy::read(None), Default::default());
}

/// A Spanish page takes the words the loader left on `window`, shows them, and says so on
/// `<html lang>`; a text the table lacks stays as it is. (The language is set back after.)
#[wasm_bindgen_test]
fn spanish_words_from_the_loader_are_shown_and_named_on_the_page() {
    use peer_support_guide::domain::lang::Lang;
    use peer_support_guide::i18n;
    let window = web_sys::window().expect("a window");
    js_sys::Reflect::set(
        &window,
        &"peerSupportWords".into(),
        &"Get help now\tPide ayuda ahora\n{n} meetings\t{n} reuniones".into(),
    )
    .expect("a property can be set");
    i18n::take_words();
    i18n::set_lang(Lang::Es);
    let lang = || {
        document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
    };
    assert_eq!(i18n::t("Get help now"), "Pide ayuda ahora");
    assert_eq!(i18n::tp(3, "1 meeting", "{n} meetings"), "3 reuniones");
    assert_eq!(i18n::t("Not in the table"), "Not in the table");
    assert_eq!(lang().as_deref(), Some("es"));
    i18n::set_lang(Lang::En);
    assert_eq!(i18n::t("Get help now"), "Get help now");
    assert_eq!(lang().as_deref(), Some("en"));
}
