//! Patrol shifts of the volunteer police (平安义警): a police station
//! publishes them; approved volunteers of the township sign up with their
//! own link; the station records who came, and an attended shift credits
//! the volunteer's household once by the culture bank's rules.

use super::desk::{VolunteerError, Volunteers};
use crate::db::ExecuteInTurn;
use crate::{
    bank::Bank,
    case::{codes::new_secret, store::is_unique_violation, Timestamp},
    units::Level,
};
use domain::{
    appeal::TrackingNo,
    volunteer::{Shift, StaffShift, VolunteerStatus, PLACES_MAX, PLACE_MAX_CHARS, POLICE},
    Lang,
};

/// A shift the station writes.
pub struct NewShift<'a> {
    pub starts_at: Timestamp,
    pub grid: &'a str,
    pub place: &'a str,
    pub places: i64,
}

#[derive(sqlx::FromRow)]
struct ShiftRow {
    id: String,
    starts_at: i64,
    grid: Option<String>,
    place: Option<String>,
    places: i64,
    taken: i64,
}

/// What attendance did for one volunteer.
#[derive(Debug, PartialEq, Eq)]
pub enum Credit {
    /// Points written to the household's account.
    Credited,
    /// Attended before: nothing more.
    Already,
    /// No household account linked: attendance kept, nothing credited.
    NoAccount,
}

impl Volunteers {
    /// Publishes a shift of `station` (a police station's id).
    pub async fn publish(
        &self,
        station: &str,
        new: &NewShift<'_>,
        staff: &str,
        at: Timestamp,
    ) -> Result<String, VolunteerError> {
        let Some(township) =
            self.units.get(station).filter(|s| s.level == Level::PoliceStation).map(|s| s.parent.clone())
        else {
            return Err(VolunteerError::NotNow);
        };
        let grid = new.grid.trim();
        let place = new.place.trim();
        let grid_ok = grid.is_empty()
            || self.units.get(grid).is_some_and(|g| g.level == Level::Grid) && self.units.is_within(grid, &township);
        let valid = grid_ok
            && (!grid.is_empty() || !place.is_empty())
            && place.chars().count() <= PLACE_MAX_CHARS
            && (1..=PLACES_MAX).contains(&new.places)
            && new.starts_at > at;
        if !valid {
            return Err(VolunteerError::Invalid(vec![]));
        }
        let id = new_secret()[..12].to_owned();
        sqlx::query(
            "INSERT INTO patrol_shifts (id, township, station, starts_at, grid, place, places, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&id)
        .bind(&township)
        .bind(station)
        .bind(new.starts_at)
        .bind((!grid.is_empty()).then_some(grid))
        .bind((!place.is_empty()).then_some(place))
        .bind(new.places)
        .bind(staff)
        .bind(at)
        .execute_in_turn(&self.db)
        .await?;
        Ok(id)
    }

    fn shift(&self, row: &ShiftRow, lang: Lang, mine: bool) -> Shift {
        let grid = row.grid.as_deref().map(|g| self.unit_name(g, lang));
        let place = match (grid, row.place.as_deref()) {
            (Some(grid), Some(place)) => format!("{grid} · {place}"),
            (Some(grid), None) => grid,
            (None, place) => place.unwrap_or_default().to_owned(),
        };
        Shift {
            id: row.id.clone(),
            starts_at: row.starts_at,
            place,
            places: row.places,
            free: (row.places - row.taken).max(0),
            mine,
        }
    }

    /// Upcoming shifts of a township, soonest first, without names;
    /// `mine` marks those `volunteer` signed up for.
    pub async fn shifts(
        &self,
        township: &str,
        lang: Lang,
        at: Timestamp,
        volunteer: Option<&str>,
    ) -> Result<Vec<Shift>, sqlx::Error> {
        let rows: Vec<ShiftRow> = sqlx::query_as(
            "SELECT id, starts_at, grid, place, places, taken FROM patrol_shifts \
             WHERE township = $1 AND starts_at > $2 ORDER BY starts_at LIMIT 50",
        )
        .bind(township)
        .bind(at)
        .fetch_all(&self.db)
        .await?;
        let mine: Vec<String> = match volunteer {
            Some(no) => {
                sqlx::query_scalar("SELECT shift_id FROM patrol_signups WHERE application_no = $1")
                    .bind(no)
                    .fetch_all(&self.db)
                    .await?
            }
            None => Vec::new(),
        };
        Ok(rows.iter().map(|r| self.shift(r, lang, mine.contains(&r.id))).collect())
    }

    /// The station's shifts from a week ago on, with who signed up.
    pub async fn station_shifts(&self, station: &str, at: Timestamp) -> Result<Vec<StaffShift>, sqlx::Error> {
        let rows: Vec<ShiftRow> = sqlx::query_as(
            "SELECT id, starts_at, grid, place, places, taken FROM patrol_shifts \
             WHERE station = $1 AND starts_at > $2 ORDER BY starts_at LIMIT 50",
        )
        .bind(station)
        .bind(at - 7 * 86_400)
        .fetch_all(&self.db)
        .await?;
        let mut out = Vec::new();
        for row in rows {
            let volunteers: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT v.application_no, v.name, s.attended FROM patrol_signups s \
                 JOIN volunteers v ON v.application_no = s.application_no WHERE s.shift_id = $1 ORDER BY s.signed_at",
            )
            .bind(&row.id)
            .fetch_all(&self.db)
            .await?;
            out.push(StaffShift {
                shift: self.shift(&row, Lang::Zh, false),
                volunteers: volunteers.into_iter().map(|(no, name, attended)| (no, name, attended != 0)).collect(),
            });
        }
        Ok(out)
    }

