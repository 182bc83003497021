//! Pages come from the server with their text, language and font in the
//! HTML, before any script runs.

use crate::support::{portal, HASHED_CSS};
use app::i18n::loader;
use axum::{body::Body, http::Request};
use domain::Lang;

#[tokio::test]
async fn root_redirects_by_accept_language() {
    let portal = portal().await;
    for (accept, expected) in [
        (None, "/zh/"),
        (Some("bo-CN,bo;q=0.9,zh-CN;q=0.8"), "/bo/"),
        (Some("ii"), "/ii/"),
        (Some("en-GB,en;q=0.9"), "/zh/"),
    ] {
        let mut request = Request::get("/");
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        let answer = portal.send(request.body(Body::empty()).unwrap()).await;
        assert!(answer.status == 303 || answer.status == 302 || answer.status == 307, "{}", answer.status);
        assert_eq!(answer.headers["location"], expected, "for {accept:?}");
    }
}

#[tokio::test]
async fn home_is_rendered_on_the_server_in_each_language() {
    let portal = portal().await;
    for lang in Lang::ALL {
        let answer = portal.get(&format!("/{}/", lang.slug())).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.headers["cache-control"], "no-store");
        assert!(answer.body.contains(&format!("<html lang=\"{}\"", lang.tag())), "{lang}");
        let heading = loader(lang).get("home-heading");
        assert!(answer.body.contains(&format!("<h1>{heading}</h1>")), "{lang}: no heading in the HTML");
        assert!(answer.body.contains(HASHED_CSS));
        // Only Tibetan and Yi pages carry a web font, each only its own.
        let tibetan = answer.body.contains("NotoSerifTibetan");
        let yi = answer.body.contains("NotoSansYi");
        assert_eq!((tibetan, yi), (lang == Lang::Bo, lang == Lang::Ii), "{lang}");
    }
}

