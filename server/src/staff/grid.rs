//! Grid reports (网格发现): grid workers, and village staff, report what
//! they find on their rounds through the console. The report is an appeal
//! like a resident's (same checks, routing and deadline), marked with its
//! source so that the public figures count the two apart.

use crate::{
    appeal::{AppealError, Source},
    case::now,
    edge::{session::CsrfField, StaffForm},
    error::ApiError,
    units::{Level, Unit},
    AppState,
};
use axum::{extract::State, response::Redirect};
use domain::{appeal::NewAppeal, paths, staff::StaffUser, Lang};
use serde::Deserialize;

/// The villages a user reports for: a grid worker's village, or the
/// village user's own. Staff of townships and the county do not go on
/// rounds; they have none.
pub fn villages<'a>(state: &'a AppState, user: &StaffUser) -> Vec<&'a Unit> {
    let Some(unit) = state.units.get(&user.unit) else { return Vec::new() };
    match unit.level {
        Level::Village => vec![unit],
        Level::Grid => state.units.get(&unit.parent).filter(|v| v.level == Level::Village).into_iter().collect(),
        _ => Vec::new(),
    }
}

#[derive(Deserialize)]
pub struct GridForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    idempotency_key: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    village: String,
    #[serde(default)]
    description: String,
}

impl CsrfField for GridForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/report`: stores the report, then back to the console with
/// its number, or to the form with what to fix.
pub async fn report(
    State(state): State<AppState>,
    StaffForm { user, form }: StaffForm<GridForm>,
) -> Result<Redirect, ApiError> {
    if !villages(&state, &user).iter().any(|v| v.id == form.village) {
        return Err(ApiError::NotFound);
    }
    let new = NewAppeal {
        lang: Lang::Zh,
        category: form.category,
        village: form.village,
        description: form.description,
        idempotency_key: form.idempotency_key,
        join: Some(false),
        ..NewAppeal::default()
    };
    match state.appeals.create_from(&new, Source::Grid, now()).await {
        Ok((receipt, _)) => {
            state.staff.audit(&user.username, "grid-report", Some(&receipt.tracking_no), None).await?;
            Ok(Redirect::to(&paths::with_query(paths::staff(), &[("reported", &receipt.tracking_no)])))
        }
        Err(AppealError::Invalid(problems)) => {
            let first = problems.first().map_or("error-invalid", |p| p.message_id.as_str());
            Ok(Redirect::to(&paths::with_query(paths::staff_report(), &[("error", first)])))
        }
        Err(e) => Err(e.into()),
    }
}