    /// The station a shift belongs to (`None`: no such shift).
    pub async fn station_of(&self, shift: &str) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT station FROM patrol_shifts WHERE id = $1").bind(shift).fetch_optional(&self.db).await
    }

    /// An approved volunteer police of the shift's station signs up; never
    /// more than the places, also when many sign up at once. Signing up
    /// twice is one sign-up.
    pub async fn sign_up(&self, no: &TrackingNo, shift: &str, at: Timestamp) -> Result<(), VolunteerError> {
        let row = self.row(no.as_str()).await?;
        let station = self.station_of(shift).await?;
        let approved = row.team == POLICE && row.status == VolunteerStatus::Approved.as_str();
        if !approved || station.as_deref() != Some(row.unit.as_str()) {
            return Err(VolunteerError::NotNow);
        }
        let signed: Option<i64> =
            sqlx::query_scalar("SELECT attended FROM patrol_signups WHERE shift_id = $1 AND application_no = $2")
                .bind(shift)
                .bind(no.as_str())
                .fetch_optional(&self.db)
                .await?;
        if signed.is_some() {
            return Ok(());
        }
        let mut tx = crate::db::write(&self.db).await?;
        let taken = sqlx::query(
            "UPDATE patrol_shifts SET taken = taken + 1 WHERE id = $1 AND taken < places AND starts_at > $2",
        )
        .bind(shift)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() == 0 {
            return Err(VolunteerError::Full);
        }
        let inserted =
            sqlx::query("INSERT INTO patrol_signups (shift_id, application_no, signed_at) VALUES ($1, $2, $3)")
                .bind(shift)
                .bind(no.as_str())
                .bind(at)
                .execute(&mut *tx)
                .await;
        match inserted {
            Ok(_) => tx.commit().await?,
            // Signed up already: the place taken above is given back.
            Err(e) if is_unique_violation(&e) => tx.rollback().await?,
            Err(e) => return Err(e.into()),
        }
        Ok(())
    }

    /// The station records that a volunteer came; the household is
    /// credited the patrol item once, however often this is sent.
    pub async fn attended(
        &self,
        shift: &str,
        no: &str,
        bank: &Bank,
        staff: &str,
        at: Timestamp,
    ) -> Result<Credit, VolunteerError> {
        let marked = sqlx::query("UPDATE patrol_signups SET attended = 1 WHERE shift_id = $1 AND application_no = $2")
            .bind(shift)
            .bind(no)
            .execute_in_turn(&self.db)
            .await?;
        if marked.rows_affected() == 0 {
            return Err(VolunteerError::NotFound);
        }
        let row = self.row(no).await?;
        let Some(account) = row.account_no.as_deref().and_then(TrackingNo::parse) else { return Ok(Credit::NoAccount) };
        let item = bank.rules.patrol_item.clone();
        let note = format!("{} {}", Volunteers::police_name(Lang::Zh), row.name);
        let source = format!("patrol:{shift}:{no}");
        match bank.record(&account, &item, Some(&note), staff, Some(&source), at).await {
            Ok(true) => Ok(Credit::Credited),
            Ok(false) => Ok(Credit::Already),
            Err(crate::bank::BankError::Database(e)) => Err(e.into()),
            Err(_) => Ok(Credit::NoAccount),
        }
    }

    /// Grids of a station's township that no approved volunteer police
    /// covers ("one grid, one volunteer police"), named in Chinese.
    pub async fn grids_without(&self, station: &str) -> Result<Vec<String>, sqlx::Error> {
        let Some(township) = self.units.get(station).map(|s| s.parent.clone()) else { return Ok(Vec::new()) };
        let covered: Vec<String> = sqlx::query_scalar(
            "SELECT grid FROM volunteers WHERE team = 'police' AND status = 'approved' AND grid IS NOT NULL",
        )
        .fetch_all(&self.db)
        .await?;
        Ok(self
            .units
            .within(&township)
            .filter(|u| u.level == Level::Grid && !covered.contains(&u.id))
            .map(|u| u.name(Lang::Zh).to_owned())
            .collect())
    }
}
