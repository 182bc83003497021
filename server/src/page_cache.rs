//! Guide article pages, rendered once and then served from memory.
//!
//! An article page is the same for every reader of a language until the
//! next release (content is read at start-up), so rendering it again for
//! each request only burns the CPU that 3G phones are waiting on. The one
//! part that differs per response is the CSP nonce: the cached page keeps
//! the places where it was, and each response gets a fresh one.
//!
//! Only `GET /{lang}/guide/{slug}` without a query string is cached, and only
//! a 200, so the cache holds at most two pages per article and language:
//! normal and large text (the reader's choice, from a cookie).

use axum::{
    body::{to_bytes, Body, Bytes},
    http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode},
    response::{IntoResponse, Response},
};
use std::{collections::HashMap, sync::RwLock};

/// Larger pages are served but not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Default)]
pub struct PageCache {
    pages: RwLock<HashMap<String, Cached>>,
}

struct Cached {
    headers: HeaderMap,
    /// The CSP header and the body, split where the nonce was.
    policy: Vec<String>,
    body: Vec<Bytes>,
}

impl PageCache {
    /// The path to cache this request under, if it is an article page.
    pub fn key(request: &Request<Body>) -> Option<String> {
        if request.method() != Method::GET || request.uri().query().is_some() {
            return None;
        }
        let path = request.uri().path();
        let mut parts = path.trim_start_matches('/').split('/');
        let (Some(lang), Some("guide"), Some(slug), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        if lang.parse::<domain::Lang>().is_err() || !domain::guide::is_valid_slug(slug) {
            return None;
        }
        let large = app::prefs::large_text_requested(request.headers());
        Some(format!("{path} large-text={large}"))
    }

    pub fn get(&self, key: &str) -> Option<Response> {
        let pages = self.pages.read().unwrap_or_else(|p| p.into_inner());
        let cached = pages.get(key)?;
        let nonce = fresh_nonce();
        let mut response = Response::new(Body::from(join(&cached.body, nonce.as_bytes())));
        *response.headers_mut() = cached.headers.clone();
        let policy = cached.policy.join(&nonce);
        if let Ok(value) = HeaderValue::from_str(&policy) {
            response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, value);
        }
        Some(response)
    }

    /// Keeps a freshly rendered page (a 200 with a nonce and no cookie) and
    /// gives it back to be sent.
    pub async fn keep(&self, key: String, response: Response) -> Response {
        // A cookie is for one reader; a page that sets one is never shared.
        if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
            return response;
        }
        let (parts, body) = response.into_parts();
        let bytes = match to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(bytes) => bytes,
            Err(e) => {
                return crate::error::ApiError::Internal(format!("rendered page unreadable: {e}")).into_response()
            }
        };
        let policy = parts.headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok());
        let nonce = policy.and_then(|p| p.split("'nonce-").nth(1)).and_then(|rest| rest.split('\'').next());
        if let (Some(policy), Some(nonce)) = (policy, nonce.filter(|n| n.len() >= 16)) {
            let cached = Cached {
                headers: parts.headers.clone(),
                policy: policy.split(nonce).map(str::to_owned).collect(),
                body: split(&bytes, nonce.as_bytes()),
            };
            self.pages.write().unwrap_or_else(|p| p.into_inner()).insert(key, cached);
        }
        Response::from_parts(parts, Body::from(bytes))
    }
}

fn fresh_nonce() -> String {
    let mut raw = [0u8; 16];
    getrandom::fill(&mut raw).expect("the operating system supplies random bytes");
    hex::encode(raw)
}

fn split(haystack: &Bytes, needle: &[u8]) -> Vec<Bytes> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at + needle.len() <= haystack.len() {
        if &haystack[at..at + needle.len()] == needle {
            pieces.push(haystack.slice(start..at));
            at += needle.len();
            start = at;
        } else {
            at += 1;
        }
    }
    pieces.push(haystack.slice(start..));
    pieces
}

fn join(pieces: &[Bytes], glue: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(pieces.iter().map(Bytes::len).sum::<usize>() + glue.len() * pieces.len());
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(glue);
        }
        out.extend_from_slice(piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(uri: &str) -> Request<Body> {
        Request::get(uri).body(Body::empty()).unwrap()
    }

    #[test]
    fn only_article_pages_are_cached() {
        let article = PageCache::key(&get("/zh/guide/unpaid-wages"));
        assert_eq!(article.as_deref(), Some("/zh/guide/unpaid-wages large-text=false"));
        assert_eq!(PageCache::key(&get("/bo/guide/a-1")).as_deref(), Some("/bo/guide/a-1 large-text=false"));
        let large = Request::get("/zh/guide/unpaid-wages").header("cookie", "gd_large_text=1").body(Body::empty());
        assert_eq!(PageCache::key(&large.unwrap()).as_deref(), Some("/zh/guide/unpaid-wages large-text=true"));
        for uri in
            ["/zh/guide/x?q=1", "/zh/guide", "/zh/guide/", "/fr/guide/x", "/zh/guide/x/y", "/zh/appeal", "/zh/guide/X"]
        {
            assert_eq!(PageCache::key(&get(uri)), None, "{uri}");
        }
        let post = Request::post("/zh/guide/x").body(Body::empty()).unwrap();
        assert_eq!(PageCache::key(&post), None);
    }

    #[test]
    fn split_and_join_put_a_new_nonce_where_the_old_was() {
        let page = Bytes::from_static(b"<script nonce=\"abc\">x</script><style nonce=\"abc\"></style>");
        let pieces = split(&page, b"abc");
        assert_eq!(pieces.len(), 3);
        assert_eq!(join(&pieces, b"xyz"), b"<script nonce=\"xyz\">x</script><style nonce=\"xyz\"></style>");
        assert_eq!(join(&split(&Bytes::from_static(b"none here"), b"abc"), b"xyz"), b"none here");
    }
}
