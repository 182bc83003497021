//! HTML pages: `/` picks a language, every other page is the Leptos app
//! rendered on the server, after static files had their chance.

use crate::AppState;
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Redirect, Response},
};
use domain::Lang;

/// `GET /`: a shared link without a language goes to the reader's language,
/// by `Accept-Language`, Chinese when none of ours is asked for.
pub async fn root(headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let lang = Lang::negotiate(accept);
    let mut response = Redirect::to(&format!("/{}/", lang.slug())).into_response();
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("accept-language"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Renders the app for any path; the app itself answers 404 for unknown pages.
pub async fn render(State(state): State<AppState>, request: Request<Body>) -> Response {
    let assets = state.assets.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        || {},
        move || app::shell::shell(assets.clone()),
    );
    handler(request).await.into_response()
}
