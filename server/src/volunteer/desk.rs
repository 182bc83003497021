//! Applications to the volunteer teams and the volunteer police, their
//! decision by the village or the police station, and the rosters.
//! Patrol shifts are in `patrols.rs`, appeals handed to a team in `tasks.rs`.

use super::teams::Teams;
use crate::{
    case::{
        codes::{random_tracking_no, request_hash, same, stored_hash_is, Secret},
        store::is_unique_violation,
        Timestamp,
    },
    db::{Db, ExecuteInTurn},
    units::{Level, Units},
};
use domain::{
    appeal::{normalise_phone, AccessCode, TrackingNo},
    form::{problem, Field, FieldProblem},
    paths,
    volunteer::{NewVolunteer, VolunteerLine, VolunteerReceipt, VolunteerStatus, VolunteerView, POLICE},
    Lang,
};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum VolunteerError {
    #[error("the request has problems: {0:?}")]
    Invalid(Vec<FieldProblem>),
    #[error("this idempotency key was used for a different request")]
    KeyReused,
    /// A wrong number and a wrong code look the same from outside.
    #[error("no application with this number and code")]
    NotFound,
    #[error("not possible in the application's present state")]
    NotNow,
    #[error("the shift is full")]
    Full,
    #[error("five numbers drawn were all taken")]
    NoNumber,
    #[error("too many wrong tries")]
    Busy(std::time::Duration),
    #[error("database")]
    Database(#[from] sqlx::Error),
}

pub struct Volunteers {
    pub(super) db: Db,
    pub teams: Arc<Teams>,
    pub(super) units: Arc<Units>,
    secret: Secret,
    public_url: String,
}

#[derive(sqlx::FromRow)]
pub(super) struct Row {
    pub application_no: String,
    pub village: String,
    pub team: String,
    pub name: String,
    pub phone: String,
    pub unit: String,
    pub status: String,
    pub role: Option<String>,
    pub grid: Option<String>,
    pub account_no: Option<String>,
}

pub(super) const COLUMNS: &str = "application_no, village, team, name, phone, unit, status, role, grid, account_no";

/// How a staff member decides an application.
pub struct Decision<'a> {
    pub approve: bool,
    pub role: &'a str,
    pub grid: &'a str,
    pub account: &'a str,
}

impl Volunteers {
    pub fn new(db: Db, teams: Arc<Teams>, units: Arc<Units>, secret: Secret, public_url: &str) -> Volunteers {
        Volunteers { db, teams, units, secret, public_url: public_url.trim_end_matches('/').to_owned() }
    }

    fn code_for(&self, key: &str) -> AccessCode {
        self.secret.access_code(&format!("volunteer:{key}"))
    }

    /// The volunteer police's name in `lang`.
    pub fn police_name(lang: Lang) -> String {
        app::i18n::loader(lang).get("volunteer-police")
    }

    pub(super) fn unit_name(&self, id: &str, lang: Lang) -> String {
        self.units.get(id).map_or_else(|| id.to_owned(), |u| u.name(lang).to_owned())
    }

    /// The unit that decides: the village for its teams, the township's
    /// police station for the volunteer police.
    fn deciding_unit(&self, village: &str, team: &str) -> Option<String> {
        let village = self.units.get(village).filter(|u| u.level == Level::Village)?;
        if team == POLICE {
            return self.units.for_village(&village.id, Level::PoliceStation).map(|u| u.id.clone());
        }
        self.teams.team(team).map(|_| village.id.clone())
    }

