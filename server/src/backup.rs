//! Online backups of the embedded database: `gongdao backup FILE` writes a
//! consistent copy while the portal keeps serving (SQLite's `VACUUM INTO`).
//! For PostgreSQL use `pg_dump` (README). The copy is readable by its
//! owner only; it holds no secret (`case/secret.rs`): keep the key file too.

use crate::db::Db;
use std::{os::unix::fs::OpenOptionsExt, path::Path};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already; choose a new file name")]
    Exists(String),
    #[error("cannot create {0}: {1}")]
    File(String, #[source] std::io::Error),
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
    // Created empty first, readable by its owner only (it holds everything
    // residents sent); SQLite then writes into it.
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(to) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(BackupError::Exists(to.display().to_string()))
        }
        Err(e) => return Err(BackupError::File(to.display().to_string(), e)),
    }
    // VACUUM INTO takes a read transaction: writers carry on (WAL mode).
    sqlx::query("VACUUM INTO $1").bind(to.display().to_string()).execute(db).await?;
    Ok(())
}
