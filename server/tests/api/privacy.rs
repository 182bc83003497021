//! Personal information: residents can take their own data out; whatever
//! identifies a person goes away after the retention period, in every table.

use crate::support::{portal, portal_with};
use domain::appeal::{EventKind, TrackingNo};
use serde_json::json;

#[tokio::test]
async fn a_resident_downloads_their_own_data_and_it_expires_later() {
    let portal = portal().await;
    let photo = {
        let boundary = "b0undary";
        let mut body =
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.png\"\r\n\r\n")
                .into_bytes();
        body.extend(b"\x89PNG\r\n\x1a\n\0\0\0\0IEND\xaeB`\x82");
        body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
        let request = axum::http::Request::post("/api/uploads")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(axum::body::Body::from(body))
            .unwrap();
        portal.send(request).await.json()["id"].as_str().unwrap().to_owned()
    };
    let body = json!({"lang": "zh", "category": "dispute", "village": "v-hegu", "description": "邻居家的牛吃了我家的青稞。",
        "phone": "13912345678", "name": "卓玛", "photos": [photo], "idempotency_key": "key-privacy-001"});
    let receipt = portal.post_json("/api/appeals", &body).await.json();
    let (no, code) = (receipt["tracking_no"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());

    let export = portal.get(&format!("/api/appeals/{no}/export?code={code}")).await;
    assert_eq!(export.status, 200);
    assert!(export.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let data = export.json();
    assert_eq!((data["phone"].as_str(), data["name"].as_str()), (Some("13912345678"), Some("卓玛")));
    assert_eq!(portal.get(&format!("/api/appeals/{no}/export?code=AAA-AAA-AAA")).await.status, 404);

    // Resolved long ago: after the retention period the personal fields go.
    let tracking = TrackingNo::parse(no).unwrap();
    let desk = &portal.state.appeals;
    desk.staff_act(&tracking, "staff", EventKind::Resolved, Some("已调解。"), 1_000).await.unwrap();
    assert!(desk.apply_retention(365, 1_000 + 364 * 86_400).await.unwrap().is_empty(), "not yet");
    let erased = desk.apply_retention(365, 1_000 + 366 * 86_400).await.unwrap();
    assert_eq!(erased, std::slice::from_ref(&photo));
    portal.state.photos.delete_files(&erased).await;
    let data = portal.get(&format!("/api/appeals/{no}/export?code={code}")).await.json();
    assert_eq!((data["phone"].as_str(), data["name"].as_str()), (None, None));
    assert_eq!(data["appeal"]["photos"], json!([]));
    assert_eq!(data["appeal"]["description"], "", "the resident's words go too");
    assert_eq!(data["appeal"]["status"], "resolved", "what it was and how it went stay");
    assert_eq!(portal.get(&format!("/api/appeals/{no}/photos/{photo}?code={code}")).await.status, 404);
}

#[tokio::test]
async fn the_privacy_notice_tells_the_configured_retention_and_the_download() {
    let portal = portal_with(|state| std::sync::Arc::make_mut(&mut state.config).retention_days = 180).await;
    let zh = portal.get("/zh/privacy").await;
    assert_eq!(zh.status, 200);
    assert!(zh.body.contains("办结 180 天以后"), "{}", zh.body);
    assert!(zh.body.contains("下载"));
    for lang in ["bo", "ii"] {
        let page = portal.get(&format!("/{lang}/privacy")).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(" 180 "), "{lang}: the configured days, not a fixed text");
    }
}

