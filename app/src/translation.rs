//! `/{lang}/translation`: how much of the Tibetan and Yi a native speaker
//! reviewed, and an invitation to bilingual readers to help.

use crate::{i18n::use_lang, t};
use domain::{paths, review::LangCoverage, Lang};
use leptos::prelude::*;
use leptos_meta::Title;

fn coverage() -> Option<domain::review::TranslationCoverage> {
    #[cfg(feature = "ssr")]
    {
        let store = use_context::<std::sync::Arc<dyn crate::guide::GuideStore>>()?;
        Some(store.coverage())
    }
    #[cfg(not(feature = "ssr"))]
    None
}

#[component]
pub fn TranslationPage() -> impl IntoView {
    let lang = use_lang();
    let figures = coverage().unwrap_or_default();
    let block = move |of: Lang, c: LangCoverage| {
        let name = match of {
            Lang::Bo => t!(lang, "lang-name-bo"),
            _ => t!(lang, "lang-name-ii"),
        };
        view! {
            <section class="coverage" lang=lang.tag()>
                <h2 lang=of.tag()>{name}</h2>
                <ul>
                    <li>{t!(lang, "translation-articles", n = c.articles.reviewed, m = c.articles.total)}</li>
                    <li>{t!(lang, "translation-sections", n = c.sections.reviewed, m = c.sections.total)}</li>
                    <li>{t!(lang, "translation-messages", n = c.messages.reviewed, m = c.messages.total)}</li>
                </ul>
            </section>
        }
    };
    view! {
        <Title text=t!(lang, "translation-title") />
        <h1>{t!(lang, "translation-title")}</h1>
        <p>{t!(lang, "translation-intro")}</p>
        {block(Lang::Bo, figures.bo)}
        {block(Lang::Ii, figures.ii)}
        <p>{t!(lang, "translation-help")}</p>
        <p><a class="button" href=paths::guide(lang)>{t!(lang, "translation-help-link")}</a></p>
    }
}
