//! A portal on a throwaway database and a fake built bundle.

use app::shell::Assets;
use axum::{body::Body, http::Request, Router};
use http_body_util::BodyExt;
use server::{config::Config, db, guide::Library, router, AppState};
use std::{
    path::Path,
    sync::{Arc, LazyLock},
};
use tempfile::TempDir;
use tower::ServiceExt;

pub struct TestPortal {
    pub router: Router,
    pub state: AppState,
    // Kept alive for the test's duration: the database and dist live here.
    _dir: TempDir,
}

pub const HASHED_CSS: &str = "/main-0123456789abcdef.css";
pub const PUBLIC_URL: &str = "https://gongdao.test";

/// The real guidance library from `content/guide`, loaded once for all tests.
pub static LIBRARY: LazyLock<Arc<Library>> = LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/guide");
    Arc::new(Library::load(&dir, PUBLIC_URL).unwrap_or_else(|e| panic!("content/guide: {e}")))
});

pub async fn portal() -> TestPortal {
    portal_with(|_| {}).await
}

/// A portal whose state the test adjusts first (tighter limits, say).
pub async fn portal_with(adjust: impl FnOnce(&mut AppState)) -> TestPortal {
    let _ = any_spawner::Executor::init_tokio();
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join(HASHED_CSS.trim_start_matches('/')), "body{}").unwrap();
    std::fs::write(dist.join("boot.js"), "// boot").unwrap();
    let url = match std::env::var("GONGDAO_TEST_POSTGRES") {
        // scripts/pg-test: the same tests on PostgreSQL, one database each.
        Ok(admin) => fresh_postgres_database(&admin).await,
        Err(_) => format!("sqlite://{}/portal.db", dir.path().display()),
    };
    let db = db::connect(&url).await.unwrap();
    let assets = Assets {
        css: HASHED_CSS.into(),
        js: "/gongdao-web-0123456789abcdef.js".into(),
        wasm: "/gongdao-web-0123456789abcdef_bg.wasm".into(),
        widget_js: "/widget-app/gongdao-widget-0123456789abcdef.js".into(),
        widget_wasm: "/widget-app/gongdao-widget-0123456789abcdef_bg.wasm".into(),
    };
    let config = Config {
        database_url: url,
        dist_dir: dist.clone(),
        content_dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        data_dir: dir.path().join("data"),
        public_url: PUBLIC_URL.into(),
        ..Config::default()
    };
    let mut state = AppState::with_parts(config, db, assets, LIBRARY.clone()).await.unwrap();
    adjust(&mut state);
    TestPortal { router: router(state.clone(), dist), state, _dir: dir }
}

pub struct Answer {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: String,
    /// Bytes on the wire (before any decoding).
    pub raw_len: usize,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

impl TestPortal {
    pub async fn get(&self, path: &str) -> Answer {
        self.send(Request::get(path).body(Body::empty()).unwrap()).await
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> Answer {
        let request = Request::post(path).header("content-type", "application/json").body(Body::from(body.to_string()));
        self.send(request.unwrap()).await
    }

    pub async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer { status, headers, raw_len: bytes.len(), body: String::from_utf8_lossy(&bytes).into_owned() }
    }
}

pub async fn fresh_postgres_database(admin_url: &str) -> String {
    use sqlx::Executor;
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(admin_url).await.expect("the PostgreSQL of scripts/pg-test");
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).unwrap();
    let name = format!("test_{}", hex::encode(random));
    admin.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
    admin.close().await;
    format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0)
}

/// A portal with the demo staff users.
pub async fn seeded() -> TestPortal {
    let portal = portal().await;
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/demo-staff.toml");
    portal.state.staff.seed_demo(&demo).await.unwrap();
    portal
}

/// Signs in; the session cookie, or `None` when refused.
pub async fn login(portal: &TestPortal, user: &str, password: &str) -> Option<String> {
    let request = Request::post("/staff/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(format!("username={user}&password={password}")))
        .unwrap();
    let answer = portal.send(request).await;
    assert_eq!(answer.status, 303);
    let cookie = answer.headers.get("set-cookie")?.to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    Some(cookie.split(';').next().unwrap().to_owned())
}

pub async fn page(portal: &TestPortal, path: &str, cookie: &str) -> Answer {
    portal.send(Request::get(path).header("cookie", cookie).body(Body::empty()).unwrap()).await
}

/// A console form sent with the session's cookie.
pub async fn staff_post(portal: &TestPortal, cookie: &str, path: &str, form: &str) -> Answer {
    let request = Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::from(form.to_owned()))
        .unwrap();
    portal.send(request).await
}

/// The CSRF token of the first form on a console page.
pub fn csrf_of(html: &str) -> String {
    html.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned()
}
