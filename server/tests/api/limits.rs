//! Past its limit a client gets 429 with Retry-After, in its language.

use crate::support::portal_with;
use serde_json::json;
use server::limits::{Kind, Limit, RateLimits};
use std::{sync::Arc, time::Duration};

#[tokio::test]
async fn too_many_appeals_from_one_client_get_429() {
    let portal = portal_with(|state| {
        state.limits =
            Arc::new(RateLimits::new([(Kind::Appeal, Limit { requests: 2, window: Duration::from_secs(600) })]));
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
