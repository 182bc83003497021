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
