//! The reviewer's desk (issue 19), first part: every Tibetan and Yi article
//! with the readers' open feedback, most flagged first, each linked to the
//! section flagged. Editing and marking reviewed come next.

use super::LANG;
use crate::t;
use domain::{paths, review::FeedbackKind, staff::ReviewDesk, time::china_time, Lang};
use leptos::prelude::*;

fn kind_text(kind: FeedbackKind) -> String {
    match kind {
        FeedbackKind::Unclear => t!(LANG, "feedback-unclear"),
        FeedbackKind::Wrong => t!(LANG, "feedback-wrong"),
        FeedbackKind::Other => t!(LANG, "feedback-other"),
    }
}

fn lang_name(lang: Lang) -> String {
    match lang {
        Lang::Zh => t!(LANG, "lang-name-zh"),
        Lang::Bo => t!(LANG, "lang-name-bo"),
        Lang::Ii => t!(LANG, "lang-name-ii"),
    }
}

#[component]
pub fn ReviewDeskPage(desk: ReviewDesk) -> impl IntoView {
    view! {
        <h1>{t!(LANG, "staff-review")}</h1>
        <p>{t!(LANG, "staff-review-intro")}</p>
        <ul class="queue review">
            {desk
                .articles
                .into_iter()
                .map(|a| {
                    let open = a.feedback.len();
                    let flagged = open > 0;
                    let link = paths::guide_article(a.lang, &a.slug);
                    view! {
                        <li class:overdue=flagged>
                            <a href=link.clone()>{a.title}</a>
                            " · " {lang_name(a.lang)}
                            " · " {if a.machine_drafted { t!(LANG, "staff-review-drafted") } else { t!(LANG, "staff-review-reviewed") }}
                            " · " {t!(LANG, "staff-review-open", n = open)}
                            <ul>
                                {a.feedback.into_iter().map(|f| {
                                    let href = format!("{link}#{}", f.section);
                                    view! {
                                        <li>
                                            <time>{china_time(f.at)}</time> " "
                                            <a href=href>{f.section}</a> " · " {kind_text(f.kind)}
                                            {f.text.map(|text| view! { " · " <q>{text}</q> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
