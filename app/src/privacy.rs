//! `/{lang}/privacy`: what the portal keeps about a resident and why (PIPL).

use crate::{i18n::use_lang, t};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "privacy-title") />
        <h1>{t!(lang, "privacy-heading")}</h1>
        <p>{t!(lang, "privacy-what")}</p>
        <p>{t!(lang, "privacy-who")}</p>
        <p>{t!(lang, "privacy-how-long")}</p>
        <p>{t!(lang, "privacy-rights")}</p>
    }
}
