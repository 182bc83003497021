//! The guidance library pages: `/{lang}/guide` (by category, with search),
//! `/{lang}/guide/{slug}` (one article, with sharing) and
//! `/{lang}/guide/{slug}/print` (a one-page poster). The server renders the
//! Markdown; these components only place its HTML.

mod article;
mod list;
mod print;

pub use article::GuideArticlePage;
pub use list::GuideListPage;
pub use print::GuidePrintPage;

use domain::{
    guide::{GuideArticle, GuideListing},
    Lang,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// What the server provides to these pages. It lives on the server side
/// (`server/src/guide.rs`); the app only knows this interface.
#[cfg(feature = "ssr")]
pub trait GuideStore: Send + Sync + 'static {
    fn listing(&self, lang: Lang, query: &str) -> GuideListing;
    fn article(&self, lang: Lang, slug: &str) -> Option<GuideArticle>;
    /// How much of the Tibetan and Yi a native speaker reviewed.
    fn coverage(&self) -> domain::review::TranslationCoverage;
}

/// The library could not be reached (only on a misconfigured server).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Unavailable;

// Pages are rendered on the server only (they are not islands), so these
// read the library directly; the browser never calls them.
#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn GuideStore>, Unavailable> {
    leptos::prelude::use_context::<std::sync::Arc<dyn GuideStore>>().ok_or(Unavailable)
}

/// The article list, or the hits for `query` when it is not empty.
pub async fn load_guide_listing(lang: Lang, query: String) -> Result<GuideListing, Unavailable> {
    #[cfg(feature = "ssr")]
    return Ok(store()?.listing(lang, &query));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, query);
        Err(Unavailable)
    }
}

/// One article in `lang` (Chinese standing in where needed), or `None`.
pub async fn load_guide_article(lang: Lang, slug: String) -> Result<Option<GuideArticle>, Unavailable> {
    #[cfg(feature = "ssr")]
    return Ok(store()?.article(lang, &slug));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, slug);
        Err(Unavailable)
    }
}

/// "第 288 条" in the reader's language, for a list of article numbers.
fn article_numbers(lang: Lang, numbers: &[u32]) -> String {
    let list = numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(crate::t!(lang, "list-separator").as_str());
    crate::t!(lang, "guide-law-articles", numbers = list)
}

/// Loads the article named in the path and draws it with `page`; the
/// not-found page (404) when there is none.
#[component]
fn ArticleLoader(page: fn(GuideArticle) -> AnyView) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let params = use_params_map();
    let article = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        move |slug| load_guide_article(lang, slug),
    );
    view! {
        <Suspense fallback=move || view! { <p class="loading">{crate::t!(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match article.await {
                    Ok(Some(article)) => page(article),
                    Ok(None) => view! { <crate::not_found::NotFound /> }.into_any(),
                    Err(_) => view! { <p class="error" role="alert">{crate::t!(lang, "error-unavailable")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}
