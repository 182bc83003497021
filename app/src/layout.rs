//! The frame around every page: header with the language switcher and the
//! text-size button, the page itself, and the footer.

use crate::{i18n::use_lang, not_found::NotFound, t};
use domain::{paths, Lang};
use leptos::{either::Either, prelude::*};
use leptos_router::{
    components::Outlet,
    hooks::{use_location, use_params_map},
};

/// Reads the language from the first path segment and provides it to the
/// page; an unknown language code is a 404.
#[component]
pub fn Layout() -> impl IntoView {
    let params = use_params_map();
    move || match params.read().get("lang").and_then(|l| l.parse::<Lang>().ok()) {
        Some(lang) => {
            provide_context(lang);
            Either::Left(view! { <Frame /> })
        }
        None => Either::Right(view! { <NotFound /> }),
    }
}

#[component]
fn Frame() -> impl IntoView {
    let lang = use_lang();
    // Drawn large at once when the reader chose so before: no jump later.
    let large = crate::prefs::large_text();
    view! {
        <div class="page" class:large-text=large>
            <header class="site-header">
                <a class="site-name" href=paths::home(lang)>
                    {t!(lang, "site-name")}
                </a>
                <TextSizeButton larger=t!(lang, "text-size-larger") normal=t!(lang, "text-size-normal") large />
                <LanguageSwitcher />
            </header>
            <Outbox lang />
            <main id="main">
                <Outlet />
            </main>
            <Footer />
        </div>
    }
}

/// What became of appeals sent without a network: hidden until
/// `public/offline.js` hears from the service worker, which copies a line
/// per appeal and fills in its link.
#[component]
fn Outbox(lang: Lang) -> impl IntoView {
    view! {
        <div id="outbox" class="outbox" role="status" hidden>
            <p data-outbox="waiting" hidden>{t!(lang, "outbox-waiting")}</p>
            <p data-outbox="sent" hidden>
                {t!(lang, "outbox-sent")} " " <a href="">{t!(lang, "outbox-sent-open")}</a>
            </p>
            <p data-outbox="returned" hidden>
                {t!(lang, "outbox-returned")} " " <a href="">{t!(lang, "outbox-returned-open")}</a>
            </p>
        </div>
    }
}

/// Elderly-friendly (适老化): one tap makes all text larger, remembered in
/// a cookie so that the server draws the next page the same way.
#[island]
fn TextSizeButton(larger: String, normal: String, large: bool) -> impl IntoView {
    let large = RwSignal::new(large);
    let toggle = move |_| {
        let now = !large.get_untracked();
        large.set(now);
        crate::prefs::remember_large_text(now);
        crate::prefs::show_large_text(now);
    };
    view! {
        <button type="button" class="text-size" aria-pressed=move || large.get().to_string() on:click=toggle>
            {move || if large.get() { normal.clone() } else { larger.clone() }}
        </button>
    }
}

/// Links to the same page in the other languages; each loads the whole page
/// of that language, with its font and `<html lang>`.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    view! {
        <nav class="lang-switch" aria-label=t!(lang, "lang-switch-label")>
            {Lang::ALL
                .into_iter()
                .map(|other| {
                    // A tracking page needs its code in the other language too.
                    let href = move || {
                        let path = other.switch_path(&location.pathname.get());
                        match location.query.with(|q| q.get("code")) {
                            Some(code) if path.contains("/track/") => paths::with_query(path, &[("code", &code)]),
                            _ => path,
                        }
                    };
                    let name = match other {
                        Lang::Zh => t!(lang, "lang-name-zh"),
                        Lang::Bo => t!(lang, "lang-name-bo"),
                        Lang::Ii => t!(lang, "lang-name-ii"),
                    };
                    view! {
                        <a
                            href=href

                            hreflang=other.tag()
                            lang=other.tag()
                            aria-current=(other == lang).then_some("true")
                        >
                            {name}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = use_lang();
    view! {
        <footer class="site-footer">
            {(lang != Lang::Zh).then(|| view! { <p class="draft-note">{t!(lang, "ui-machine-drafted")}</p> })}
            <p>{t!(lang, "footer-free")}</p>
            <p>
                <a href=paths::stats(lang)>{t!(lang, "stats-heading")}</a>
                " · "
                <a href=paths::bank(lang)>{t!(lang, "bank-heading")}</a>
                " · "
                <a href=paths::volunteer(lang)>{t!(lang, "volunteer-heading")}</a>
            </p>
            <p>{t!(lang, "footer-copyright", year = 2026)}</p>
        </footer>
    }
}
