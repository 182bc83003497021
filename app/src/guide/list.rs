//! `/{lang}/guide`: every article by category, and a search box that works
//! as a plain form, so it searches with or without the wasm.

use super::load_guide_listing;
use crate::{i18n::use_lang, t};
use domain::{
    guide::{GuideListing, GuideSummary},
    paths,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn GuideListPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let listing =
        Resource::new(move || query.read().get("q").unwrap_or_default(), move |q| load_guide_listing(lang, q));
    view! {
        <Title text=t!(lang, "guide-list-title") />
        <Meta name="description" content=t!(lang, "guide-list-description") />
        <h1>{t!(lang, "guide-list-heading")}</h1>
        <form class="search" method="get" role="search" action=paths::guide(lang)>
            <label for="guide-q">{t!(lang, "guide-search-label")}</label>
            <div class="search-row">
                <input
                    id="guide-q"
                    type="search"
                    name="q"
                    maxlength="100"
                    enterkeyhint="search"
                    placeholder=t!(lang, "guide-search-placeholder")
                    prop:value=move || query.read().get("q").unwrap_or_default()
                />
                <button type="submit">{t!(lang, "guide-search-button")}</button>
            </div>
        </form>
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match listing.await {
                    Ok(listing) => view! { <Listing listing /> }.into_any(),
                    Err(_) => view! { <p class="error" role="alert">{t!(lang, "error-unavailable")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Listing(listing: GuideListing) -> impl IntoView {
    let lang = use_lang();
    let searching = !listing.query.is_empty();
    let results = searching.then(|| {
        let count = listing.hits.len();
        view! {
            <section class="search-results" aria-live="polite">
                <h2>{t!(lang, "guide-search-results", count = count, query = listing.query.clone())}</h2>
                {(count == 0).then(|| view! { <p>{t!(lang, "guide-search-none")}</p> })}
                <ul class="guide-list">
                    {listing
                        .hits
                        .into_iter()
                        .map(|hit| {
                            view! {
                                <li>
                                    <GuideLink guide=hit.guide.clone() />
                                    <p class="snippet" inner_html=hit.snippet_html></p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        {results}
        {listing
            .categories
            .into_iter()
            .map(|category| {
                view! {
                    <section class="category" id=format!("c-{}", category.id)>
                        <h2>{category.name}</h2>
                        <ul class="guide-list">
                            {category
                                .guides
                                .into_iter()
                                .map(|guide| {
                                    let summary = guide.summary.clone();
                                    view! {
                                        <li>
                                            <GuideLink guide />
                                            <p>{summary}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
}

#[component]
fn GuideLink(guide: GuideSummary) -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="guide-link" lang=guide.lang.tag() href=paths::guide_article(lang, &guide.slug)>
            {guide.title}
        </a>
        {(guide.lang != lang).then(|| view! { <span class="badge">{t!(lang, "guide-only-chinese")}</span> })}
    }
}
