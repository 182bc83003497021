//! The request edge: one language policy for every answer, errors that
//! tell an outage from a bug without showing either's text.

use crate::support::portal;
use serde_json::json;

#[tokio::test]
async fn error_bodies_are_in_the_language_the_request_names() {
    let portal = portal().await;
    let bo = app::i18n::loader(domain::Lang::Bo).get("error-appeal-not-found");
    let zh = app::i18n::loader(domain::Lang::Zh).get("error-appeal-not-found");
    assert_ne!(bo, zh);
    // `?lang=` on the API.
    let answer = portal.get("/api/appeals/K7M4Q9PX?code=AAA-BBB-CCC&lang=bo").await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.json()["message"], bo.as_str());
    // No language named: Chinese.
    assert_eq!(portal.get("/api/appeals/K7M4Q9PX?code=AAA-BBB-CCC").await.json()["message"], zh.as_str());
    // A JSON body that states its language is answered in it.
    let wrong = json!({"code": "AAA-BBB-CCC", "lang": "bo", "text": "x"});
    let answer = portal.post_json("/api/appeals/K7M4Q9PX/info", &wrong).await;
    assert_eq!((answer.status, answer.json()["message"].as_str()), (404, Some(bo.as_str())));
    // A page's path segment names it, for errors of its forms too.
    let request = http::Request::post(format!("/ii/invite/K7M4Q9PX/{}", "0".repeat(32)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("choice=decline".into())
        .unwrap();
    let answer = portal.send(request).await;
    assert_eq!(answer.status, 404);
    let ii = app::i18n::loader(domain::Lang::Ii).get("error-mediation-not-found");
    assert_eq!(answer.json()["message"], ii.as_str());
}

#[tokio::test]
async fn an_unknown_language_is_422_on_the_api_and_the_404_page_on_pages() {
    let portal = portal().await;
    for path in ["/api/appeal-options?lang=fr", "/api/mediators?lang=en", "/api/appeals/K7M4Q9PX?code=x&lang=xx"] {
        let answer = portal.get(path).await;
        assert_eq!(answer.status, 422, "{path}");
        assert_eq!(answer.json()["error"], "error-unknown-lang", "{path}");
    }
    let body = json!({"code": "AAA-BBB-CCC", "lang": "fr", "stars": 5});
    assert_eq!(portal.post_json("/api/appeals/K7M4Q9PX/rating", &body).await.status, 422);
    for (method, path) in [("POST", "/fr/appeal"), ("POST", "/en/mediation"), ("GET", "/widget?lang=fr")] {
        let request = http::Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("message=hi".into())
            .unwrap();
        let answer = portal.send(request).await;
        assert_eq!(answer.status, 404, "{method} {path}");
        assert!(answer.body.contains("<html lang=\"zh-CN\""), "{method} {path}: not the 404 page");
    }
}

#[tokio::test]
async fn an_unreachable_database_is_503_with_retry_after() {
    let portal = portal().await;
    portal.state.db.close().await;
    let answer = portal.get("/api/appeals/K7M4Q9PX?code=AAA-BBB-CCC&lang=ii").await;
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert_eq!(answer.headers["retry-after"], "5");
    assert_eq!(answer.json()["error"], "error-unavailable");
    assert_eq!(answer.json()["message"], app::i18n::loader(domain::Lang::Ii).get("error-unavailable").as_str());
    assert!(!answer.body.to_lowercase().contains("pool"), "{}", answer.body);
}

#[tokio::test]
async fn a_database_bug_is_500_with_a_generic_message_and_no_retry() {
    let portal = portal().await;
    // A query the code did not expect to fail: its table is gone.
    sqlx::query("DROP TABLE mediator_ratings").execute(&portal.state.db).await.unwrap();
    let answer = portal.get("/api/mediators?lang=bo").await;
    assert_eq!(answer.status, 500, "{}", answer.body);
    assert!(answer.headers.get("retry-after").is_none());
    assert_eq!(answer.json()["error"], "error-internal");
    assert_eq!(answer.json()["message"], app::i18n::loader(domain::Lang::Bo).get("error-internal").as_str());
    assert!(!answer.body.contains("mediator_ratings") && !answer.body.contains("no such table"), "{}", answer.body);
}
