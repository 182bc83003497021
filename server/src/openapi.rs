//! The API document, generated from the handlers' `#[utoipa::path]`
//! annotations and the domain types' schemas (`domain`'s `openapi`
//! feature), so it cannot drift from the code. `router.rs` registers every
//! `/api/` route through [`OpenApiRouter`], which puts it in the document.

use utoipa::OpenApi;
pub use utoipa_axum::{router::OpenApiRouter, routes};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Gongdao (公道) API",
        description = "Public API of the Gongdao legal-aid and appeals portal. Errors are JSON {error, message, problems?}: \
            `error` is a stable Fluent message id, `message` is in the request's language: the `lang` a JSON body \
            states, else the `?lang=` parameter, else Chinese (an unknown language is 422 `error-unknown-lang`). \
            503 with Retry-After means try again soon; 500 is a fault of the portal, logged, with a generic message."
    ),
    tags(
        (name = "appeals", description = "接诉即办: report a problem, follow it with its number and code, rate it"),
        (name = "mediation", description = "点单调解: the board of mediators, requests, answers, ratings"),
        (name = "guide", description = "The guidance library"),
        (name = "chat", description = "The legal-help chat"),
        (name = "stats", description = "接诉即办 in public: figures per county, township, month and category"),
        (name = "culture-bank", description = "文化银行: the published points rules, honour boards, a household's account and its shop"),
        (name = "volunteers", description = "志愿队 and 平安义警: applying, the applicant's view, patrol shifts and signing up"),
        (name = "portal", description = "Health and QR codes"),
    )
)]
pub struct ApiDoc;

/// The document as served at `/api/openapi.json`.
pub fn json(doc: &utoipa::openapi::OpenApi) -> String {
    doc.to_pretty_json().unwrap_or_else(|e| {
        tracing::error!(error = %e, "the API document does not serialise");
        String::from("{}")
    })
}

/// The error answers endpoints share, by kind of endpoint, for the document.
pub mod errors {
    #![allow(dead_code)] // Only their shapes are read, by utoipa.
    use crate::error::ErrorBody;
    use utoipa::IntoResponses;

    /// Endpoints that take a language and read the database.
    #[derive(IntoResponses)]
    pub enum Reading {
        #[response(status = 422, description = "an unknown language, or a filter that is not one of ours")]
        Invalid(ErrorBody),
        #[response(status = 503, description = "the database does not answer; try again after Retry-After")]
        Unavailable(ErrorBody),
    }

    /// Endpoints that find one thing by its id.
    #[derive(IntoResponses)]
    pub enum Finding {
        #[response(status = 404, description = "no such thing")]
        NotFound(ErrorBody),
        #[response(status = 422, description = "an unknown language")]
        Invalid(ErrorBody),
        #[response(status = 503, description = "the database does not answer; try again after Retry-After")]
        Unavailable(ErrorBody),
    }

    /// Endpoints that open a case with its number and code or token.
    #[derive(IntoResponses)]
    pub enum Opening {
        #[response(status = 404, description = "a wrong number and a wrong code get this same answer")]
        NotFound(ErrorBody),
        #[response(status = 422, description = "an unknown language")]
        Invalid(ErrorBody),
        #[response(status = 429, description = "too many requests from this client; see Retry-After")]
        TooMany(ErrorBody),
        #[response(status = 503, description = "the database does not answer; try again after Retry-After")]
        Unavailable(ErrorBody),
    }

    /// Endpoints that take a JSON or multipart body and create something.
    #[derive(IntoResponses)]
    pub enum Sending {
        #[response(status = 400, description = "malformed body")]
        Malformed(ErrorBody),
        #[response(status = 413, description = "too large")]
        TooLarge(ErrorBody),
        #[response(status = 415, description = "not JSON (or not an image)")]
        NotJson(ErrorBody),
        #[response(status = 422, description = "what to fix, per field in `problems`")]
        Invalid(ErrorBody),
        #[response(status = 429, description = "too many requests from this client; see Retry-After")]
        TooMany(ErrorBody),
        #[response(status = 503, description = "the database does not answer; try again after Retry-After")]
        Unavailable(ErrorBody),
    }

    /// Endpoints where one side acts on a case with its number and code.
    #[derive(IntoResponses)]
    pub enum Acting {
        #[response(status = 400, description = "malformed body")]
        Malformed(ErrorBody),
        #[response(status = 404, description = "a wrong number and a wrong code get this same answer")]
        NotFound(ErrorBody),
        #[response(status = 409, description = "not possible in the case's present state")]
        NotNow(ErrorBody),
        #[response(status = 415, description = "not JSON")]
        NotJson(ErrorBody),
        #[response(status = 422, description = "what to fix, or an unknown language")]
        Invalid(ErrorBody),
        #[response(status = 429, description = "too many requests from this client; see Retry-After")]
        TooMany(ErrorBody),
        #[response(status = 503, description = "the database does not answer; try again after Retry-After")]
        Unavailable(ErrorBody),
    }
}
