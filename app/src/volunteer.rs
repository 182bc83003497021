//! `/{lang}/volunteer`: residents join one of their village's eight
//! volunteer teams (志愿队) or the township's volunteer police (平安义警).
//! The form is a plain POST; the applicant follows the decision with the
//! number and code, and an approved volunteer police signs up for patrol
//! shifts on that same page. Complete server HTML, no island.

use crate::{i18n::use_lang, t};
use domain::{
    appeal::{Choice, NAME_MAX_CHARS},
    form::{Field, FieldProblem},
    paths,
    time::china_time,
    volunteer::{NewVolunteer, VolunteerStatus, VolunteerView, POLICE},
    Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[cfg(feature = "ssr")]
type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

/// A team as the public page lists it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamInfo {
    pub id: String,
    pub name: String,
    pub about: String,
}

/// What the application form offers.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VolunteerOptions {
    pub teams: Vec<TeamInfo>,
    /// Every village, named with its township.
    pub villages: Vec<Choice>,
    pub key: String,
}

/// What the server provides to these pages (`server/src/volunteer/`).
#[cfg(feature = "ssr")]
pub trait VolunteerStore: Send + Sync + 'static {
    fn options(&self, lang: Lang) -> VolunteerOptions;
    fn application<'a>(&'a self, no: &'a str, code: &'a str, lang: Lang) -> BoxFuture<'a, Option<VolunteerView>>;
}

/// A form sent back with problems: what was typed, and what to fix.
#[derive(Clone, Debug, Default)]
pub struct VolunteerFormEcho {
    pub values: NewVolunteer,
    pub problems: Vec<FieldProblem>,
}

#[cfg(feature = "ssr")]
fn store() -> Option<std::sync::Arc<dyn VolunteerStore>> {
    use_context::<std::sync::Arc<dyn VolunteerStore>>()
}

#[component]
pub fn VolunteerPage() -> impl IntoView {
    let lang = use_lang();
    let echo = use_context::<VolunteerFormEcho>().unwrap_or_default();
    #[cfg(feature = "ssr")]
    let options = store().map(|s| s.options(lang));
    #[cfg(not(feature = "ssr"))]
    let options: Option<VolunteerOptions> = None;
    let Some(options) = options else {
        return view! { <p class="error" role="alert">{t!(lang, "error-unavailable")}</p> }.into_any();
    };
    let VolunteerFormEcho { values, problems } = echo;
    let says = |field: Field| {
        problems.iter().find(|p| p.field == field).map(|p| {
            let text = crate::i18n::loader(lang).get(&p.message_id);
            view! { <p class="error" role="alert">{text}</p> }
        })
    };
    let key = if values.idempotency_key.is_empty() { options.key.clone() } else { values.idempotency_key.clone() };
    let chosen = values.team.clone();
    view! {
        <Title text=t!(lang, "volunteer-title") />
        <Meta name="description" content=t!(lang, "volunteer-intro") />
        <h1>{t!(lang, "volunteer-heading")}</h1>
        <p>{t!(lang, "volunteer-intro")}</p>
        <p><a href=paths::bank(lang)>{t!(lang, "volunteer-points")}</a></p>
        <form class="appeal-form" method="post" action=paths::volunteer(lang)>
            <input type="hidden" name="idempotency_key" value=key />
            <fieldset class="categories">
                <legend>{t!(lang, "volunteer-team")}</legend>
                {says(Field::Team)}
                {options
                    .teams
                    .into_iter()
                    .map(|team| {
                        let checked = team.id == chosen;
                        view! {
                            <label class="category">
                                <input type="radio" name="team" value=team.id required checked=checked />
                                <span><b>{team.name}</b><br />{team.about}</span>
                            </label>
                        }
                    })
                    .collect_view()}
                <label class="category">
                    <input type="radio" name="team" value=POLICE required checked=chosen == POLICE />
                    <span><b>{t!(lang, "volunteer-police")}</b><br />{t!(lang, "volunteer-police-about")}</span>
                </label>
            </fieldset>
            <label for="village">{t!(lang, "volunteer-village")}</label>
            {says(Field::Village)}
            <select id="village" name="village" required>
                <option value="">{t!(lang, "appeal-place-choose")}</option>
                {options
                    .villages
                    .into_iter()
                    .map(|v| {
                        let selected = v.id == values.village;
                        view! { <option value=v.id selected=selected>{v.name}</option> }
                    })
                    .collect_view()}
            </select>
            <label for="name">{t!(lang, "volunteer-name")}</label>
            {says(Field::Name)}
            <input id="name" name="name" required maxlength=NAME_MAX_CHARS.to_string() value=values.name autocomplete="name" />
            <label for="phone">{t!(lang, "volunteer-phone")}</label>
            {says(Field::Phone)}
            <input id="phone" name="phone" type="tel" required value=values.phone autocomplete="tel" inputmode="tel" />
            <p class="hint">{t!(lang, "volunteer-privacy")}</p>
            <button type="submit" class="button submit">{t!(lang, "volunteer-send")}</button>
        </form>
    }
    .into_any()
}

