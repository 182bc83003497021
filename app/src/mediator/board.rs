//! `/{lang}/mediators`: the public board, filtered by a plain GET form, and
//! `/{lang}/mediators/{id}`: one mediator's profile.

use super::{kind_text, language_text, specialty_text};
use crate::{i18n::use_lang, t};
use domain::{
    mediator::{DirectoryFilter, MediatorCard, MediatorKind, MediatorProfile, Specialty},
    paths, Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn MediatorsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let filter = query.with_untracked(|q| DirectoryFilter {
        specialty: q.get("specialty").as_deref().and_then(Specialty::parse),
        township: q.get("township").filter(|t| !t.is_empty()),
        language: q.get("language").and_then(|l| l.parse().ok()),
        kind: q.get("kind").as_deref().and_then(MediatorKind::parse),
    });
    let cards = {
        let filter = filter.clone();
        Resource::new(|| (), move |_| load_board(filter.clone(), lang))
    };
    let townships = townships(lang);
    view! {
        <Title text=t!(lang, "mediators-title") />
        <Meta name="description" content=t!(lang, "mediators-intro") />
        <h1>{t!(lang, "mediators-heading")}</h1>
        <p>{t!(lang, "mediators-intro")}</p>
        <p>
            <a class="button" href=paths::mediation(lang)>{t!(lang, "mediators-ask")}</a>
        </p>
        <form class="board-filter" method="get" action=paths::mediators(lang)>
            <label for="specialty">{t!(lang, "mediators-filter-specialty")}</label>
            <select id="specialty" name="specialty">
                <option value="">{t!(lang, "mediators-filter-any")}</option>
                {Specialty::ALL
                    .iter()
                    .map(|s| {
                        view! {
                            <option value=s.as_str() selected=filter.specialty == Some(*s)>
                                {specialty_text(lang, *s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="township">{t!(lang, "mediators-filter-township")}</label>
            <select id="township" name="township">
                <option value="">{t!(lang, "mediators-filter-any")}</option>
                {townships
                    .into_iter()
                    .map(|c| {
                        let selected = filter.township.as_deref() == Some(c.id.as_str());
                        view! { <option value=c.id selected=selected>{c.name}</option> }
                    })
                    .collect_view()}
            </select>
            <label for="language">{t!(lang, "mediators-filter-language")}</label>
            <select id="language" name="language">
                <option value="">{t!(lang, "mediators-filter-any")}</option>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! { <option value=l.slug() selected=filter.language == Some(l)>{language_text(lang, l)}</option> }
                    })
                    .collect_view()}
            </select>
            <label for="kind">{t!(lang, "mediators-filter-kind")}</label>
            <select id="kind" name="kind">
                <option value="">{t!(lang, "mediators-filter-any")}</option>
                {MediatorKind::ALL
                    .iter()
                    .map(|k| {
                        view! { <option value=k.as_str() selected=filter.kind == Some(*k)>{kind_text(lang, *k)}</option> }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button secondary">{t!(lang, "mediators-filter-apply")}</button>
        </form>
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                let cards = cards.await;
                let count = cards.len();
                view! {
                    <p class="board-count" role="status">{t!(lang, "mediators-count", count = count)}</p>
                    <ul class="mediator-board">
                        {cards
                            .into_iter()
                            .map(|card| {
                                let href = paths::mediator(lang, &card.id);
                                view! {
                                    <li>
                                        <MediatorCardView lang card link=href />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        </Suspense>
    }
}

async fn load_board(filter: DirectoryFilter, lang: Lang) -> Vec<MediatorCard> {
    #[cfg(feature = "ssr")]
    if let Some(store) = super::store() {
        return store.board(&filter, lang).await;
    }
    let _ = (filter, lang);
    Vec::new()
}

fn townships(lang: Lang) -> Vec<domain::appeal::Choice> {
    #[cfg(feature = "ssr")]
    if let Some(store) = super::store() {
        return store.townships(lang);
    }
    let _ = lang;
    Vec::new()
}

/// The drawn avatar: initials on one of eight colours (no photos of people).
#[component]
pub(crate) fn Avatar(card: MediatorCard) -> impl IntoView {
    view! {
        <span class=format!("avatar avatar-{}", card.colour) aria-hidden="true">
            {card.initials}
        </span>
    }
}

/// One mediator as the board and the forms show them.
#[component]
pub(crate) fn MediatorCardView(
    lang: Lang,
    card: MediatorCard,
    #[prop(optional, into)] link: Option<String>,
) -> impl IntoView {
    let name = card.name.clone();
    let rating = match card.rating {
        Some(avg) => t!(lang, "mediator-rating", stars = format!("{avg:.1}"), count = card.ratings),
        None => t!(lang, "mediator-no-rating"),
    };
    let specialties = card
        .specialties
        .iter()
        .map(|s| specialty_text(lang, *s))
        .collect::<Vec<_>>()
        .join(t!(lang, "list-separator").as_str());
    let languages = card
        .languages
        .iter()
        .map(|l| language_text(lang, *l))
        .collect::<Vec<_>>()
        .join(t!(lang, "list-separator").as_str());
    view! {
        <div class="mediator-card">
            <Avatar card=card.clone() />
            <div class="who">
                <p class="name">
                    {match link {
                        Some(href) => view! { <a href=href>{name}</a> }.into_any(),
                        None => view! { <strong>{name}</strong> }.into_any(),
                    }}
                    " · " <span class="kind">{kind_text(lang, card.kind)}</span>
                </p>
                <p class="facts">{t!(lang, "mediator-specialties")} ": " {specialties}</p>
                <p class="facts">{t!(lang, "mediator-languages")} ": " {languages}</p>
                <p class="facts">{t!(lang, "mediator-townships")} ": " {card.townships.join(t!(lang, "list-separator").as_str())}</p>
                <p class="record">
                    <span class="rating">{rating}</span>
                    " · "
                    <span class="cases">{t!(lang, "mediator-cases", count = card.cases)}</span>
                </p>
            </div>
        </div>
    }
}

#[component]
pub fn MediatorPage() -> impl IntoView {
    let lang = use_lang();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let profile = Resource::new(|| (), move |_| load_profile(id.clone(), lang));
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match profile.await {
                    Some(p) => view! { <Profile lang profile=p /> }.into_any(),
                    None => {
                        #[cfg(feature = "ssr")]
                        if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                            r.set_status(http::StatusCode::NOT_FOUND);
                        }
                        view! { <crate::not_found::NotFound /> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

async fn load_profile(id: String, lang: Lang) -> Option<MediatorProfile> {
    #[cfg(feature = "ssr")]
    {
        super::store()?.profile(&id, lang).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (id, lang);
        None
    }
}

#[component]
fn Profile(lang: Lang, profile: MediatorProfile) -> impl IntoView {
    let ask = paths::mediation_pick(lang, &profile.card.id);
    view! {
        <Title text=format!("{} · {}", profile.card.name, t!(lang, "mediators-title")) />
        <Meta name="description" content=profile.bio.clone() />
        <p><a href=paths::mediators(lang)>{t!(lang, "mediator-back")}</a></p>
        <h1>{profile.card.name.clone()}</h1>
        <MediatorCardView lang card=profile.card.clone() />
        <p class="bio">{profile.bio.clone()}</p>
        <dl class="appeal-facts">
            <dt>{t!(lang, "mediator-villages")}</dt>
            <dd>{profile.villages.join(t!(lang, "list-separator").as_str())}</dd>
            <dt>{t!(lang, "mediator-unit")}</dt>
            <dd>{profile.unit.clone()}</dd>
            <dt>{t!(lang, "mediator-office")}</dt>
            <dd>{profile.office.clone()}</dd>
        </dl>
        <p><a class="button" href=ask>{t!(lang, "mediator-ask-this")}</a></p>
    }
}
