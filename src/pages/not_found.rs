//! Any path the app does not know.

use crate::components::app_link::AppLink;
use crate::components::page_heading::PageHeading;
use crate::i18n::t;
use leptos::prelude::*;

/// Shown for an unknown address, with a way back and a way to help.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageHeading text=t("We couldn't find that page") />
        <p>{t("The link may be old, or the address may have a typo.")}</p>
        <p>
            <AppLink href="/">{t("Go to the home page")}</AppLink>
            " "
            {t("or")}
            " "
            <AppLink href="/help">{t("get help now")}</AppLink>
            "."
        </p>
    }
}
