//! The staff console: sign-in, sessions, CSRF, and that staff see only
//! their own unit and the units below it.

use crate::support::{csrf_of, login, page, seeded, TestPortal};
use axum::{body::Body, http::Request};
use serde_json::json;

async fn appeal_in(portal: &TestPortal, village: &str, key: &str) -> (String, String) {
    let body = json!({"lang": "zh", "category": "drinking-water", "village": village,
        "description": "村里的水井已经干了三天。", "phone": "13812345678", "idempotency_key": key});
    let receipt = portal.post_json("/api/appeals", &body).await.json();
    (receipt["tracking_no"].as_str().unwrap().to_owned(), receipt["access_code"].as_str().unwrap().to_owned())
}

async fn act(portal: &TestPortal, cookie: &str, no: &str, form: &str) -> crate::support::Answer {
    let request = Request::post(format!("/staff/appeals/{no}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::from(form.to_owned()))
        .unwrap();
    portal.send(request).await
}

#[tokio::test]
async fn a_wrong_password_opens_nothing() {
    let portal = seeded().await;
    assert_eq!(login(&portal, "hegu", "wrong-password-x").await, None);
    assert_eq!(login(&portal, "nobody", "gongdao-demo-2026").await, None);
    let answer = page(&portal, "/staff", "gd_staff=forged").await;
    assert!(answer.body.contains("name=\"password\""), "the sign-in form");
}

#[tokio::test]
async fn staff_see_only_their_units() {
    let portal = seeded().await;
    let (hegu_no, _) = appeal_in(&portal, "v-hegu", "key-staff-0001").await;
    // Drinking water in 草原村 goes to 雪莲乡 by a local rule.
    let (caoyuan_no, _) = appeal_in(&portal, "v-caoyuan", "key-staff-0002").await;

    let village = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    let queue = page(&portal, "/staff", &village).await;
    assert!(queue.body.contains(&hegu_no) && !queue.body.contains(&caoyuan_no), "{}", queue.body);
    assert_eq!(page(&portal, &format!("/staff/appeals/{caoyuan_no}"), &village).await.status, 404);
    let own = page(&portal, &format!("/staff/appeals/{hegu_no}"), &village).await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("13812345678"), "handling staff see the phone in full");

    let county = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let queue = page(&portal, "/staff", &county).await;
    assert!(queue.body.contains(&hegu_no) && queue.body.contains(&caoyuan_no));

    // Acting outside the subtree is refused too, not only reading.
    let csrf = csrf_of(&page(&portal, "/staff", &village).await.body);
    let answer = act(&portal, &village, &caoyuan_no, &format!("csrf={csrf}&action=accept")).await;
    assert_eq!(answer.status, 404);
}

#[tokio::test]
async fn actions_need_the_csrf_token_and_are_audited() {
    let portal = seeded().await;
    let (no, code) = appeal_in(&portal, "v-hegu", "key-staff-0003").await;
    let cookie = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    let forged = act(&portal, &cookie, &no, "csrf=guess&action=reply&text=hello").await;
    assert_eq!(forged.status, 403);

    let csrf = csrf_of(&page(&portal, &format!("/staff/appeals/{no}"), &cookie).await.body);
    let reply =
        act(&portal, &cookie, &no, &format!("csrf={csrf}&action=reply&text=%E6%98%8E%E5%A4%A9%E9%80%81%E6%B0%B4"))
            .await;
    assert_eq!(reply.status, 303);
    let resolve =
        act(&portal, &cookie, &no, &format!("csrf={csrf}&action=resolve&text=%E5%B7%B2%E9%80%81%E6%B0%B4")).await;
    assert_eq!(resolve.status, 303);

    let view = portal.get(&format!("/api/appeals/{no}?code={code}")).await.json();
    assert_eq!(view["status"], "resolved");
    let said: Vec<&str> = view["timeline"].as_array().unwrap().iter().filter_map(|e| e["text"].as_str()).collect();
    assert_eq!(said, ["明天送水", "已送水"]);

    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE username = 'hegu' AND tracking_no IS NOT NULL")
            .fetch_one(&portal.state.db)
            .await
            .unwrap();
    assert_eq!(audited, 2);
}

#[tokio::test]
async fn sessions_rotate_at_login_and_expire() {
    let portal = seeded().await;
    let first = login(&portal, "qingke", "gongdao-demo-2026").await.unwrap();
    let second = login(&portal, "qingke", "gongdao-demo-2026").await.unwrap();
    assert_ne!(first, second, "a new token at every login");
    sqlx::query("UPDATE staff_sessions SET expires_at = 0").execute(&portal.state.db).await.unwrap();
    let answer = page(&portal, "/staff", &second).await;
    assert!(answer.body.contains("name=\"password\""), "expired: back to sign-in");
    // The next login clears expired sessions away.
    login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM staff_sessions").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(left, 1, "only the new session is left");
}
