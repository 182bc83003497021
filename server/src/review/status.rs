//! How much of the Tibetan and Yi a native speaker reviewed, in public:
//! `GET /api/translation-status` and the page `/{lang}/translation`.

use super::{message_edits, messages, revisions};
use crate::AppState;
use axum::{extract::State, Json};
use domain::{
    review::{Coverage, LangCoverage, TranslationCoverage},
    Lang,
};

/// Messages only the staff console shows, in Chinese alone.
pub fn staff_only(id: &str) -> bool {
    id.starts_with("staff-")
}

/// The UI messages of a language as served now: the built-in file with
/// the saved messages in it.
pub fn served_messages(lang: Lang, newest: &[revisions::Revision]) -> Vec<messages::Message> {
    let values = message_edits(newest, lang);
    let ftl = messages::embedded(lang);
    if values.is_empty() {
        messages::read(&ftl)
    } else {
        messages::read(&messages::patch(&ftl, &values))
    }
}

/// Counted when the texts change (`review::publish`), kept by `Guides`.
pub fn coverage(library: &crate::guide::Library, newest: &[revisions::Revision]) -> TranslationCoverage {
    let chinese: Vec<String> =
        messages::read(&messages::embedded(Lang::Zh)).into_iter().map(|m| m.id).filter(|id| !staff_only(id)).collect();
    let of = |lang: Lang| {
        let mut c = LangCoverage::default();
        for article in library.articles() {
            c.articles.total += 1;
            let Some(version) = &article.versions[lang as usize] else { continue };
            let (reviewed, of, done) = version.review_progress();
            c.sections.total += of;
            c.sections.reviewed += reviewed;
            c.articles.reviewed += usize::from(done.is_some());
        }
        let served = served_messages(lang, newest);
        c.messages = Coverage {
            total: chinese.len(),
            reviewed: served.iter().filter(|m| m.reviewed.is_some() && chinese.contains(&m.id)).count(),
        };
        c
    };
    TranslationCoverage { bo: of(Lang::Bo), ii: of(Lang::Ii) }
}

#[utoipa::path(get, path = "/api/translation-status", tag = "guide",
    summary = "How much of the Tibetan and Yi a native speaker reviewed: articles (every section reviewed), sections, and UI messages",
    responses((status = 200, description = "coverage per language", body = TranslationCoverage)))]
pub async fn api(State(state): State<AppState>) -> Json<TranslationCoverage> {
    Json(state.guides.coverage())
}
