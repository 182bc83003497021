//! How often each intent was asked, per day and language: the only trace a
//! chat message leaves. Counted in memory and written every few seconds, so
//! a chat answer never waits for a database write (one upsert per message
//! was most of the chat's latency under load, SQLite taking one writer at a
//! time). A crash loses at most the last few seconds of counts; they are
//! statistics, not records.

use crate::{
    case::now,
    db::{Db, ExecuteInTurn},
};
use domain::{chat::Intent, Lang};
use std::{collections::HashMap, sync::Mutex, time::Duration};

/// How often `spawn_flush` writes.
pub const FLUSH_EVERY: Duration = Duration::from_secs(5);

#[derive(Default)]
pub struct Counts {
    pending: Mutex<HashMap<(String, Lang, Intent), i64>>,
}

impl Counts {
    pub fn add(&self, lang: Lang, intent: Intent) {
        let day = domain::time::china_time(now()).chars().take(10).collect::<String>();
        *self.pending.lock().unwrap_or_else(|p| p.into_inner()).entry((day, lang, intent)).or_default() += 1;
    }

    /// Writes what was counted since the last flush; on a database error the
    /// counts are kept for the next try.
    pub async fn flush(&self, db: &Db) -> Result<(), sqlx::Error> {
        let batch = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        let mut rows = batch.into_iter();
        while let Some(((day, lang, intent), n)) = rows.next() {
            let written = sqlx::query(
                "INSERT INTO chat_counts (day, lang, intent, n) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (day, lang, intent) DO UPDATE SET n = chat_counts.n + excluded.n",
            )
            .bind(&day)
            .bind(lang.slug())
            .bind(intent.as_str())
            .bind(n)
            .execute_in_turn(db)
            .await;
            if let Err(e) = written {
                let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
                for (key, n) in std::iter::once(((day, lang, intent), n)).chain(rows) {
                    *pending.entry(key).or_default() += n;
                }
                return Err(e);
            }
        }
        Ok(())
    }
}

/// Flushes every `FLUSH_EVERY` for as long as the server runs.
pub fn spawn_flush(counts: std::sync::Arc<Counts>, db: Db) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(FLUSH_EVERY);
        loop {
            tick.tick().await;
            if let Err(e) = counts.flush(&db).await {
                tracing::warn!(error = %e, "chat counts not written yet; kept for the next try");
            }
        }
    });
}