    /// Stores an application (or returns the one stored for the same key).
    pub async fn apply(&self, new: &NewVolunteer, at: Timestamp) -> Result<(VolunteerReceipt, bool), VolunteerError> {
        let mut problems = new.problems();
        let unit = self.deciding_unit(new.village.trim(), new.team.trim());
        if unit.is_none() && problems.is_empty() {
            let village_ok = self.units.get(new.village.trim()).is_some_and(|u| u.level == Level::Village);
            problems.push(if village_ok {
                problem(Field::Team, "volunteer-error-team")
            } else {
                problem(Field::Village, "appeal-error-village")
            });
        }
        let (Some(unit), true) = (unit, problems.is_empty()) else { return Err(VolunteerError::Invalid(problems)) };
        let phone = normalise_phone(&new.phone).unwrap_or_default();
        let (village, team, name) = (new.village.trim(), new.team.trim(), new.name.trim());
        let fingerprint = request_hash(&serde_json::json!([village, team, name, phone, new.lang.slug()]).to_string());
        let code = self.code_for(&new.idempotency_key);
        if let Some(no) = self.by_key(&new.idempotency_key, &fingerprint).await? {
            return Ok((self.receipt(new.lang, &no, &code), false));
        }
        for _ in 0..5 {
            let no = random_tracking_no();
            let inserted = sqlx::query(
                "INSERT INTO volunteers (application_no, code_hash, idempotency_key, request_hash, lang, village, team, \
                 name, phone, unit, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            )
            .bind(no.as_str())
            .bind(self.secret.code_hash(&no, &code))
            .bind(&new.idempotency_key)
            .bind(&fingerprint)
            .bind(new.lang.slug())
            .bind(village)
            .bind(team)
            .bind(name)
            .bind(&phone)
            .bind(&unit)
            .bind(VolunteerStatus::Pending.as_str())
            .bind(at)
            .execute_in_turn(&self.db)
            .await;
            match inserted {
                Ok(_) => return Ok((self.receipt(new.lang, &no, &code), true)),
                Err(e) if is_unique_violation(&e) => {
                    if let Some(no) = self.by_key(&new.idempotency_key, &fingerprint).await? {
                        return Ok((self.receipt(new.lang, &no, &code), false));
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(VolunteerError::NoNumber)
    }

    fn receipt(&self, lang: Lang, no: &TrackingNo, code: &AccessCode) -> VolunteerReceipt {
        VolunteerReceipt {
            application_no: no.to_string(),
            access_code: code.to_string(),
            status_url: format!(
                "{}{}",
                self.public_url,
                paths::volunteer_status(lang, no.as_str(), code.as_str(), &[])
            ),
        }
    }

    async fn by_key(&self, key: &str, fingerprint: &str) -> Result<Option<TrackingNo>, VolunteerError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT application_no, request_hash FROM volunteers WHERE idempotency_key = $1")
                .bind(key)
                .fetch_optional(&self.db)
                .await?;
        match row {
            None => Ok(None),
            Some((_, hash)) if !same(&hash, fingerprint) => Err(VolunteerError::KeyReused),
            Some((no, _)) => Ok(TrackingNo::parse(&no)),
        }
    }

    pub async fn authorise(&self, no: &str, code: &str) -> Result<TrackingNo, VolunteerError> {
        let (Some(no), Some(code)) = (TrackingNo::parse(no), AccessCode::parse(code)) else {
            return Err(VolunteerError::NotFound);
        };
        let expected = self.secret.code_hash(&no, &code);
        let query = "SELECT code_hash FROM volunteers WHERE application_no = $1";
        if stored_hash_is(&self.db, query, &no, &expected).await? {
            Ok(no)
        } else {
            Err(VolunteerError::NotFound)
        }
    }

    pub(super) async fn row(&self, no: &str) -> Result<Row, VolunteerError> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM volunteers WHERE application_no = $1"))
            .bind(no)
            .fetch_optional(&self.db)
            .await?
            .ok_or(VolunteerError::NotFound)
    }

    /// What the applicant sees, with the township's upcoming shifts once
    /// approved to the volunteer police.
    pub async fn view(&self, no: &TrackingNo, lang: Lang, at: Timestamp) -> Result<VolunteerView, VolunteerError> {
        let row = self.row(no.as_str()).await?;
        let status = VolunteerStatus::parse(&row.status).unwrap_or(VolunteerStatus::Pending);
        let police = row.team == POLICE;
        let shifts = if police && status == VolunteerStatus::Approved {
            let township = self.units.get(&row.unit).map(|s| s.parent.clone()).unwrap_or_default();
            self.shifts(&township, lang, at, Some(no.as_str())).await?
        } else {
            Vec::new()
        };
        Ok(VolunteerView {
            application_no: row.application_no,
            village: self.unit_name(&row.village, lang),
            team: self.teams.team_name(&row.team, lang, &Volunteers::police_name(lang)),
            police,
            status,
            role: row.role.as_deref().and_then(|r| self.teams.role(r)).map(|r| r.name.get(lang).to_owned()),
            grid: row.grid.as_deref().map(|g| self.unit_name(g, lang)),
            shifts,
        })
    }

    pub(super) fn line(&self, row: Row) -> VolunteerLine {
        VolunteerLine {
            village_name: self.unit_name(&row.village, Lang::Zh),
            team_name: self.teams.team_name(&row.team, Lang::Zh, &Volunteers::police_name(Lang::Zh)),
            status: VolunteerStatus::parse(&row.status).unwrap_or(VolunteerStatus::Pending),
            role: row.role.as_deref().and_then(|r| self.teams.role(r)).map(|r| r.name.get(Lang::Zh).to_owned()),
            grid: row.grid.as_deref().map(|g| self.unit_name(g, Lang::Zh)),
            application_no: row.application_no,
            name: row.name,
            phone: row.phone,
            village: row.village,
            team: row.team,
            account_no: row.account_no,
        }
    }

    /// Every application decided by a unit within `unit`, oldest first.
    pub async fn lines(&self, unit: &str) -> Result<Vec<VolunteerLine>, sqlx::Error> {
        let rows: Vec<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM volunteers ORDER BY created_at"))
            .fetch_all(&self.db)
            .await?;
        Ok(rows.into_iter().filter(|r| self.units.is_within(&r.unit, unit)).map(|r| self.line(r)).collect())
    }

    /// The unit deciding an application (`None`: no such application).
    pub async fn unit_of(&self, no: &TrackingNo) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT unit FROM volunteers WHERE application_no = $1")
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await
    }

    /// Approves or declines a pending application. The volunteer police
    /// get a role and a grid of the station's township; either kind may be
    /// linked to a household account of the volunteer's village, which
    /// their work is credited to.
    pub async fn decide(
        &self,
        no: &TrackingNo,
        decision: &Decision<'_>,
        accounts_of_village: &[String],
        staff: &str,
        at: Timestamp,
    ) -> Result<(), VolunteerError> {
        let row = self.row(no.as_str()).await?;
        let police = row.team == POLICE;
        let mut problems = Vec::new();
        if decision.approve && police {
            if self.teams.role(decision.role).is_none() {
                problems.push(problem(Field::Team, "staff-volunteer-error-role"));
            }
            let township = self.units.get(&row.unit).map(|s| s.parent.as_str()).unwrap_or("");
            let grid_ok = self.units.get(decision.grid).is_some_and(|g| g.level == Level::Grid)
                && self.units.is_within(decision.grid, township);
            if !grid_ok {
                problems.push(problem(Field::Village, "staff-volunteer-error-grid"));
            }
        }
        // Accounts are compared as numbers, however they were written.
        let account = TrackingNo::parse(decision.account);
        let known = |a: &TrackingNo| accounts_of_village.iter().any(|k| TrackingNo::parse(k).as_ref() == Some(a));
        if !decision.account.trim().is_empty() && !account.as_ref().is_some_and(known) {
            problems.push(problem(Field::Name, "staff-volunteer-error-account"));
        }
        if !problems.is_empty() {
            return Err(VolunteerError::Invalid(problems));
        }
        let status = if decision.approve { VolunteerStatus::Approved } else { VolunteerStatus::Declined };
        let changed = sqlx::query(
            "UPDATE volunteers SET status = $1, role = $2, grid = $3, account_no = $4, decided_at = $5, decided_by = $6 \
             WHERE application_no = $7 AND status = 'pending'",
        )
        .bind(status.as_str())
        .bind((decision.approve && police).then_some(decision.role))
        .bind((decision.approve && police).then_some(decision.grid))
        .bind(account.as_ref().filter(|_| decision.approve).map(|a| a.as_str().to_owned()))
        .bind(at)
        .bind(staff)
        .bind(no.as_str())
        .execute_in_turn(&self.db)
        .await?;
        if changed.rows_affected() == 0 {
            return Err(VolunteerError::NotNow);
        }
        Ok(())
    }
}
