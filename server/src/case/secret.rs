//! The server's secret, from which every access code and invitation token
//! is derived. It lives outside the database, so a leaked database or
//! backup cannot mint codes: `GONGDAO_SECRET`, or else the key file
//! `GONGDAO_DATA/secret.key`, created with mode 0600 at first start. A
//! database from before this kept the secret in `portal_meta`; it is moved
//! into the key file once (so codes already given out keep working) and
//! removed from the database. Back the key file up apart from the database.

use super::codes::{new_secret, Secret};
use crate::db::Db;
use std::{
    io::{ErrorKind, Write},
    os::unix::fs::OpenOptionsExt,
    path::Path,
};

pub const KEY_FILE: &str = "secret.key";

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("the key file {0}: {1}")]
    File(String, #[source] std::io::Error),
    #[error("the key file {0} is empty")]
    Empty(String),
    #[error(
        "the database still holds the secret its codes were made with, and it differs from \
         GONGDAO_SECRET or the key file: every code given out would stop working. Use that secret \
         (SELECT value FROM portal_meta WHERE key = 'secret'), or remove the row on purpose"
    )]
    Differs,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// The secret: `from_env` when set, else the key file under `data_dir`.
pub async fn load(db: &Db, from_env: Option<&str>, data_dir: &Path) -> Result<Secret, SecretError> {
    let old: Option<String> =
        sqlx::query_scalar("SELECT value FROM portal_meta WHERE key = 'secret'").fetch_optional(db).await?;
    let secret = match from_env {
        Some(value) => value.to_owned(),
        None => key_file(data_dir, old.as_deref())?,
    };
    if let Some(old) = old {
        // Only once the secret in use is the one the codes were made with.
        if old != secret {
            return Err(SecretError::Differs);
        }
        sqlx::query("DELETE FROM portal_meta WHERE key = 'secret'").execute(db).await?;
    }
    Ok(Secret::new(&secret))
}

/// Reads the key file, or creates it (0600) with `old` or a fresh secret.
/// Two servers starting at once: the first to create it wins, both read it.
fn key_file(data_dir: &Path, old: Option<&str>) -> Result<String, SecretError> {
    let path = data_dir.join(KEY_FILE);
    let name = path.display().to_string();
    let fail = |e| SecretError::File(name.clone(), e);
    std::fs::create_dir_all(data_dir).map_err(fail)?;
    if !path.exists() {
        // Written whole under a passing name, then linked into place: the
        // link fails if another server got there first, and nobody ever
        // reads a half-written key.
        let fresh = old.map_or_else(new_secret, str::to_owned);
        let partial = data_dir.join(format!("{KEY_FILE}.{}", &new_secret()[..16]));
        let mut file =
            std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&partial).map_err(fail)?;
        file.write_all(fresh.as_bytes()).and_then(|()| file.sync_all()).map_err(fail)?;
        let linked = std::fs::hard_link(&partial, &path);
        let _ = std::fs::remove_file(&partial);
        match linked {
            Ok(()) => return Ok(fresh),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(fail(e)),
        }
    }
    let text = std::fs::read_to_string(&path).map_err(fail)?;
    let text = text.trim();
    if text.is_empty() {
        return Err(SecretError::Empty(name));
    }
    Ok(text.to_owned())
}
