//! The passphrase lock's views: the lock screen in front of the tracker and "Your data", the
//! unlock form (also on the help page, for the support contact), "Forgot the passphrase", and
//! the settings card that sets, changes or removes the lock.

use crate::components::app_link::AppLink;
use crate::components::page_heading::{focus_element, PageHeading};
use crate::domain::lock::{self, check_new_passphrase, IDLE_CHOICES, MAX_PASSPHRASE_CHARS};
use crate::i18n::{t, tf, tp};
use crate::lock::{use_lock, Mode};
use leptos::prelude::*;

/// A field's text exactly as typed: a passphrase is never trimmed.
pub fn typed(event: &web_sys::SubmitEvent, name: &str) -> String {
    crate::components::submitted(event)
        .and_then(|data| data.get(name).as_string())
        .unwrap_or_default()
}

/// What the app says before anyone sets a passphrase and at the lock screen.
fn forgot() -> &'static str {
    t("Nobody can open your records without the passphrase, not even this app. If you forget it, the only way on is to erase them from this device.")
}

/// In place of the tracker or "Your data" while the records are locked.
#[component]
pub fn LockScreen() -> impl IntoView {
    view! {
        <PageHeading text=t("Your records are locked") />
        <p class="lead">
            {t("Enter your passphrase to open your tracker and your data. The group list, the questions and the help lines don't need it.")}
        </p>
        <p>
            {t("In crisis? ")}
            <AppLink href="/help">{t("Get help now")}</AppLink>
            {t(". Help lines are never locked.")}
        </p>
        <div class="card">
            <UnlockForm id="unlock" />
        </div>
        <ForgotPassphrase />
    }
}

/// The help page's support contact while the records are locked: a form to open them.
#[component]
pub fn ContactUnlock() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="my-contact-heading">
            <h2 id="my-contact-heading">{t("My sponsor or support person")}</h2>
            <p>{t("Your contact is locked with your records. Enter your passphrase to see it.")}</p>
            <UnlockForm id="contact-unlock" />
        </section>
    }
}

/// The passphrase field and "Unlock". `id` names the field, so two forms never share one.
#[component]
pub fn UnlockForm(
    /// The field's id, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let problem_id = format!("{id}-problem");
    let on_submit = move |event: web_sys::SubmitEvent| {
        let passphrase = typed(&event, "passphrase");
        if busy.get_untracked() {
            return;
        }
        if passphrase.is_empty() {
            problem.set(Some(t("Enter your passphrase.").into()));
            focus_element(id);
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            // Once the records open, the page draws what was locked in place of this form, so
            // only a refusal touches it (its signals are gone by then).
            if let Err(error) = crate::lock::unlock(passphrase).await {
                busy.try_set(false);
                problem.try_set(Some(error.to_string()));
                focus_element(id);
            }
        });
    };
    view! {
        <form class="stack lock-form" novalidate on:submit=on_submit>
            <label for=id>{t("Passphrase")}</label>
            <input
                type="password"
                id=id
                name="passphrase"
                autocomplete="current-password"
                maxlength=MAX_PASSPHRASE_CHARS
                aria-describedby=problem_id.clone()
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
            />
            <p class="problem" id=problem_id role="alert">{move || problem.get()}</p>
            <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() { t("Opening…") } else { t("Unlock") }}
            </button>
        </form>
    }
}

/// "Forgot the passphrase": the only way on is to erase, said plainly, with a yes to press.
#[component]
pub fn ForgotPassphrase() -> impl IntoView {
    let asking = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let favourites = crate::favourites::use_favourites();
    // Once erased, the page draws what was locked in place of this one: nothing here is
    // touched after that (its signals are gone).
    let erase = move || match crate::storage::erase_everything() {
        Ok(()) => favourites.replace(""),
        Err(error) => problem.set(Some(error.to_string())),
    };
    view! {
        <details class="card forgot">
            <summary>{t("Forgot your passphrase?")}</summary>
            <p>{forgot()}</p>
            <p>
                {t("Erasing removes your tracker, notes, contact, saved groups and wizard answers. The group list and help lines stay.")}
            </p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="danger" id="forgot-erase" on:click=move |_| {
                        asking.set(true);
                        request_animation_frame(|| focus_element("forgot-erase-yes"));
                    }>{t("Erase my records…")}</button>
                }
            >
                <Confirm
                    kind="alert"
                    question_id="forgot-question"
                    yes_id="forgot-erase-yes"
                    yes=t("Yes, erase everything")
                    on_yes=erase
                    keep=t("Keep my records")
                    on_keep=move || {
                        asking.set(false);
                        request_animation_frame(|| focus_element("forgot-erase"));
                    }
                >
                    <strong>{t("Erase everything on this device? This can't be undone.")}</strong>
                </Confirm>
            </Show>
            <p class="problem" role="alert">{move || problem.get()}</p>
        </details>
    }
}

