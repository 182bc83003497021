//! Per-client rate limits count the TCP peer's address when no trusted proxy
//! is configured: two phones get a limit each, and a forged
//! `X-Forwarded-For` changes nothing. Real binary, real TCP (the router
//! tests have no peer address at all).

mod real_server;

use real_server::{appeal_body, fake_dist, free_port, request_from, start};
use std::net::{IpAddr, Ipv4Addr};

const APPEALS_PER_CLIENT: usize = 20; // limits.rs: 20 per 10 minutes

#[test]
fn two_phones_get_a_limit_each_and_a_forged_header_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fake_dist(&dir.path().join("dist"));
    let port = free_port();
    let mut server = start(dir.path(), port, false);
    let phone_a = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
    let phone_b = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 3));
    let send = |from: IpAddr, n: usize| {
        let key = format!("peer-{from}-{n:04}").replace('.', "-");
        request_from(from, port, "POST", "/api/appeals", &appeal_body(&key)).expect("an answer").status
    };
    let a: Vec<u16> = (0..APPEALS_PER_CLIENT + 1).map(|n| send(phone_a, n)).collect();
    // Every request claims `X-Forwarded-For: 203.0.113.9`; were that
    // believed (or every peer counted as one), B would meet A's spent limit.
    let b: Vec<u16> = (0..3).map(|n| send(phone_b, n)).collect();
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(a[..APPEALS_PER_CLIENT].iter().all(|&s| s == 201), "{a:?}");
    assert_eq!(a[APPEALS_PER_CLIENT], 429, "the 21st from one phone waits");
    assert_eq!(b, [201, 201, 201], "another phone is not held back by the first");
}
