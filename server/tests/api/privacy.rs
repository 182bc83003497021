//! Personal information: residents can take their own data out; phone,
//! name and photos go away after the retention period.

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
    assert_eq!(data["appeal"]["description"], "邻居家的牛吃了我家的青稞。", "the appeal itself stays");
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
