//! Reads `content/guide/`: one folder per article, one Markdown file per
//! language with TOML front matter, plus `categories.toml` and `laws.toml`.
//! Everything is checked at start-up; a malformed file stops the server with
//! a message naming the file, so a bad edit never reaches a resident.

use super::markdown::{self, Rendered};
use domain::{guide::is_valid_slug, guide::TranslationStatus, Lang};
use serde::Deserialize;
use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
};

/// The longest summary (the link preview and the list line), counted in
/// syllables: a Chinese or Yi character is one, a Tibetan syllable is about
/// three characters. Saying the same takes more syllables in Tibetan and Yi
/// than in Chinese, so their limit is higher; counting characters cut the
/// Tibetan summaries to half of what the Chinese ones say.
pub fn summary_max_syllables(lang: Lang) -> usize {
    match lang {
        Lang::Zh => 80,
        Lang::Bo | Lang::Ii => 120,
    }
}

/// Syllables as a reader hears them: a run of Tibetan letters between tshegs,
/// a run of digits or Latin letters, or any other letter (Chinese, Yi).
pub fn syllables(text: &str) -> usize {
    #[derive(PartialEq)]
    enum Run {
        None,
        Tibetan,
        Alnum,
    }
    let mut count = 0;
    let mut run = Run::None;
    for c in text.chars() {
        let this = if ('\u{0F40}'..='\u{0FBC}').contains(&c) {
            Run::Tibetan
        } else if c.is_ascii_alphanumeric() || ('\u{0F20}'..='\u{0F29}').contains(&c) {
            Run::Alnum
        } else {
            if c.is_alphabetic() {
                count += 1;
            }
            Run::None
        };
        if this != Run::None && this != run {
            count += 1;
        }
        run = this;
    }
    count
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("{path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

fn invalid(path: &Path, message: impl Into<String>) -> ContentError {
    ContentError::Invalid { path: path.to_owned(), message: message.into() }
}

/// A name in each of the portal's languages.
#[derive(Clone, Debug, Deserialize)]
pub struct Names {
    pub id: String,
    pub zh: String,
    pub bo: String,
    pub ii: String,
}

impl Names {
    /// The name in `lang`, Chinese where that one is still blank.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.bo, &self.ii)
    }
}

#[derive(Debug, Deserialize)]
struct CategoriesFile {
    category: Vec<Names>,
}

#[derive(Debug, Deserialize)]
struct LawsFile {
    law: Vec<Names>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub law: String,
    #[serde(default)]
    pub articles: Vec<u32>,
}

#[derive(Clone, Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub category: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub updated: String,
    pub translation: TranslationStatus,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// Sections a native speaker reviewed (written by `export-translations`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviewed: Vec<ReviewedSection>,
}

/// `[[reviewed]] section = "s2", by = "…", on = "2026-12-04"` in a
/// translation's front matter.
#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewedSection {
    pub section: String,
    pub by: String,
    pub on: String,
}

/// One language version of an article.
#[derive(Clone, Debug)]
pub struct Version {
    pub front: FrontMatter,
    pub rendered: Rendered,
    /// The Markdown cut before each `## ` heading, as `rendered.section_html`:
    /// entry 0 is the text before the first heading. Joined, the body.
    pub parts: Vec<String>,
    /// Who reviewed each part and when (`YYYY-MM-DD`), aligned with `parts`.
    pub review: Vec<Option<(String, String)>>,
}

impl Version {
    pub fn new(front: FrontMatter, parts: Vec<String>, lang: Lang) -> Version {
        let rendered = markdown::render(&parts.concat(), lang);
        let review = (0..parts.len())
            .map(|i| {
                let id = format!("s{i}");
                front.reviewed.iter().find(|r| r.section == id).map(|r| (r.by.clone(), r.on.clone())).or_else(|| {
                    // A file marked reviewed as a whole (by a translation
                    // platform's sync) counts every section reviewed.
                    (front.translation == TranslationStatus::Reviewed).then(|| (String::new(), front.updated.clone()))
                })
            })
            .collect();
        Version { front, rendered, parts, review }
    }

    /// Sections a reader sees: the opening text only when there is one.
    pub fn counted_parts(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.parts.len()).filter(|&i| i > 0 || !self.parts[i].trim().is_empty())
    }

    /// (reviewed, of) sections, and the day of the last review when every
    /// one is reviewed.
    pub fn review_progress(&self) -> (usize, usize, Option<String>) {
        let counted: Vec<usize> = self.counted_parts().collect();
        let done: Vec<&(String, String)> = counted.iter().filter_map(|&i| self.review[i].as_ref()).collect();
        let last = (done.len() == counted.len() && !counted.is_empty())
            .then(|| done.iter().map(|r| r.1.clone()).max().unwrap_or_default());
        (done.len(), counted.len(), last)
    }
}

