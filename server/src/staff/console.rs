//! The console's appeal forms and what its pages read. Every POST arrives
//! as a `StaffForm` (session and CSRF token checked at the edge) and checks
//! that the appeal lies within the user's units; every action goes to the
//! audit log.

use super::{
    accounts::{StaffError, SESSION_SECONDS},
    case_for,
};
use crate::{
    appeal::api::photo_response,
    case::{events::Log, now},
    edge::{
        session::{self, AnyStaffForm, CsrfField, SameOrigin, SignIn, Staff},
        StaffForm,
    },
    error::ApiError,
    units::Level,
    AppState,
};
use app::staff::StaffStore;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use axum_extra::extract::CookieJar;
use domain::{
    appeal::{Choice, EventKind, TrackingNo},
    paths,
    staff::{
        CaseFilter, CaseList, FilterChoices, GridReportForm, MediationItem, QueueItem, StaffAppeal, StaffFigures,
        StaffMediation, StaffUser,
    },
    stats::Month,
    Lang,
};
use serde::Deserialize;
use std::{future::Future, pin::Pin};

type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

impl StaffStore for AppState {
    fn user<'a>(&'a self, cookies: &'a str) -> Boxed<'a, Option<StaffUser>> {
        Box::pin(async move { self.staff.user(&session::token_in(cookies)?).await.ok() })
    }

    fn queue<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Vec<QueueItem>> {
        Box::pin(async move { self.appeals.queue(&user.unit, Lang::Zh, now()).await.unwrap_or_default() })
    }

    fn figures<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Option<StaffFigures>> {
        Box::pin(async move {
            let at = now();
            crate::stats::for_staff(&self.db, &self.units, &user.unit, Month::of(at), at).await.ok()
        })
    }

    fn search<'a>(&'a self, user: &'a StaffUser, filter: &'a CaseFilter) -> Boxed<'a, Option<CaseList>> {
        Box::pin(async move { self.appeals.search(&user.unit, filter, Lang::Zh, now()).await.ok() })
    }

    fn filter_choices(&self, user: &StaffUser) -> FilterChoices {
        let choice = |id: &str, name: &str| Choice { id: id.to_owned(), name: name.to_owned(), icon: String::new() };
        FilterChoices {
            categories: self.appeals.routing.categories.iter().map(|c| choice(&c.id, c.name(Lang::Zh))).collect(),
            villages: self
                .units
                .within(&user.unit)
                .filter(|u| u.level == Level::Village)
                .map(|u| choice(&u.id, u.name(Lang::Zh)))
                .collect(),
        }
    }

    fn grid_form(&self, user: &StaffUser) -> Option<GridReportForm> {
        let villages = super::grid::villages(self, user);
        (!villages.is_empty()).then(|| GridReportForm {
            categories: self.filter_choices(user).categories,
            villages: villages
                .into_iter()
                .map(|v| Choice { id: v.id.clone(), name: v.name(Lang::Zh).to_owned(), icon: String::new() })
                .collect(),
            idempotency_key: format!("grid-{}", &crate::case::codes::new_secret()[..32]),
        })
    }

    fn review<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Option<domain::staff::ReviewDesk>> {
        Box::pin(async move {
            if user.role != domain::staff::StaffRole::Reviewer {
                return None;
            }
            crate::review::feedback::desk(self).await.ok()
        })
    }

    fn review_text<'a>(
        &'a self,
        user: &'a StaffUser,
        lang: &'a str,
        doc: &'a str,
        query: app::staff::ReviewQuery,
    ) -> Boxed<'a, Option<domain::staff::ReviewText>> {
        Box::pin(async move {
            let draft =
                query.draft.map(|d| crate::review::desk::DraftQuery { part: d.part, text: d.text, error: d.error });
            let group = query.group.as_deref();
            crate::review::desk::text(self, user, lang, doc, group, draft).await.unwrap_or_else(|e| {
                tracing::error!(error = %e, "review desk");
                None
            })
        })
    }

    fn bank<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Option<domain::bank::BankDesk>> {
        Box::pin(super::bank::desk(self, user))
    }

    fn bank_account<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> Boxed<'a, Option<domain::bank::StaffAccount>> {
        Box::pin(super::bank::staff_account(self, user, no))
    }

    fn volunteers<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Option<domain::volunteer::VolunteerDesk>> {
        Box::pin(super::volunteers::desk(self, user))
    }

    fn mediations<'a>(&'a self, user: &'a StaffUser) -> Boxed<'a, Vec<MediationItem>> {
        Box::pin(async move { self.mediations.queue(&user.unit, Lang::Zh, now()).await.unwrap_or_default() })
    }

    fn mediation<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> Boxed<'a, Option<StaffMediation>> {
        Box::pin(async move {
            let (no, _) = case_for(self, Log::Mediation, no, user).await.ok()?;
            self.mediations.staff_view(&no, Lang::Zh, now()).await.ok()
        })
    }

    fn appeal<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> Boxed<'a, Option<StaffAppeal>> {
        Box::pin(async move {
            let (no, unit) = case_for(self, Log::Appeal, no, user).await.ok()?;
            let appeal = self.appeals.view(&no, Lang::Zh, now()).await.ok()?;
            let (phone, name) = self.appeals.contact(&no).await.ok()?;
            let units = &self.units;
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
            let group = self.appeals.group_of(&no).await.ok()?;
            let village: String = sqlx::query_scalar("SELECT village FROM appeals WHERE tracking_no = $1")
                .bind(no.as_str())
                .fetch_one(&self.db)
                .await
                .ok()?;
            let teams = if units.is_within(&village, &user.unit) {
                let teams = &self.volunteers.teams.team;
                teams
                    .iter()
                    .map(|t| Choice { id: t.id.clone(), name: t.name.get(Lang::Zh).to_owned(), icon: String::new() })
                    .collect()
            } else {
                Vec::new()
            };
            let team_task = self.volunteers.task(&no).await.ok()?;
            Some(StaffAppeal { appeal, phone, name, transfer_to, group, teams, team_task })
        })
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

