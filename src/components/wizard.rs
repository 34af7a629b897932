//! The choice wizard's pieces: a question, the ranked results with their reasons, and the answers so far.

use crate::components::app_link::AppLink;
use crate::components::external_link::ExternalLink;
use crate::domain::catalog::guidance;
use crate::domain::favourites::compare_path;
use crate::domain::wizard::{
    screen_of, Answers, Note, Question, Reason, Recommendation, QUESTIONS,
};
use crate::i18n::{t, tf};
use leptos::prelude::*;

/// What a skipped question shows: its own radio button, and its answer on the summary.
fn prefer_not_to_say() -> &'static str {
    t("Prefer not to say")
}

/// A reason or caution in the page's language, with how sure we are when less than confirmed.
/// When no rule matched, the reason is the group's summary, which the catalog's table has.
fn reason_text(reason: &Reason) -> String {
    Reason::marked(t(reason.why), reason.confidence.marker().map(t))
}

/// One question as a fieldset: radio buttons with "Prefer not to say", or checkboxes, showing
/// what was answered. Inputs are named by the question's key, so each radio group is one tab stop.
#[component]
pub fn QuestionFieldset(
    /// The question, from the wizard's data.
    question: &'static Question,
    /// The keys of the choices answered so far.
    picked: Vec<&'static str>,
    /// Called with a choice's key (`""` for "Prefer not to say") and whether it is now ticked.
    on_answer: impl Fn(&'static str, bool) + Copy + 'static,
) -> impl IntoView {
    let kind = if question.many { "checkbox" } else { "radio" };
    let skip = (!question.many).then(|| ("", prefer_not_to_say()));
    let choices = question
        .choices
        .iter()
        .map(|choice| (choice.key, t(choice.label)));
    view! {
        <fieldset class="question">
            <legend>{t(question.legend)}</legend>
            {question.hint.map(|hint| view! { <p class="hint">{t(hint)}</p> })}
            {choices
                .chain(skip)
                .map(|(key, label)| {
                    let checked = picked.contains(&key) || (key.is_empty() && picked.is_empty());
                    view! {
                        <label class="choice">
                            <input
                                type=kind
                                name=question.key
                                value=key
                                prop:checked=checked
                                on:change=move |ev| on_answer(key, event_target_checked(&ev))
                            />
                            " "
                            {label}
                        </label>
                    }
                })
                .collect_view()}
            {question
                .many
                .then(|| view! { <p class="hint">{t("Leave them all unticked if you'd rather not say.")}</p> })}
        </fieldset>
    }
}

/// One of the wizard's notes, with a link to the help lines where it points to them.
#[component]
pub fn WizardNote(
    /// The note, from the wizard's data.
    note: &'static Note,
) -> impl IntoView {
    view! {
        <p class="note">
            {t(note.text)}
            {note.help_link.then(|| view! { " " <AppLink href="/help">{t("See all help lines")}</AppLink> })}
        </p>
    }
}

/// The results: the notes for these answers, the top 3 with reasons and cautions, the others
/// with the main reason they ranked lower, and what is always worth knowing.
#[component]
pub fn Results(
    /// Every group, best fit first.
    ranked: Vec<Recommendation>,
    /// The notes for these answers.
    notes: Vec<&'static Note>,
) -> impl IntoView {
    let mut top = ranked;
    let others = top.split_off(top.len().min(3));
    let slugs: Vec<&'static str> = top.iter().map(|found| found.group.slug).collect();
    let compare = (slugs.len() >= 2).then(|| {
        view! {
            <p>
                <AppLink href=compare_path(&slugs) attr:class="button">
                    {tf("Compare these {n} side by side", &[("n", &slugs.len().to_string())])}
                </AppLink>
            </p>
        }
    });
    view! {
        {notes.into_iter().map(|note| view! { <WizardNote note /> }).collect_view()}
        <ol class="results">
            {top
                .into_iter()
                .enumerate()
                .map(|(at, recommendation)| view! { <ResultCard rank=at + 1 recommendation /> })
                .collect_view()}
        </ol>
        {compare}
        <h3>{t("Also worth a look")}</h3>
        <ul class="also">
            {others
                .into_iter()
                .map(|recommendation| {
                    let group = recommendation.group;
                    let why_lower = recommendation.cautions.first().map_or_else(
                        || t("Fewer of your answers matched it.").to_string(),
                        reason_text,
                    );
                    view! {
                        <li>
                            <AppLink href=group.path()>{t(group.name)}</AppLink>
                            ": "
                            {why_lower}
                            " "
                            <ExternalLink
                                href=group.links.meetings.unwrap_or(group.links.site)
                                text=t("Meetings")
                            />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <h3>{t("Good to know")}</h3>
        <ul class="guidance">
            <li>{t("Try a meeting or two and see how it feels. You can always try another group.")}</li>
            // The catalog's lines, in Spanish where the catalog's table has them.
            {guidance().iter().map(|line| view! { <li>{t(line)}</li> }).collect_view()}
            <li>{t("This is information, not medical advice.")}</li>
        </ul>
    }
}

/// One of the top 3: why it fits, what to keep in mind, and where to find a meeting.
#[component]
pub fn ResultCard(
    /// Its place in the ranking, from 1.
    rank: usize,
    /// The group with its reasons and cautions.
    recommendation: Recommendation,
) -> impl IntoView {
    let group = recommendation.group;
    let page = group.path();
    let cautions = recommendation.cautions;
    view! {
        <li class="card result">
            <h3>{rank} ". " <AppLink href=page.clone()>{t(group.name)}</AppLink></h3>
            <p>{t(group.summary)}</p>
            <h4>{t("Fits because…")}</h4>
            <ul>
                {recommendation
                    .reasons
                    .iter()
                    .map(|reason| view! { <li>{reason_text(reason)}</li> })
                    .collect_view()}
            </ul>
            {(!cautions.is_empty())
                .then(|| {
                    view! {
                        <h4>{t("Keep in mind…")}</h4>
                        <ul>
                            {cautions
                                .iter()
                                .map(|caution| view! { <li>{reason_text(caution)}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
            <p>
                <AppLink href=page>{tf("More about {name}", &[("name", group.short_name)])}</AppLink>
                " · "
                <ExternalLink
                    href=group.links.meetings.unwrap_or(group.links.site)
                    text=tf("Find a {name} meeting", &[("name", group.short_name)])
                />
            </p>
        </li>
    }
}

/// Every answer so far, each with a button that goes back to its question.
#[component]
pub fn Summary(
    /// The answers so far.
    answers: Answers,
    /// Called with the screen of the question whose "Change" was pressed.
    on_change: impl Fn(usize) + Copy + 'static,
) -> impl IntoView {
    view! {
        <dl class="summary">
            {QUESTIONS
                .iter()
                .filter(|question| answers.asks(question))
                .map(|question| {
                    let picked: Vec<&str> = question
                        .choices
                        .iter()
                        .filter(|choice| answers.has(question.key, choice.key))
                        .map(|choice| t(choice.label))
                        .collect();
                    let shown = if picked.is_empty() {
                        prefer_not_to_say().to_string()
                    } else {
                        picked.join(", ")
                    };
                    let screen = screen_of(question.key);
                    view! {
                        <div>
                            <dt>{t(question.legend)}</dt>
                            <dd>
                                {shown}
                                " "
                                <button
                                    type="button"
                                    class="secondary small"
                                    on:click=move |_| on_change(screen)
                                >
                                    {t("Change")}
                                    <span class="visually-hidden">
                                        " "
                                        {tf("the answer to: {question}", &[("question", t(question.legend))])}
                                    </span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