/// Cuts Markdown before each `## ` heading, where the renderer starts a
/// section: `parts.concat()` is the text again.
pub fn split_sections(body: &str) -> Vec<String> {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};
    let mut starts = vec![0];
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        if let Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }) = event {
            starts.push(range.start);
        }
    }
    starts.push(body.len());
    starts.windows(2).map(|w| body[w[0]..w[1]].to_owned()).collect()
}

#[derive(Clone, Debug)]
pub struct Article {
    pub slug: String,
    /// Indexed by `Lang as usize`; Chinese is always present.
    pub versions: [Option<Version>; 3],
    /// Questions residents ask that this article answers, per language
    /// (`questions.{lang}.toml`): the chat finds the article by them too.
    pub questions: [Vec<ResidentQuestion>; 3],
}

/// A question as a resident would type it, and the section that answers it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidentQuestion {
    /// `s3`: the section's anchor.
    pub section: String,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    #[serde(default)]
    #[allow(dead_code)] // a note for readers ("machine-drafted"), not used
    translation: Option<TranslationStatus>,
    question: Vec<ResidentQuestion>,
}

/// The longest question kept: residents type short messages, and the chat
/// takes at most this much of one too.
const QUESTION_MAX_CHARS: usize = 200;

impl Article {
    /// The version for `lang`, or the Chinese one standing in.
    pub fn version(&self, lang: Lang) -> &Version {
        self.versions[lang as usize]
            .as_ref()
            .or(self.versions[Lang::Zh as usize].as_ref())
            .expect("every article has a Chinese version")
    }

    pub fn shown_lang(&self, lang: Lang) -> Lang {
        if self.versions[lang as usize].is_some() {
            lang
        } else {
            Lang::Zh
        }
    }

    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| self.versions[*l as usize].is_some()).collect()
    }
}

#[derive(Clone, Debug)]
pub struct Content {
    pub categories: Vec<Names>,
    pub laws: BTreeMap<String, Names>,
    /// In category order, then by slug.
    pub articles: Vec<Article>,
}

impl Content {
    pub fn category(&self, id: &str) -> Option<&Names> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn article(&self, slug: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.slug == slug)
    }
}

fn read(path: &Path) -> Result<String, ContentError> {
    fs::read_to_string(path).map_err(|source| ContentError::Read { path: path.to_owned(), source })
}

fn parse_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, ContentError> {
    toml::from_str(&read(path)?).map_err(|e| invalid(path, e.to_string()))
}

/// Loads and checks the whole library under `dir` (`content/guide`).
pub fn load(dir: &Path) -> Result<Content, ContentError> {
    let categories = parse_toml::<CategoriesFile>(&dir.join("categories.toml"))?.category;
    let laws: BTreeMap<String, Names> =
        parse_toml::<LawsFile>(&dir.join("laws.toml"))?.law.into_iter().map(|l| (l.id.clone(), l)).collect();

    let mut articles = Vec::new();
    let entries = fs::read_dir(dir).map_err(|source| ContentError::Read { path: dir.to_owned(), source })?;
    for entry in entries {
        let entry = entry.map_err(|source| ContentError::Read { path: dir.to_owned(), source })?;
        if !entry.path().is_dir() {
            continue;
        }
        let slug = entry.file_name().to_string_lossy().into_owned();
        if !is_valid_slug(&slug) {
            return Err(invalid(&entry.path(), "folder names are lowercase words joined by hyphens"));
        }
        articles.push(load_article(&entry.path(), slug)?);
    }

    let content = Content { categories, laws, articles };
    check(&content, dir)?;
    let mut content = content;
    let order = |a: &Article| {
        let category = &a.version(Lang::Zh).front.category;
        content_position(&content.categories, category)
    };
    let mut keyed: Vec<(usize, Article)> = content.articles.drain(..).map(|a| (order(&a), a)).collect();
    keyed.sort_by(|(ca, a), (cb, b)| ca.cmp(cb).then_with(|| a.slug.cmp(&b.slug)));
    content.articles = keyed.into_iter().map(|(_, a)| a).collect();
    Ok(content)
}

fn content_position(categories: &[Names], id: &str) -> usize {
    categories.iter().position(|c| c.id == id).unwrap_or(usize::MAX)
}

