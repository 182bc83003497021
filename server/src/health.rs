//! `GET /api/health`: the portal is up and its database answers.

use crate::{db, error::ApiError, AppState};
use axum::{extract::State, Json};
use serde_json::{json, Value};

pub async fn health(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    if db::is_healthy(&state.db).await {
        Ok(Json(json!({ "status": "ok" })))
    } else {
        Err(ApiError::Unavailable("database does not answer"))
    }
}
