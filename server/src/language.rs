//! The language report: how much of the Tibetan and Yi a reader meets is
//! really Tibetan and Yi. It reads the articles (`content/guide`), the UI
//! strings (`locales/`) and the data files (units, mediators, laws,
//! categories, chat lists), measures each language and kind of file, and
//! names the places that break the rules in `content/guide/README.md`:
//! Chinese where the reader's language should be, avoided term variants,
//! misspelt Tibetan syllables and particles, ASCII punctuation and a misused
//! ꀕ in Yi. `make test` fails on any of them (`tests/content.rs`);
//! `gongdao language-report` prints the whole report as Markdown.

pub mod terms;
pub mod tibetan;

use domain::Lang;
use std::{
    collections::{BTreeMap, BTreeSet},
    fmt::Write,
    fs,
    path::{Path, PathBuf},
};
use terms::Termbase;

/// The thresholds the report fails above (issue 18): at most this share of
/// letters may be Chinese in the Tibetan or Yi articles and UI strings.
pub const MAX_HAN_SHARE: f64 = 0.10;
/// Tibetan syllables of a valid shape, at least.
pub const MIN_VALID_SYLLABLES: f64 = 0.995;

#[derive(Debug, thiserror::Error)]
pub enum LanguageError {
    #[error("{path}: {message}")]
    File { path: PathBuf, message: String },
}

fn file_error(path: &Path, message: impl ToString) -> LanguageError {
    LanguageError::File { path: path.to_owned(), message: message.to_string() }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Articles,
    Ui,
    Data,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Articles, Kind::Ui, Kind::Data];

    fn name(self) -> &'static str {
        match self {
            Kind::Articles => "articles",
            Kind::Ui => "UI strings",
            Kind::Data => "data files",
        }
    }
}

/// One unit of text a reader meets whole: a line of an article, a UI
/// message, a value in a data file.
#[derive(Clone, Debug)]
pub struct Text {
    pub lang: Lang,
    pub kind: Kind,
    /// `content/guide/legal-aid/ii.md:12`, `locales/ii/app.ftl#home-heading`, ...
    pub place: String,
    /// The article's slug, for the first-use rule of Chinese glosses.
    pub article: Option<String>,
    pub text: String,
}

/// Figures for one language and kind of file.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub units: usize,
    pub han: usize,
    pub native: usize,
    pub latin: usize,
    /// Units with Chinese and none of the reader's script.
    pub all_chinese: Vec<String>,
    /// Chinese that is neither a termbase term's gloss on its first use in
    /// an article nor an official name (a law, a unit, the portal).
    pub loose_chinese: Vec<String>,
    pub variants: Vec<String>,
    pub syllables: usize,
    pub invalid_syllables: Vec<String>,
    pub particles_checked: usize,
    pub particle_mistakes: Vec<String>,
    /// ASCII punctuation touching Yi letters.
    pub ascii_punctuation: Vec<String>,
    /// ꀕ used where a word belongs (in names).
    pub misused_iteration_mark: Vec<String>,
    /// Tibetan written against the conventions: Tibetan digits, an article
    /// reference not as `དོན་ཚན་ N པ`, a link glued to the next syllable.
    pub conventions: Vec<String>,
}

impl Figures {
    pub fn han_share(&self) -> f64 {
        let letters = self.han + self.native + self.latin;
        if letters == 0 {
            0.0
        } else {
            self.han as f64 / letters as f64
        }
    }

    pub fn valid_syllables(&self) -> f64 {
        if self.syllables == 0 {
            1.0
        } else {
            1.0 - self.invalid_syllables.len() as f64 / self.syllables as f64
        }
    }
}

