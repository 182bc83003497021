//! Online backups of the embedded database: `gongdao backup FILE` writes a
//! consistent copy while the portal keeps serving (SQLite's `VACUUM INTO`).
//! For PostgreSQL use `pg_dump` (README).

use crate::db::Db;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already; choose a new file name")]
    Exists(String),
    #[error("this database is PostgreSQL: back it up with pg_dump (see README)")]
    NotSqlite,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Writes a consistent copy of a SQLite database to `to` (a new file).
pub async fn backup(db: &Db, database_url: &str, to: &Path) -> Result<(), BackupError> {
    if !database_url.starts_with("sqlite:") {
        return Err(BackupError::NotSqlite);
    }
    if to.exists() {
        return Err(BackupError::Exists(to.display().to_string()));
    }
    // VACUUM INTO takes a read transaction: writers carry on (WAL mode).
    sqlx::query("VACUUM INTO $1").bind(to.display().to_string()).execute(db).await?;
    Ok(())
}
