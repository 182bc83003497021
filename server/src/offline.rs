//! `GET /sw.js`: the service worker (`public/sw.js`) with this release's
//! app shell written in. The names are Trunk's hashed ones, so each release
//! serves a different worker, which the browser installs in place of the
//! old one; the worker then refreshes the pages it keeps.

use crate::AppState;
use axum::{
    extract::State,
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
};

const TEMPLATE: &str = include_str!("../../public/sw.js");

/// What a phone keeps to draw any kept page without a network, including
/// the language switcher's two label fonts (2.4 KB), which every page uses.
fn shell(assets: &app::shell::Assets) -> Vec<String> {
    let bundle = [&assets.css, &assets.js, &assets.wasm].into_iter().filter(|a| !a.is_empty()).cloned();
    let files = [
        "/boot.js",
        "/offline.js",
        "/favicon.svg",
        "/manifest.webmanifest",
        "/fonts/label-bo.woff2",
        "/fonts/label-ii.woff2",
    ];
    bundle.chain(files.map(String::from)).collect()
}

pub fn script(assets: &app::shell::Assets) -> String {
    let list = serde_json::to_string(&shell(assets)).unwrap_or_else(|_| "[]".into());
    TEMPLATE.replacen("\"__SHELL__\"", &list, 1)
}

pub async fn service_worker(State(state): State<AppState>) -> Response {
    let mut response = script(&state.assets).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    // The browser checks for a new worker at every visit; never a stale one.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_shell_in() {
        let assets = app::shell::Assets {
            css: "/main-0123456789abcdef.css".into(),
            js: "/gongdao-web-0123456789abcdef.js".into(),
            wasm: "/gongdao-web-0123456789abcdef_bg.wasm".into(),
            ..Default::default()
        };
        let js = script(&assets);
        assert!(js.contains(r#"const SHELL = ["/main-0123456789abcdef.css","/gongdao-web-0123456789abcdef.js","#));
        assert!(!js.contains("__SHELL__"));
    }
}
