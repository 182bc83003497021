//! `/{lang}/privacy`: what the portal keeps about a resident and why (PIPL).

use crate::{i18n::use_lang, t};
use leptos::prelude::*;
use leptos_meta::Title;

/// How many days after an appeal is closed its personal fields are erased;
/// provided by the server from its configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetentionDays(pub u32);

/// `domain::appeal::RETENTION_DAYS_DEFAULT`, unless `GONGDAO_RETENTION_DAYS`
/// says otherwise.
impl Default for RetentionDays {
    fn default() -> Self {
        RetentionDays(domain::appeal::RETENTION_DAYS_DEFAULT)
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let lang = use_lang();
    let days = use_context::<RetentionDays>().unwrap_or_default().0;
    view! {
        <Title text=t!(lang, "privacy-title") />
        <h1>{t!(lang, "privacy-heading")}</h1>
        <p>{t!(lang, "privacy-what")}</p>
        <p>{t!(lang, "privacy-who")}</p>
        <p>{t!(lang, "privacy-how-long")}</p>
        <p>{t!(lang, "privacy-retention", days = days)}</p>
        <p>{t!(lang, "privacy-download")}</p>
        <p>{t!(lang, "privacy-rights")}</p>
    }
}
