//! The client's address, which the per-client rate limits and the
//! wrong-code guard count by. The TCP peer; behind our own reverse proxy
//! (`GONGDAO_TRUST_PROXY=1`), the right-most `X-Forwarded-For` address that
//! is not one of our proxies (`GONGDAO_TRUSTED_PROXIES`, by default the
//! peer itself): entries to its left are whatever the client wrote. An
//! IPv6 client counts by its /64, which one phone can rotate within.

use crate::{config::Config, AppState};
use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{request::Parts, Extensions, HeaderMap},
};
use std::{
    convert::Infallible,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

/// The key a shared count is stored under (`case/counter.rs`).
impl std::fmt::Display for ClientAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl ClientAddr {
    pub fn of(headers: &HeaderMap, extensions: &Extensions, config: &Config) -> ClientAddr {
        let peer = extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| addr.ip());
        let mut client = peer;
        let trusted = |ip: &IpAddr| {
            if config.trusted_proxies.is_empty() {
                *ip == peer
            } else {
                config.trusted_proxies.contains(ip)
            }
        };
        // Only a request that came through one of our proxies says who sent it.
        if config.trust_proxy && trusted(&peer) {
            let hops = headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok());
            let hops: Vec<IpAddr> = hops.flat_map(|v| v.split(',')).filter_map(|h| h.trim().parse().ok()).collect();
            if let Some(ip) = hops.into_iter().rev().find(|ip| !trusted(ip)) {
                client = ip;
            }
        }
        ClientAddr::keyed(client)
    }

    /// The key an address counts under: IPv6 by its /64.
    pub fn keyed(ip: IpAddr) -> ClientAddr {
        match ip {
            IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                ClientAddr(IpAddr::V6(Ipv6Addr::from(prefix)))
            }
            IpAddr::V6(v6) => ClientAddr(IpAddr::V4(v6.to_ipv4_mapped().unwrap_or(Ipv4Addr::UNSPECIFIED))),
            v4 => ClientAddr(v4),
        }
    }

    /// The client of the page being drawn (leptos provides the request).
    pub fn of_page(state: &AppState) -> ClientAddr {
        match leptos::prelude::use_context::<http::request::Parts>() {
            Some(parts) => ClientAddr::of(&parts.headers, &parts.extensions, &state.config),
            None => ClientAddr(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        }
    }
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(ClientAddr::of(&parts.headers, &parts.extensions, &state.config))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(peer: &str, forwarded: &str, trust: bool, trusted: &[&str]) -> IpAddr {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", forwarded.parse().unwrap());
        let mut extensions = Extensions::new();
        extensions.insert(ConnectInfo(SocketAddr::new(peer.parse().unwrap(), 4000)));
        let config = Config {
            trust_proxy: trust,
            trusted_proxies: trusted.iter().map(|t| t.parse().unwrap()).collect(),
            ..Config::default()
        };
        ClientAddr::of(&headers, &extensions, &config).0
    }

    #[test]
    fn the_right_most_address_that_is_not_our_proxy_is_the_client() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // Without a trusted proxy the header is ignored.
        assert_eq!(client("10.0.0.5", "203.0.113.9", false, &[]), ip("10.0.0.5"));
        // A client writing its own header: the proxy appends the real one.
        assert_eq!(client("10.0.0.1", "1.2.3.4, 198.51.100.7", true, &[]), ip("198.51.100.7"));
        // Two proxies of ours.
        assert_eq!(
            client("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2", true, &["10.0.0.1", "10.0.0.2"]),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn an_ipv6_client_counts_by_its_64() {
        let a = ClientAddr::keyed("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = ClientAddr::keyed("2001:db8:1:2:ffff::9".parse().unwrap());
        let c = ClientAddr::keyed("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(ClientAddr::keyed("::ffff:10.1.2.3".parse().unwrap()).0, "10.1.2.3".parse::<IpAddr>().unwrap());
    }
}