pub struct Report {
    pub figures: BTreeMap<(Lang, Kind), Figures>,
    pub termbase_problems: Vec<String>,
    pub terms: usize,
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

fn is_yi(c: char) -> bool {
    ('\u{A000}'..='\u{A48C}').contains(&c)
}

fn is_native(lang: Lang, c: char) -> bool {
    match lang {
        Lang::Bo => tibetan::is_letter(c),
        Lang::Ii => is_yi(c),
        Lang::Zh => is_han(c),
    }
}

/// The portal's own name stays Chinese in every language, as a brand.
const BRAND: &str = "公道";

/// The Yi iteration mark: it repeats the syllable before it.
const ITERATION_MARK: char = 'ꀕ';

/// Reads every Tibetan and Yi text under `root` (the repository).
pub fn collect(root: &Path) -> Result<Vec<Text>, LanguageError> {
    let mut texts = Vec::new();
    let guide = root.join("content/guide");
    let mut folders: Vec<PathBuf> = fs::read_dir(&guide)
        .map_err(|e| file_error(&guide, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let slug = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        for lang in [Lang::Bo, Lang::Ii] {
            let path = folder.join(format!("{}.md", lang.tag()));
            // A missing translation shows the Chinese: nothing to measure.
            let source = match fs::read_to_string(&path) {
                Ok(source) => source,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(file_error(&path, e)),
            };
            let shown = relative(root, &path);
            for (n, line) in source.lines().enumerate() {
                // Front matter: the reader sees title, summary and tags.
                let line = if let Some(value) = ["title", "summary", "tags"]
                    .iter()
                    .find_map(|key| line.strip_prefix(key).and_then(|r| r.trim_start().strip_prefix('=')))
                {
                    value
                } else if line.contains(" = ") || line.starts_with("[[") {
                    continue;
                } else {
                    line
                };
                if line.trim().is_empty() {
                    continue;
                }
                texts.push(Text {
                    lang,
                    kind: Kind::Articles,
                    place: format!("{shown}:{}", n + 1),
                    article: Some(slug.clone()),
                    text: line.to_owned(),
                });
            }
        }
    }
    for lang in [Lang::Bo, Lang::Ii] {
        let path = root.join("locales").join(lang.tag()).join("app.ftl");
        let source = fs::read_to_string(&path).map_err(|e| file_error(&path, e))?;
        let resource = fluent_syntax::parser::parse(source.as_str())
            .map_err(|(_, errors)| file_error(&path, format!("{errors:?}")))?;
        let shown = relative(root, &path);
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let mut text = String::new();
                let patterns = message.value.iter().chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    pattern_text(pattern, &mut text);
                    text.push('\n');
                }
                texts.push(Text {
                    lang,
                    kind: Kind::Ui,
                    place: format!("{shown}#{}", message.id.name),
                    article: None,
                    text,
                });
            }
        }
    }
    for file in DATA_FILES {
        let path = root.join(file);
        let source = fs::read_to_string(&path).map_err(|e| file_error(&path, e))?;
        let value: toml::Value = toml::from_str(&source).map_err(|e| file_error(&path, e))?;
        let whole_file = if file.ends_with("-bo.toml") {
            Some(Lang::Bo)
        } else if file.ends_with("-ii.toml") {
            Some(Lang::Ii)
        } else {
            None
        };
        data_texts(&value, file, whole_file, "", &mut texts);
    }
    Ok(texts)
}

/// Data files with Tibetan and Yi a reader sees. Keys `bo`, `ii`, `*_bo` and
/// `*_ii` hold them; in the chat word lists only `means` (the article's
/// word) is judged, because `say` lists how residents type, variants and
/// Chinese included. The chat's test questions are not text a reader sees.
const DATA_FILES: [&str; 12] = [
    "content/units.toml",
    "content/mediator/mediators.toml",
    "content/mediator/rules.toml",
    "content/guide/laws.toml",
    "content/guide/categories.toml",
    "content/appeal/categories.toml",
    "content/appeal/routing.toml",
    "content/chat/intents.toml",
    "content/chat/words-bo.toml",
    "content/chat/words-ii.toml",
    "content/culture-bank/rules.toml",
    "content/volunteer/teams.toml",
];

