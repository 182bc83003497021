//! `POST /api/chat` (documented in `/api/openapi.json`), and the counts of
//! intents it keeps instead of messages.

use crate::json::JsonBody;
use crate::{appeal::desk::now, db::Db, error::ApiError, AppState};
use axum::{
    extract::State,
    response::{IntoResponse, Response},
    Json,
};
use domain::{
    chat::{check_message, ChatReply, ChatRequest, Intent},
    Lang,
};

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
    // A count lost to a busy database must not cost the resident the answer.
    if let Err(e) = count(&state.db, request.lang, reply.intent).await {
        tracing::warn!(error = %e, "chat count not kept");
    }
    Ok(reply)
}

async fn count(db: &Db, lang: Lang, intent: Intent) -> Result<(), sqlx::Error> {
    let day = domain::time::china_time(now()).chars().take(10).collect::<String>();
    sqlx::query(
        "INSERT INTO chat_counts (day, lang, intent, n) VALUES ($1, $2, $3, 1) \
         ON CONFLICT (day, lang, intent) DO UPDATE SET n = chat_counts.n + 1",
    )
    .bind(day)
    .bind(lang.slug())
    .bind(intent.as_str())
    .execute(db)
    .await?;
    Ok(())
}
