//! `/{lang}/guide/{slug}/print`: the article as a one-page A4 poster for a
//! village notice board, with a large QR code that opens it on a phone.

use super::{article::Sources, ArticleLoader};
use crate::{i18n::use_lang, t};
use domain::{guide::GuideArticle, paths};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn GuidePrintPage() -> impl IntoView {
    view! { <ArticleLoader page=|article| view! { <Poster article /> }.into_any() /> }
}

#[component]
fn Poster(article: GuideArticle) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=format!("{} · {}", article.title, t!(lang, "site-name")) />
        <Meta name="robots" content="noindex" />
        <p class="no-print">
            <PrintButton label=t!(lang, "print-button") />
            " "
            <a href=paths::guide_article(lang, &article.slug)>{t!(lang, "guide-back-to-article")}</a>
        </p>
        <article class="poster" lang=article.lang.tag()>
            <header class="poster-head">
                <div>
                    <h1>{article.title.clone()}</h1>
                    <p class="summary">{article.summary.clone()}</p>
                </div>
                <figure class="poster-qr">
                    <img
                        src=paths::guide_qr(lang, &article.slug)
                        alt=t!(lang, "share-qr-alt")
                        width="160"
                        height="160"
                    />
                    <figcaption lang=lang.tag()>{t!(lang, "print-scan")}</figcaption>
                </figure>
            </header>
            <div class="article-body" inner_html=article.body_html.clone()></div>
            <Sources article=article.clone() />
            <footer class="poster-foot" lang=lang.tag()>
                <p>{t!(lang, "print-help")}</p>
                <p class="poster-url">{article.share_url.clone()}</p>
            </footer>
        </article>
    }
}

/// Opens the phone's print dialog (the browser menu prints too).
#[island]
fn PrintButton(label: String) -> impl IntoView {
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        let _ = window().print();
    };
    view! { <button type="button" class="button" on:click=print>{label}</button> }
}
