//! The static, fact-heavy parts of pages as escaped HTML strings.
//!
//! A Leptos view compiles to its own code for every element tree, which made the catalog pages
//! cost about 90 KB of gzipped wasm. These parts never change after they are drawn, so they are
//! built as text instead: one small function per part, plain Rust, tested natively. Every piece
//! of data goes through [`escape`]; links inside the app are plain `<a>`s, which the router
//! still handles without a reload.

use crate::domain::catalog::{guidance, Fact, Group};
use crate::domain::help::{helplines, references, ContactKind};
use crate::domain::safety::{SafetyNote, PRESCRIBER};
use crate::domain::search::{controls, ControlKind, Filters};
use crate::domain::sources::{Confidence, Source};
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
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\" class=\"external\">{}<span class=\"visually-hidden\"> (opens another website in a new tab)</span><span aria-hidden=\"true\" class=\"external-mark\"> ↗</span></a>",
        escape(href),
        escape(text)
    )
}

/// A link to a page of the app under `base` (see `domain::base_path`).
pub(crate) fn app_link(base: &str, path: &str, text: &str) -> String {
    format!(
        "<a href=\"{}{}\">{}</a>",
        escape(base),
        escape(path),
        escape(text)
    )
}

/// "Source: …, checked November 2026.", with a warning in words when the fact is uncertain.
pub fn source_note(source: &Source) -> String {
    let name = match source.url {
        Some(url) => external_link(url, source.name),
        None => escape(source.name),
    };
    let mut note = format!("Source: {name}, checked {}.", source.checked);
    if source.confidence == Confidence::Uncertain {
        note.push_str(
            " <strong class=\"uncertain\">Uncertain: please check the group's own site.</strong>",
        );
    }
    note
}

