//! The guidance library: articles from `content/guide`, checked and rendered
//! once at start-up, searched with tantivy, served to the app's pages (through
//! [`app::guide::GuideStore`]) and as JSON at `/api/guides`.

pub mod content;
pub mod counts;
pub mod markdown;
pub mod search;
pub mod snippet;
pub mod tokenizer;

use crate::{
    edge::{ApiLang, LangQuery},
    error::{ApiError, ErrorBody},
    openapi::errors,
    AppState,
};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use content::{Article, Broken, Content, ContentError};
use counts::WordCounts;
use domain::{
    guide::{
        is_valid_slug, Citation, GuideArticle, GuideCategory, GuideHit, GuideListing, GuideSummary, TranslationStatus,
    },
    paths,
    review::TranslationCoverage,
    Lang,
};
use search::{SearchError, SearchIndex};
use serde::{Deserialize, Serialize};
use std::{
    collections::BTreeMap,
    sync::{Arc, RwLock},
};

/// The library as readers see it now. A reviewer's save builds a new
/// [`Library`] (files plus saved sections) and swaps it in whole; a request
/// keeps the one it started with.
pub struct Guides {
    current: RwLock<(Arc<Library>, TranslationCoverage)>,
    /// Which saved texts the library holds (`review::revisions::fingerprint`),
    /// so the background check builds it again only when they changed.
    served: std::sync::Mutex<(i64, i64)>,
}

impl Guides {
    pub fn new(library: Arc<Library>) -> Guides {
        Guides { current: RwLock::new((library, TranslationCoverage::default())), served: Default::default() }
    }

    pub fn served(&self) -> (i64, i64) {
        *self.served.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_served(&self, fingerprint: (i64, i64)) {
        *self.served.lock().unwrap_or_else(|e| e.into_inner()) = fingerprint;
    }

    pub fn now(&self) -> Arc<Library> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).0.clone()
    }

    /// How much of the Tibetan and Yi is reviewed (`review/status.rs`).
    pub fn coverage(&self) -> TranslationCoverage {
        self.current.read().unwrap_or_else(|e| e.into_inner()).1
    }

    pub fn replace(&self, library: Library, coverage: TranslationCoverage) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = (Arc::new(library), coverage);
    }

    pub fn replace_coverage(&self, coverage: TranslationCoverage) {
        self.current.write().unwrap_or_else(|e| e.into_inner()).1 = coverage;
    }
}

impl app::guide::GuideStore for Guides {
    fn listing(&self, lang: Lang, query: &str) -> GuideListing {
        self.now().listing(lang, query)
    }

    fn article(&self, lang: Lang, slug: &str) -> Option<GuideArticle> {
        self.now().article(lang, slug)
    }

    fn coverage(&self) -> TranslationCoverage {
        Guides::coverage(self)
    }
}

/// Longest search query taken; longer ones are refused by the API and cut
/// short on the page.
pub const MAX_QUERY_CHARS: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Search(#[from] SearchError),
}

pub struct Library {
    content: Content,
    /// The library as the files have it, before the reviewers' edits.
    files: Arc<Content>,
    index: SearchIndex,
    /// The same fields' word counts, for the chat's ranking (see
    /// [`Library::scores`]).
    counts: WordCounts,
    /// `https://host` without a trailing slash, for links that leave the portal.
    public_url: String,
}

/// A section saved at the review desk, laid over the files.
pub struct SectionEdit {
    pub lang: Lang,
    pub slug: String,
    /// 0 is the text before the first heading, N is `sN`.
    pub part: usize,
    pub text: String,
    /// Who reviewed this text and on which day (`YYYY-MM-DD`).
    pub reviewed: Option<(String, String)>,
}