async fn load(lang: Lang, no: String, code: String) -> Option<VolunteerView> {
    #[cfg(feature = "ssr")]
    return store()?.application(&no, &code, lang).await;
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, no, code);
        None
    }
}

fn status_text(lang: Lang, status: VolunteerStatus) -> String {
    match status {
        VolunteerStatus::Pending => t!(lang, "volunteer-status-pending"),
        VolunteerStatus::Approved => t!(lang, "volunteer-status-approved"),
        VolunteerStatus::Declined => t!(lang, "volunteer-status-declined"),
    }
}

/// The applicant's own page: the decision, and for an approved volunteer
/// police the township's shifts to sign up for.
#[component]
pub fn VolunteerStatusPage() -> impl IntoView {
    let lang = use_lang();
    let no = use_params_map().with_untracked(|p| p.get("no").unwrap_or_default());
    let (code, new, done, error) = use_query_map()
        .with_untracked(|q| (q.get("code").unwrap_or_default(), q.get("new").is_some(), q.get("done"), q.get("error")));
    let found = {
        let (no, code) = (no.clone(), code.clone());
        Resource::new(|| (), move |_| load(lang, no.clone(), code.clone()))
    };
    view! {
        <Title text=t!(lang, "volunteer-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {
                let (code, done, error) = (code.clone(), done.clone(), error.clone());
                move || {
                    let (code, done, error) = (code.clone(), done.clone(), error.clone());
                    Suspend::new(async move {
                        match found.await {
                            Some(view) => view! { <Application lang view code new done error /> }.into_any(),
                            None => {
                                #[cfg(feature = "ssr")]
                                if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                                    response.set_status(http::StatusCode::NOT_FOUND);
                                }
                                view! {
                                    <h1>{t!(lang, "volunteer-heading")}</h1>
                                    <p class="error" role="alert">{t!(lang, "volunteer-error-not-found")}</p>
                                }
                                    .into_any()
                            }
                        }
                    })
                }
            }
        </Suspense>
    }
}

#[component]
fn Application(
    lang: Lang,
    view: VolunteerView,
    code: String,
    new: bool,
    done: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let error = error.map(|id| crate::i18n::loader(lang).get(&id));
    let no = view.application_no.clone();
    let shifts_shown = view.police && view.status == VolunteerStatus::Approved;
    let no_shifts = view.shifts.is_empty();
    let page = paths::volunteer_status(lang, &no, &code, &[]);
    view! {
        <h1>{t!(lang, "volunteer-heading")}</h1>
        {new.then(|| view! { <p class="ok" role="status">{t!(lang, "volunteer-received")}</p> })}
        {done.map(|_| view! { <p class="ok" role="status">{t!(lang, "volunteer-signed-up")}</p> })}
        {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <dl class="appeal-facts">
            <dt>{t!(lang, "volunteer-no")}</dt>
            <dd class="tracking-no">{no.clone()}</dd>
            <dt>{t!(lang, "track-code")}</dt>
            <dd class="access-code">{code.clone()}</dd>
            <dt>{t!(lang, "volunteer-team")}</dt>
            <dd>{view.team.clone()} " · " {view.village.clone()}</dd>
            <dt>{t!(lang, "track-status")}</dt>
            <dd class="status">{status_text(lang, view.status)}</dd>
            {view.role.clone().map(|role| view! { <dt>{t!(lang, "volunteer-role")}</dt><dd>{role}</dd> })}
            {view.grid.clone().map(|grid| view! { <dt>{t!(lang, "volunteer-grid")}</dt><dd>{grid}</dd> })}
        </dl>
        {new.then(|| view! {
            <p>{t!(lang, "volunteer-keep")}</p>
            <p><img class="qr" src=paths::qr(&page) alt=t!(lang, "volunteer-no") width="160" height="160" /></p>
        })}
        {shifts_shown.then(|| view! {
            <h2>{t!(lang, "volunteer-shifts")}</h2>
            {no_shifts.then(|| view! { <p>{t!(lang, "volunteer-shifts-none")}</p> })}
            <ul class="shifts">
                {view.shifts.clone().into_iter().map(|shift| {
                    let (no, code) = (no.clone(), code.clone());
                    let full = shift.free <= 0;
                    view! {
                        <li class="shift">
                            <time>{china_time(shift.starts_at)}</time> " · " {shift.place.clone()} " · "
                            {t!(lang, "volunteer-free", free = shift.free, places = shift.places)}
                            {if shift.mine {
                                view! { " " <b>{t!(lang, "volunteer-mine")}</b> }.into_any()
                            } else {
                                view! {
                                    <form method="post" action=paths::volunteer_signup(lang, &no)>
                                        <input type="hidden" name="code" value=code />
                                        <input type="hidden" name="shift" value=shift.id.clone() />
                                        <button type="submit" class="button secondary" disabled=full>{t!(lang, "volunteer-sign-up")}</button>
                                    </form>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
    }
}
