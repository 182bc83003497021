//! The database: embedded SQLite by default, PostgreSQL when `DATABASE_URL`
//! says so. Queries are written once in portable SQL with `$1` parameters,
//! which both engines accept.

use sqlx::{
    any::{AnyArguments, AnyPoolOptions, AnyQueryResult},
    query::Query,
    Any, AnyConnection, AnyPool, Executor, Transaction,
};
use std::{
    future::Future,
    ops::{Deref, DerefMut},
    path::Path,
    time::Duration,
};
use tokio::sync::{Mutex, MutexGuard};

pub type Db = AnyPool;

/// Whose turn it is to write to SQLite in this process (see [`write`]).
/// One for the process, so several databases opened by one process (as
/// the tests do) share it: their writes take turns too, which costs little.
static SQLITE_WRITER: Mutex<()> = Mutex::const_new(());

/// How long a writer waits for its turn before the request fails as
/// "busy, try again" (as long as SQLite's own `busy_timeout`).
const TURN_WAIT: Duration = Duration::from_secs(5);

/// A transaction that writes. Read it and write through it as a connection
/// (`&mut *tx`); dropped without [`Write::commit`], it rolls back.
pub struct Write {
    // Declared first, so dropped first. sqlx rolls an uncommitted
    // transaction back when its connection is next used, so the next
    // writer may still meet SQLite's lock briefly and wait on it.
    tx: Transaction<'static, Any>,
    _turn: Option<MutexGuard<'static, ()>>,
}

/// Begins a transaction that writes. SQLite lets one writer in at a time and
/// makes the others sleep and retry, longer each time, which under load is
/// unfair: with 64 residents sending reports at once, a few waited over
/// 400 ms while most waited 20. So on SQLite this process's writers first
/// queue for their turn, in arrival order, and then take the write lock at
/// once (`BEGIN IMMEDIATE`): a transaction that read first and wrote later
/// would fail ("database is locked") if another write came in between.
/// A single statement takes its turn through [`ExecuteInTurn`]; other
/// processes still meet SQLite's own wait (`busy_timeout`). PostgreSQL
/// needs no turn.
pub async fn write(db: &Db) -> Result<Write, sqlx::Error> {
    if !is_sqlite(db) {
        return Ok(Write { tx: db.begin().await?, _turn: None });
    }
    let turn = tokio::time::timeout(TURN_WAIT, SQLITE_WRITER.lock()).await.map_err(|_| sqlx::Error::PoolTimedOut)?;
    Ok(Write { tx: db.begin_with("BEGIN IMMEDIATE").await?, _turn: Some(turn) })
}

/// A single statement that writes, run in its turn (see [`write`]): on
/// SQLite, a statement sent straight to the pool waits in SQLite's own
/// sleep-and-retry, where it loses nearly every race against writers that
/// queue for their turn, and may fail after five seconds under load.
pub trait ExecuteInTurn {
    fn execute_in_turn(self, db: &Db) -> impl Future<Output = Result<AnyQueryResult, sqlx::Error>> + Send;
}

impl<'q> ExecuteInTurn for Query<'q, Any, AnyArguments<'q>> {
    async fn execute_in_turn(self, db: &Db) -> Result<AnyQueryResult, sqlx::Error> {
        if !is_sqlite(db) {
            return self.execute(db).await;
        }
        let mut tx = write(db).await?;
        let done = self.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(done)
    }
}

impl Write {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl Deref for Write {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl DerefMut for Write {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

fn is_sqlite(db: &Db) -> bool {
    db.connect_options().database_url.scheme().starts_with("sqlite")
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot create the database folder {0}: {1}")]
    Folder(String, #[source] std::io::Error),
    #[error("cannot take the lock {0} for migrating: {1}")]
    Lock(String, #[source] std::io::Error),
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
}

/// Opens (creating if needed) and migrates the database. A second start
/// reuses the same file and keeps every record.
pub async fn connect(url: &str) -> Result<Db, DbError> {
    sqlx::any::install_default_drivers();
    let is_sqlite = url.starts_with("sqlite:");
    let url = if is_sqlite { prepare_sqlite(url)? } else { url.to_owned() };
    let pool = AnyPoolOptions::new()
        .max_connections(if is_sqlite { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if is_sqlite {
                    // Wait for a writer instead of failing at once; enforce references.
                    conn.execute("PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;").await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(DbError::Connect)?;
    // Two processes starting together on an empty database must migrate
    // once: on PostgreSQL sqlx holds an advisory lock while it migrates; for
    // a SQLite file, a lock on a file beside it does the same.
    let _migrating = if is_sqlite { lock_beside(&url).await? } else { None };
    if is_sqlite {
        // Readers never block the writer; the mode is stored in the file.
        pool.execute("PRAGMA journal_mode = WAL;").await.map_err(DbError::Connect)?;
    }
    sqlx::migrate!("./migrations").run(&pool).await.map_err(DbError::Migrate)?;
    record_first_start(&pool).await.map_err(DbError::Connect)?;
    Ok(pool)
}

/// An exclusive lock on `<file>.lock` beside a SQLite file, held until the
/// returned file is dropped (none for an in-memory database).
async fn lock_beside(url: &str) -> Result<Option<std::fs::File>, DbError> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let file = path.split('?').next().unwrap_or("");
    if file.is_empty() || file == ":memory:" {
        return Ok(None);
    }
    let lock = format!("{file}.lock");
    let fail = |e| DbError::Lock(lock.clone(), e);
    let handle = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&lock).map_err(fail)?;
    let locked = tokio::task::spawn_blocking(move || handle.lock().map(|()| handle))
        .await
        .map_err(|e| fail(std::io::Error::other(e)))?;
    locked.map(Some).map_err(fail)
}

/// Creates the folder of a SQLite file and asks SQLite to create the file.
fn prepare_sqlite(url: &str) -> Result<String, DbError> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let file = path.split('?').next().unwrap_or("");
    if !file.is_empty() && file != ":memory:" {
        if let Some(parent) = Path::new(file).parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| DbError::Folder(parent.display().to_string(), e))?;
        }
    }
    Ok(if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

async fn record_first_start(pool: &Db) -> Result<(), sqlx::Error> {
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
    // Insert if absent, in one statement: two instances starting together
    // on an empty database both get here (both engines know ON CONFLICT).
    sqlx::query("INSERT INTO portal_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
        .bind("created_at")
        .bind(now.to_string())
        .execute(pool)
        .await?;
    Ok(())
}

/// Runs `job` unless another instance is running the job of the same
/// `key` now, in which case it returns `None`: a session advisory lock on
/// PostgreSQL, held on one connection for the run, so that a background
/// job runs once across instances. SQLite is one instance: it just runs.
pub async fn exclusively<T>(
    db: &Db,
    key: i64,
    job: impl std::future::Future<Output = T>,
) -> Result<Option<T>, sqlx::Error> {
    if is_sqlite(db) {
        return Ok(Some(job.await));
    }
    let mut conn = db.acquire().await?;
    let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(key).fetch_one(&mut *conn).await?;
    if !locked {
        return Ok(None);
    }
    let out = job.await;
    let _: bool = sqlx::query_scalar("SELECT pg_advisory_unlock($1)").bind(key).fetch_one(&mut *conn).await?;
    Ok(Some(out))
}

/// True when the database answers a trivial query.
pub async fn is_healthy(pool: &Db) -> bool {
    sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(pool).await.is_ok()
}