impl Library {
    pub fn load(dir: &std::path::Path, public_url: &str) -> Result<Library, GuideError> {
        let content = content::load(dir)?;
        let index = SearchIndex::build(&content)?;
        Ok(Library {
            files: Arc::new(content.clone()),
            counts: WordCounts::build(&content),
            content,
            index,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// The files with `edits` on top, searched anew. An edit that no longer
    /// fits the files (a release changed the Chinese sections) is left out
    /// and logged: the file's text stands.
    pub fn with_edits(&self, edits: &[SectionEdit]) -> Result<Library, GuideError> {
        let mut content = (*self.files).clone();
        let mut by_version: BTreeMap<(String, Lang), Vec<&SectionEdit>> = BTreeMap::new();
        for edit in edits {
            by_version.entry((edit.slug.clone(), edit.lang)).or_default().push(edit);
        }
        for ((slug, lang), edits) in by_version {
            let Some(i) = content.articles.iter().position(|a| a.slug == slug) else { continue };
            let article = &content.articles[i];
            let Some(version) = article.versions[lang as usize].as_ref() else { continue };
            match content::edited(&content, article, lang, version, &edits) {
                Ok(version) => content.articles[i].versions[lang as usize] = Some(version),
                Err(broken) => tracing::warn!(%slug, %lang, %broken, "a saved edit no longer fits the files; left out"),
            }
        }
        let index = SearchIndex::build(&content)?;
        let counts = WordCounts::build(&content);
        Ok(Library { content, files: self.files.clone(), index, counts, public_url: self.public_url.clone() })
    }

    /// The version of an article as served now, if it exists in `lang`.
    pub fn own_version(&self, lang: Lang, slug: &str) -> Option<&content::Version> {
        self.content.article(slug)?.versions[lang as usize].as_ref()
    }

    /// The version as the files have it, before the reviewers' edits.
    pub fn file_version(&self, lang: Lang, slug: &str) -> Option<&content::Version> {
        self.files.article(slug)?.versions[lang as usize].as_ref()
    }

    /// Checks `text` as section `part` of an article's version, as it would
    /// be served: the version with the section replaced, or what it breaks.
    pub fn try_edit(&self, lang: Lang, slug: &str, part: usize, text: &str) -> Result<content::Version, Broken> {
        let article = self.content.article(slug).ok_or(Broken::EmptySection)?;
        let version = article.versions[lang as usize].as_ref().ok_or(Broken::EmptySection)?;
        let edit = SectionEdit { lang, slug: slug.to_owned(), part, text: text.to_owned(), reviewed: None };
        content::edited(&self.content, article, lang, version, &[&edit])
    }

    pub fn articles(&self) -> &[Article] {
        &self.content.articles
    }

    fn summary(&self, article: &Article, lang: Lang) -> GuideSummary {
        let front = &article.version(lang).front;
        GuideSummary {
            slug: article.slug.clone(),
            title: front.title.clone(),
            summary: front.summary.clone(),
            category: front.category.clone(),
            lang: article.shown_lang(lang),
        }
    }

    /// Each article's search score for `query`, best first, by slug: the
    /// search's ranking, from word counts rather than the index (see
    /// [`counts`]), because the chat asks it for every message.
    pub fn scores(&self, lang: Lang, query: &str) -> Vec<(String, f32)> {
        self.counts.scores(lang, query)
    }

    pub fn search(&self, lang: Lang, query: &str, limit: usize) -> Vec<GuideHit> {
        let hits = self.index.search(lang, query, limit).unwrap_or_else(|e| {
            tracing::error!(error = %e, "search failed");
            Vec::new()
        });
        hits.into_iter()
            .filter_map(|hit| {
                let article = self.content.article(&hit.slug)?;
                let snippet_html = if hit.snippet_html.is_empty() {
                    escape(&article.version(lang).front.summary)
                } else {
                    hit.snippet_html
                };
                Some(GuideHit { guide: self.summary(article, lang), snippet_html, score: hit.score })
            })
            .collect()
    }

    pub fn listing(&self, lang: Lang, query: &str) -> GuideListing {
        let query: String = query.trim().chars().take(MAX_QUERY_CHARS).collect();
        let categories = self
            .content
            .categories
            .iter()
            .map(|c| GuideCategory {
                id: c.id.clone(),
                name: c.get(lang).to_owned(),
                guides: self
                    .content
                    .articles
                    .iter()
                    .filter(|a| a.version(Lang::Zh).front.category == c.id)
                    .map(|a| self.summary(a, lang))
                    .collect(),
            })
            .filter(|c| !c.guides.is_empty())
            .collect();
        let hits = if query.is_empty() { Vec::new() } else { self.search(lang, &query, 20) };
        GuideListing { categories, query, hits }
    }

    pub fn article(&self, lang: Lang, slug: &str) -> Option<GuideArticle> {
        let article = self.content.article(slug)?;
        let version = article.version(lang);
        let front = &version.front;
        let citations = front
            .sources
            .iter()
            .filter_map(|s| {
                let law = self.content.laws.get(&s.law)?;
                Some(Citation { law: law.get(lang).to_owned(), articles: s.articles.clone() })
            })
            .collect();
        // Internal links were written in the article's language; the
        // reader stays in theirs.
        let sections: Vec<String> = match article.shown_lang(lang) {
            Lang::Zh if lang != Lang::Zh => {
                article.version(Lang::Zh).rendered.section_html.iter().map(|s| in_lang(s, lang)).collect()
            }
            Lang::Zh => version.rendered.section_html.clone(),
            _ => with_chinese_beside(article, lang),
        };
        let (reviewed_sections, total_sections, reviewed_on) = version.review_progress();
        // A translation is reviewed when every section is, whatever the file said.
        let status = match (front.translation, &reviewed_on) {
            (TranslationStatus::Source, _) => TranslationStatus::Source,
            (_, Some(_)) => TranslationStatus::Reviewed,
            _ => TranslationStatus::MachineDrafted,
        };
        Some(GuideArticle {
            slug: article.slug.clone(),
            lang: article.shown_lang(lang),
            status,
            reviewed_sections,
            total_sections,
            reviewed_on,
            title: front.title.clone(),
            summary: front.summary.clone(),
            category: front.category.clone(),
            category_name: self.content.category(&front.category).map(|c| c.get(lang).to_owned()).unwrap_or_default(),
            tags: front.tags.clone(),
            updated: front.updated.clone(),
            body_html: sections.concat(),
            sections,
            citations,
            languages: article.languages(),
            share_url: self.article_url(lang, slug),
        })
    }

    pub fn article_url(&self, lang: Lang, slug: &str) -> String {
        format!("{}{}", self.public_url, paths::guide_article(lang, slug))
    }
}

fn in_lang(zh_html: &str, lang: Lang) -> String {
    zh_html.replace("href=\"/zh/", &format!("href=\"/{}/", lang.slug()))
}

/// A translation with each section's Chinese original after it, folded in a
/// `<details>` so it works without JavaScript: a reader unsure of a machine-
/// drafted sentence opens the Chinese in place. The poster hides them (CSS).
fn with_chinese_beside(article: &Article, lang: Lang) -> Vec<String> {
    let own = &article.version(lang).rendered.section_html;
    let zh = &article.version(Lang::Zh).rendered.section_html;
    let label = app::i18n::loader(lang).get("guide-section-chinese");
    let mut sections = Vec::with_capacity(own.len());
    for (i, section) in own.iter().enumerate() {
        let mut html = section.clone();
        // The loader checked that both have the same sections; the opening
        // text before the first heading may be empty in either.
        if let Some(original) = zh.get(i).filter(|h| !h.trim().is_empty()) {
            html.push_str("<details class=\"zh-original\" lang=\"zh-CN\"><summary lang=\"");
            html.push_str(lang.tag());
            html.push_str("\">");
            snippet::escape_into(&mut html, &label);
            html.push_str("</summary>\n");
            // The heading becomes an h3 with its own id: one outline, unique anchors.
            html.push_str(&in_lang(original, lang).replace("<h2 id=\"s", "<h3 id=\"zh-s").replace("</h2>", "</h3>"));
            html.push_str("</details>\n");
        }
        sections.push(html);
    }
    sections
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    snippet::escape_into(&mut out, text);
    out
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What to look for, at most 100 characters.
    q: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SearchAnswer {
    lang: Lang,
    query: String,
    hits: Vec<ApiHit>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct ApiHit {
    slug: String,
    title: String,
    summary: String,
    url: String,
    snippet_html: String,
    score: f32,
}

#[utoipa::path(get, path = "/api/guides", tag = "guide",
    summary = "Search the guidance library",
    params(LangQuery, SearchParams),
    responses((status = 200, description = "ranked hits", body = SearchAnswer), (status = 400, description = "the query is longer than 100 characters", body = ErrorBody),
        (status = 422, description = "an unknown language", body = ErrorBody)))]
/// `GET /api/guides?lang=bo&q=...`: ranked hits with highlighted snippets.
pub async fn api_search(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchAnswer>, ApiError> {
    let query = params.q.unwrap_or_default();
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::QueryTooLong);
    }
    let hits = state
        .guides
        .now()
        .search(lang, &query, 20)
        .into_iter()
        .map(|h| ApiHit {
            url: paths::guide_article(lang, &h.guide.slug),
            slug: h.guide.slug,
            title: h.guide.title,
            summary: h.guide.summary,
            snippet_html: h.snippet_html,
            score: h.score,
        })
        .collect();
    Ok(Json(SearchAnswer { lang, query, hits }))
}

#[utoipa::path(get, path = "/api/guides/{slug}/qr.svg", tag = "guide",
    summary = "QR code of an article's address",
    params(("slug" = String, Path, description = "the article", example = "unpaid-wages"), LangQuery),
    responses((status = 200, description = "SVG", content_type = "image/svg+xml", body = String), errors::Finding))]
