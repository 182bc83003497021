//! `GET /api/health`: the portal is up and its database answers.

use crate::{
    db,
    error::{ApiError, ErrorBody},
    AppState,
};
use axum::{extract::State, Json};
use serde_json::{json, Value};

#[utoipa::path(get, path = "/api/health", tag = "portal",
    summary = "The portal and its database answer",
    responses((status = 200, description = "ok", body = Object),
        (status = 503, description = "the database does not answer; try again after Retry-After", body = ErrorBody)))]
pub async fn health(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    if db::is_healthy(&state.db).await {
        Ok(Json(json!({ "status": "ok" })))
    } else {
        Err(ApiError::Unavailable("database does not answer"))
    }
}