/// Every table that can hold something identifying: erased after the
/// period; what statistics need stays.
#[tokio::test]
async fn retention_erases_what_identifies_a_person_in_every_table() {
    use domain::mediator::{NewMediation, Outcome, Party};
    let portal = portal().await;
    let db = &portal.state.db;
    let text = |sql: &'static str| async move {
        let rows: Vec<Option<String>> = sqlx::query_scalar(sql).fetch_all(db).await.unwrap();
        rows
    };
    // An appeal with a staff reply, resolved and rated with a comment.
    let body = json!({"lang": "zh", "category": "dispute", "village": "v-hegu", "description": "邻居卓玛家的牛吃了我家的青稞。",
        "phone": "13912345678", "name": "次仁", "idempotency_key": "key-retain-0001"});
    let receipt = portal.post_json("/api/appeals", &body).await.json();
    let no = TrackingNo::parse(receipt["tracking_no"].as_str().unwrap()).unwrap();
    let desk = &portal.state.appeals;
    desk.add_info(&no, "卓玛家住在村东头。", 1_000).await.unwrap();
    desk.staff_act(&no, "hegu", EventKind::Reply, Some("已联系卓玛。"), 1_000).await.unwrap();
    desk.staff_act(&no, "hegu", EventKind::Resolved, Some("双方和好。"), 1_000).await.unwrap();
    desk.rate(&no, 5, "谢谢次仁书记", 1_000).await.unwrap();
    portal.state.staff.audit("hegu", "reply", Some(no.as_str()), Some("已联系卓玛。")).await.unwrap();
    // An appeal nobody touched since: it never closed.
    let quiet = json!({"lang": "zh", "category": "roads", "village": "v-hegu", "description": "村口的桥裂了，扎西说很危险。",
        "phone": "13900000000", "idempotency_key": "key-retain-0002"});
    let quiet_no = portal.post_json("/api/appeals", &quiet).await.json()["tracking_no"].as_str().unwrap().to_owned();
    sqlx::query("UPDATE appeal_events SET at = 1000 WHERE tracking_no = $1")
        .bind(TrackingNo::parse(&quiet_no).unwrap().as_str())
        .execute(db)
        .await
        .unwrap();
    // A mediation taken to its end, with a place and a rating comment.
    let cases = &portal.state.mediations;
    let new = NewMediation {
        lang: domain::Lang::Zh,
        dispute_type: "land".into(),
        village: "v-hegu".into(),
        description: "我和多吉家为地界吵了三年。".into(),
        phone: Some("13812345678".into()),
        idempotency_key: "key-retain-0003".into(),
        ..Default::default()
    };
    let (m, _) = cases.create(&new, 900).await.unwrap();
    let m = TrackingNo::parse(&m.tracking_no).unwrap();
    cases.assign(&m, "qingke", "m-xl-02", 900).await.unwrap();
    cases.schedule(&m, "qingke", 950, "多吉家院子", 950).await.unwrap();
    cases.record_outcome(&m, "qingke", Outcome::Agreement, 1_000).await.unwrap();
    cases.rate(&m, Party::A, 4, "多吉很满意", 1_000).await.unwrap();
    sqlx::query("UPDATE mediation_events SET at = 1000 WHERE tracking_no = $1")
        .bind(m.as_str())
        .execute(db)
        .await
        .unwrap();

    let later = 1_000 + 366 * 86_400;
    assert!(desk.apply_retention(365, 1_000 + 364 * 86_400).await.unwrap().is_empty());
    desk.apply_retention(365, later).await.unwrap();

    let people = ["卓玛", "次仁", "扎西", "多吉", "139", "138"];
    let tables: [(&str, &'static str); 6] = [
        ("appeals", "SELECT COALESCE(phone, '') || COALESCE(name, '') || description || COALESCE(rating_comment, '') FROM appeals"),
        ("appeal_events", "SELECT body FROM appeal_events"),
        ("audit_log", "SELECT detail FROM audit_log"),
        ("mediations", "SELECT COALESCE(phone_a, '') || COALESCE(phone_b, '') || description || COALESCE(place, '') FROM mediations"),
        ("mediation_events", "SELECT detail FROM mediation_events"),
        ("mediator_ratings", "SELECT comment FROM mediator_ratings"),
    ];
    for (table, sql) in tables {
        for value in text(sql).await.into_iter().flatten() {
            assert!(!people.iter().any(|p| value.contains(p)), "{table} still holds {value:?}");
        }
    }
    // What the statistics need stays.
    let kept: Vec<(String, String, String)> =
        sqlx::query_as("SELECT category, unit, status FROM appeals ORDER BY category").fetch_all(db).await.unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].0, "dispute");
    let kinds: Vec<String> = sqlx::query_scalar("SELECT kind FROM appeal_events WHERE tracking_no = $1 ORDER BY seq")
        .bind(no.as_str())
        .fetch_all(db)
        .await
        .unwrap();
    assert_eq!(kinds, ["received", "routed", "info-added", "reply", "resolved", "rated"]);
    // An erased case takes no more changes, so nothing written later
    // escapes the erasure.
    assert!(desk.add_info(&no, "卓玛又来了。", later).await.is_err());
    assert!(cases.rate(&m, Party::B, 5, "多吉家又吵了", later).await.is_err());
    let mediator: Option<String> = sqlx::query_scalar("SELECT mediator FROM mediations").fetch_one(db).await.unwrap();
    assert_eq!(mediator.as_deref(), Some("m-xl-02"), "who mediated stays for the board's figures");
}
