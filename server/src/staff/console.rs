//! The console's forms and what its pages read. Every POST checks the
//! session, the CSRF token and that the appeal lies within the user's units;
//! every action goes to the audit log.

use super::accounts::{token_from_cookies, StaffError, COOKIE, SESSION_SECONDS};
use crate::{appeal::desk::now, units::Level, AppState};
use app::staff::StaffStore;
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use domain::{
    appeal::{Choice, EventKind, TrackingNo},
    staff::{MediationItem, QueueItem, StaffAppeal, StaffMediation, StaffUser},
    Lang,
};
use serde::Deserialize;
use std::{future::Future, pin::Pin};

type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

impl StaffStore for AppState {
    fn user<'a>(&'a self, cookies: &'a str) -> Boxed<'a, Option<StaffUser>> {
        Box::pin(async move {
            let token = token_from_cookies(cookies)?;
            self.staff.user(&token).await.ok()
        })
    }

    fn queue<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Vec<QueueItem>> {
        Box::pin(async move { self.appeals.queue(&user.unit, Lang::Zh, now()).await.unwrap_or_default() })
    }

    fn mediations<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Vec<MediationItem>> {
        Box::pin(async move { self.mediations.queue(&user.unit, Lang::Zh, now()).await.unwrap_or_default() })
    }

    fn mediation<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> Boxed<'a, Option<StaffMediation>> {
        Box::pin(async move {
            let no = TrackingNo::parse(no)?;
            let unit = self.mediations.unit_of(&no).await.ok()?;
            if !self.appeals.units.is_within(&unit, &user.unit) {
                return None;
            }
            self.mediations.staff_view(&no, Lang::Zh, now()).await.ok()
        })
    }

    fn appeal<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> Boxed<'a, Option<StaffAppeal>> {
        Box::pin(async move {
            let no = TrackingNo::parse(no)?;
            let unit = self.appeals.unit_of(&no).await.ok()?;
            if !self.appeals.units.is_within(&unit, &user.unit) {
                return None;
            }
            let appeal = self.appeals.view(&no, Lang::Zh, now()).await.ok()?;
            let (phone, name) = self.appeals.contact(&no).await.ok()?;
            let units = &self.appeals.units;
            let here = units.get(&unit)?;
            // Up to the parent (never above the user's own unit for sending
            // back down), or down to any unit right below.
            let mut transfer_to: Vec<Choice> = units
                .get(&here.parent)
                .into_iter()
                .chain(units.children(&unit).filter(|u| u.level != Level::Grid || here.level == Level::Village))
                .map(|u| Choice { id: u.id.clone(), name: u.name(Lang::Zh).to_owned(), icon: String::new() })
                .collect();
            transfer_to.dedup_by(|a, b| a.id == b.id);
            Some(StaffAppeal { appeal, phone, name, transfer_to })
        })
    }
}

pub(crate) fn cookies(headers: &HeaderMap) -> String {
    headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join("; ")
}

