//! A safety note (`domain::safety`) as a disclosure a person can close and open again.

use crate::components::app_link::AppLink;
use crate::domain::safety::SafetyNote as Note;
use crate::i18n::t;
use leptos::prelude::*;

/// A safety note's title, points and source, open when it matters now.
#[component]
pub fn SafetyNote(
    /// The disclosure's id, for links and tests.
    id: &'static str,
    /// The note to show.
    note: &'static Note,
    /// Whether to end with a link to the help lines (not on the help page itself).
    #[prop(optional)]
    help_link: bool,
    /// Whether it starts open.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    view! {
        <details class="safety-note" id=id open=open>
            <summary>{t(note.title)}</summary>
            <ul>{note.points.iter().map(|point| view! { <li>{t(point)}</li> }).collect_view()}</ul>
            {help_link.then(|| view! { <p><AppLink href="/help">{t("Get help now")}</AppLink></p> })}
            <p class="hint">{t(note.source)}</p>
        </details>
    }
}
