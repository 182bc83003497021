//! The mediation JSON API (in `/api/openapi.json`): the board, a request,
//! party B's answer, dispatch on request, the view of either side, and
//! ratings.

use super::cases::MediationError;
use crate::{
    case::now,
    edge::{lang, ApiLang, ClientAddr, LangQuery},
    error::ApiError,
    json::JsonBody,
    openapi::errors,
    track, AppState,
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    Json,
};
use domain::{
    appeal::TrackingNo,
    mediator::{
        DirectoryFilter, MediationAnswer, MediationReceipt, MediationView, MediatorCard, MediatorKind, MediatorProfile,
        NewMediation, Party, Specialty,
    },
    Lang,
};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BoardQuery {
    /// What the dispute is about (`land`, `family`, …); empty: any.
    specialty: Option<String>,
    /// A township's id; empty: any.
    township: Option<String>,
    /// A language the mediator speaks (`zh`, `bo`, `ii`); empty: any.
    language: Option<String>,
    /// Who the mediator is (`police`, `elder`, …); empty: any.
    kind: Option<String>,
}

/// Empty means "any"; anything else must be a known value.
fn filter_value<T>(value: Option<&str>, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, ApiError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => parse(v).map(Some).ok_or(ApiError::Unprocessable("mediation-error-filter")),
    }
}

impl BoardQuery {
    pub fn filter(&self) -> Result<DirectoryFilter, ApiError> {
        Ok(DirectoryFilter {
            specialty: filter_value(self.specialty.as_deref(), Specialty::parse)?,
            township: self.township.clone().filter(|t| !t.trim().is_empty()),
            language: filter_value(self.language.as_deref(), |l| l.parse().ok())?,
            kind: filter_value(self.kind.as_deref(), MediatorKind::parse)?,
        })
    }
}

/// The board's cards for a filter, names in `lang`.
pub async fn board(state: &AppState, filter: &DirectoryFilter, lang: Lang) -> Result<Vec<MediatorCard>, ApiError> {
    let records = state.mediations.records().await?;
    let directory = &state.mediations.directory;
    Ok(directory
        .matching(filter)
        .map(|e| directory.card(e, lang, records.get(&e.raw.id).copied().unwrap_or_default()))
        .collect())
}

/// `GET /api/mediators?lang=&specialty=&township=&language=&kind=`
#[utoipa::path(get, path = "/api/mediators", tag = "mediation",
    summary = "The public board of mediators (点单调解), filtered; ratings come from completed mediations only.",
    params(LangQuery, BoardQuery),
    responses((status = 200, description = "cards", body = Vec<MediatorCard>), errors::Reading))]
pub async fn list(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Query(q): Query<BoardQuery>,
) -> Result<Json<Vec<MediatorCard>>, ApiError> {
    Ok(Json(board(&state, &q.filter()?, lang).await?))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SideQuery {
    /// Party A: the access code.
    code: Option<String>,
    /// Party B: the invitation token.
    invite: Option<String>,
}

/// `GET /api/mediators/{id}?lang=`
#[utoipa::path(get, path = "/api/mediators/{id}", tag = "mediation",
    summary = "One mediator's profile: bio, office contact, villages served.",
    params(("id" = String, Path, description = "the mediator's id"), LangQuery),
    responses((status = 200, description = "profile", body = MediatorProfile), errors::Finding))]
pub async fn profile(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Path(id): Path<String>,
) -> Result<Json<MediatorProfile>, ApiError> {
    let directory = &state.mediations.directory;
    let entry = directory.get(&id).ok_or(ApiError::NotFound)?;
    let records = state.mediations.records().await?;
    Ok(Json(directory.profile(entry, lang, records.get(&id).copied().unwrap_or_default())))
}

#[utoipa::path(post, path = "/api/mediations", tag = "mediation",
    summary = "Party A asks for a mediation with 1-3 picks (none: the office assigns at once) and recusals. A retry with the same idempotency_key returns the same receipt (200).",
    request_body = NewMediation,
    responses((status = 201, description = "created", body = MediationReceipt),
        (status = 200, description = "the same request, for a retry", body = MediationReceipt),
        errors::Sending))]
/// `POST /api/mediations`: 201 with the receipt; 200 with the same receipt
/// for a retry with the same idempotency key.
pub async fn create(
    State(state): State<AppState>,
    JsonBody(new): JsonBody<NewMediation>,
) -> Result<(StatusCode, Json<MediationReceipt>), ApiError> {
    match state.mediations.create(&new, now()).await {
        Ok((receipt, created)) => Ok((if created { StatusCode::CREATED } else { StatusCode::OK }, Json(receipt))),
        Err(e) => Err(ApiError::from(e).in_lang(new.lang)),
    }
}

