//! Readers' feedback on a passage: `POST /api/feedback` and the form under
//! each section of an article. Nothing about the reader is kept; it has its
//! own rate limit (`limits.rs`).

use crate::db::ExecuteInTurn;
use crate::{
    case::{codes::new_secret, now},
    edge::PageLang,
    error::ApiError,
    guide::Library,
    json::JsonBody,
    openapi::errors,
    AppState,
};
use axum::{extract::State, http::StatusCode, response::Redirect, Form, Json};
use domain::{
    form::{problem, Field},
    paths,
    review::{FeedbackReceipt, NewFeedback, CHAT_SECTION},
};
use serde::Deserialize;

/// Checks the feedback against the library and stores it.
pub async fn store(state: &AppState, new: &NewFeedback) -> Result<String, ApiError> {
    let mut problems = new.problems();
    if !section_exists(&state.guides.now(), new) {
        problems.push(problem(Field::Section, "feedback-error-section"));
    }
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    let id = new_secret()[..16].to_owned();
    let text = new.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
    sqlx::query(
        "INSERT INTO feedback (id, at, lang, slug, section, kind, text, status) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'open')",
    )
    .bind(&id)
    .bind(now())
    .bind(new.lang.slug())
    .bind(&new.slug)
    .bind(&new.section)
    .bind(&new.kind)
    .bind(text)
    .execute_in_turn(&state.db)
    .await?;
    Ok(id)
}

/// The article exists and, in the reader's language, has the section
/// (any article for a chat answer, which quotes one).
fn section_exists(library: &Library, new: &NewFeedback) -> bool {
    let Some(article) = library.article(new.lang, &new.slug) else {
        return new.section == CHAT_SECTION && new.slug == CHAT_SECTION;
    };
    match new.section_no() {
        Some(0) => true,
        Some(n) => n < article.sections.len(),
        None => false,
    }
}

#[utoipa::path(post, path = "/api/feedback", tag = "guide",
    summary = "A reader flags a passage as hard to understand, wrong, or other: one section (s1…sN) of an article in a language, or a chat answer (section `chat`). Nothing about the reader is stored.",
    request_body = NewFeedback,
    responses((status = 201, description = "stored", body = FeedbackReceipt), errors::Sending))]
pub async fn api(
    State(state): State<AppState>,
    JsonBody(new): JsonBody<NewFeedback>,
) -> Result<(StatusCode, Json<FeedbackReceipt>), ApiError> {
    match store(&state, &new).await {
        Ok(id) => Ok((StatusCode::CREATED, Json(FeedbackReceipt { id }))),
        Err(e) => Err(e.in_lang(new.lang)),
    }
}

#[derive(Deserialize)]
pub struct FeedbackForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    section: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
}

/// `POST /{lang}/feedback`: the form under a section; back to the section
/// with thanks, or with what was wrong.
pub async fn form(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Form(form): Form<FeedbackForm>,
) -> Result<Redirect, ApiError> {
    let new = NewFeedback { lang, slug: form.slug, section: form.section, kind: form.kind, text: Some(form.text) };
    if !domain::guide::is_valid_slug(&new.slug) {
        return Err(ApiError::NotFound);
    }
    let note = match store(&state, &new).await {
        Ok(_) => "thanks",
        Err(ApiError::Invalid(_)) => "error",
        Err(e) => return Err(e),
    };
    let page = paths::with_query(paths::guide_article(lang, &new.slug), &[("feedback", note)]);
    Ok(Redirect::to(&format!("{page}#{}", paths::segment(&new.section))))
}

/// The reviewer's first page: every Tibetan and Yi article with its open
/// feedback, most flagged first (chat answers under `chat`).
pub async fn desk(state: &AppState) -> Result<domain::staff::ReviewDesk, sqlx::Error> {
    use domain::{
        guide::TranslationStatus,
        review::FeedbackKind,
        staff::{ReviewArticle, ReviewDesk, ReviewFeedback},
        Lang,
    };
    let rows: Vec<(i64, String, String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT at, lang, slug, section, kind, text FROM feedback WHERE status = 'open' ORDER BY at, id",
    )
    .fetch_all(&state.db)
    .await?;
    let mut articles = Vec::new();
    let library = state.guides.now();
    for lang in [Lang::Bo, Lang::Ii] {
        let slugs = library.articles().iter().map(|a| a.slug.clone()).chain([CHAT_SECTION.to_owned()]);
        for slug in slugs {
            let article = library.article(lang, &slug);
            let feedback: Vec<ReviewFeedback> = rows
                .iter()
                .filter(|r| r.1 == lang.slug() && r.2 == slug)
                .map(|r| ReviewFeedback {
                    at: r.0,
                    section: r.3.clone(),
                    kind: FeedbackKind::parse(&r.4).unwrap_or(FeedbackKind::Other),
                    text: r.5.clone(),
                })
                .collect();
            if article.is_none() && feedback.is_empty() {
                continue;
            }
            let (reviewed, sections, _) =
                library.own_version(lang, &slug).map_or((0, 0, None), |v| v.review_progress());
            articles.push(ReviewArticle {
                reviewed,
                sections,
                lang,
                title: article.as_ref().map_or_else(|| slug.clone(), |a| a.title.clone()),
                machine_drafted: article.as_ref().is_some_and(|a| a.status == TranslationStatus::MachineDrafted),
                slug,
                feedback,
            });
        }
    }
    // Most flagged first; the rest in library order.
    articles.sort_by_key(|a| std::cmp::Reverse(a.feedback.len()));
    Ok(ReviewDesk { articles })
}
