//! The one place where errors become HTTP answers. Each module returns its
//! own `thiserror` enum; what reaches a client is an [`ApiError`], which maps
//! to a status code and a Fluent message id, so the reader gets a clear
//! message in their language and internals stay in the log.

use app::i18n::loader;
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use domain::Lang;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("search query too long")]
    QueryTooLong,
    #[error("service unavailable: {0}")]
    Unavailable(String),
}

#[derive(Serialize)]
struct ErrorBody {
    /// Stable, machine-readable: the Fluent message id.
    error: &'static str,
    /// For people: the message in the request's language.
    message: String,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) | ApiError::QueryTooLong => StatusCode::BAD_REQUEST,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::NotFound => "error-not-found",
            ApiError::BadRequest(_) => "error-bad-request",
            ApiError::QueryTooLong => "error-query-too-long",
            ApiError::Unavailable(_) => "error-unavailable",
        }
    }

    /// The answer in a given language.
    pub fn into_response_in(self, lang: Lang) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let id = self.message_id();
        let body = ErrorBody { error: id, message: loader(lang).get(id) };
        (status, Json(body)).into_response()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.into_response_in(Lang::Zh)
    }
}
