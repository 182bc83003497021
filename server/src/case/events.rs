//! The event log of a case: every change appends a numbered event in the
//! same transaction, so the timeline always matches the state.

use super::{store::Tx, Timestamp};
use domain::appeal::TrackingNo;

/// The kinds of case with a log, each a table of cases and a table of events.
#[derive(Clone, Copy, Debug)]
pub enum Log {
    Appeal,
    Mediation,
}

/// One event. `about` is the unit an appeal's event concerns, or the side
/// (`a`, `b`) of a mediation's.
#[derive(Clone, Copy, Debug)]
pub struct Event<'a> {
    pub at: Timestamp,
    pub kind: &'a str,
    pub about: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub text: Option<&'a str>,
}

impl<'a> Event<'a> {
    pub fn new(at: Timestamp, kind: &'a str) -> Event<'a> {
        Event { at, kind, about: None, actor: None, text: None }
    }

    pub fn about(self, about: Option<&'a str>) -> Event<'a> {
        Event { about, ..self }
    }

    pub fn by(self, actor: &'a str) -> Event<'a> {
        Event { actor: Some(actor), ..self }
    }

    pub fn text(self, text: Option<&'a str>) -> Event<'a> {
        Event { text, ..self }
    }
}

impl Log {
    const fn lock_sql(self) -> &'static str {
        match self {
            Log::Appeal => "UPDATE appeals SET status = status WHERE tracking_no = $1 AND erased_at IS NULL",
            Log::Mediation => "UPDATE mediations SET status = status WHERE tracking_no = $1 AND erased_at IS NULL",
        }
    }

    const fn count_sql(self) -> &'static str {
        match self {
            Log::Appeal => "SELECT COUNT(*) FROM appeal_events WHERE tracking_no = $1",
            Log::Mediation => "SELECT COUNT(*) FROM mediation_events WHERE tracking_no = $1",
        }
    }

    const fn insert_sql(self) -> &'static str {
        match self {
            Log::Appeal => {
                "INSERT INTO appeal_events (tracking_no, seq, at, kind, unit, actor, body) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)"
            }
            Log::Mediation => {
                "INSERT INTO mediation_events (tracking_no, seq, at, kind, party, actor, detail) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)"
            }
        }
    }
}

/// Locks the case for the rest of the transaction, so that two changes to
/// one case at once take turns: a write, which takes a row lock in
/// PostgreSQL and the write lock in SQLite (where a read first would leave
/// a stale snapshot). False when there is no such case, or its personal
/// data was erased (`appeal/retention.rs`): such a case takes no more
/// changes, so nothing written later escapes the erasure.
pub async fn lock(tx: &mut Tx, log: Log, no: &TrackingNo) -> Result<bool, sqlx::Error> {
    let locked = sqlx::query(log.lock_sql()).bind(no.as_str()).execute(&mut **tx).await?;
    Ok(locked.rows_affected() == 1)
}

/// Appends an event, numbered after the case's last one (under the lock,
/// so two events never get one number).
pub async fn append(tx: &mut Tx, log: Log, no: &TrackingNo, event: Event<'_>) -> Result<(), sqlx::Error> {
    if !lock(tx, log, no).await? {
        // The caller's transaction rolls back: no change without its event.
        return Err(sqlx::Error::RowNotFound);
    }
    let seq: i64 = sqlx::query_scalar(log.count_sql()).bind(no.as_str()).fetch_one(&mut **tx).await?;
    sqlx::query(log.insert_sql())
        .bind(no.as_str())
        .bind(seq as i32)
        .bind(event.at)
        .bind(event.kind)
        .bind(event.about)
        .bind(event.actor)
        .bind(event.text)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
