//! The appeals JSON API (in `/api/openapi.json`): options, create, read with
//! the access code, add information, rate, reopen, photos, export.

use super::desk::{AppealError, Desk};
use crate::{
    case::now,
    edge::{lang, ApiLang, ClientAddr, LangQuery},
    error::ApiError,
    json::JsonBody,
    openapi::errors,
    AppState,
};
use axum::{
    extract::{Multipart, Path, Query, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use domain::{
    appeal::{AppealOptions, AppealReceipt, AppealView, NewAppeal, SameProblem, TrackingNo},
    form::{problem, Field},
};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Number and code of an appeal, checked through the tracking guard.
pub async fn authorise(state: &AppState, client: ClientAddr, no: &str, code: &str) -> Result<TrackingNo, AppealError> {
    match crate::track::authorise(state, client, no, code).await? {
        crate::track::Tracked::Appeal(no) => Ok(no),
        crate::track::Tracked::Mediation(_) => Err(AppealError::NotFound),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CodeParam {
    /// The access code from the receipt.
    #[serde(default)]
    code: String,
}

/// `GET /api/appeal-options?lang=bo`
#[utoipa::path(get, path = "/api/appeal-options", tag = "appeals",
    summary = "Categories and the township/village tree for the appeal form",
    params(LangQuery),
    responses((status = 200, description = "options", body = AppealOptions), errors::Reading))]
pub async fn options(State(state): State<AppState>, ApiLang(lang): ApiLang) -> Json<AppealOptions> {
    Json(state.appeals.options(lang))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SameProblemQuery {
    /// A village id from `/api/appeal-options`.
    #[serde(default)]
    village: String,
    /// A category id from `/api/appeal-options`.
    #[serde(default)]
    category: String,
}

/// `GET /api/same-problem?village=...&category=...&lang=...`
#[utoipa::path(get, path = "/api/same-problem", tag = "appeals",
    summary = "Open reports of one village and category from the last 14 days, for the form's notice before \
               sending: how many, and each group's status, unit and deadline. No descriptions, names or numbers.",
    params(SameProblemQuery, LangQuery),
    responses((status = 200, description = "the open reports (count 0 when none)", body = SameProblem),
        errors::Reading))]
pub async fn same_problem(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Query(q): Query<SameProblemQuery>,
) -> Result<Json<SameProblem>, ApiError> {
    match state.appeals.same_problem(&q.village, &q.category, lang, now()).await? {
        Some(found) => Ok(Json(found)),
        None => {
            let field =
                if state.appeals.routing.category(&q.category).is_none() { Field::Category } else { Field::Village };
            let id = if field == Field::Category { "appeal-error-category" } else { "appeal-error-village" };
            Err(ApiError::Invalid(vec![problem(field, id)]).in_lang(lang))
        }
    }
}

#[utoipa::path(post, path = "/api/appeals", tag = "appeals",
    summary = "Report a problem (接诉即办). A retry with the same idempotency_key returns the same appeal (200).",
    request_body = NewAppeal,
    responses((status = 201, description = "created", body = AppealReceipt),
        (status = 200, description = "the same appeal, for a retry", body = AppealReceipt),
        errors::Sending))]
/// `POST /api/appeals`: 201 with the receipt; 200 with the same receipt for
/// a retry with the same idempotency key.
pub async fn create(
    State(state): State<AppState>,
    JsonBody(new): JsonBody<NewAppeal>,
) -> Result<(StatusCode, Json<AppealReceipt>), ApiError> {
    match state.appeals.create(&new, now()).await {
        Ok((receipt, created)) => Ok((if created { StatusCode::CREATED } else { StatusCode::OK }, Json(receipt))),
        Err(e) => Err(ApiError::from(e).in_lang(new.lang)),
    }
}

/// `GET /api/appeals/{no}?code=...&lang=...`
#[utoipa::path(get, path = "/api/appeals/{no}", tag = "appeals",
    summary = "An appeal, with its access code. A wrong number and a wrong code get the same 404.",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX"), CodeParam, LangQuery),
    responses((status = 200, description = "the appeal", body = AppealView), errors::Opening))]
pub async fn show(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    ApiLang(lang): ApiLang,
    Query(q): Query<CodeParam>,
) -> Result<Json<AppealView>, ApiError> {
    let no = authorise(&state, client, &no, &q.code).await?;
    Ok(Json(state.appeals.view(&no, lang, now()).await?))
}

#[derive(Deserialize, ToSchema)]
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

/// A resident's action with number and code; answers the appeal as it is
/// now, in the language the body names.
async fn act(
    state: AppState,
    client: ClientAddr,
    no: String,
    body: ResidentAction,
    action: impl AsyncFnOnce(&Desk, &TrackingNo, &ResidentAction) -> Result<(), AppealError>,
) -> Result<Json<AppealView>, ApiError> {
    let lang = lang::stated(body.lang.as_deref())?;
    let result = async {
        let no = authorise(&state, client, &no, &body.code).await?;
        action(&state.appeals, &no, &body).await?;
        state.appeals.view(&no, lang, now()).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}

#[utoipa::path(post, path = "/api/appeals/{no}/info", tag = "appeals",
    summary = "Add information while the appeal is open",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX")), request_body = ResidentAction,
    responses((status = 200, description = "the appeal now", body = AppealView), errors::Acting))]
