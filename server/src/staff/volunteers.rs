//! Volunteers in the console: the village decides applications to its
//! teams and hands appeals to a team; the township's police station decides
//! applications to the volunteer police, publishes patrol shifts and
//! records who came. Each acts within its own units only (a 404 otherwise),
//! and every action goes to the audit log.

use super::case_for;
use crate::{
    case::{events::Log, now},
    edge::{session::CsrfField, StaffForm},
    error::ApiError,
    units::Level,
    volunteer::{desk::Decision, patrols::NewShift, VolunteerError},
    AppState,
};
use axum::{
    extract::{Path, State},
    response::Redirect,
};
use domain::{
    appeal::{Choice, TrackingNo},
    paths,
    staff::StaffUser,
    time::parse_china_time,
    volunteer::{VolunteerDesk, VolunteerStatus, POLICE},
    Lang,
};
use serde::Deserialize;
use std::collections::HashMap;

fn choice(id: &str, name: &str) -> Choice {
    Choice { id: id.to_owned(), name: name.to_owned(), icon: String::new() }
}

/// Whether the user is a police station's.
fn station(state: &AppState, user: &StaffUser) -> Option<String> {
    state.units.get(&user.unit).filter(|u| u.level == Level::PoliceStation).map(|u| u.id.clone())
}

/// The console's volunteers page; `None` for a user who decides nothing
/// (a grid worker, a judicial office).
pub async fn desk(state: &AppState, user: &StaffUser) -> Option<VolunteerDesk> {
    let station = station(state, user);
    let villages: Vec<&str> =
        state.units.within(&user.unit).filter(|u| u.level == Level::Village).map(|u| u.id.as_str()).collect();
    if station.is_none() && villages.is_empty() {
        return None;
    }
    let lines = state.volunteers.lines(&user.unit).await.ok()?;
    // The volunteer police are the station's alone to decide.
    let ours = |l: &domain::volunteer::VolunteerLine| (l.team == POLICE) == station.is_some();
    let (pending, approved): (Vec<_>, Vec<_>) = lines
        .into_iter()
        .filter(|l| l.status != VolunteerStatus::Declined && ours(l))
        .partition(|l| l.status == VolunteerStatus::Pending);
    let mut rosters: Vec<(String, Vec<_>)> = Vec::new();
    for line in approved {
        let key = format!("{} · {}", line.village_name, line.team_name);
        match rosters.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(line),
            None => rosters.push((key, vec![line])),
        }
    }
    let accounts = state
        .bank
        .list(&user.unit)
        .await
        .ok()?
        .into_iter()
        .map(|a| choice(&a.account_no, &format!("{} · {} · {}", a.household, a.village_name, a.account_no)))
        .collect();
    let (grids, grids_without, shifts) = match &station {
        Some(station) => {
            let township = state.units.get(station).map(|s| s.parent.clone()).unwrap_or_default();
            let grids = state
                .units
                .within(&township)
                .filter(|u| u.level == Level::Grid)
                .map(|u| choice(&u.id, u.name(Lang::Zh)))
                .collect();
            let without = state.volunteers.grids_without(station).await.ok()?;
            (grids, without, state.volunteers.station_shifts(station, now()).await.ok()?)
        }
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    Some(VolunteerDesk {
        pending,
        rosters,
        accounts,
        roles: state.volunteers.teams.role_choices(Lang::Zh),
        grids,
        station: station.is_some(),
        grids_without,
        shifts,
    })
}

#[derive(Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    grid: String,
    #[serde(default)]
    account: String,
}

impl CsrfField for DecideForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

fn back(note: (&str, &str)) -> Redirect {
    Redirect::to(&paths::with_query(paths::staff_volunteers(), &[note]))
}

fn outcome(result: Result<(), VolunteerError>, done: &str) -> Result<Redirect, ApiError> {
    match result {
        Ok(()) => Ok(back(("done", done))),
        Err(VolunteerError::Database(e)) => Err(ApiError::Database(e)),
        Err(VolunteerError::Invalid(problems)) => {
            let id = problems.first().map_or("error-invalid", |p| p.message_id.as_str()).to_owned();
            Ok(Redirect::to(&paths::with_query(paths::staff_volunteers(), &[("error", &id)])))
        }
        Err(e) => Ok(back(("error", ApiError::from(e).message_id()))),
    }
}

/// `POST /staff/volunteers/{no}`: `approve` or `decline` an application
/// decided within the user's units.
pub async fn decide(
    State(state): State<AppState>,
    Path(no): Path<String>,
    StaffForm { user, form }: StaffForm<DecideForm>,
) -> Result<Redirect, ApiError> {
    let no = TrackingNo::parse(&no).ok_or(ApiError::NotFound)?;
    let unit = state.volunteers.unit_of(&no).await?.ok_or(ApiError::NotFound)?;
    // A village's teams: its staff and those above; the volunteer police:
    // the station itself.
    let is_station = state.units.get(&unit).is_some_and(|u| u.level == Level::PoliceStation);
    let allowed = if is_station { unit == user.unit } else { state.units.is_within(&unit, &user.unit) };
    if !allowed {
        return Err(ApiError::NotFound);
    }
    let village: String = sqlx::query_scalar("SELECT village FROM volunteers WHERE application_no = $1")
        .bind(no.as_str())
        .fetch_one(&state.db)
        .await?;
    let accounts: Vec<String> = state.bank.list(&village).await?.into_iter().map(|a| a.account_no).collect();
    let decision =
        Decision { approve: form.action == "approve", role: &form.role, grid: &form.grid, account: &form.account };
    if !matches!(form.action.as_str(), "approve" | "decline") {
        return Err(ApiError::BadRequest("action".into()));
    }
    let result = state.volunteers.decide(&no, &decision, &accounts, &user.username, now()).await;
    if result.is_ok() {
        let action = format!("volunteer-{}", form.action);
        state.staff.audit(&user.username, &action, Some(no.as_str()), Some(&form.grid)).await?;
    }
    outcome(result, &form.action)
}

