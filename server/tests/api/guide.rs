//! The guidance library over HTTP: every article page complete in the
//! server's HTML with its link-preview tags, search in each language, QR codes.

use crate::support::{portal, LIBRARY, PUBLIC_URL};
use app::i18n::loader;
use domain::{guide::TranslationStatus, Lang};
use serde_json::Value;

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[tokio::test]
async fn every_article_page_is_complete_html() {
    let portal = portal().await;
    assert!(LIBRARY.articles().len() >= 16, "the library has {} articles", LIBRARY.articles().len());
    for article in LIBRARY.articles() {
        for lang in Lang::ALL {
            let path = format!("/{}/guide/{}", lang.slug(), article.slug);
            let page = portal.get(&path).await;
            assert_eq!(page.status, 200, "{path}");
            let shown = article.version(lang);
            let title = html_escape(&shown.front.title);
            let summary = html_escape(&shown.front.summary);
            let body = &page.body;
            assert!(body.contains(&format!("<h1>{title}</h1>")), "{path}: no heading");
            assert!(body.contains(&format!("<title>{title} · ")), "{path}: no <title>");
            assert!(body.contains(&format!(r#"<meta name="description" content="{summary}">"#)), "{path}: description");
            assert!(body.contains(&format!(r#"<meta property="og:title" content="{title}">"#)), "{path}: og:title");
            assert!(body.contains(r#"<meta property="og:description""#), "{path}: og:description");
            assert!(
                body.contains(&format!(r#"<meta property="og:image" content="{PUBLIC_URL}/og-image.png">"#)),
                "{path}"
            );
            assert!(
                body.contains(&format!(r#"<link href="{PUBLIC_URL}{path}" rel="canonical">"#)),
                "{path}: canonical"
            );
            for other in Lang::ALL {
                let alternate = format!(
                    r#"<link href="{PUBLIC_URL}/{}/guide/{}" hreflang="{}" rel="alternate">"#,
                    other.slug(),
                    article.slug,
                    other.tag()
                );
                assert!(body.contains(&alternate), "{path}: no hreflang {other}");
            }
            // The first paragraph of the article body is in the HTML itself.
            let first_paragraph = shown.rendered.html.split("<p>").nth(1).and_then(|p| p.split("</p>").next()).unwrap();
            assert!(body.contains(first_paragraph), "{path}: article text missing");
            // Readers are told when a text is a machine draft.
            let drafted = shown.front.translation == TranslationStatus::MachineDrafted;
            let notice = loader(lang).get("guide-notice-machine-drafted");
            assert_eq!(body.contains(&notice), drafted, "{path}: machine-drafted notice");
            // Each section of a translation has its Chinese original folded
            // under it, in the HTML (no script needed); Chinese pages have none.
            let folded = body.matches(r#"<details class="zh-original" lang="zh-CN">"#).count();
            let zh = &article.version(Lang::Zh).rendered;
            let expected =
                if lang == Lang::Zh { 0 } else { zh.section_html.iter().filter(|h| !h.trim().is_empty()).count() };
            assert_eq!(folded, expected, "{path}: Chinese originals");
            if lang != Lang::Zh {
                let label = loader(lang).get("guide-section-chinese");
                assert!(body.contains(&format!(r#"<summary lang="{}">{label}</summary>"#, lang.tag())), "{path}");
                let heading = &zh.sections[0].heading;
                assert!(body.contains(&format!(r#"<h3 id="zh-s1">{heading}</h3>"#)), "{path}: {heading}");
            }
        }
    }
}

#[tokio::test]
async fn missing_articles_and_odd_paths_are_404() {
    let portal = portal().await;
    for path in ["/zh/guide/no-such-article", "/bo/guide/..%2F..%2Fetc%2Fpasswd", "/ii/guide/UPPER"] {
        let page = portal.get(path).await;
        assert_eq!(page.status, 404, "{path}");
    }
}

#[tokio::test]
async fn the_list_shows_every_article_by_category() {
    let portal = portal().await;
    for lang in Lang::ALL {
        let page = portal.get(&format!("/{}/guide", lang.slug())).await;
        assert_eq!(page.status, 200);
        for article in LIBRARY.articles() {
            assert!(
                page.body.contains(&format!("/{}/guide/{}\"", lang.slug(), article.slug)),
                "{lang}: {}",
                article.slug
            );
        }
    }
}

async fn search(lang: Lang, q: &str) -> Vec<String> {
    let portal = portal().await;
    let q = q.replace(' ', "+");
    let answer = portal.get(&format!("/api/guides?lang={}&q={}", lang.slug(), urlencode(&q))).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let json: Value = serde_json::from_str(&answer.body).unwrap();
    json["hits"].as_array().unwrap().iter().map(|h| h["slug"].as_str().unwrap().to_owned()).collect()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'+' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn chinese_search_segments_words() {
    // Phrased as residents ask, not copied from titles.
    for (q, expected) in [
        ("老板拖欠工资不给钱", "unpaid-wages"),
        ("离婚冷静期多少天", "marriage-divorce"),
        ("刷单被骗了", "telecom-fraud"),
        ("借条怎么写", "loans-iou"),
        ("人身安全保护令", "domestic-violence"),
    ] {
        let hits = search(Lang::Zh, q).await;
        assert_eq!(hits.first().map(String::as_str), Some(expected), "{q}: {hits:?}");
    }
}

#[tokio::test]
async fn tibetan_and_yi_search_find_articles_by_their_own_words() {
    // Each article's Tibetan and Yi title, as a query, finds that article first.
    for lang in [Lang::Bo, Lang::Ii] {
        let mut found = 0;
        for article in LIBRARY.articles() {
            let title = &article.version(lang).front.title;
            let hits = search(lang, title).await;
            if hits.first() == Some(&article.slug) {
                found += 1;
            }
        }
        let total = LIBRARY.articles().len();
        assert!(found * 10 >= total * 9, "{lang}: {found} of {total} titles find their own article first");
    }
}

#[tokio::test]
async fn search_answers_carry_highlighted_snippets() {
    let portal = portal().await;
    let answer = portal.get(&format!("/api/guides?lang=zh&q={}", urlencode("工资"))).await;
    let json: Value = serde_json::from_str(&answer.body).unwrap();
    let first = &json["hits"][0];
    assert!(first["snippet_html"].as_str().unwrap().contains("<b>"), "{first}");
    assert_eq!(first["url"], format!("/zh/guide/{}", first["slug"].as_str().unwrap()));
}

#[tokio::test]
async fn bad_search_requests_get_clear_errors() {
    let portal = portal().await;
    let long = "工".repeat(101);
    let answer = portal.get(&format!("/api/guides?lang=bo&q={}", urlencode(&long))).await;
    assert_eq!(answer.status, 400);
    let json: Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["error"], "error-query-too-long");
    let answer = portal.get("/api/guides?lang=en&q=x").await;
    assert_eq!(answer.status, 422, "an unknown language");
    assert_eq!(answer.json()["error"], "error-unknown-lang");
    let empty = portal.get("/api/guides?lang=zh&q=").await;
    assert_eq!(empty.status, 200);
}

#[tokio::test]
async fn qr_codes_are_svg_for_real_articles_only() {
    let portal = portal().await;
    let slug = &LIBRARY.articles()[0].slug;
    let qr = portal.get(&format!("/api/guides/{slug}/qr.svg?lang=bo")).await;
    assert_eq!(qr.status, 200);
    assert_eq!(qr.headers["content-type"], "image/svg+xml");
    assert!(qr.body.contains("<svg"));
    assert_eq!(portal.get("/api/guides/nothing-here/qr.svg").await.status, 404);
    assert_eq!(portal.get(&format!("/api/guides/{slug}/qr.svg?lang=xx")).await.status, 422);
}
