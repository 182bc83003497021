//! What can happen to an appeal after it is sent, each one transaction that
//! changes the state and appends to the timeline: the resident adds
//! information, rates or reopens it; staff accept, reply, resolve or
//! transfer it.

use super::{
    desk::{AppealError, Desk},
    joined,
    routing::due_at,
};
use crate::case::{
    events::{self, Event, Log},
    store::Tx,
    Timestamp,
};
use domain::appeal::{AppealStatus, EventKind, TrackingNo, COMMENT_MAX_CHARS, DESCRIPTION_MAX_CHARS};

impl Desk {
    /// The resident adds information while the appeal is open.
    pub async fn add_info(&self, no: &TrackingNo, text: &str, at: Timestamp) -> Result<(), AppealError> {
        let text = checked_text(text, DESCRIPTION_MAX_CHARS)?;
        let mut tx = crate::db::write(&self.db).await?;
        if !status_of(&mut tx, no).await?.is_open() {
            return Err(AppealError::NotNow);
        }
        append(&mut tx, no, Event::new(at, EventKind::InfoAdded.as_str()).text(Some(text))).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Once resolved: 1-5 stars and an optional comment, once (群众评价).
    pub async fn rate(&self, no: &TrackingNo, stars: u8, comment: &str, at: Timestamp) -> Result<(), AppealError> {
        if !(1..=5).contains(&stars) {
            return Err(AppealError::BadRating);
        }
        let comment = comment.trim();
        if comment.chars().count() > COMMENT_MAX_CHARS {
            return Err(AppealError::BadText);
        }
        let comment = (!comment.is_empty()).then_some(comment);
        let mut tx = crate::db::write(&self.db).await?;
        if status_of(&mut tx, no).await? != AppealStatus::Resolved {
            return Err(AppealError::NotNow);
        }
        sqlx::query("UPDATE appeals SET status = $1, rating = $2, rating_comment = $3 WHERE tracking_no = $4")
            .bind(AppealStatus::Closed.as_str())
            .bind(i32::from(stars))
            .bind(comment)
            .bind(no.as_str())
            .execute(&mut *tx)
            .await?;
        let stars = stars.to_string();
        append(&mut tx, no, Event::new(at, EventKind::Rated.as_str()).text(Some(&stars))).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Not satisfied: back to the unit, once, with a fresh deadline.
    pub async fn reopen(&self, no: &TrackingNo, reason: &str, at: Timestamp) -> Result<(), AppealError> {
        #[derive(sqlx::FromRow)]
        struct Reopenable {
            status: String,
            reopened: i32,
            category: String,
            village: String,
        }
        let reason = checked_text(reason, COMMENT_MAX_CHARS)?;
        let mut tx = crate::db::write(&self.db).await?;
        status_of(&mut tx, no).await?;
        let row: Reopenable =
            sqlx::query_as("SELECT status, reopened, category, village FROM appeals WHERE tracking_no = $1")
                .bind(no.as_str())
                .fetch_one(&mut *tx)
                .await?;
        if AppealStatus::parse(&row.status) != Some(AppealStatus::Resolved) || row.reopened != 0 {
            return Err(AppealError::NotNow);
        }
        let hours = self.routing.route(&self.units, &row.category, &row.village).map_or(72, |r| r.hours);
        sqlx::query(
            "UPDATE appeals SET status = $1, reopened = 1, resolved_at = NULL, due_at = $2 WHERE tracking_no = $3",
        )
        .bind(AppealStatus::Accepted.as_str())
        .bind(due_at(at, hours))
        .bind(no.as_str())
        .execute(&mut *tx)
        .await?;
        append(&mut tx, no, Event::new(at, EventKind::Reopened.as_str()).text(Some(reason))).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A staff action on the timeline: accept, reply or resolve. (The staff
    /// console calls this after checking the user's unit.) It applies to
    /// every open report of the appeal's group (`joined.rs`): staff act
    /// once, and each resident's timeline shows it.
    pub async fn staff_act(
        &self,
        no: &TrackingNo,
        actor: &str,
        kind: EventKind,
        text: Option<&str>,
        at: Timestamp,
    ) -> Result<(), AppealError> {
        let new_status = match kind {
            EventKind::Accepted | EventKind::Reply => AppealStatus::Accepted,
            EventKind::Resolved => AppealStatus::Resolved,
            _ => return Err(AppealError::NotNow),
        };
        let mut tx = crate::db::write(&self.db).await?;
        let group = joined::open_group(&mut tx, no).await?;
        if !status_of(&mut tx, no).await?.is_open() {
            return Err(AppealError::NotNow);
        }
        for member in &group {
            let unit: String = sqlx::query_scalar("SELECT unit FROM appeals WHERE tracking_no = $1")
                .bind(member.as_str())
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query("UPDATE appeals SET status = $1, resolved_at = $2 WHERE tracking_no = $3")
                .bind(new_status.as_str())
                .bind((new_status == AppealStatus::Resolved).then_some(at))
                .bind(member.as_str())
                .execute(&mut *tx)
                .await?;
            append(&mut tx, member, Event::new(at, kind.as_str()).about(Some(&unit)).by(actor).text(text)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Escalate up or send down (平台流转), the whole group together; the
    /// timeline shows the move.
    pub async fn transfer(&self, no: &TrackingNo, actor: &str, to: &str, at: Timestamp) -> Result<(), AppealError> {
        if self.units.get(to).is_none() {
            return Err(AppealError::NotNow);
        }
        let mut tx = crate::db::write(&self.db).await?;
        let group = joined::open_group(&mut tx, no).await?;
        if !status_of(&mut tx, no).await?.is_open() {
            return Err(AppealError::NotNow);
        }
        for member in &group {
            sqlx::query("UPDATE appeals SET unit = $1, status = $2 WHERE tracking_no = $3")
                .bind(to)
                .bind(AppealStatus::Received.as_str())
                .bind(member.as_str())
                .execute(&mut *tx)
                .await?;
            append(&mut tx, member, Event::new(at, EventKind::Transferred.as_str()).about(Some(to)).by(actor)).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

fn checked_text(text: &str, max: usize) -> Result<&str, AppealError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > max {
        return Err(AppealError::BadText);
    }
    Ok(text)
}

/// The appeal's status, with the appeal locked for the rest of the
/// transaction, so that two actions on one appeal take turns.
async fn status_of(tx: &mut Tx, no: &TrackingNo) -> Result<AppealStatus, AppealError> {
    if !events::lock(tx, Log::Appeal, no).await? {
        return Err(AppealError::NotFound);
    }
    let status: Option<String> = sqlx::query_scalar("SELECT status FROM appeals WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    status.and_then(|s| AppealStatus::parse(&s)).ok_or(AppealError::NotFound)
}

async fn append(tx: &mut Tx, no: &TrackingNo, event: Event<'_>) -> Result<(), sqlx::Error> {
    events::append(tx, Log::Appeal, no, event).await
}
