//! The tracker's daily check-in card: a form for one day's mood, cravings and note (today's or
//! a past day's), and a chart of the last 30 or 90 days with the same in words.

use crate::components::page_heading::focus_element;
use crate::domain::checkins::{
    self, craving_label, mood_label, CheckIn, CheckInProblem, Draft, Drawing, CRAVINGS, MOODS,
};
use crate::domain::journal::{limits, parse_date};
use crate::domain::sources::CalendarDate;
use crate::i18n::{date as day_in_words, t, tf};
use crate::records::{now_ms, use_records, use_today};
use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use std::ops::RangeInclusive;

/// The chart's box, in SVG units: the lines fill `WIDTH` by `HEIGHT`; the meetings' marks sit
/// below, and the view box leaves room for dots and strokes at the edges.
const WIDTH: u32 = 300;
const HEIGHT: u32 = 150;
const VIEW_BOX: &str = "-6 -6 312 182";
/// Where the grid's lines are: the lowest value, the middle and the highest.
const GRID: [&str; 3] = ["0", "75", "150"];

/// The windows the chart can show, in days.
const WINDOWS: [u32; 2] = [30, 90];

/// What the chart shows for the current counter, day and window: computed once per change of
/// those or of the journal, and compared, so the view is drawn again only when it differs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ChartShown {
    days: u32,
    first: Option<CalendarDate>,
    /// `None` when no day in the window has a mood or a craving: then only the sentence shows.
    drawing: Option<Drawing>,
    sentence: String,
}

