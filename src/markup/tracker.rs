//! The tracker's and the "Your data" page's parts as escaped HTML. Forms are drawn once; the
//! counts, lists and notices are drawn again from the journal whenever it changes. Buttons carry
//! a `data-action` (and a `data-id`) that one listener on the page reads.

use super::escape;
use crate::domain::catalog::{group, groups};
use crate::domain::dates::{days_between, span};
use crate::domain::ics::Weekday;
use crate::domain::journal::{
    limits, tel_digits, Attended, CountLabel, Counter, ImportPreview, Journal,
};
use crate::domain::milestones::{
    about, attendance, just_for_today, meetings_per_week, week_start, MilestoneSet, MAX_OWN_DAYS,
};
use crate::domain::safety::OVERDOSE;
use crate::domain::sources::CalendarDate;
use crate::i18n::{count_words, date as day_in_words, milestone, t, tf, tp};
use std::fmt::Write;

/// A count of days in words (none below zero).
fn days(n: impl TryInto<usize>) -> String {
    tp(n.try_into().unwrap_or(0), "1 day", "{n} days")
}

fn time(date: CalendarDate) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>",
        date.iso(),
        day_in_words(date)
    )
}

/// The words a counter goes by, in the page's language: the name the person gave it (theirs,
/// never translated), or its count label's words.
pub fn counter_title(counter: &Counter) -> &str {
    if counter.name.is_empty() {
        t(counter.count_label.text())
    } else {
        &counter.name
    }
}

fn option(value: &str, text: &str, selected: bool) -> String {
    format!(
        "<option value=\"{}\"{}>{}</option>",
        escape(value),
        if selected { " selected" } else { "" },
        escape(text)
    )
}

/// An `<option>` for each choice, with the chosen one selected.
fn options<T: Copy + PartialEq>(
    all: &[T],
    chosen: T,
    key: fn(T) -> &'static str,
    text: fn(T) -> &'static str,
) -> String {
    all.iter()
        .map(|&choice| option(key(choice), t(text(choice)), choice == chosen))
        .collect()
}

/// The heading of the count's card: the name the person chose for it, or, with no start date
/// yet, the first step.
fn count_heading(counter: &Counter) -> String {
    if counter.start.is_some() {
        escape(counter_title(counter))
    } else {
        escape(t("Start your count"))
    }
}

/// The count since the start date, in words and in days, with the line for today; with no
/// start date yet, an invitation to set one.
pub fn count(counter: &Counter, today: CalendarDate) -> String {
    let Some((start, s)) = counter
        .start
        .and_then(|start| span(start, today).map(|s| (start, s)))
    else {
        return format!(
            "<p class=\"invite\"><strong>{}</strong> {}</p>",
            t("Every day counts."),
            t("Choose the day this stretch of recovery began, and this page will count your days and mark each milestone with you.")
        );
    };
    let since = if s.total_days == 0 {
        tf(
            "Your count starts today, {date}.",
            &[("date", &time(start))],
        )
    } else {
        tf(
            "That's {days} since {date}.",
            &[("days", &days(s.total_days)), ("date", &time(start))],
        )
    };
    format!(
        "<p class=\"count\" id=\"count\" tabindex=\"-1\"><strong>{}</strong></p><p>{since}</p><p class=\"today-line\">{}</p>",
        count_words(s.years, s.months, s.days),
        escape(t(just_for_today(today)))
    )
}

/// The start-date form, filled in with what is saved.
pub fn date_form(counter: &Counter, today: CalendarDate) -> String {
    let labels = options(
        &CountLabel::ALL,
        counter.count_label,
        CountLabel::key,
        CountLabel::text,
    );
    format!(
        "<label for=\"clean-date\">{}</label>\
         <p class=\"hint\" id=\"clean-date-hint\">{}</p>\
         <input type=\"date\" id=\"clean-date\" name=\"clean-date\" required min=\"{}\" max=\"{}\" value=\"{}\" aria-describedby=\"clean-date-hint\">\
         <label for=\"count-label\">{}</label>\
         <select id=\"count-label\" name=\"count-label\">{labels}</select>\
         <button type=\"submit\">{}</button>",
        t("Your start date"),
        t("The first day of this stretch of recovery. It can't be in the future."),
        limits::EARLIEST_DATE.iso(),
        today.iso(),
        counter.start.map(|d| d.iso()).unwrap_or_default(),
        t("Call my count"),
        t("Save my date"),
    )
}

/// For the count's card, a celebration for a milestone reached in the last week and the next
/// one with its countdown; for the milestones' card, every reached one as a badge with its date.
pub fn milestone_parts(counter: &Counter, today: CalendarDate) -> (String, String) {
    let Some((reached, next)) = counter.progress(today) else {
        return (
            String::new(),
            format!(
                "<p>{}</p>",
                t("Once your start date is set, your milestones show here.")
            ),
        );
    };
    let mut soon = String::new();
    if let Some(last) = reached
        .last()
        .filter(|last| days_between(last.on, today) < 7)
    {
        let _ = write!(
            soon,
            "<p class=\"celebrate\"><span aria-hidden=\"true\">✦ </span>{}</p>",
            tf(
                "You reached {milestone} on {date}. That is worth celebrating.",
                &[
                    ("milestone", &escape(&milestone(&last.label))),
                    ("date", &time(last.on))
                ]
            )
        );
    }
    if let Some(next) = next {
        let label = milestone(&next.label);
        let _ = write!(
            soon,
            "<p class=\"next\" id=\"next-milestone\">{}{}</p>\
             <progress max=\"100\" value=\"{}\" aria-label=\"{}\">{}%</progress>\
             <p><button type=\"button\" class=\"small\" data-action=\"milestone-ics\" aria-describedby=\"next-milestone ics-hint\">{}</button></p>\
             <p class=\"hint\" id=\"ics-hint\">{}</p>",
            tf(
                "Next: <strong>{days} to {milestone}</strong>, on {date}.",
                &[
                    ("days", &days(next.days_left)),
                    ("milestone", &escape(&label)),
                    ("date", &time(next.on))
                ]
            ),
            milestone_line(counter, &next.label)
                .map_or_else(String::new, |line| format!(" {}", escape(&line))),
            next.percent,
            escape(&tf("Progress to {milestone}", &[("milestone", &label)])),
            next.percent,
            t("Add to my calendar"),
            t("The calendar file says only \"Milestone\" and the time, not what you count. Calendar apps may show it on a locked screen."),
        );
    }
    if reached.is_empty() {
        return (
            soon,
            format!(
                "<p>{}</p>",
                t("Your first milestone is 24 hours. Every day counts.")
            ),
        );
    }
    // The mark is in the text as well as the colour; the heading says what it means.
    let mut badges = format!(
        "<h3>{}</h3><ul class=\"chips reached\" id=\"reached\">",
        t("Reached")
    );
    let reached_on = t(", reached on");
    for r in reached.iter().rev() {
        let _ = write!(
            badges,
            "<li class=\"chip\"><span aria-hidden=\"true\">✓</span> <strong>{}</strong><span class=\"visually-hidden\">{reached_on}</span> {}</li>",
            escape(&milestone(&r.label)),
            time(r.on)
        );
    }
    badges.push_str("</ul>");
    (soon, badges)
}

