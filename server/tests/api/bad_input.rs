//! Junk a public portal meets: oversized bodies, broken JSON and UTF-8,
//! unknown language prefixes and paths that try to climb out of a folder.
//! Each gets a clear 4xx, never a 500 and never a file it should not see.

use crate::support::{portal, TestPortal};
use axum::{body::Body, http::Request};

async fn post_bytes(portal: &TestPortal, path: &str, content_type: &str, body: Vec<u8>) -> crate::support::Answer {
    portal.send(Request::post(path).header("content-type", content_type).body(Body::from(body)).unwrap()).await
}

#[tokio::test]
async fn oversized_bodies_get_413_with_a_message() {
    let portal = portal().await;
    // Three megabytes of description: far past any JSON endpoint's limit.
    let big = format!(r#"{{"message": "{}"}}"#, "字".repeat(1_000_000));
    for path in ["/api/chat", "/api/appeals", "/api/mediations"] {
        let answer = post_bytes(&portal, path, "application/json", big.clone().into_bytes()).await;
        assert_eq!(answer.status, 413, "{path}: {}", answer.body);
        assert_eq!(answer.json()["error"], "error-too-large", "{path}");
    }
    let form = format!("description={}", "a".repeat(3 * 1024 * 1024));
    let answer = post_bytes(&portal, "/zh/mediation", "application/x-www-form-urlencoded", form.into_bytes()).await;
    assert_eq!(answer.status, 413, "mediation form");
}

#[tokio::test]
async fn malformed_json_and_utf8_get_400() {
    let portal = portal().await;
    let bodies: [&[u8]; 4] = [
        b"{\"message\": ",
        b"not json at all",
        b"{\"message\": \"\xff\xfe\xfd\", \"lang\": \"zh\"}",
        b"\xef\xbb\xbf\xc3\x28",
    ];
    for path in ["/api/chat", "/api/appeals", "/api/mediations"] {
        for body in bodies {
            let answer = post_bytes(&portal, path, "application/json", body.to_vec()).await;
            assert_eq!(answer.status, 400, "{path} {body:?}: {}", answer.body);
            assert_eq!(answer.json()["error"], "error-bad-request", "{path}");
        }
    }
    // Well-formed JSON of the wrong shape is understood but refused.
    let answer =
        post_bytes(&portal, "/api/chat", "application/json", br#"{"lang": "zh", "message": 5}"#.to_vec()).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    let answer = post_bytes(&portal, "/api/chat", "text/plain", b"{\"message\": \"hi\"}".to_vec()).await;
    assert_eq!(answer.status, 415, "{}", answer.body);
}

#[tokio::test]
async fn broken_percent_encoding_in_forms_and_queries_is_never_a_500() {
    let portal = portal().await;
    for path in ["/zh/appeal", "/zh/mediation", "/widget", "/staff/login"] {
        let answer = post_bytes(
            &portal,
            path,
            "application/x-www-form-urlencoded",
            b"description=%FF%FE%zz&village=%C3%28&message=%E4%B8&lang=%00".to_vec(),
        )
        .await;
        assert!((200..500).contains(&answer.status), "{path}: {}", answer.status);
        let raw =
            post_bytes(&portal, path, "application/x-www-form-urlencoded", b"a=\xff\xfe&b=\xc3\x28".to_vec()).await;
        assert!((200..500).contains(&raw.status), "{path} raw bytes: {}", raw.status);
    }
    for path in ["/api/guides?q=%FF%FE", "/api/guides?q=%E4%B8&lang=%00", "/zh/guide?q=%C3%28", "/zh/track?no=%FF"] {
        let answer = portal.get(path).await;
        assert!((200..500).contains(&answer.status), "{path}: {}", answer.status);
    }
}

#[tokio::test]
async fn an_unknown_language_prefix_gets_a_chinese_404_page() {
    let portal = portal().await;
    for path in ["/en/", "/en/guide/unpaid-wages", "/fr/appeal", "/zz", "/zh-TW/guide"] {
        let answer = portal.get(path).await;
        assert_eq!(answer.status, 404, "{path}");
        assert!(answer.headers["content-type"].to_str().unwrap().starts_with("text/html"), "{path}");
        assert!(answer.body.contains("<html lang=\"zh-CN\""), "{path}: not a Chinese page");
        let heading = app::i18n::loader(domain::Lang::Zh).get("not-found-heading");
        assert!(answer.body.contains(&heading), "{path}: no Chinese message");
    }
}

#[tokio::test]
async fn paths_that_climb_out_of_a_folder_are_refused() {
    let portal = portal().await;
    for path in [
        "/zh/guide/..%2F..%2FCargo.toml",
        "/zh/guide/%2e%2e%2f%2e%2e%2fCargo.toml",
        "/zh/guide/....//....//etc/passwd",
        "/api/guides/..%2F..%2Fetc%2Fpasswd/qr.svg",
        "/api/guides/%2e%2e/qr.svg",
        "/api/appeals/K7M4-Q9PX/photos/..%2F..%2Fportal.db?code=AAAA-BBBB-CCCC",
        "/api/appeals/..%2F..%2Fportal.db/photos/1?code=x",
        "/staff/appeals/K7M4-Q9PX/photos/..%2Fportal.db",
        "/..%2Fportal.db",
        "/%2e%2e/portal.db",
        "/fonts/..%2F..%2F..%2FCargo.toml",
        "/widget-app/..%2F..%2Fportal.db",
        "/zh/mediators/..%2F..%2Fetc%2Fpasswd",
    ] {
        let answer = portal.get(path).await;
        assert!((400..500).contains(&answer.status), "{path}: {}", answer.status);
        assert!(!answer.body.contains("[package]") && !answer.body.contains("SQLite format"), "{path}: leaked a file");
        assert!(!answer.body.contains("root:"), "{path}");
    }
}
