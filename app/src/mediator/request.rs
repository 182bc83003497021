//! `/{lang}/mediation`: the first side asks for a mediation. A plain form
//! the server checks (`server/src/mediator/forms.rs`); problems come back
//! next to their fields with everything typed still in place.

use super::{board::MediatorCardView, specialty_text};
use crate::{i18n::use_lang, t};
use domain::{
    appeal::{AppealOptions, DESCRIPTION_MAX_CHARS},
    form::{Field, FieldProblem},
    mediator::{MediatorCard, NewMediation, Specialty, MAX_PICKS},
    paths, Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// A request sent back because of problems.
#[derive(Clone, Debug, Default)]
pub struct MediationFormEcho {
    pub values: NewMediation,
    /// The side asked the office to assign a mediator.
    pub assign: bool,
    pub problems: Vec<FieldProblem>,
}

#[derive(Clone, serde::Serialize, serde::Deserialize)]
struct FormData {
    options: AppealOptions,
    mediators: Vec<MediatorCard>,
    key: String,
}

async fn load(lang: Lang) -> Option<FormData> {
    #[cfg(feature = "ssr")]
    {
        let appeals = crate::appeal::store()?;
        let board = super::store()?;
        let mediators = board.board(&domain::mediator::DirectoryFilter::default(), lang).await;
        Some(FormData { options: appeals.options(lang), mediators, key: appeals.new_form_key() })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        None::<FormData>
    }
}

#[component]
pub fn MediationRequestPage() -> impl IntoView {
    let lang = use_lang();
    let echo = use_context::<MediationFormEcho>();
    let pick = use_query_map().with_untracked(|q| q.get("pick"));
    let data = Resource::new(|| (), move |_| load(lang));
    view! {
        <Title text=t!(lang, "mediation-title") />
        <Meta name="description" content=t!(lang, "mediation-intro") />
        <h1>{t!(lang, "mediation-heading")}</h1>
        <p>{t!(lang, "mediation-intro")}</p>
        <p class="notice">{t!(lang, "appeal-emergency")}</p>
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {
                let (echo, pick) = (echo.clone(), pick.clone());
                move || {
                    let (echo, pick) = (echo.clone(), pick.clone());
                    Suspend::new(async move {
                        match data.await {
                            Some(data) => view! { <RequestForm lang data echo pick /> }.into_any(),
                            None => view! { <p class="error" role="alert">{t!(lang, "error-unavailable")}</p> }.into_any(),
                        }
                    })
                }
            }
        </Suspense>
    }
}

#[component]
fn RequestForm(lang: Lang, data: FormData, echo: Option<MediationFormEcho>, pick: Option<String>) -> impl IntoView {
    let echo = echo.unwrap_or_else(|| {
        let mut fresh = MediationFormEcho::default();
        fresh.values.picks.extend(pick);
        fresh
    });
    let values = echo.values.clone();
    let has_problems = !echo.problems.is_empty();
    let problems = echo.problems.clone();
    let error_of = move |field: Field, id: &'static str| {
        let messages: Vec<String> = problems
            .iter()
            .filter(|p| p.field == field)
            .map(|p| crate::i18n::loader(lang).get(&p.message_id))
            .collect();
        (!messages.is_empty()).then(|| view! { <p class="field-error" id=id role="alert">{messages.join(" ")}</p> })
    };
    let key = if values.idempotency_key.is_empty() { data.key.clone() } else { values.idempotency_key.clone() };
    // Mediators of the chosen village's township first, then everyone else.
    let township_of_village = data
        .options
        .townships
        .iter()
        .find(|t| t.villages.iter().any(|v| v.id == values.village))
        .map(|t| t.name.clone());
    let mut mediators = data.mediators.clone();
    if let Some(name) = &township_of_village {
        mediators.sort_by_key(|m| !m.townships.contains(name));
    }
    view! {
        {has_problems.then(|| view! { <p class="error" role="alert">{t!(lang, "error-invalid")}</p> })}
        {error_of(Field::IdempotencyKey, "retry-error")}
        <form class="appeal-form mediation-form" method="post" action=paths::mediation(lang)>
            <input type="hidden" name="idempotency_key" value=key />
            <fieldset class="categories" aria-describedby="dispute-error">
                <legend>{t!(lang, "mediation-dispute-type")}</legend>
                {Specialty::ALL
                    .iter()
                    .map(|s| {
                        let checked = values.dispute_type == s.as_str();
                        view! {
                            <label class="category">
                                <input type="radio" name="dispute_type" value=s.as_str() checked=checked required />
                                <span>{specialty_text(lang, *s)}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {error_of(Field::DisputeType, "dispute-error")}

            <crate::appeal::VillageSelect lang townships=data.options.townships chosen=values.village.clone() />
            {error_of(Field::Village, "village-error")}

            <label for="description">{t!(lang, "mediation-description")}</label>
            <p class="hint" id="description-hint">{t!(lang, "mediation-description-hint")}</p>
            <textarea
                id="description"
                name="description"
                rows="5"
                required
                minlength="10"
                maxlength=DESCRIPTION_MAX_CHARS.to_string()
                aria-describedby="description-hint description-error"
            >
                {values.description.clone()}
            </textarea>
            {error_of(Field::Description, "description-error")}

            <label for="phone">{t!(lang, "appeal-phone")}</label>
            <p class="hint" id="phone-hint">{t!(lang, "mediation-phone-hint")}</p>
            <input
                id="phone"
                name="phone"
                type="tel"
                inputmode="tel"
                autocomplete="tel"
                value=values.phone.clone().unwrap_or_default()
                aria-describedby="phone-hint phone-error"
            />
            {error_of(Field::Phone, "phone-error")}

            <fieldset class="mode">
                <legend>{t!(lang, "mediation-mode")}</legend>
                <label>
                    <input type="radio" name="mode" value="choose" checked=!echo.assign />
                    " " {t!(lang, "mediation-mode-choose")}
                </label>
                <label>
                    <input type="radio" name="mode" value="assign" checked=echo.assign />
                    " " {t!(lang, "mediation-mode-assign")}
                </label>
            </fieldset>

            <h2>{t!(lang, "mediation-mediators")}</h2>
            <p class="hint">{t!(lang, "mediation-mediators-hint", max = MAX_PICKS)}</p>
            {error_of(Field::Picks, "picks-error")}
            {error_of(Field::Recused, "recused-error")}
            <ul class="mediator-choices">
                {mediators
                    .into_iter()
                    .map(|card| {
                        let id = card.id.clone();
                        let picked = values.picks.contains(&id);
                        let recused = values.recused.contains(&id);
                        let name = card.name.clone();
                        view! {
                            <li>
                                <MediatorCardView lang card link=paths::mediator(lang, &id) />
                                <label class="pick">
                                    <input type="checkbox" name="picks" value=id.clone() checked=picked />
                                    " " {t!(lang, "mediation-pick", name = name.clone())}
                                </label>
                                <label class="recuse">
                                    <input type="checkbox" name="recused" value=id checked=recused />
                                    " " {t!(lang, "mediation-recuse", name = name)}
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>

            <label class="consent">
                <input type="checkbox" name="consent" value="yes" required />
                <span>
                    {t!(lang, "mediation-consent")}
                    " "
                    <a href=paths::privacy(lang)>{t!(lang, "appeal-privacy-link")}</a>
                </span>
            </label>
            <button type="submit" class="button submit">{t!(lang, "mediation-submit")}</button>
        </form>
    }
}