#[tokio::test]
async fn unknown_language_is_a_chinese_404() {
    let portal = portal().await;
    for path in ["/en/", "/xx/guide", "/zh/no-such-page"] {
        let answer = portal.get(path).await;
        assert_eq!(answer.status, 404, "{path}");
        let heading = loader(Lang::from_path(path).unwrap_or(Lang::Zh)).get("not-found-heading");
        assert!(answer.body.contains(&heading), "{path}");
    }
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_others_revalidate() {
    let portal = portal().await;
    let css = portal.get(HASHED_CSS).await;
    assert_eq!(css.status, 200);
    assert_eq!(css.headers["cache-control"], "public, max-age=31536000, immutable");
    let boot = portal.get("/boot.js").await;
    assert_eq!(boot.status, 200);
    assert_eq!(boot.headers["cache-control"], "no-cache");
    assert_eq!(boot.headers["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn pages_are_compressed_for_phones() {
    let portal = portal().await;
    let request = Request::get("/zh/").header("accept-encoding", "gzip").body(Body::empty()).unwrap();
    let answer = portal.send(request).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.headers["content-encoding"], "gzip");
}

#[tokio::test]
async fn pages_carry_a_strict_content_security_policy() {
    let portal = portal().await;
    let page = portal.get("/bo/").await;
    let csp = page.headers["content-security-policy"].to_str().unwrap().to_owned();
    assert!(!csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
    // Every inline script and style of the page carries this request's nonce.
    let inline_scripts = page.body.matches("<script>").count() + page.body.matches("<style>").count();
    assert_eq!(inline_scripts, 0, "inline code without a nonce");
    assert!(page.body.contains(&format!("<style nonce=\"{nonce}\">")));
    let other = portal.get("/bo/").await;
    assert_ne!(
        other.headers["content-security-policy"], page.headers["content-security-policy"],
        "a new nonce per page"
    );
}

#[tokio::test]
async fn a_cached_article_page_is_compressed_once_and_allows_its_inline_code_by_hash() {
    use base64::Engine;
    use http_body_util::BodyExt;
    use sha2::{Digest, Sha256};
    use std::io::Read;
    use tower::ServiceExt;
    let portal = portal().await;
    let get = |encoding: &'static str| {
        let portal = &portal;
        async move {
            let request = Request::get("/zh/guide/unpaid-wages").header("accept-encoding", encoding);
            let request = request.body(Body::empty()).unwrap();
            let response = portal.router.clone().oneshot(request).await.unwrap();
            assert_eq!(response.status(), 200);
            let headers = response.headers().clone();
            let bytes = response.into_body().collect().await.unwrap().to_bytes().to_vec();
            (headers, bytes)
        }
    };
    let (plain_headers, plain) = get("identity").await;
    let (br_headers, br) = get("gzip, deflate, br").await;
    let (gzip_headers, gzip) = get("gzip, deflate").await;
    let (br_again_headers, br_again) = get("gzip, deflate, br").await;
    assert_eq!(br_headers["content-encoding"], "br");
    assert_eq!(gzip_headers["content-encoding"], "gzip");
    assert!(plain_headers.get("content-encoding").is_none());
    assert!(br_headers.get_all("vary").iter().any(|v| v.to_str().unwrap().contains("accept-encoding")));
    assert_eq!(br, br_again, "the very same bytes: compressed once, kept");
    let mut unbr = Vec::new();
    brotli::BrotliDecompress(&mut br.as_slice(), &mut unbr).unwrap();
    let mut ungzip = Vec::new();
    flate2::read::GzDecoder::new(gzip.as_slice()).read_to_end(&mut ungzip).unwrap();
    assert_eq!((&unbr, &ungzip), (&plain, &plain), "every encoding holds the same page");
    // About 4:1 for an article; 3.5:1 leaves room for the layout around it.
    assert!(br.len() * 7 / 2 < plain.len(), "{} bytes of brotli for {}", br.len(), plain.len());

    // No nonce: every inline script and style is allowed by its hash, and
    // nothing else is.
    let csp = br_again_headers["content-security-policy"].to_str().unwrap().to_owned();
    assert_eq!(csp, plain_headers["content-security-policy"].to_str().unwrap());
    assert!(
        !csp.contains("nonce") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    let html = String::from_utf8(plain).unwrap();
    assert!(!html.contains("nonce="), "no stale nonce left in the page");
    let mut inline = 0;
    for (open, close) in [("<script>", "</script>"), ("<style>", "</style>")] {
        for piece in html.split(open).skip(1) {
            let code = piece.split(close).next().unwrap();
            let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(code.as_bytes()));
            assert!(csp.contains(&format!("'sha256-{hash}'")), "{open} not allowed by the policy: {csp}");
            inline += 1;
        }
    }
    assert!(inline >= 1, "the page has inline code (the font's style at least)");
    // Other languages and missing articles are their own answers, never a cached one.
    assert!(portal.get("/bo/guide/unpaid-wages").await.body.contains("lang=\"bo\""));
    assert_eq!(portal.get("/zh/guide/no-such-article").await.status, 404);
    assert_eq!(portal.get("/zh/guide/no-such-article").await.status, 404);
}

#[tokio::test]
async fn a_cached_article_page_keeps_the_readers_text_size() {
    let portal = portal().await;
    let large_text = |cookie: Option<&str>| {
        let mut request = axum::http::Request::get("/zh/guide/unpaid-wages");
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let request = request.body(axum::body::Body::empty()).unwrap();
        let portal = &portal;
        async move { portal.send(request).await.body.contains(r#"class="page large-text""#) }
    };
    assert!(!large_text(None).await);
    assert!(large_text(Some("theme=x; gd_large_text=1")).await, "the large page, not the cached normal one");
    assert!(!large_text(None).await, "and the normal one, not the cached large one");
    assert!(large_text(Some("gd_large_text=1")).await);
}
