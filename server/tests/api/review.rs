//! Readers' feedback on a passage (issue 19): every section of every article
//! carries the control; the API and the plain form store it, nothing about
//! the reader is kept, bad input gets a localized 422, and it has its own
//! rate limit.

use crate::support::{portal, portal_with};
use axum::{body::Body, http::Request};
use serde_json::json;
use server::limits::{Kind, Limit, RateLimits};
use std::{sync::Arc, time::Duration};

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[tokio::test]
async fn every_section_of_every_article_carries_the_control() {
    let portal = portal().await;
    for lang in ["zh", "bo", "ii"] {
        for slug in ["unpaid-wages", "marriage-divorce", "village-rules-points"] {
            let page = portal.get(&format!("/{lang}/guide/{slug}")).await;
            assert_eq!(page.status, 200);
            let sections = (1..50).take_while(|i| page.body.contains(&format!("<h2 id=\"s{i}\""))).count();
            assert!(sections >= 2, "{lang} {slug}");
            assert_eq!(page.body.matches("<details class=\"feedback\">").count(), sections, "{lang} {slug}");
            assert!(page.body.contains(&format!("action=\"/{lang}/feedback\"")));
        }
    }
}

#[tokio::test]
async fn feedback_is_stored_without_anything_about_the_reader() {
    let portal = portal().await;
    let body =
        json!({"lang": "bo", "slug": "unpaid-wages", "section": "s2", "kind": "unclear", "text": "ཚིག་འདི་གོ་མ་བདེ།"});
    let stored = portal.post_json("/api/feedback", &body).await;
    assert_eq!(stored.status, 201, "{}", stored.body);
    let row: (String, String, String, String, Option<String>, String) =
        sqlx::query_as("SELECT lang, slug, section, kind, text, status FROM feedback")
            .fetch_one(&portal.state.db)
            .await
            .unwrap();
    assert_eq!(
        row,
        (
            "bo".into(),
            "unpaid-wages".into(),
            "s2".into(),
            "unclear".into(),
            Some("ཚིག་འདི་གོ་མ་བདེ།".into()),
            "open".into()
        )
    );
    let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info('feedback')")
        .fetch_all(&portal.state.db)
        .await
        .unwrap_or_default();
    for personal in ["ip", "client", "phone", "name", "address"] {
        assert!(!columns.iter().any(|c| c.contains(personal)), "{columns:?}");
    }
    // A chat answer.
    let chat = json!({"lang": "ii", "slug": "chat", "section": "chat", "kind": "wrong"});
    assert_eq!(portal.post_json("/api/feedback", &chat).await.status, 201);

    for (body, field) in [
        (json!({"lang": "bo", "slug": "unpaid-wages", "section": "s99", "kind": "unclear"}), "section"),
        (json!({"lang": "bo", "slug": "no-such-article", "section": "s1", "kind": "unclear"}), "section"),
        (json!({"lang": "bo", "slug": "unpaid-wages", "section": "s1", "kind": "rude"}), "kind"),
        (
            json!({"lang": "bo", "slug": "unpaid-wages", "section": "s1", "kind": "other", "text": "ཀ".repeat(501)}),
            "description",
        ),
    ] {
        let answer = portal.post_json("/api/feedback", &body).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        let json = answer.json();
        assert_eq!(json["problems"][0]["field"], field, "{json}");
        assert!(!has_han(json["problems"][0]["message"].as_str().unwrap()), "in Tibetan: {json}");
    }
    assert_eq!(portal.post_json("/api/feedback", &json!({"lang": "xx"})).await.status, 422);

    // The plain form under a section: back to the section with thanks.
    let form = |text: &str| {
        Request::post("/ii/feedback")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("slug=unpaid-wages&section=s1&kind=wrong&text={text}")))
            .unwrap()
    };
    let sent = portal.send(form("x")).await;
    assert_eq!(sent.status, 303);
    assert_eq!(sent.headers["location"], "/ii/guide/unpaid-wages?feedback=thanks#s1");
    let thanked = portal.get("/ii/guide/unpaid-wages?feedback=thanks").await;
    assert!(thanked.body.contains("role=\"status\""));
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 3);
}

#[tokio::test]
async fn feedback_has_its_own_rate_limit() {
    let portal = portal_with(|state| {
        state.limits = Arc::new(RateLimits::new(
            None,
            [(Kind::Feedback, Limit { requests: 2, window: Duration::from_secs(600) })],
        ));
    })
    .await;
    let body = json!({"lang": "zh", "slug": "unpaid-wages", "section": "s1", "kind": "unclear"});
    assert_eq!(portal.post_json("/api/feedback", &body).await.status, 201);
    assert_eq!(portal.post_json("/api/feedback", &body).await.status, 201);
    let third = portal.post_json("/api/feedback", &body).await;
    assert_eq!(third.status, 429);
    assert!(third.headers.contains_key("retry-after"));
    // Other requests are not limited by it.
    assert_eq!(portal.get("/api/bank/rules?lang=zh").await.status, 200);
}

#[tokio::test]
async fn a_reviewer_reads_the_feedback_and_never_a_case() {
    use crate::support::{csrf_of, login, page, seeded, staff_post};
    let portal = seeded().await;
    let flag = json!({"lang": "bo", "slug": "unpaid-wages", "section": "s2", "kind": "wrong", "text": "ཚིག་འདི་ནོར་འདུག"});
    assert_eq!(portal.post_json("/api/feedback", &flag).await.status, 201);
    let appeal = json!({"lang": "zh", "category": "drinking-water", "village": "v-hegu",
        "description": "村里的水井已经干了三天。", "phone": "13812345678", "idempotency_key": "review-case-0001"});
    let no = portal.post_json("/api/appeals", &appeal).await.json()["tracking_no"].as_str().unwrap().to_owned();

    let reviewer = login(&portal, "reviewer", "gongdao-demo-2026").await.unwrap();
    let desk = page(&portal, "/staff", &reviewer).await;
    assert_eq!(desk.status, 200);
    assert!(desk.body.contains("ཚིག་འདི་ནོར་འདུག") && desk.body.contains("/bo/guide/unpaid-wages#s2"), "{}", desk.body);
    let first =
        desk.body.split("<ul class=\"queue review\">").nth(1).unwrap().split("</li>").next().unwrap().to_owned();
    assert!(first.contains("/bo/guide/unpaid-wages"), "the most flagged first: {first}");
    assert!(!desk.body.contains(&no) && !desk.body.contains("13812345678"), "no case on the reviewer's desk");
    for path in [
        format!("/staff/appeals/{no}"),
        "/staff/bank".to_owned(),
        "/staff/volunteers".to_owned(),
        "/staff/report".to_owned(),
        format!("/staff/appeals/{no}/photos/x"),
        "/staff?q=13812345678".to_owned(),
    ] {
        assert_eq!(page(&portal, &path, &reviewer).await.status, 404, "{path}");
    }
    let csrf = csrf_of(&desk.body);
    let act =
        staff_post(&portal, &reviewer, &format!("/staff/appeals/{no}"), &format!("csrf={csrf}&action=accept")).await;
    assert_eq!(act.status, 404);
    // Signing out works for a reviewer too.
    assert_eq!(staff_post(&portal, &reviewer, "/staff/logout", &format!("csrf={csrf}")).await.status, 303);
    // Handlers keep their console and do not get the reviewer's desk.
    let handler = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let console = page(&portal, "/staff", &handler).await;
    assert!(console.body.contains(&no) && !console.body.contains("ཚིག་འདི་ནོར་འདུག"));
}
