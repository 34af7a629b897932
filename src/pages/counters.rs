//! The tracker's counters: one for each thing a person is stepping away from, in their own
//! words, each with its own count. The list picks which counter the rest of the page shows;
//! the shown counter's name and savings can be changed, and it can be made the main one
//! (shown first and on the home page) or removed, with an undo.

use crate::components::page_heading::focus_element;
use crate::components::{event_target, form_value, submitted};
use crate::domain::checkins::{self, CheckIn};
use crate::domain::dates::span;
use crate::domain::journal::{limits, parse_date, Cost, CountLabel, Counter, Per};
use crate::domain::savings::{currency_code, currency_for, parse_amount, saved, AmountError};
use crate::domain::sources::CalendarDate;
use crate::i18n::{count_words, t, tf, tp};
use crate::markup::tracker::counter_title;
use crate::records::{new_id, use_records, use_today};
use leptos::prelude::*;

/// One counter in the list, as it reads today.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    title: String,
    count: String,
}

/// "2 months and 3 days", or what is missing.
fn count_of(counter: &Counter, today: CalendarDate) -> String {
    match counter.start.and_then(|start| span(start, today)) {
        Some(s) => count_words(s.years, s.months, s.days),
        None => t("No start date yet").into(),
    }
}

/// An amount in the person's currency, written as the page's language writes money in the
/// browser's region ("$1,050.00"; see `Lang::number_locales`).
fn money(hundredths: u64, currency: &str) -> String {
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("style", "currency");
    set("currency", currency);
    let browser: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    let locales: js_sys::Array = crate::i18n::lang()
        .number_locales(browser.iter().map(String::as_str))
        .into_iter()
        .map(wasm_bindgen::JsValue::from)
        .collect();
    let format = js_sys::Intl::NumberFormat::new(&locales, &options).format();
    // Whole hundredths as a JS number: exact far past any sum the limits allow.
    let amount = wasm_bindgen::JsValue::from_f64(hundredths as f64 / 100.0);
    format
        .call1(&wasm_bindgen::JsValue::NULL, &amount)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| format!("{} {currency}", hundredths / 100))
}

/// What the shown counter has saved, in a sentence; empty unless the person set a cost or hours.
fn saved_sentence(counter: &Counter, today: CalendarDate) -> String {
    let saved = saved(counter, today);
    let money = saved
        .money
        .map(|(hundredths, code)| money(hundredths, &code));
    let hours = saved.hours.map(|h| {
        tp(
            usize::try_from(h).unwrap_or(usize::MAX),
            "1 hour",
            "{n} hours",
        )
    });
    match (money, hours) {
        (Some(m), Some(h)) => tf(
            "Saved since your start date: {money} and {hours}.",
            &[("money", &m), ("hours", &h)],
        ),
        (Some(m), None) => tf("Saved since your start date: {money}.", &[("money", &m)]),
        (None, Some(h)) => tf(
            "Time back since your start date: {hours}.",
            &[("hours", &h)],
        ),
        (None, None) => String::new(),
    }
}

/// The device's language, for the currency it suggests.
fn device_currency() -> &'static str {
    currency_for(&window().navigator().language().unwrap_or_default())
}