fn load_article(folder: &Path, slug: String) -> Result<Article, ContentError> {
    let mut versions: [Option<Version>; 3] = [None, None, None];
    let mut questions: [Vec<ResidentQuestion>; 3] = Default::default();
    let mut question_files = Vec::new();
    let entries = fs::read_dir(folder).map_err(|source| ContentError::Read { path: folder.to_owned(), source })?;
    for entry in entries {
        let path = entry.map_err(|source| ContentError::Read { path: folder.to_owned(), source })?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let lang = |tag: &str| Lang::ALL.into_iter().find(|l| l.tag() == tag);
        if let Some(lang) = name.strip_suffix(".md").and_then(lang) {
            versions[lang as usize] = Some(load_version(&path, lang)?);
        } else if let Some(lang) = name.strip_prefix("questions.").and_then(|n| n.strip_suffix(".toml")).and_then(lang)
        {
            questions[lang as usize] = parse_toml::<QuestionsFile>(&path)?.question;
            question_files.push((lang, path));
        } else {
            return Err(invalid(
                &path,
                "unknown file: an article is zh-CN.md, bo.md, ii.md and questions.{zh-CN,bo,ii}.toml",
            ));
        }
    }
    let Some(source) = &versions[Lang::Zh as usize] else {
        return Err(invalid(folder, "every article needs zh-CN.md, the source text"));
    };
    for (lang, path) in question_files {
        let sections = source.rendered.sections.iter().map(|s| s.id.as_str()).collect::<Vec<_>>();
        for q in &questions[lang as usize] {
            let length = q.text.trim().chars().count();
            if length == 0 || length > QUESTION_MAX_CHARS {
                return Err(invalid(&path, format!("a question has {length} letters; 1 to {QUESTION_MAX_CHARS}")));
            }
            if !sections.contains(&q.section.as_str()) {
                return Err(invalid(
                    &path,
                    format!("{}: no section {} (it has {})", q.text, q.section, sections.join(", ")),
                ));
            }
        }
    }
    Ok(Article { slug, versions, questions })
}

fn load_version(path: &Path, lang: Lang) -> Result<Version, ContentError> {
    let text = read(path)?;
    let rest = text
        .strip_prefix("+++\n")
        .ok_or_else(|| invalid(path, "the file must start with a +++ line (TOML front matter)"))?;
    let (front, body) =
        rest.split_once("\n+++\n").ok_or_else(|| invalid(path, "the front matter must end with a +++ line"))?;
    let front: FrontMatter = toml::from_str(front).map_err(|e| invalid(path, e.to_string()))?;
    Ok(Version::new(front, split_sections(body), lang))
}

/// A rule of the library that a text breaks; `Display` is the message for
/// editors of the files, [`Broken::key`] the console's message.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Broken {
    #[error("title is empty")]
    EmptyTitle,
    #[error("summary has {0} syllables; 1 to {1} allowed")]
    Summary(usize, usize),
    #[error("{0} ## sections, zh-CN.md has {1}: sections are matched by position")]
    Sections(usize, usize),
    #[error("category {0:?} is not in categories.toml")]
    Category(String),
    #[error("category differs from zh-CN.md")]
    CategoryDiffers,
    #[error("updated must be a date, YYYY-MM-DD")]
    Updated,
    #[error("law {0:?} is not in laws.toml")]
    Law(String),
    #[error("sources differ from zh-CN.md; they must be the same in every language")]
    SourcesDiffer,
    #[error("the Chinese text is the source: translation = \"source\"")]
    NotSource,
    #[error("a translation is \"reviewed\" or \"machine-drafted\"")]
    TranslationStatus,
    #[error("link {0:?} goes nowhere; use https://... or /guide/slug")]
    BadLink(String),
    #[error("link to /guide/{0}, which does not exist")]
    MissingGuide(String),
    #[error("a section is empty")]
    EmptySection,
}

impl Broken {
    /// The console's message (`staff-review-error-*`) and its detail, if any.
    pub fn key(&self) -> (&'static str, String) {
        match self {
            Broken::Sections(..) => ("staff-review-error-sections", String::new()),
            Broken::BadLink(link) => ("staff-review-error-link", link.clone()),
            Broken::MissingGuide(slug) => ("staff-review-error-guide", slug.clone()),
            Broken::EmptySection => ("staff-review-error-empty", String::new()),
            other => ("staff-review-error-other", other.to_string()),
        }
    }
}