fn data_texts(value: &toml::Value, file: &str, whole_file: Option<Lang>, key: &str, out: &mut Vec<Text>) {
    let lang = whole_file.filter(|_| key == "means").or(match key {
        "bo" => Some(Lang::Bo),
        "ii" => Some(Lang::Ii),
        k if k.ends_with("_bo") => Some(Lang::Bo),
        k if k.ends_with("_ii") => Some(Lang::Ii),
        _ => None,
    });
    match value {
        toml::Value::String(s) => {
            if let Some(lang) = lang {
                out.push(Text {
                    lang,
                    kind: Kind::Data,
                    place: format!("{file} {key}"),
                    article: None,
                    text: s.clone(),
                });
            }
        }
        toml::Value::Array(items) => {
            for item in items {
                data_texts(item, file, whole_file, key, out);
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table {
                data_texts(v, file, whole_file, k, out);
            }
        }
        _ => {}
    }
}

fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for variant in variants {
                    pattern_text(&variant.value, out);
                    out.push(' ');
                }
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                out.push_str(value)
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

/// Official Chinese names a Tibetan or Yi text may keep: the laws' names
/// (`laws.toml`), the units' names (`units.toml`) and the language
/// switcher's own name for Chinese.
pub fn official_names(root: &Path) -> Result<BTreeSet<String>, LanguageError> {
    let mut names = BTreeSet::from(["中文".to_owned(), BRAND.to_owned()]);
    for file in ["content/guide/laws.toml", "content/units.toml"] {
        let path = root.join(file);
        let source = fs::read_to_string(&path).map_err(|e| file_error(&path, e))?;
        let value: toml::Value = toml::from_str(&source).map_err(|e| file_error(&path, e))?;
        for list in value.as_table().into_iter().flat_map(|t| t.values()) {
            for item in list.as_array().into_iter().flatten() {
                if let Some(zh) = item.get("zh").and_then(|v| v.as_str()) {
                    // A law's name also appears without 中华人民共和国.
                    names.insert(zh.to_owned());
                    names.extend(zh.strip_prefix("中华人民共和国").map(str::to_owned));
                }
            }
        }
    }
    Ok(names)
}

/// Measures `texts` against the termbase; `official` are names that may
/// stay Chinese.
pub fn measure(texts: &[Text], termbase: &Termbase, official: &BTreeSet<String>) -> Report {
    let mut figures: BTreeMap<(Lang, Kind), Figures> = BTreeMap::new();
    for lang in [Lang::Bo, Lang::Ii] {
        for kind in Kind::ALL {
            figures.insert((lang, kind), Figures::default());
        }
    }
    // Chinese glosses already given, per article and language.
    let mut glossed: BTreeSet<(String, Lang, String)> = BTreeSet::new();
    for t in texts {
        let f = figures.get_mut(&(t.lang, t.kind)).expect("every language and kind");
        let shown = |what: &str| format!("{}: {what}", t.place);
        f.units += 1;
        let (mut han, mut native) = (0, 0);
        for c in t.text.chars() {
            if is_han(c) {
                han += 1;
            } else if is_native(t.lang, c) {
                native += 1;
            } else if c.is_ascii_alphabetic() {
                f.latin += 1;
            }
        }
        f.han += han;
        f.native += native;
        // Official names may hold digits (草原村第1网格): take them out whole
        // before looking at what Chinese is left.
        let mut rest = t.text.clone();
        for name in official.iter().filter(|n| t.text.contains(n.as_str())) {
            rest = rest.replace(name.as_str(), "\u{FFFC}");
        }
        if han > 0 && native == 0 && han_runs(&rest).next().is_some() {
            f.all_chinese.push(shown(t.text.trim()));
        }
        for (at, run) in han_runs_at(&rest) {
            // A gloss stands in full-width brackets right after the word it
            // explains, once per term and article: `ꏦꃤꇇꀤ（法律援助）`.
            let bracketed = rest[..at].ends_with('（') && rest[at + run.len()..].starts_with('）');
            let first_gloss = bracketed
                && t.article.as_ref().is_some_and(|slug| {
                    termbase.is_chinese_term(run) && glossed.insert((slug.clone(), t.lang, run.to_owned()))
                });
            if !first_gloss {
                f.loose_chinese.push(shown(run));
            }
        }
        for v in termbase.variants_in(t.lang, &t.text) {
            f.variants.push(shown(&format!("{} → {} ({})", v.found, v.chosen, v.term)));
        }
        match t.lang {
            Lang::Bo => {
                for syllable in tibetan::syllables(&t.text) {
                    f.syllables += 1;
                    if !tibetan::is_valid_syllable(syllable) {
                        f.invalid_syllables.push(shown(syllable));
                    }
                }
                for problem in tibetan::convention_breaks(&t.text) {
                    f.conventions.push(shown(&problem));
                }
                let (checked, mistakes) = tibetan::particle_mistakes(&t.text);
                f.particles_checked += checked;
                for (previous, particle) in mistakes {
                    f.particle_mistakes.push(shown(&format!("{previous}་{particle}")));
                }
            }
            Lang::Ii => {
                let chars: Vec<char> = t.text.chars().collect();
                for (i, pair) in chars.windows(2).enumerate() {
                    // A Markdown link's `](` never touches a Yi letter.
                    let ascii = |c: char| matches!(c, ',' | '.' | ':' | ';' | '!' | '?' | '(' | ')');
                    if (is_yi(pair[0]) && ascii(pair[1])) || (ascii(pair[0]) && is_yi(pair[1])) {
                        let around: String = chars[i.saturating_sub(3)..(i + 5).min(chars.len())].iter().collect();
                        f.ascii_punctuation.push(shown(&around));
                    }
                }
                if t.kind == Kind::Data && t.text.contains(ITERATION_MARK) {
                    f.misused_iteration_mark.push(shown(&t.text));
                }
            }
            Lang::Zh => {}
        }
    }
    Report { figures, termbase_problems: termbase.problems(), terms: termbase.terms.len() }
}

fn han_runs(text: &str) -> impl Iterator<Item = &str> {
    han_runs_at(text).map(|(_, run)| run)
}

/// Runs of Chinese characters with their byte offsets.
fn han_runs_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_han(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, &text[s..]));
    }
    runs.into_iter()
}