/// The line shown with a milestone: the person's own note (theirs, never translated), or the
/// app's line in the page's language.
fn milestone_line(counter: &Counter, label: &str) -> Option<String> {
    counter
        .milestone_line(label)
        .map(|line| match about(label) {
            Some(ours) if ours == line => t(ours).to_string(),
            _ => line,
        })
}

/// The choice of milestone set, drawn once.
pub fn milestone_set_select(counter: &Counter) -> String {
    let options = options(
        &MilestoneSet::ALL,
        counter.milestones.set,
        MilestoneSet::key,
        MilestoneSet::label,
    );
    format!(
        "<label for=\"milestone-set\" class=\"tracker-label\">{}</label>\
         <p class=\"hint\">{}</p>\
         <select id=\"milestone-set\" name=\"milestone-set\">{options}</select>\
         <form class=\"stack\" novalidate id=\"own-form\"><label for=\"own-days\">{}</label>\
         <input type=\"number\" id=\"own-days\" name=\"own-days\" min=\"1\" max=\"{MAX_OWN_DAYS}\" inputmode=\"numeric\" required>\
         <label for=\"own-note\">{}</label>\
         <input type=\"text\" id=\"own-note\" name=\"own-note\" maxlength=\"{}\">\
         <button type=\"submit\">{}</button></form>",
        t("Milestones to follow"),
        t("Common customs in many groups, not any group's official list."),
        t("Add my own milestone, in days"),
        t("What it means to you (optional)"),
        limits::MAX_SHORT_NOTE_CHARS,
        t("Add milestone"),
    )
}

/// The person's own milestones, each with a button to remove it.
pub fn own_milestones(counter: &Counter) -> String {
    if counter.milestones.own.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<h3>{}</h3><ul class=\"plain-list\">",
        t("My own milestones")
    );
    for own in &counter.milestones.own {
        let n = own.days;
        let label = days(n);
        let note = if own.note.is_empty() {
            String::new()
        } else {
            format!(": {}", escape(&own.note))
        };
        let _ = write!(
            out,
            "<li>{label}{note} <button type=\"button\" class=\"small danger\" data-action=\"remove-own\" data-id=\"{n}\" aria-label=\"{}\">{}</button></li>",
            escape(&tf("Remove my {milestone} milestone", &[("milestone", &label)])),
            t("Remove"),
        );
    }
    out.push_str("</ul>");
    out
}

/// How many weeks the chart of meetings shows.
pub const CHART_WEEKS: usize = 12;

/// Meetings in the last 7 and 30 days, the week streak, the chart of recent weeks and
/// "90 in 90"; with no meetings yet, what logging them gives.
pub fn meeting_stats(journal: &Journal, today: CalendarDate) -> String {
    if journal.meetings.is_empty() {
        return format!(
            "<p class=\"invite\"><strong>{}</strong> {}</p>",
            t("No meetings logged yet."),
            t("Add the meetings you go to, in person or online. This page then shows how many you went to each week, your weeks in a row with a meeting, and, if that is a goal for you, how close you are to 90 meetings in 90 days.")
        );
    }
    let dates: Vec<CalendarDate> = journal.meetings.iter().map(|m| m.date).collect();
    let stats = attendance(&dates, today);
    let ninety = stats.in_90_days.min(90);
    let of_90 = tf("{n} of 90", &[("n", &ninety.to_string())]);
    format!(
        "<dl class=\"stats\" id=\"meeting-stats\">\
         <div><dt>{}</dt><dd>{}</dd></div>\
         <div><dt>{}</dt><dd>{}</dd></div>\
         <div><dt>{}</dt><dd>{}</dd></div>\
         <div><dt>{}</dt><dd>{of_90}</dd></div></dl>{}\
         <progress max=\"90\" value=\"{ninety}\" aria-label=\"{}\">{of_90}</progress>\
         <p class=\"hint\">{}</p>",
        t("Last 7 days"),
        stats.last_7_days,
        t("Last 30 days"),
        stats.last_30_days,
        t("Weeks in a row with a meeting"),
        stats.week_streak,
        t("90 meetings in 90 days"),
        week_chart(&meetings_per_week(&dates, today, CHART_WEEKS), today),
        t("Progress to 90 meetings in 90 days"),
        t("Some people aim for 90 meetings in their first 90 days. Any meeting counts, and a missed day is never held against you."),
    )
}

/// The meetings of each week, oldest first, as bars in an SVG that scales to its box (colours
/// from the stylesheet: the CSP allows no inline styles), named for screen readers by every
/// week's count, with a sentence under it for everyone.
fn week_chart(weeks: &[u32], today: CalendarDate) -> String {
    let total: u32 = weeks.iter().sum();
    if total == 0 {
        return format!(
            "<p>{}</p>",
            tf(
                "No meetings in the last {n} weeks. Any meeting you go to counts.",
                &[("n", &weeks.len().to_string())]
            )
        );
    }
    let tallest = weeks.iter().copied().max().unwrap_or(0).max(1);
    let first = week_start(today, weeks.len() as i64 - 1);
    let counts: Vec<String> = weeks.iter().map(u32::to_string).collect();
    let mut out = format!(
        "<figure class=\"week-chart\"><svg viewBox=\"0 0 {} 50\" font-size=\"5\" text-anchor=\"middle\" role=\"img\" aria-label=\"{}\">",
        weeks.len() * 10,
        escape(&tf(
            "Meetings each week, from the week of {date} to this week: {counts}.",
            &[("date", &day_in_words(first)), ("counts", &counts.join(", "))]
        ))
    );
    for (at, &count) in weeks.iter().enumerate().filter(|(_, c)| **c > 0) {
        // Even one meeting among many shows as a sliver.
        let height = (count * 36 / tallest).max(1);
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"8\" height=\"{height}\" rx=\"1.5\"/><text x=\"{}\" y=\"{}\">{count}</text>",
            at * 10 + 1,
            46 - height,
            at * 10 + 5,
            44 - height
        );
    }
    let _ = write!(
        out,
        "<path class=\"axis\" d=\"M0 46.5h{}\"/></svg><figcaption><span class=\"axis-labels\" aria-hidden=\"true\"><span>{}</span><span>{}</span></span>{}",
        weeks.len() * 10,
        day_in_words(first),
        t("This week"),
        tf(
            "{meetings} in the last {n} weeks",
            &[
                ("meetings", &tp(total as usize, "1 meeting", "{n} meetings")),
                ("n", &weeks.len().to_string())
            ]
        )
    );
    // The latest of the fullest weeks.
    if let Some((at, &most)) = weeks.iter().enumerate().max_by_key(|(_, c)| **c) {
        if most > 1 {
            out.push_str(&tf(
                "; the most in one week was {n}, in the week of {date}",
                &[
                    ("n", &most.to_string()),
                    (
                        "date",
                        &time(week_start(today, (weeks.len() - 1 - at) as i64)),
                    ),
                ],
            ));
        }
    }
    out.push_str(".</figcaption></figure>");
    out
}

