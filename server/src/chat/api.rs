//! `POST /api/chat` (in `/api/openapi.json`); it keeps counts of intents
//! (`counts.rs`), never messages.

use crate::{error::ApiError, json::JsonBody, AppState};
use axum::{extract::State, Json};
use domain::chat::{check_message, ChatReply, ChatRequest};

pub async fn chat(
    State(state): State<AppState>,
    JsonBody(request): JsonBody<ChatRequest>,
) -> Result<Json<ChatReply>, ApiError> {
    answer(&state, &request).await.map(Json).map_err(|e| e.in_lang(request.lang))
}

/// Checks the message, answers it and counts the intent: shared by the API
/// and the widget's plain form.
pub async fn answer(state: &AppState, request: &ChatRequest) -> Result<ChatReply, ApiError> {
    check_message(&request.message).map_err(|p| ApiError::Unprocessable(p.message_id()))?;
    let reply = super::reply(state, request).await?;
    state.chat.counts.add(request.lang, reply.intent);
    Ok(reply)
}
