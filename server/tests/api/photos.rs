//! Photos: checked by content, stripped of EXIF, attached to one appeal,
//! shown only with the appeal's code.

use crate::support::{portal, Answer, TestPortal};
use axum::{body::Body, http::Request};
use serde_json::json;

fn jpeg_with_gps() -> Vec<u8> {
    let mut j = vec![0xFF, 0xD8];
    j.extend_from_slice(&[0xFF, 0xE1, 0x00, 0x0E, b'E', b'x', b'i', b'f', 0, 0, b'G', b'P', b'S', b'2', b'9', b'N']);
    j.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x04, 1, 2]);
    j.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02, 7, 7, 7, 0xFF, 0xD9]);
    j
}

async fn upload(portal: &TestPortal, bytes: Vec<u8>) -> Answer {
    let boundary = "gongdao-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
    let request = Request::post("/api/uploads")
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    portal.send(request).await
}

#[tokio::test]
async fn a_photo_is_stored_without_its_exif_and_shown_only_with_the_code() {
    let portal = portal().await;
    let answer = upload(&portal, jpeg_with_gps()).await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let id = answer.json()["id"].as_str().unwrap().to_owned();

    let body = json!({"lang": "zh", "category": "safety-hazard", "village": "v-hegu",
        "description": "山上的石头松动了，随时会滚下来。", "photos": [id], "idempotency_key": "key-photo-0001"});
    let receipt = portal.post_json("/api/appeals", &body).await.json();
    let (no, code) = (receipt["tracking_no"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
    let view = portal.get(&format!("/api/appeals/{no}?code={code}")).await.json();
    assert_eq!(view["photos"], json!([id]));

    let photo = portal.get(&format!("/api/appeals/{no}/photos/{id}?code={code}")).await;
    assert_eq!(photo.status, 200);
    assert_eq!(photo.headers["content-type"], "image/jpeg");
    let raw =
        portal.send(Request::get(format!("/api/appeals/{no}/photos/{id}?code={code}")).body(Body::empty()).unwrap());
    let raw = raw.await;
    assert!(!raw.body.contains("Exif") && !raw.body.contains("GPS"), "metadata is gone");
    assert_eq!(portal.get(&format!("/api/appeals/{no}/photos/{id}?code=AAA-AAA-AAA")).await.status, 404);

    // A photo belongs to one appeal: it cannot be attached again.
    let again = json!({"lang": "zh", "category": "roads", "village": "v-hegu",
        "description": "别的事情，但是想用同一张照片。", "photos": [id], "idempotency_key": "key-photo-0002"});
    let answer = portal.post_json("/api/appeals", &again).await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.json()["problems"][0]["error"], "appeal-error-photo-lost");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeals").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 1, "the refused appeal left nothing behind");
}

#[tokio::test]
async fn only_images_of_at_most_3_mb_are_taken() {
    let portal = portal().await;
    let script = upload(&portal, b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".to_vec()).await;
    assert_eq!(script.status, 415);
    assert_eq!(script.json()["error"], "error-not-image");
    let mut big = jpeg_with_gps();
    big.extend(vec![0u8; 3 * 1024 * 1024]);
    assert_eq!(upload(&portal, big).await.status, 413);
    let truncated = upload(&portal, vec![0xFF, 0xD8, 0xFF, 0xE1, 0x7F]).await;
    assert_eq!(truncated.status, 415);
}

/// Photos live in the database, so that every instance serves them and a
/// backup holds them; a photo an older version kept as a file is moved in.
#[tokio::test]
async fn photos_live_in_the_database_and_old_files_are_moved_in() {
    let portal = portal().await;
    let id = upload(&portal, jpeg_with_gps()).await.json()["id"].as_str().unwrap().to_owned();
    let stored: Option<Vec<u8>> = sqlx::query_scalar("SELECT bytes FROM photos WHERE id = $1")
        .bind(&id)
        .fetch_one(&portal.state.db)
        .await
        .unwrap();
    assert!(stored.as_ref().is_some_and(|b| b.starts_with(&[0xFF, 0xD8])), "in the database");
    let dir = portal.state.config.data_dir.join("photos");
    assert_eq!(std::fs::read_dir(&dir).map_or(0, |d| d.count()), 0, "no file");

    // As an older version left it: the row without bytes, the file beside.
    let old = "0123456789abcdef0123456789abcdef";
    sqlx::query("INSERT INTO photos (id, content_type, size, created_at) VALUES ($1, 'image/jpeg', 9, 0)")
        .bind(old)
        .execute(&portal.state.db)
        .await
        .unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{old}.jpg")), [0xFF, 0xD8, 1, 2, 3, 0xFF, 0xD9]).unwrap();
    assert_eq!(portal.state.photos.move_files_in().await.unwrap(), 1);
    assert_eq!(portal.state.photos.move_files_in().await.unwrap(), 0, "once");
    let moved: Option<Vec<u8>> = sqlx::query_scalar("SELECT bytes FROM photos WHERE id = $1")
        .bind(old)
        .fetch_one(&portal.state.db)
        .await
        .unwrap();
    assert_eq!(moved, Some(vec![0xFF, 0xD8, 1, 2, 3, 0xFF, 0xD9]));
    assert!(!dir.join(format!("{old}.jpg")).exists(), "the file is gone");
}
