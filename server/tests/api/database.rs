//! A second start reuses the database and loses nothing.

use server::db;

#[tokio::test]
async fn a_second_start_keeps_every_record() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist yet, as `data/` on a fresh checkout.
    let url = format!("sqlite://{}/data/gongdao.db", dir.path().display());

    let first = db::connect(&url).await.unwrap();
    let created: String =
        sqlx::query_scalar("SELECT value FROM portal_meta WHERE key = 'created_at'").fetch_one(&first).await.unwrap();
    sqlx::query("INSERT INTO portal_meta (key, value) VALUES ($1, $2)")
        .bind("test-record")
        .bind("kept")
        .execute(&first)
        .await
        .unwrap();
    first.close().await;

    let second = db::connect(&url).await.unwrap();
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT key, value FROM portal_meta ORDER BY key").fetch_all(&second).await.unwrap();
    assert_eq!(rows, vec![("created_at".to_owned(), created), ("test-record".to_owned(), "kept".to_owned())]);
}

/// Two instances starting together on an empty database: both start, the
/// migrations run once (sqlx's advisory lock on PostgreSQL) and the first
/// start is recorded once.
#[tokio::test]
async fn two_instances_starting_together_on_an_empty_database_both_start() {
    let dir = tempfile::tempdir().unwrap();
    let url = match std::env::var("GONGDAO_TEST_POSTGRES") {
        Ok(admin) => crate::support::fresh_postgres_database(&admin).await,
        Err(_) => format!("sqlite://{}/gongdao.db", dir.path().display()),
    };
    let (one, two) = tokio::join!(db::connect(&url), db::connect(&url));
    let (one, two) = (one.unwrap(), two.unwrap());
    let starts: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM portal_meta WHERE key = 'created_at'").fetch_one(&one).await.unwrap();
    assert_eq!(starts, 1);
    let migrations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(&two).await.unwrap();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations")).unwrap().count();
    assert_eq!(migrations as usize, files, "each migration applied once");
}

/// A background job (retention) runs once across instances: while one
/// instance holds the job's lock, another skips it; on SQLite, which is
/// one instance, it simply runs.
#[tokio::test]
async fn a_background_job_runs_once_across_instances() {
    let portal = crate::support::portal().await;
    let db = &portal.state.db;
    let postgres = std::env::var("GONGDAO_TEST_POSTGRES").is_ok();
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    let first = db::exclusively(db, 77, async {
        let _ = released.await;
        "first"
    });
    let second = async {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let ran = db::exclusively(db, 77, async { "second" }).await.unwrap();
        let _ = release.send(());
        ran
    };
    let (first, second) = tokio::join!(first, second);
    assert_eq!(first.unwrap(), Some("first"));
    assert_eq!(second, if postgres { None } else { Some("second") });
    // Released after the run: the next one runs.
    assert_eq!(db::exclusively(db, 77, async { "again" }).await.unwrap(), Some("again"));
}
