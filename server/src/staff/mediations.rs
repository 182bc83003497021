//! The console's mediation forms: assign a mediator (派单), set time and
//! place, record the outcome. Each POST checks the session, the CSRF token
//! and that the mediation lies within the user's units; each action goes
//! to the audit log.

use super::{
    accounts::{token_from_cookies, StaffError},
    console::cookies,
};
use crate::{appeal::desk::now, mediator::MediationError, AppState};
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use domain::{appeal::TrackingNo, mediator::Outcome, time::parse_china_time};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct MediationForm {
    #[serde(default)]
    csrf: String,
    action: String,
    #[serde(default)]
    mediator: String,
    #[serde(default)]
    when: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    outcome: String,
}

/// Why an action was refused, for the message on the page.
enum Refusal {
    Staff(StaffError),
    /// A mediator recused by one of the sides.
    Recused,
    BadTime,
    Other,
}

impl From<StaffError> for Refusal {
    fn from(e: StaffError) -> Self {
        Refusal::Staff(e)
    }
}

/// `POST /staff/mediations/{no}`
pub async fn act(
    State(state): State<AppState>,
    Path(no): Path<String>,
    headers: HeaderMap,
    Form(form): Form<MediationForm>,
) -> Response {
    let back = format!("/staff/mediations/{no}");
    match act_inner(&state, &no, &cookies(&headers), &form).await {
        Ok(()) => Redirect::to(&format!("{back}?done={}", form.action)).into_response(),
        Err(Refusal::Staff(StaffError::NoSession)) => Redirect::to("/staff").into_response(),
        Err(Refusal::Staff(StaffError::Csrf)) => (StatusCode::FORBIDDEN, "CSRF").into_response(),
        Err(Refusal::Staff(StaffError::Forbidden)) => (StatusCode::NOT_FOUND, "not found").into_response(),
        Err(Refusal::Recused) => Redirect::to(&format!("{back}?error=recused")).into_response(),
        Err(Refusal::BadTime) => Redirect::to(&format!("{back}?error=time")).into_response(),
        Err(_) => Redirect::to(&format!("{back}?error=1")).into_response(),
    }
}

async fn act_inner(state: &AppState, no: &str, cookies: &str, form: &MediationForm) -> Result<(), Refusal> {
    let token = token_from_cookies(cookies).ok_or(StaffError::NoSession)?;
    let user = state.staff.user(&token).await?;
    if !crate::appeal::codes::same(&user.csrf_token, &form.csrf) {
        return Err(StaffError::Csrf.into());
    }
    let no = TrackingNo::parse(no).ok_or(StaffError::Forbidden)?;
    let unit = state.mediations.unit_of(&no).await.map_err(|_| StaffError::Forbidden)?;
    if !state.appeals.units.is_within(&unit, &user.unit) {
        return Err(StaffError::Forbidden.into());
    }
    let cases = &state.mediations;
    let at = now();
    let (result, detail) = match form.action.as_str() {
        "assign" => (cases.assign(&no, &user.username, &form.mediator, at).await, form.mediator.clone()),
        "schedule" => {
            let when = parse_china_time(&form.when).ok_or(Refusal::BadTime)?;
            (cases.schedule(&no, &user.username, when, &form.place, at).await, format!("{} {}", form.when, form.place))
        }
        "outcome" => {
            let outcome = Outcome::parse(&form.outcome).ok_or(Refusal::Other)?;
            (cases.record_outcome(&no, &user.username, outcome, at).await, form.outcome.clone())
        }
        _ => return Err(Refusal::Other),
    };
    match result {
        Ok(()) => {}
        Err(MediationError::Recused) => return Err(Refusal::Recused),
        Err(e) => {
            tracing::info!(error = %e, "staff mediation action refused");
            return Err(Refusal::Other);
        }
    }
    state.staff.audit(&user.username, &format!("mediation-{}", form.action), Some(no.as_str()), Some(&detail)).await?;
    Ok(())
}
