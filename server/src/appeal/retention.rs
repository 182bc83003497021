//! Personal information is kept only as long as it is needed (PIPL).
//! `days` after a case closes (an appeal resolved, a mediation done), or
//! after its last activity if it never closes, everything in it that can
//! identify a person is erased: phones, names, photos, the description,
//! added information, rating comments, staff replies, the time and place
//! of a mediation, and the details in the audit log. What stays serves the
//! statistics: category, units, dates, status and the kinds of the
//! timeline's events. Checked at start and daily.

use super::desk::{AppealError, Desk};
use crate::{
    case::{now, store::Tx, Timestamp},
    AppState,
};

/// The advisory lock's key for retention (`db::exclusively`).
const RETENTION_LOCK: i64 = 0x0067_6472_6574_656e;

/// Appeals past the period: resolved (or closed) before the cutoff, or
/// never resolved and untouched since before it.
const EXPIRED_APPEALS: &str = "SELECT a.tracking_no FROM appeals a WHERE a.erased_at IS NULL AND \
     CASE WHEN a.resolved_at IS NOT NULL THEN a.resolved_at \
     ELSE (SELECT MAX(e.at) FROM appeal_events e WHERE e.tracking_no = a.tracking_no) END < $1";

/// The same for mediations: done before the cutoff, or untouched since.
const EXPIRED_MEDIATIONS: &str = "SELECT m.tracking_no FROM mediations m WHERE m.erased_at IS NULL AND \
     CASE WHEN m.done_at IS NOT NULL THEN m.done_at \
     ELSE (SELECT MAX(e.at) FROM mediation_events e WHERE e.tracking_no = m.tracking_no) END < $1";

impl Desk {
    /// Erases what identifies a person in every case past the period, and
    /// photos never attached to an appeal after a day. Returns the photo
    /// ids whose files the caller must delete.
    pub async fn apply_retention(&self, days: u32, at: Timestamp) -> Result<Vec<String>, AppealError> {
        let cutoff = at - i64::from(days) * 86_400;
        let mut photos = Vec::new();
        // A transaction per case: the first run after an upgrade may find
        // many, and the database's writers should not wait for all of them.
        let appeals: Vec<String> = sqlx::query_scalar(EXPIRED_APPEALS).bind(cutoff).fetch_all(&self.db).await?;
        for no in &appeals {
            let mut tx = crate::db::write(&self.db).await?;
            photos.extend(erase_appeal(&mut tx, no, at).await?);
            tx.commit().await?;
        }
        let mediations: Vec<String> = sqlx::query_scalar(EXPIRED_MEDIATIONS).bind(cutoff).fetch_all(&self.db).await?;
        for no in &mediations {
            let mut tx = crate::db::write(&self.db).await?;
            erase_mediation(&mut tx, no, at).await?;
            tx.commit().await?;
        }
        let mut tx = crate::db::write(&self.db).await?;
        let orphans: Vec<String> =
            sqlx::query_scalar("SELECT id FROM photos WHERE tracking_no IS NULL AND created_at < $1")
                .bind(at - 86_400)
                .fetch_all(&mut *tx)
                .await?;
        sqlx::query("DELETE FROM photos WHERE tracking_no IS NULL AND created_at < $1")
            .bind(at - 86_400)
            .execute(&mut *tx)
            .await?;
        photos.extend(orphans);
        tx.commit().await?;
        Ok(photos)
    }
}

/// One appeal: its photos' ids are returned for their files to go.
async fn erase_appeal(tx: &mut Tx, no: &str, at: Timestamp) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(
        "UPDATE appeals SET phone = NULL, name = NULL, description = '', rating_comment = NULL, erased_at = $1 \
         WHERE tracking_no = $2",
    )
    .bind(at)
    .bind(no)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE appeal_events SET body = NULL WHERE tracking_no = $1").bind(no).execute(&mut **tx).await?;
    sqlx::query("UPDATE audit_log SET detail = NULL WHERE tracking_no = $1").bind(no).execute(&mut **tx).await?;
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM photos WHERE tracking_no = $1").bind(no).fetch_all(&mut **tx).await?;
    sqlx::query("DELETE FROM photos WHERE tracking_no = $1").bind(no).execute(&mut **tx).await?;
    Ok(ids)
}

/// One mediation: both phones, the story, the place; the mediators chosen
/// and the kinds of events stay.
async fn erase_mediation(tx: &mut Tx, no: &str, at: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE mediations SET phone_a = NULL, phone_b = NULL, description = '', place = NULL, scheduled_at = NULL, \
         erased_at = $1 \
         WHERE tracking_no = $2",
    )
    .bind(at)
    .bind(no)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE mediation_events SET detail = NULL WHERE tracking_no = $1 AND kind = 'scheduled'")
        .bind(no)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE mediator_ratings SET comment = NULL WHERE tracking_no = $1")
        .bind(no)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE audit_log SET detail = NULL WHERE tracking_no = $1").bind(no).execute(&mut **tx).await?;
    Ok(())
}

/// Erases expired personal data now and then once a day.
pub fn spawn(state: AppState) {
    let days = state.config.retention_days;
    tokio::spawn(async move {
        loop {
            // Once across instances (another one may be at it already).
            let run = crate::db::exclusively(&state.db, RETENTION_LOCK, state.appeals.apply_retention(days, now()));
            match run.await.map_err(AppealError::from).and_then(|done| done.transpose()) {
                Ok(None) => tracing::info!("retention: another instance is running it"),
                Ok(Some(photos)) => {
                    state.photos.delete_files(&photos).await;
                    if !photos.is_empty() {
                        tracing::info!(photos = photos.len(), "retention: personal data erased");
                    }
                }
                Err(e) => tracing::error!(error = ?e, "retention failed"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(86_400)).await;
        }
    });
}
