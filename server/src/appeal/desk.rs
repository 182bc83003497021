//! The appeals desk: creates, finds and changes appeals. Every change is
//! one transaction that writes the appeal and its timeline together, so a
//! crash never leaves half a record.

use super::{
    codes::{random_tracking_no, request_hash, same, stored_hash_is, Secret},
    routing::{due_at, is_overdue, Routing, Timestamp},
};
use crate::{db::Db, units::Units};
use domain::{
    appeal::{
        mask_phone, normalise_phone, AccessCode, AppealReceipt, AppealStatus, AppealView, EventKind, NewAppeal,
        TimelineEntry, TrackingNo, COMMENT_MAX_CHARS, DESCRIPTION_MAX_CHARS,
    },
    form::{Field, FieldProblem},
    Lang,
};
use sqlx::{Any, Row, Transaction};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum AppealError {
    #[error("the appeal has problems: {0:?}")]
    Invalid(Vec<FieldProblem>),
    #[error("this idempotency key was used for a different appeal")]
    KeyReused,
    /// A wrong number and a wrong code look the same from outside.
    #[error("no appeal with this number and code")]
    NotFound,
    #[error("this is not possible in the appeal's present state")]
    NotNow,
    #[error("the rating must be 1 to 5 stars")]
    BadRating,
    #[error("the text is empty or too long")]
    BadText,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Seconds since the Unix epoch, now.
pub fn now() -> Timestamp {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

pub struct Desk {
    db: Db,
    pub units: Arc<Units>,
    pub routing: Routing,
    secret: Secret,
    public_url: String,
}

impl Desk {
    pub async fn new(db: Db, units: Arc<Units>, routing: Routing, public_url: &str) -> Result<Desk, sqlx::Error> {
        let secret = load_or_create_secret(&db).await?;
        Ok(Desk { db, units, routing, secret, public_url: public_url.trim_end_matches('/').to_owned() })
    }

    /// Stores a new appeal, or returns the one already stored for the same
    /// idempotency key (`created` is then false).
    pub async fn create(&self, new: &NewAppeal, at: Timestamp) -> Result<(AppealReceipt, bool), AppealError> {
        let mut problems = new.problems();
        if !new.category.is_empty() && self.routing.category(&new.category).is_none() {
            problems.push(FieldProblem { field: Field::Category, message_id: "appeal-error-category".into() });
        }
        let route = self.routing.route(&self.units, &new.category, &new.village);
        if !new.village.is_empty() && route.is_none() && problems.iter().all(|p| p.field != Field::Category) {
            problems.push(FieldProblem { field: Field::Village, message_id: "appeal-error-village".into() });
        }
        if !problems.is_empty() {
            return Err(AppealError::Invalid(problems));
        }
        let route = route.ok_or(AppealError::NotNow)?;
        let phone = new.phone.as_deref().and_then(normalise_phone);
        let name = new.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
        let description = new.description.trim();
        let fingerprint = request_hash(
            &serde_json::json!([new.category, new.village, description, phone, name, new.photos]).to_string(),
        );
        let code = self.secret.access_code(&new.idempotency_key);

        // A retry: same key, same content.
        if let Some(existing) = self.by_key(&new.idempotency_key).await? {
            return if same(&existing.1, &fingerprint) {
                Ok((self.receipt(&existing.0, &code, existing.2), false))
            } else {
                Err(AppealError::KeyReused)
            };
        }

        let due = due_at(at, route.hours);
        for _ in 0..5 {
            let no = random_tracking_no();
            let mut tx = self.db.begin().await?;
            let inserted = sqlx::query(
                "INSERT INTO appeals (tracking_no, code_hash, idempotency_key, request_hash, lang, category, village, \
                 unit, description, phone, name, status, created_at, due_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            )
            .bind(no.as_str())
            .bind(self.secret.code_hash(&no, &code))
            .bind(&new.idempotency_key)
            .bind(&fingerprint)
            .bind(new.lang.slug())
            .bind(&new.category)
            .bind(&new.village)
            .bind(&route.unit)
            .bind(description)
            .bind(phone.as_deref())
            .bind(name)
            .bind(AppealStatus::Received.as_str())
            .bind(at)
            .bind(due)
            .execute(&mut *tx)
            .await;
            match inserted {
                Ok(_) => {
                    for photo in &new.photos {
                        let attached =
                            sqlx::query("UPDATE photos SET tracking_no = $1 WHERE id = $2 AND tracking_no IS NULL")
                                .bind(no.as_str())
                                .bind(photo)
                                .execute(&mut *tx)
                                .await?;
                        if attached.rows_affected() != 1 {
                            tx.rollback().await?;
                            let problem =
                                FieldProblem { field: Field::Photos, message_id: "appeal-error-photo-lost".into() };
                            return Err(AppealError::Invalid(vec![problem]));
                        }
                    }
                    add_event(&mut tx, &no, at, EventKind::Received, None, None, None).await?;
                    add_event(&mut tx, &no, at, EventKind::Routed, Some(&route.unit), None, None).await?;
                    tx.commit().await?;
                    return Ok((self.receipt(&no, &code, due), true));
                }
                Err(e) if is_unique_violation(&e) => {
                    tx.rollback().await?;
                    // A concurrent retry of the same request won the race.
                    if let Some(existing) = self.by_key(&new.idempotency_key).await? {
                        return if same(&existing.1, &fingerprint) {
                            Ok((self.receipt(&existing.0, &code, existing.2), false))
                        } else {
                            Err(AppealError::KeyReused)
                        };
                    }
                    // Otherwise the random number was taken: draw another.
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(AppealError::NotNow)
    }

    fn receipt(&self, no: &TrackingNo, code: &AccessCode, due_at: Timestamp) -> AppealReceipt {
        AppealReceipt {
            tracking_no: no.to_string(),
            access_code: code.to_string(),
            status_url: self.status_url(Lang::Zh, no, code),
            due_at,
        }
    }

    /// The link that opens the appeal directly (for the QR code).
    pub fn status_url(&self, lang: Lang, no: &TrackingNo, code: &AccessCode) -> String {
        format!("{}/{}/track/{}?code={}", self.public_url, lang.slug(), no, code)
    }

    async fn by_key(&self, key: &str) -> Result<Option<(TrackingNo, String, Timestamp)>, sqlx::Error> {
        let row = sqlx::query("SELECT tracking_no, request_hash, due_at FROM appeals WHERE idempotency_key = $1")
            .bind(key)
            .fetch_optional(&self.db)
            .await?;
        Ok(row.and_then(|r| {
            let no = TrackingNo::parse(&r.get::<String, _>(0))?;
            Some((no, r.get::<String, _>(1), r.get::<i64, _>(2)))
        }))
    }

    /// Checks number and code; the same error for either being wrong.
    pub async fn authorise(&self, no: &str, code: &str) -> Result<TrackingNo, AppealError> {
        let (Some(no), Some(code)) = (TrackingNo::parse(no), AccessCode::parse(code)) else {
            return Err(AppealError::NotFound);
        };
        let expected = self.secret.code_hash(&no, &code);
        if stored_hash_is(&self.db, "SELECT code_hash FROM appeals WHERE tracking_no = $1", &no, &expected).await? {
            Ok(no)
        } else {
            Err(AppealError::NotFound)
        }
    }

    /// What the resident sees, names in their language.
    pub async fn view(&self, no: &TrackingNo, lang: Lang, at: Timestamp) -> Result<AppealView, AppealError> {
        let row = sqlx::query(
            "SELECT category, village, unit, description, phone, status, created_at, due_at, rating, \
             rating_comment, reopened FROM appeals WHERE tracking_no = $1",
        )
        .bind(no.as_str())
        .fetch_optional(&self.db)
        .await?
        .ok_or(AppealError::NotFound)?;
        let status = AppealStatus::parse(&row.get::<String, _>(5)).unwrap_or(AppealStatus::Received);
        let unit_name = |id: &str| self.units.get(id).map_or_else(|| id.to_owned(), |u| u.name(lang).to_owned());
        let category: String = row.get(0);
        let events = sqlx::query("SELECT at, kind, unit, body FROM appeal_events WHERE tracking_no = $1 ORDER BY seq")
            .bind(no.as_str())
            .fetch_all(&self.db)
            .await?;
        let timeline = events
            .into_iter()
            .filter_map(|e| {
                Some(TimelineEntry {
                    at: e.get(0),
                    kind: EventKind::parse(&e.get::<String, _>(1))?,
                    unit: e.get::<Option<String>, _>(2).map(|u| unit_name(&u)),
                    text: e.get(3),
                })
            })
            .collect();
        let due: i64 = row.get(7);
        Ok(AppealView {
            tracking_no: no.to_string(),
            status,
            category: self.routing.category(&category).map_or(category.clone(), |c| c.name(lang).to_owned()),
            village: unit_name(&row.get::<String, _>(1)),
            unit: unit_name(&row.get::<String, _>(2)),
            description: row.get(3),
            phone_masked: row.get::<Option<String>, _>(4).map(|p| mask_phone(&p)),
            created_at: row.get(6),
            due_at: due,
            overdue: is_overdue(due, !status.is_open(), at),
            rating: row.get::<Option<i32>, _>(8).map(|r| r.clamp(1, 5) as u8),
            rating_comment: row.get(9),
            photos: sqlx::query_scalar("SELECT id FROM photos WHERE tracking_no = $1 ORDER BY created_at, id")
                .bind(no.as_str())
                .fetch_all(&self.db)
                .await?,
            can_reopen: status == AppealStatus::Resolved && row.get::<i32, _>(10) == 0,
            timeline,
        })
    }

    /// The resident adds information while the appeal is open.
    pub async fn add_info(&self, no: &TrackingNo, text: &str, at: Timestamp) -> Result<(), AppealError> {
        let text = checked_text(text, DESCRIPTION_MAX_CHARS)?;
        let mut tx = self.db.begin().await?;
        let status = status_of(&mut tx, no).await?;
        if !status.is_open() {
            return Err(AppealError::NotNow);
        }
        add_event(&mut tx, no, at, EventKind::InfoAdded, None, None, Some(text)).await?;
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
        let mut tx = self.db.begin().await?;
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
        add_event(&mut tx, no, at, EventKind::Rated, None, None, Some(&stars.to_string())).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Not satisfied: back to the unit, once, with a fresh deadline.
    pub async fn reopen(&self, no: &TrackingNo, reason: &str, at: Timestamp) -> Result<(), AppealError> {
        let reason = checked_text(reason, COMMENT_MAX_CHARS)?;
        let mut tx = self.db.begin().await?;
        let row = sqlx::query("SELECT status, reopened, category, village FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_one(&mut *tx)
            .await?;
        let status = AppealStatus::parse(&row.get::<String, _>(0));
        if status != Some(AppealStatus::Resolved) || row.get::<i32, _>(1) != 0 {
            return Err(AppealError::NotNow);
        }
        let hours =
            self.routing.route(&self.units, &row.get::<String, _>(2), &row.get::<String, _>(3)).map_or(72, |r| r.hours);
        sqlx::query(
            "UPDATE appeals SET status = $1, reopened = 1, resolved_at = NULL, due_at = $2 WHERE tracking_no = $3",
        )
        .bind(AppealStatus::Accepted.as_str())
        .bind(due_at(at, hours))
        .bind(no.as_str())
        .execute(&mut *tx)
        .await?;
        add_event(&mut tx, no, at, EventKind::Reopened, None, None, Some(reason)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A staff action on the timeline: accept, reply or resolve. (The staff
    /// console calls this after checking the user's unit.)
    pub async fn staff_act(
        &self,
        no: &TrackingNo,
        actor: &str,
        kind: EventKind,
        text: Option<&str>,
        at: Timestamp,
    ) -> Result<(), AppealError> {
        let mut tx = self.db.begin().await?;
        let status = status_of(&mut tx, no).await?;
        if !status.is_open() {
            return Err(AppealError::NotNow);
        }
        let unit: String = sqlx::query_scalar("SELECT unit FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_one(&mut *tx)
            .await?;
        let new_status = match kind {
            EventKind::Accepted | EventKind::Reply => AppealStatus::Accepted,
            EventKind::Resolved => AppealStatus::Resolved,
            _ => return Err(AppealError::NotNow),
        };
        sqlx::query("UPDATE appeals SET status = $1, resolved_at = $2 WHERE tracking_no = $3")
            .bind(new_status.as_str())
            .bind((new_status == AppealStatus::Resolved).then_some(at))
            .bind(no.as_str())
            .execute(&mut *tx)
            .await?;
        add_event(&mut tx, no, at, kind, Some(&unit), Some(actor), text).await?;
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
/// transaction: a write first, so that two actions on one appeal at once
/// take turns (a row lock in PostgreSQL, the write lock in SQLite, where a
/// read first would leave a stale snapshot) and never number their events
/// alike (`add_event`).
async fn status_of(tx: &mut Transaction<'static, Any>, no: &TrackingNo) -> Result<AppealStatus, AppealError> {
    sqlx::query("UPDATE appeals SET status = status WHERE tracking_no = $1")
        .bind(no.as_str())
        .execute(&mut **tx)
        .await?;
    let status: Option<String> = sqlx::query_scalar("SELECT status FROM appeals WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    status.and_then(|s| AppealStatus::parse(&s)).ok_or(AppealError::NotFound)
}

async fn add_event(
    tx: &mut Transaction<'static, Any>,
    no: &TrackingNo,
    at: Timestamp,
    kind: EventKind,
    unit: Option<&str>,
    actor: Option<&str>,
    body: Option<&str>,
) -> Result<(), sqlx::Error> {
    let seq: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeal_events WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_one(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO appeal_events (tracking_no, seq, at, kind, unit, actor, body) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(no.as_str())
    .bind(seq as i32)
    .bind(at)
    .bind(kind.as_str())
    .bind(unit)
    .bind(actor)
    .bind(body)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub(crate) fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

pub(crate) async fn load_or_create_secret(db: &Db) -> Result<Secret, sqlx::Error> {
    if let Some(secret) =
        sqlx::query_scalar::<_, String>("SELECT value FROM portal_meta WHERE key = 'secret'").fetch_optional(db).await?
    {
        return Ok(Secret::new(&secret));
    }
    let fresh = super::codes::new_secret();
    // Two servers starting at once: the first insert wins, both read it back.
    let _ = sqlx::query("INSERT INTO portal_meta (key, value) VALUES ('secret', $1)").bind(&fresh).execute(db).await;
    let secret: String = sqlx::query_scalar("SELECT value FROM portal_meta WHERE key = 'secret'").fetch_one(db).await?;
    Ok(Secret::new(&secret))
}

/// What the staff console needs beyond the resident's view.
impl Desk {
    /// Open and resolved-but-unrated appeals whose unit lies within `unit`,
    /// most urgent deadline first.
    pub async fn queue(
        &self,
        unit: &str,
        lang: Lang,
        at: Timestamp,
    ) -> Result<Vec<domain::staff::QueueItem>, AppealError> {
        let rows = sqlx::query(
            "SELECT tracking_no, category, village, unit, status, due_at FROM appeals \
             WHERE status IN ('received', 'accepted', 'resolved') ORDER BY due_at",
        )
        .fetch_all(&self.db)
        .await?;
        let name = |id: &str| self.units.get(id).map_or_else(|| id.to_owned(), |u| u.name(lang).to_owned());
        Ok(rows
            .into_iter()
            .filter(|r| self.units.is_within(&r.get::<String, _>(3), unit))
            .filter_map(|r| {
                let no = TrackingNo::parse(&r.get::<String, _>(0))?;
                let status = AppealStatus::parse(&r.get::<String, _>(4))?;
                let category: String = r.get(1);
                let due: i64 = r.get(5);
                Some(domain::staff::QueueItem {
                    tracking_no: no.to_string(),
                    category: self.routing.category(&category).map_or(category.clone(), |c| c.name(lang).to_owned()),
                    village: name(&r.get::<String, _>(2)),
                    unit: name(&r.get::<String, _>(3)),
                    status,
                    due_at: due,
                    overdue: is_overdue(due, !status.is_open(), at),
                })
            })
            .collect())
    }

    /// The unit an appeal is with now.
    pub async fn unit_of(&self, no: &TrackingNo) -> Result<String, AppealError> {
        sqlx::query_scalar("SELECT unit FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await?
            .ok_or(AppealError::NotFound)
    }

    /// Phone and name in full, for the staff handling the appeal.
    pub async fn contact(&self, no: &TrackingNo) -> Result<(Option<String>, Option<String>), AppealError> {
        let row = sqlx::query("SELECT phone, name FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await?
            .ok_or(AppealError::NotFound)?;
        Ok((row.get(0), row.get(1)))
    }

    /// Escalate up or send down (平台流转); the timeline shows the move.
    pub async fn transfer(&self, no: &TrackingNo, actor: &str, to: &str, at: Timestamp) -> Result<(), AppealError> {
        if self.units.get(to).is_none() {
            return Err(AppealError::NotNow);
        }
        let mut tx = self.db.begin().await?;
        if !status_of(&mut tx, no).await?.is_open() {
            return Err(AppealError::NotNow);
        }
        sqlx::query("UPDATE appeals SET unit = $1, status = $2 WHERE tracking_no = $3")
            .bind(to)
            .bind(AppealStatus::Received.as_str())
            .bind(no.as_str())
            .execute(&mut *tx)
            .await?;
        add_event(&mut tx, no, at, EventKind::Transferred, Some(to), Some(actor), None).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Personal information is kept only as long as it is needed (PIPL).
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

    /// Everything stored about one appeal, for its resident (number and
    /// code): phone and name unmasked, since they are the resident's own.
    pub async fn export(&self, no: &TrackingNo, lang: Lang, at: Timestamp) -> Result<serde_json::Value, AppealError> {
        let view = self.view(no, lang, at).await?;
        let row = sqlx::query("SELECT phone, name, lang, created_at FROM appeals WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_one(&self.db)
            .await?;
        Ok(serde_json::json!({
            "appeal": view,
            "phone": row.get::<Option<String>, _>(0),
            "name": row.get::<Option<String>, _>(1),
            "language": row.get::<String, _>(2),
            "created_at": row.get::<i64, _>(3),
        }))
    }
}