/// Which side is asking: A with the access code, B with the invitation.
pub async fn who(
    state: &AppState,
    client: ClientAddr,
    no: &str,
    code: Option<&str>,
    invite: Option<&str>,
) -> Result<(TrackingNo, Party), MediationError> {
    match (code.filter(|c| !c.is_empty()), invite.filter(|t| !t.is_empty())) {
        (Some(code), _) => match track::authorise(state, client, no, code).await? {
            track::Tracked::Mediation(no) => Ok((no, Party::A)),
            track::Tracked::Appeal(_) => Err(MediationError::NotFound),
        },
        (None, Some(token)) => Ok((track::authorise_invite(state, client, no, token).await?, Party::B)),
        (None, None) => Err(MediationError::NotFound),
    }
}

/// `GET /api/mediations/{no}?code=...` (A) or `?invite=...` (B)
#[utoipa::path(get, path = "/api/mediations/{no}", tag = "mediation",
    summary = "A mediation as one side sees it: party A with code, party B with invite (the invitation token). B never sees A's phone or description.",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX"), SideQuery, LangQuery),
    responses((status = 200, description = "the mediation", body = MediationView), errors::Opening))]
pub async fn show(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    ApiLang(lang): ApiLang,
    Query(q): Query<SideQuery>,
) -> Result<Json<MediationView>, ApiError> {
    let (no, party) = who(&state, client, &no, q.code.as_deref(), q.invite.as_deref()).await?;
    Ok(Json(state.mediations.view(&no, party, lang, now()).await?))
}

/// `POST /api/mediations/{no}/respond`: party B's answer.
#[utoipa::path(post, path = "/api/mediations/{no}/respond", tag = "mediation",
    summary = "Party B answers once: accept one of A's picks, or give own picks, or decline; recusals either way. A mediator on both lists and recused by neither is matched; otherwise the township office assigns one.",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX")), request_body = MediationAnswer,
    responses((status = 200, description = "B's view after answering", body = MediationView), errors::Acting))]
pub async fn respond(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(answer): JsonBody<MediationAnswer>,
) -> Result<Json<MediationView>, ApiError> {
    let lang = answer.lang;
    let result = async {
        let no = track::authorise_invite(&state, client, &no, &answer.invite_token).await?;
        state.mediations.answer(&no, &answer, now()).await?;
        state.mediations.view(&no, Party::B, lang, now()).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}

#[derive(Deserialize, ToSchema)]
pub struct SideAction {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    invite_token: Option<String>,
    #[serde(default)]
    stars: u8,
    #[serde(default)]
    comment: String,
}

#[utoipa::path(post, path = "/api/mediations/{no}/dispatch", tag = "mediation",
    summary = "Party A stops waiting for B: the township office assigns a mediator (派单).",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX")), request_body = SideAction,
    responses((status = 200, description = "A's view", body = MediationView), errors::Acting))]
/// `POST /api/mediations/{no}/dispatch` with `{"code"}`: A asks the office
/// to assign a mediator without waiting for B.
pub async fn dispatch(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<SideAction>,
) -> Result<Json<MediationView>, ApiError> {
    // Only A, with the code, may stop waiting.
    let body = SideAction { invite_token: None, ..body };
    side_act(&state, client, &no, &body, async |cases, no, _| cases.dispatch_now(no, now()).await).await
}

#[utoipa::path(post, path = "/api/mediations/{no}/rating", tag = "mediation",
    summary = "Each side rates the mediator once, 1-5, after the outcome is recorded (评单).",
    params(("no" = String, Path, description = "the tracking number", example = "K7M4-Q9PX")), request_body = SideAction,
    responses((status = 200, description = "the side's view", body = MediationView), errors::Acting))]
/// `POST /api/mediations/{no}/rating` with `{"code" | "invite_token", "stars", "comment"?}`
pub async fn rate(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<SideAction>,
) -> Result<Json<MediationView>, ApiError> {
    side_act(&state, client, &no, &body, async |cases, no, party| {
        cases.rate(no, party, body.stars, &body.comment, now()).await
    })
    .await
}

/// One side's action with its code or invitation token; answers the
/// mediation as that side sees it now, in the language the body names.
async fn side_act(
    state: &AppState,
    client: ClientAddr,
    no: &str,
    body: &SideAction,
    action: impl AsyncFnOnce(&super::Cases, &TrackingNo, Party) -> Result<(), MediationError>,
) -> Result<Json<MediationView>, ApiError> {
    let lang = lang::stated(body.lang.as_deref())?;
    let result = async {
        let (no, party) = who(state, client, no, body.code.as_deref(), body.invite_token.as_deref()).await?;
        action(&state.mediations, &no, party).await?;
        state.mediations.view(&no, party, lang, now()).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}
