//! The client's address, which the per-client rate limits count by: the TCP
//! peer, or the first `X-Forwarded-For` hop when `GONGDAO_TRUST_PROXY=1`
//! says a reverse proxy of ours sets it (never otherwise: anyone can send
//! the header).

use crate::AppState;
use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{request::Parts, Extensions, HeaderMap},
};
use std::{
    convert::Infallible,
    net::{IpAddr, Ipv4Addr, SocketAddr},
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

impl ClientAddr {
    pub fn of(headers: &HeaderMap, extensions: &Extensions, trust_proxy: bool) -> ClientAddr {
        if trust_proxy {
            let forwarded = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
            if let Some(ip) = forwarded.and_then(|v| v.split(',').next()).and_then(|v| v.trim().parse().ok()) {
                return ClientAddr(ip);
            }
        }
        let peer = extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip());
        ClientAddr(peer.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)))
    }
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(ClientAddr::of(&parts.headers, &parts.extensions, state.config.trust_proxy))
    }
}
