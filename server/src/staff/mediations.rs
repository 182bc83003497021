//! The console's mediation forms: assign a mediator (派单), set time and
//! place, record the outcome. Each POST arrives as a `StaffForm` (session
//! and CSRF token checked at the edge) and checks that the mediation lies
//! within the user's units; each action goes to the audit log.

use crate::{
    case::{events::Log, now},
    edge::{session::CsrfField, StaffForm},
    error::ApiError,
    mediator::MediationError,
    AppState,
};
use axum::{
    extract::{Path, State},
    response::Redirect,
};
use domain::{appeal::TrackingNo, mediator::Outcome, paths, staff::StaffUser, time::parse_china_time};
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

impl CsrfField for MediationForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// Why an action was refused, for the message on the page.
enum Refusal {
    /// A mediator recused by one of the sides.
    Recused,
    BadTime,
    Other,
}

/// `POST /staff/mediations/{no}`
pub async fn act(
    State(state): State<AppState>,
    Path(no): Path<String>,
    StaffForm { user, form }: StaffForm<MediationForm>,
) -> Result<Redirect, ApiError> {
    let (no, _) = super::case_for(&state, Log::Mediation, &no, &user).await?;
    let note = match act_on(&state, &no, &user, &form).await? {
        Ok(()) => ("done", form.action.as_str()),
        Err(Refusal::Recused) => ("error", "recused"),
        Err(Refusal::BadTime) => ("error", "time"),
        Err(Refusal::Other) => ("error", "1"),
    };
    Ok(Redirect::to(&paths::with_query(paths::staff_mediation(no.as_str()), &[note])))
}

/// The action; the outer error is the database's, the inner a refusal.
async fn act_on(
    state: &AppState,
    no: &TrackingNo,
    user: &StaffUser,
    form: &MediationForm,
) -> Result<Result<(), Refusal>, ApiError> {
    let cases = &state.mediations;
    let at = now();
    let (result, detail) = match form.action.as_str() {
        "assign" => (cases.assign(no, &user.username, &form.mediator, at).await, form.mediator.clone()),
        "schedule" => {
            let Some(when) = parse_china_time(&form.when) else { return Ok(Err(Refusal::BadTime)) };
            (cases.schedule(no, &user.username, when, &form.place, at).await, format!("{} {}", form.when, form.place))
        }
        "outcome" => {
            let Some(outcome) = Outcome::parse(&form.outcome) else { return Ok(Err(Refusal::Other)) };
            (cases.record_outcome(no, &user.username, outcome, at).await, form.outcome.clone())
        }
        _ => return Ok(Err(Refusal::Other)),
    };
    match result {
        Ok(()) => {}
        Err(MediationError::Database(e)) => return Err(ApiError::Database(e)),
        Err(MediationError::Recused) => return Ok(Err(Refusal::Recused)),
        Err(e) => {
            tracing::info!(error = %e, "staff mediation action refused");
            return Ok(Err(Refusal::Other));
        }
    }
    let action = format!("mediation-{}", form.action);
    state.staff.audit(&user.username, &action, Some(no.as_str()), Some(&detail)).await?;
    Ok(Ok(()))
}
