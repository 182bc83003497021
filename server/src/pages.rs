//! HTML pages: `/` picks a language, every other page is the Leptos app
//! rendered on the server, after static files had their chance.

use crate::AppState;
use app::{
    appeal::AppealStore, bank::BankStore, guide::GuideStore, mediator::MediatorStore, staff::StaffStore,
    stats::StatsStore, track::TrackStore, volunteer::VolunteerStore,
};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
};
use domain::paths;
use leptos::prelude::provide_context;
use std::sync::Arc;

/// `GET /`: a shared link without a language goes to the reader's language,
/// by `Accept-Language`, Chinese when none of ours is asked for.
pub async fn root(headers: HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let lang = crate::edge::lang::negotiate(accept);
    let mut response = Redirect::to(&paths::home(lang)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("accept-language"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Renders the app for any path; the app itself answers 404 for unknown
/// pages. The whole page is rendered before it is sent (no streaming), so it
/// reads complete with JavaScript off and nothing moves when the wasm arrives.
pub async fn render(State(state): State<AppState>, request: Request<Body>) -> Response {
    let Some(key) = crate::page_cache::PageCache::key(&request) else {
        return render_with(&state, request, || {}).await;
    };
    let headers = request.headers().clone();
    if let Some(page) = state.pages.get(&key, &headers) {
        return page;
    }
    let generation = state.pages.generation();
    let page = render_with(&state, request, || {}).await;
    state.pages.keep(key, &headers, page, generation).await
}

/// Renders with something more in context (a form sent back with problems).
pub async fn render_with(
    state: &AppState,
    request: Request<Body>,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let assets = state.assets.clone();
    let base = app_context(state);
    let context = move || {
        base();
        extra();
    };
    let handler = leptos_axum::render_app_async_with_context(context, move || app::shell::shell(assets.clone()));
    handler(request).await.into_response()
}

/// A page drawn again after its form was sent with problems (`status`
/// 422), with what was typed in context (`extra`).
pub async fn again(
    state: &AppState,
    uri: Uri,
    headers: HeaderMap,
    status: StatusCode,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let mut request = Request::get(uri).body(Body::empty()).unwrap_or_default();
    *request.headers_mut() = headers;
    let mut page = render_with(state, request, extra).await;
    *page.status_mut() = status;
    page
}

/// No script runs but the portal's own files and the page's few inline
/// scripts and styles that carry this request's nonce (Leptos adds it to its
/// own). WebAssembly may compile; nothing may frame the page but the chat
/// widget's, which names who may (`frame_ancestors`).
pub fn set_content_security_policy(frame_ancestors: &str) {
    let Some(nonce) = leptos::nonce::use_nonce() else { return };
    let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else { return };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'; \
         style-src 'self' 'nonce-{nonce}'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {frame_ancestors}"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// What the app's components and server functions may use of the server.
pub fn app_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let guides: Arc<dyn GuideStore> = state.guides.clone();
    let appeals: Arc<dyn AppealStore> = Arc::new(state.clone());
    let staff: Arc<dyn StaffStore> = Arc::new(state.clone());
    let tracking: Arc<dyn TrackStore> = Arc::new(state.clone());
    let mediators: Arc<dyn MediatorStore> = Arc::new(state.clone());
    let stats: Arc<dyn StatsStore> = Arc::new(state.clone());
    let bank: Arc<dyn BankStore> = Arc::new(state.clone());
    let volunteers: Arc<dyn VolunteerStore> = Arc::new(state.clone());
    let retention = app::privacy::RetentionDays(state.config.retention_days);
    move || {
        provide_context(retention);
        provide_context(tracking.clone());
        provide_context(mediators.clone());
        provide_context(guides.clone());
        provide_context(appeals.clone());
        provide_context(staff.clone());
        provide_context(stats.clone());
        provide_context(bank.clone());
        provide_context(volunteers.clone());
        set_content_security_policy("'none'");
    }
}
