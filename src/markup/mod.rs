//! The parts of pages still built as escaped HTML strings: the help lines and safety notes
//! (static facts, drawn in the main module that every page loads), and in [`tracker`] the
//! tracker and "Your data". README.md ("Why some parts are still HTML strings") has the measured
//! cost of each as `view!` components.
//!
//! One small function per part, plain Rust, tested natively. Every piece of data goes through
//! [`escape`]; links inside the app are plain `<a>`s, which the router still handles without a
//! reload.

use crate::domain::help::{helplines_for, ContactKind};
use crate::domain::safety::SafetyNote;
use crate::domain::sources::{Confidence, Source};
use crate::i18n::{t, tf};
use std::fmt::Write;

/// Text made safe to place in HTML, in element content or in a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            c => safe.push(c),
        }
    }
    safe
}

/// A link to another website, marked as leaving the app in words as well as by a mark.
pub fn external_link(href: &str, text: &str) -> String {
    format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\" class=\"external\">{}<span class=\"visually-hidden\"> {}</span><span aria-hidden=\"true\" class=\"external-mark\"> ↗</span></a>",
        escape(href),
        escape(text),
        escape(t("(opens another website in a new tab)"))
    )
}

/// A link to a page of the app under `base` (see `domain::base_path`), in the page's language.
pub(crate) fn app_link(base: &str, path: &str, text: &str) -> String {
    format!(
        "<a href=\"{}{}\">{}</a>",
        escape(base),
        escape(&crate::domain::lang::with_lang(crate::i18n::lang(), path)),
        escape(text)
    )
}

/// "November 2026" in the page's language.
pub fn month_year(when: crate::domain::sources::YearMonth) -> String {
    tf(
        "{month} {year}",
        &[
            ("month", t(crate::domain::sources::month_name(when.month))),
            ("year", &when.year.to_string()),
        ],
    )
}

/// "Source: …, checked November 2026.", with a warning in words when the fact is uncertain.
pub fn source_note(source: &Source) -> String {
    let name = match source.url {
        Some(url) => external_link(url, t(source.name)),
        None => escape(t(source.name)),
    };
    let mut note = tf(
        "Source: {name}, checked {date}.",
        &[("name", &name), ("date", &month_year(source.checked))],
    );
    if source.confidence == Confidence::Uncertain {
        let _ = write!(
            note,
            " <strong class=\"uncertain\">{}</strong>",
            escape(t("Uncertain: please check the group's own site."))
        );
    }
    note
}

/// Every help line as a card: what it is for, one-tap ways to reach it, and its source.
pub fn helpline_cards() -> String {
    let mut out = String::new();
    for line in helplines_for(crate::i18n::lang()) {
        let _ = write!(
            out,
            "<li class=\"card helpline\" id=\"{}\"><h2>{}</h2><p class=\"region\">{}</p><p>{}</p>",
            escape(line.id),
            escape(t(line.name)),
            escape(t(line.region.label())),
            escape(t(line.summary))
        );
        if let Some(note) = line.note {
            let _ = write!(out, "<p class=\"helpline-note\">{}</p>", escape(t(note)));
        }
        out.push_str("<ul class=\"contact-list\">");
        for contact in line.contacts {
            let link = match contact.kind {
                ContactKind::Call | ContactKind::Text => format!(
                    "<a class=\"button contact\" href=\"{}\">{}</a>",
                    escape(contact.href),
                    escape(t(contact.label))
                ),
                ContactKind::Website => external_link(contact.href, t(contact.label)),
            };
            let _ = write!(out, "<li>{link}</li>");
        }
        let _ = write!(
            out,
            "</ul><p class=\"source\">{}</p></li>",
            source_note(&line.source)
        );
    }
    out
}

/// A safety note as a disclosure a person can close and open again; `open` when it matters now.
pub fn safety_note(id: &str, note: &SafetyNote, help_link: Option<&str>, open: bool) -> String {
    let mut out = format!(
        "<details class=\"safety-note\" id=\"{}\"{}><summary>{}</summary><ul>",
        escape(id),
        if open { " open" } else { "" },
        escape(t(note.title))
    );
    for point in note.points {
        let _ = write!(out, "<li>{}</li>", escape(t(point)));
    }
    out.push_str("</ul>");
    if let Some(base) = help_link {
        let _ = write!(out, "<p>{}</p>", app_link(base, "/help", t("Get help now")));
    }
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p></details>",
        escape(t(note.source))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::groups;
    use crate::domain::help::helplines;

    #[test]
    fn escaping_covers_every_special_character() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }

    #[test]
    fn no_data_can_open_a_tag() {
        for group in groups() {
            for text in group.texts() {
                let shown = escape(text);
                assert!(!shown.contains('<') && !shown.contains('"'), "{text}");
            }
        }
    }

    #[test]
    fn external_links_say_they_leave_the_app() {
        let link = external_link("https://example.org/?a=1&b=2", "Example");
        assert!(link.contains("rel=\"noopener noreferrer\""));
        assert!(link.contains("href=\"https://example.org/?a=1&amp;b=2\""));
        assert!(link.contains("opens another website"));
    }

    #[test]
    fn every_help_line_can_be_reached_in_one_tap() {
        let cards = helpline_cards();
        assert_eq!(
            cards.matches("<li class=\"card helpline\"").count(),
            helplines().len()
        );
        for line in helplines() {
            for contact in line.contacts {
                assert!(
                    cards.contains(&format!("href=\"{}\"", escape(contact.href))),
                    "{}",
                    contact.href
                );
            }
        }
        assert!(cards.contains("It is not a crisis line"));
        assert_eq!(
            cards.matches("<p class=\"region\">Works in: ").count(),
            helplines().len(),
            "every help line says where it works"
        );
    }

    #[test]
    fn the_safety_note_is_a_disclosure_with_a_way_to_help() {
        let note = safety_note("n", &crate::domain::safety::OVERDOSE, Some("/psg"), true);
        assert!(note.starts_with("<details class=\"safety-note\" id=\"n\" open><summary>"));
        assert!(note.contains("<a href=\"/psg/help\">Get help now</a>"));
        assert!(
            !safety_note("n", &crate::domain::safety::OVERDOSE, None, false).contains(" open>")
        );
    }
}

pub mod tracker;