/// Reads the repository at `root` and measures it.
pub fn report(root: &Path) -> Result<Report, LanguageError> {
    let path = root.join("content/terms.toml");
    let source = fs::read_to_string(&path).map_err(|e| file_error(&path, e))?;
    let termbase = Termbase::parse(&source).map_err(|e| file_error(&path, e))?;
    Ok(measure(&collect(root)?, &termbase, &official_names(root)?))
}

impl Report {
    /// Every rule broken, one line each; empty when the text passes.
    pub fn failures(&self) -> Vec<String> {
        let mut out: Vec<String> = self.termbase_problems.iter().map(|p| format!("termbase: {p}")).collect();
        for ((lang, kind), f) in &self.figures {
            let what = format!("{lang} {}", kind.name());
            if *kind != Kind::Data && f.han_share() > MAX_HAN_SHARE {
                out.push(format!("{what}: Chinese is {:.1}% of letters (at most 10%)", 100.0 * f.han_share()));
            }
            let lists: [(&str, &Vec<String>); 7] = [
                ("entirely Chinese", &f.all_chinese),
                ("Chinese that is not a first-use gloss of a termbase term", &f.loose_chinese),
                ("avoided term variant", &f.variants),
                ("particle disagreeing with the syllable before", &f.particle_mistakes),
                ("ASCII punctuation in Yi", &f.ascii_punctuation),
                ("ꀕ used as a word", &f.misused_iteration_mark),
                ("Tibetan number, article reference or link against the conventions", &f.conventions),
            ];
            for (rule, places) in lists {
                // Data files may keep Chinese that is an official name.
                if places.is_empty() || (*kind == Kind::Data && rule.starts_with("Chinese that")) {
                    continue;
                }
                out.push(format!("{what}: {} × {rule}, first: {}", places.len(), places[0]));
            }
            if f.valid_syllables() < MIN_VALID_SYLLABLES {
                out.push(format!(
                    "{what}: {:.2}% of Tibetan syllables valid (at least 99.5%), first bad: {}",
                    100.0 * f.valid_syllables(),
                    f.invalid_syllables[0]
                ));
            }
        }
        out
    }

