//! Personal information is kept only as long as it is needed (PIPL): the
//! phone, name and photos of appeals resolved longer ago than the
//! retention period are erased, checked at start and daily.

use super::desk::{AppealError, Desk};
use crate::{
    case::{now, Timestamp},
    AppState,
};

impl Desk {
    /// Erases the phone, name and photos of appeals closed or resolved more
    /// than `days` ago, and photos never attached to an appeal after a day.
    /// Returns the photo ids whose files the caller must delete.
    pub async fn apply_retention(&self, days: u32, at: Timestamp) -> Result<Vec<String>, AppealError> {
        let cutoff = at - i64::from(days) * 86_400;
        let mut tx = self.db.begin().await?;
        let expired: Vec<String> = sqlx::query_scalar(
            "SELECT tracking_no FROM appeals WHERE status IN ('resolved', 'closed') AND resolved_at < $1 \
             AND (phone IS NOT NULL OR name IS NOT NULL OR tracking_no IN (SELECT tracking_no FROM photos WHERE tracking_no IS NOT NULL))",
        )
        .bind(cutoff)
        .fetch_all(&mut *tx)
        .await?;
        let mut photos = Vec::new();
        for no in &expired {
            sqlx::query("UPDATE appeals SET phone = NULL, name = NULL WHERE tracking_no = $1")
                .bind(no)
                .execute(&mut *tx)
                .await?;
            let ids: Vec<String> =
                sqlx::query_scalar("SELECT id FROM photos WHERE tracking_no = $1").bind(no).fetch_all(&mut *tx).await?;
            sqlx::query("DELETE FROM photos WHERE tracking_no = $1").bind(no).execute(&mut *tx).await?;
            photos.extend(ids);
        }
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

/// Erases expired personal data now and then once a day.
pub fn spawn(state: AppState) {
    let days = state.config.retention_days;
    tokio::spawn(async move {
        loop {
            match state.appeals.apply_retention(days, now()).await {
                Ok(photos) => {
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
