//! The real `gongdao` binary on a free port, for the tests that need a whole
//! process (a kill, real TCP peers): start it, speak HTTP/1.1 to it.
#![allow(dead_code)] // each test crate uses its own part of it

use std::{
    io::{Read, Write},
    net::{IpAddr, SocketAddr, TcpListener, TcpStream},
    path::Path,
    process::{Child, Command, Stdio},
    thread,
    time::{Duration, Instant},
};

pub struct Reply {
    pub status: u16,
    pub body: String,
}

/// One HTTP/1.1 request on a fresh connection; `None` when the server is gone.
/// `client` goes into `X-Forwarded-For` (counted only behind a trusted proxy).
pub fn request(port: u16, method: &str, path: &str, client: &str, body: &str) -> Option<Reply> {
    exchange(TcpStream::connect(("127.0.0.1", port)).ok()?, method, path, client, body)
}

/// As [`request`], from the local address `source` (any of 127.0.0.0/8):
/// another client, as far as the server's TCP peer address goes.
pub fn request_from(source: IpAddr, port: u16, method: &str, path: &str, body: &str) -> Option<Reply> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().ok()?;
    let stream = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().ok()?;
        socket.bind(SocketAddr::new(source, 0)).ok()?;
        socket.connect(SocketAddr::from(([127, 0, 0, 1], port))).await.ok()?.into_std().ok()
    })?;
    stream.set_nonblocking(false).ok()?;
    exchange(stream, method, path, "203.0.113.9", body)
}

fn exchange(mut stream: TcpStream, method: &str, path: &str, client: &str, body: &str) -> Option<Reply> {
    stream.set_read_timeout(Some(Duration::from_secs(20))).ok()?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Forwarded-For: {client}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(body.as_bytes()).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw);
    let status = text.split(' ').nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    Some(Reply { status, body })
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The server only reads the hashed asset names from Trunk's output; the
/// files themselves are not needed to take appeals.
pub fn fake_dist(dir: &Path) {
    std::fs::create_dir_all(dir.join("widget-app")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        r#"<link href="/app-0.css"><link href="/app-0.js"><link href="/app-0_bg.wasm">"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("widget-app/index.html"),
        r#"<link href="/widget-app/w-0.js"><link href="/widget-app/w-0_bg.wasm">"#,
    )
    .unwrap();
}

/// Starts the server on SQLite in `dir`; `trust_proxy` makes it count
/// clients by `X-Forwarded-For` instead of the TCP peer.
pub fn start(dir: &Path, port: u16, trust_proxy: bool) -> Child {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongdao"))
        .env("GONGDAO_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", format!("sqlite://{}/portal.db", dir.display()))
        .env("GONGDAO_DIST", dir.join("dist"))
        .env("GONGDAO_DATA", dir.join("data"))
        .env("GONGDAO_CONTENT", content)
        .env("GONGDAO_TRUST_PROXY", if trust_proxy { "1" } else { "0" })
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("the gongdao binary starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if request(port, "GET", "/api/health", "10.0.0.1", "").is_some_and(|r| r.status == 200) {
            return child;
        }
        thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not answer /api/health within 60 s");
}

/// A valid appeal, as a resident's phone sends it.
pub fn appeal_body(key: &str) -> String {
    serde_json::json!({
        "lang": "zh",
        "category": "drinking-water",
        "village": "v-hegu",
        "description": "村里的水井已经干了三天，全村人没水喝。",
        "phone": "138 1234 5678",
        "idempotency_key": key,
    })
    .to_string()
}