    /// The report as Markdown: the figures per language and kind, then the
    /// places that break a rule.
    pub fn markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# Language report\n");
        let _ = writeln!(
            md,
            "Made by `gongdao language-report` (and checked by `make test`) from `content/` and `locales/`; \
             termbase: `content/terms.toml`, {} concepts. Thresholds: Chinese at most 10% of the letters of \
             Tibetan and Yi articles and UI strings; none of the counts below the figures may be above 0; \
             Tibetan syllables at least 99.5% valid.\n",
            self.terms
        );
        for lang in [Lang::Bo, Lang::Ii] {
            let _ = writeln!(md, "## {}\n", if lang == Lang::Bo { "Tibetan (bo)" } else { "Yi (ii)" });
            let _ = writeln!(md, "| | articles | UI strings | data files |\n|---|---|---|---|");
            let row = |name: &str, value: &dyn Fn(&Figures) -> String| {
                let cells: Vec<String> = Kind::ALL.iter().map(|k| value(&self.figures[&(lang, *k)])).collect();
                format!("| {name} | {} |\n", cells.join(" | "))
            };
            md.push_str(&row("units (lines, messages, values)", &|f| f.units.to_string()));
            md.push_str(&row("Chinese, share of letters", &|f| format!("{:.1}%", 100.0 * f.han_share())));
            md.push_str(&row("units entirely Chinese", &|f| f.all_chinese.len().to_string()));
            md.push_str(&row("Chinese not a first-use term gloss", &|f| f.loose_chinese.len().to_string()));
            md.push_str(&row("avoided term variants", &|f| f.variants.len().to_string()));
            if lang == Lang::Bo {
                md.push_str(&row("syllables", &|f| f.syllables.to_string()));
                md.push_str(&row("syllables of valid shape", &|f| format!("{:.2}%", 100.0 * f.valid_syllables())));
                md.push_str(&row("particles checked / disagreeing", &|f| {
                    format!("{} / {}", f.particles_checked, f.particle_mistakes.len())
                }));
                md.push_str(&row("numbers, article references, links against the conventions", &|f| {
                    f.conventions.len().to_string()
                }));
            } else {
                md.push_str(&row("ASCII punctuation next to Yi", &|f| f.ascii_punctuation.len().to_string()));
                md.push_str(&row("ꀕ used as a word", &|f| f.misused_iteration_mark.len().to_string()));
            }
            md.push('\n');
        }
        let failures = self.failures();
        let _ = writeln!(md, "## Rules broken: {}\n", failures.len());
        for failure in &failures {
            let _ = writeln!(md, "- {failure}");
        }
        md
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yi(kind: Kind, article: Option<&str>, text: &str) -> Text {
        Text { lang: Lang::Ii, kind, place: "t".into(), article: article.map(str::to_owned), text: text.into() }
    }

    const TERMS: &str = "[[term]]\nid = \"legal-aid\"\nzh = \"法律援助\"\nbo = \"ཁྲིམས་ལུགས་རོགས་རམ\"\nii = \"ꏦꃤꇇꀤ\"\n\
                         avoid_ii = [\"ꏦꃤꄉꀧ\"]\nstatus = \"machine-drafted\"\n";

    #[test]
    fn chinese_is_a_gloss_only_in_brackets_on_first_use() {
        let termbase = Termbase::parse(TERMS).unwrap();
        let official = BTreeSet::from(["草原村第1网格".to_owned()]);
        let texts = [
            yi(Kind::Articles, Some("a"), "ꏦꃤꇇꀤ（法律援助）ꌋ。"),
            yi(Kind::Articles, Some("a"), "ꏦꃤꇇꀤ（法律援助）ꈨꌋ。"),
            yi(Kind::Articles, Some("b"), "ꀉꀋ 法律援助 ꀊꀋ。"),
            yi(Kind::Articles, Some("b"), "ꏦꃤꇇꀤ(法律援助)ꌋ。"),
            yi(Kind::Articles, Some("c"), "草原村第1网格 ꇬ ꏦꃤꄉꀧ。"),
            yi(Kind::Ui, None, "（照片）"),
        ];
        let report = measure(&texts, &termbase, &official);
        let articles = &report.figures[&(Lang::Ii, Kind::Articles)];
        // The second gloss in "a", the bare word and the ASCII-bracketed one in "b".
        assert_eq!(articles.loose_chinese.len(), 3, "{:?}", articles.loose_chinese);
        assert_eq!(articles.ascii_punctuation.len(), 2, "( and ) around the gloss");
        assert_eq!(articles.variants.len(), 1, "ꏦꃤꄉꀧ");
        assert!(articles.all_chinese.is_empty());
        let ui = &report.figures[&(Lang::Ii, Kind::Ui)];
        assert_eq!(ui.all_chinese.len(), 1);
        assert!(ui.han_share() > MAX_HAN_SHARE);
        assert!(
            report.failures().iter().any(|f| f.contains("ii UI strings: Chinese is 100.0%")),
            "{:?}",
            report.failures()
        );
    }
}
