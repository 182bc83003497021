//! `/{lang}/guide/{slug}/print`: the article as a one-page A4 poster for a
//! village notice board, with a large QR code that opens it on a phone.

use super::{article::Sources, load_guide_article};
use crate::{i18n::use_lang, not_found::NotFound, t};
use domain::{guide::GuideArticle, Lang};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn GuidePrintPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let article = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        move |slug| load_guide_article(lang, slug),
    );
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match article.await {
                    Ok(Some(article)) => view! { <Poster article /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <p class="error" role="alert">{t!(lang, "error-unavailable")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Poster(article: GuideArticle) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=format!("{} · {}", article.title, t!(lang, "site-name")) />
        <Meta name="robots" content="noindex" />
        <p class="no-print">
            <PrintButton lang />
            " "
            <a href=format!("/{}/guide/{}", lang.slug(), article.slug)>{t!(lang, "guide-back-to-article")}</a>
        </p>
        <article class="poster" lang=article.lang.tag()>
            <header class="poster-head">
                <div>
                    <h1>{article.title.clone()}</h1>
                    <p class="summary">{article.summary.clone()}</p>
                </div>
                <figure class="poster-qr">
                    <img
                        src=format!("/api/guides/{}/qr.svg?lang={}", article.slug, lang.slug())
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
fn PrintButton(lang: Lang) -> impl IntoView {
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        let _ = window().print();
    };
    view! { <button type="button" class="button" on:click=print>{t!(lang, "print-button")}</button> }
}
