//! A backup taken while the portal runs restores to a working database:
//! an appeal written before the backup opens from it with its code.

use server::{backup::backup, db, units::Units};
use std::{path::Path, sync::Arc};

#[tokio::test]
async fn a_backup_restores_and_an_appeal_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let live_url = format!("sqlite://{}/live.db", dir.path().display());
    let live = db::connect(&live_url).await.unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let units = Arc::new(Units::load(&content.join("units.toml")).unwrap());
    let routing = server::appeal::routing::Routing::load(&content.join("appeal"), &units).unwrap();
    let desk = server::appeal::Desk::new(live.clone(), units.clone(), routing, "https://x.test").await.unwrap();
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
    let routing = server::appeal::routing::Routing::load(&content.join("appeal"), &units).unwrap();
    let desk = server::appeal::Desk::new(restored, units, routing, "https://x.test").await.unwrap();
    let no = desk.authorise(&receipt.tracking_no, &receipt.access_code).await.unwrap();
    let view = desk.view(&no, domain::Lang::Zh, 1_800_000_100).await.unwrap();
    assert_eq!(view.description, "桥面塌了一个洞，晚上很危险。");
}
