//! The page for any address the portal does not have. It answers 404 and
//! speaks the language of the path when there is one, Chinese otherwise.

use crate::t;
use domain::{paths, Lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = Lang::from_path(&use_location().pathname.get_untracked()).unwrap_or(Lang::Zh);
    view! {
        <Title text=t!(lang, "not-found-heading") />
        <section class="not-found" lang=lang.tag()>
            <h1>{t!(lang, "not-found-heading")}</h1>
            <p>{t!(lang, "not-found-body")}</p>
            <p>
                <a href=paths::home(lang)>
                    {t!(lang, "not-found-home")}
                </a>
            </p>
        </section>
    }
}
