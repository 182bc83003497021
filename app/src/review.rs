//! The reader's side of the review loop: under each section of an article,
//! a small "hard to understand / wrong" control. A `<details>` with a plain
//! form: it opens in place and sends without JavaScript
//! (`server/src/review/feedback.rs`).

use crate::t;
use domain::{paths, review::FEEDBACK_TEXT_MAX_CHARS, Lang};
use leptos::prelude::*;

#[component]
pub fn FeedbackControl(lang: Lang, slug: String, section: String) -> impl IntoView {
    let id = |what: &str| format!("fb-{section}-{what}");
    let text_id = id("text");
    view! {
        <details class="feedback">
            <summary>{t!(lang, "feedback-open")}</summary>
            <form method="post" action=paths::feedback(lang)>
                <input type="hidden" name="slug" value=slug />
                <input type="hidden" name="section" value=section.clone() />
                <fieldset>
                    <legend>{t!(lang, "feedback-kind")}</legend>
                    <label><input type="radio" name="kind" value="unclear" required />{t!(lang, "feedback-unclear")}</label>
                    <label><input type="radio" name="kind" value="wrong" />{t!(lang, "feedback-wrong")}</label>
                    <label><input type="radio" name="kind" value="other" />{t!(lang, "feedback-other")}</label>
                </fieldset>
                <label for=text_id.clone()>{t!(lang, "feedback-text")}</label>
                <textarea id=text_id name="text" rows="2" maxlength=FEEDBACK_TEXT_MAX_CHARS.to_string()></textarea>
                <p class="hint">{t!(lang, "feedback-private")}</p>
                <button type="submit" class="button secondary">{t!(lang, "feedback-send")}</button>
            </form>
        </details>
    }
    // Its type is deep; erased, the article's page stays within the
    // compiler's query depth in the release build of the bundle.
    .into_any()
}