/// `POST /api/appeals/{no}/info` with `{"code", "text"}`
pub async fn add_info(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<ResidentAction>,
) -> Result<Json<AppealView>, ApiError> {
    act(state, client, no, body, async |desk, no, b| desk.add_info(no, &b.text, now()).await).await
}

#[utoipa::path(post, path = "/api/appeals/{no}/rating", tag = "appeals",
    summary = "Rate a resolved appeal, once (1-5 stars, optional comment)",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX")), request_body = ResidentAction,
    responses((status = 200, description = "the appeal now", body = AppealView), errors::Acting))]
/// `POST /api/appeals/{no}/rating` with `{"code", "stars", "comment"?}`
pub async fn rate(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<ResidentAction>,
) -> Result<Json<AppealView>, ApiError> {
    act(state, client, no, body, async |desk, no, b| desk.rate(no, b.stars, &b.comment, now()).await).await
}

#[utoipa::path(post, path = "/api/appeals/{no}/reopen", tag = "appeals",
    summary = "Reopen a resolved appeal, once, with a reason in text",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX")), request_body = ResidentAction,
    responses((status = 200, description = "the appeal now", body = AppealView), errors::Acting))]
/// `POST /api/appeals/{no}/reopen` with `{"code", "text"}` (the reason)
pub async fn reopen(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<ResidentAction>,
) -> Result<Json<AppealView>, ApiError> {
    act(state, client, no, body, async |desk, no, b| desk.reopen(no, &b.text, now()).await).await
}

#[utoipa::path(post, path = "/api/uploads", tag = "appeals",
    summary = "One photo (multipart field `photo`): JPEG, PNG or WebP, at most 3 MB; EXIF is removed",
    params(LangQuery),
    request_body(content_type = "multipart/form-data", content = PhotoUpload),
    responses((status = 201, description = "stored", body = Uploaded), errors::Sending))]
/// `POST /api/uploads?lang=`: one photo (multipart field `photo`); 201 `{"id"}`.
pub async fn upload(
    State(state): State<AppState>,
    _: ApiLang,
    multipart: Multipart,
) -> Result<(StatusCode, Json<Uploaded>), ApiError> {
    let bytes = first_photo(multipart).await?.ok_or(ApiError::Unprocessable("error-no-photo"))?;
    let id = state.photos.store(&bytes, now()).await?;
    Ok((StatusCode::CREATED, Json(Uploaded { id })))
}

/// `POST /api/uploads`'s body, for the API document.
#[derive(ToSchema)]
pub struct PhotoUpload {
    #[schema(value_type = String, format = Binary)]
    pub photo: Vec<u8>,
}

/// A stored photo's id, to send with the appeal.
#[derive(serde::Serialize, ToSchema)]
pub struct Uploaded {
    pub id: String,
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
#[utoipa::path(get, path = "/api/appeals/{no}/photos/{id}", tag = "appeals",
    summary = "A photo sent with an appeal, for its resident",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX"), ("id" = String, Path, description = "the photo's id"), CodeParam),
    responses((status = 200, description = "the image", content_type = "image/*", body = Vec<u8>), errors::Opening))]
pub async fn photo(
    State(state): State<AppState>,
    client: ClientAddr,
    Path((no, id)): Path<(String, String)>,
    Query(q): Query<CodeParam>,
) -> Result<Response, ApiError> {
    let no = authorise(&state, client, &no, &q.code).await?;
    photo_response(&state, &no, &id).await
}

/// A stored photo, never kept by any cache (shared village computers).
pub async fn photo_response(state: &AppState, no: &TrackingNo, id: &str) -> Result<Response, ApiError> {
    let (content_type, bytes) = state.photos.read(no.as_str(), id).await.ok_or(ApiError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-store")], bytes).into_response())
}

/// `GET /api/appeals/{no}/export?code=...`: the resident's own data.
#[utoipa::path(get, path = "/api/appeals/{no}/export", tag = "appeals",
    summary = "Everything stored about one appeal, for its resident (phone and name unmasked)",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX"), CodeParam, LangQuery),
    responses((status = 200, description = "a JSON file", body = Object), errors::Opening))]
pub async fn export(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    ApiLang(lang): ApiLang,
    Query(q): Query<CodeParam>,
) -> Result<Response, ApiError> {
    let no = authorise(&state, client, &no, &q.code).await?;
    let data = state.appeals.export(&no, lang, now()).await?;
    let disposition = "attachment; filename=\"gongdao-appeal.json\"";
    Ok(([(header::CONTENT_DISPOSITION, disposition)], Json(data)).into_response())
}
