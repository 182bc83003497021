//! Per-client rate limits on what residents can send: a fixed window per
//! client address and kind of request; past the limit the answer is 429
//! with `Retry-After` and a localized message. The client address is the
//! TCP peer, or the first `X-Forwarded-For` hop when `GONGDAO_TRUST_PROXY=1`
//! says a reverse proxy sets it. In one process only: several instances
//! need a shared store (docs later).

use crate::{error::ApiError, AppState};
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};
use std::{
    collections::HashMap,
    net::{IpAddr, Ipv4Addr, SocketAddr},
    sync::Mutex,
    time::{Duration, Instant},
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// New appeals, from the API or the form.
    Appeal,
    /// New mediation requests and answers to invitations.
    Mediation,
    /// Photo uploads.
    Upload,
    /// Reading an appeal with number and code, and resident actions.
    Track,
    /// Chat messages.
    Chat,
}

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub requests: u32,
    pub window: Duration,
}

pub struct RateLimits {
    limits: HashMap<Kind, Limit>,
    seen: Mutex<HashMap<(Kind, IpAddr), (u32, Instant)>>,
    trust_proxy: bool,
}

impl RateLimits {
    /// Generous for a person, tight for a script: 20 appeals, 20
    /// mediation requests, 60 photos and 300 look-ups per client per 10 minutes.
    pub fn standard(trust_proxy: bool) -> RateLimits {
        let ten_minutes = Duration::from_secs(600);
        RateLimits::new(
            [
                (Kind::Appeal, Limit { requests: 20, window: ten_minutes }),
                (Kind::Mediation, Limit { requests: 20, window: ten_minutes }),
                // A conversation is a message every few seconds at most.
                (Kind::Chat, Limit { requests: 120, window: ten_minutes }),
                (Kind::Upload, Limit { requests: 60, window: ten_minutes }),
                (Kind::Track, Limit { requests: 300, window: ten_minutes }),
            ],
            trust_proxy,
        )
    }

    pub fn new(limits: impl IntoIterator<Item = (Kind, Limit)>, trust_proxy: bool) -> RateLimits {
        RateLimits { limits: limits.into_iter().collect(), seen: Mutex::default(), trust_proxy }
    }

    /// Counts a request; `Err(wait)` when the client is over its limit.
    pub fn check(&self, kind: Kind, client: IpAddr) -> Result<(), Duration> {
        let Some(limit) = self.limits.get(&kind) else { return Ok(()) };
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() > 100_000 {
            seen.retain(|_, (_, start)| start.elapsed() < limit.window);
        }
        let entry = seen.entry((kind, client)).or_insert((0, Instant::now()));
        if entry.1.elapsed() >= limit.window {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
        if entry.0 > limit.requests {
            Err(limit.window.saturating_sub(entry.1.elapsed()))
        } else {
            Ok(())
        }
    }

    fn client(&self, request: &Request) -> IpAddr {
        if self.trust_proxy {
            let forwarded = request.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
            if let Some(ip) = forwarded.and_then(|v| v.split(',').next()).and_then(|v| v.trim().parse().ok()) {
                return ip;
            }
        }
        request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| addr.ip())
    }
}

async fn limited(state: &AppState, kind: Kind, request: Request, next: Next) -> Response {
    let client = state.limits.client(&request);
    match state.limits.check(kind, client) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let lang = domain::Lang::from_path(request.uri().path()).unwrap_or_default();
            let mut response = ApiError::TooMany.into_response_in(lang);
            let seconds = wait.as_secs().max(1).to_string();
            if let Ok(value) = HeaderValue::from_str(&seconds) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}

pub async fn appeals(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Appeal, request, next).await
}

pub async fn mediations(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Mediation, request, next).await
}

pub async fn uploads(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Upload, request, next).await
}

pub async fn chat(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Chat, request, next).await
}

pub async fn tracking(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Track, request, next).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_client_has_its_own_window() {
        let limits = RateLimits::new([(Kind::Appeal, Limit { requests: 2, window: Duration::from_secs(60) })], false);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert!(limits.check(Kind::Appeal, a).is_ok());
        assert!(limits.check(Kind::Appeal, a).is_ok());
        let wait = limits.check(Kind::Appeal, a).unwrap_err();
        assert!(wait <= Duration::from_secs(60) && wait > Duration::from_secs(50));
        assert!(limits.check(Kind::Appeal, b).is_ok(), "another client is not affected");
        assert!(limits.check(Kind::Upload, a).is_ok(), "unlimited kinds pass");
    }
}
