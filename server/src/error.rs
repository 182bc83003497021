//! The one place where errors become HTTP answers. Each module returns its
//! own `thiserror` enum; what reaches a client is an [`ApiError`], which maps
//! to a status code and a Fluent message id. Its `IntoResponse` sets the
//! status (and `Retry-After`) and logs server errors with their causes; the
//! [`localize`] layer then writes the body in the request's language (see
//! `edge::lang`), so handlers never build an error answer by hand.
//!
//! Database errors tell the truth: an unreachable database or a pool that
//! timed out is 503 with `Retry-After` (come back soon); any other is a bug,
//! 500, logged with its source chain, the body a generic message.

use crate::{
    appeal::{photos::PhotoError, AppealError},
    bank::BankError,
    chat::ChatError,
    edge::lang,
    mediator::MediationError,
    staff::StaffError,
    track::TrackError,
    volunteer::VolunteerError,
};
use app::i18n::loader;
use axum::{
    extract::{rejection::JsonRejection, Request},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};
use domain::{form::FieldProblem, Lang};
use serde::Serialize;
use std::time::Duration;

/// How long a client should wait before trying again after a 503.
const RETRY_UNAVAILABLE: Duration = Duration::from_secs(5);

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
    /// The same for a culture bank account.
    #[error("no account with this number and code")]
    AccountNotFound,
    /// The same for a volunteer's application.
    #[error("no application with this number and code")]
    ApplicationNotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("search query too long")]
    QueryTooLong,
    #[error("a month that is not YYYY-MM")]
    BadMonth,
    #[error("request body too large")]
    TooLarge,
    #[error("expected JSON")]
    NotJson,
    #[error("not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("not one of the portal's languages")]
    UnknownLang,
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldProblem>),
    #[error("unprocessable: {0}")]
    Unprocessable(&'static str),
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A staff form without its session's CSRF token.
    #[error("stale or forged form")]
    Forbidden,
    #[error("too many requests from this client")]
    TooMany { retry_after: Duration },
    /// Something the portal needs does not answer (the reason is logged).
    #[error("unavailable: {0}")]
    Unavailable(&'static str),
    #[error("database")]
    Database(#[source] sqlx::Error),
    #[error("storage")]
    Io(#[source] std::io::Error),
    #[error("internal: {0}")]
    Internal(String),
    /// Answered in the language a JSON body states (`"lang"`), which the
    /// client asked in, rather than by the request's URL.
    #[error("{1}")]
    InLang(Lang, Box<ApiError>),
}

impl ApiError {
    /// This error, answered in `lang`.
    pub fn in_lang(self, lang: Lang) -> ApiError {
        match self {
            ApiError::InLang(_, e) => ApiError::InLang(lang, e),
            e => ApiError::InLang(lang, Box::new(e)),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound
            | ApiError::AppealNotFound
            | ApiError::MediationNotFound
            | ApiError::AccountNotFound
            | ApiError::ApplicationNotFound => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) | ApiError::QueryTooLong | ApiError::BadMonth => StatusCode::BAD_REQUEST,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::NotJson | ApiError::NotAnImage => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::UnknownLang | ApiError::Invalid(_) | ApiError::Unprocessable(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Database(e) if is_outage(e) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Database(_) | ApiError::Io(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::InLang(_, e) => e.status(),
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::NotFound => "error-not-found",
            ApiError::AppealNotFound => "error-appeal-not-found",
            ApiError::MediationNotFound => "error-mediation-not-found",
            ApiError::AccountNotFound => "bank-error-not-found",
            ApiError::ApplicationNotFound => "volunteer-error-not-found",
            ApiError::BadRequest(_) => "error-bad-request",
            ApiError::QueryTooLong => "error-query-too-long",
            ApiError::BadMonth => "error-bad-month",
            ApiError::TooLarge => "error-too-large",
            ApiError::NotJson => "error-not-json",
            ApiError::NotAnImage => "error-not-image",
            ApiError::UnknownLang => "error-unknown-lang",
            ApiError::Invalid(_) => "error-invalid",
            ApiError::Unprocessable(id) | ApiError::Conflict(id) => id,
            ApiError::Forbidden => "staff-refused",
            ApiError::TooMany { .. } => "error-too-many",
            ApiError::Unavailable(_) => "error-unavailable",
            ApiError::Database(e) if is_outage(e) => "error-unavailable",
            ApiError::Database(_) | ApiError::Io(_) | ApiError::Internal(_) => "error-internal",
            ApiError::InLang(_, e) => e.message_id(),
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::TooMany { retry_after } => Some(*retry_after),
            ApiError::InLang(_, e) => e.retry_after(),
            e if e.status() == StatusCode::SERVICE_UNAVAILABLE => Some(RETRY_UNAVAILABLE),
            _ => None,
        }
    }

    /// What [`localize`] needs to write the body.
    fn reply(self) -> ErrorReply {
        match self {
            ApiError::InLang(lang, e) => ErrorReply { lang: Some(lang), ..e.reply() },
            ApiError::Invalid(problems) => ErrorReply { id: "error-invalid", problems, lang: None },
            e => ErrorReply { id: e.message_id(), problems: Vec::new(), lang: None },
        }
    }
}

/// The database is unreachable, overloaded or busy, rather than asked
/// something wrong: worth trying again in a moment.
fn is_outage(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(d) => {
            let code = d.code().unwrap_or_default();
            // PostgreSQL: connection exceptions (08), shutdown (57P), too
            // many connections (53300); SQLite: busy (5) and locked (6),
            // whose extended codes (517, 261, ...) keep them in the low byte.
            let sqlite_primary = code.parse::<i32>().map_or(-1, |c| c & 0xff);
            code.starts_with("08") || code.starts_with("57P") || code == "53300" || matches!(sqlite_primary, 5 | 6)
        }
        _ => false,
    }
}

/// An error and every cause below it, for the log.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Carried from [`ApiError::into_response`] to [`localize`] in the
/// response's extensions.
#[derive(Clone, Debug)]
struct ErrorReply {
    id: &'static str,
    problems: Vec<FieldProblem>,
    lang: Option<Lang>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(status = status.as_u16(), error = %chain(&self), "request failed");
        }
        let retry_after = self.retry_after();
        let mut response = status.into_response();
        if let Some(wait) = retry_after {
            let seconds = wait.as_secs().max(1).to_string();
            if let Ok(value) = HeaderValue::from_str(&seconds) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response.extensions_mut().insert(self.reply());
        response
    }
}

/// Every error's body.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable, machine-readable: the Fluent message id.
    error: &'static str,
    /// For people: the message in the request's language.
    message: String,
    /// Per field, for forms.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<ProblemBody>,
}

/// What is wrong with one field of a form.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProblemBody {
    field: domain::form::Field,
    error: String,
    message: String,
}