/// `GET /api/guides/{slug}/qr.svg?lang=bo`: a QR code of the article's
/// address, for posters; made here so the browser needs no QR code library.
pub async fn qr_svg(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let library = state.guides.now();
    if !is_valid_slug(&slug) || library.content.article(&slug).is_none() {
        return Err(ApiError::NotFound);
    }
    let svg = crate::qr::svg(&library.article_url(lang, &slug));
    let mut response = svg.into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn a_missing_translation_shows_chinese_with_links_in_the_readers_language() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("categories.toml"),
            "[[category]]\nid = \"land\"\nzh = \"土地\"\nbo = \"ས་ཞིང་\"\nii = \"\"\n",
        )
        .unwrap();
        fs::write(
            dir.path().join("laws.toml"),
            "[[law]]\nid = \"civil-code\"\nzh = \"民法典\"\nbo = \"\"\nii = \"\"\n",
        )
        .unwrap();
        fs::create_dir(dir.path().join("a")).unwrap();
        fs::write(
            dir.path().join("a/zh-CN.md"),
            "+++\ntitle = \"土地承包\"\nsummary = \"承包地\"\ncategory = \"land\"\nupdated = \"2026-11-23\"\n\
             translation = \"source\"\n[[sources]]\nlaw = \"civil-code\"\narticles = [330]\n+++\n\
             ## 一\n\n承包地[举报](/appeal)\n",
        )
        .unwrap();
        let library = Library::load(dir.path(), "https://x.test/").unwrap();
        let article = library.article(Lang::Ii, "a").unwrap();
        assert_eq!(article.lang, Lang::Zh);
        assert_eq!(article.title, "土地承包");
        assert!(article.body_html.contains("href=\"/ii/appeal\""), "{}", article.body_html);
        assert_eq!(article.share_url, "https://x.test/ii/guide/a");
        assert_eq!(article.category_name, "土地", "a blank Yi name falls back to Chinese");
        assert_eq!(library.article(Lang::Bo, "a").unwrap().category_name, "ས་ཞིང་");
        assert_eq!(article.citations[0].articles, [330]);
        // Search in Yi finds the Chinese text standing in.
        assert_eq!(library.search(Lang::Ii, "承包", 5)[0].guide.slug, "a");
    }

    #[test]
    fn the_chats_scores_rank_as_the_search_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/guide");
        let library = Library::load(&dir, "https://x.test/").unwrap();
        let asked = [
            (Lang::Zh, "老板拖欠工资不给怎么办"),
            (Lang::Zh, "离婚冷静期多少天"),
            (Lang::Zh, "邻居盖房子占了我家的路"),
            (Lang::Bo, "ཚོང་དཔོན་གྱིས་གླ་ཕོགས་མ་སྤྲད"),
            (Lang::Bo, "གཉེན་དབྱེ་བྱེད་འདོད"),
            (Lang::Ii, "ꃝꇽꉪ"),
            (Lang::Ii, "保护令 ꇖꀐ"),
        ];
        for (lang, query) in asked {
            let ranked: Vec<String> = library.scores(lang, query).into_iter().map(|(slug, _)| slug).collect();
            let searched: Vec<String> = library.search(lang, query, 3).into_iter().map(|h| h.guide.slug).collect();
            assert_eq!(ranked[..3], searched[..], "{lang} {query}");
        }
    }
}
