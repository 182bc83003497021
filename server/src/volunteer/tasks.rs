//! Appeals handed to a village's volunteer team (派给志愿队): the
//! resident's timeline shows it in their language; when staff record it
//! done, each member who took part is credited by the culture bank's rules.

use super::desk::{VolunteerError, Volunteers, COLUMNS};
use crate::{
    bank::Bank,
    case::{
        events::{self, Event, Log},
        Timestamp,
    },
};
use domain::{
    appeal::{EventKind, TrackingNo},
    volunteer::{TeamTask, VolunteerStatus},
};

impl Volunteers {
    /// Hands an appeal of `village` to one of its teams (again: to another).
    pub async fn hand_to_team(
        &self,
        appeal: &TrackingNo,
        village: &str,
        team: &str,
        staff: &str,
        at: Timestamp,
    ) -> Result<(), VolunteerError> {
        if self.teams.team(team).is_none() {
            return Err(VolunteerError::NotNow);
        }
        let mut tx = crate::db::write(&self.db).await?;
        let done: Option<Option<i64>> = sqlx::query_scalar("SELECT done_at FROM team_tasks WHERE tracking_no = $1")
            .bind(appeal.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        match done {
            Some(Some(_)) => return Err(VolunteerError::NotNow),
            Some(None) => {
                sqlx::query("UPDATE team_tasks SET team = $1, handed_at = $2, handed_by = $3 WHERE tracking_no = $4")
                    .bind(team)
                    .bind(at)
                    .bind(staff)
                    .bind(appeal.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            None => {
                sqlx::query(
                    "INSERT INTO team_tasks (tracking_no, village, team, handed_at, handed_by) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(appeal.as_str())
                .bind(village)
                .bind(team)
                .bind(at)
                .bind(staff)
                .execute(&mut *tx)
                .await?;
            }
        }
        let about = format!("team:{team}");
        let event = Event::new(at, EventKind::TeamHanded.as_str()).about(Some(&about)).by(staff);
        events::append(&mut tx, Log::Appeal, appeal, event).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The team an appeal was handed to, with the team's approved members
    /// of the appeal's village.
    pub async fn task(&self, appeal: &TrackingNo) -> Result<Option<TeamTask>, sqlx::Error> {
        let task: Option<(String, String, Option<i64>)> =
            sqlx::query_as("SELECT village, team, done_at FROM team_tasks WHERE tracking_no = $1")
                .bind(appeal.as_str())
                .fetch_optional(&self.db)
                .await?;
        let Some((village, team, done_at)) = task else { return Ok(None) };
        let members: Vec<super::desk::Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM volunteers WHERE village = $1 AND team = $2 AND status = 'approved' ORDER BY name"
        ))
        .bind(&village)
        .bind(&team)
        .fetch_all(&self.db)
        .await?;
        Ok(Some(TeamTask {
            team_name: self.teams.team_name(&team, domain::Lang::Zh, ""),
            team,
            done: done_at.is_some(),
            members: members.into_iter().map(|r| self.line(r)).collect(),
        }))
    }

    /// Records the team's task done; each member named (an approved member
    /// of the team) gets the team task item once. Returns how many were
    /// credited (members without a household account are not).
    pub async fn team_done(
        &self,
        appeal: &TrackingNo,
        members: &[String],
        bank: &Bank,
        staff: &str,
        at: Timestamp,
    ) -> Result<usize, VolunteerError> {
        let task = self.task(appeal).await?.ok_or(VolunteerError::NotNow)?;
        if task.done {
            return Err(VolunteerError::NotNow);
        }
        if members.iter().any(|m| !task.members.iter().any(|t| &t.application_no == m)) {
            return Err(VolunteerError::NotNow);
        }
        let mut tx = crate::db::write(&self.db).await?;
        let marked =
            sqlx::query("UPDATE team_tasks SET done_at = $1, done_by = $2 WHERE tracking_no = $3 AND done_at IS NULL")
                .bind(at)
                .bind(staff)
                .bind(appeal.as_str())
                .execute(&mut *tx)
                .await?;
        if marked.rows_affected() == 0 {
            return Err(VolunteerError::NotNow);
        }
        let about = format!("team:{}", task.team);
        let event = Event::new(at, EventKind::TeamDone.as_str()).about(Some(&about)).by(staff);
        events::append(&mut tx, Log::Appeal, appeal, event).await?;
        tx.commit().await?;
        let mut credited = 0;
        let item = bank.rules.team_task_item.clone();
        for member in
            task.members.iter().filter(|m| members.contains(&m.application_no) && m.status == VolunteerStatus::Approved)
        {
            let Some(account) = member.account_no.as_deref().and_then(TrackingNo::parse) else { continue };
            let note = format!("{} {}", task.team_name, member.name);
            let source = format!("team:{}:{}", appeal.as_str(), member.application_no);
            match bank.record(&account, &item, Some(&note), staff, Some(&source), at).await {
                Ok(true) => credited += 1,
                Ok(false) => {}
                Err(crate::bank::BankError::Database(e)) => return Err(e.into()),
                Err(_) => {}
            }
        }
        Ok(credited)
    }
}
