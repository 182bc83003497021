//! `/{lang}/appeal`: report a pressing problem (接诉即办). A plain HTML form
//! that the server receives and checks, so it sends from any phone, with or
//! without the wasm; problems come back next to their fields, in the
//! reader's language, with everything typed still in place.

use crate::{i18n::use_lang, t};
use domain::{
    appeal::{AppealField, AppealOptions, FieldProblem, NewAppeal, DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS},
    Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// What the server provides to the appeal pages (`server/src/appeal.rs`).
#[cfg(feature = "ssr")]
pub trait AppealStore: Send + Sync + 'static {
    fn options(&self, lang: Lang) -> AppealOptions;
    /// A random idempotency key for a form about to be shown.
    fn new_form_key(&self) -> String;
    fn view<'a>(
        &'a self,
        no: &'a str,
        code: &'a str,
        lang: Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<domain::appeal::AppealView>> + Send + 'a>>;
}

#[cfg(feature = "ssr")]
pub(crate) fn store() -> Option<std::sync::Arc<dyn AppealStore>> {
    use_context::<std::sync::Arc<dyn AppealStore>>()
}

/// A form sent back because of problems: what was typed, and what to fix.
#[derive(Clone, Debug, Default)]
pub struct AppealFormEcho {
    pub values: NewAppeal,
    pub problems: Vec<FieldProblem>,
}

fn options(lang: Lang) -> Option<AppealOptions> {
    #[cfg(feature = "ssr")]
    return store().map(|s| s.options(lang));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        None
    }
}

/// A new random key for each form shown: a resend of the same form (a
/// double tap, a flaky network) makes one appeal, not two.
fn fresh_idempotency_key() -> String {
    #[cfg(feature = "ssr")]
    return store().map(|s| s.new_form_key()).unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    String::new()
}

#[component]
pub fn AppealPage() -> impl IntoView {
    let lang = use_lang();
    let echo = use_context::<AppealFormEcho>().unwrap_or_default();
    let Some(options) = options(lang) else {
        return view! { <p class="error" role="alert">{t!(lang, "error-unavailable")}</p> }.into_any();
    };
    let values = echo.values.clone();
    let has_problems = !echo.problems.is_empty();
    let problem = move |field: AppealField| {
        echo.problems.iter().find(|p| p.field == field).map(|p| crate::i18n::loader(lang).get(&p.message_id))
    };
    let error_of = move |field: AppealField, id: &'static str| {
        problem(field).map(|message| view! { <p class="field-error" id=id role="alert">{message}</p> })
    };
    let key = if values.idempotency_key.is_empty() { fresh_idempotency_key() } else { values.idempotency_key.clone() };
    view! {
        <Title text=t!(lang, "appeal-title") />
        <Meta name="description" content=t!(lang, "appeal-intro") />
        <h1>{t!(lang, "appeal-heading")}</h1>
        <p>{t!(lang, "appeal-intro")}</p>
        <p class="notice">{t!(lang, "appeal-emergency")}</p>
        {has_problems.then(|| view! { <p class="error" role="alert">{t!(lang, "error-invalid")}</p> })}
        {error_of(AppealField::IdempotencyKey, "retry-error")}
        <form class="appeal-form" method="post" action=format!("/{}/appeal", lang.slug())>
            <input type="hidden" name="idempotency_key" value=key />
            <fieldset class="categories" aria-describedby="category-error">
                <legend>{t!(lang, "appeal-category")}</legend>
                {options
                    .categories
                    .into_iter()
                    .map(|c| {
                        let checked = c.id == values.category;
                        view! {
                            <label class="category">
                                <input type="radio" name="category" value=c.id.clone() checked=checked required />
                                <span class="icon" aria-hidden="true">{c.icon}</span>
                                <span>{c.name}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {error_of(AppealField::Category, "category-error")}

            <label for="village">{t!(lang, "appeal-place")}</label>
            <select id="village" name="village" required aria-describedby="village-error">
                <option value="">{t!(lang, "appeal-place-choose")}</option>
                {options
                    .townships
                    .into_iter()
                    .map(|township| {
                        let chosen = values.village.clone();
                        view! {
                            <optgroup label=township.name>
                                {township
                                    .villages
                                    .into_iter()
                                    .map(|v| {
                                        let selected = v.id == chosen;
                                        view! { <option value=v.id selected=selected>{v.name}</option> }
                                    })
                                    .collect_view()}
                            </optgroup>
                        }
                    })
                    .collect_view()}
            </select>
            {error_of(AppealField::Village, "village-error")}

            <label for="description">{t!(lang, "appeal-description")}</label>
            <p class="hint" id="description-hint">{t!(lang, "appeal-description-hint")}</p>
            <textarea
                id="description"
                name="description"
                rows="6"
                required
                minlength="10"
                maxlength=DESCRIPTION_MAX_CHARS.to_string()
                aria-describedby="description-hint description-error"
            >
                {values.description.clone()}
            </textarea>
            {error_of(AppealField::Description, "description-error")}

            <label for="phone">{t!(lang, "appeal-phone")}</label>
            <p class="hint" id="phone-hint">{t!(lang, "appeal-phone-hint")}</p>
            <input
                id="phone"
                name="phone"
                type="tel"
                inputmode="tel"
                autocomplete="tel"
                value=values.phone.clone().unwrap_or_default()
                aria-describedby="phone-hint phone-error"
            />
            {error_of(AppealField::Phone, "phone-error")}

            <label for="name">{t!(lang, "appeal-name")}</label>
            <input
                id="name"
                name="name"
                type="text"
                autocomplete="name"
                maxlength=NAME_MAX_CHARS.to_string()
                value=values.name.clone().unwrap_or_default()
            />
            {error_of(AppealField::Name, "name-error")}

            <label class="consent">
                <input type="checkbox" name="consent" value="yes" required />
                <span>
                    {t!(lang, "appeal-consent")}
                    " "
                    <a href=format!("/{}/privacy", lang.slug())>{t!(lang, "appeal-privacy-link")}</a>
                </span>
            </label>
            <button type="submit" class="button submit">{t!(lang, "appeal-submit")}</button>
        </form>
    }
    .into_any()
}
