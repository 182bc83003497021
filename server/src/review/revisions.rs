//! Revisions of the Tibetan and Yi texts saved at the review desk, in the
//! database (`translation_revisions`). Only ever added to: a save is a new
//! revision, a revert is a new revision with an old text, and "reviewed" is
//! a mark on the newest revision. What readers see is the newest revision
//! of each part, laid over the files (`review::publish`).

use crate::case::{codes::new_secret, now};
use crate::db::ExecuteInTurn;
use domain::{staff::StaffUser, Lang};

/// The `doc` of the UI messages; articles use their slug.
pub const UI: &str = "ui";

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Revision {
    pub lang: String,
    pub doc: String,
    pub part: String,
    pub seq: i64,
    pub text: String,
    pub note: String,
    pub author_name: String,
    pub at: i64,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<i64>,
}

impl Revision {
    /// (who, `YYYY-MM-DD` in China) of the review mark.
    pub fn reviewed(&self) -> Option<(String, String)> {
        Some((self.reviewed_by.clone()?, day(self.reviewed_at?)))
    }
}

pub fn day(at: i64) -> String {
    domain::time::china_time(at).chars().take(10).collect()
}

#[derive(Debug, thiserror::Error)]
pub enum RevisionError {
    /// Someone saved this part after the page was opened.
    #[error("the text changed since the page was opened")]
    Stale,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

const COLUMNS: &str = "lang, doc, part, seq, text, note, author_name, at, reviewed_by, reviewed_at";

/// The newest revision of every part that has one.
pub async fn newest(db: &crate::db::Db) -> Result<Vec<Revision>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM translation_revisions r WHERE seq = (SELECT MAX(seq) FROM translation_revisions m \
         WHERE m.lang = r.lang AND m.doc = r.doc AND m.part = r.part) ORDER BY lang, doc, part"
    ))
    .fetch_all(db)
    .await
}

/// A part's revisions, newest first.
pub async fn history(db: &crate::db::Db, lang: Lang, doc: &str, part: &str) -> Result<Vec<Revision>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM translation_revisions WHERE lang = $1 AND doc = $2 AND part = $3 ORDER BY seq DESC"
    ))
    .bind(lang.slug())
    .bind(doc)
    .bind(part)
    .fetch_all(db)
    .await
}

/// Every revision of a document (an article or the UI), newest first.
pub async fn of_doc(db: &crate::db::Db, lang: Lang, doc: &str) -> Result<Vec<Revision>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM translation_revisions WHERE lang = $1 AND doc = $2 ORDER BY part, seq DESC"
    ))
    .bind(lang.slug())
    .bind(doc)
    .fetch_all(db)
    .await
}

/// What changes when the library must be built again: the number of
/// revisions and marks (another instance's save shows here).
pub async fn fingerprint(db: &crate::db::Db) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN reviewed_at IS NULL THEN 0 ELSE 1 END), 0) FROM translation_revisions",
    )
    .fetch_one(db)
    .await
}

/// Saves `text` as the next revision of a part whose newest revision the
/// page showed was `base` (0: the file's text). `reviewed` marks it at once.
#[allow(clippy::too_many_arguments)] // One revision's columns.
pub async fn save(
    db: &crate::db::Db,
    lang: Lang,
    doc: &str,
    part: &str,
    base: i64,
    text: &str,
    note: &str,
    user: &StaffUser,
    reviewed: bool,
) -> Result<i64, RevisionError> {
    let at = now();
    let seq = base + 1;
    let result = sqlx::query(
        "INSERT INTO translation_revisions (id, lang, doc, part, seq, text, note, author, author_name, at, \
         reviewed_by, reviewed_at) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 WHERE NOT EXISTS (SELECT 1 FROM \
         translation_revisions WHERE lang = $2 AND doc = $3 AND part = $4 AND seq >= $5)",
    )
    .bind(&new_secret()[..16])
    .bind(lang.slug())
    .bind(doc)
    .bind(part)
    .bind(seq)
    .bind(text)
    .bind(note)
    .bind(&user.username)
    .bind(&user.display_name)
    .bind(at)
    .bind(reviewed.then_some(&user.display_name))
    .bind(reviewed.then_some(at))
    .execute_in_turn(db)
    .await;
    match result {
        Ok(done) if done.rows_affected() == 1 => Ok(seq),
        Ok(_) => Err(RevisionError::Stale),
        // Two saves at once on the same base: the unique index keeps one.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(RevisionError::Stale),
        Err(e) => Err(e.into()),
    }
}

/// Marks revision `seq` reviewed; it must still be the newest. `seq` 0 is
/// the file's text, `file_text`, which becomes revision 1, reviewed.
pub async fn mark_reviewed(
    db: &crate::db::Db,
    lang: Lang,
    doc: &str,
    part: &str,
    seq: i64,
    file_text: &str,
    user: &StaffUser,
) -> Result<(), RevisionError> {
    if seq == 0 {
        return save(db, lang, doc, part, 0, file_text, "", user, true).await.map(|_| ());
    }
    let done = sqlx::query(
        "UPDATE translation_revisions SET reviewed_by = $1, reviewed_at = $2 WHERE lang = $3 AND doc = $4 \
         AND part = $5 AND seq = $6 AND NOT EXISTS (SELECT 1 FROM translation_revisions n WHERE n.lang = $3 \
         AND n.doc = $4 AND n.part = $5 AND n.seq > $6)",
    )
    .bind(&user.display_name)
    .bind(now())
    .bind(lang.slug())
    .bind(doc)
    .bind(part)
    .bind(seq)
    .execute_in_turn(db)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(RevisionError::Stale)
    }
}
