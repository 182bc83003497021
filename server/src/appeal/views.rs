//! What people read of appeals: the resident's view and export, the staff
//! console's queue and contact details. Names are given in the reader's
//! language; nothing here changes a record.

use super::{
    desk::{AppealError, Desk},
    routing::is_overdue,
};
use crate::case::Timestamp;
use domain::{
    appeal::{mask_phone, normalise_phone, AppealStatus, AppealView, EventKind, TimelineEntry, TrackingNo},
    staff::{CaseFilter, CaseList, QueueItem, CASES_PER_PAGE},
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
    joined_to: Option<String>,
}

const QUEUE_COLUMNS: &str = "tracking_no, category, village, unit, status, due_at, joined_to";

#[derive(sqlx::FromRow)]
struct Contact {
    phone: Option<String>,
    name: Option<String>,
}

impl Desk {
    fn unit_name(&self, id: &str, lang: Lang) -> String {
        if let Some(team) = id.strip_prefix("team:") {
            let found = self.teams.as_ref().and_then(|t| t.team(team));
            return found.map_or(team, |t| t.name.get(lang)).to_owned();
        }
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
    /// most urgent deadline first. A report joined to another one in the
    /// list is counted on that one instead of listed: staff act on the group.
    pub async fn queue(&self, unit: &str, lang: Lang, at: Timestamp) -> Result<Vec<QueueItem>, AppealError> {
        let rows: Vec<QueueRow> = sqlx::query_as(&format!(
            "SELECT {QUEUE_COLUMNS} FROM appeals WHERE status IN ('received', 'accepted', 'resolved') ORDER BY due_at"
        ))
        .fetch_all(&self.db)
        .await?;
        let rows: Vec<QueueRow> = rows.into_iter().filter(|r| self.units.is_within(&r.unit, unit)).collect();
        let listed = |no: &str| rows.iter().any(|r| r.tracking_no == no);
        let joined = |no: &str| rows.iter().filter(|r| r.joined_to.as_deref() == Some(no)).count() as u32;
        Ok(rows
            .iter()
            .filter(|r| !r.joined_to.as_deref().is_some_and(listed))
            .filter_map(|r| Some(QueueItem { joined: joined(&r.tracking_no), ..self.queue_item(r, lang, at)? }))
            .collect())
    }

    fn queue_item(&self, r: &QueueRow, lang: Lang, at: Timestamp) -> Option<QueueItem> {
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
            joined: 0,
        })
    }

    /// The console's search (`CaseFilter`) among the appeals whose unit lies
    /// within `unit`, newest first, one page.
    pub async fn search(
        &self,
        unit: &str,
        filter: &CaseFilter,
        lang: Lang,
        at: Timestamp,
    ) -> Result<CaseList, AppealError> {
        let units: Vec<&str> = self.units.within(unit).map(|u| u.id.as_str()).collect();
        let mut binds: Vec<String> = Vec::new();
        let mut bind = |value: String| {
            binds.push(value);
            format!("${}", binds.len())
        };
        let placeholders: Vec<String> = units.iter().map(|u| bind((*u).to_owned())).collect();
        let mut conditions = vec![format!("unit IN ({})", placeholders.join(", ")), "erased_at IS NULL".to_owned()];
        let q = filter.q.trim();
        if let Some(no) = TrackingNo::parse(q) {
            conditions.push(format!("tracking_no = {}", bind(no.as_str().to_owned())));
        } else if let Some(phone) = normalise_phone(q) {
            conditions.push(format!("phone = {}", bind(phone)));
        } else if !q.is_empty() {
            let pattern = format!("%{}%", like_escaped(&q.to_lowercase()));
            conditions.push(format!("LOWER(description) LIKE {} ESCAPE '\\'", bind(pattern)));
        }
        match filter.status.as_str() {
            "" => {}
            "open" => conditions.push("status IN ('received', 'accepted')".into()),
            status => conditions.push(format!("status = {}", bind(status.to_owned()))),
        }
        if !filter.category.is_empty() {
            conditions.push(format!("category = {}", bind(filter.category.clone())));
        }
        if !filter.village.is_empty() {
            conditions.push(format!("village = {}", bind(filter.village.clone())));
        }
        if filter.overdue {
            // `at` is the server's clock, not input: written into the query.
            conditions.push(format!("status IN ('received', 'accepted') AND due_at < {at}"));
        }
        let condition = conditions.join(" AND ");
        let count_sql = format!("SELECT COUNT(*) FROM appeals WHERE {condition}");
        let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
        for b in &binds {
            count = count.bind(b);
        }
        let total = count.fetch_one(&self.db).await?;
        let list_sql = format!(
            "SELECT {QUEUE_COLUMNS} FROM appeals WHERE {condition} ORDER BY created_at DESC, tracking_no LIMIT {} OFFSET {}",
            CASES_PER_PAGE,
            u64::from(filter.page) * u64::from(CASES_PER_PAGE)
        );
        let mut list = sqlx::query_as::<_, QueueRow>(&list_sql);
        for b in &binds {
            list = list.bind(b);
        }
        let rows = list.fetch_all(&self.db).await?;
        Ok(CaseList {
            items: rows.iter().filter_map(|r| self.queue_item(r, lang, at)).collect(),
            total: u32::try_from(total).unwrap_or(u32::MAX),
        })
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

/// `text` with LIKE's wildcards taken literally (escaped with a backslash).
fn like_escaped(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}
