//! The HTTP surface of the portal in one table, with the layers every answer
//! passes through: tracing, compression, caching and security headers.

use crate::{
    appeal, bank, chat, error, guide, health,
    limits::{self},
    mediator,
    openapi::{self, ApiDoc, OpenApiRouter},
    pages, staff, volunteer, AppState,
};
use axum::{
    extract::{DefaultBodyLimit, Request, State},
    http::{header, HeaderValue},
    middleware::{self, Next},
    response::Response,
    routing::{get, post},
    Router,
};
use std::{path::PathBuf, sync::Arc};
use tower_http::{
    catch_panic::CatchPanicLayer, compression::CompressionLayer, services::ServeDir,
    set_header::SetResponseHeaderLayer, trace::TraceLayer,
};
use utoipa::OpenApi;
use utoipa_axum::routes;

pub fn router(state: AppState, dist_dir: PathBuf) -> Router {
    let (api, doc) = api(&state).split_for_parts();
    // Over https, phones are told to come back over https only.
    let hsts = state.config.public_url.starts_with("https://").then(|| {
        SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        )
    });
    let doc = Arc::new(openapi::json(&doc));
    // Files of the built app first; anything else is a page of the app.
    let static_then_pages = ServeDir::new(dist_dir)
        .append_index_html_on_directories(false)
        .fallback(get(pages::render).with_state(state.clone()));
    Router::new()
        .route("/", get(pages::root))
        .route(
            "/api/openapi.json",
            get(move || async move { ([(header::CONTENT_TYPE, "application/json")], (*doc).clone()) }),
        )
        .merge(api)
        .route("/staff/appeals/{no}/photos/{id}", get(staff::console::photo).layer(personal()))
        .route("/widget.js", get(chat::widget::loader))
        .route("/sw.js", get(crate::offline::service_worker))
        .route(
            "/widget",
            get(chat::widget::show).merge(post(chat::widget::send).route_layer(limited(&state, limits::chat))),
        )
        // Pages with plain HTML forms; GET renders them like any page.
        .route(
            "/{lang}/appeal",
            get(pages::render).merge(
                post(appeal::forms::submit)
                    // Three photos from a form without the wasm, plus the text.
                    .layer(DefaultBodyLimit::max(3 * appeal::photos::MAX_BYTES + 64 * 1024))
                    .route_layer(limited(&state, limits::appeals)),
            ),
        )
        .route("/{lang}/appeal/same", get(appeal::forms::same_problem_notice))
        .route("/{lang}/feedback", post(crate::review::feedback::form).route_layer(limited(&state, limits::feedback)))
        .route(
            "/{lang}/mediation",
            get(pages::render).merge(post(mediator::forms::submit).route_layer(limited(&state, limits::mediations))),
        )
        // Pages that open a case with its code or token meet the tracking limit.
        .route("/{lang}/track", get(pages::render).route_layer(limited(&state, limits::tracking)))
        .route("/{lang}/track/{no}", get(pages::render).route_layer(limited(&state, limits::tracking)))
        .route("/{lang}/bank/{no}", get(pages::render).route_layer(limited(&state, limits::tracking)))
        .route(
            "/{lang}/volunteer",
            get(pages::render).merge(post(volunteer::forms::apply).route_layer(limited(&state, limits::mediations))),
        )
        .route("/{lang}/volunteer/{no}", get(pages::render).route_layer(limited(&state, limits::tracking)))
        .route(
            "/{lang}/volunteer/{no}/signup",
            post(volunteer::forms::sign_up).route_layer(limited(&state, limits::tracking)),
        )
        .route("/{lang}/bank/{no}/redeem", post(bank::forms::redeem).route_layer(limited(&state, limits::tracking)))
        .route(
            "/{lang}/invite/{no}/{token}",
            get(pages::render)
                .route_layer(limited(&state, limits::tracking))
                .merge(post(mediator::forms::answer).route_layer(limited(&state, limits::mediations))),
        )
        .route(
            "/{lang}/mediation/{no}/{action}",
            post(mediator::forms::side_action).route_layer(limited(&state, limits::tracking)),
        )
        .route(
            "/{lang}/track/{no}/{action}",
            post(appeal::forms::resident_action).route_layer(limited(&state, limits::tracking)),
        )
        // Password guessing meets the same per-client limit as code guessing.
        .route("/staff/login", post(staff::console::login).route_layer(limited(&state, limits::logins)))
        .route("/staff/logout", post(staff::console::logout))
        // Articles are the most read pages: straight to the page cache, no
        // look for a file in dist/ first.
        .route("/{lang}/guide/{slug}", get(pages::render))
        .route("/staff/appeals/{no}", get(pages::render).post(staff::console::act))
        .route("/staff/report", get(pages::render).post(staff::grid::report))
        .route("/staff/mediations/{no}", get(pages::render).post(staff::mediations::act))
        .route("/staff/bank", get(pages::render).post(staff::bank::open))
        .route("/staff/bank/stock", post(staff::bank::restock))
        .route("/staff/bank/{no}", get(pages::render).post(staff::bank::act))
        .route("/staff/appeals/{no}/team", post(staff::volunteers::team))
        .route("/staff/volunteers", get(pages::render))
        .route("/staff/review/{lang}/{doc}", get(pages::render).post(crate::review::desk::act))
        .route("/staff/volunteers/{no}", post(staff::volunteers::decide))
        .route("/staff/patrols", post(staff::volunteers::publish))
        .route("/staff/patrols/{id}", post(staff::volunteers::attended))
        .fallback_service(static_then_pages)
        .with_state(state)
        .layer(middleware::from_fn(error::localize))
        .layer(middleware::from_fn(cache_and_security_headers))
        .layer(tower::util::option_layer(hsts))
        // A bug in one request answers 500 instead of dropping the connection.
        .layer(CatchPanicLayer::new())
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
}