/// `version` with some of its sections replaced (and their review marks
/// with them), checked as a file would be.
pub fn edited(
    content: &Content,
    article: &Article,
    lang: Lang,
    version: &Version,
    edits: &[&crate::guide::SectionEdit],
) -> Result<Version, Broken> {
    let mut parts = version.parts.clone();
    let mut review = version.review.clone();
    let last = parts.len().saturating_sub(1);
    for edit in edits {
        let Some(part) = parts.get_mut(edit.part) else { return Err(Broken::Sections(0, 0)) };
        // A section ends with a blank line, so the next heading starts a line.
        let text = edit.text.replace("\r\n", "\n");
        let text = text.trim();
        let source_blank = article.version(Lang::Zh).parts.get(edit.part).is_none_or(|p| p.trim().is_empty());
        if text.is_empty() && !source_blank {
            return Err(Broken::EmptySection);
        }
        *part = if edit.part == last { format!("{text}\n") } else { format!("{text}\n\n") };
        review[edit.part] = edit.reviewed.clone();
    }
    // Cut again: an edit that moved or dropped its heading would shift
    // the sections after it.
    let joined = parts.concat();
    let again = split_sections(&joined);
    if again.len() != parts.len() || edits.iter().any(|e| again[e.part].trim() != parts[e.part].trim()) {
        let source = article.version(Lang::Zh).parts.len();
        return Err(Broken::Sections(again.len().max(1) - 1, source - 1));
    }
    let mut edited = Version::new(version.front.clone(), again, lang);
    edited.review = review;
    check_version(content, article, lang, &edited)?;
    Ok(edited)
}

/// Checks one language version of an article against the library.
pub fn check_version(content: &Content, article: &Article, lang: Lang, version: &Version) -> Result<(), Broken> {
    let source = &article.version(Lang::Zh).front;
    let front = &version.front;
    if front.title.trim().is_empty() {
        return Err(Broken::EmptyTitle);
    }
    let (summary_len, max) = (syllables(&front.summary), summary_max_syllables(lang));
    if summary_len == 0 || summary_len > max {
        return Err(Broken::Summary(summary_len, max));
    }
    let (sections, source_sections) =
        (version.rendered.section_html.len(), article.version(Lang::Zh).rendered.section_html.len());
    if sections != source_sections {
        return Err(Broken::Sections(sections - 1, source_sections - 1));
    }
    if content.category(&front.category).is_none() {
        return Err(Broken::Category(front.category.clone()));
    }
    if front.category != source.category {
        return Err(Broken::CategoryDiffers);
    }
    if !is_date(&front.updated) {
        return Err(Broken::Updated);
    }
    if let Some(s) = front.sources.iter().find(|s| !content.laws.contains_key(&s.law)) {
        return Err(Broken::Law(s.law.clone()));
    }
    if front.sources != source.sources {
        return Err(Broken::SourcesDiffer);
    }
    if lang == Lang::Zh && front.translation != TranslationStatus::Source {
        return Err(Broken::NotSource);
    }
    if lang != Lang::Zh && front.translation == TranslationStatus::Source {
        return Err(Broken::TranslationStatus);
    }
    if let Some(bad) = version.rendered.bad_links.first() {
        return Err(Broken::BadLink(bad.clone()));
    }
    if let Some(missing) = version.rendered.guide_links.iter().find(|s| content.article(s).is_none()) {
        return Err(Broken::MissingGuide(missing.clone()));
    }
    Ok(())
}

