//! `POST /api/chat` (in `/api/openapi.json`); it keeps counts of intents
//! (`counts.rs`), never messages.

use crate::{edge::ClientAddr, error::ApiError, json::JsonBody, openapi::errors, AppState};
use axum::{extract::State, Json};
use domain::chat::{check_message, ChatReply, ChatRequest};

#[utoipa::path(post, path = "/api/chat", tag = "chat",
    summary = "Ask the legal-help chat. Emergencies put the number to call in the first line (emergency: true); a tracking number asks for its code, then shows the status; otherwise the answer quotes the guidance library and cites it. The message is not stored, only a count per intent and language.",
    request_body = ChatRequest,
    responses((status = 200, description = "the answer", body = ChatReply), errors::Sending))]
pub async fn chat(
    State(state): State<AppState>,
    client: ClientAddr,
    JsonBody(request): JsonBody<ChatRequest>,
) -> Result<Json<ChatReply>, ApiError> {
    answer(&state, client, &request).await.map(Json).map_err(|e| e.in_lang(request.lang))
}

/// Checks the message, answers it and counts the intent: shared by the API
/// and the widget's plain form.
pub async fn answer(state: &AppState, client: ClientAddr, request: &ChatRequest) -> Result<ChatReply, ApiError> {
    check_message(&request.message).map_err(|p| ApiError::Unprocessable(p.message_id()))?;
    let reply = super::reply(state, client, request).await?;
    state.chat.counts.add(request.lang, reply.intent);
    Ok(reply)
}
