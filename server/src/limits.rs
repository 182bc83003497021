//! Per-client rate limits on what residents can send: a window per client
//! address (`edge::ClientAddr`) and kind of request; past the limit the
//! answer is 429 with `Retry-After` and a localized message. Counted in the
//! database when several instances share a PostgreSQL (`case/counter.rs`).

use crate::{case::counter::Counter, db::Db, edge::ClientAddr, error::ApiError, AppState};
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{collections::HashMap, time::Duration};

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
    /// Staff sign-in attempts (and, apart from these, per username: `names`).
    Login,
    /// Readers' feedback on a passage.
    Feedback,
}

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub requests: u32,
    pub window: Duration,
}

pub struct RateLimits {
    windows: HashMap<Kind, Counter<ClientAddr>>,
    /// Sign-in attempts per username, from any address: 10 per 15 minutes.
    names: Counter<String>,
}

impl Kind {
    /// The name its shared count is stored under.
    fn scope(self) -> &'static str {
        match self {
            Kind::Appeal => "limit-appeal",
            Kind::Mediation => "limit-mediation",
            Kind::Upload => "limit-upload",
            Kind::Track => "limit-track",
            Kind::Chat => "limit-chat",
            Kind::Login => "limit-login",
            Kind::Feedback => "limit-feedback",
        }
    }
}

impl RateLimits {
    /// Generous for a person, tight for a script: 20 appeals, 20
    /// mediation requests, 60 photos and 300 look-ups per client per 10
    /// minutes. Counted in `shared` when given (several instances).
    pub fn standard(shared: Option<&Db>) -> RateLimits {
        let ten_minutes = Duration::from_secs(600);
        RateLimits::new(
            shared,
            [
                (Kind::Appeal, Limit { requests: 20, window: ten_minutes }),
                (Kind::Mediation, Limit { requests: 20, window: ten_minutes }),
                // A conversation is a message every few seconds at most.
                (Kind::Chat, Limit { requests: 120, window: ten_minutes }),
                (Kind::Upload, Limit { requests: 60, window: ten_minutes }),
                (Kind::Track, Limit { requests: 300, window: ten_minutes }),
                (Kind::Login, Limit { requests: 30, window: ten_minutes }),
                // A reader flags a few passages, not every one.
                (Kind::Feedback, Limit { requests: 30, window: ten_minutes }),
            ],
        )
    }

    pub fn new(shared: Option<&Db>, limits: impl IntoIterator<Item = (Kind, Limit)>) -> RateLimits {
        let windows = limits
            .into_iter()
            .map(|(kind, l)| (kind, Counter::new(shared, kind.scope(), l.requests, l.window)))
            .collect();
        RateLimits { windows, names: Counter::new(shared, "limit-login-name", 10, Duration::from_secs(15 * 60)) }
    }

    /// Counts a request; `Err(wait)` when the client is over its limit.
    pub async fn check(&self, kind: Kind, client: ClientAddr) -> Result<(), Duration> {
        let Some(window) = self.windows.get(&kind) else { return Ok(()) };
        match window.hit(client).await.over {
            Some(wait) => Err(wait),
            None => Ok(()),
        }
    }

    /// Counts a sign-in attempt for `username`; `Err(wait)` past its limit, so
    /// no one can try many passwords on one account from many addresses.
    pub async fn check_username(&self, username: &str) -> Result<(), Duration> {
        let key: String = username.trim().to_lowercase().chars().take(64).collect();
        self.names.hit(key).await.over.map_or(Ok(()), Err)
    }
}

async fn limited(state: &AppState, kind: Kind, request: Request, next: Next) -> Response {
    let client = ClientAddr::of(request.headers(), request.extensions(), &state.config);
    match state.limits.check(kind, client).await {
        Ok(()) => next.run(request).await,
        Err(retry_after) => ApiError::TooMany { retry_after }.into_response(),
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

pub async fn logins(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Login, request, next).await
}

pub async fn feedback(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Feedback, request, next).await
}

pub async fn tracking(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limited(&state, Kind::Track, request, next).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn each_client_has_its_own_window() {
        let limits = RateLimits::new(None, [(Kind::Appeal, Limit { requests: 2, window: Duration::from_secs(60) })]);
        let a = ClientAddr("10.0.0.1".parse().unwrap());
        let b = ClientAddr("10.0.0.2".parse().unwrap());
        assert!(limits.check(Kind::Appeal, a).await.is_ok());
        assert!(limits.check(Kind::Appeal, a).await.is_ok());
        let wait = limits.check(Kind::Appeal, a).await.unwrap_err();
        assert!(wait <= Duration::from_secs(60) && wait > Duration::from_secs(50));
        assert!(limits.check(Kind::Appeal, b).await.is_ok(), "another client is not affected");
        assert!(limits.check(Kind::Upload, a).await.is_ok(), "unlimited kinds pass");
    }
}
