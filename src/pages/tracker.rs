//! `/tracker`: time in recovery, milestones, the meeting log, "I used again" and a support
//! contact, all kept on this device.
//!
//! The parts are drawn as markup (`markup::tracker`) and one listener per kind of event reads
//! which form was sent or which button was pressed: a Leptos view per part made this page cost
//! over 60 KB of wasm.

use crate::components::app_link::{base, AppLink};
use crate::components::page_heading::{focus_element, PageHeading};
use crate::components::{
    clicked_action, event_target, fill, fill_only, form_data, form_value, set_property,
};
use crate::domain::catalog::group;
use crate::domain::ics::{self, Weekday};
use crate::domain::journal::{
    limits, parse_date, tel_digits, Attended, Contact, CountLabel, Counter, Meeting, OwnMilestone,
    StartChange,
};
use crate::domain::milestones::{MilestoneSet, MAX_OWN_DAYS};
use crate::domain::routes::leads;
use crate::domain::sources::CalendarDate;
use crate::i18n::{date as day_in_words, t, tf};
use crate::markup::tracker as markup;
use crate::pages::check_in::CheckInCard;
use crate::pages::counters::Counters;
use crate::pages::settings::download_as;
use crate::records::{new_id, use_records, use_today};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// What the last action can be undone to.
#[derive(Clone)]
enum Undo {
    /// "I used again": the counter just before it.
    UsedAgain(Counter),
    /// A deleted meeting.
    Deleted(Meeting),
}

/// Messages after an action, and the meeting being changed: the page redraws these itself.
#[derive(Default)]
struct PageState {
    editing: Option<String>,
    undo: Option<Undo>,
    /// A start date (and count label) that falls inside the history, waiting for the person to
    /// say how to resolve it.
    /// The counter it is for (the one shown when it was asked; `None`: the main one).
    start_asked: Option<(Option<String>, CalendarDate, CountLabel)>,
}

/// The polite regions beside the controls, where each action's message shows.
const NOTICE_AREAS: &[&str] = &[
    "meeting-status",
    "list-status",
    "used-notice",
    "contact-status",
    "reminder-status",
    "ics-status",
];

/// Shows or clears the problem with a form, in its live region.
fn form_problem(form: &str, problem: Option<&str>) {
    fill(&format!("{form}-error"), &markup::alert(problem));
}

/// Asks how to resolve a start date that falls inside the history, or takes the question away.
fn ask_about_start(question: Option<(CalendarDate, CalendarDate)>) {
    fill(
        "start-question",
        &question.map_or_else(String::new, |(date, latest_end)| {
            markup::start_question(date, latest_end)
        }),
    );
}

/// Switches the meeting form between adding and changing a meeting.
fn show_editing(editing: bool) {
    let (heading, button) = if editing {
        (t("Change a meeting"), t("Save changes"))
    } else {
        (t("Add a meeting"), t("Add meeting"))
    };
    fill("meeting-form-heading", heading);
    fill("meeting-submit", button);
    set_property("meeting-cancel", "hidden", JsValue::from_bool(!editing));
}

fn reset_form(id: &str) {
    if let Some(form) = document()
        .get_element_by_id(id)
        .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
    {
        form.reset();
    }
}