/// The JSON API, grouped by the rate limit each route meets; every route
/// here is in the API document.
fn api(state: &AppState) -> OpenApiRouter<AppState> {
    use appeal::api as appeals;
    use mediator::api as mediations;
    let open = OpenApiRouter::new()
        .routes(routes!(health::health))
        .routes(routes!(guide::api_search))
        .routes(routes!(guide::qr_svg))
        .routes(routes!(crate::qr::for_path))
        .routes(routes!(appeals::options))
        .routes(routes!(appeals::same_problem))
        .routes(routes!(mediations::list))
        .routes(routes!(mediations::profile))
        .routes(routes!(crate::stats::api_stats))
        .routes(routes!(crate::stats::api_stats_csv))
        .routes(routes!(bank::api::rules))
        .routes(routes!(bank::api::boards))
        .routes(routes!(volunteer::api::patrols));
    // Receipts carry access codes; views carry personal data: no-store.
    let new_appeals = OpenApiRouter::new()
        .routes(routes!(appeals::create))
        .layer(personal())
        .route_layer(limited(state, limits::appeals));
    let uploads = OpenApiRouter::new()
        .routes(routes!(appeals::upload))
        .layer(DefaultBodyLimit::max(appeal::photos::MAX_BYTES + 64 * 1024))
        .route_layer(limited(state, limits::uploads));
    // Everything that opens a case with its number and code or token.
    let tracking = OpenApiRouter::new()
        .routes(routes!(appeals::show))
        .routes(routes!(appeals::add_info))
        .routes(routes!(appeals::rate))
        .routes(routes!(appeals::reopen))
        .routes(routes!(appeals::photo))
        .routes(routes!(appeals::export))
        .routes(routes!(mediations::show))
        .routes(routes!(mediations::dispatch))
        .routes(routes!(mediations::rate))
        .routes(routes!(bank::api::account))
        .routes(routes!(bank::api::redeem))
        .routes(routes!(volunteer::api::show))
        .routes(routes!(volunteer::api::sign_up))
        .layer(personal())
        .route_layer(limited(state, limits::tracking));
    let new_mediations = OpenApiRouter::new()
        .routes(routes!(mediations::create))
        .routes(routes!(mediations::respond))
        .routes(routes!(volunteer::api::apply))
        .layer(personal())
        .route_layer(limited(state, limits::mediations));
    let chat = OpenApiRouter::new().routes(routes!(chat::api::chat)).route_layer(limited(state, limits::chat));
    let feedback = OpenApiRouter::new()
        .routes(routes!(crate::review::feedback::api))
        .routes(routes!(crate::review::status::api))
        .route_layer(limited(state, limits::feedback));
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(open)
        .merge(new_appeals)
        .merge(uploads)
        .merge(tracking)
        .merge(new_mediations)
        .merge(chat)
        .merge(feedback)
}

/// Answers that carry personal data or access codes are never kept, not
/// even by the phone or a shared village computer's browser.
fn personal() -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))
}

/// A per-client rate limit (see `limits.rs`) as a route layer.
fn limited<F, Fut>(state: &AppState, limit: F) -> axum::middleware::FromFnLayer<F, AppState, (State<AppState>, Request)>
where
    F: Fn(State<AppState>, Request, Next) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Response> + Send + 'static,
{
    middleware::from_fn_with_state(state.clone(), limit)
}

/// Hashed assets never change, so phones keep them for a year; pages are
/// never stored, because WeChat's browser is known to serve stale HTML
/// despite `no-cache`; everything else is revalidated.
async fn cache_and_security_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let framable = request.uri().path() == "/widget";
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
    // The widget's page says who may frame it in its CSP instead.
    if !framable {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    response
}

/// Trunk names built files `name-<hash>.ext` (`_bg.wasm` for wasm), the
/// hash a 64-bit number in hex without leading zeros: up to 16 digits.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed_asset("/gongdao-web-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(is_hashed_asset("/gongdao-web-eb22748aa8514fe_bg.wasm"), "15 digits: a leading zero");
        assert!(is_hashed_asset("/widget-app/gongdao-widget-578ea6bf5a7b3232.js"));
        assert!(!is_hashed_asset("/boot.js"));
        assert!(!is_hashed_asset("/zh/guide/work-injury"));
        assert!(!is_hashed_asset("/fonts/NotoSansYi-subset.woff2"));
    }
}