/// A question that waits for a yes: the question, the button that does it, and the one that
/// keeps things as they are.
#[component]
fn Confirm(
    /// The notice's kind: `alert` or `warning`.
    kind: &'static str,
    /// The question's id, which names the group.
    question_id: &'static str,
    /// The yes button's id, for focus.
    yes_id: &'static str,
    /// What the yes button says.
    yes: &'static str,
    on_yes: impl Fn() + 'static,
    /// What the other button says.
    keep: &'static str,
    on_keep: impl Fn() + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=format!("notice {kind}") role="group" aria-labelledby=question_id>
            <p id=question_id>{children()}</p>
            <p class="actions">
                <button type="button" class="danger confirm" id=yes_id on:click=move |_| on_yes()>
                    {yes}
                </button>
                <button type="button" class="quiet" on:click=move |_| on_keep()>{keep}</button>
            </p>
        </div>
    }
}

/// The new-passphrase fields, typed twice, with a plain hint at how hard it is to guess.
/// `prefix` keeps two such forms' ids apart.
#[component]
pub fn NewPassphrase(
    /// Starts each field's id.
    prefix: &'static str,
    /// What the first field is called.
    label: &'static str,
    /// What the second is called (each unique on the page).
    again_label: &'static str,
    /// The problem to show, or `None`.
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let hint = RwSignal::new(
        t("At least 8 characters. Three or four words you'll remember work well.").to_string(),
    );
    let first = format!("{prefix}-passphrase");
    let again = format!("{prefix}-again");
    let hint_id = format!("{prefix}-hint");
    let problem_id = format!("{prefix}-problem");
    let describe = format!("{hint_id} {problem_id}");
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        if !text.is_empty() {
            hint.set(t(lock::strength(&text).hint()).to_string());
        }
    };
    view! {
        <label for=first.clone()>{label}</label>
        <p class="hint" id=hint_id>{move || hint.get()}</p>
        <input
            type="password"
            id=first
            name="passphrase"
            autocomplete="new-password"
            maxlength=MAX_PASSPHRASE_CHARS
            aria-describedby=describe
            aria-invalid=move || problem.with(Option::is_some).then_some("true")
            on:input=on_input
        />
        <label for=again.clone()>{again_label}</label>
        <input
            type="password"
            id=again
            name="again"
            autocomplete="new-password"
            maxlength=MAX_PASSPHRASE_CHARS
        />
        <p class="problem" id=problem_id role="alert">{move || problem.get()}</p>
    }
}

/// A new passphrase from a form with [`NewPassphrase`], or the sentence why it isn't taken.
pub fn new_passphrase(event: &web_sys::SubmitEvent) -> Result<String, String> {
    let data = crate::components::submitted(event).ok_or_else(String::new)?;
    let field = |name| data.get(name).as_string().unwrap_or_default();
    let (first, again) = (field("passphrase"), field("again"));
    check_new_passphrase(&first, &again)
        .map(|_| first)
        .map_err(|problem| t(problem.sentence()).to_string())
}

