//! What people read of appeals: the resident's view and export, the staff
//! console's queue and contact details. Names are given in the reader's
//! language; nothing here changes a record.

use super::{
    desk::{AppealError, Desk},
    routing::is_overdue,
};
use crate::case::Timestamp;
use domain::{
    appeal::{mask_phone, AppealStatus, AppealView, EventKind, TimelineEntry, TrackingNo},
    staff::QueueItem,
    Lang,
};

#[derive(sqlx::FromRow)]
struct AppealRow {
    category: String,
    village: String,
    unit: String,
    description: String,
    phone: Option<String>,
    status: String,
    created_at: i64,
    due_at: i64,
    rating: Option<i32>,
    rating_comment: Option<String>,
    reopened: i32,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    kind: String,
    unit: Option<String>,
    body: Option<String>,
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    tracking_no: String,
    category: String,
    village: String,
    unit: String,
    status: String,
    due_at: i64,
}

#[derive(sqlx::FromRow)]
struct Contact {
    phone: Option<String>,
    name: Option<String>,
}

impl Desk {
    fn unit_name(&self, id: &str, lang: Lang) -> String {
        self.units.get(id).map_or_else(|| id.to_owned(), |u| u.name(lang).to_owned())
    }

    fn category_name(&self, id: &str, lang: Lang) -> String {
        self.routing.category(id).map_or_else(|| id.to_owned(), |c| c.name(lang).to_owned())
    }

    /// What the resident sees, names in their language.
    pub async fn view(&self, no: &TrackingNo, lang: Lang, at: Timestamp) -> Result<AppealView, AppealError> {
        let row: AppealRow = sqlx::query_as(
            "SELECT category, village, unit, description, phone, status, created_at, due_at, rating, \
             rating_comment, reopened FROM appeals WHERE tracking_no = $1",
        )
        .bind(no.as_str())
        .fetch_optional(&self.db)
        .await?
        .ok_or(AppealError::NotFound)?;
        let status = AppealStatus::parse(&row.status).unwrap_or(AppealStatus::Received);
        let events: Vec<EventRow> =
            sqlx::query_as("SELECT at, kind, unit, body FROM appeal_events WHERE tracking_no = $1 ORDER BY seq")
                .bind(no.as_str())
                .fetch_all(&self.db)
                .await?;
        let timeline = events
            .into_iter()
            .filter_map(|e| {
                Some(TimelineEntry {
                    at: e.at,
                    kind: EventKind::parse(&e.kind)?,
                    unit: e.unit.map(|u| self.unit_name(&u, lang)),
                    text: e.body,
                })
            })
            .collect();
        Ok(AppealView {
            tracking_no: no.to_string(),
            status,
            category: self.category_name(&row.category, lang),
            village: self.unit_name(&row.village, lang),
            unit: self.unit_name(&row.unit, lang),
            description: row.description,
            phone_masked: row.phone.as_deref().map(mask_phone),
            created_at: row.created_at,
            due_at: row.due_at,
            overdue: is_overdue(row.due_at, !status.is_open(), at),
            rating: row.rating.map(|r| r.clamp(1, 5) as u8),
            rating_comment: row.rating_comment,
            photos: sqlx::query_scalar("SELECT id FROM photos WHERE tracking_no = $1 ORDER BY created_at, id")
                .bind(no.as_str())
                .fetch_all(&self.db)
                .await?,
            can_reopen: status == AppealStatus::Resolved && row.reopened == 0,
            timeline,
        })
    }

    /// Everything stored about one appeal, for its resident (number and
    /// code): phone and name unmasked, since they are the resident's own.
    pub async fn export(&self, no: &TrackingNo, lang: Lang, at: Timestamp) -> Result<serde_json::Value, AppealError> {
        #[derive(sqlx::FromRow)]
        struct Own {
            phone: Option<String>,
            name: Option<String>,
            lang: String,
            created_at: i64,
        }
        let view = self.view(no, lang, at).await?;
        let own: Own = sqlx::query_as("SELECT phone, name, lang, created_at FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_one(&self.db)
            .await?;
        Ok(serde_json::json!({
            "appeal": view,
            "phone": own.phone,
            "name": own.name,
            "language": own.lang,
            "created_at": own.created_at,
        }))
    }

    /// Open and resolved-but-unrated appeals whose unit lies within `unit`,
    /// most urgent deadline first.
    pub async fn queue(&self, unit: &str, lang: Lang, at: Timestamp) -> Result<Vec<QueueItem>, AppealError> {
        let rows: Vec<QueueRow> = sqlx::query_as(
            "SELECT tracking_no, category, village, unit, status, due_at FROM appeals \
             WHERE status IN ('received', 'accepted', 'resolved') ORDER BY due_at",
        )
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .into_iter()
            .filter(|r| self.units.is_within(&r.unit, unit))
            .filter_map(|r| {
                let no = TrackingNo::parse(&r.tracking_no)?;
                let status = AppealStatus::parse(&r.status)?;
                Some(QueueItem {
                    tracking_no: no.to_string(),
                    category: self.category_name(&r.category, lang),
                    village: self.unit_name(&r.village, lang),
                    unit: self.unit_name(&r.unit, lang),
                    status,
                    due_at: r.due_at,
                    overdue: is_overdue(r.due_at, !status.is_open(), at),
                })
            })
            .collect())
    }

    /// Phone and name in full, for the staff handling the appeal.
    pub async fn contact(&self, no: &TrackingNo) -> Result<(Option<String>, Option<String>), AppealError> {
        let contact: Contact = sqlx::query_as("SELECT phone, name FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await?
            .ok_or(AppealError::NotFound)?;
        Ok((contact.phone, contact.name))
    }
}
