//! Past its limit a client gets 429 with Retry-After, in its language.

use crate::support::portal_with;
use serde_json::json;
use server::limits::{Kind, Limit, RateLimits};
use std::{sync::Arc, time::Duration};

#[tokio::test]
async fn too_many_appeals_from_one_client_get_429() {
    let portal = portal_with(|state| {
        state.limits =
            Arc::new(RateLimits::new(None, [(Kind::Appeal, Limit { requests: 2, window: Duration::from_secs(600) })]));
    })
    .await;
    let appeal = |key: &str| {
        json!({"lang": "bo", "category": "roads", "village": "v-hegu",
               "description": "路上有个大坑，摩托车容易摔倒。", "idempotency_key": key})
    };
    assert_eq!(portal.post_json("/api/appeals", &appeal("key-limit-0001")).await.status, 201);
    assert_eq!(portal.post_json("/api/appeals", &appeal("key-limit-0002")).await.status, 201);
    let third = portal.post_json("/api/appeals", &appeal("key-limit-0003")).await;
    assert_eq!(third.status, 429);
    let wait: u64 = third.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=600).contains(&wait));
    assert_eq!(third.json()["error"], "error-too-many");
    // Reading still works: the limit is per kind of request.
    assert_eq!(portal.get("/api/appeal-options").await.status, 200);
}

/// Several instances on one database count together: a client's third
/// request is refused whichever instance it reaches (`case/counter.rs`).
#[tokio::test]
async fn instances_sharing_a_database_count_together() {
    let portal = crate::support::portal().await;
    let db = &portal.state.db;
    let limit = || [(Kind::Appeal, Limit { requests: 2, window: Duration::from_secs(600) })];
    let (one, two) = (RateLimits::new(Some(db), limit()), RateLimits::new(Some(db), limit()));
    let client = server::edge::ClientAddr("198.51.100.7".parse().unwrap());
    let other = server::edge::ClientAddr("2001:db8::1".parse().unwrap());
    assert!(one.check(Kind::Appeal, client).await.is_ok());
    assert!(two.check(Kind::Appeal, client).await.is_ok());
    let wait = one.check(Kind::Appeal, client).await.unwrap_err();
    assert!((1..=600).contains(&wait.as_secs()), "{wait:?}");
    assert!(two.check(Kind::Appeal, client).await.is_err(), "the other instance refuses too");
    assert!(two.check(Kind::Appeal, other).await.is_ok(), "another client has its own count");

    // The wrong-code guard, shared the same way.
    let (a, b) = (server::case::guard::Guard::new(Some(db)), server::case::guard::Guard::new(Some(db)));
    for i in 0..20 {
        let guard = if i % 2 == 0 { &a } else { &b };
        assert!(guard.admit(client).await.is_ok(), "try {i}");
    }
    assert!(a.admit(client).await.is_err() && b.admit(client).await.is_err(), "21st wrong try, either instance");

    // Old counts are swept; today's stay.
    let now = server::case::now();
    assert_eq!(server::case::counter::sweep(db, now).await.unwrap(), 0);
    assert!(server::case::counter::sweep(db, now + 3 * 900).await.unwrap() > 0);
}
