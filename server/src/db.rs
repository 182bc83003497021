//! The database: embedded SQLite by default, PostgreSQL when `DATABASE_URL`
//! says so. Queries are written once in portable SQL with `$1` parameters,
//! which both engines accept.

use sqlx::{any::AnyPoolOptions, AnyPool, Executor};
use std::{path::Path, time::Duration};

pub type Db = AnyPool;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot create the database folder {0}: {1}")]
    Folder(String, #[source] std::io::Error),
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
    if is_sqlite {
        // Readers never block the writer; the mode is stored in the file.
        pool.execute("PRAGMA journal_mode = WAL;").await.map_err(DbError::Connect)?;
    }
    sqlx::migrate!("./migrations").run(&pool).await.map_err(DbError::Migrate)?;
    record_first_start(&pool).await.map_err(DbError::Connect)?;
    Ok(pool)
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
    // Portable "insert if absent": the key is the primary key.
    let exists: Option<(String,)> =
        sqlx::query_as("SELECT value FROM portal_meta WHERE key = $1").bind("created_at").fetch_optional(pool).await?;
    if exists.is_none() {
        sqlx::query("INSERT INTO portal_meta (key, value) VALUES ($1, $2)")
            .bind("created_at")
            .bind(now.to_string())
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// True when the database answers a trivial query.
pub async fn is_healthy(pool: &Db) -> bool {
    sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(pool).await.is_ok()
}
