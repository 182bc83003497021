use crate::support::portal;

#[tokio::test]
async fn health_checks_the_database() {
    let portal = portal().await;
    let answer = portal.get("/api/health").await;
    assert_eq!(answer.status, 200);
    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(body, serde_json::json!({ "status": "ok" }));
}
