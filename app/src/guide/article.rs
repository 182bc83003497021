//! `/{lang}/guide/{slug}`: one article, complete in the server's HTML (with
//! the tags link previews read), then sharing: copy the link, a QR code, a
//! poster to print.

use super::{article_numbers, ArticleLoader};
use crate::{i18n::use_lang, t};
use domain::{
    guide::{GuideArticle, TranslationStatus},
    paths, Lang,
};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn GuideArticlePage() -> impl IntoView {
    view! { <ArticleLoader page=|article| view! { <Article article /> }.into_any() /> }
}

/// The origin part of an absolute URL: `https://host`.
pub(super) fn origin(url: &str) -> &str {
    let after_scheme = url.find("//").map_or(0, |i| i + 2);
    url[after_scheme..].find('/').map_or(url, |i| &url[..after_scheme + i])
}

#[component]
fn Article(article: GuideArticle) -> impl IntoView {
    let lang = use_lang();
    let origin = origin(&article.share_url).to_owned();
    let alternates = article
        .languages
        .iter()
        .map(|l| {
            let href = origin.clone() + &paths::guide_article(*l, &article.slug);
            view! { <Link rel="alternate" hreflang=l.tag() href=href /> }
        })
        .collect_view();
    let in_chinese_instead = article.lang != lang;
    let machine_drafted = article.status == TranslationStatus::MachineDrafted;
    let (reviewed, sections) = (article.reviewed_sections, article.total_sections);
    let reviewed_on = article.reviewed_on.clone().filter(|_| article.status == TranslationStatus::Reviewed);
    let chinese_link = paths::guide_article(Lang::Zh, &article.slug);
    let feedback = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("feedback"));
    view! {
        <Title text=format!("{} · {}", article.title, t!(lang, "site-name")) />
        <Meta name="description" content=article.summary.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=article.title.clone() />
        <Meta property="og:description" content=article.summary.clone() />
        <Meta property="og:url" content=article.share_url.clone() />
        <Meta property="og:image" content=format!("{origin}/og-image.png") />
        <Link rel="canonical" href=article.share_url.clone() />
        {alternates}
        <nav class="breadcrumb" aria-label=t!(lang, "guide-list-heading")>
            <a href=paths::guide(lang)>{t!(lang, "guide-back-to-list")}</a>
            " › "
            <a href=paths::guide_category(lang, &article.category)>{article.category_name.clone()}</a>
        </nav>
        <article class="guide" lang=article.lang.tag()>
            <h1>{article.title.clone()}</h1>
            {in_chinese_instead.then(|| view! { <p class="notice" lang=lang.tag()>{t!(lang, "guide-notice-chinese")}</p> })}
            {machine_drafted
                .then(|| {
                    view! {
                        <p class="notice" lang=lang.tag()>
                            {t!(lang, "guide-notice-machine-drafted")}
                            " "
                            <a href=chinese_link.clone() lang="zh-CN">{t!(lang, "guide-read-chinese")}</a>
                            " "
                            <a class="review-progress" href=paths::translation(lang)>{t!(lang, "guide-review-progress", n = reviewed, m = sections)}</a>
                        </p>
                    }
                })}
            {reviewed_on.map(|date| view! { <p class="notice reviewed" lang=lang.tag()>{t!(lang, "guide-reviewed-on", date = date)}</p> })}
            <p class="summary">{article.summary.clone()}</p>
            {feedback.map(|note| {
                let text = if note == "thanks" { t!(lang, "feedback-thanks") } else { t!(lang, "feedback-error") };
                view! { <p class=if note == "thanks" { "ok" } else { "error" } role="status" lang=lang.tag()>{text}</p> }
            })}
            <div class="article-body">
                {article
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(i, html)| {
                        let control = (i > 0).then(|| {
                            view! { <crate::review::FeedbackControl lang slug=article.slug.clone() section=format!("s{i}") /> }
                        });
                        view! { <div class="section" inner_html=html.clone()></div> {control} }.into_any()
                    })
                    .collect_view()}
            </div>
            <Sources article=article.clone() />
            <p class="updated" lang=lang.tag()>{t!(lang, "guide-updated", date = article.updated.clone())}</p>
        </article>
        <Share article=article.clone() />
        <section class="next-steps" aria-labelledby="next-steps">
            <h2 id="next-steps">{t!(lang, "next-steps-heading")}</h2>
            <ul>
                <li><a href="tel:12348">{t!(lang, "next-call-legal-aid")}</a></li>
                <li><a href=paths::guide(lang)>{t!(lang, "guide-back-to-list")}</a></li>
            </ul>
        </section>
    }
}

#[component]
pub(super) fn Sources(article: GuideArticle) -> impl IntoView {
    let lang = use_lang();
    (!article.citations.is_empty()).then(|| {
        view! {
            <section class="sources" lang=lang.tag()>
                <h2>{t!(lang, "guide-sources")}</h2>
                <ul>
                    {article
                        .citations
                        .into_iter()
                        .map(|c| {
                            let numbers =
                                (!c.articles.is_empty()).then(|| format!(" {}", article_numbers(lang, &c.articles)));
                            view! { <li>{format!("《{}》", c.law)}{numbers}</li> }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// Copy the link, scan the QR code, or print a poster. In WeChat the menu
/// at the top right shares to a chat; the hint says so.
#[component]
fn Share(article: GuideArticle) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{t!(lang, "share-heading")}</h2>
            <p>{t!(lang, "share-wechat-hint")}</p>
            <crate::share::CopyLink lang url=article.share_url.clone() />
            <img
                class="qr"
                src=paths::guide_qr(lang, &article.slug)
                alt=t!(lang, "share-qr-alt")
                width="180"
                height="180"
                loading="lazy"
            />
            <p>
                <a class="button" href=paths::guide_print(lang, &article.slug)>
                    {t!(lang, "share-print")}
                </a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::origin;

    #[test]
    fn origin_of_a_share_url() {
        assert_eq!(origin("https://gongdao.example/bo/guide/x"), "https://gongdao.example");
        assert_eq!(origin("http://127.0.0.1:8080/zh/guide/y"), "http://127.0.0.1:8080");
    }
}
