//! `/{lang}/offline`: what the service worker (`public/sw.js`) shows for a
//! page that was never kept on the phone, when there is no network. Kept on
//! the phone itself, so it says nothing that could go stale.

use crate::{i18n::use_lang, t};
use domain::paths;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OfflinePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "offline-heading") />
        <section class="offline">
            <h1>{t!(lang, "offline-heading")}</h1>
            <p>{t!(lang, "offline-body")}</p>
            <p>
                <a href=paths::guide(lang)>{t!(lang, "offline-guides")}</a>
            </p>
        </section>
    }
}