/// The add-a-meeting form, drawn once; "Change" fills it in from a meeting.
pub fn meeting_form(today: CalendarDate) -> String {
    let mut options = option("", t("Another group (type its name below)"), false);
    for g in groups() {
        options.push_str(&option(g.slug, t(g.name), false));
    }
    format!(
        "<label for=\"meeting-date\">{date}</label>\
         <input type=\"date\" id=\"meeting-date\" name=\"meeting-date\" required min=\"{min}\" max=\"{0}\" value=\"{0}\">\
         <label for=\"meeting-group\">{group}</label>\
         <select id=\"meeting-group\" name=\"meeting-group\">{options}</select>\
         <label for=\"meeting-other\">{other}</label>\
         <input type=\"text\" id=\"meeting-other\" name=\"meeting-other\" maxlength=\"{name}\" autocomplete=\"off\">\
         <fieldset><legend>{how}</legend>\
         <label class=\"choice\"><input type=\"radio\" id=\"attended-in-person\" name=\"meeting-attended\" value=\"in-person\" checked> {in_person}</label>\
         <label class=\"choice\"><input type=\"radio\" id=\"attended-online\" name=\"meeting-attended\" value=\"online\"> {online}</label></fieldset>\
         <label for=\"meeting-note\">{private}</label>\
         <textarea id=\"meeting-note\" name=\"meeting-note\" rows=\"2\" maxlength=\"{note}\"></textarea>",
        today.iso(),
        min = limits::EARLIEST_DATE.iso(),
        name = limits::MAX_NAME_CHARS,
        note = limits::MAX_TEXT_CHARS,
        date = t("Date"),
        group = t("Group"),
        other = t("Or type the group's name"),
        how = t("How I went"),
        in_person = t("In person"),
        online = t("Online"),
        private = t("Private note (optional)"),
    )
}

/// The group's name for a stored meeting: the catalog's name for a slug (in the page's
/// language), or what was typed (as typed).
pub fn group_name(stored: &str) -> &str {
    group(stored).map_or(stored, |g| t(g.name))
}

/// How many more meetings "Show older meetings" adds to the list, and how many it starts with:
/// a list of 40,000 meetings drawn whole would freeze a phone for seconds on every change.
pub const MEETINGS_PER_PAGE: usize = 50;

/// The newest `shown` meetings, newest first, each with "Change" and "Delete", and a button
/// for older ones if there are more.
pub fn meeting_list(journal: &Journal, shown: usize) -> String {
    if journal.meetings.is_empty() {
        return String::new();
    }
    let mut out = String::from("<ul class=\"meetings\" id=\"meeting-list\">");
    // The first meeting "Show older meetings" brought in, for focus to go to.
    let first_older = shown.saturating_sub(MEETINGS_PER_PAGE).max(1);
    for (at, m) in journal.meetings.iter().rev().take(shown).enumerate() {
        let name = escape(group_name(&m.group));
        let what = tf(
            "{group} on {date}",
            &[("group", &name), ("date", &day_in_words(m.date))],
        );
        let how = match m.attended {
            Attended::InPerson => t("in person"),
            Attended::Online => t("online"),
        };
        let _ = write!(
            out,
            "<li><p>{}: <strong>{name}</strong>, {how}</p>",
            time(m.date)
        );
        if !m.note.is_empty() {
            let _ = write!(out, "<p class=\"note\">{}</p>", escape(&m.note));
        }
        let id = escape(&m.id);
        let first = if at == first_older {
            " id=\"first-older\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<p class=\"actions\"><button type=\"button\" class=\"small\"{first} data-action=\"edit\" data-id=\"{id}\" aria-label=\"{}\">{}</button>\
             <button type=\"button\" class=\"small danger\" data-action=\"delete\" data-id=\"{id}\" aria-label=\"{}\">{}</button></p></li>",
            tf("Change {meeting}", &[("meeting", &what)]),
            t("Change"),
            tf("Delete {meeting}", &[("meeting", &what)]),
            t("Delete"),
        );
    }
    out.push_str("</ul>");
    let total = journal.meetings.len();
    if total > shown {
        let more = (total - shown).min(MEETINGS_PER_PAGE);
        let _ = write!(
            out,
            "<p class=\"more\">{} \
             <button type=\"button\" id=\"more-meetings\" data-action=\"more-meetings\">{}</button></p>",
            tf(
                "The newest {shown} of {total} meetings.",
                &[("shown", &shown.to_string()), ("total", &total.to_string())]
            ),
            tp(more, "Show 1 older meeting more", "Show {n} older meetings more"),
        );
    }
    out
}

