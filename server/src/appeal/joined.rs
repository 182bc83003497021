//! Neighbours' reports of the same problem (FixMyStreet's "already
//! reported"): the form shows the open reports of the chosen village and
//! category before sending, a resident may join theirs to the oldest, and
//! staff then act once for the whole group (`actions.rs`). Each report keeps
//! its own number, code and timeline.

use super::desk::{AppealError, Desk};
use crate::case::{store::Tx, Timestamp};
use domain::{
    appeal::{AppealStatus, OpenReport, SameProblem, TrackingNo, SAME_PROBLEM_DAYS},
    Lang,
};

/// Open, and not yet erased: the reports a new one may join.
const OPEN: &str = "status IN ('received', 'accepted') AND erased_at IS NULL";

#[derive(sqlx::FromRow)]
struct OpenRow {
    tracking_no: String,
    joined_to: Option<String>,
    status: String,
    unit: String,
    due_at: i64,
}

/// The report a new one joins: its number, unit and deadline.
pub(super) struct Head {
    pub no: String,
    pub unit: String,
    pub due_at: Timestamp,
}

fn since(at: Timestamp) -> Timestamp {
    at - SAME_PROBLEM_DAYS * 24 * 3600
}

impl Desk {
    /// What the form shows for a village and category: the open reports of
    /// the last `SAME_PROBLEM_DAYS`, one line per group. `None` when the
    /// village or category does not exist.
    pub async fn same_problem(
        &self,
        village: &str,
        category: &str,
        lang: Lang,
        at: Timestamp,
    ) -> Result<Option<SameProblem>, AppealError> {
        if self.routing.category(category).is_none() || self.routing.route(&self.units, category, village).is_none() {
            return Ok(None);
        }
        let rows: Vec<OpenRow> = sqlx::query_as(&format!(
            "SELECT tracking_no, joined_to, status, unit, due_at FROM appeals \
             WHERE village = $1 AND category = $2 AND created_at >= $3 AND {OPEN} \
             ORDER BY created_at, tracking_no"
        ))
        .bind(village)
        .bind(category)
        .bind(since(at))
        .fetch_all(&self.db)
        .await?;
        let heads: Vec<&OpenRow> = rows.iter().filter(|r| !joins_one_of(r, &rows)).collect();
        let reports = heads
            .iter()
            .map(|head| OpenReport {
                status: AppealStatus::parse(&head.status).unwrap_or(AppealStatus::Received),
                unit: self.units.get(&head.unit).map_or_else(|| head.unit.clone(), |u| u.name(lang).to_owned()),
                due_at: head.due_at,
                residents: 1 + rows.iter().filter(|r| r.joined_to.as_deref() == Some(&head.tracking_no)).count() as u32,
            })
            .collect();
        Ok(Some(SameProblem { count: rows.len() as u32, reports }))
    }
}

/// A report joined to another one in the same list (so it is not a line of
/// its own). One whose head has since closed stands on its own again.
fn joins_one_of(row: &OpenRow, rows: &[OpenRow]) -> bool {
    row.joined_to.as_deref().is_some_and(|head| rows.iter().any(|r| r.tracking_no == head))
}

/// The oldest open report of the village and category that is not itself
/// joined to another: the one a new report joins, inside the transaction
/// that stores the new one.
pub(super) async fn head_for(
    tx: &mut Tx,
    village: &str,
    category: &str,
    at: Timestamp,
) -> Result<Option<Head>, sqlx::Error> {
    let row: Option<(String, String, i64)> = sqlx::query_as(&format!(
        "SELECT tracking_no, unit, due_at FROM appeals \
         WHERE village = $1 AND category = $2 AND created_at >= $3 AND joined_to IS NULL AND {OPEN} \
         ORDER BY created_at, tracking_no LIMIT 1"
    ))
    .bind(village)
    .bind(category)
    .bind(since(at))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(no, unit, due_at)| Head { no, unit, due_at }))
}

/// The open reports acted on together with `no`: the report it joined (or
/// itself) and every report joined to that one. Locked in one order, the
/// head first, so that two staff acting on one group at once take turns
/// instead of waiting on each other.
pub(super) async fn open_group(tx: &mut Tx, no: &TrackingNo) -> Result<Vec<TrackingNo>, sqlx::Error> {
    let joined_to: Option<Option<String>> = sqlx::query_scalar("SELECT joined_to FROM appeals WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    let head = joined_to.flatten().unwrap_or_else(|| no.as_str().to_owned());
    sqlx::query("UPDATE appeals SET status = status WHERE tracking_no = $1").bind(&head).execute(&mut **tx).await?;
    let members: Vec<String> = sqlx::query_scalar(&format!(
        "SELECT tracking_no FROM appeals WHERE (tracking_no = $1 OR joined_to = $1) AND {OPEN} \
         ORDER BY tracking_no"
    ))
    .bind(&head)
    .fetch_all(&mut **tx)
    .await?;
    Ok(members.iter().filter_map(|m| TrackingNo::parse(m)).collect())
}

impl Desk {
    /// Every report of `no`'s group but `no` itself, open or not, for the
    /// console.
    pub async fn group_of(&self, no: &TrackingNo) -> Result<Vec<String>, AppealError> {
        Ok(others_in_group(&self.db, no).await?)
    }
}

async fn others_in_group(db: &crate::db::Db, no: &TrackingNo) -> Result<Vec<String>, sqlx::Error> {
    let joined_to: Option<Option<String>> = sqlx::query_scalar("SELECT joined_to FROM appeals WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_optional(db)
        .await?;
    let head = joined_to.flatten().unwrap_or_else(|| no.as_str().to_owned());
    let members: Vec<String> = sqlx::query_scalar(
        "SELECT tracking_no FROM appeals WHERE (tracking_no = $1 OR joined_to = $1) AND erased_at IS NULL \
         ORDER BY created_at, tracking_no",
    )
    .bind(&head)
    .fetch_all(db)
    .await?;
    Ok(members
        .iter()
        .filter(|m| *m != no.as_str())
        .filter_map(|m| TrackingNo::parse(m))
        .map(|m| m.to_string())
        .collect())
}
