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
    assert!(paths.len() >= 21, "{} paths", paths.len());
    for (path, methods) in paths {
        let concrete = path
            .replace("{slug}", "unpaid-wages")
            .replace("{no}", "K7M4-Q9PX")
            .replace("{id}", "0123456789abcdef0123456789abcdef");
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

#[tokio::test]
async fn the_document_is_generated_with_schemas_and_the_language_parameter() {
    let portal = portal().await;
    let doc = portal.get("/api/openapi.json").await.json();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for name in ["NewAppeal", "AppealView", "NewMediation", "MediationView", "ChatRequest", "ChatReply", "ErrorBody"] {
        assert!(schemas.contains_key(name), "no schema {name}");
    }
    assert_eq!(schemas["NewAppeal"]["properties"]["description"]["maxLength"], 2000);
    let lang = &doc["paths"]["/api/appeals/{no}"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "lang")
        .cloned()
        .expect("the lang parameter");
    assert_eq!(lang["in"], "query");
}

/// The router adds every `/api/` route through the API router, which puts
/// it in the document; a route added beside it would be missing there.
#[test]
fn no_api_route_is_added_outside_the_document() {
    let source = include_str!("../../src/router.rs");
    let stray: Vec<&str> =
        source.lines().filter(|l| l.contains(".route(\"/api/") && !l.contains("/api/openapi.json")).collect();
    assert!(stray.is_empty(), "routes outside the API document: {stray:?}");
}
