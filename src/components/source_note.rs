//! Where a fact comes from and when it was checked, with a warning in words when it is uncertain.

use crate::components::external_link::ExternalLink;
use crate::domain::sources::{Confidence, Source};
use crate::i18n::t;
use crate::markup::month_year;
use leptos::either::Either;
use leptos::prelude::*;

/// "Source: …, checked November 2026.", the source's name a link where it is online. The
/// words are those of `markup::source_note`, split around the name so it can be a link.
#[component]
pub fn SourceNote(
    /// The source to name.
    source: &'static Source,
) -> impl IntoView {
    let (before, after) = around_name(t("Source: {name}, checked {date}."));
    let after = crate::domain::lang::fill(after, &[("date", &month_year(source.checked))]);
    let name = match source.url {
        Some(url) => Either::Left(view! { <ExternalLink href=url text=t(source.name) /> }),
        None => Either::Right(t(source.name)),
    };
    view! {
        {before}
        {name}
        {after}
        {(source.confidence == Confidence::Uncertain)
            .then(|| {
                view! {
                    " "
                    <strong class="uncertain">
                        {t("Uncertain: please check the group's own site.")}
                    </strong>
                }
            })}
    }
}

/// The words before and after `{name}` (all of them before, if a translation has none).
fn around_name(template: &'static str) -> (&'static str, &'static str) {
    template.split_once("{name}").unwrap_or((template, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_splits_the_sentence_where_it_stands() {
        assert_eq!(
            around_name("Source: {name}, checked {date}."),
            ("Source: ", ", checked {date}.")
        );
        assert_eq!(
            around_name("Fuente: {name}, revisada en {date}."),
            ("Fuente: ", ", revisada en {date}.")
        );
        assert_eq!(around_name("No name"), ("No name", ""));
    }
}
