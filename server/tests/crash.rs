//! Crash safety: residents submit appeals at once, the server is killed with
//! SIGKILL in the middle (no clean stop, no flush), started again on the same
//! SQLite file, and every appeal that was answered 201 must read back with its
//! code. A 201 is a promise to a resident; a crash must not break it.
//!
//! This runs the real `gongdao` binary over real TCP, so that nothing of the
//! test's own process keeps the database alive across the kill.

mod real_server;

use real_server::{appeal_body, fake_dist, free_port, request, start};
use std::{
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

#[test]
fn every_acknowledged_appeal_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    fake_dist(&dir.path().join("dist"));
    let port = free_port();
    let mut server = start(dir.path(), port, true);

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

    let mut server = start(dir.path(), port, true);
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