/// The longest stretch, all days in recovery, and each past period.
pub fn history(counter: &Counter, today: CalendarDate) -> String {
    if counter.past_periods.is_empty() {
        return String::new();
    }
    let totals = counter.history(today);
    let mut out = format!(
        "<h3>{}</h3><dl class=\"stats\" id=\"history\">\
         <div><dt>{}</dt><dd>{}</dd></div>\
         <div><dt>{}</dt><dd>{}</dd></div></dl><ul class=\"plain-list\">",
        t("My history"),
        t("Longest stretch"),
        days(totals.longest_days),
        t("All my days in recovery"),
        days(totals.total_days)
    );
    for p in counter.past_periods.iter().rev() {
        let _ = write!(
            out,
            "<li>{}",
            tf(
                "{start} to {end}: {days}",
                &[
                    ("start", &time(p.start)),
                    ("end", &time(p.end)),
                    ("days", &days(days_between(p.start, p.end)))
                ]
            )
        );
        if !p.note.is_empty() {
            let _ = write!(out, "<p class=\"period-note\">{}</p>", escape(&p.note));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out
}

/// The saved support contact as a one-tap call, for the tracker and `/help`.
pub fn support_contact(journal: &Journal) -> String {
    let Some(contact) = &journal.contact else {
        return String::new();
    };
    format!(
        "<p class=\"support-contact\"><a class=\"button\" href=\"tel:{}\">{}</a> <span>{}</span></p>",
        escape(&tel_digits(&contact.phone)),
        tf("Call {name}", &[("name", &escape(&contact.name))]),
        escape(&contact.phone)
    )
}

/// The contact on the tracker: the call link, and a button to remove it.
pub fn contact_with_remove(journal: &Journal) -> String {
    let call = support_contact(journal);
    if call.is_empty() {
        return call;
    }
    format!(
        "{call}<p><button type=\"button\" class=\"small danger\" data-action=\"remove-contact\">{}</button></p>",
        t("Remove contact")
    )
}

/// The contact form, filled in with what is saved.
pub fn contact_form(journal: &Journal) -> String {
    let (name, phone) = journal
        .contact
        .as_ref()
        .map_or((String::new(), String::new()), |c| {
            (escape(&c.name), escape(&c.phone))
        });
    format!(
        "<label for=\"contact-name\">{name_label}</label>\
         <input type=\"text\" id=\"contact-name\" name=\"contact-name\" maxlength=\"{max_name}\" autocomplete=\"off\" value=\"{name}\">\
         <label for=\"contact-phone\">{phone_label}</label>\
         <input type=\"tel\" id=\"contact-phone\" name=\"contact-phone\" maxlength=\"{max_phone}\" autocomplete=\"off\" value=\"{phone}\">\
         <p class=\"actions\"><button type=\"submit\">{save}</button></p>",
        max_name = limits::MAX_NAME_CHARS,
        max_phone = limits::MAX_PHONE_CHARS,
        name_label = t("Name"),
        phone_label = t("Phone number"),
        save = t("Save contact"),
    )
}

/// The question when a new start date falls inside the history: keep the history and start at
/// its end, or start on the date and cut the history back to it.
pub fn start_question(date: CalendarDate, latest_end: CalendarDate) -> String {
    let (date, latest_end) = (day_in_words(date), day_in_words(latest_end));
    format!(
        "<div class=\"confirm\" role=\"group\" aria-labelledby=\"start-question-text\">\
         <p id=\"start-question-text\" tabindex=\"-1\"><strong>{}</strong> {}</p>\
         <p class=\"actions\"><button type=\"button\" data-action=\"start-keep-history\">{}</button>\
         <button type=\"button\" class=\"danger\" data-action=\"start-trim-history\">{}</button>\
         <button type=\"button\" class=\"quiet\" data-action=\"start-cancel\">{}</button></p></div>",
        tf(
            "Your history runs past {date}, up to {end}.",
            &[("date", &date), ("end", &latest_end)]
        ),
        t("Which is right?"),
        tf(
            "Keep my history and start on {date}",
            &[("date", &latest_end)]
        ),
        tf(
            "Start on {date} and take what comes after it out of my history",
            &[("date", &date)]
        ),
        t("Keep things as they are"),
    )
}

/// A message after an action, with an "Undo" button when it can be undone.
pub fn notice(message: &str, can_undo: bool) -> String {
    format!(
        "<p class=\"status\">{}{}</p>",
        escape(message),
        if can_undo {
            format!(
                " <button type=\"button\" class=\"small\" id=\"undo\" data-action=\"undo\">{}</button>",
                t("Undo")
            )
        } else {
            String::new()
        }
    )
}

/// Records set aside by "Start fresh", each as its storage key, label ("Set aside on …") and
/// size, with buttons to save it as a file or delete it; `asking` is the key whose delete
/// waits for a yes. Empty when there are none.
pub fn set_aside_list(copies: &[(String, String, String)], asking: Option<&str>) -> String {
    if copies.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section class=\"card\" aria-labelledby=\"set-aside-heading\"><h2 id=\"set-aside-heading\" tabindex=\"-1\">{}</h2>\
         <p>{}</p>\
         <ul class=\"plain-list\" id=\"set-aside-list\">",
        t("Records set aside"),
        t("These are saved records the app couldn't read, kept exactly as they were when you chose \"Start fresh\". Save one as a file to keep it or to get help reading it. Delete it when you no longer need it."),
    );
    for (at, (key, label, size)) in copies.iter().enumerate() {
        let asked = asking == Some(key.as_str());
        let (key, label) = (escape(key), escape(label));
        let _ = write!(
            out,
            "<li><p>{label} ({size})</p><p class=\"actions\">\
             <button type=\"button\" class=\"small\" data-action=\"save-copy\" data-id=\"{key}\" aria-label=\"{save_label}\">{save}</button>\
             <button type=\"button\" class=\"small danger\" id=\"delete-copy-{at}\" data-action=\"delete-copy\" data-id=\"{key}\" aria-label=\"{delete_label}\">{delete}</button></p>",
            size = escape(size),
            save_label = tf("Save as a file: {label}", &[("label", &label)]),
            save = t("Save as a file"),
            delete_label = tf("Delete: {label}", &[("label", &label)]),
            delete = t("Delete"),
        );
        if asked {
            let _ = write!(
                out,
                "<div class=\"confirm\" role=\"group\" aria-label=\"{}\"><p><strong>{}</strong></p>\
                 <p class=\"actions\"><button type=\"button\" class=\"danger confirm\" id=\"delete-copy-yes\" data-action=\"confirm-delete-copy\" data-id=\"{key}\">{}</button>\
                 <button type=\"button\" class=\"quiet\" data-action=\"keep-copy\" data-id=\"{key}\">{}</button></p></div>",
                t("Delete this copy?"),
                t("Delete this copy of your records? It can't be undone."),
                t("Yes, delete it"),
                t("Keep it"),
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
    out
}

/// What an import file holds, before anything changes.
pub fn import_preview(preview: &ImportPreview, saved_groups: usize) -> String {
    let counters = if preview.counters_in_file > 1 {
        new_of(
            tp(preview.counters_in_file, "1 counter", "{n} counters"),
            preview.counters_new,
        )
    } else {
        String::new()
    };
    let check_ins = if preview.check_ins_in_file > 0 {
        new_of(
            tp(
                preview.check_ins_in_file,
                "1 daily check-in",
                "{n} daily check-ins",
            ),
            preview.check_ins_new,
        )
    } else {
        String::new()
    };
    format!(
        "<h3 id=\"preview-heading\" tabindex=\"-1\">{}</h3><ul>\
         <li>{}</li><li>{}</li>{}<li>{}</li>{}<li>{}</li><li>{}</li></ul>\
         <p>{}</p>\
         <p class=\"actions\"><button type=\"button\" class=\"primary\" data-action=\"merge\">{}</button>\
         <button type=\"button\" class=\"danger\" data-action=\"replace\">{}</button>\
         <button type=\"button\" class=\"quiet\" data-action=\"cancel-import\">{}</button></p>",
        t("What this file holds"),
        tf(
            "{meetings} ({new} not on this device yet; {here} here now)",
            &[
                (
                    "meetings",
                    &tp(preview.meetings_in_file, "1 meeting", "{n} meetings")
                ),
                ("new", &preview.meetings_new.to_string()),
                ("here", &preview.meetings_here.to_string()),
            ]
        ),
        preview.clean_date_in_file.map_or_else(
            || t("No start date").to_string(),
            |d| tf("Start date: {date}", &[("date", &day_in_words(d))])
        ),
        counters,
        tp(preview.periods_in_file, "1 past period", "{n} past periods"),
        check_ins,
        if preview.contact_in_file {
            t("A support contact")
        } else {
            t("No support contact")
        },
        tp(saved_groups, "1 saved group", "{n} saved groups"),
        t("Merge adds what is new and keeps your start date and contact here where you have them; nothing is repeated. Replace makes your data here exactly what is in the file."),
        t("Merge this file into my data"),
        t("Replace my data with this file"),
        t("Cancel"),
    )
}

/// A line of the import preview for a kind of entry only some files have: how many, and how
/// many are not on this device yet.
fn new_of(count: String, new: usize) -> String {
    format!(
        "<li>{}</li>",
        tf(
            "{count} ({new} not on this device yet)",
            &[("count", &count), ("new", &new.to_string())]
        )
    )
}

/// The parts of the tracker drawn again whenever the journal changes, by element id.
pub fn tracker_regions(
    journal: &Journal,
    counter: &Counter,
    today: CalendarDate,
    meetings_shown: usize,
) -> [(&'static str, String); 9] {
    let (next, reached) = milestone_parts(counter, today);
    [
        ("count-heading", count_heading(counter)),
        ("count-region", count(counter, today)),
        ("next-region", next),
        ("milestone-region", reached),
        ("own-region", own_milestones(counter)),
        ("stats-region", meeting_stats(journal, today)),
        ("meeting-list-region", meeting_list(journal, meetings_shown)),
        ("history-region", history(counter, today)),
        ("contact-region", contact_with_remove(journal)),
    ]
}

/// A live region that says what went wrong with a form, filled in when it does.
fn form_error(form: &str) -> String {
    format!("<div id=\"{form}-error\" role=\"alert\"></div>")
}

/// A polite live region beside a control, for what its action did (see [`notice`]).
fn status(id: &str) -> String {
    format!("<div id=\"{id}\" role=\"status\"></div>")
}

/// ` hidden` when `hide`, for an attribute list.
fn hidden(hide: bool) -> &'static str {
    if hide {
        " hidden"
    } else {
        ""
    }
}

/// The whole tracker below its heading, filled in from `journal` for `counter`, in two halves:
/// the count and its milestones, then meetings, "I used again" and the contact (the daily
/// check-in goes between). Each action's message shows beside the control that did it. The
/// start-date form folds away under "Change my start date" once a date is saved, and is open,
/// as the first step, until then.
pub fn tracker_page(
    base: &str,
    journal: &Journal,
    counter: &Counter,
    today: CalendarDate,
) -> (String, String) {
    let [(_, heading), (_, count), (_, next), (_, reached), (_, own), (_, stats), (_, list), (_, history), (_, contact)] =
        tracker_regions(journal, counter, today, MEETINGS_PER_PAGE);
    let first_step = counter.start.is_none();
    let top = format!(
        "<section class=\"card count-card\" aria-labelledby=\"count-heading\"><h2 id=\"count-heading\">{heading}</h2>\
         <div id=\"count-region\">{count}</div><div id=\"next-region\">{next}</div><div id=\"ics-status\" role=\"status\"></div>\
         <details id=\"date-details\"{}><summary id=\"date-summary\"{}>{}</summary>\
         <form class=\"stack\" novalidate id=\"date-form\">{}</form>{}<div id=\"start-question\"></div></details></section>\
         <section class=\"card\" aria-labelledby=\"milestones-heading\"><h2 id=\"milestones-heading\" tabindex=\"-1\">{}</h2>\
         <div id=\"milestone-region\">{reached}</div>\
         <details><summary>{}</summary><div id=\"own-region\">{own}</div>{}{}</details></section>",
        if first_step { " open" } else { "" },
        hidden(first_step),
        t("Change my start date"),
        date_form(counter, today),
        form_error("date-form"),
        t("Milestones"),
        t("Change my milestones"),
        milestone_set_select(counter),
        form_error("own-form"),
    );
    let bottom = format!(
        "<section class=\"card\" id=\"meetings\" aria-labelledby=\"meetings-heading\"><h2 id=\"meetings-heading\" tabindex=\"-1\">{}</h2>\
         <div id=\"stats-region\">{stats}</div>\
         <form class=\"stack\" novalidate id=\"meeting-form\"><h3 id=\"meeting-form-heading\" tabindex=\"-1\">{}</h3>{}\
         <p class=\"actions\"><button type=\"submit\" id=\"meeting-submit\">{}</button>\
         <button type=\"button\" class=\"quiet\" id=\"meeting-cancel\" data-action=\"cancel-edit\" hidden>{}</button></p></form>{}{}\
         <h3 id=\"list-heading\" tabindex=\"-1\"{}>{}</h3>{}<div id=\"meeting-list-region\">{list}</div>\
         <details id=\"reminder-details\"><summary>{}</summary>\
         <form class=\"stack\" novalidate id=\"reminder-form\">{}</form>{}</details></section>\
         <section class=\"card\" aria-labelledby=\"used-heading\"><h2 id=\"used-heading\" tabindex=\"-1\">{}</h2>\
         <p>{}</p>\
         <details id=\"used-details\"><summary>{}</summary><form class=\"stack\" novalidate id=\"used-form\">\
         <label for=\"used-date\">{}</label>\
         <input type=\"date\" id=\"used-date\" name=\"used-date\" required max=\"{today_iso}\" value=\"{today_iso}\">\
         <label for=\"used-note\">{}</label>\
         <p class=\"hint\" id=\"used-note-hint\">{}</p>\
         <textarea id=\"used-note\" name=\"used-note\" rows=\"3\" maxlength=\"{}\" aria-describedby=\"used-note-hint\"></textarea>\
         <button type=\"submit\">{}</button></form></details>{}\
         {}{}<div id=\"history-region\">{history}</div></section>\
         <section class=\"card\" id=\"contact\" aria-labelledby=\"contact-heading\"><h2 id=\"contact-heading\" tabindex=\"-1\">{}</h2>\
         <div id=\"contact-region\">{contact}</div><form class=\"stack\" novalidate id=\"contact-form\">{}</form>{}{}</section>",
        t("Meetings"),
        t("Add a meeting"),
        meeting_form(today),
        t("Add meeting"),
        t("Cancel"),
        form_error("meeting-form"),
        status("meeting-status"),
        hidden(journal.meetings.is_empty()),
        t("Meetings I went to"),
        status("list-status"),
        t("Get a weekly reminder in my calendar"),
        reminder_form(),
        form_error("reminder-form") + &status("reminder-status"),
        t("If you used again"),
        tf(
            "A return to use can be part of recovery. It doesn't erase the time you had: recording it keeps those days in your history and starts a new count. Many people find it helps to tell their sponsor, their group or a counselor. If you don't feel safe, {link}.",
            &[("link", &super::app_link(base, "/help", t("talk to someone now")))]
        ),
        t("I used again"),
        t("The day you used"),
        t("What happened, or what might help next time (optional)"),
        t("Private: it stays on this device, in your history."),
        limits::MAX_SHORT_NOTE_CHARS,
        t("Record it and start a new count"),
        form_error("used-form"),
        status("used-notice"),
        super::safety_note("safety-note", &OVERDOSE, Some(base), false),
        t("My sponsor or support person"),
        contact_form(journal),
        form_error("contact-form"),
        status("contact-status"),
        today_iso = today.iso(),
    );
    (top, bottom)
}

/// The weekly reminder's fields: which day, what time, the meeting's name, and where.
fn reminder_form() -> String {
    let days: String = Weekday::ALL
        .iter()
        .map(|day| option(day.key(), t(day.label()), false))
        .collect();
    format!(
        "<p class=\"hint\">{}</p>\
         <label for=\"reminder-name\">{}</label>\
         <input type=\"text\" id=\"reminder-name\" name=\"reminder-name\" maxlength=\"{}\" required>\
         <label for=\"reminder-day\">{}</label><select id=\"reminder-day\" name=\"reminder-day\">{days}</select>\
         <label for=\"reminder-time\">{}</label><input type=\"time\" id=\"reminder-time\" name=\"reminder-time\" required value=\"19:00\">\
         <label for=\"reminder-place\">{}</label><input type=\"text\" id=\"reminder-place\" name=\"reminder-place\" maxlength=\"{}\">\
         <label for=\"reminder-link\">{}</label><input type=\"url\" id=\"reminder-link\" name=\"reminder-link\" maxlength=\"{}\" inputmode=\"url\">\
         <button type=\"submit\">{}</button>",
        t("Your calendar app will remind you 30 minutes before, every week. The file is made on this device; calendar apps may show the meeting's name on a locked screen."),
        t("Meeting name"),
        limits::MAX_NAME_CHARS,
        t("Day of the week"),
        t("Time"),
        t("Place (optional)"),
        limits::MAX_NAME_CHARS,
        t("Online link (optional)"),
        limits::MAX_TEXT_CHARS,
        t("Download the calendar file"),
    )
}

/// Shown when stored records can't be read: what is wrong, and the two ways forward.
pub fn damaged_notice(problem: &str) -> String {
    format!(
        "<section class=\"card alert\" aria-labelledby=\"damaged-heading\"><h2 id=\"damaged-heading\">{}</h2>\
         <p>{}</p><p>{}</p>\
         <p class=\"actions\"><button type=\"button\" data-action=\"save-damaged\">{}</button>\
         <button type=\"button\" data-action=\"start-fresh\">{}</button></p></section>",
        t("We couldn't read your saved records"),
        escape(problem),
        t("They are still on this device, untouched, and nothing new is saved over them. You can save them as a file (someone who knows JSON may be able to mend it), then start fresh. Starting fresh keeps a copy aside, listed in Your data; it deletes nothing."),
        t("Save the damaged records as a file"),
        t("Start fresh"),
    )
}

/// A message in an alert box, or nothing.
pub fn alert(message: Option<&str>) -> String {
    message.map_or_else(String::new, |m| {
        format!("<p class=\"alert\">{}</p>", escape(m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::add_days;
    use crate::domain::journal::{Contact, Counter, Meeting, OwnMilestone, Period, FIRST_COUNTER};

    const TODAY: CalendarDate = CalendarDate {
        year: 2026,
        month: 11,
        day: 26,
    };

    #[test]
    fn the_page_reads_in_spanish_with_spanish_dates_and_the_person_s_own_words_kept() {
        use crate::domain::lang::Lang;
        let mut j = journal();
        j.counters[0].name = "My own name".into();
        crate::i18n::use_words_for_tests(Lang::Es, Some(crate::domain::lang::spanish_for_tests()));
        let page = whole_page("/psg", &j);
        let regions = tracker_regions(&j, j.main_or_empty(), TODAY, MEETINGS_PER_PAGE)
            .map(|(_, html)| html)
            .join("");
        crate::i18n::use_words_for_tests(Lang::En, None);
        for spanish in [
            "Guardar mi fecha",
            "Si volviste a consumir",
            "Llevas 400 días desde el <time datetime=\"2025-10-22\">22 de octubre de 2025</time>.",
            "1 año, 1 mes y 4 días",
            "Próximo: <strong>",
            "Reuniones a las que fui",
            "My own name",
        ] {
            assert!(
                page.contains(spanish) || regions.contains(spanish),
                "{spanish}: {page}"
            );
        }
        for english in [
            "Save my date",
            " days",
            " November ",
            "Meetings I went to",
            "Every day counts",
        ] {
            assert!(!page.contains(english), "{english}");
        }
    }

    /// Both halves of the tracker for the journal's main counter.
    fn whole_page(base: &str, j: &Journal) -> String {
        let (top, bottom) = tracker_page(base, j, j.main_or_empty(), TODAY);
        top + &bottom
    }

    fn journal() -> Journal {
        let main = Counter {
            id: FIRST_COUNTER.into(),
            start: Some(add_days(TODAY, -400)),
            past_periods: vec![Period {
                start: CalendarDate {
                    year: 2024,
                    month: 1,
                    day: 1,
                },
                end: CalendarDate {
                    year: 2024,
                    month: 3,
                    day: 1,
                },
                note: String::new(),
            }],
            ..Counter::default()
        };
        Journal {
            counters: vec![main],
            meetings: vec![Meeting {
                id: "m\"1".into(),
                date: add_days(TODAY, -1),
                group: "<b>Tuesday</b> group".into(),
                attended: Attended::Online,
                note: "felt <heard>".into(),
            }],
            contact: Some(Contact {
                name: "Sam & Jo".into(),
                phone: "+1 (555) 010-0100".into(),
            }),
            ..Journal::default()
        }
    }

    #[test]
    fn four_hundred_days_show_the_count_milestones_and_next_one() {
        let j = journal();
        let count = count(j.main_or_empty(), TODAY);
        assert!(count.contains("1 year, 1 month and 4 days"), "{count}");
        assert!(count.contains("400 days since"), "{count}");
        let (next, reached) = milestone_parts(j.main_or_empty(), TODAY);
        assert!(
            reached.contains("<li class=\"chip\"><span aria-hidden=\"true\">✓</span> <strong>1 year</strong><span class=\"visually-hidden\">, reached on</span> <time datetime=\"2026-10-22\">"),
            "{reached}"
        );
        assert_eq!(
            reached.matches("<li class=\"chip\">").count(),
            7,
            "{reached}"
        );
        // 18 months after 22 October 2025 is 22 April 2027, 147 days away.
        assert!(
            next.contains(
                "Next: <strong>147 days to 18 months</strong>, on <time datetime=\"2027-04-22\">"
            ),
            "{next}"
        );
        assert!(
            next.contains("aria-label=\"Progress to 18 months\""),
            "{next}"
        );
        assert!(
            !next.contains("celebrate"),
            "1 year was a month ago: {next}"
        );
        let mut today_only = Journal::default();
        today_only.main_or_new(FIRST_COUNTER).start = Some(TODAY);
        assert!(super::count(today_only.main_or_empty(), TODAY).contains("Today is day one"));
        assert!(super::count(today_only.main_or_empty(), TODAY).contains("Your count starts today"));
        let mut fresh = Journal::default();
        fresh.main_or_new(FIRST_COUNTER).start = Some(add_days(TODAY, -30));
        assert!(milestone_parts(fresh.main_or_empty(), TODAY)
            .0
            .contains("You reached 30 days on"));
    }

    #[test]
    fn set_aside_copies_are_listed_with_one_delete_asking_at_a_time() {
        assert_eq!(set_aside_list(&[], None), "");
        let copy = |key: &str, label: &str, size: &str| {
            (key.to_string(), label.to_string(), size.to_string())
        };
        let copies = [
            copy("k.1772409600000", "Set aside on 2 March 2026", "12 KB"),
            copy("k", "Set aside before copies were dated", "800 bytes"),
        ];
        let list = set_aside_list(&copies, None);
        assert_eq!(list.matches("<li>").count(), 2);
        assert!(
            list.contains("aria-label=\"Delete: Set aside on 2 March 2026\""),
            "{list}"
        );
        assert!(
            list.contains("Set aside before copies were dated (800 bytes)"),
            "{list}"
        );
        assert!(!list.contains("Yes, delete it"));
        let asking = set_aside_list(&copies, Some("k"));
        assert_eq!(asking.matches("Yes, delete it").count(), 1);
        let second = asking.split("<li>").nth(2).unwrap_or_default();
        assert!(
            second.contains("confirm-delete-copy\" data-id=\"k\""),
            "{second}"
        );
    }

    #[test]
    fn a_long_list_shows_the_newest_meetings_and_a_button_for_older_ones() {
        let meetings = (0..120)
            .map(|n| Meeting {
                id: format!("m{n}"),
                date: add_days(TODAY, -120 + n),
                group: "Group".into(),
                attended: Attended::Online,
                note: format!("note {n}."),
            })
            .collect();
        let j = Journal {
            meetings,
            ..Journal::default()
        };
        let first = meeting_list(&j, MEETINGS_PER_PAGE);
        assert_eq!(first.matches("<li>").count(), 50);
        assert!(
            first.contains("note 119.")
                && first.contains("note 70.")
                && !first.contains("note 69.")
        );
        assert!(
            first.contains("The newest 50 of 120 meetings.")
                && first.contains("Show 50 older meetings"),
            "{first}"
        );
        let last = meeting_list(&j, 100);
        assert!(last.contains("Show 20 older meetings"), "{last}");
        let all = meeting_list(&j, 150);
        assert_eq!(all.matches("<li>").count(), 120);
        assert!(!all.contains("more-meetings"));
    }

    #[test]
    fn what_people_typed_is_escaped_everywhere() {
        let j = journal();
        let list = meeting_list(&j, MEETINGS_PER_PAGE);
        assert!(
            list.contains("&lt;b&gt;Tuesday&lt;/b&gt; group") && !list.contains("<b>"),
            "{list}"
        );
        assert!(
            list.contains("felt &lt;heard&gt;") && list.contains("data-id=\"m&quot;1\""),
            "{list}"
        );
        let contact = support_contact(&j);
        assert!(
            contact.contains("href=\"tel:+15550100100\"") && contact.contains("Call Sam &amp; Jo"),
            "{contact}"
        );
        assert!(contact_form(&j).contains("value=\"Sam &amp; Jo\""));
    }

    #[test]
    fn history_counts_every_period() {
        let h = history(journal().main_or_empty(), TODAY);
        assert!(
            h.contains("<dt>Longest stretch</dt><dd>400 days</dd>"),
            "{h}"
        );
        assert!(h.contains("<dd>460 days</dd>"), "60 + 400: {h}");
        assert_eq!(history(Journal::default().main_or_empty(), TODAY), "");
    }

    #[test]
    fn the_page_holds_every_region_and_form_once() {
        let page = whole_page("/psg", &journal());
        assert!(page.contains("<a href=\"/psg/help\">talk to someone now</a>"));
        let j = journal();
        for (id, _) in tracker_regions(&j, j.main_or_empty(), TODAY, MEETINGS_PER_PAGE) {
            assert_eq!(page.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
        }
        for form in [
            "date-form",
            "own-form",
            "meeting-form",
            "used-form",
            "contact-form",
            "reminder-form",
        ] {
            assert_eq!(page.matches(&format!("id=\"{form}\"")).count(), 1, "{form}");
            assert_eq!(
                page.matches(&format!("id=\"{form}-error\"")).count(),
                1,
                "{form}"
            );
        }
        assert!(damaged_notice("<x>").contains("&lt;x&gt;"));
    }

    #[test]
    fn stats_and_forms_carry_todays_limits() {
        let stats = meeting_stats(&journal(), TODAY);
        assert!(stats.contains("<dt>Last 7 days</dt><dd>1</dd>"), "{stats}");
        assert!(meeting_form(TODAY).contains("max=\"2026-11-26\" value=\"2026-11-26\""));
        assert!(date_form(journal().main_or_empty(), TODAY).contains("value=\"2025-10-22\""));
        assert!(notice("Deleted.", true).contains("data-action=\"undo\""));
        assert!(!notice("Saved.", false).contains("button"));
    }

    #[test]
    fn a_new_person_is_invited_to_the_first_steps_instead_of_shown_zeros() {
        let page = whole_page("", &Journal::default());
        assert!(page.contains("<h2 id=\"count-heading\">Start your count</h2>"));
        assert!(page.contains("Every day counts."), "the invitation");
        assert!(
            page.contains("<details id=\"date-details\" open><summary id=\"date-summary\" hidden>"),
            "the date form is open, with nothing to fold it yet"
        );
        assert!(page.contains("No meetings logged yet."));
        for zero in ["meeting-stats", "<dd>0</dd>", "<progress", "week-chart"] {
            assert!(!page.contains(zero), "{zero}");
        }
        assert!(page.contains("<h3 id=\"list-heading\" tabindex=\"-1\" hidden>"));
        // Once a date is saved, the form folds away under "Change my start date".
        let page = whole_page("", &journal());
        assert!(page.contains("<h2 id=\"count-heading\">Time in recovery</h2>"));
        assert!(page.contains("<details id=\"date-details\"><summary id=\"date-summary\">Change my start date</summary>"));
        assert!(page.contains("<h3 id=\"list-heading\" tabindex=\"-1\">"));
        assert!(page.contains("id=\"meeting-stats\""));
    }

    #[test]
    fn the_chart_draws_a_bar_per_week_with_a_meeting_and_says_the_counts_in_words() {
        let on = |back: i64| Meeting {
            id: format!("m{back}"),
            date: add_days(TODAY, -back),
            group: "x".into(),
            attended: Attended::InPerson,
            note: String::new(),
        };
        // TODAY is Thursday 26 November 2026: 0 and 3 days back are this week, 18 and 20 the
        // week of 2 November, 80 the Monday of the 12th week back, and 100 is older.
        let j = Journal {
            meetings: [100, 80, 20, 18, 3, 0].into_iter().map(on).collect(),
            ..Journal::default()
        };
        let stats = meeting_stats(&j, TODAY);
        assert!(
            stats.contains("aria-label=\"Meetings each week, from the week of 7 September 2026 to this week: 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2.\""),
            "{stats}"
        );
        assert!(stats.contains("role=\"img\""));
        assert_eq!(
            stats.matches("<rect").count(),
            3,
            "a bar for each week with a meeting"
        );
        assert!(
            stats.contains("height=\"36\""),
            "the fullest week fills the height"
        );
        assert!(
            stats.contains("5 meetings in the last 12 weeks; the most in one week was 2, in the week of <time datetime=\"2026-11-23\">23 November 2026</time>."),
            "ties name the latest week: {stats}"
        );
        assert!(!stats.contains("style="), "the CSP allows no inline styles");
        let one = Journal {
            meetings: vec![on(100)],
            ..Journal::default()
        };
        let old = meeting_stats(&one, TODAY);
        assert!(old.contains("No meetings in the last 12 weeks."), "{old}");
        assert!(!old.contains("<svg"), "no chart of nothing: {old}");
    }

    #[test]
    fn every_button_that_deletes_looks_like_it_and_ways_out_look_quiet() {
        let mut j = journal();
        j.main_or_new(FIRST_COUNTER)
            .milestones
            .own
            .push(OwnMilestone {
                days: 100,
                note: String::new(),
            });
        let copies = [("k".to_string(), "Set aside".to_string(), "1 KB".to_string())];
        let preview = ImportPreview {
            meetings_in_file: 1,
            meetings_new: 1,
            meetings_here: 1,
            clean_date_in_file: None,
            clean_date_here: None,
            periods_in_file: 0,
            counters_in_file: 1,
            counters_new: 0,
            check_ins_in_file: 0,
            check_ins_new: 0,
            contact_in_file: false,
        };
        let all = [
            whole_page("", &j),
            start_question(TODAY, TODAY),
            set_aside_list(&copies, Some("k")),
            import_preview(&preview, 0),
            damaged_notice("x"),
        ]
        .concat();
        let mut seen = 0;
        for button in all.split("<button").skip(1) {
            let (attributes, rest) = button.split_once('>').unwrap_or_default();
            let text = rest.split("</button>").next().unwrap_or_default();
            let class = attributes
                .split("class=\"")
                .nth(1)
                .and_then(|c| c.split('"').next())
                .unwrap_or_default();
            let classes: Vec<&str> = class.split(' ').collect();
            // "Start fresh" sets the damaged records aside and deletes nothing.
            let destroys = ["Delete", "Remove", "Replace", "Start on"]
                .iter()
                .any(|word| text.starts_with(word));
            let final_yes = text.starts_with("Yes, ");
            let way_out = ["Cancel", "Keep it", "Keep things as they are"].contains(&text);
            assert_eq!(classes.contains(&"danger"), destroys || final_yes, "{text}");
            assert_eq!(classes.contains(&"confirm"), final_yes, "{text}");
            assert_eq!(classes.contains(&"quiet"), way_out, "{text}");
            seen += usize::from(destroys || final_yes || way_out);
        }
        assert_eq!(seen, 11, "every kind was checked");
        assert!(
            !all.contains("class=\"danger\">Record"),
            "a return to use is no danger"
        );
    }
}