/// The tracker page.
#[component]
pub fn Tracker() -> impl IntoView {
    let records = use_records();
    let journal = records.journal;
    let today = use_today();
    let state = StoredValue::new_local(PageState::default());
    // How many of the newest meetings the list shows; "Show older meetings" adds a page.
    let meetings_shown = RwSignal::new(markup::MEETINGS_PER_PAGE);
    // The counter the page shows: one the person picked, or the main one.
    let shown = RwSignal::new(None::<String>);
    let shown_key = move || shown.get_untracked();
    // Another counter shown: a question or a message about the one before no longer applies.
    Effect::watch(
        move || shown.get(),
        move |_, _, _| {
            state.update_value(|s| {
                s.start_asked = None;
                s.undo = None;
            });
            ask_about_start(None);
            fill_only(NOTICE_AREAS, "", "");
        },
        false,
    );
    let (top, bottom) = journal.with_untracked(|j| {
        markup::tracker_page(&base(), j, j.main_or_empty(), today.get_untracked())
    });
    // Redraw the counts and lists whenever the journal changes, here or in another tab, and
    // when the date changes while the page is open.
    Effect::new(move |drawn: Option<()>| {
        let today = today.get();
        let iso = JsValue::from_str(&today.iso());
        for id in ["clean-date", "meeting-date", "used-date"] {
            set_property(id, "max", iso.clone());
        }
        // New meetings and returns to use are dated today unless the person picks a day.
        for id in ["meeting-date", "used-date"] {
            set_property(id, "defaultValue", iso.clone());
        }
        let id = shown.get();
        // The counter shown was removed (in another tab, or by an import): show the main one,
        // so what the page says and what its buttons change are the same counter.
        if id
            .as_deref()
            .is_some_and(|id| journal.with(|j| j.counter(id).is_none()))
        {
            shown.set(None);
            return;
        }
        journal.with(|j| {
            let meetings = meetings_shown.get();
            let counter = j.counter_or_main(id.as_deref());
            // The first run follows the page's own drawing, from this same journal and day:
            // drawing every region again then would only double the work of opening the page.
            if drawn.is_some() {
                for (id, html) in markup::tracker_regions(j, counter, today, meetings) {
                    fill(id, &html);
                }
                // The choices drawn once follow the counter shown.
                set_property("count-label", "value", counter.count_label.key().into());
                set_property(
                    "milestone-set",
                    "value",
                    counter.milestones.set.key().into(),
                );
            }
            // "I used again", its undo, an import or another tab can move the start date.
            let typing = document()
                .active_element()
                .is_some_and(|element| element.id() == "clean-date");
            if !typing {
                let iso = counter.start.map(|d| d.iso()).unwrap_or_default();
                set_property("clean-date", "value", iso.into());
            }
            // With no start date (a first visit, or erased in another tab) the date form is
            // the first step, open with nothing to fold it; once there is one it can fold.
            let first_step = counter.start.is_none();
            set_property("date-summary", "hidden", first_step.into());
            if first_step {
                set_property("date-details", "open", JsValue::TRUE);
            }
            set_property("list-heading", "hidden", j.meetings.is_empty().into());
        })
    });
    // Once the count is drawn again (after the effect above), fold the date form and take
    // focus to the count, which now says what changed.
    let show_count = || {
        set_property("date-details", "open", JsValue::FALSE);
        request_animation_frame(|| focus_element("count"));
    };
    let notice = move |area: &str, message: &str, undo: Option<Undo>| {
        let can_undo = undo.is_some();
        state.update_value(|s| s.undo = undo);
        fill_only(NOTICE_AREAS, area, &markup::notice(message, can_undo));
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = event_target::<web_sys::HtmlFormElement>(&ev) else {
            return;
        };
        let Some(data) = form_data(&ev) else { return };
        let id = form.id();
        let value = |name: &str| form_value(&data, name);
        // The same range the reader accepts (see `journal::limits`): 1900 to today, read from
        // the clock now, so a page left open past midnight takes a meeting on the new day.
        let today = crate::records::today();
        let day_until_today = |name: &str| {
            parse_date(&value(name)).filter(|d| (limits::EARLIEST_DATE..=today).contains(d))
        };
        let problem: Option<&str> = match id.as_str() {
            "date-form" => match day_until_today("clean-date") {
                None => Some(t("Choose the date you started: today or a day before it.")),
                Some(date) => {
                    let label = CountLabel::from_key(&value("count-label")).unwrap_or_default();
                    let id = shown_key();
                    match journal
                        .with_untracked(|j| j.counter_or_main(id.as_deref()).start_change(date))
                    {
                        StartChange::Fits => {
                            if records.change(|j| {
                                let counter = j.counter_or_main_mut(id.as_deref(), &new_id());
                                counter.start = Some(date);
                                counter.count_label = label;
                            }) {
                                show_count();
                            }
                            ask_about_start(None);
                        }
                        // History stays a timeline: the person says which date is right.
                        StartChange::Overlaps { latest_end, .. } => {
                            state.update_value(|s| s.start_asked = Some((id.clone(), date, label)));
                            ask_about_start(Some((date, latest_end)));
                            focus_element("start-question-text");
                        }
                    }
                    None
                }
            },
            "own-form" => match value("own-days").parse::<u32>() {
                Ok(_)
                    if journal.with_untracked(|j| {
                        j.counter_or_main(shown_key().as_deref())
                            .milestones
                            .own
                            .len()
                    }) >= limits::MAX_OWN_MILESTONES =>
                {
                    const _: () =
                        assert!(limits::MAX_OWN_MILESTONES == 100, "the sentence says 100");
                    Some(t("You have 100 of your own milestones, the most the tracker keeps. Remove one to add another."))
                }
                Ok(days) if (1..=MAX_OWN_DAYS).contains(&days) => {
                    let note = value("own-note");
                    let id = shown_key();
                    if records.change(|j| {
                        let own = &mut j
                            .counter_or_main_mut(id.as_deref(), &new_id())
                            .milestones
                            .own;
                        if !own.iter().any(|m| m.days == days) {
                            own.push(OwnMilestone { days, note });
                        }
                    }) {
                        form.reset();
                    }
                    None
                }
                _ => Some(t("Enter a whole number of days, like 100.")),
            },
            "meeting-form" => {
                let picked = value("meeting-group");
                let group = if picked.is_empty() {
                    value("meeting-other")
                } else {
                    picked
                };
                match day_until_today("meeting-date") {
                    None => Some(t("Choose the day of the meeting: today or a day before.")),
                    Some(_) if group.is_empty() => Some(t("Choose the group, or type its name.")),
                    Some(date) => {
                        let editing = state.with_value(|s| s.editing.clone());
                        let values = [
                            ("group", markup::group_name(&group)),
                            ("date", &day_in_words(date)),
                        ];
                        let done = if editing.is_some() {
                            tf("Meeting changed: {group}, {date}.", &values)
                        } else {
                            tf("Meeting added: {group}, {date}.", &values)
                        };
                        let meeting = Meeting {
                            id: editing.unwrap_or_else(new_id),
                            date,
                            group,
                            attended: if value("meeting-attended") == "online" {
                                Attended::Online
                            } else {
                                Attended::InPerson
                            },
                            note: value("meeting-note"),
                        };
                        if records.save_meeting(meeting) {
                            state.update_value(|s| s.editing = None);
                            show_editing(false);
                            form.reset();
                            notice("meeting-status", &done, None);
                        }
                        None
                    }
                }
            }
            "used-form" => match day_until_today("used-date") {
                None => Some(t("Choose the day: today or a day before.")),
                // History stays a timeline: a return to use can't start before the count did.
                Some(on)
                    if journal.with_untracked(|j| {
                        let counter = j.counter_or_main(shown_key().as_deref());
                        counter.used_again(on, "").is_none()
                    }) =>
                {
                    Some(t("Choose a day on or after your start date."))
                }
                Some(on) => {
                    let id = shown_key();
                    let note = value("used-note");
                    let mut before = None;
                    if records.change(|j| {
                        let counter = j.counter_or_main_mut(id.as_deref(), &new_id());
                        before = Some(counter.clone());
                        if let Some(next) = counter.used_again(on, &note) {
                            *counter = next;
                        }
                    }) {
                        reset_form("used-form");
                        set_property("used-details", "open", JsValue::FALSE);
                        // Right after a return to use is when the overdose risk is highest.
                        set_property("safety-note", "open", JsValue::TRUE);
                        notice(
                            "used-notice",
                            &tf("Recorded. Your new start date is {date}. The days before it are kept in your history.", &[("date", &day_in_words(on))]),
                            before.map(Undo::UsedAgain),
                        );
                    }
                    None
                }
            },
            "reminder-form" => {
                let name = value("reminder-name");
                let time = value("reminder-time");
                let (hour, minute) = time.split_once(':').unwrap_or_default();
                let weekday = Weekday::from_key(&value("reminder-day"));
                match (hour.parse::<u8>(), minute.parse::<u8>(), weekday) {
                    _ if name.is_empty() => Some(t("Enter the meeting's name.")),
                    (Ok(hour), Ok(minute), Some(weekday)) => {
                        let (place, link) = (value("reminder-place"), value("reminder-link"));
                        // The same meeting at the same time gets the same id, so downloading
                        // it again changes the calendar's event rather than adding another.
                        let uid = format!("weekly-{}-{hour:02}{minute:02}-{name}", weekday.key());
                        let meeting = ics::WeeklyMeeting {
                            uid: &uid,
                            name: &name,
                            weekday,
                            hour,
                            minute,
                            minutes: 60,
                            place: &place,
                            link: &link,
                        };
                        let stamp = ics::stamp_at(crate::records::now_ms());
                        match ics::weekly_meeting_ics(&meeting, today, stamp) {
                            Ok(text) => {
                                download_as(t("meeting-reminder.ics"), "text/calendar", &text);
                                notice(
                                    "reminder-status",
                                    t("The calendar file is in your downloads. Open it to add the reminder."),
                                    None,
                                );
                                None
                            }
                            Err(_) => Some(t("Choose a time, like 19:00.")),
                        }
                    }
                    _ => Some(t("Choose a time, like 19:00.")),
                }
            }
            "contact-form" => {
                let (name, phone) = (value("contact-name"), value("contact-phone"));
                if name.is_empty() || tel_digits(&phone).len() < 3 {
                    Some(t("Enter a name and a phone number."))
                } else {
                    let saved = tf(
                        "Saved. {name} is one tap away here and on Get help now.",
                        &[("name", &name)],
                    );
                    if records.change(|j| j.contact = Some(Contact { name, phone })) {
                        notice("contact-status", &saved, None);
                    }
                    None
                }
            }
            _ => return,
        };
        form_problem(&id, problem);
    };

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some((action, id)) = clicked_action(&ev) else {
            return;
        };
        let find =
            |id: &str| journal.with_untracked(|j| j.meetings.iter().find(|m| m.id == id).cloned());
        match action.as_str() {
            "edit" => {
                let Some(m) = find(&id) else { return };
                let known = group(&m.group).is_some();
                set_property("meeting-date", "value", m.date.iso().into());
                set_property(
                    "meeting-group",
                    "value",
                    (if known { m.group.as_str() } else { "" }).into(),
                );
                set_property(
                    "meeting-other",
                    "value",
                    (if known { "" } else { m.group.as_str() }).into(),
                );
                set_property("meeting-note", "value", m.note.as_str().into());
                let radio = if m.attended == Attended::Online {
                    "attended-online"
                } else {
                    "attended-in-person"
                };
                set_property(radio, "checked", JsValue::TRUE);
                state.update_value(|s| s.editing = Some(m.id));
                show_editing(true);
                focus_element("meeting-form-heading");
            }
            "more-meetings" => {
                meetings_shown.update(|shown| *shown += markup::MEETINGS_PER_PAGE);
                // Once the list is drawn again, carry on from the first meeting just shown.
                request_animation_frame(|| focus_element("first-older"));
            }
            "cancel-edit" => {
                state.update_value(|s| s.editing = None);
                show_editing(false);
                reset_form("meeting-form");
            }
            "delete" => {
                let Some(gone) = find(&id) else { return };
                if records.change(|j| j.meetings.retain(|m| m.id != gone.id)) {
                    let message = tf(
                        "Meeting deleted: {group}, {date}.",
                        &[
                            ("group", markup::group_name(&gone.group)),
                            ("date", &day_in_words(gone.date)),
                        ],
                    );
                    let any_left = journal.with_untracked(|j| !j.meetings.is_empty());
                    notice("list-status", &message, Some(Undo::Deleted(gone)));
                    // The list's heading, with the message and its Undo just under it; or,
                    // when that was the last meeting, Undo itself.
                    focus_element(if any_left { "list-heading" } else { "undo" });
                }
            }
            "undo" => {
                match state.with_value(|s| s.undo.clone()) {
                    Some(Undo::Deleted(meeting)) => records.change(|j| {
                        if !j.meetings.iter().any(|m| m.id == meeting.id) {
                            j.meetings.push(meeting);
                            j.sort_meetings();
                        }
                    }),
                    Some(Undo::UsedAgain(was)) => records.change(|j| {
                        if let Some(counter) = j.counter_mut(&was.id) {
                            counter.start = was.start;
                            counter.past_periods = was.past_periods;
                        }
                    }),
                    None => false,
                };
                let area = id_of_notice(&ev);
                notice(&area, t("Undone."), None);
                // The button is gone: put focus back at the top of its part of the page, once
                // the list (and its heading) is drawn again.
                let heading = if area == "used-notice" {
                    "used-heading"
                } else {
                    "list-heading"
                };
                request_animation_frame(move || focus_element(heading));
            }
            "start-keep-history" | "start-trim-history" => {
                let Some((id, date, label)) = state.with_value(|s| s.start_asked.clone()) else {
                    return;
                };
                let trim = action == "start-trim-history";
                // The answer is for the counter asked about, and only while it is there.
                let gone = journal
                    .with_untracked(|j| id.as_deref().is_some_and(|id| j.counter(id).is_none()));
                if gone {
                    state.update_value(|s| s.start_asked = None);
                    ask_about_start(None);
                    form_problem(
                        "date-form",
                        Some(t("That counter was removed, perhaps in another tab, so nothing was changed.")),
                    );
                    return;
                }
                let saved = records.change(|j| {
                    // Read afresh: the counter asked about, never another in its place.
                    let counter = match id.as_deref() {
                        Some(id) => j.counter_mut(id),
                        None => Some(j.main_or_new(&new_id())),
                    };
                    let Some(counter) = counter else { return };
                    if trim {
                        *counter = counter.with_start_trimming_history(date);
                    } else if let StartChange::Overlaps { latest_end, .. } =
                        counter.start_change(date)
                    {
                        counter.start = Some(latest_end);
                    } else {
                        counter.start = Some(date);
                    }
                    counter.count_label = label;
                });
                if saved {
                    state.update_value(|s| s.start_asked = None);
                    ask_about_start(None);
                    show_count();
                }
            }
            "start-cancel" => {
                state.update_value(|s| s.start_asked = None);
                ask_about_start(None);
                focus_element("clean-date");
            }
            "remove-own" => {
                if let Ok(days) = id.parse::<u32>() {
                    let id = shown_key();
                    records.change(|j| {
                        let own = &mut j
                            .counter_or_main_mut(id.as_deref(), &new_id())
                            .milestones
                            .own;
                        own.retain(|m| m.days != days);
                    });
                    focus_element("milestones-heading");
                }
            }
            "milestone-ics" => {
                let (today, now) = (crate::records::today(), crate::records::now_ms());
                let id = shown_key();
                let file = journal.with_untracked(|j| {
                    j.counter_or_main(id.as_deref())
                        .next_milestone_ics(today, now, &t)
                });
                if let Some(text) = file {
                    download_as(t("next-milestone.ics"), "text/calendar", &text);
                    notice(
                        "ics-status",
                        t("The calendar file is in your downloads. Open it to add the milestone."),
                        None,
                    );
                }
            }
            "remove-contact" if records.change(|j| j.contact = None) => {
                set_property("contact-name", "value", "".into());
                set_property("contact-phone", "value", "".into());
                notice("contact-status", t("Contact removed."), None);
                focus_element("contact-heading");
            }
            _ => {}
        }
    };

    let on_change = move |ev: leptos::ev::Event| {
        if let Some(select) = event_target::<web_sys::HtmlSelectElement>(&ev) {
            if select.id() == "milestone-set" {
                if let Some(set) = MilestoneSet::from_key(&select.value()) {
                    let id = shown_key();
                    records.change(|j| {
                        j.counter_or_main_mut(id.as_deref(), &new_id())
                            .milestones
                            .set = set
                    });
                }
            }
        }
    };

    // The id of the counter shown, for the check-in; none before a first counter is set.
    let shown_counter = Signal::derive(move || {
        let id = shown.get();
        journal.with(|j| j.shown(id.as_deref()).map(|c| c.id.clone()))
    });

    view! {
        <PageHeading text=t("Track my milestones") />
        <p class="lead">
            {t(leads::TRACKER)}
            " "
            <AppLink href="/settings">{t(leads::TRACKER_LINK)}</AppLink>
            "."
        </p>
        <RecordsStatus />
        <div class="tracker" on:submit=on_submit on:click=on_click on:change=on_change>
            <Counters shown />
            <div class="tracker-part" inner_html=top></div>
            <CheckInCard counter=shown_counter />
            <div class="tracker-part" inner_html=bottom></div>
        </div>
    }
}