/// Every help line as a card: what it is for, one-tap ways to reach it, and its source.
pub fn helpline_cards() -> String {
    let mut out = String::new();
    for line in helplines() {
        let _ = write!(
            out,
            "<li class=\"card helpline\" id=\"{}\"><h2>{}</h2><p class=\"region\">{}</p><p>{}</p>",
            escape(line.id),
            escape(line.name),
            escape(line.region.label()),
            escape(line.summary)
        );
        if let Some(note) = line.note {
            let _ = write!(out, "<p class=\"helpline-note\">{}</p>", escape(note));
        }
        out.push_str("<ul class=\"contact-list\">");
        for contact in line.contacts {
            let link = match contact.kind {
                ContactKind::Call | ContactKind::Text => format!(
                    "<a class=\"button contact\" href=\"{}\">{}</a>",
                    escape(contact.href),
                    escape(contact.label)
                ),
                ContactKind::Website => external_link(contact.href, contact.label),
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
        escape(note.title)
    );
    for point in note.points {
        let _ = write!(out, "<li>{}</li>", escape(point));
    }
    out.push_str("</ul>");
    if let Some(base) = help_link {
        let _ = write!(out, "<p>{}</p>", app_link(base, "/help", "Get help now"));
    }
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p></details>",
        escape(note.source)
    );
    out
}

/// The reading the app's facts come from, as list items.
pub fn references_list() -> String {
    let mut out = String::new();
    for reference in references() {
        let _ = write!(
            out,
            "<li><cite>{}</cite>. {}</li>",
            escape(reference.title),
            escape(reference.detail)
        );
    }
    out
}

fn list(out: &mut String, class: &str, items: &[&str]) {
    let _ = write!(out, "<ul class=\"{class}\">");
    for item in items {
        let _ = write!(out, "<li>{}</li>", escape(item));
    }
    out.push_str("</ul>");
}

/// A fact's value followed by how sure we are of it, in words, unless it is confirmed or the
/// value already says it is not known ("Not confirmed…", "Not stated…").
fn with_confidence(value: String, confidence: Confidence) -> String {
    match confidence.marker() {
        Some(marker) if !value.starts_with("Not ") => {
            format!("{value} <span class=\"confidence\">({marker})</span>")
        }
        _ => value,
    }
}

/// One fact of a group, as it reads in a table cell or beside its label, with how sure we are.
pub fn fact_value(group: &Group, fact: Fact) -> String {
    let value = match fact {
        Fact::Approach => escape(group.approach.label()),
        Fact::Spirituality => escape(group.spirituality.label()),
        Fact::Sponsorship => escape(group.sponsorship.label()),
        Fact::Leaders => escape(group.leaders.label()),
        Fact::Audience => escape(&group.audience.label()),
        Fact::Formats => {
            let f = group.formats;
            escape(&format!(
                "In person: {}. Online: {}. Phone: {}.",
                f.in_person.label(),
                f.online.label(),
                f.phone.label()
            ))
        }
        Fact::Availability => format!(
            "<strong>{}</strong>. {}",
            escape(group.availability.level.label()),
            escape(group.availability.figure)
        ),
        Fact::Program => escape(group.program.name),
        Fact::Moud => escape(group.moud.label()),
        Fact::Cost => escape(group.cost.label()),
        Fact::Site => external_link(group.links.site, group.links.site),
    };
    with_confidence(value, group.confidence_of(fact))
}

/// The medication fact as a group page shows it: what the group says, how sure each part is,
/// and the sentence that always goes with the topic.
pub fn moud_detail(group: &Group) -> String {
    format!(
        "{}<p class=\"hint\">{}</p><p class=\"hint\">{}</p>",
        fact_value(group, Fact::Moud),
        escape(group.moud.detail()),
        escape(PRESCRIBER)
    )
}

/// The top of a group's card on the list: name, summary and key facts in words.
pub fn group_card(base: &str, group: &Group) -> String {
    let mut out = format!(
        "<h2>{}</h2><p>{}</p><dl class=\"facts\">",
        app_link(base, &format!("/groups/{}", group.slug), group.name),
        escape(group.summary)
    );
    let online = group
        .formats
        .online
        .label()
        .split(':')
        .next()
        .unwrap_or_default();
    for (label, value, fact) in [
        ("Approach", group.approach.label(), Fact::Approach),
        (
            "Spirituality",
            group.spirituality.label(),
            Fact::Spirituality,
        ),
        ("Sponsors", group.sponsorship.label(), Fact::Sponsorship),
        ("Online meetings", online, Fact::Formats),
        (
            "Availability",
            group.availability.level.label(),
            Fact::Availability,
        ),
    ] {
        let _ = write!(
            out,
            "<div><dt>{label}</dt><dd>{}</dd></div>",
            with_confidence(escape(value), group.confidence_of(fact))
        );
    }
    out.push_str("</dl>");
    if group.has_uncertain_facts() {
        out.push_str(
            "<p class=\"uncertain\">Some facts are uncertain: check the group's own site.</p>",
        );
    }
    out
}

/// The search box, drop-downs and checkboxes of the group list, showing `filters`. Each control
/// is named by its key in the address (`filter-<key>`), so one listener on the form serves all.
///
/// The filters sit in a disclosure below the search box, so on a phone the groups start near
/// the top of the page; it opens by itself when a filter is on.
pub fn filter_form(filters: &Filters) -> String {
    let any_on = controls()
        .iter()
        .any(|control| !filters.value(control.key).is_empty());
    let mut out = format!(
        "<div class=\"field\"><label for=\"filter-q\">Search groups</label><input id=\"filter-q\" name=\"q\" type=\"search\" autocomplete=\"off\" value=\"{}\"></div><details class=\"more-filters\"{}><summary>Filter by approach, spirituality, drug and more</summary><div class=\"field-row\">",
        escape(&filters.text),
        if any_on { " open" } else { "" }
    );
    let mut checks =
        String::from("<fieldset class=\"checks\"><legend>Only show groups that</legend>");
    for control in controls() {
        let value = filters.value(control.key);
        match control.kind {
            ControlKind::Choice { any, options } => {
                let _ = write!(
                    out,
                    "<div class=\"field\"><label for=\"filter-{key}\">{label}</label><select id=\"filter-{key}\" name=\"{key}\"><option value=\"\">{any}</option>",
                    key = control.key,
                    label = escape(control.label),
                    any = escape(any)
                );
                for (option, words) in options {
                    let selected = if value == option { " selected" } else { "" };
                    let _ = write!(
                        out,
                        "<option value=\"{option}\"{selected}>{}</option>",
                        escape(words)
                    );
                }
                out.push_str("</select></div>");
            }
            ControlKind::Check => {
                let checked = if value.is_empty() { "" } else { " checked" };
                let _ = write!(
                    checks,
                    "<label class=\"check\"><input type=\"checkbox\" id=\"filter-{key}\" name=\"{key}\" value=\"1\"{checked}> {label}</label>",
                    key = control.key,
                    label = escape(control.label)
                );
            }
        }
    }
    out.push_str("</div>");
    out.push_str(&checks);
    out.push_str("</fieldset></details>");
    out
}

/// The groups on the list, each a card with a box to pick it for comparing. The boxes carry
/// `data-slug`, so one listener on the list handles them all.
pub fn group_list(base: &str, groups: &[&Group], picked: &[&str]) -> String {
    let mut out = String::new();
    for group in groups {
        let checked = if picked.contains(&group.slug) {
            " checked"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li class=\"card group-card\">{}<label class=\"pick\"><input type=\"checkbox\" data-slug=\"{}\"{checked}> Compare {}</label></li>",
            group_card(base, group),
            escape(group.slug),
            escape(group.short_name)
        );
    }
    out
}

/// The "My saved groups" section of the home page, or nothing when no group is saved.
pub fn saved_groups(base: &str, slugs: &[&str]) -> String {
    let saved: Vec<&Group> = slugs
        .iter()
        .filter_map(|slug| crate::domain::catalog::group(slug))
        .collect();
    if saved.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section aria-labelledby=\"saved-heading\" class=\"saved\"><h2 id=\"saved-heading\">My saved groups</h2><ul>",
    );
    for group in saved {
        let _ = write!(
            out,
            "<li>{}</li>",
            app_link(base, &format!("/groups/{}", group.slug), group.name)
        );
    }
    out.push_str("</ul></section>");
    out
}