#[derive(Deserialize)]
pub struct ShiftForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    when: String,
    #[serde(default)]
    grid: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    places: String,
}

impl CsrfField for ShiftForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/patrols`: a police station publishes a shift.
pub async fn publish(
    State(state): State<AppState>,
    StaffForm { user, form }: StaffForm<ShiftForm>,
) -> Result<Redirect, ApiError> {
    let station = station(&state, &user).ok_or(ApiError::NotFound)?;
    let starts_at = parse_china_time(&form.when.replace('T', " "));
    let places = form.places.trim().parse().unwrap_or(0);
    let result = match starts_at {
        Some(starts_at) => {
            let new = NewShift { starts_at, grid: &form.grid, place: &form.place, places };
            state.volunteers.publish(&station, &new, &user.username, now()).await
        }
        None => Err(VolunteerError::Invalid(vec![])),
    };
    match result {
        Ok(id) => {
            state.staff.audit(&user.username, "patrol-publish", None, Some(&id)).await?;
            Ok(back(("done", "publish")))
        }
        Err(VolunteerError::Invalid(_)) => Ok(back(("error", "staff-volunteer-error-shift"))),
        Err(e) => outcome(Err(e), ""),
    }
}

#[derive(Deserialize)]
pub struct AttendanceForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    volunteer: String,
}

impl CsrfField for AttendanceForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/patrols/{id}`: the station records that a volunteer came;
/// the household is credited once.
pub async fn attended(
    State(state): State<AppState>,
    Path(shift): Path<String>,
    StaffForm { user, form }: StaffForm<AttendanceForm>,
) -> Result<Redirect, ApiError> {
    let station = state.volunteers.station_of(&shift).await?.ok_or(ApiError::NotFound)?;
    if station != user.unit {
        return Err(ApiError::NotFound);
    }
    let at = now();
    let volunteer = TrackingNo::parse(&form.volunteer).ok_or(ApiError::NotFound)?;
    match state.volunteers.attended(&shift, volunteer.as_str(), &state.bank, &user.username, at).await {
        Ok(credit) => {
            let done = match credit {
                crate::volunteer::patrols::Credit::Credited => "attended",
                crate::volunteer::patrols::Credit::Already => "attended-before",
                crate::volunteer::patrols::Credit::NoAccount => "attended-no-account",
            };
            state.staff.audit(&user.username, "patrol-attended", Some(volunteer.as_str()), Some(&shift)).await?;
            Ok(back(("done", done)))
        }
        Err(e) => outcome(Err(e), ""),
    }
}

#[derive(Deserialize)]
pub struct TeamForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    team: String,
    /// The members who took part, as `m-<application number>=on`.
    #[serde(flatten)]
    fields: HashMap<String, String>,
}

impl CsrfField for TeamForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/appeals/{no}/team`: `hand` the appeal to a team of its
/// village, or record the team's part `done` with who took part.
pub async fn team(
    State(state): State<AppState>,
    Path(no): Path<String>,
    StaffForm { user, form }: StaffForm<TeamForm>,
) -> Result<Redirect, ApiError> {
    let (no, _) = case_for(&state, Log::Appeal, &no, &user).await?;
    let village: String = sqlx::query_scalar("SELECT village FROM appeals WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_one(&state.db)
        .await?;
    if !state.units.is_within(&village, &user.unit) {
        // A township's staff hand the appeals of their villages; a grid
        // worker's unit lies below the village: not theirs to hand.
        return Err(ApiError::NotFound);
    }
    let at = now();
    let result = match form.action.as_str() {
        "hand" => state.volunteers.hand_to_team(&no, &village, &form.team, &user.username, at).await.map(|()| 0),
        "done" => {
            let members: Vec<String> = form
                .fields
                .keys()
                .filter_map(|k| TrackingNo::parse(k.strip_prefix("m-")?))
                .map(|no| no.as_str().to_owned())
                .collect();
            state.volunteers.team_done(&no, &members, &state.bank, &user.username, at).await
        }
        _ => return Err(ApiError::BadRequest("action".into())),
    };
    let page = paths::staff_appeal(no.as_str());
    match result {
        Ok(credited) => {
            let detail = if form.action == "hand" { form.team.clone() } else { credited.to_string() };
            state
                .staff
                .audit(&user.username, &format!("team-{}", form.action), Some(no.as_str()), Some(&detail))
                .await?;
            Ok(Redirect::to(&paths::with_query(page, &[("done", "team")])))
        }
        Err(VolunteerError::Database(e)) => Err(ApiError::Database(e)),
        Err(_) => Ok(Redirect::to(&paths::with_query(page, &[("error", "1")]))),
    }
}
