//! `/choose`: the choice wizard, one question a screen, then results that say why.
//!
//! Answers are kept on this device only (never in the address), so the wizard can be resumed,
//! and one button erases them.

use crate::components::page_heading::PageHeading;
use crate::components::wizard::{QuestionFieldset, Results, Summary, WizardNote};
use crate::domain::routes::leads;
use crate::domain::wizard::{
    next_screen, notes, previous_screen, recommend, screen_of, step_of, Answers, Question,
    QUESTIONS, SCREENS,
};
use crate::i18n::{t, tf};
use crate::storage::{self, StorageKey};
use leptos::either::Either;
use leptos::html::H2;
use leptos::prelude::*;

/// The saved step and answers; anything unreadable starts the wizard afresh without a panic.
fn load() -> (usize, Answers) {
    stored().unwrap_or_default()
}

/// The saved step and answers, or `None` while a passphrase lock keeps them out of reach: then
/// the answers on screen are the only ones there are.
fn stored() -> Option<(usize, Answers)> {
    let stored = match storage::read(StorageKey::WizardAnswers) {
        Err(storage::StorageError::Locked) => return None,
        read => read.ok().flatten().unwrap_or_default(),
    };
    let (step, answers) = stored.split_once('\n').unwrap_or(("0", ""));
    let step = step.trim().parse().unwrap_or(0).min(SCREENS.len());
    Some((step, Answers::decode(answers)))
}