fn session_cookie(state: &AppState, token: &str, max_age: i64) -> HeaderValue {
    let secure = if state.public_url.starts_with("https://") { "; Secure" } else { "" };
    let value = format!("{COOKIE}={token}; Path=/staff; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static(""))
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

/// `POST /staff/login`
pub async fn login(State(state): State<AppState>, Form(form): Form<LoginForm>) -> Response {
    match state.staff.login(form.username.trim(), &form.password).await {
        Ok(token) => {
            let mut response = Redirect::to("/staff").into_response();
            response.headers_mut().insert(header::SET_COOKIE, session_cookie(&state, &token, SESSION_SECONDS));
            response
        }
        Err(_) => {
            // Slow guessing down.
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            Redirect::to("/staff?error=login").into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /staff/logout`
pub async fn logout(State(state): State<AppState>, headers: HeaderMap, Form(form): Form<CsrfForm>) -> Response {
    let cookies = cookies(&headers);
    if let Some(token) = token_from_cookies(&cookies) {
        if let Ok(user) = state.staff.user(&token).await {
            if crate::appeal::codes::same(&user.csrf_token, &form.csrf) {
                let _ = state.staff.logout(&token).await;
            }
        }
    }
    let mut response = Redirect::to("/staff").into_response();
    response.headers_mut().insert(header::SET_COOKIE, session_cookie(&state, "", 0));
    response
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    action: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    to: String,
}

/// `POST /staff/appeals/{no}`: accept, reply, resolve or transfer.
pub async fn act(
    State(state): State<AppState>,
    Path(no): Path<String>,
    headers: HeaderMap,
    Form(form): Form<ActionForm>,
) -> Response {
    let back = format!("/staff/appeals/{no}");
    match act_inner(&state, &no, &cookies(&headers), &form).await {
        Ok(()) => Redirect::to(&format!("{back}?done={}", form.action)).into_response(),
        Err(StaffError::NoSession) => Redirect::to("/staff").into_response(),
        Err(StaffError::Csrf) => (axum::http::StatusCode::FORBIDDEN, "CSRF").into_response(),
        Err(StaffError::Forbidden) => (axum::http::StatusCode::NOT_FOUND, "not found").into_response(),
        Err(e) => {
            tracing::info!(error = %e, "staff action refused");
            Redirect::to(&format!("{back}?error=1")).into_response()
        }
    }
}

async fn act_inner(state: &AppState, no: &str, cookies: &str, form: &ActionForm) -> Result<(), StaffError> {
    let token = token_from_cookies(cookies).ok_or(StaffError::NoSession)?;
    let user = state.staff.user(&token).await?;
    if !crate::appeal::codes::same(&user.csrf_token, &form.csrf) {
        return Err(StaffError::Csrf);
    }
    let no = TrackingNo::parse(no).ok_or(StaffError::Forbidden)?;
    let unit = state.appeals.unit_of(&no).await.map_err(|_| StaffError::Forbidden)?;
    if !state.appeals.units.is_within(&unit, &user.unit) {
        return Err(StaffError::Forbidden);
    }
    let text = form.text.trim();
    let at = now();
    let result = match form.action.as_str() {
        "accept" => state.appeals.staff_act(&no, &user.username, EventKind::Accepted, None, at).await,
        "reply" if !text.is_empty() => {
            state.appeals.staff_act(&no, &user.username, EventKind::Reply, Some(text), at).await
        }
        "resolve" if !text.is_empty() => {
            state.appeals.staff_act(&no, &user.username, EventKind::Resolved, Some(text), at).await
        }
        "transfer" => {
            // One step: up to the parent unit, or down to a unit right below.
            let units = &state.appeals.units;
            let allowed = units.get(&unit).is_some_and(|u| u.parent == form.to)
                || units.get(&form.to).is_some_and(|t| t.parent == unit);
            if !allowed {
                return Err(StaffError::Refused);
            }
            state.appeals.transfer(&no, &user.username, &form.to, at).await
        }
        _ => return Err(StaffError::Refused),
    };
    result.map_err(|_| StaffError::Refused)?;
    let detail = if form.action == "transfer" { form.to.as_str() } else { text };
    state.staff.audit(&user.username, &form.action, Some(no.as_str()), Some(detail)).await
}

/// `GET /staff/appeals/{no}/photos/{id}`: for staff of the appeal's units.
pub async fn photo(
    State(state): State<AppState>,
    Path((no, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let allowed = async {
        let user = state.staff.user(&token_from_cookies(&cookies(&headers))?).await.ok()?;
        let no = TrackingNo::parse(&no)?;
        let unit = state.appeals.unit_of(&no).await.ok()?;
        state.appeals.units.is_within(&unit, &user.unit).then_some(no)
    };
    match allowed.await {
        Some(no) => crate::appeal::api::photo_response(&state, no.as_str(), &id).await,
        None => crate::error::ApiError::NotFound.into_response(),
    }
}
