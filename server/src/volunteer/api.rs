//! The volunteers' JSON API (in `/api/openapi.json`): applying, the
//! applicant's view with its code, signing up for a patrol shift, and the
//! public list of upcoming shifts.

use crate::{
    case::now,
    edge::{ApiLang, ClientAddr, LangQuery},
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
use domain::volunteer::{NewVolunteer, Shift, VolunteerReceipt, VolunteerView};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[utoipa::path(post, path = "/api/volunteers", tag = "volunteers",
    summary = "A resident applies to one of the village's eight volunteer teams, or (team `police`) to the township's volunteer police (平安义警). A retry with the same idempotency_key returns the same receipt (200).",
    request_body = NewVolunteer,
    responses((status = 201, description = "stored", body = VolunteerReceipt),
        (status = 200, description = "the same application, for a retry", body = VolunteerReceipt),
        errors::Sending))]
pub async fn apply(
    State(state): State<AppState>,
    JsonBody(new): JsonBody<NewVolunteer>,
) -> Result<(StatusCode, Json<VolunteerReceipt>), ApiError> {
    match state.volunteers.apply(&new, now()).await {
        Ok((receipt, created)) => Ok((if created { StatusCode::CREATED } else { StatusCode::OK }, Json(receipt))),
        Err(e) => Err(ApiError::from(e).in_lang(new.lang)),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CodeQuery {
    /// The application's access code.
    code: Option<String>,
}

#[utoipa::path(get, path = "/api/volunteers/{no}", tag = "volunteers",
    summary = "An application as its applicant sees it, with the township's upcoming shifts once approved to the volunteer police.",
    params(("no" = String, Path, description = "the application number", example = "K7M4-Q9PX"), CodeQuery, LangQuery),
    responses((status = 200, description = "the application", body = VolunteerView), errors::Opening))]
pub async fn show(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    ApiLang(lang): ApiLang,
    Query(q): Query<CodeQuery>,
) -> Result<Json<VolunteerView>, ApiError> {
    let result = async {
        let no = track::authorise_volunteer(&state, client, &no, q.code.as_deref().unwrap_or("")).await?;
        state.volunteers.view(&no, lang, now()).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}

#[derive(Deserialize, ToSchema)]
pub struct SignUp {
    #[serde(default)]
    lang: domain::Lang,
    code: String,
    /// The shift's id, from the view or `/api/patrols`.
    shift: String,
}

#[utoipa::path(post, path = "/api/volunteers/{no}/signup", tag = "volunteers",
    summary = "An approved volunteer police signs up for a shift of their station; 409 when it is full. Signing up twice is one sign-up.",
    params(("no" = String, Path, description = "the application number", example = "K7M4-Q9PX")), request_body = SignUp,
    responses((status = 200, description = "the application after signing up", body = VolunteerView), errors::Acting))]
pub async fn sign_up(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<SignUp>,
) -> Result<Json<VolunteerView>, ApiError> {
    let lang = body.lang;
    let result = async {
        let no = track::authorise_volunteer(&state, client, &no, &body.code).await?;
        state.volunteers.sign_up(&no, &body.shift, now()).await?;
        state.volunteers.view(&no, lang, now()).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TownshipQuery {
    /// A township's id (`t-qingke`).
    township: Option<String>,
}

#[utoipa::path(get, path = "/api/patrols", tag = "volunteers",
    summary = "Upcoming volunteer police shifts of a township, soonest first: time, place, places and free places; never names.",
    params(TownshipQuery, LangQuery),
    responses((status = 200, description = "shifts", body = Vec<Shift>), errors::Reading))]
pub async fn patrols(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Query(q): Query<TownshipQuery>,
) -> Result<Json<Vec<Shift>>, ApiError> {
    let township = q.township.unwrap_or_default();
    let known = state.units.get(&township).is_some_and(|u| u.level == crate::units::Level::Township);
    if !known {
        return Err(ApiError::Unprocessable("volunteer-error-township").in_lang(lang));
    }
    Ok(Json(state.volunteers.shifts(&township, lang, now(), None).await?))
}