/// `POST /staff/login`, from the portal's own sign-in page only.
pub async fn login(
    State(state): State<AppState>,
    _: SameOrigin,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Response {
    if let Err(retry_after) = state.limits.check_username(&form.username).await {
        return ApiError::TooMany { retry_after }.into_response();
    }
    match state.staff.login(form.username.trim(), &form.password).await {
        Ok(token) => {
            (jar.add(session::cookie(&state, token, SESSION_SECONDS)), Redirect::to(&paths::staff())).into_response()
        }
        Err(StaffError::Database(e)) => ApiError::Database(e).into_response(),
        Err(_) => {
            // Slow guessing down.
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            Redirect::to(&paths::with_query(paths::staff(), &[("error", "login")])).into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

impl CsrfField for CsrfForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/logout`: ends the session, only with the session's own
/// CSRF token (no other site can sign a staff member out).
pub async fn logout(
    State(state): State<AppState>,
    jar: CookieJar,
    _: AnyStaffForm<CsrfForm>,
) -> Result<impl IntoResponse, ApiError> {
    if let Some(token) = session::token(&jar) {
        state.staff.logout(&token).await?;
    }
    Ok((jar.add(session::cookie(&state, String::new(), 0)), Redirect::to(&paths::staff())))
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

impl CsrfField for ActionForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/appeals/{no}`: accept, reply, resolve or transfer.
pub async fn act(
    State(state): State<AppState>,
    Path(no): Path<String>,
    StaffForm { user, form }: StaffForm<ActionForm>,
) -> Result<Redirect, ApiError> {
    let (no, unit) = case_for(&state, Log::Appeal, &no, &user).await?;
    let note = match act_on(&state, &no, &unit, &user, &form).await {
        Ok(()) => ("done", form.action.as_str()),
        Err(StaffError::Database(e)) => return Err(ApiError::Database(e)),
        Err(e) => {
            tracing::info!(error = %e, "staff action refused");
            ("error", "1")
        }
    };
    Ok(Redirect::to(&paths::with_query(paths::staff_appeal(no.as_str()), &[note])))
}

async fn act_on(
    state: &AppState,
    no: &TrackingNo,
    unit: &str,
    user: &StaffUser,
    form: &ActionForm,
) -> Result<(), StaffError> {
    let text = form.text.trim();
    let (desk, at) = (&state.appeals, now());
    let result = match form.action.as_str() {
        "accept" => desk.staff_act(no, &user.username, EventKind::Accepted, None, at).await,
        "reply" if !text.is_empty() => desk.staff_act(no, &user.username, EventKind::Reply, Some(text), at).await,
        "resolve" if !text.is_empty() => desk.staff_act(no, &user.username, EventKind::Resolved, Some(text), at).await,
        "transfer" => {
            // One step: up to the parent unit, or down to a unit right below.
            let units = &state.units;
            let allowed = units.get(unit).is_some_and(|u| u.parent == form.to)
                || units.get(&form.to).is_some_and(|t| t.parent == unit);
            if !allowed {
                return Err(StaffError::Refused);
            }
            desk.transfer(no, &user.username, &form.to, at).await
        }
        _ => return Err(StaffError::Refused),
    };
    match result {
        Ok(()) => {}
        Err(crate::appeal::AppealError::Database(e)) => return Err(StaffError::Database(e)),
        Err(_) => return Err(StaffError::Refused),
    }
    let detail = if form.action == "transfer" { form.to.as_str() } else { text };
    state.staff.audit(&user.username, &form.action, Some(no.as_str()), Some(detail)).await
}

/// `GET /staff/appeals/{no}/photos/{id}`: for staff of the appeal's units.
pub async fn photo(
    State(state): State<AppState>,
    staff: Result<Staff, SignIn>,
    Path((no, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let Staff(user) = staff.map_err(|_| ApiError::NotFound)?;
    if user.role != domain::staff::StaffRole::Handler {
        return Err(ApiError::NotFound);
    }
    let (no, _) = case_for(&state, Log::Appeal, &no, &user).await?;
    photo_response(&state, &no, &id).await
}
