//! "Already reported here": the open reports of the chosen village and
//! category, shown on the appeal form before sending, with the choice to
//! join one. The server draws it, for `?village=&category=` and for a form
//! sent back to ask; with the wasm running, the page asks the server for
//! the notice again whenever the choice changes and puts its HTML in place,
//! so that none of the drawing is in the resident's download.

use crate::{t, track::status_text};
use domain::{
    appeal::{SameProblem, SAME_PROBLEM_DAYS},
    time::china_time,
    Lang,
};
use leptos::prelude::*;

/// Where the notice goes on the form; the island fills it.
pub const PLACE_ID: &str = "same-problem";

/// The notice, or nothing when no report is open. `ask` marks a form sent
/// back because the choice was missing.
#[component]
pub fn SameProblemNotice(lang: Lang, found: SameProblem, ask: bool) -> impl IntoView {
    (found.count > 0).then(|| {
        let lines = found
            .reports
            .into_iter()
            .map(|r| {
                let line = t!(
                    lang,
                    "appeal-same-line",
                    status = status_text(lang, r.status),
                    unit = r.unit,
                    deadline = china_time(r.due_at),
                    residents = r.residents
                );
                view! { <li>{line}</li> }
            })
            .collect_view();
        view! {
            <fieldset class="same-problem" aria-describedby="join-error">
                <legend>{t!(lang, "appeal-same-heading", days = SAME_PROBLEM_DAYS, count = found.count)}</legend>
                <ul>{lines}</ul>
                <p>{t!(lang, "appeal-same-question")}</p>
                {ask.then(|| view! { <p class="field-error" id="join-error" role="alert">{t!(lang, "appeal-same-choose")}</p> })}
                <label class="choice">
                    <input type="radio" name="join" value="yes" required />
                    <span>{t!(lang, "appeal-same-join")}</span>
                </label>
                <label class="choice">
                    <input type="radio" name="join" value="no" required />
                    <span>{t!(lang, "appeal-same-separate")}</span>
                </label>
            </fieldset>
        }
    })
}

/// Follows the form's category and village (and looks once at the start,
/// for a draft put back after a reload). Started by the form's draft
/// keeper, an island already there: one more island would cost 3 KB.
#[cfg(feature = "hydrate")]
pub mod follow {
    use super::PLACE_ID;
    use domain::Lang;
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{HtmlInputElement, HtmlSelectElement, XmlHttpRequest};

    fn choices() -> (String, String) {
        let doc = document();
        let category = doc
            .query_selector("input[name=category]:checked")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_ref::<HtmlInputElement>().map(|i| i.value()));
        let village =
            doc.get_element_by_id("village").and_then(|v| v.dyn_into::<HtmlSelectElement>().ok()).map(|v| v.value());
        (village.unwrap_or_default(), category.unwrap_or_default())
    }

    fn show(html: &str) {
        if let Some(place) = document().get_element_by_id(PLACE_ID) {
            place.set_inner_html(html);
        }
    }

    fn ask(lang: Lang) {
        let (village, category) = choices();
        if village.is_empty() || category.is_empty() {
            return show("");
        }
        let Ok(xhr) = XmlHttpRequest::new() else { return };
        if xhr.open("GET", &domain::paths::same_problem_notice(lang, &village, &category)).is_err() {
            return;
        }
        let request = xhr.clone();
        let loaded = Closure::once_into_js(move || {
            // A slow answer must not overwrite a newer choice's. Offline or
            // refused: nothing is shown, and the server asks when the form
            // is sent if there is an open report.
            if choices() == (village, category) {
                let ok = request.status().ok() == Some(200);
                show(&request.response_text().ok().flatten().filter(|_| ok).unwrap_or_default());
            }
        });
        xhr.set_onloadend(Some(loaded.unchecked_ref()));
        let _ = xhr.send();
    }

    pub fn form(lang: Lang) {
        let Ok(Some(form)) = document().query_selector(".appeal-form") else { return };
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let name =
                e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.get_attribute("name"));
            if matches!(name.as_deref(), Some("category" | "village")) {
                ask(lang);
            }
        });
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget(); // as long as the page
                            // After the draft keeper has put a saved choice back; a notice the
                            // server drew (perhaps asking for the choice) stays as it is.
        let drawn = document().get_element_by_id(PLACE_ID).is_some_and(|p| p.child_element_count() > 0);
        if !drawn {
            set_timeout(move || ask(lang), std::time::Duration::from_millis(0));
        }
    }
}
