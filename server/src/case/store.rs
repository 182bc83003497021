//! What every kind of case stores alike: the server's secret, and creation
//! exactly once per idempotency key under a fresh random number.

use super::{
    codes::{random_tracking_no, same},
    events::Log,
    Timestamp,
};
use crate::db::{self, Db};
use domain::appeal::TrackingNo;
use std::future::Future;

pub type Tx = db::Write;

pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// Whether a case of any kind has this number: appeals and mediations share
/// the tracking page, so one number is one case.
async fn is_taken(db: &Db, no: &TrackingNo) -> Result<bool, sqlx::Error> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT tracking_no FROM appeals WHERE tracking_no = $1 \
         UNION ALL SELECT tracking_no FROM mediations WHERE tracking_no = $1",
    )
    .bind(no.as_str())
    .fetch_optional(db)
    .await?;
    Ok(found.is_some())
}

/// A case found by the idempotency key of the request that made it.
#[derive(sqlx::FromRow)]
pub struct Keyed {
    tracking_no: String,
    request_hash: String,
    /// The case's first deadline (an appeal's `due_at`, a mediation's `answer_by`).
    deadline: Timestamp,
}

/// The idempotency key was used before for a different request.
pub struct KeyReused;

impl Keyed {
    /// Number and first deadline, if the stored request is `fingerprint`'s.
    pub fn matching(&self, fingerprint: &str) -> Result<Option<(TrackingNo, Timestamp)>, KeyReused> {
        if !same(&self.request_hash, fingerprint) {
            return Err(KeyReused);
        }
        Ok(TrackingNo::parse(&self.tracking_no).map(|no| (no, self.deadline)))
    }
}

/// The case made by the request with this idempotency key, if any.
pub async fn by_key(db: &Db, log: Log, key: &str) -> Result<Option<Keyed>, sqlx::Error> {
    let sql = match log {
        Log::Appeal => "SELECT tracking_no, request_hash, due_at AS deadline FROM appeals WHERE idempotency_key = $1",
        Log::Mediation => {
            "SELECT tracking_no, request_hash, answer_by AS deadline FROM mediations WHERE idempotency_key = $1"
        }
    };
    sqlx::query_as(sql).bind(key).fetch_optional(db).await
}

/// The unit a case is with now (`None`: no such case).
pub async fn unit_of(db: &Db, log: Log, no: &TrackingNo) -> Result<Option<String>, sqlx::Error> {
    let sql = match log {
        Log::Appeal => "SELECT unit FROM appeals WHERE tracking_no = $1",
        Log::Mediation => "SELECT unit FROM mediations WHERE tracking_no = $1",
    };
    sqlx::query_scalar(sql).bind(no.as_str()).fetch_optional(db).await
}

/// A case about to be created: how to find it again when the request is a
/// retry, and how to write it. Both futures are `Send`, so handlers that
/// create cases can be served on any thread.
pub trait Creation: Sync {
    type Receipt: Send;
    type Error: From<sqlx::Error> + Send;

    /// The case already stored for the request's idempotency key, if any;
    /// an error when the key was used for a different request.
    fn existing(&self) -> impl Future<Output = Result<Option<Self::Receipt>, Self::Error>> + Send;

    /// Writes the case under `no`. The outer error is the write's own (a
    /// concurrent retry winning the race, or the number being taken); the
    /// inner one refuses the request, and nothing is kept.
    fn insert(
        &self,
        tx: &mut Tx,
        no: &TrackingNo,
    ) -> impl Future<Output = Result<Result<Self::Receipt, Self::Error>, sqlx::Error>> + Send;
}

/// Creates a case once per idempotency key: a retry gets the stored case
/// back (`false`); otherwise it is written under a fresh number in one
/// transaction (`true`). `None` when no free number was drawn in five tries.
pub async fn create_once<C: Creation>(db: &Db, case: &C) -> Result<Option<(C::Receipt, bool)>, C::Error> {
    if let Some(existing) = case.existing().await? {
        return Ok(Some((existing, false)));
    }
    for _ in 0..5 {
        let no = random_tracking_no();
        if is_taken(db, &no).await? {
            continue;
        }
        let mut tx = db::write(db).await?;
        match case.insert(&mut tx, &no).await {
            Ok(Ok(created)) => {
                tx.commit().await?;
                return Ok(Some((created, true)));
            }
            Ok(Err(refused)) => {
                tx.rollback().await?;
                return Err(refused);
            }
            Err(e) if is_unique_violation(&e) => {
                tx.rollback().await?;
                if let Some(existing) = case.existing().await? {
                    return Ok(Some((existing, false)));
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(None)
}
