//! Appeals over HTTP: create (and retry), track with the code, add
//! information, rate, reopen; bad input gets clear, localized errors.

use crate::support::{portal, TestPortal};
use domain::appeal::{EventKind, TrackingNo};
use serde_json::{json, Value};

fn appeal(key: &str) -> Value {
    json!({
        "lang": "zh",
        "category": "drinking-water",
        "village": "v-hegu",
        "description": "村里的水井已经干了三天，全村人没水喝。",
        "phone": "138 1234 5678",
        "idempotency_key": key,
    })
}

async fn created(portal: &TestPortal, key: &str) -> (String, String) {
    let answer = portal.post_json("/api/appeals", &appeal(key)).await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let receipt = answer.json();
    (receipt["tracking_no"].as_str().unwrap().to_owned(), receipt["access_code"].as_str().unwrap().to_owned())
}

async fn resolve(portal: &TestPortal, no: &str) {
    let no = TrackingNo::parse(no).unwrap();
    let desk = &portal.state.appeals;
    desk.staff_act(&no, "test-staff", EventKind::Resolved, Some("已经送水车过去。"), 1).await.unwrap();
}

#[tokio::test]
async fn options_list_categories_and_the_place_tree() {
    let portal = portal().await;
    let options = portal.get("/api/appeal-options?lang=bo").await.json();
    assert_eq!(options["categories"].as_array().unwrap().len(), 8);
    let townships = options["townships"].as_array().unwrap();
    assert!(townships.len() >= 4);
    assert!(townships.iter().all(|t| !t["villages"].as_array().unwrap().is_empty()));
}

#[tokio::test]
async fn creating_returns_a_readable_number_a_code_and_a_deadline() {
    let portal = portal().await;
    let before = server::case::now();
    let answer = portal.post_json("/api/appeals", &appeal("key-create-0001")).await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let receipt = answer.json();
    let no = receipt["tracking_no"].as_str().unwrap();
    assert!(TrackingNo::parse(no).is_some(), "{no}");
    assert_eq!(receipt["access_code"].as_str().unwrap().len(), 11, "XXX-XXX-XXX");
    assert!(receipt["status_url"].as_str().unwrap().contains(&format!("/track/{no}?code=")));
    // Drinking water goes to the village within 72 hours.
    let due = receipt["due_at"].as_i64().unwrap();
    assert!((before + 72 * 3600..=before + 72 * 3600 + 5).contains(&due), "{due}");
}

#[tokio::test]
async fn a_retry_creates_one_appeal_not_two() {
    let portal = portal().await;
    let first = portal.post_json("/api/appeals", &appeal("key-retry-0001")).await;
    let again = portal.post_json("/api/appeals", &appeal("key-retry-0001")).await;
    assert_eq!((first.status, again.status), (201, 200));
    assert_eq!(first.json(), again.json(), "the same number and code");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeals").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 1);
    // The same key with other content is refused, not merged.
    let mut other = appeal("key-retry-0001");
    other["description"] = json!("完全不同的一件事，路上有个大坑。");
    let answer = portal.post_json("/api/appeals", &other).await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.json()["error"], "error-key-reused");
}

#[tokio::test]
async fn concurrent_retries_still_make_one_appeal() {
    let portal = portal().await;
    let body = appeal("key-race-00001");
    let answers = futures_join(&portal, &body).await;
    let numbers: std::collections::HashSet<String> =
        answers.iter().map(|a| a.json()["tracking_no"].as_str().unwrap().to_owned()).collect();
    assert_eq!(numbers.len(), 1, "{answers:?}", answers = answers.iter().map(|a| &a.body).collect::<Vec<_>>());
}

async fn futures_join(portal: &TestPortal, body: &Value) -> Vec<crate::support::Answer> {
    let (a, b, c) = tokio::join!(
        portal.post_json("/api/appeals", body),
        portal.post_json("/api/appeals", body),
        portal.post_json("/api/appeals", body)
    );
    vec![a, b, c]
}

#[tokio::test]
async fn bad_input_gets_field_problems_in_the_readers_language() {
    let portal = portal().await;
    let body = json!({
        "lang": "bo", "category": "weather", "village": "v-hegu", "description": "短",
        "phone": "12345", "idempotency_key": "key-bad-00001"
    });
    let answer = portal.post_json("/api/appeals", &body).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    let json = answer.json();
    let fields: Vec<&str> = json["problems"].as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["description", "phone", "category"]);
    let message = json["problems"][0]["message"].as_str().unwrap();
    assert_eq!(message, app::i18n::loader(domain::Lang::Bo).get("appeal-error-description-short"));
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeals").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 0, "nothing half-written");
}

