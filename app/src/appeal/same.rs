//! "Already reported here": the open reports of the chosen village and
//! category, shown on the appeal form before sending, with the choice to
//! join one. The server draws it for `?village=&category=` (and for a form
//! sent back to ask); with the wasm running it follows the form's choices.

use crate::{t, track::status_text};
use domain::{
    appeal::{SameProblem, SAME_PROBLEM_DAYS},
    time::china_time,
    Lang,
};
use leptos::prelude::*;

/// The notice. `ask` marks a form sent back because the choice was missing.
#[island]
pub fn SameProblemNotice(lang: Lang, initial: SameProblem, ask: bool) -> impl IntoView {
    let same = RwSignal::new(initial);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| follow::form(lang, same));
    move || {
        let found = same.get();
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
                    {ask.then(|| {
                        view! { <p class="field-error" id="join-error" role="alert">{t!(lang, "appeal-same-choose")}</p> }
                    })}
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
}

/// Asks the server again whenever the category or village changes (and
/// once at the start, for a draft put back after a reload).
#[cfg(feature = "hydrate")]
mod follow {
    use domain::{appeal::SameProblem, Lang};
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{HtmlInputElement, HtmlSelectElement, XmlHttpRequest};

    fn choices() -> Option<(String, String)> {
        let doc = document();
        let category = doc.query_selector("input[name=category]:checked").ok()??;
        let category = category.dyn_ref::<HtmlInputElement>()?.value();
        let village = doc.get_element_by_id("village")?.dyn_into::<HtmlSelectElement>().ok()?.value();
        (!category.is_empty() && !village.is_empty()).then_some((village, category))
    }

    fn ask(lang: Lang, same: RwSignal<SameProblem>) {
        let Some((village, category)) = choices() else {
            same.set(SameProblem::default());
            return;
        };
        let url = domain::paths::same_problem_api(lang, &village, &category);
        let Ok(xhr) = XmlHttpRequest::new() else { return };
        if xhr.open("GET", &url).is_err() {
            return;
        }
        let request = xhr.clone();
        let loaded = Closure::once_into_js(move || {
            // Offline or refused: no notice; the server asks when the form
            // is sent if there is one.
            let found = (request.status().ok() == Some(200))
                .then(|| request.response_text().ok().flatten())
                .flatten()
                .and_then(|body| serde_json::from_str::<SameProblem>(&body).ok());
            // Still the same choices as when asked: a slow answer must not
            // overwrite a newer one.
            if choices() == Some((village, category)) {
                same.set(found.unwrap_or_default());
            }
        });
        xhr.set_onloadend(Some(loaded.unchecked_ref()));
        let _ = xhr.send();
    }

    pub fn form(lang: Lang, same: RwSignal<SameProblem>) {
        let Ok(Some(form)) = document().query_selector(".appeal-form") else { return };
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let name =
                e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.get_attribute("name"));
            if matches!(name.as_deref(), Some("category" | "village")) {
                ask(lang, same);
            }
        });
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget(); // lives as long as the page
        set_timeout(move || ask(lang, same), std::time::Duration::from_millis(0));
    }
}
