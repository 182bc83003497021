//! The guidance library as the browser sees it: lists, search hits and one
//! article with its HTML already rendered on the server.

use crate::Lang;
use serde::{Deserialize, Serialize};

/// Whether a native speaker has checked a text. The Chinese originals are
/// `Source`; Tibetan and Yi drafts stay `MachineDrafted` until reviewed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    Source,
    Reviewed,
    MachineDrafted,
}

/// One article in a list or a search result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub category: String,
    /// The language of `title` and `summary`: Chinese when the reader's
    /// language has no version of this article.
    pub lang: Lang,
}

/// A category with its articles, in the order editors chose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideCategory {
    pub id: String,
    pub name: String,
    pub guides: Vec<GuideSummary>,
}

/// A search hit: the article and a passage with the matching words in
/// `<b>`; everything else in the snippet is escaped text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideHit {
    pub guide: GuideSummary,
    pub snippet_html: String,
    pub score: f32,
}

/// What `/{lang}/guide` shows: all categories, or the hits of a search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideListing {
    pub categories: Vec<GuideCategory>,
    pub query: String,
    pub hits: Vec<GuideHit>,
}

/// A law an article relies on, named in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Citation {
    pub law: String,
    /// Article numbers; empty when the article cites the law as a whole.
    pub articles: Vec<u32>,
}

/// One article, ready to show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideArticle {
    pub slug: String,
    /// The language of the text below; differs from the page's language
    /// when that version is missing and Chinese stands in.
    pub lang: Lang,
    pub status: TranslationStatus,
    pub title: String,
    pub summary: String,
    pub category: String,
    pub category_name: String,
    pub tags: Vec<String>,
    /// `YYYY-MM-DD`.
    pub updated: String,
    /// Rendered by the server from Markdown the editors wrote.
    pub body_html: String,
    /// The same, cut before each `## ` heading (`s1`, `s2`, ...), so that
    /// each section can carry its own feedback control; the first is the
    /// text before the first heading. For drawing on the server only.
    #[serde(skip)]
    pub sections: Vec<String>,
    pub citations: Vec<Citation>,
    /// Languages this article exists in.
    pub languages: Vec<Lang>,
    /// Absolute URL of the article in the page's language, for sharing.
    pub share_url: String,
    /// Sections a native speaker reviewed, of all (translations only).
    #[serde(default)]
    pub reviewed_sections: usize,
    #[serde(default)]
    pub total_sections: usize,
    /// The day of the last review, when every section is reviewed.
    #[serde(default)]
    pub reviewed_on: Option<String>,
}

/// A slug is lowercase ASCII words joined by hyphens: safe in a path and a
/// file name, and never `..`.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 64
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::is_valid_slug;

    #[test]
    fn slugs_cannot_escape_a_folder() {
        assert!(is_valid_slug("unpaid-wages"));
        assert!(!is_valid_slug(".."));
        assert!(!is_valid_slug("a/b"));
        assert!(!is_valid_slug("Upper"));
        assert!(!is_valid_slug(""));
        assert!(!is_valid_slug("-x"));
    }
}
