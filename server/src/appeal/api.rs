//! The appeals JSON API (documented in `/api/openapi.json` later):
//! options, create, read with the access code, add information, rate, reopen.

use super::desk::{now, AppealError, Desk};
use crate::json::JsonBody;
use crate::{error::ApiError, units::Level, AppState};
use axum::{
    extract::{Multipart, Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use domain::{
    appeal::{AppealOptions, Choice, NewAppeal, TownshipChoice},
    Lang,
};
use serde::Deserialize;
use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

impl Desk {
    /// Categories and the township → village tree, named in `lang`.
    pub fn options(&self, lang: Lang) -> AppealOptions {
        let categories = self
            .routing
            .categories
            .iter()
            .map(|c| Choice { id: c.id.clone(), name: c.name(lang).to_owned(), icon: c.icon.clone() })
            .collect();
        let townships = self
            .units
            .of_level(Level::Township)
            .map(|t| TownshipChoice {
                id: t.id.clone(),
                name: t.name(lang).to_owned(),
                villages: self
                    .units
                    .children(&t.id)
                    .filter(|v| v.level == Level::Village)
                    .map(|v| Choice { id: v.id.clone(), name: v.name(lang).to_owned(), icon: String::new() })
                    .collect(),
            })
            .collect();
        AppealOptions { categories, townships }
    }
}

/// Slows down and then locks look-ups of a tracking number after wrong
/// codes, so that guessing codes gets nowhere.
#[derive(Default)]
pub struct Guard {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

const WINDOW: Duration = Duration::from_secs(15 * 60);
const LOCK_AFTER: u32 = 5;

impl Guard {
    /// Whether this number is locked by recent failures.
    pub fn is_locked(&self, no: &str) -> bool {
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.get(&no.to_ascii_uppercase()).is_some_and(|(n, since)| *n >= LOCK_AFTER && since.elapsed() < WINDOW)
    }

    /// Records a failure and waits a little longer each time.
    pub async fn failed(&self, no: &str) {
        let count = {
            let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
            map.retain(|_, (_, since)| since.elapsed() < WINDOW);
            let entry = map.entry(no.to_ascii_uppercase()).or_insert((0, Instant::now()));
            entry.0 += 1;
            entry.0
        };
        tokio::time::sleep(Duration::from_millis(200 * u64::from(count.min(10)))).await;
    }
}

/// Number and code of an appeal, checked through the tracking guard.
pub async fn authorise(state: &AppState, no: &str, code: &str) -> Result<domain::appeal::TrackingNo, AppealError> {
    match crate::track::authorise(state, no, code).await? {
        crate::track::Tracked::Appeal(no) => Ok(no),
        crate::track::Tracked::Mediation(_) => Err(AppealError::NotFound),
    }
}

#[derive(Deserialize)]
pub struct LangParam {
    lang: Option<String>,
    code: Option<String>,
}

fn lang_of(param: Option<&str>) -> Lang {
    param.and_then(|l| l.parse().ok()).unwrap_or(Lang::Zh)
}

/// `GET /api/appeal-options?lang=bo`
pub async fn options(State(state): State<AppState>, Query(q): Query<LangParam>) -> Json<AppealOptions> {
    Json(state.appeals.options(lang_of(q.lang.as_deref())))
}

/// `POST /api/appeals`: 201 with the receipt; 200 with the same receipt for
/// a retry with the same idempotency key.
pub async fn create(State(state): State<AppState>, JsonBody(new): JsonBody<NewAppeal>) -> Response {
    match state.appeals.create(&new, now()).await {
        Ok((receipt, true)) => (StatusCode::CREATED, Json(receipt)).into_response(),
        Ok((receipt, false)) => (StatusCode::OK, Json(receipt)).into_response(),
        Err(e) => ApiError::from(e).into_response_in(new.lang),
    }
}

/// `GET /api/appeals/{no}?code=...&lang=...`
pub async fn show(State(state): State<AppState>, Path(no): Path<String>, Query(q): Query<LangParam>) -> Response {
    let lang = lang_of(q.lang.as_deref());
    let result = async {
        let no = authorise(&state, &no, q.code.as_deref().unwrap_or("")).await?;
        state.appeals.view(&no, lang, now()).await
    };
    match result.await {
        Ok(view) => Json(view).into_response(),
        Err(e) => ApiError::from(e).into_response_in(lang),
    }
}

#[derive(Deserialize)]
pub struct ResidentAction {
    code: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    stars: u8,
    #[serde(default)]
    comment: String,
}

async fn act(
    state: AppState,
    no: String,
    JsonBody(body): JsonBody<ResidentAction>,
    action: impl AsyncFnOnce(&Desk, &domain::appeal::TrackingNo, &ResidentAction) -> Result<(), AppealError>,
) -> Response {
    let lang = lang_of(body.lang.as_deref());
    let result = async {
        let no = authorise(&state, &no, &body.code).await?;
        action(&state.appeals, &no, &body).await?;
        state.appeals.view(&no, lang, now()).await
    };
    match result.await {
        Ok(view) => Json(view).into_response(),
        Err(e) => ApiError::from(e).into_response_in(lang),
    }
}

/// `POST /api/appeals/{no}/info` with `{"code", "text"}`
pub async fn add_info(
    State(state): State<AppState>,
    Path(no): Path<String>,
    body: JsonBody<ResidentAction>,
) -> Response {
    act(state, no, body, async |desk, no, b| desk.add_info(no, &b.text, now()).await).await
}

/// `POST /api/appeals/{no}/rating` with `{"code", "stars", "comment"?}`
pub async fn rate(State(state): State<AppState>, Path(no): Path<String>, body: JsonBody<ResidentAction>) -> Response {
    act(state, no, body, async |desk, no, b| desk.rate(no, b.stars, &b.comment, now()).await).await
}

/// `POST /api/appeals/{no}/reopen` with `{"code", "text"}` (the reason)
pub async fn reopen(State(state): State<AppState>, Path(no): Path<String>, body: JsonBody<ResidentAction>) -> Response {
    act(state, no, body, async |desk, no, b| desk.reopen(no, &b.text, now()).await).await
}

/// `POST /api/uploads`: one photo (multipart field `photo`); 201 `{"id"}`.
pub async fn upload(State(state): State<AppState>, Query(q): Query<LangParam>, multipart: Multipart) -> Response {
    let lang = lang_of(q.lang.as_deref());
    match first_photo(multipart).await {
        Ok(Some(bytes)) => match state.photos.store(&bytes, now()).await {
            Ok(id) => (StatusCode::CREATED, Json(serde_json::json!({ "id": id }))).into_response(),
            Err(e) => ApiError::from(e).into_response_in(lang),
        },
        Ok(None) => ApiError::Unprocessable("error-no-photo").into_response_in(lang),
        Err(e) => e.into_response_in(lang),
    }
}

/// The bytes of the first file field of a multipart body.
pub async fn first_photo(mut multipart: Multipart) -> Result<Option<Vec<u8>>, ApiError> {
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        if field.name() == Some("photo") {
            let bytes = field.bytes().await.map_err(multipart_error)?;
            if !bytes.is_empty() {
                return Ok(Some(bytes.to_vec()));
            }
        }
    }
    Ok(None)
}

pub fn multipart_error(e: axum::extract::multipart::MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge
    } else {
        ApiError::BadRequest(e.body_text())
    }
}

/// `GET /api/appeals/{no}/photos/{id}?code=...`: for the resident.
pub async fn photo(
    State(state): State<AppState>,
    Path((no, id)): Path<(String, String)>,
    Query(q): Query<LangParam>,
) -> Response {
    let Ok(no) = authorise(&state, &no, q.code.as_deref().unwrap_or("")).await else {
        return ApiError::AppealNotFound.into_response();
    };
    photo_response(&state, no.as_str(), &id).await
}

/// A stored photo, never cached by shared caches.
pub async fn photo_response(state: &AppState, no: &str, id: &str) -> Response {
    match state.photos.read(no, id).await {
        Some((content_type, bytes)) => (
            [
                (axum::http::header::CONTENT_TYPE, content_type),
                (axum::http::header::CACHE_CONTROL, "private, max-age=86400"),
            ],
            bytes,
        )
            .into_response(),
        None => ApiError::NotFound.into_response(),
    }
}

/// `GET /api/appeals/{no}/export?code=...`: the resident's own data.
pub async fn export(State(state): State<AppState>, Path(no): Path<String>, Query(q): Query<LangParam>) -> Response {
    let lang = lang_of(q.lang.as_deref());
    let result = async {
        let no = authorise(&state, &no, q.code.as_deref().unwrap_or("")).await?;
        state.appeals.export(&no, lang, now()).await
    };
    match result.await {
        Ok(data) => {
            let disposition = "attachment; filename=\"gongdao-appeal.json\"";
            ([(axum::http::header::CONTENT_DISPOSITION, disposition)], Json(data)).into_response()
        }
        Err(e) => ApiError::from(e).into_response_in(lang),
    }
}

/// Erases expired personal data now and then once a day.
pub fn spawn_retention(state: AppState) {
    let days = state.retention_days;
    tokio::spawn(async move {
        loop {
            match state.appeals.apply_retention(days, now()).await {
                Ok(photos) => {
                    state.photos.delete_files(&photos).await;
                    if !photos.is_empty() {
                        tracing::info!(photos = photos.len(), "retention: personal data erased");
                    }
                }
                Err(e) => tracing::error!(error = %e, "retention failed"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(86_400)).await;
        }
    });
}