/// Every group but `except` as `<option>`s, for "Compare with another group".
pub fn group_options(except: &str) -> String {
    let mut out = String::new();
    for group in crate::domain::catalog::groups()
        .iter()
        .filter(|group| group.slug != except)
    {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            escape(group.slug),
            escape(group.name)
        );
    }
    out
}

/// A group's page from its description to where to find a meeting.
pub fn group_body(group: &Group) -> String {
    let mut out = String::new();
    for paragraph in group.description {
        let _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
    out.push_str("<h2>At a glance</h2><dl class=\"facts wide\">");
    for fact in Fact::ALL.into_iter().filter(|fact| *fact != Fact::Site) {
        let value = if fact == Fact::Moud {
            moud_detail(group)
        } else {
            fact_value(group, fact)
        };
        let _ = write!(out, "<div><dt>{}</dt><dd>{value}</dd></div>", fact.label());
    }
    out.push_str("</dl>");
    let _ = write!(out, "<h2>{}</h2>", escape(group.program.name));
    list(&mut out, "points", group.program.points);
    out.push_str("<h2>What people like</h2>");
    list(&mut out, "benefits", group.benefits);
    out.push_str("<h2>What to keep in mind</h2>");
    list(&mut out, "limitations", group.limitations);
    out.push_str("<h2>What does research say?</h2><ul class=\"evidence\">");
    for evidence in group.evidence {
        let _ = write!(
            out,
            "<li>{} <cite>{}</cite></li>",
            escape(evidence.finding),
            escape(evidence.citation)
        );
    }
    out.push_str("</ul><h2>Find a meeting</h2><ul class=\"links\">");
    let _ = write!(
        out,
        "<li>{}</li>",
        external_link(
            group.links.site,
            &format!("{} official site", group.short_name)
        )
    );
    match group.links.meetings {
        Some(meetings) => {
            let _ = write!(
                out,
                "<li>{}</li>",
                external_link(meetings, &format!("{} meeting finder", group.short_name))
            );
        }
        None => out.push_str("<li>The official site lists its meetings.</li>"),
    }
    out.push_str("</ul>");
    out
}

/// Each fact's source, with the date it was checked.
pub fn group_sources(group: &Group) -> String {
    let mut out = String::from("<h2>Sources</h2><ul class=\"sources\">");
    for sourced in group.sources {
        for source in std::iter::once(sourced.source).chain(sourced.also) {
            let _ = write!(
                out,
                "<li><strong>{}</strong>: {}</li>",
                sourced.fact.label(),
                source_note(source)
            );
        }
    }
    out.push_str("</ul>");
    out
}

/// The advice that fits wherever a person is choosing.
pub fn guidance_note() -> String {
    let mut out = String::new();
    list(&mut out, "guidance", guidance());
    out
}

/// Two to four groups side by side: a real table with a header for every row and column.
pub fn compare_table(base: &str, chosen: &[&Group]) -> String {
    let names: Vec<&str> = chosen.iter().map(|group| group.short_name).collect();
    let mut out = format!(
        "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"compare-caption\" tabindex=\"0\"><table class=\"compare\"><caption id=\"compare-caption\">How {} compare</caption><thead><tr><td></td>",
        escape(&names.join(", "))
    );
    for group in chosen {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            app_link(base, &format!("/groups/{}", group.slug), group.name)
        );
    }
    out.push_str("</tr></thead><tbody>");
    for fact in Fact::ALL {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", fact.label());
        for group in chosen {
            let _ = write!(out, "<td>{}</td>", fact_value(group, fact));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    let _ = write!(out, "<p class=\"hint\">{}</p>", escape(PRESCRIBER));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{group, groups};

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
    fn a_comparison_has_a_header_for_every_row_and_column() {
        let chosen: Vec<&Group> = [
            "narcotics-anonymous",
            "smart-recovery",
            "lifering-secular-recovery",
        ]
        .into_iter()
        .filter_map(group)
        .collect();
        let table = compare_table("/psg", &chosen);
        assert_eq!(table.matches("<th scope=\"col\">").count(), 3);
        assert_eq!(table.matches("<th scope=\"row\">").count(), Fact::ALL.len());
        let body = table.split("<tbody>").nth(1).unwrap_or_default();
        assert_eq!(body.matches("<td>").count(), 3 * Fact::ALL.len());
        assert!(table.contains("href=\"/psg/groups/smart-recovery\""));
        assert!(table
            .contains("<caption id=\"compare-caption\">How NA, SMART, LifeRing compare</caption>"));
    }

    #[test]
    fn every_source_and_uncertain_fact_shows_on_a_group_page() {
        for group in groups() {
            let sources = group_sources(group);
            let cited = Fact::ALL
                .iter()
                .map(|fact| group.sources_of(*fact).count())
                .sum::<usize>();
            assert!(cited >= Fact::ALL.len(), "{}", group.slug);
            assert_eq!(sources.matches("<li>").count(), cited, "{}", group.slug);
            assert!(sources.contains("checked November 2026"));
            assert_eq!(
                sources.contains("Uncertain: please check"),
                group.has_uncertain_facts(),
                "{}",
                group.slug
            );
        }
    }

    #[test]
    fn no_fact_less_than_confirmed_reads_as_a_plain_fact() {
        let ca = group("cocaine-anonymous").unwrap_or_else(|| unreachable!());
        // CA's online meetings are reported by others: never a bare "Yes".
        assert!(group_card("", ca)
            .contains("Yes <span class=\"confidence\">(not confirmed by the group itself)</span>"));
        let sos = group("secular-organizations-for-sobriety").unwrap_or_else(|| unreachable!());
        assert!(fact_value(sos, Fact::Formats).contains("(uncertain: check the group's own site)"));
        let smart = group("smart-recovery").unwrap_or_else(|| unreachable!());
        assert!(!fact_value(smart, Fact::Moud).contains("confidence"));
        let table = compare_table("", &[ca, sos, smart]);
        assert!(table.contains("(uncertain: check the group's own site)"));
        assert!(table.contains(&escape(PRESCRIBER)));
    }

    #[test]
    fn a_group_page_says_how_it_treats_opioid_medication_with_the_prescriber_sentence() {
        for group in groups() {
            let body = group_body(group);
            assert!(
                body.contains("Medication for opioid use disorder"),
                "{}",
                group.slug
            );
            assert!(body.contains(&escape(PRESCRIBER)), "{}", group.slug);
            assert!(body.contains("<dt>Cost</dt>"), "{}", group.slug);
        }
        let na = group("narcotics-anonymous").unwrap_or_else(|| unreachable!());
        assert!(group_body(na).contains("local groups differ"));
        assert!(group_sources(na).contains("Bulletin #29"));
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

    #[test]
    fn the_list_marks_picked_groups() {
        let chosen: Vec<&Group> = groups().iter().take(3).collect();
        let list = group_list("", &chosen, &[chosen[1].slug]);
        assert_eq!(list.matches("<li class=\"card group-card\">").count(), 3);
        assert_eq!(list.matches(" checked>").count(), 1);
        assert!(list.contains(&format!("data-slug=\"{}\" checked>", chosen[1].slug)));
    }

    #[test]
    fn the_filter_form_shows_the_current_filters() {
        let filters = Filters::from_query("approach=cbt&online=1&q=%3Cb%3E");
        let form = filter_form(&filters);
        assert!(form.contains("<option value=\"cbt\" selected>"));
        assert_eq!(form.matches(" selected>").count(), 1);
        assert!(form.contains("name=\"online\" value=\"1\" checked>"));
        assert_eq!(form.matches(" checked>").count(), 1);
        assert!(
            form.contains("value=\"&lt;b&gt;\""),
            "typed text is escaped"
        );
        for control in controls() {
            assert!(
                form.contains(&format!("id=\"filter-{}\"", control.key)),
                "{}",
                control.key
            );
            assert!(
                form.contains(&format!("for=\"filter-{}\"", control.key))
                    || control.kind == ControlKind::Check
            );
        }
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
    fn saved_groups_show_only_when_there_are_some() {
        assert_eq!(saved_groups("", &[]), "");
        assert_eq!(saved_groups("", &["gone-from-the-catalog"]), "");
        let shown = saved_groups("/psg", &["nar-anon"]);
        assert!(shown.contains("<h2 id=\"saved-heading\">My saved groups</h2>"));
        assert!(shown.contains("<a href=\"/psg/groups/nar-anon\">Nar-Anon Family Groups</a>"));
    }

    #[test]
    fn cards_show_the_key_facts_in_words() {
        let card = group_card(
            "",
            group("smart-recovery").unwrap_or_else(|| unreachable!()),
        );
        for words in [
            "CBT-based",
            "Secular: no spirituality",
            "No sponsors",
            "Online meetings",
            "Moderate",
        ] {
            assert!(card.contains(words), "{words} missing from {card}");
        }
        assert!(card.contains("<a href=\"/groups/smart-recovery\">SMART Recovery</a>"));
    }
}

pub mod tracker;
