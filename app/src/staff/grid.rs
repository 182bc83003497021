//! The grid report form (网格发现): what a grid worker found on a round,
//! sent like a resident's report (`server/src/staff/grid.rs`).

use super::LANG;
use crate::t;
use domain::{
    appeal::{DESCRIPTION_MAX_CHARS, DESCRIPTION_MIN_CHARS},
    paths,
    staff::{GridReportForm, StaffUser},
};
use leptos::prelude::*;

#[component]
pub fn GridReport(user: StaffUser, form: GridReportForm, error: Option<String>) -> impl IntoView {
    let error = error.map(|id| crate::i18n::loader(LANG).get(&id));
    let one_village = form.villages.len() == 1;
    view! {
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        <h1>{t!(LANG, "staff-report")}</h1>
        <p>{t!(LANG, "staff-report-intro")}</p>
        {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <form class="appeal-form" method="post" action=paths::staff_report()>
            <input type="hidden" name="csrf" value=user.csrf_token />
            <input type="hidden" name="idempotency_key" value=form.idempotency_key />
            <fieldset class="categories">
                <legend>{t!(LANG, "appeal-category")}</legend>
                {form
                    .categories
                    .into_iter()
                    .map(|c| {
                        view! {
                            <label class="category">
                                <input type="radio" name="category" value=c.id required />
                                <span>{c.name}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <label for="village">{t!(LANG, "staff-search-village")}</label>
            <select id="village" name="village" required>
                {form
                    .villages
                    .into_iter()
                    .map(|v| view! { <option value=v.id selected=one_village>{v.name}</option> })
                    .collect_view()}
            </select>
            <label for="description">{t!(LANG, "staff-report-description")}</label>
            <textarea
                id="description"
                name="description"
                rows="5"
                required
                minlength=DESCRIPTION_MIN_CHARS.to_string()
                maxlength=DESCRIPTION_MAX_CHARS.to_string()
            ></textarea>
            <button type="submit" class="button submit">{t!(LANG, "staff-report-send")}</button>
        </form>
    }
}