/// The daily check-in for one counter, with its chart and summary.
#[component]
pub fn CheckInCard(
    /// The id of the counter shown on the page; `None` while the person has none yet.
    #[prop(into)]
    counter: Signal<Option<String>>,
) -> impl IntoView {
    let records = use_records();
    let journal = records.journal;
    let today = use_today();
    // A page may pass a derived signal: compare, so the form reloads only on a real change.
    let counter = Memo::new(move |_| counter.get());

    // The form, as the person has it now.
    let day = RwSignal::new(today.get_untracked().iso());
    let mood = RwSignal::new(None::<u8>);
    let craving = RwSignal::new(None::<u8>);
    let note = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<CheckInProblem>);
    let saved = RwSignal::new(None::<CalendarDate>);
    // A day's check-in just removed, until Undo or another day.
    let removed = RwSignal::new(None::<CheckIn>);
    let day_input = NodeRef::<Input>::new();
    let chosen_day = Memo::new(move |_| parse_date(&day.get()));

    let fill_form = move |draft: Draft| {
        mood.set(draft.mood);
        craving.set(draft.craving);
        note.set(draft.note);
    };

    // Another day or another counter: show what is saved for it, so past days can be changed.
    // Only the day and the counter are tracked, so a save elsewhere never wipes what is typed.
    Effect::new(move |_| {
        let (Some(id), Some(date)) = (counter.get(), chosen_day.get()) else {
            return;
        };
        fill_form(
            journal.with_untracked(|j| Draft::of(checkins::for_day(&j.check_ins, &id, date))),
        );
        problem.set(None);
        saved.set(None);
        removed.set(None);
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let Some(id) = counter.get_untracked() else {
            return;
        };
        let draft = Draft {
            mood: mood.get_untracked(),
            craving: craving.get_untracked(),
            note: note.get_untracked(),
        };
        // Today from the clock now, so a page left open past midnight takes the new day.
        let today = crate::records::today();
        let entry = match draft.check(&id, chosen_day.get_untracked(), today, now_ms()) {
            Ok(entry) => entry,
            Err(found) => {
                problem.set(Some(found));
                if found == CheckInProblem::Day {
                    if let Some(input) = day_input.get_untracked() {
                        let _ = input.focus();
                    }
                }
                return;
            }
        };
        let date = entry.date;
        // A count removed in another tab meanwhile takes its check-ins with it.
        if journal.with_untracked(|j| j.counter(&entry.counter).is_none()) {
            problem.set(Some(CheckInProblem::NoCount));
            saved.set(None);
            return;
        }
        // Saved to a key of its own, so another tab's check-in at the same moment is kept;
        // when nothing could be stored the page says why, beside the records.
        problem.set(None);
        saved.set(records.save_check_in(entry).then_some(date));
    };

    let days = RwSignal::new(WINDOWS[0]);
    let shown = Memo::new(move |_| {
        let id = counter.get()?;
        let (today, days) = (today.get(), days.get());
        Some(journal.with(|j| {
            let returns: Vec<CalendarDate> = j
                .counter(&id)
                .map(|c| c.past_periods.iter().map(|period| period.end).collect())
                .unwrap_or_default();
            let meetings: Vec<CalendarDate> = j.meetings.iter().map(|m| m.date).collect();
            let chart = checkins::chart(&j.check_ins, &id, &meetings, &returns, today, days);
            let summary = checkins::summary(&j.check_ins, &id, today, days);
            ChartShown {
                days,
                first: chart.days.first().map(|day| day.date),
                drawing: chart.has_values().then(|| chart.drawing(WIDTH, HEIGHT)),
                sentence: checkins::summary_sentence(&summary, days, &t),
            }
        }))
    });
    let day_problem = move || problem.get() == Some(CheckInProblem::Day);
    // The saved check-in for the counter and day chosen, if there is one.
    let saved_here = move || {
        let (Some(id), Some(date)) = (counter.get(), chosen_day.get()) else {
            return None;
        };
        journal.with(|j| checkins::for_day(&j.check_ins, &id, date).cloned())
    };
    let remove = move |_| {
        let Some(old) = saved_here() else { return };
        let gone = old.clone();
        let removed_it = records.change(move |j| {
            j.check_ins
                .retain(|c| !(c.counter == gone.counter && c.date == gone.date));
        });
        if removed_it {
            fill_form(Draft::of(None));
            saved.set(None);
            problem.set(None);
            removed.set(Some(old));
            // The button is gone: focus goes to what it did, with its Undo.
            focus_element("check-in-status");
        }
    };
    let undo = move |_| {
        let Some(old) = removed.get_untracked() else {
            return;
        };
        let date = old.date;
        fill_form(Draft::of(Some(&old)));
        if records.save_check_in(old) {
            removed.set(None);
            saved.set(Some(date));
            focus_element("check-in-status");
        }
    };

    view! {
        <section class="card check-in" aria-labelledby="check-in-heading">
            <h2 id="check-in-heading" tabindex="-1">{t("Daily check-in")}</h2>
            <Show
                when=move || counter.with(Option::is_some)
                fallback=|| view! { <p>{t("Once your start date is set, you can check in here each day.")}</p> }
            >
                <p class="hint">
                    {t("Optional and private: it stays on this device. Check in once a day, and change past days any time.")}
                </p>
                <form class="stack check-in-form" id="check-in-form" novalidate on:submit=on_submit>
                    <label for="check-in-day">{t("Day")}</label>
                    <input
                        type="date"
                        id="check-in-day"
                        name="check-in-day"
                        node_ref=day_input
                        min=limits::EARLIEST_DATE.iso()
                        max=move || today.get().iso()
                        prop:value=move || day.get()
                        on:input:target=move |ev| day.set(ev.target().value())
                        aria-invalid=move || day_problem().then_some("true")
                        aria-describedby=move || day_problem().then_some("check-in-problem")
                    />
                    <fieldset>
                        <legend>{t("Mood")}</legend>
                        <div class="check-in-pills">
                            {pills("check-in-mood", MOODS, mood_label, mood)}
                        </div>
                    </fieldset>
                    <fieldset>
                        <legend>{t("Cravings")}</legend>
                        <div class="check-in-pills">
                            {pills("check-in-craving", CRAVINGS, craving_label, craving)}
                        </div>
                    </fieldset>
                    <label for="check-in-note">{t("A note just for you (optional)")}</label>
                    <textarea
                        id="check-in-note"
                        name="check-in-note"
                        rows="3"
                        maxlength=limits::MAX_SHORT_NOTE_CHARS
                        prop:value=move || note.get()
                        on:input:target=move |ev| note.set(ev.target().value())
                    ></textarea>
                    <p class="actions">
                        <button type="submit">{t("Save check-in")}</button>
                        <Show when=move || saved_here().is_some()>
                            <button type="button" class="quiet" on:click=remove>
                                {t("Remove this day's check-in")}
                            </button>
                        </Show>
                    </p>
                    <div id="check-in-status" role="status" tabindex="-1">
                        {move || saved.get().map(|date| view! {
                            <p class="status">
                                {t("Check-in saved for ")} <time datetime=date.iso()>{day_in_words(date)}</time> "."
                            </p>
                        })}
                        {move || removed.get().map(|old| view! {
                            <p class="status">
                                {tf("Removed the check-in for {date}. ", &[("date", &day_in_words(old.date))])}
                                <button type="button" class="small" on:click=undo>{t("Undo")}</button>
                            </p>
                        })}
                    </div>
                </form>
                <div id="check-in-problem" role="alert">
                    {move || problem.get().map(|found| view! { <p class="problem">{found.message(&t)}</p> })}
                </div>
                <h3>{t("Mood and cravings over time")}</h3>
                <fieldset class="check-in-window">
                    <legend>{t("Show")}</legend>
                    <div class="check-in-pills">
                        {WINDOWS
                            .into_iter()
                            .map(|window| view! {
                                <label class="check-in-pill">
                                    <input
                                        type="radio"
                                        name="check-in-window"
                                        value=window
                                        prop:checked=move || days.get() == window
                                        on:change=move |_| days.set(window)
                                    />
                                    {tf("Last {n} days", &[("n", &window.to_string())])}
                                </label>
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                {move || shown.get().map(|shown| view! {
                    {shown.drawing.map(|drawing| chart_figure(shown.days, shown.first, drawing))}
                    <p class="check-in-summary" id="check-in-summary">{shown.sentence}</p>
                })}
            </Show>
        </section>
    }
}

/// A row of radio buttons drawn as pills, one for each value with words, showing `chosen`.
fn pills(
    name: &'static str,
    values: RangeInclusive<u8>,
    words: fn(u8) -> Option<&'static str>,
    chosen: RwSignal<Option<u8>>,
) -> impl IntoView {
    values
        .filter_map(|value| Some((value, words(value)?)))
        .map(|(value, words)| {
            view! {
                <label class="check-in-pill">
                    <input
                        type="radio"
                        name=name
                        value=value
                        prop:checked=move || chosen.get() == Some(value)
                        on:change=move |_| chosen.set(Some(value))
                    />
                    {t(words)}
                </label>
            }
        })
        .collect_view()
}

/// The chart: a caption that names it, the SVG, the first and last day under it and a legend.
/// Lines differ by pattern as well as colour (solid mood, dashed cravings, dotted returns).
fn chart_figure(days: u32, first: Option<CalendarDate>, drawing: Drawing) -> impl IntoView {
    let Drawing {
        mood_lines,
        mood_dots,
        craving_lines,
        craving_dots,
        meetings,
        returns,
    } = drawing;
    let lowest_mood = mood_label(*MOODS.start()).unwrap_or_default();
    let highest_mood = mood_label(*MOODS.end()).unwrap_or_default();
    let lowest_craving = craving_label(*CRAVINGS.start()).unwrap_or_default();
    let highest_craving = craving_label(*CRAVINGS.end()).unwrap_or_default();
    view! {
        <figure class="check-in-chart">
            <figcaption id="check-in-chart-caption">
                {tf("Chart of mood and cravings, last {n} days", &[("n", &days.to_string())])}
            </figcaption>
            <svg class="check-in-plot" viewBox=VIEW_BOX role="img" aria-labelledby="check-in-chart-caption" aria-describedby="check-in-summary">
                {GRID
                    .into_iter()
                    .map(|y| view! { <line class="check-in-grid" x1="0" x2="300" y1=y y2=y /> })
                    .collect_view()}
                {returns
                    .into_iter()
                    .map(|x| view! { <line class="check-in-return" x1=x.clone() x2=x y1="-4" y2="154" /> })
                    .collect_view()}
                {mood_lines
                    .into_iter()
                    .map(|points| view! { <polyline class="check-in-mood" points=points /> })
                    .collect_view()}
                {craving_lines
                    .into_iter()
                    .map(|points| view! { <polyline class="check-in-craving" points=points /> })
                    .collect_view()}
                {mood_dots
                    .into_iter()
                    .map(|(x, y)| view! { <circle class="check-in-mood-dot" cx=x cy=y r="3.5" /> })
                    .collect_view()}
                {craving_dots
                    .into_iter()
                    .map(|(x, y)| view! { <circle class="check-in-craving-dot" cx=x cy=y r="3.5" /> })
                    .collect_view()}
                {meetings
                    .into_iter()
                    .map(|x| view! { <path class="check-in-meeting" d=format!("M{x} 161l-4 8h8z") /> })
                    .collect_view()}
            </svg>
            <p class="check-in-axis" aria-hidden="true">
                <span>{first.map(day_in_words)}</span>
                <span>{t("Today")}</span>
            </p>
            <ul class="check-in-legend">
                <li>
                    <Key>
                        <line class="check-in-mood" x1="2" y1="6" x2="30" y2="6" />
                    </Key>
                    {tf("Mood: solid line, {lowest} at the bottom to {highest} at the top", &[("lowest", t(lowest_mood)), ("highest", t(highest_mood))])}
                </li>
                <li>
                    <Key>
                        <line class="check-in-craving" x1="2" y1="6" x2="30" y2="6" />
                    </Key>
                    {tf("Cravings: dashed line, {lowest} at the bottom to {highest} at the top", &[("lowest", t(lowest_craving)), ("highest", t(highest_craving))])}
                </li>
                <li>
                    <Key>
                        <path class="check-in-meeting" d="M16 2l-5 9h10z" />
                    </Key>
                    {t("A meeting: a triangle along the bottom")}
                </li>
                <li>
                    <Key>
                        <line class="check-in-return" x1="16" y1="0" x2="16" y2="12" />
                    </Key>
                    {t("A return to use: a dotted line up the chart")}
                </li>
            </ul>
        </figure>
    }
}

/// A legend's sample of how the chart draws something; the words beside it say it.
#[component]
fn Key(children: Children) -> impl IntoView {
    view! {
        <svg class="check-in-key" viewBox="0 0 32 12" aria-hidden="true">
            {children()}
        </svg>
    }
}
