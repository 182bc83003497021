//! Crash safety: residents submit appeals at once, the server is killed with
//! SIGKILL in the middle (no clean stop, no flush), started again on the same
//! SQLite file, and every appeal that was answered 201 must read back with its
//! code. A 201 is a promise to a resident; a crash must not break it.
//!
//! This runs the real `gongdao` binary over real TCP, so that nothing of the
//! test's own process keeps the database alive across the kill.

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    path::Path,
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc, Mutex,
    },
    thread,
    time::{Duration, Instant},
};

const SENDERS: usize = 6;
/// Kill once this many appeals have been acknowledged, so the kill lands
/// while writes are in flight rather than before or after them.
const KILL_AFTER: usize = 60;

struct Reply {
    status: u16,
    body: String,
}

/// One HTTP/1.1 request on a fresh connection; `None` when the server is gone.
fn request(port: u16, method: &str, path: &str, client: &str, body: &str) -> Option<Reply> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
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

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The server only reads the hashed asset names from Trunk's output; the
/// files themselves are not needed to take appeals.
fn fake_dist(dir: &Path) {
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

fn start(dir: &Path, port: u16) -> Child {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongdao"))
        .env("GONGDAO_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", format!("sqlite://{}/crash.db", dir.display()))
        .env("GONGDAO_DIST", dir.join("dist"))
        .env("GONGDAO_DATA", dir.join("data"))
        .env("GONGDAO_CONTENT", content)
        .env("GONGDAO_TRUST_PROXY", "1")
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

fn appeal_body(key: &str) -> String {
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

#[test]
fn every_acknowledged_appeal_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    fake_dist(&dir.path().join("dist"));
    let port = free_port();
    let mut server = start(dir.path(), port);

    let acknowledged: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let count = Arc::new(AtomicUsize::new(0));
    let gone = Arc::new(AtomicBool::new(false));
    let senders: Vec<_> = (0..SENDERS)
        .map(|s| {
            let (acknowledged, count, gone) = (acknowledged.clone(), count.clone(), gone.clone());
            thread::spawn(move || {
                for n in 0usize.. {
                    // A new client address every few appeals keeps the
                    // per-client limit out of the way.
                    let client = format!("10.{s}.{}.{}", n / 250 % 250, n % 250);
                    let key = format!("crash-{s:02}-{n:08}-0000");
                    match request(port, "POST", "/api/appeals", &client, &appeal_body(&key)) {
                        Some(reply) if reply.status == 201 => {
                            let receipt: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
                            let no = receipt["tracking_no"].as_str().unwrap().to_owned();
                            let code = receipt["access_code"].as_str().unwrap().to_owned();
                            acknowledged.lock().unwrap().push((no, code));
                            count.fetch_add(1, Ordering::SeqCst);
                        }
                        Some(reply) => panic!("appeal answered {}: {}", reply.status, reply.body),
                        // Cut off by the kill: sent, never answered, so the
                        // resident was promised nothing.
                        None if gone.load(Ordering::SeqCst) => return true,
                        None => panic!("connection failed before the kill"),
                    }
                }
                unreachable!()
            })
        })
        .collect();

    let deadline = Instant::now() + Duration::from_secs(120);
    while count.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(Instant::now() < deadline, "only {} appeals in 120 s", count.load(Ordering::SeqCst));
        thread::sleep(Duration::from_millis(5));
    }
    gone.store(true, Ordering::SeqCst);
    server.kill().unwrap(); // SIGKILL on Unix
    server.wait().unwrap();
    let cut_off = senders.into_iter().map(|s| s.join().unwrap()).filter(|&cut| cut).count();

    let mut server = start(dir.path(), port);
    let acknowledged = acknowledged.lock().unwrap().clone();
    let mut lost = Vec::new();
    for (i, (no, code)) in acknowledged.iter().enumerate() {
        let client = format!("10.200.{}.{}", i / 250 % 250, i % 250);
        let reply = request(port, "GET", &format!("/api/appeals/{no}?code={code}"), &client, "");
        if !reply.is_some_and(|r| r.status == 200 && r.body.contains(no.as_str())) {
            lost.push(no.clone());
        }
    }
    server.kill().unwrap();
    server.wait().unwrap();
    println!(
        "crash safety: acknowledged {}, lost {}, unanswered when killed {cut_off}",
        acknowledged.len(),
        lost.len()
    );
    assert!(acknowledged.len() >= KILL_AFTER);
    assert!(lost.is_empty(), "lost after SIGKILL: {lost:?}");
}