/// Rules an editor can break; each message says which file and what to fix.
fn check(content: &Content, dir: &Path) -> Result<(), ContentError> {
    for article in &content.articles {
        for lang in article.languages() {
            let version = article.versions[lang as usize].as_ref().expect("listed");
            check_version(content, article, lang, version).map_err(|broken| {
                invalid(&dir.join(&article.slug).join(format!("{}.md", lang.tag())), broken.to_string())
            })?;
        }
    }
    Ok(())
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(s[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(s[8..10].parse::<u8>(), Ok(1..=31))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library(files: &[(&str, &str)]) -> Result<Content, ContentError> {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("categories.toml"),
            "[[category]]\nid = \"land\"\nzh = \"土地\"\nbo = \"\"\nii = \"\"\n",
        )
        .unwrap();
        fs::write(
            dir.path().join("laws.toml"),
            "[[law]]\nid = \"civil-code\"\nzh = \"民法典\"\nbo = \"\"\nii = \"\"\n",
        )
        .unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        load(dir.path())
    }

    const ZH: &str = "+++\ntitle = \"土地\"\nsummary = \"短\"\ncategory = \"land\"\nupdated = \"2026-11-23\"\ntranslation = \"source\"\n[[sources]]\nlaw = \"civil-code\"\narticles = [288]\n+++\n## 一\n\n正文 [见](/guide/b)\n";

    #[test]
    fn a_good_library_loads() {
        let content = library(&[("a/zh-CN.md", ZH), ("b/zh-CN.md", &ZH.replace("/guide/b", "/guide/a"))]).unwrap();
        assert_eq!(content.articles.len(), 2);
        let a = content.article("a").unwrap();
        assert_eq!(a.shown_lang(Lang::Bo), Lang::Zh);
        assert!(a.version(Lang::Ii).rendered.html.contains("/zh/guide/b"), "the Chinese text stands in");
    }

    #[test]
    fn mistakes_name_the_file() {
        let cases = [
            (ZH.replace("land", "sky"), "category"),
            (ZH.replace("civil-code", "made-up-law"), "laws.toml"),
            (ZH.replace("短", &"长".repeat(81)), "summary"),
            (ZH.replace("2026-11-23", "yesterday"), "updated"),
            (ZH.replace("/guide/b", "/guide/nowhere"), "does not exist"),
            (ZH.replace("+++\ntitle", "title"), "+++"),
            (ZH.replace("translation = \"source\"", "translation = \"machine-drafted\""), "source"),
        ];
        for (text, expected) in cases {
            let err = library(&[("a/zh-CN.md", &text), ("b/zh-CN.md", ZH)]).unwrap_err().to_string();
            assert!(err.contains("zh-CN.md") && err.contains(expected), "{expected}: {err}");
        }
    }

    #[test]
    fn summaries_are_counted_in_syllables() {
        assert_eq!(syllables("打12348问一问"), 5);
        assert_eq!(syllables("ཁྲིམས་ལུགས་རོགས་རམ། 12348 ལ་"), 6);
        assert_eq!(syllables("ꏦꃤꄉꀧ，12348"), 5);
        // 120 Tibetan syllables (about 400 characters) fit; 121 do not.
        let bo = ZH.replace("\"source\"", "\"machine-drafted\"");
        let fits = bo.replace("短", &"ཁྲིམས་".repeat(120));
        assert!(library(&[("a/zh-CN.md", ZH), ("a/bo.md", &fits), ("b/zh-CN.md", ZH)]).is_ok());
        let long = bo.replace("短", &"ཁྲིམས་".repeat(121));
        let err = library(&[("a/zh-CN.md", ZH), ("a/bo.md", &long), ("b/zh-CN.md", ZH)]).unwrap_err().to_string();
        assert!(err.contains("bo.md") && err.contains("121 syllables"), "{err}");
    }

    #[test]
    fn translations_keep_the_sections_of_the_source() {
        let bo = ZH.replace("\"source\"", "\"machine-drafted\"").replace("## 一\n", "## 一\n\n## 二\n");
        let err = library(&[("a/zh-CN.md", ZH), ("a/bo.md", &bo), ("b/zh-CN.md", ZH)]).unwrap_err().to_string();
        assert!(err.contains("bo.md") && err.contains("2 ## sections, zh-CN.md has 1"), "{err}");
    }

    #[test]
    fn unknown_languages_and_bad_folders_are_refused() {
        let err = library(&[("a/zh-CN.md", ZH), ("a/en.md", ZH)]).unwrap_err().to_string();
        assert!(err.contains("unknown file"), "{err}");
        let err = library(&[("Bad_Name/zh-CN.md", ZH)]).unwrap_err().to_string();
        assert!(err.contains("folder names"), "{err}");
    }

    #[test]
    fn residents_questions_point_at_a_section() {
        let good = "[[question]]\nsection = \"s1\"\ntext = \"邻居占路 咋办\"\n";
        let content = library(&[("a/zh-CN.md", ZH), ("a/questions.zh-CN.toml", good), ("b/zh-CN.md", ZH)]).unwrap();
        assert_eq!(content.article("a").unwrap().questions[Lang::Zh as usize].len(), 1);
        let nowhere = good.replace("s1", "s9");
        let err = library(&[("a/zh-CN.md", ZH), ("a/questions.bo.toml", &nowhere), ("b/zh-CN.md", ZH)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("questions.bo.toml") && err.contains("no section s9"), "{err}");
        let empty = good.replace("邻居占路 咋办", " ");
        let err = library(&[("a/zh-CN.md", ZH), ("a/questions.ii.toml", &empty), ("b/zh-CN.md", ZH)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("0 letters"), "{err}");
    }

    #[test]
    fn translations_must_cite_the_same_sources() {
        let bo = ZH.replace("\"source\"", "\"machine-drafted\"").replace("[288]", "[289]");
        let err = library(&[("a/zh-CN.md", ZH), ("a/bo.md", &bo), ("b/zh-CN.md", ZH)]).unwrap_err().to_string();
        assert!(err.contains("bo.md") && err.contains("sources differ"), "{err}");
    }
}