/// The wizard page.
#[component]
pub fn Choose() -> impl IntoView {
    let (saved_step, saved_answers) = load();
    // A question screen, or `SCREENS.len()` for the results.
    let step = RwSignal::new(saved_step);
    let answers = RwSignal::new(saved_answers);
    // Set when a "Change" button on the summary sent the person back to a question.
    let from_summary = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // Set while a passphrase lock keeps the answers from being saved.
    let kept_here = RwSignal::new(false);
    let notes = Memo::new(move |_| answers.with(notes));
    // Each drawing of the screen has its own key: a new step, an erase or another tab's answers
    // replace the screen rather than patch it. Ticking an answer never redraws it, so focus,
    // the step count and the buttons stay as drawn; and there is no code to patch a whole
    // screen (8 KB gzip on /choose, by `make size`).
    let drawing = RwSignal::new(0_usize);
    let heading = NodeRef::<H2>::new();

    let redraw = move || {
        drawing.update(|n| *n += 1);
        // The new screen is in the document by the next frame; its heading takes focus then.
        request_animation_frame(move || {
            if let Some(heading) = heading.get_untracked() {
                let _ = heading.focus();
            }
        });
    };
    let save = move || {
        let text = format!(
            "{}\n{}",
            step.get_untracked(),
            answers.with_untracked(Answers::encode)
        );
        match storage::write(StorageKey::WizardAnswers, &text) {
            // Locked: the wizard still works; a quiet note says the answers aren't kept.
            Err(storage::StorageError::Locked) => {
                problem.set(None);
                kept_here.set(true);
            }
            written => {
                kept_here.set(false);
                problem.set(written.err().map(|e| e.to_string()));
            }
        }
    };
    let go = move |to: usize| {
        if to >= SCREENS.len() {
            from_summary.set(false);
        }
        step.set(to.min(SCREENS.len()));
        save();
        redraw();
    };
    let change = move |screen: usize| {
        from_summary.set(true);
        go(screen);
    };
    let erase = move |_| {
        let _ = storage::remove(StorageKey::WizardAnswers);
        answers.set(Answers::default());
        from_summary.set(false);
        step.set(0);
        problem.set(None);
        redraw();
    };
    let answer = move |question: &'static Question, choice: &'static str, ticked: bool| {
        // A checkbox adds to or takes from the question's answer; a radio button replaces it.
        let mut picked = answers.with_untracked(|answers| answers.get(question.key).to_vec());
        picked.retain(|key| question.many && *key != choice);
        if ticked {
            picked.push(choice);
        }
        // Applied to the answers as stored now, so an answer given in another tab meanwhile is
        // kept, as the journal's changes are.
        let mut latest = stored().map_or_else(|| answers.get_untracked(), |(_, answers)| answers);
        latest.set(question.key, &picked);
        answers.set(latest);
        save();
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go(if from_summary.get_untracked() {
            SCREENS.len()
        } else {
            answers.with_untracked(|answers| next_screen(step.get_untracked(), answers))
        });
    };
    // Another tab answered, erased or imported: take its answers and draw this step again.
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none() || event.key().as_deref() == Some(StorageKey::WizardAnswers.name())
        {
            // While locked there is nothing stored to take: the answers here stay.
            if let Some((_, stored)) = stored() {
                answers.set(stored);
                drawing.update(|n| *n += 1);
            }
        }
    });
    on_cleanup(move || other_tab.remove());

    let screen = move || {
        let at = step.get_untracked();
        let shown = answers.get_untracked();
        let back = previous_screen(at, &shown);
        let Some(keys) = SCREENS.get(at) else {
            return Either::Right(view! {
                <h2 id="step-heading" tabindex="-1" node_ref=heading>{t("Groups that may fit")}</h2>
                <Results ranked=recommend(&shown) notes=notes.get_untracked() />
                <h3>{t("Your answers")}</h3>
                <p>{t("Change any answer and the results update.")}</p>
                <Summary answers=shown on_change=change />
                <div class="wizard-nav">
                    <button type="button" class="secondary" on:click=move |_| go(back)>{t("Back")}</button>
                </div>
            });
        };
        let (n, count) = step_of(at, &shown);
        let from_summary = from_summary.get_untracked();
        let next = if from_summary || next_screen(at, &shown) == SCREENS.len() {
            t("Show my results")
        } else {
            t("Next")
        };
        let questions = keys
            .iter()
            .filter_map(|key| QUESTIONS.iter().find(|q| q.key == *key))
            .map(|question| {
                let on_answer = move |choice, ticked| answer(question, choice, ticked);
                let picked = shown.get(question.key).to_vec();
                view! { <QuestionFieldset question picked on_answer /> }
            })
            .collect_view();
        Either::Left(view! {
            <h2 id="step-heading" tabindex="-1" node_ref=heading>
                {tf("Step {n} of {count}", &[("n", &n.to_string()), ("count", &count.to_string())])}
            </h2>
            <progress max=count value=n aria-labelledby="step-heading"></progress>
            <form class="wizard" on:submit=on_submit>
                {questions}
                <div class="wizard-nav">
                    <button type="button" class="secondary" disabled=at == 0 on:click=move |_| go(back)>
                        {t("Back")}
                    </button>
                    <button type="submit">{next}</button>
                </div>
            </form>
            {from_summary.then(|| view! {
                <button type="button" class="secondary" on:click=move |_| go(SCREENS.len())>
                    {t("Back to results")}
                </button>
            })}
        })
    };
    let severity_screen = screen_of("severity");
    // Shown as soon as the answer is given: with no region yet, both the US lines and the way
    // to find help elsewhere.
    let help_notes = move || {
        if step.get() != severity_screen {
            return Vec::new();
        }
        notes.with(|notes| {
            notes
                .iter()
                .copied()
                .filter(|note| note.help_link)
                .collect()
        })
    };

    view! {
        <PageHeading text=t("Which group fits me?") />
        <p class="lead">{t(leads::CHOOSE)}</p>
        <div>
            <For each=move || [drawing.get()] key=|n| *n children=move |_| screen() />
        </div>
        <div role="status">
            <For each=help_notes key=|note| note.text let:note>
                <WizardNote note />
            </For>
        </div>
        {move || problem.get().map(|problem| view! { <p class="problem" role="alert">{problem}</p> })}
        <Show when=move || kept_here.get()>
            <p class="hint">
                {t("Your saved records are locked, so these answers are kept only while this page is open.")}
            </p>
        </Show>
        <p class="erase">
            <button type="button" class="danger" on:click=erase>{t("Erase my answers")}</button>
        </p>
    }
}
