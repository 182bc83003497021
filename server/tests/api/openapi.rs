//! The OpenAPI document is served, parses, and every path it names answers
//! (no 404 from the router for a documented path).

use crate::support::portal;

#[tokio::test]
async fn the_document_describes_routes_that_exist() {
    let portal = portal().await;
    let answer = portal.get("/api/openapi.json").await;
    assert_eq!(answer.status, 200);
    let doc = answer.json();
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 10);
    for (path, methods) in paths {
        let concrete = path.replace("{slug}", "unpaid-wages").replace("{tracking_no}", "K7M4-Q9PX");
        for method in methods.as_object().unwrap().keys() {
            let request = axum::http::Request::builder()
                .method(method.to_uppercase().as_str())
                .uri(&concrete)
                .header("content-type", "application/json")
                .body(axum::body::Body::from("{}"))
                .unwrap();
            let status = portal.send(request).await.status;
            // 404 is fine only where it is the documented answer (unknown appeal).
            let documented_404 = methods[method]["responses"].get("404").is_some();
            assert!(status != 405 && (status != 404 || documented_404), "{method} {path}: {status}");
            assert!(status < 500, "{method} {path}: {status}");
        }
    }
}
