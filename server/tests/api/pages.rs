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
async fn a_cached_article_page_gets_a_fresh_nonce_each_time() {
    let portal = portal().await;
    let nonce_of = |answer: &crate::support::Answer| {
        let csp = answer.headers["content-security-policy"].to_str().unwrap().to_owned();
        csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_owned()
    };
    let first = portal.get("/zh/guide/unpaid-wages").await;
    let second = portal.get("/zh/guide/unpaid-wages").await;
    assert_eq!((first.status, second.status), (200, 200));
    let (a, b) = (nonce_of(&first), nonce_of(&second));
    assert_ne!(a, b, "a nonce is never reused");
    assert!(second.body.contains(&format!("nonce=\"{b}\"")), "the page carries its own response's nonce");
    assert!(!second.body.contains(&a), "nothing of the first response's nonce is left");
    assert_eq!(first.body.replace(&a, "N"), second.body.replace(&b, "N"), "otherwise the same page");
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
