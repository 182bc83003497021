//! The culture bank's JSON API (in `/api/openapi.json`): the published
//! rules, the villages' honour boards, and a household's account with its
//! shop, opened with the account's number and code.

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
    Json,
};
use domain::bank::{Account, Boards, Redemption, Rules};
use serde::Deserialize;
use utoipa::IntoParams;

/// `GET /api/bank/rules?lang=`
#[utoipa::path(get, path = "/api/bank/rules", tag = "culture-bank",
    summary = "The culture bank's published list (文化银行): earning and deduction categories with their items and points.",
    params(LangQuery),
    responses((status = 200, description = "the rules", body = Rules), errors::Reading))]
pub async fn rules(State(state): State<AppState>, ApiLang(lang): ApiLang) -> Json<Rules> {
    Json(state.bank.rules.view(lang))
}

/// `GET /api/bank/boards?lang=`
#[utoipa::path(get, path = "/api/bank/boards", tag = "culture-bank",
    summary = "Each village's honour board (households that agreed, by points this year) and this month's totals (none below 5 accounts).",
    params(LangQuery),
    responses((status = 200, description = "the boards", body = Boards), errors::Reading))]
pub async fn boards(State(state): State<AppState>, ApiLang(lang): ApiLang) -> Result<Json<Boards>, ApiError> {
    Ok(Json(state.bank.boards(lang, now()).await?))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CodeQuery {
    /// The account's access code, from its card.
    code: Option<String>,
}

/// `GET /api/bank/accounts/{no}?code=&lang=`
#[utoipa::path(get, path = "/api/bank/accounts/{no}", tag = "culture-bank",
    summary = "A household's account with its code: balance, entries (newest first) and the village's shop. Wrong codes meet the tracking guard.",
    params(("no" = String, Path, description = "the account number", example = "K7M4-Q9PX"), CodeQuery, LangQuery),
    responses((status = 200, description = "the account", body = Account), errors::Opening))]
pub async fn account(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    ApiLang(lang): ApiLang,
    Query(q): Query<CodeQuery>,
) -> Result<Json<Account>, ApiError> {
    let result = async {
        let no = track::authorise_account(&state, client, &no, q.code.as_deref().unwrap_or("")).await?;
        state.bank.account(&no, lang).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}

/// `POST /api/bank/accounts/{no}/redeem`
#[utoipa::path(post, path = "/api/bank/accounts/{no}/redeem", tag = "culture-bank",
    summary = "The household takes a good from its village's shop (积分兑换): refused with 409 when the balance or the stock is short. A retry with the same idempotency_key takes it once.",
    params(("no" = String, Path, description = "the account number", example = "K7M4-Q9PX")), request_body = Redemption,
    responses((status = 200, description = "the account after the redemption", body = Account), errors::Acting))]
pub async fn redeem(
    State(state): State<AppState>,
    client: ClientAddr,
    Path(no): Path<String>,
    JsonBody(body): JsonBody<Redemption>,
) -> Result<Json<Account>, ApiError> {
    let lang = body.lang;
    let result = async {
        let no = track::authorise_account(&state, client, &no, &body.code).await?;
        state.bank.redeem(&no, &body.good, &body.idempotency_key, now()).await?;
        state.bank.account(&no, lang).await
    };
    result.await.map(Json).map_err(|e| ApiError::from(e).in_lang(lang))
}
