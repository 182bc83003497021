//! The one place where errors become HTTP answers. Each module returns its
//! own `thiserror` enum; what reaches a client is an [`ApiError`], which maps
//! to a status code and a Fluent message id, so the reader gets a clear
//! message in their language and internals stay in the log.

use crate::{
    appeal::{photos::PhotoError, AppealError},
    mediator::MediationError,
};
use app::i18n::loader;
use axum::{
    extract::rejection::JsonRejection,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use domain::{form::FieldProblem, Lang};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    /// A wrong tracking number and a wrong code get this same answer.
    #[error("no appeal with this number and code")]
    AppealNotFound,
    /// The same for a wrong number, code or invitation.
    #[error("no mediation with this number and code")]
    MediationNotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("search query too long")]
    QueryTooLong,
    #[error("request body too large")]
    TooLarge,
    #[error("expected JSON")]
    NotJson,
    #[error("not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldProblem>),
    #[error("unprocessable: {0}")]
    Unprocessable(&'static str),
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("too many requests from this client")]
    TooMany,
    #[error("service unavailable: {0}")]
    Unavailable(String),
}

#[derive(Serialize)]
struct ErrorBody {
    /// Stable, machine-readable: the Fluent message id.
    error: &'static str,
    /// For people: the message in the request's language.
    message: String,
    /// Per field, for forms.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<ProblemBody>,
}

#[derive(Serialize)]
struct ProblemBody {
    field: domain::form::Field,
    error: String,
    message: String,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound | ApiError::AppealNotFound | ApiError::MediationNotFound => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) | ApiError::QueryTooLong => StatusCode::BAD_REQUEST,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::NotJson | ApiError::NotAnImage => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid(_) | ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::TooMany => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::NotFound => "error-not-found",
            ApiError::AppealNotFound => "error-appeal-not-found",
            ApiError::MediationNotFound => "error-mediation-not-found",
            ApiError::BadRequest(_) => "error-bad-request",
            ApiError::QueryTooLong => "error-query-too-long",
            ApiError::TooLarge => "error-too-large",
            ApiError::NotJson => "error-not-json",
            ApiError::NotAnImage => "error-not-image",
            ApiError::Invalid(_) => "error-invalid",
            ApiError::Unprocessable(id) | ApiError::Conflict(id) => id,
            ApiError::TooMany => "error-too-many",
            ApiError::Unavailable(_) => "error-unavailable",
        }
    }

    /// The answer in a given language.
    pub fn into_response_in(self, lang: Lang) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let loader = loader(lang);
        let problems = match &self {
            ApiError::Invalid(problems) => problems
                .iter()
                .map(|p| ProblemBody {
                    field: p.field,
                    error: p.message_id.clone(),
                    message: loader.get(&p.message_id),
                })
                .collect(),
            _ => Vec::new(),
        };
        let id = self.message_id();
        let body = ErrorBody { error: id, message: loader.get(id), problems };
        (status, Json(body)).into_response()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.into_response_in(Lang::Zh)
    }
}

impl From<AppealError> for ApiError {
    fn from(e: AppealError) -> Self {
        match e {
            AppealError::Invalid(problems) => ApiError::Invalid(problems),
            AppealError::KeyReused => ApiError::Unprocessable("error-key-reused"),
            AppealError::NotFound => ApiError::AppealNotFound,
            AppealError::NotNow => ApiError::Conflict("error-not-now"),
            AppealError::BadRating => ApiError::Unprocessable("error-bad-rating"),
            AppealError::BadText => ApiError::Unprocessable("error-bad-text"),
            AppealError::Database(e) => ApiError::Unavailable(e.to_string()),
        }
    }
}

impl From<MediationError> for ApiError {
    fn from(e: MediationError) -> Self {
        match e {
            MediationError::Invalid(problems) => ApiError::Invalid(problems),
            MediationError::KeyReused => ApiError::Unprocessable("error-key-reused"),
            MediationError::NotFound => ApiError::MediationNotFound,
            MediationError::NotNow => ApiError::Conflict("error-not-now"),
            MediationError::Recused => ApiError::Conflict("mediation-error-recused-assign"),
            MediationError::BadRating => ApiError::Unprocessable("error-bad-rating"),
            MediationError::BadText => ApiError::Unprocessable("error-bad-text"),
            MediationError::Database(e) => ApiError::Unavailable(e.to_string()),
        }
    }
}

impl From<PhotoError> for ApiError {
    fn from(e: PhotoError) -> Self {
        match e {
            PhotoError::NotAnImage => ApiError::NotAnImage,
            PhotoError::TooLarge => ApiError::TooLarge,
            PhotoError::Io(e) => ApiError::Unavailable(e.to_string()),
            PhotoError::Database(e) => ApiError::Unavailable(e.to_string()),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match (&rejection, rejection.status()) {
            (_, StatusCode::PAYLOAD_TOO_LARGE) => ApiError::TooLarge,
            (_, StatusCode::UNSUPPORTED_MEDIA_TYPE) => ApiError::NotJson,
            // Well-formed JSON of the wrong shape (a field missing or mistyped).
            (JsonRejection::JsonDataError(_), _) => ApiError::Unprocessable("error-bad-request"),
            _ => ApiError::BadRequest(rejection.body_text()),
        }
    }
}
