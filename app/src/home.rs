//! The home page: what the portal is for, and the numbers to call at once.

use crate::{i18n::use_lang, t};
use domain::paths;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "home-title") />
        <h1>{t!(lang, "home-heading")}</h1>
        <p class="lead">{t!(lang, "home-intro")}</p>
        <nav class="tiles" aria-label=t!(lang, "home-heading")>
            <a class="tile" href=paths::appeal(lang)>
                <span class="tile-title">{t!(lang, "home-appeal-link")}</span>
                <span>{t!(lang, "home-appeal-text")}</span>
            </a>
            <a class="tile" href=paths::track_form(lang)>
                <span class="tile-title">{t!(lang, "home-track-link")}</span>
                <span>{t!(lang, "home-track-text")}</span>
            </a>
            <a class="tile" href=paths::mediators(lang)>
                <span class="tile-title">{t!(lang, "home-mediators-link")}</span>
                <span>{t!(lang, "home-mediators-text")}</span>
            </a>
            <a class="tile" href=paths::guide(lang)>
                <span class="tile-title">{t!(lang, "home-guide-link")}</span>
                <span>{t!(lang, "home-guide-text")}</span>
            </a>
        </nav>
        <Emergency />
    }
}

/// Emergencies never wait for a form: the numbers are plain `tel:` links.
#[component]
fn Emergency() -> impl IntoView {
    let lang = use_lang();
    let numbers = [
        ("110", t!(lang, "emergency-police")),
        ("120", t!(lang, "emergency-ambulance")),
        ("119", t!(lang, "emergency-fire")),
        ("12338", t!(lang, "emergency-women")),
        ("12348", t!(lang, "emergency-legal-aid")),
    ];
    view! {
        <section class="emergency" aria-labelledby="emergency-heading">
            <h2 id="emergency-heading">{t!(lang, "emergency-heading")}</h2>
            <ul>
                {numbers
                    .into_iter()
                    .map(|(number, label)| {
                        view! {
                            <li>
                                <a href=format!("tel:{number}")>
                                    <span class="number">{number}</span>
                                    " "
                                    <span>{label}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
