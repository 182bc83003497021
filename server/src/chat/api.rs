//! `POST /api/chat` (documented in `/api/openapi.json`); it keeps counts of
//! intents (`counts.rs`), never messages.

use crate::{error::ApiError, json::JsonBody, AppState};
use axum::{
    extract::State,
    response::{IntoResponse, Response},
    Json,
};
use domain::chat::{check_message, ChatReply, ChatRequest};

pub async fn chat(State(state): State<AppState>, JsonBody(request): JsonBody<ChatRequest>) -> Response {
    match answer(&state, &request).await {
        Ok(reply) => Json(reply).into_response(),
        Err(e) => e.into_response_in(request.lang),
    }
}

/// Checks the message, answers it and counts the intent: shared by the API
/// and the widget's plain form.
pub async fn answer(state: &AppState, request: &ChatRequest) -> Result<ChatReply, ApiError> {
    check_message(&request.message).map_err(|p| ApiError::Unprocessable(p.message_id()))?;
    let reply = super::reply(state, request).await.map_err(|e| ApiError::Unavailable(e.to_string()))?;
    state.chat.counts.add(request.lang, reply.intent);
    Ok(reply)
}