/// The counters card: the list to pick from, the shown counter's savings and settings, and a
/// form to add one. `shown` is the id the page shows (`None`: the main counter).
#[component]
pub fn Counters(shown: RwSignal<Option<String>>) -> impl IntoView {
    let records = use_records();
    let journal = records.journal;
    let today = use_today();
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    // A removed counter and its check-ins, with where it was, until "Undo" or another action.
    let removed = RwSignal::new(None::<(usize, Counter, Vec<CheckIn>)>);
    // The counter whose removal waits for a yes: the question is about that one only.
    let confirming = RwSignal::new(None::<String>);

    let rows = Memo::new(move |_| {
        let today = today.get();
        journal.with(|j| {
            j.counters
                .iter()
                .map(|c| Row {
                    id: c.id.clone(),
                    title: counter_title(c).to_string(),
                    count: count_of(c, today),
                })
                .collect::<Vec<_>>()
        })
    });
    // The id of the counter shown, once there is one.
    let current = Memo::new(move |_| {
        let id = shown.get();
        journal.with(|j| j.counter_or_main(id.as_deref()).id.clone())
    });
    let is_main = move || journal.with(|j| j.main().map(|c| c.id.clone())) == Some(current.get());
    let savings = move || {
        let today = today.get();
        journal.with(|j| saved_sentence(j.counter_or_main(shown.get().as_deref()), today))
    };

    let say = move |message: String| {
        problem.set(None);
        status.set(message);
    };

    let on_add = move |ev: leptos::ev::SubmitEvent| {
        let Some(data) = submitted(&ev) else { return };
        let value = |name: &str| form_value(&data, name);
        let name = value("counter-name");
        let today = crate::records::today();
        let start = parse_date(&value("counter-start"))
            .filter(|d| (limits::EARLIEST_DATE..=today).contains(d));
        let count = journal.with_untracked(|j| j.counters.len());
        let trouble = if name.is_empty() {
            Some(t("Give the counter a name, like \"Alcohol\"."))
        } else if start.is_none() {
            Some(t(
                "Choose the day this count began: today or a day before it.",
            ))
        } else if count >= limits::MAX_COUNTERS {
            const _: () = assert!(limits::MAX_COUNTERS == 20, "the sentence says 20");
            Some(t(
                "You have 20 counters, the most the tracker keeps. Remove one to add another.",
            ))
        } else {
            None
        };
        if trouble.is_some() {
            problem.set(trouble);
            return;
        }
        let id = new_id();
        let counter = Counter {
            id: id.clone(),
            name: name.clone(),
            start,
            count_label: CountLabel::from_key(&value("counter-label")).unwrap_or_default(),
            ..Counter::default()
        };
        if records.change(|j| j.counters.push(counter)) {
            removed.set(None);
            shown.set(Some(id));
            if let Some(form) = event_target::<web_sys::HtmlFormElement>(&ev) {
                form.reset();
            }
            say(tf("Added {name}. It is shown below.", &[("name", &name)]));
            focus_element("counters-status");
        }
    };

    let on_save = move |ev: leptos::ev::SubmitEvent| {
        let Some(data) = submitted(&ev) else { return };
        let value = |name: &str| form_value(&data, name);
        let amount = value("cost-amount");
        let hours = value("cost-hours");
        let cost = if amount.is_empty() {
            Ok(None)
        } else {
            match (
                parse_amount(&amount),
                currency_code(&value("cost-currency")),
            ) {
                (Ok(hundredths), Some(currency)) => Ok(Some(Cost {
                    hundredths,
                    per: Per::from_key(&value("cost-per")).unwrap_or_default(),
                    currency,
                })),
                (Err(AmountError::NotAmount), _) => Err(t(
                    "Enter what it cost as a number, like 12.50, or leave it empty.",
                )),
                (Err(AmountError::TooLarge), _) => {
                    const _: () = assert!(limits::MAX_COST_HUNDREDTHS == 1_000_000_000_000);
                    Err(t(
                        "That is more than the tracker keeps (10 billion). Enter a smaller amount.",
                    ))
                }
                (_, None) => Err(t("Enter the currency as three letters, like USD or EUR.")),
            }
        };
        let hours = if hours.is_empty() {
            Ok(None)
        } else {
            match hours.parse::<u16>() {
                Ok(h) if h <= limits::MAX_HOURS_PER_WEEK => Ok(Some(h)),
                _ => Err(t("Enter the hours a week as a whole number from 0 to 168.")),
            }
        };
        let (cost, hours) = match (cost, hours) {
            (Ok(cost), Ok(hours)) => (cost, hours),
            (Err(trouble), _) | (_, Err(trouble)) => {
                problem.set(Some(trouble));
                return;
            }
        };
        let name = value("counter-rename");
        let id = current.get_untracked();
        if records.change(|j| {
            let counter = j.counter_or_main_mut(Some(&id), &new_id());
            counter.name = name;
            counter.cost = cost;
            counter.hours_per_week = hours;
        }) {
            say(t("Saved.").into());
        }
    };

    let make_main = move |_| {
        let id = current.get_untracked();
        if records.change(|j| *j = j.with_main(&id)) {
            say(t("This is now your main counter. It shows first, and on the home page.").into());
            // The button is gone: focus goes to what it did.
            focus_element("counters-status");
        }
    };

    let remove = move |_| {
        let Some(id) = confirming.get_untracked() else {
            return;
        };
        // What Undo puts back is taken from the records as they are changed, not as this page
        // last saw them.
        let mut gone = None;
        let saved = records.change(|j| {
            let Some(at) = j.counters.iter().position(|c| c.id == id) else {
                return;
            };
            let kept: Vec<CheckIn> = j
                .check_ins
                .iter()
                .filter(|c| c.counter == id)
                .cloned()
                .collect();
            gone = j
                .counters
                .get(at)
                .map(|counter| (at, counter.clone(), kept));
            *j = j.without_counter(&id);
        });
        if let Some((at, counter, kept)) = gone.filter(|_| saved) {
            confirming.set(None);
            shown.set(None);
            say(tf("Removed {name}.", &[("name", counter_title(&counter))]));
            removed.set(Some((at, counter, kept)));
            focus_element("counters-status");
        }
    };

    let undo = move |_| {
        let Some((at, counter, kept)) = removed.get_untracked() else {
            return;
        };
        let id = counter.id.clone();
        let title = counter_title(&counter).to_string();
        let mut back = false;
        let saved = records.change(|j| {
            if j.counter(&counter.id).is_none() {
                j.counters.insert(at.min(j.counters.len()), counter);
                j.check_ins = checkins::merge(&j.check_ins, &kept);
                back = true;
            }
        });
        if saved {
            removed.set(None);
            if back {
                shown.set(Some(id));
                say(tf("{name} is back, with its history.", &[("name", &title)]));
            } else {
                // Another tab brought it back, or restored a backup, meanwhile.
                say(tf(
                    "{name} is already here, so nothing was changed.",
                    &[("name", &title)],
                ));
            }
            focus_element("counters-heading");
        }
    };

    let many = move || rows.with(|r| r.len() > 1);
    let any = move || rows.with(|r| !r.is_empty());

    view! {
        <section class="card counters" aria-labelledby="counters-heading">
            <h2 id="counters-heading" tabindex="-1">{t("My counters")}</h2>
            <Show
                when=many
                fallback=|| view! {
                    <p class="hint">{t("Counting more than one thing? Add a counter for each, in your own words.")}</p>
                }
            >
                <p class="hint">{t("Choose one to see its count, milestones and history below.")}</p>
                <ul class="counter-list">
                    <For each=move || rows.get() key=|row| (row.id.clone(), row.title.clone(), row.count.clone()) let:row>
                        {
                            let id = row.id.clone();
                            let pick = id.clone();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="counter-pick"
                                        aria-pressed=move || (current.get() == id).to_string()
                                        on:click=move |_| {
                                            if current.get_untracked() != pick {
                                                shown.set(Some(pick.clone()));
                                            }
                                        }
                                    >
                                        <strong>{row.title}</strong>
                                        <span>{row.count}</span>
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <p class="saved" id="saved-line">{savings}</p>
            <Show when=any>
                <details class="counter-settings">
                    <summary>{t("Change this counter")}</summary>
                    // Drawn again only for another counter, so what is being typed stays when
                    // a check-in or another tab changes the records.
                    {move || {
                        let id = current.get();
                        let counter = journal.with_untracked(|j| j.counter_or_main(Some(&id)).clone());
                        let cost = counter.cost.clone();
                        let (amount, per, currency) = match &cost {
                            Some(c) => (
                                format!("{}.{:02}", c.hundredths / 100, c.hundredths % 100),
                                c.per,
                                c.currency.clone(),
                            ),
                            None => (String::new(), Per::Day, device_currency().to_string()),
                        };
                        let hours = counter.hours_per_week.map(|h| h.to_string()).unwrap_or_default();
                        view! {
                            <form class="stack" novalidate on:submit=on_save>
                                <label for="counter-rename">{t("Counter name")}</label>
                                <input type="text" id="counter-rename" name="counter-rename"
                                    maxlength=limits::MAX_COUNTER_NAME_CHARS prop:value=counter.name.clone() />
                                <p class="hint" id="cost-hint">{t("Optional. Money and time saved show only once you fill these in.")}</p>
                                <label for="cost-amount">{t("What it used to cost")}</label>
                                <div class="cost-row">
                                    <input type="text" id="cost-amount" name="cost-amount" inputmode="decimal"
                                        aria-describedby="cost-hint" prop:value=amount />
                                    <label for="cost-per" class="visually-hidden">{t("How often")}</label>
                                    <select id="cost-per" name="cost-per" prop:value=per.key()>
                                        <option value="day">{t("a day")}</option>
                                        <option value="week">{t("a week")}</option>
                                    </select>
                                    <label for="cost-currency" class="visually-hidden">{t("Currency")}</label>
                                    <input type="text" id="cost-currency" name="cost-currency" maxlength="3"
                                        size="4" autocapitalize="characters" prop:value=currency />
                                </div>
                                <label for="cost-hours">{t("Hours a week it took")}</label>
                                <input type="text" id="cost-hours" name="cost-hours" inputmode="numeric"
                                    maxlength="3" prop:value=hours />
                                <button type="submit">{t("Save")}</button>
                            </form>
                        }
                    }}
                    <p class="actions">
                        <Show when=move || !is_main()>
                            <button type="button" class="quiet" on:click=make_main>{t("Make this my main counter")}</button>
                        </Show>
                        <button type="button" class="danger" id="remove-counter" on:click=move |_| confirming.set(Some(current.get_untracked()))>
                            {t("Remove this counter")}
                        </button>
                    </p>
                    <Show when=move || confirming.get().is_some_and(|id| id == current.get())>
                        <div class="notice alert" role="group" aria-labelledby="remove-question">
                            <p id="remove-question">
                                {move || journal.with(|j| tf("Remove {name}? Its start date, history and check-ins go with it.", &[("name", counter_title(j.counter_or_main(Some(&current.get()))))]))}
                            </p>
                            <p class="actions">
                                <button type="button" class="danger confirm" on:click=remove>{t("Yes, remove it")}</button>
                                <button type="button" class="quiet" on:click=move |_| {
                                    confirming.set(None);
                                    focus_element("remove-counter");
                                }>{t("Keep it")}</button>
                            </p>
                        </div>
                    </Show>
                </details>
            </Show>
            <details class="add-counter">
                <summary>{t("Add a counter")}</summary>
                <form class="stack" novalidate on:submit=on_add>
                    <label for="counter-name">{t("What are you stepping away from?")}</label>
                    <p class="hint" id="counter-name-hint">{t("In your own words, like \"Alcohol\" or \"Gambling\".")}</p>
                    <input type="text" id="counter-name" name="counter-name" required
                        maxlength=limits::MAX_COUNTER_NAME_CHARS aria-describedby="counter-name-hint" />
                    <label for="counter-start">{t("The day this count began")}</label>
                    <input type="date" id="counter-start" name="counter-start" required
                        min=limits::EARLIEST_DATE.iso() max=move || today.get().iso()
                        value=move || today.get().iso() />
                    <label for="counter-label">{t("Call this count")}</label>
                    <select id="counter-label" name="counter-label">
                        {CountLabel::ALL.map(|label| view! { <option value=label.key()>{t(label.text())}</option> })}
                    </select>
                    <button type="submit">{t("Add counter")}</button>
                </form>
            </details>
            <div role="alert">{move || problem.get().map(|p| view! { <p class="problem">{p}</p> })}</div>
            <div id="counters-status" class="status-line" role="status" tabindex="-1">
                {move || status.get()}
                <Show when=move || removed.with(Option::is_some)>
                    " "
                    <button type="button" class="small" on:click=undo>{t("Undo")}</button>
                </Show>
            </div>
        </section>
    }
}