/// The id of the notice region an "Undo" button sits in.
fn id_of_notice(event: &web_sys::MouseEvent) -> String {
    event_target::<web_sys::Element>(event)
        .and_then(|button| button.closest("[role=status]").ok().flatten())
        .map(|region| region.id())
        .unwrap_or_default()
}

/// Damaged records (with the ways forward) and a change that could not be saved, for every
/// page that changes the records.
#[component]
pub fn RecordsStatus() -> impl IntoView {
    let records = use_records();
    Effect::new(move |_| {
        let damaged = records
            .damaged
            .with(|d| d.as_ref().map(|d| markup::damaged_notice(&d.problem)));
        fill("damaged-region", &damaged.unwrap_or_default());
        fill(
            "problem-region",
            &records.problem.with(|p| markup::alert(p.as_deref())),
        );
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match clicked_action(&ev) {
        Some((action, _)) if action == "save-damaged" => {
            if let Some(damaged) = records.damaged.get_untracked() {
                crate::pages::settings::download(
                    t("peer-support-guide-damaged-records.json"),
                    &damaged.raw,
                );
            }
        }
        Some((action, _)) if action == "start-fresh" => {
            if let Err(error) = crate::storage::set_aside_damaged_journal(crate::records::now_ms())
            {
                records.problem.set(Some(error.to_string()));
            }
            records.reload();
        }
        _ => {}
    };
    // A save of the locked records that didn't go through (see `crate::lock`).
    let lock_problem = crate::lock::use_lock().problem;
    view! {
        <div id="damaged-region" on:click=on_click></div>
        <div id="problem-region" role="alert"></div>
        <div class="alert" role="alert">{move || lock_problem.get()}</div>
    }
}

/// The saved support contact as a one-tap call link, shown on `/help`, or nothing when there
/// is none. It follows the records, so a contact saved in another tab shows here too.
#[component]
pub fn SupportContact() -> impl IntoView {
    let journal = use_records().journal;
    move || {
        journal
            .with(|j| j.contact.clone())
            .map(|Contact { name, phone }| {
                let href = format!("tel:{}", tel_digits(&phone));
                view! {
                    <p class="support-contact">
                        <a class="button" href=href>{tf("Call {name}", &[("name", &name)])}</a>
                        " "
                        <span>{phone}</span>
                    </p>
                }
            })
    }
}
