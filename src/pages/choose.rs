//! `/choose`: the choice wizard, one question a screen, then results that say why.
//!
//! Answers are kept on this device only (never in the address), so the wizard can be resumed,
//! and one button erases them.

use crate::components::app_link::base;
use crate::components::event_target;
use crate::components::page_heading::{focus_element, PageHeading};
use crate::domain::wizard::{next_screen, notes, screen_of, Answers, SCREENS};
use crate::markup;
use crate::storage::{self, StorageKey};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the wizard is: a question screen, or the results after the last one.
fn results_screen() -> usize {
    SCREENS.len()
}

/// The saved step and answers; anything unreadable starts the wizard afresh without a panic.
fn load() -> (usize, Answers) {
    let stored = storage::read(StorageKey::WizardAnswers)
        .ok()
        .flatten()
        .unwrap_or_default();
    let (step, answers) = stored.split_once('\n').unwrap_or(("0", ""));
    let step = step.trim().parse().unwrap_or(0).min(results_screen());
    (step, Answers::decode(answers))
}

/// The new screen is drawn on the next frame; focus its heading then.
fn focus_step_heading() {
    request_animation_frame(|| focus_element("step-heading"));
}

/// The wizard page.
#[component]
pub fn Choose() -> impl IntoView {
    let (saved_step, saved_answers) = load();
    let (step, set_step) = signal(saved_step);
    let (answers, set_answers) = signal(saved_answers);
    // Set when a "Change" button on the summary sent the person back to a question.
    let (from_summary, set_from_summary) = signal(false);
    let (problem, set_problem) = signal(None::<String>);

    let save = move || {
        let text = format!(
            "{}\n{}",
            step.get_untracked(),
            answers.with_untracked(Answers::encode)
        );
        set_problem.set(
            storage::write(StorageKey::WizardAnswers, &text)
                .err()
                .map(|e| e.to_string()),
        );
    };
    let go = move |to: usize| {
        set_step.set(to.min(results_screen()));
        save();
        focus_step_heading();
    };
    let erase = move |_| {
        let _ = storage::remove(StorageKey::WizardAnswers);
        set_answers.set(Answers::default());
        set_from_summary.set(false);
        set_step.set(0);
        set_problem.set(None);
        focus_step_heading();
    };
    // One listener for every radio and checkbox on the screen: the input's name is the question.
    let on_answer = move |ev: leptos::ev::Event| {
        let Some(input) = event_target::<web_sys::HtmlInputElement>(&ev) else {
            return;
        };
        let question = input.name();
        let Some(form) = input.form() else { return };
        let picked: Vec<String> = form
            .query_selector_all(&format!("input[name='{question}']:checked"))
            .map(|nodes| {
                (0..nodes.length())
                    .filter_map(|i| nodes.item(i))
                    .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .map(|checked| checked.value())
                    .collect()
            })
            .unwrap_or_default();
        let picked: Vec<&str> = picked.iter().map(String::as_str).collect();
        // Applied to the answers as stored now, so an answer given in another tab meanwhile is
        // kept, as the journal's changes are.
        let mut latest = load().1;
        latest.set(&question, &picked);
        set_answers.set(latest);
        save();
    };
    // One listener for every button: `data-go` leads to a screen, `data-screen` is a summary's
    // "Change", which comes back to the results afterwards.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = event_target::<web_sys::Element>(&ev)
            .and_then(|el| el.closest("button").ok().flatten())
        else {
            return;
        };
        let to = |name: &str| {
            button
                .get_attribute(name)
                .and_then(|n| n.parse::<usize>().ok())
        };
        if let Some(screen) = to("data-screen") {
            set_from_summary.set(true);
            go(screen);
        } else if let Some(screen) = to("data-go") {
            if screen >= results_screen() {
                set_from_summary.set(false);
            }
            go(screen);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let next = if from_summary.get_untracked() {
            results_screen()
        } else {
            answers.with_untracked(|answers| next_screen(step.get_untracked(), answers))
        };
        if next >= results_screen() {
            set_from_summary.set(false);
        }
        go(next);
    };
    // Another tab answered, erased or imported: take its answers and draw this step again.
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none() || event.key().as_deref() == Some(StorageKey::WizardAnswers.name())
        {
            set_answers.set(load().1);
            set_step.set(step.get_untracked());
        }
    });
    on_cleanup(move || other_tab.remove());
    let severity_screen = screen_of("severity");

    view! {
        <PageHeading text="Which group fits me?" />
        <p class="lead">
            "Answer a few short questions to see which peer support groups may suit you, and why. You can skip any question. Your answers stay on this device."
        </p>
        // The screen is drawn from the answers once per step, so ticking an answer never
        // redraws it and focus stays where it is.
        <div
            on:change=on_answer
            on:click=on_click
            on:submit=on_submit
            inner_html=move || {
                markup::wizard_screen(&base(), step.get(), &answers.get_untracked(), from_summary.get())
            }
        ></div>
        // Shown as soon as the answer is given: with no region yet, both the US lines and the
        // way to find help elsewhere.
        <div role="status" inner_html=move || {
            if step.get() != severity_screen {
                return String::new();
            }
            answers.with(|answers| {
                notes(answers)
                    .into_iter()
                    .filter(|note| note.help_link)
                    .map(|note| markup::wizard_note(&base(), note))
                    .collect::<String>()
            })
        }></div>
        {move || problem.get().map(|problem| view! { <p class="problem" role="alert">{problem}</p> })}
        <p class="erase">
            <button type="button" class="secondary" on:click=erase>"Erase my answers"</button>
        </p>
    }
}