#[tokio::test]
async fn malformed_requests_are_4xx() {
    let portal = portal().await;
    let request = |body: &'static str, content_type: &'static str| {
        axum::http::Request::post("/api/appeals")
            .header("content-type", content_type)
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    assert_eq!(portal.send(request("{not json", "application/json")).await.status, 400);
    assert_eq!(portal.send(request("{}", "text/plain")).await.status, 415);
    assert_eq!(portal.send(request("{\"lang\": \"zh\"}", "application/json")).await.status, 422);
    let huge = format!("{{\"description\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    let answer = portal
        .send(
            axum::http::Request::post("/api/appeals")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(huge))
                .unwrap(),
        )
        .await;
    assert_eq!(answer.status, 413);
}

#[tokio::test]
async fn tracking_needs_the_right_code_and_wrong_answers_look_alike() {
    let portal = portal().await;
    let (no, code) = created(&portal, "key-track-0001").await;
    let view = portal.get(&format!("/api/appeals/{no}?code={code}&lang=zh")).await;
    assert_eq!(view.status, 200, "{}", view.body);
    let view = view.json();
    assert_eq!(view["status"], "received");
    assert_eq!(view["phone_masked"], "138****5678");
    let kinds: Vec<&str> = view["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["received", "routed"]);
    assert_eq!(view["overdue"], false);

    let wrong_code = portal.get(&format!("/api/appeals/{no}?code=AAA-AAA-AAA")).await;
    let wrong_no = portal.get(&format!("/api/appeals/ZZZZ-ZZZZ?code={code}")).await;
    assert_eq!((wrong_code.status, wrong_no.status), (404, 404));
    assert_eq!(wrong_code.body, wrong_no.body);
}

#[tokio::test]
async fn repeated_wrong_codes_never_lock_out_the_right_one() {
    let portal = portal().await;
    let (no, code) = created(&portal, "key-lock-00001").await;
    for _ in 0..5 {
        assert_eq!(portal.get(&format!("/api/appeals/{no}?code=BBB-BBB-BBB")).await.status, 404);
    }
    // Whoever typed the wrong codes, the resident's right one still works.
    assert_eq!(portal.get(&format!("/api/appeals/{no}?code={code}")).await.status, 200);
}

#[tokio::test]
async fn a_resident_adds_information_rates_once_and_cannot_rate_early() {
    let portal = portal().await;
    let (no, code) = created(&portal, "key-rate-00001").await;
    let info =
        portal.post_json(&format!("/api/appeals/{no}/info"), &json!({"code": code, "text": "今天水车还没来。"})).await;
    assert_eq!(info.status, 200, "{}", info.body);
    assert_eq!(info.json()["timeline"][2]["kind"], "info-added");

    let early = portal.post_json(&format!("/api/appeals/{no}/rating"), &json!({"code": code, "stars": 5})).await;
    assert_eq!(early.status, 409);

    resolve(&portal, &no).await;
    let bad = portal.post_json(&format!("/api/appeals/{no}/rating"), &json!({"code": code, "stars": 9})).await;
    assert_eq!(bad.status, 422);
    let rated = portal
        .post_json(&format!("/api/appeals/{no}/rating"), &json!({"code": code, "stars": 4, "comment": "来得快。"}))
        .await;
    assert_eq!(rated.status, 200, "{}", rated.body);
    assert_eq!(rated.json()["status"], "closed");
    assert_eq!(rated.json()["rating"], 4);
    let again = portal.post_json(&format!("/api/appeals/{no}/rating"), &json!({"code": code, "stars": 1})).await;
    assert_eq!(again.status, 409, "rated once");
    let late = portal.post_json(&format!("/api/appeals/{no}/info"), &json!({"code": code, "text": "还有"})).await;
    assert_eq!(late.status, 409, "closed appeals take no more information");
}

#[tokio::test]
async fn an_unsatisfied_resident_reopens_once() {
    let portal = portal().await;
    let (no, code) = created(&portal, "key-reopen-001").await;
    resolve(&portal, &no).await;
    let reopened =
        portal.post_json(&format!("/api/appeals/{no}/reopen"), &json!({"code": code, "text": "水还是没有。"})).await;
    assert_eq!(reopened.status, 200, "{}", reopened.body);
    assert_eq!(reopened.json()["status"], "accepted");
    resolve(&portal, &no).await;
    let view = portal.get(&format!("/api/appeals/{no}?code={code}")).await.json();
    assert_eq!(view["can_reopen"], false);
    let twice = portal.post_json(&format!("/api/appeals/{no}/reopen"), &json!({"code": code, "text": "再来"})).await;
    assert_eq!(twice.status, 409);
}

#[tokio::test]
async fn actions_at_the_same_moment_all_land_in_the_timeline() {
    let portal = portal().await;
    let (no, code) = created(&portal, "key-race-00001").await;
    let tracking = domain::appeal::TrackingNo::parse(&no).unwrap();
    let mut actions = tokio::task::JoinSet::new();
    for i in 0..8 {
        let (desk, tracking) = (portal.state.appeals.clone(), tracking.clone());
        actions.spawn(async move {
            desk.add_info(&tracking, &format!("第 {i} 次补充：水井还是干的。"), 2_000).await
        });
    }
    while let Some(done) = actions.join_next().await {
        done.unwrap().expect("every action lands, none collides on its event number");
    }
    let shown = portal.get(&format!("/api/appeals/{no}?code={code}")).await.json();
    assert_eq!(shown["timeline"].as_array().unwrap().len(), 2 + 8);
}