/// The settings card: set a passphrase; once set, lock now, the idle time, change it, or
/// remove it.
#[component]
pub fn LockSettings() -> impl IntoView {
    // Whether the lock is set and open, as this card last made it. Not the app's lock signal:
    // when it changes to locked, the page draws the lock screen in place of this card, and a
    // view of this card following it too would run once more after the card is gone.
    let open = RwSignal::new(use_lock().mode.get_untracked() == Mode::Open);
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let removing = RwSignal::new(false);
    let idle = RwSignal::new(crate::lock::idle_minutes());
    // Sets or changes the passphrase: a slow step (the key takes a moment to make), so the
    // button says so meanwhile.
    let on_set = move |event: web_sys::SubmitEvent| {
        let passphrase = match new_passphrase(&event) {
            Ok(passphrase) => passphrase,
            Err(sentence) => {
                problem.set(Some(sentence));
                focus_element("lock-new-passphrase");
                return;
            }
        };
        if busy.get_untracked() {
            return;
        }
        let changing = open.get_untracked();
        busy.set(true);
        problem.set(None);
        status.set(String::new());
        let form = crate::components::event_target::<web_sys::HtmlFormElement>(&event);
        leptos::task::spawn_local(async move {
            let done = crate::lock::set_passphrase(passphrase).await;
            busy.try_set(false);
            match done {
                Ok(()) => {
                    open.try_set(true);
                    if let Some(form) = form {
                        form.reset();
                    }
                    status.try_set(
                        if changing {
                            t("Your passphrase was changed. Use the new one from now on.")
                        } else {
                            t("Your records are locked with your passphrase. They stay open here until you lock them or leave the app alone for a while.")
                        }
                        .into(),
                    );
                    focus_element("lock-heading");
                }
                Err(error) => {
                    problem.try_set(Some(error.to_string()));
                }
            }
        });
    };
    let remove = move || {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let done = crate::lock::remove_lock().await;
            busy.try_set(false);
            removing.try_set(false);
            if done.is_ok() {
                open.try_set(false);
            }
            match done {
                Ok(()) => status.try_set(
                    t("The lock was removed. Your records are stored as before, without a passphrase.")
                        .into(),
                ),
                Err(error) => status.try_set(error.to_string()),
            };
            focus_element("lock-heading");
        });
    };
    let on_idle = move |event: leptos::ev::Event| {
        if let Ok(minutes) = event_target_value(&event).parse::<u32>() {
            crate::lock::set_idle_minutes(minutes);
            idle.set(minutes);
        }
    };
    let is_open = move || open.get();
    view! {
        <section class="card" aria-labelledby="lock-heading">
            <h2 id="lock-heading" tabindex="-1">
                {move || if is_open() { t("Your passphrase lock") } else { t("Lock your records with a passphrase") }}
            </h2>
            <Show
                when=is_open
                fallback=|| view! {
                    <p>
                        {t("With a passphrase, your tracker, notes, contact, saved groups and wizard answers are stored encrypted on this device. The app asks for it to open them, and locks again when it is left alone.")}
                    </p>
                }
            >
                <p>
                    {move || tf("Your records are stored encrypted. They lock after {time} without use, and when you press \"Lock now\".", &[("time", &minutes(idle.get()))])}
                </p>
                <p class="actions">
                    <button type="button" class="primary" on:click=move |_| crate::lock::lock_now(true)>
                        {t("Lock now")}
                    </button>
                </p>
                <label for="lock-idle">{t("Lock after")}</label>
                <select id="lock-idle" on:change=on_idle prop:value=move || idle.get().to_string()>
                    {IDLE_CHOICES.map(|m| view! { <option value=m.to_string()>{minutes(m)}</option> })}
                </select>
            </Show>
            <p><strong>{forgot()}</strong></p>
            <details open=move || !is_open()>
                <summary>{move || if is_open() { t("Change the passphrase") } else { t("Set a passphrase") }}</summary>
                <form class="stack" novalidate on:submit=on_set>
                    <NewPassphrase prefix="lock-new" label=t("New passphrase") again_label=t("Type it again") problem />
                    <button type="submit" aria-disabled=move || busy.get().then_some("true")>
                        {move || match (busy.get(), is_open()) {
                            (true, _) => t("Locking…"),
                            (false, true) => t("Change the passphrase"),
                            (false, false) => t("Lock my records"),
                        }}
                    </button>
                </form>
            </details>
            <Show when=is_open>
                <Show
                    when=move || removing.get()
                    fallback=move || view! {
                        <p class="actions">
                            <button type="button" class="quiet" id="remove-lock" on:click=move |_| {
                                removing.set(true);
                                request_animation_frame(|| focus_element("remove-lock-yes"));
                            }>{t("Remove the lock…")}</button>
                        </p>
                    }
                >
                    <Confirm
                        kind="warning"
                        question_id="remove-lock-question"
                        yes_id="remove-lock-yes"
                        yes=t("Yes, remove the lock")
                        on_yes=remove
                        keep=t("Keep the lock")
                        on_keep=move || {
                            removing.set(false);
                            request_animation_frame(|| focus_element("remove-lock"));
                        }
                    >
                        {t("Remove the lock? Your records will be stored without encryption, and anyone who opens the app will see them.")}
                    </Confirm>
                </Show>
            </Show>
            <div class="status-line" role="status">{move || status.get()}</div>
            <p class="hint">
                {t("The lock keeps your records from someone who picks up this phone or copies the browser's files. It can't help if the phone itself has harmful software on it, or if someone watches you type the passphrase.")}
            </p>
        </section>
    }
}

fn minutes(m: u32) -> String {
    tp(m as usize, "1 minute", "{n} minutes")
}
