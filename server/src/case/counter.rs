//! Where the rate limits (`limits.rs`) and the wrong-code guard
//! (`guard.rs`) count: in this process when it is the only one (SQLite),
//! or in the database when several instances share one PostgreSQL, so that
//! a client's 21st appeal is refused whichever instance it reaches.
//!
//! The shared count keeps `window.rs`'s rule: two generations, a key's
//! count is the sum of both. Generations are whole multiples of the window
//! since the Unix epoch, so every instance agrees on them without talking.
//! One upsert and one read per counted request; rows two generations old
//! are deleted by `sweep`.

use super::window::{Hit, Window};
use crate::db::Db;
use std::{hash::Hash, time::Duration};

pub enum Counter<K> {
    Local(Window<K>),
    Shared(Shared),
}

pub struct Shared {
    db: Db,
    /// Which counter (one table holds them all).
    scope: &'static str,
    limit: u32,
    window: Duration,
}

impl<K: Hash + Eq + ToString> Counter<K> {
    /// Counted in the database when `db` is given, in memory otherwise.
    pub fn new(db: Option<&Db>, scope: &'static str, limit: u32, window: Duration) -> Counter<K> {
        match db {
            Some(db) => Counter::Shared(Shared { db: db.clone(), scope, limit, window }),
            None => Counter::Local(Window::new(limit, window)),
        }
    }

    /// Counts a hit of `key`. When the database does not answer, the hit
    /// passes: the request itself will meet the same database and fail
    /// with a clear 503, and a limit must not turn an outage into 429s.
    pub async fn hit(&self, key: K) -> Hit {
        match self {
            Counter::Local(window) => window.hit(key),
            Counter::Shared(shared) => shared.hit(&key.to_string()).await.unwrap_or_else(|e| {
                tracing::warn!(error = %e, scope = shared.scope, "shared count unavailable; not limited");
                Hit { count: 0, over: None }
            }),
        }
    }

    /// Takes back one hit of `key` in the current generation.
    pub async fn unhit(&self, key: &K) {
        match self {
            Counter::Local(window) => window.unhit(key),
            Counter::Shared(shared) => {
                if let Err(e) = shared.unhit(&key.to_string()).await {
                    tracing::warn!(error = %e, scope = shared.scope, "shared count unavailable");
                }
            }
        }
    }
}

impl<K: Hash + Eq> Counter<K> {
    /// Keys counted now, in either generation (for tests and figures).
    pub async fn keys(&self) -> usize {
        match self {
            Counter::Local(window) => window.keys(),
            Counter::Shared(shared) => {
                let held: Result<i64, _> = sqlx::query_scalar(
                    "SELECT COUNT(DISTINCT key) FROM rate_counts WHERE scope = $1 AND expires_at >= $2",
                )
                .bind(shared.scope)
                .bind(unix_now())
                .fetch_one(&shared.db)
                .await;
                held.map_or(0, |n| usize::try_from(n).unwrap_or(0))
            }
        }
    }
}

fn unix_now() -> i64 {
    crate::case::now()
}

impl Shared {
    fn generation(&self, now: i64) -> (i64, i64) {
        let length = self.window.as_secs().max(1) as i64;
        (now / length, length)
    }

    async fn hit(&self, key: &str) -> Result<Hit, sqlx::Error> {
        let now = unix_now();
        let (generation, length) = self.generation(now);
        let current: i32 = sqlx::query_scalar(
            "INSERT INTO rate_counts (scope, key, generation, hits, expires_at) VALUES ($1, $2, $3, 1, $4) \
             ON CONFLICT (scope, key, generation) DO UPDATE SET hits = rate_counts.hits + 1 RETURNING hits",
        )
        .bind(self.scope)
        .bind(key)
        .bind(generation)
        .bind((generation + 2) * length)
        .fetch_one(&self.db)
        .await?;
        let previous: Option<i32> =
            sqlx::query_scalar("SELECT hits FROM rate_counts WHERE scope = $1 AND key = $2 AND generation = $3")
                .bind(self.scope)
                .bind(key)
                .bind(generation - 1)
                .fetch_optional(&self.db)
                .await?;
        let count = u32::try_from(current.max(0) + previous.unwrap_or(0).max(0)).unwrap_or(u32::MAX);
        let ends = (generation + 1) * length;
        let over = (count > self.limit).then(|| Duration::from_secs((ends - now).max(1) as u64));
        Ok(Hit { count, over })
    }

    async fn unhit(&self, key: &str) -> Result<(), sqlx::Error> {
        let (generation, _) = self.generation(unix_now());
        sqlx::query(
            "UPDATE rate_counts SET hits = hits - 1 WHERE scope = $1 AND key = $2 AND generation = $3 AND hits > 0",
        )
        .bind(self.scope)
        .bind(key)
        .bind(generation)
        .execute(&self.db)
        .await?;
        Ok(())
    }
}

/// Deletes counts older than two generations (any instance may run it;
/// running it twice deletes nothing more).
pub async fn sweep(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM rate_counts WHERE expires_at < $1").bind(now).execute(db).await?.rows_affected())
}

/// Sweeps every 10 minutes, in the background.
pub fn spawn_sweep(db: Db) {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(600)).await;
            if let Err(e) = sweep(&db, unix_now()).await {
                tracing::warn!(error = %e, "sweeping old rate counts failed");
            }
        }
    });
}
