//! The HTTP surface of the portal in one table, with the layers every answer
//! passes through: tracing, compression, caching and security headers.

use crate::{db::Db, guide, guide::Library, health, pages};
use app::shell::Assets;
use axum::{
    extract::Request,
    http::{header, HeaderValue},
    middleware::{self, Next},
    response::Response,
    routing::get,
    Router,
};
use std::{path::PathBuf, sync::Arc};
use tower_http::{catch_panic::CatchPanicLayer, compression::CompressionLayer, services::ServeDir, trace::TraceLayer};

/// What handlers share. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub assets: Assets,
    pub guides: Arc<Library>,
}

pub fn router(state: AppState, dist_dir: PathBuf) -> Router {
    // Files of the built app first; anything else is a page of the app.
    let static_then_pages = ServeDir::new(dist_dir)
        .append_index_html_on_directories(false)
        .fallback(get(pages::render).with_state(state.clone()));
    Router::new()
        .route("/", get(pages::root))
        .route("/api/health", get(health::health))
        .route("/api/guides", get(guide::api_search))
        .route("/api/guides/{slug}/qr.svg", get(guide::qr_svg))
        .fallback_service(static_then_pages)
        .with_state(state)
        .layer(middleware::from_fn(cache_and_security_headers))
        // A bug in one request answers 500 instead of dropping the connection.
        .layer(CatchPanicLayer::new())
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
}

/// Hashed assets never change, so phones keep them for a year; pages are
/// never stored, because WeChat's browser is known to serve stale HTML
/// despite `no-cache`; everything else is revalidated.
async fn cache_and_security_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let ok = response.status().is_success();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let headers = response.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        let policy = if hashed && ok {
            "public, max-age=31536000, immutable"
        } else if is_html {
            "no-store"
        } else {
            "no-cache"
        };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Trunk names built files `name-<16 hex digits>.ext` (`_bg.wasm` for wasm).
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed_asset("/gongdao-web-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/boot.js"));
        assert!(!is_hashed_asset("/zh/guide/work-injury"));
        assert!(!is_hashed_asset("/fonts/NotoSansYi-subset.woff2"));
    }
}