/// The layer that writes every error's body, in the language the body of
/// a JSON request stated, or else the request's (`edge::lang::of_request`).
pub async fn localize(request: Request, next: Next) -> Response {
    // Only errors need the language: the URI is kept, and read only then
    // (this layer is on every answer, the article pages' hot path too).
    let uri = request.uri().clone();
    let mut response = next.run(request).await;
    let Some(reply) = response.extensions_mut().remove::<ErrorReply>() else { return response };
    let loader = loader(reply.lang.unwrap_or_else(|| lang::of_request(&uri)));
    let problems = reply
        .problems
        .iter()
        .map(|p| ProblemBody { field: p.field, error: p.message_id.clone(), message: loader.get(&p.message_id) })
        .collect();
    let body = ErrorBody { error: reply.id, message: loader.get(reply.id), problems };
    let (mut parts, _) = response.into_parts();
    let json = Json(body).into_response();
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, json.into_body())
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::Database(e)
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
            AppealError::Busy(retry_after) => ApiError::TooMany { retry_after },
            // No such case (or an erased one) under the lock.
            AppealError::Database(sqlx::Error::RowNotFound) => ApiError::AppealNotFound,
            AppealError::Database(e) => ApiError::Database(e),
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
            MediationError::Busy(retry_after) => ApiError::TooMany { retry_after },
            MediationError::Database(sqlx::Error::RowNotFound) => ApiError::MediationNotFound,
            MediationError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<BankError> for ApiError {
    fn from(e: BankError) -> Self {
        match e {
            BankError::Invalid(ids) => ApiError::Unprocessable(ids.first().copied().unwrap_or("error-invalid")),
            BankError::KeyReused => ApiError::Unprocessable("error-key-reused"),
            BankError::NotFound | BankError::Database(sqlx::Error::RowNotFound) => ApiError::AccountNotFound,
            BankError::NotEnough => ApiError::Conflict("bank-error-not-enough"),
            BankError::OutOfStock => ApiError::Conflict("bank-error-out-of-stock"),
            BankError::NotReversible => ApiError::Conflict("bank-error-not-reversible"),
            BankError::NoNumber => ApiError::Unavailable("no free account number"),
            BankError::Busy(retry_after) => ApiError::TooMany { retry_after },
            BankError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<VolunteerError> for ApiError {
    fn from(e: VolunteerError) -> Self {
        match e {
            VolunteerError::Invalid(problems) if problems.is_empty() => ApiError::Unprocessable("error-invalid"),
            VolunteerError::Invalid(problems) => ApiError::Invalid(problems),
            VolunteerError::KeyReused => ApiError::Unprocessable("error-key-reused"),
            VolunteerError::NotFound | VolunteerError::Database(sqlx::Error::RowNotFound) => {
                ApiError::ApplicationNotFound
            }
            VolunteerError::NotNow => ApiError::Conflict("error-not-now"),
            VolunteerError::Full => ApiError::Conflict("volunteer-error-full"),
            VolunteerError::NoNumber => ApiError::Unavailable("no free application number"),
            VolunteerError::Busy(retry_after) => ApiError::TooMany { retry_after },
            VolunteerError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<TrackError> for ApiError {
    fn from(e: TrackError) -> Self {
        match e {
            TrackError::NotFound => ApiError::NotFound,
            TrackError::Busy(retry_after) => ApiError::TooMany { retry_after },
            TrackError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<PhotoError> for ApiError {
    fn from(e: PhotoError) -> Self {
        match e {
            PhotoError::NotAnImage => ApiError::NotAnImage,
            PhotoError::TooLarge => ApiError::TooLarge,
            PhotoError::Io(e) => ApiError::Io(e),
            PhotoError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<ChatError> for ApiError {
    fn from(e: ChatError) -> Self {
        match e {
            ChatError::Database(e) => ApiError::Database(e),
            e => ApiError::Internal(chain(&e)),
        }
    }
}

impl From<StaffError> for ApiError {
    fn from(e: StaffError) -> Self {
        match e {
            StaffError::Database(e) => ApiError::Database(e),
            StaffError::Csrf => ApiError::Forbidden,
            StaffError::Forbidden | StaffError::NoSession => ApiError::NotFound,
            _ => ApiError::Conflict("staff-refused"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_database_is_an_outage_and_other_database_errors_are_bugs() {
        assert_eq!(ApiError::Database(sqlx::Error::PoolTimedOut).status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(ApiError::Database(sqlx::Error::PoolTimedOut).message_id(), "error-unavailable");
        let bug = ApiError::Database(sqlx::Error::ColumnNotFound("x".into()));
        assert_eq!(bug.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(bug.message_id(), "error-internal");
        assert_eq!(ApiError::Database(sqlx::Error::RowNotFound).status(), StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn a_503_says_when_to_come_back_and_a_500_does_not() {
        let outage = ApiError::Database(sqlx::Error::PoolTimedOut).into_response();
        assert_eq!(outage.headers()[header::RETRY_AFTER], "5");
        let bug = ApiError::Internal("x".into()).into_response();
        assert!(bug.headers().get(header::RETRY_AFTER).is_none());
        let many = ApiError::TooMany { retry_after: Duration::from_secs(42) }.into_response();
        assert_eq!(many.headers()[header::RETRY_AFTER], "42");
    }

    #[test]
    fn the_language_of_a_body_wraps_without_changing_the_answer() {
        let e = ApiError::Conflict("error-not-now").in_lang(Lang::Bo).in_lang(Lang::Ii);
        assert_eq!(e.status(), StatusCode::CONFLICT);
        assert_eq!(e.message_id(), "error-not-now");
        assert!(matches!(e.reply(), ErrorReply { lang: Some(Lang::Ii), id: "error-not-now", .. }));
    }
}
