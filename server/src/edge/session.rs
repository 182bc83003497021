//! The staff session: a random token in an HttpOnly, SameSite=Strict
//! cookie (only its hash is stored), read with axum-extra's cookie jar.
//! Every staff form carries the session's CSRF token, checked here before
//! the handler runs.

use crate::{case::codes::same, error::ApiError, staff::accounts::COOKIE, AppState};
use axum::{
    extract::{FromRequest, FromRequestParts, Request},
    http::{header, request::Parts, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use domain::staff::{StaffRole, StaffUser};
use serde::de::DeserializeOwned;

/// The session token of a request, if it carries one.
pub fn token(jar: &CookieJar) -> Option<String> {
    jar.get(COOKIE).map(|c| c.value().to_owned()).filter(|t| !t.is_empty())
}

/// The same from a `Cookie` header's value (the app's pages pass it on).
pub fn token_in(cookies: &str) -> Option<String> {
    Cookie::split_parse(cookies.to_owned())
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|t| !t.is_empty())
}

/// The session cookie (an empty value with age 0 ends it).
pub fn cookie(state: &AppState, token: String, max_age_seconds: i64) -> Cookie<'static> {
    Cookie::build((COOKIE, token))
        .path("/staff")
        .http_only(true)
        .same_site(SameSite::Strict)
        .max_age(time_of(max_age_seconds))
        .secure(state.config.public_url.starts_with("https://"))
        .build()
}

fn time_of(seconds: i64) -> cookie::time::Duration {
    cookie::time::Duration::seconds(seconds)
}

/// The signed-in staff user.
pub struct Staff(pub StaffUser);

/// Not signed in, or the session has ended: to the sign-in page.
pub struct SignIn;

impl IntoResponse for SignIn {
    fn into_response(self) -> Response {
        Redirect::to(&domain::paths::staff()).into_response()
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = SignIn;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, SignIn> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = token(&jar).ok_or(SignIn)?;
        state.staff.user(&token).await.map(Staff).map_err(|_| SignIn)
    }
}

/// A form posted from the portal's own pages: a browser's `Origin` (or,
/// without one, `Referer`) names this host. Guards the sign-in form, which
/// has no session yet to carry a CSRF token, so no other site can sign a
/// staff member into another account. Clients that send neither (not a
/// browser) pass.
pub struct SameOrigin;

impl FromRequestParts<AppState> for SameOrigin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = |name| parts.headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
        let Some(source) = header(header::ORIGIN).or_else(|| header(header::REFERER)) else { return Ok(SameOrigin) };
        let host_of = |url: &str| url.split("://").nth(1).map(|rest| rest.split('/').next().unwrap_or("").to_owned());
        let source_host = host_of(source);
        let ours = [header(header::HOST).map(str::to_owned), host_of(&state.config.public_url)];
        if source_host.is_some() && ours.contains(&source_host) {
            Ok(SameOrigin)
        } else {
            Err(ApiError::Forbidden)
        }
    }
}

/// A staff form's CSRF field.
pub trait CsrfField {
    fn csrf(&self) -> &str;
}

/// A urlencoded staff form from a signed-in handler (not a reviewer) whose
/// CSRF token matched.
pub struct StaffForm<T> {
    pub user: StaffUser,
    pub form: T,
}

pub enum StaffRejection {
    SignIn,
    Refused(ApiError),
}

impl IntoResponse for StaffRejection {
    fn into_response(self) -> Response {
        match self {
            StaffRejection::SignIn => SignIn.into_response(),
            StaffRejection::Refused(e) => e.into_response(),
        }
    }
}

/// A urlencoded form from any signed-in staff member, reviewers included,
/// whose CSRF token matched (signing out).
pub struct AnyStaffForm<T> {
    pub user: StaffUser,
    pub form: T,
}

impl<T: DeserializeOwned + CsrfField + Send> FromRequest<AppState> for AnyStaffForm<T> {
    type Rejection = StaffRejection;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, StaffRejection> {
        let (mut parts, body) = request.into_parts();
        let Staff(user) = Staff::from_request_parts(&mut parts, state).await.map_err(|_| StaffRejection::SignIn)?;
        let request = Request::from_parts(parts, body);
        let Form(form) = Form::<T>::from_request(request, state)
            .await
            .map_err(|e| StaffRejection::Refused(ApiError::BadRequest(e.body_text())))?;
        if !same(&user.csrf_token, form.csrf()) {
            return Err(StaffRejection::Refused(ApiError::Forbidden));
        }
        Ok(AnyStaffForm { user, form })
    }
}

impl<T: DeserializeOwned + CsrfField + Send> FromRequest<AppState> for StaffForm<T> {
    type Rejection = StaffRejection;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, StaffRejection> {
        let AnyStaffForm { user, form } = AnyStaffForm::from_request(request, state).await?;
        // Every form but signing out acts on cases: reviewers never reach one.
        if user.role != StaffRole::Handler {
            return Err(StaffRejection::Refused(ApiError::NotFound));
        }
        Ok(StaffForm { user, form })
    }
}
