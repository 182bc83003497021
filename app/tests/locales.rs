//! The Fluent files are data that translators edit: check them as such.
//! Every file must parse, and every message of the Chinese file must exist in
//! Tibetan and Yi (the runtime falls back to Chinese, but a gap is a defect).

use fluent_syntax::{ast, parser};
use std::{collections::BTreeSet, fs, path::PathBuf};

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn message_ids(lang: &str) -> BTreeSet<String> {
    let path = locales_dir().join(lang).join("app.ftl");
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource =
        parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:#?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_chinese_message_is_translated() {
    let zh = message_ids("zh-CN");
    assert!(zh.len() > 10, "the Chinese file looks empty");
    for lang in ["bo", "ii"] {
        let other = message_ids(lang);
        // The staff console is Chinese only by design (see the .ftl comment).
        let missing: Vec<_> = zh.difference(&other).filter(|id| !id.starts_with("staff-")).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let extra: Vec<_> = other.difference(&zh).collect();
        assert!(extra.is_empty(), "{lang} has ids Chinese does not: {extra:?}");
    }
}

#[test]
fn drafts_say_so() {
    for lang in ["bo", "ii"] {
        let text = fs::read_to_string(locales_dir().join(lang).join("app.ftl")).unwrap();
        assert!(
            text.contains("machine-drafted") || text.contains("translation: reviewed"),
            "{lang}/app.ftl must state its translation status"
        );
    }
}

#[test]
fn ids_are_kebab_case() {
    for id in message_ids("zh-CN") {
        assert!(
            id.trim_start_matches('-').chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is not kebab-case"
        );
    }
}
