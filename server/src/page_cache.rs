//! Guide article pages, rendered once and then served from memory, already
//! compressed.
//!
//! An article page is the same for every reader of a language until the
//! next release (content is read at start-up), so rendering or compressing
//! it again for each request only burns the CPU that 3G phones are waiting
//! on. A rendered page carries a CSP nonce, which would make every response
//! different; the cached page instead allows its inline scripts and styles
//! by their SHA-256 hashes (CSP level 2), so its bytes never change and are
//! kept three ways: brotli (quality 11), gzip (level 9) and plain.
//!
//! Only `GET /{lang}/guide/{slug}` without a query string is cached, and only
//! a 200, so the cache holds at most two pages per article and language:
//! normal and large text (the reader's choice, from a cookie).

use axum::{
    body::{to_bytes, Body, Bytes},
    http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode},
    response::{IntoResponse, Response},
};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::{
    collections::HashMap,
    io::Write,
    sync::{
        atomic::{AtomicU64, Ordering},
        RwLock,
    },
};

/// Larger pages are served but not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Default)]
pub struct PageCache {
    pages: RwLock<HashMap<String, Cached>>,
    /// Raised by [`PageCache::clear`]: a page rendered before is not kept.
    generation: AtomicU64,
}

struct Cached {
    /// With the hash-based policy and `Vary: Accept-Encoding`.
    headers: HeaderMap,
    plain: Bytes,
    gzip: Bytes,
    br: Bytes,
}

/// How a response body is encoded, as the client allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Plain,
}

impl Encoding {
    /// The best the client accepts (`q=0` refuses one).
    fn for_request(headers: &HeaderMap) -> Encoding {
        let accepted = |name: &str| {
            headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).any(|v| {
                v.split(',').any(|item| {
                    let mut parts = item.split(';').map(str::trim);
                    let named = parts.next().is_some_and(|n| n.eq_ignore_ascii_case(name));
                    let refused = parts.any(|p| {
                        p.replace(' ', "")
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                            .is_some_and(|q| q <= 0.0)
                    });
                    named && !refused
                })
            })
        };
        if accepted("br") {
            Encoding::Brotli
        } else if accepted("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Plain
        }
    }
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

    /// The cached page, encoded as the request allows.
    pub fn get(&self, key: &str, request: &HeaderMap) -> Option<Response> {
        let pages = self.pages.read().unwrap_or_else(|p| p.into_inner());
        Some(pages.get(key)?.respond(Encoding::for_request(request)))
    }

    /// Taken before rendering a page, and given back to [`PageCache::keep`].
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Forgets every page: the library changed (a reviewer saved a text).
    pub fn clear(&self) {
        let mut pages = self.pages.write().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::SeqCst);
        pages.clear();
    }

    /// Keeps a freshly rendered page (a 200 with a nonce and no cookie) and
    /// sends it as it will be sent from now on, unless the cache was cleared
    /// while it was rendered (`generation` is from before).
    pub async fn keep(&self, key: String, request: &HeaderMap, response: Response, generation: u64) -> Response {
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
        let Some(cached) = Cached::of(&parts.headers, &bytes) else {
            return Response::from_parts(parts, Body::from(bytes));
        };
        let response = cached.respond(Encoding::for_request(request));
        let mut pages = self.pages.write().unwrap_or_else(|p| p.into_inner());
        if self.generation() == generation {
            pages.insert(key, cached);
        }
        response
    }
}

impl Cached {
    /// The page with its nonce replaced by hashes, compressed; `None` for a
    /// page without a nonce policy or that is not UTF-8.
    fn of(headers: &HeaderMap, bytes: &Bytes) -> Option<Cached> {
        let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?;
        let nonce = policy.split("'nonce-").nth(1)?.split('\'').next().filter(|n| n.len() >= 16)?;
        let html = std::str::from_utf8(bytes).ok()?.replace(&format!(" nonce=\"{nonce}\""), "");
        let policy = hashed_policy(policy, nonce, &html);
        let mut headers = headers.clone();
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&policy).ok()?);
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        headers.remove(header::CONTENT_LENGTH);
        let plain = Bytes::from(html);
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&plain).ok()?;
        let gzip = Bytes::from(gzip.finish().ok()?);
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut plain.as_ref(), &mut br, &params).ok()?;
        Some(Cached { headers, plain, gzip, br: Bytes::from(br) })
    }

    fn respond(&self, encoding: Encoding) -> Response {
        let (body, name) = match encoding {
            Encoding::Brotli => (self.br.clone(), Some("br")),
            Encoding::Gzip => (self.gzip.clone(), Some("gzip")),
            Encoding::Plain => (self.plain.clone(), None),
        };
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = self.headers.clone();
        if let Some(name) = name {
            // Set, so the compression layer passes it on as it is.
            response.headers_mut().insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
        }
        response
    }
}

/// `policy` with `'nonce-…'` replaced, in `script-src` and `style-src`, by
/// the hashes of the page's inline scripts and styles.
fn hashed_policy(policy: &str, nonce: &str, html: &str) -> String {
    let nonce = format!("'nonce-{nonce}'");
    policy
        .split(';')
        .map(|directive| {
            let name = directive.split_whitespace().next().unwrap_or("");
            let hashes = match name {
                "script-src" => inline_hashes(html, "script"),
                "style-src" => inline_hashes(html, "style"),
                _ => Vec::new(),
            };
            directive.replace(&nonce, &hashes.join(" ")).trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// `'sha256-…'` of the text of every inline `<script>` (without `src`) or
/// `<style>` element of `html`.
fn inline_hashes(html: &str, element: &str) -> Vec<String> {
    let (open, close) = (format!("<{element}"), format!("</{element}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        // `<scripts` or `<styled` would be another element.
        if !(after.starts_with('>') || after.starts_with(char::is_whitespace)) {
            rest = after;
            continue;
        }
        let Some(tag_end) = after.find('>') else { break };
        let body = &after[tag_end + 1..];
        let Some(end) = body.find(&close) else { break };
        if !after[..tag_end].contains(" src=") {
            let digest = Sha256::digest(&body.as_bytes()[..end]);
            let hash = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
            if !hashes.contains(&hash) {
                hashes.push(hash);
            }
        }
        rest = &body[end + close.len()..];
    }
    hashes
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
    fn inline_scripts_and_styles_are_allowed_by_their_hashes() {
        let html = "<script type=\"module\" src=\"/boot.js\"></script><script>a=1</script><style>b{}</style><scripts>";
        let policy =
            "default-src 'self'; script-src 'self' 'nonce-0123456789abcdef'; style-src 'self' 'nonce-0123456789abcdef'";
        let hashed = hashed_policy(policy, "0123456789abcdef", html);
        let sha = |text: &str| {
            format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
        };
        assert_eq!(
            hashed,
            format!("default-src 'self'; script-src 'self' {}; style-src 'self' {}", sha("a=1"), sha("b{}"))
        );
        assert!(!hashed.contains("nonce"));
    }

    #[test]
    fn the_best_encoding_the_client_accepts() {
        let with = |value: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
            Encoding::for_request(&h)
        };
        assert_eq!(with("gzip, deflate, br"), Encoding::Brotli);
        assert_eq!(with("gzip, deflate"), Encoding::Gzip);
        assert_eq!(with("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(with("br;q=0.5"), Encoding::Brotli);
        assert_eq!(with("identity"), Encoding::Plain);
        assert_eq!(Encoding::for_request(&HeaderMap::new()), Encoding::Plain);
    }
}
