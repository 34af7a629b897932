//! Every text the app shows in Spanish has a Spanish version, and the Spanish table has nothing
//! the app no longer shows (#14).
//!
//! The texts are the literals passed to `t`, `tf` and `tp` anywhere in `src/`, and the data the
//! app passes to them (help lines, safety notes, the pages' leads, the catalog, the questions,
//! the tracker's), which each part lists (`texts_in_data`).
//! The Spanish is in `data/es/*.json`, one file per part of the app, each a list of
//! `[English, Spanish]` pairs; the build joins them into `lang/es.json`, fetched by Spanish pages
//! only. An English text is in one file only.
#![cfg(not(target_arch = "wasm32"))]

use peer_support_guide::domain::help::{helplines, Region};
use peer_support_guide::domain::lang::{placeholders, Table};
use peer_support_guide::domain::routes::leads;
use peer_support_guide::domain::texts;
use std::collections::BTreeSet;
use std::path::Path;

/// The value of the Rust string literal that starts at `text[0]` (a `"`), and its length.
fn literal(text: &str) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((value, at + 1)),
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                '0' => value.push('\0'),
                '\n' => {
                    while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                        chars.next();
                    }
                }
                'u' => {
                    let mut hex = String::new();
                    for (_, c) in chars.by_ref() {
                        match c {
                            '{' => {}
                            '}' => break,
                            c => hex.push(c),
                        }
                    }
                    value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => value.push(other),
            },
            c => value.push(c),
        }
    }
    None
}

/// Every literal passed to `t(`, `tf(` or `tp(` in one file's source.
fn literals_in(source: &str, found: &mut BTreeSet<String>, file: &str) {
    for call in ["t(", "tf(", "tp("] {
        let mut from = 0;
        while let Some(at) = source[from..].find(call).map(|i| i + from) {
            from = at + call.len();
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            // Skip the definitions themselves.
            if source[..at].ends_with("fn ") {
                continue;
            }
            // The call's arguments, up to its closing parenthesis.
            let mut depth = 1;
            let mut i = from;
            let bytes = source.as_bytes();
            let mut literals = Vec::new();
            while i < bytes.len() && depth > 0 {
                match bytes[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    b'"' => {
                        let (value, len) = literal(&source[i..])
                            .unwrap_or_else(|| panic!("{file}: a string that doesn't end"));
                        if depth == 1 {
                            literals.push(value);
                        }
                        i += len;
                        continue;
                    }
                    _ => {}
                }
                i += 1;
            }
            // `tf`'s values are literals too ("n" in `("n", …)`): only its first is a text.
            let texts = match call {
                "tp(" => literals.into_iter().take(2).collect::<Vec<_>>(),
                _ => literals.into_iter().take(1).collect(),
            };
            found.extend(texts);
        }
    }
}

fn literals_in_sources() -> BTreeSet<String> {
    fn walk(dir: &Path, found: &mut BTreeSet<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path).unwrap_or_default();
                literals_in(&source, found, &path.display().to_string());
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

/// The data the app passes to `t` that isn't a literal at the call.
fn texts_in_data() -> BTreeSet<String> {
    let mut texts: Vec<&str> = vec![
        leads::HOME,
        leads::GROUPS,
        leads::CHOOSE,
        leads::TRACKER,
        leads::TRACKER_LINK,
        leads::SETTINGS,
        leads::HELP,
    ];
    for line in helplines() {
        texts.extend([line.name, line.summary, line.source.name]);
        texts.extend(line.note);
        texts.extend(line.contacts.iter().map(|contact| contact.label));
    }
    for region in [
        Region::UnitedStates,
        Region::UnitedStatesAndCanada,
        Region::OtherCountries,
        Region::Worldwide,
    ] {
        texts.push(region.label());
    }
    let overdose = &peer_support_guide::domain::safety::OVERDOSE;
    texts.extend([overdose.title, overdose.source]);
    texts.extend(overdose.points.iter().copied());
    texts.push(peer_support_guide::domain::safety::WITHDRAWAL);
    texts.extend((1..=12).map(peer_support_guide::domain::sources::month_name));
    // Each part's data, listed where the data is.
    texts.extend(texts::catalog());
    texts.extend(texts::wizard());
    texts.extend(texts::tracker());
    texts.extend(texts::settings());
    texts.into_iter().map(str::to_string).collect()
}

/// Every part's Spanish, joined as the build joins it (`scripts/postbuild.mjs`).
fn spanish() -> Table {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/es");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    files.sort();
    assert!(files.len() >= 5, "data/es/ lost a part: {files:?}");
    let mut pairs: Vec<(String, String)> = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let part: Vec<(String, String)> = serde_json::from_str(&text).unwrap_or_else(|error| {
            panic!(
                "{}: not a list of [English, Spanish] pairs: {error}",
                file.display()
            )
        });
        pairs.extend(part);
    }
    Table::from_pairs(pairs.clone()).unwrap_or_else(|| {
        let mut seen = BTreeSet::new();
        let twice: Vec<&String> = pairs
            .iter()
            .map(|(english, _)| english)
            .filter(|english| !seen.insert(*english))
            .collect();
        panic!("data/es/: an English text twice ({twice:?}), or a blank translation")
    })
}

#[test]
fn every_text_shown_has_a_spanish_version_and_no_other() {
    let shown: BTreeSet<String> = literals_in_sources()
        .into_iter()
        .chain(texts_in_data())
        .collect();
    let table = spanish();
    let missing: Vec<&String> = shown
        .iter()
        .filter(|text| table.get(text).is_none())
        .collect();
    let extra: Vec<&str> = table
        .english()
        .filter(|text| !shown.contains(*text))
        .collect();
    assert!(
        missing.is_empty(),
        "no Spanish for {} texts: {missing:#?}",
        missing.len()
    );
    assert!(
        extra.is_empty(),
        "Spanish for {} texts the app doesn't show: {extra:#?}",
        extra.len()
    );
}

#[test]
fn each_translation_keeps_its_placeholders() {
    let table = spanish();
    for english in table.english() {
        let spanish = table.get(english).unwrap_or_default();
        assert_eq!(
            placeholders(english),
            placeholders(spanish),
            "{english} → {spanish}"
        );
    }
}

#[test]
fn the_reader_finds_calls_and_not_lookalikes() {
    let mut found = BTreeSet::new();
    literals_in(
        r#"t("One") tf("Two {n}", &[("n", "x")]) tp(count, "a day", "{n} days") format("no") list.t("no") split("no")
        fn t(english: &str) {} t("Line \
           joined")"#,
        &mut found,
        "example",
    );
    let want: BTreeSet<String> = ["One", "Two {n}", "a day", "{n} days", "Line joined"]
        .into_iter()
        .map(str::to_string)
        .collect();
    assert_eq!(found, want);
}
