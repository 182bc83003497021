//! A backup taken while the portal runs restores to a working database:
//! an appeal written before the backup opens from it with its code, given
//! the key file; the copy alone (readable by its owner only) mints nothing.

use server::{backup::backup, db, units::Units};
use std::{path::Path, sync::Arc};

#[tokio::test]
async fn a_backup_restores_and_an_appeal_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let live_url = format!("sqlite://{}/live.db", dir.path().display());
    let live = db::connect(&live_url).await.unwrap();
    let data = dir.path().join("data");
    let secret = server::case::secret::load(&live, None, &data).await.unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let units = Arc::new(Units::load(&content.join("units.toml")).unwrap());
    let routing = server::appeal::routing::Routing::load(&content.join("appeal"), &units).unwrap();
    let desk = server::appeal::Desk::new(live.clone(), secret.clone(), units.clone(), routing, "https://x.test");
    let new = domain::appeal::NewAppeal {
        lang: domain::Lang::Zh,
        category: "roads".into(),
        village: "v-hegu".into(),
        description: "桥面塌了一个洞，晚上很危险。".into(),
        idempotency_key: "key-backup-001".into(),
        ..Default::default()
    };
    let (receipt, _) = desk.create(&new, 1_800_000_000).await.unwrap();

    let copy = dir.path().join("backup.db");
    backup(&live, &live_url, &copy).await.unwrap();
    assert!(backup(&live, &live_url, &copy).await.is_err(), "never overwrites a file");

    // Restore: open the copy as the database and read the appeal with its code.
    let restored = db::connect(&format!("sqlite://{}", copy.display())).await.unwrap();
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600, "the backup");
    let key = data.join(server::case::secret::KEY_FILE);
    assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600, "the key file");
    let in_db: Option<String> = sqlx::query_scalar("SELECT value FROM portal_meta WHERE key = 'secret'")
        .fetch_optional(&restored)
        .await
        .unwrap();
    assert_eq!(in_db, None, "no secret in the database");

    // The copy alone: whoever has it but not the key file gets a secret of
    // their own, and the resident's code does not open the appeal with it.
    let elsewhere = dir.path().join("thief");
    let theirs = server::case::secret::load(&restored, None, &elsewhere).await.unwrap();
    let routing = server::appeal::routing::Routing::load(&content.join("appeal"), &units).unwrap();
    let thief = server::appeal::Desk::new(restored.clone(), theirs, units.clone(), routing, "https://x.test");
    assert!(thief.authorise(&receipt.tracking_no, &receipt.access_code).await.is_err());

    // With the key file, the restore works.
    let routing = server::appeal::routing::Routing::load(&content.join("appeal"), &units).unwrap();
    let desk = server::appeal::Desk::new(restored, secret, units, routing, "https://x.test");
    let no = desk.authorise(&receipt.tracking_no, &receipt.access_code).await.unwrap();
    let view = desk.view(&no, domain::Lang::Zh, 1_800_000_100).await.unwrap();
    assert_eq!(view.description, "桥面塌了一个洞，晚上很危险。");
}

#[tokio::test]
async fn a_secret_kept_in_an_older_database_moves_to_the_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = db::connect(&format!("sqlite://{}/old.db", dir.path().display())).await.unwrap();
    let old = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    sqlx::query("INSERT INTO portal_meta (key, value) VALUES ('secret', $1)").bind(old).execute(&db).await.unwrap();
    let data = dir.path().join("data");
    let moved = server::case::secret::load(&db, None, &data).await.unwrap();
    // Codes already given out keep working: the same secret, now in the file.
    let before = server::case::codes::Secret::new(old);
    assert_eq!(moved.access_code("key-old-00001"), before.access_code("key-old-00001"));
    let file = std::fs::read_to_string(data.join(server::case::secret::KEY_FILE)).unwrap();
    assert_eq!(file.trim(), old);
    let left: Option<String> =
        sqlx::query_scalar("SELECT value FROM portal_meta WHERE key = 'secret'").fetch_optional(&db).await.unwrap();
    assert_eq!(left, None);
    // A secret that differs from the one the codes were made with is refused,
    // and the database keeps its row, rather than every code failing.
    let db2 = db::connect(&format!("sqlite://{}/old2.db", dir.path().display())).await.unwrap();
    sqlx::query("INSERT INTO portal_meta (key, value) VALUES ('secret', $1)").bind(old).execute(&db2).await.unwrap();
    let refused = server::case::secret::load(&db2, Some("another-secret-entirely"), &dir.path().join("d2")).await;
    assert!(matches!(refused, Err(server::case::secret::SecretError::Differs)));
    let kept: Option<String> =
        sqlx::query_scalar("SELECT value FROM portal_meta WHERE key = 'secret'").fetch_optional(&db2).await.unwrap();
    assert_eq!(kept.as_deref(), Some(old));
    assert!(server::case::secret::load(&db2, Some(old), &dir.path().join("d2")).await.is_ok(), "the same one is fine");
    // The next start reads the file.
    let again = server::case::secret::load(&db, None, &data).await.unwrap();
    assert_eq!(again.access_code("key-old-00001"), before.access_code("key-old-00001"));
}
