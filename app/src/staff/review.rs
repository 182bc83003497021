//! The reviewer's desk (issue 19): every Tibetan and Yi article with the
//! readers' open feedback, most flagged first; and one text (an article or
//! the UI messages) to edit, preview, save, mark reviewed and revert.

use super::LANG;
use crate::t;
use domain::{
    paths,
    review::FeedbackKind,
    staff::{DiffPiece, ReviewDesk, ReviewText, StaffUser},
    time::china_time,
    Lang,
};
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
        <p>
            <a href=paths::staff_review_text(Lang::Bo, "ui")>{t!(LANG, "staff-review-ui")} " · " {lang_name(Lang::Bo)}</a>
            " · "
            <a href=paths::staff_review_text(Lang::Ii, "ui")>{t!(LANG, "staff-review-ui")} " · " {lang_name(Lang::Ii)}</a>
        </p>
        <ul class="queue review">
            {desk
                .articles
                .into_iter()
                .map(|a| {
                    let open = a.feedback.len();
                    let flagged = open > 0;
                    let link = paths::guide_article(a.lang, &a.slug);
                    let edit = paths::staff_review_text(a.lang, &a.slug);
                    let progress = t!(LANG, "staff-review-progress", n = a.reviewed, m = a.sections);
                    view! {
                        <li class:overdue=flagged>
                            <a href=edit lang=a.lang.tag()>{a.title}</a>
                            " · " {lang_name(a.lang)}
                            " · " {progress}
                            " · " {if a.machine_drafted { t!(LANG, "staff-review-drafted") } else { t!(LANG, "staff-review-reviewed") }}
                            " · " {t!(LANG, "staff-review-open", n = open)}
                            <ul>
                                {a.feedback.into_iter().map(|f| {
                                    let href = format!("{link}#{}", f.section);
                                    view! {
                                        <li>
                                            <time>{china_time(f.at)}</time> " "
                                            <a href=href>{f.section}</a> " · " {kind_text(f.kind)}
                                            {f.text.map(|text| view! { " · " <q lang=a.lang.tag()>{text}</q> })}
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

fn diff_view(diff: Vec<DiffPiece>) -> impl IntoView {
    diff.into_iter()
        .map(|piece| match piece {
            DiffPiece::Same(text) => view! { <span>{text}</span> }.into_any(),
            DiffPiece::Added(text) => view! { <ins>{text}</ins> }.into_any(),
            DiffPiece::Removed(text) => view! { <del>{text}</del> }.into_any(),
        })
        .collect_view()
}

/// One text at the desk: each part with its Chinese beside it, the readers'
/// feedback, an edit box (preview, save, reviewed) and its history. Plain
/// forms, one column on a phone.
#[component]
pub fn ReviewTextPage(user: StaffUser, text: ReviewText, done: Option<String>, error: Option<String>) -> impl IntoView {
    let lang = text.lang;
    let action = paths::staff_review_text(lang, &text.doc);
    let is_ui = text.doc == "ui";
    let total = text.total;
    let groups = (!text.groups.is_empty()).then(|| {
        let shown = text.group.clone();
        let links = text
            .groups
            .iter()
            .map(|(name, n)| {
                let href = paths::with_query(action.clone(), &[("group", name)]);
                let current = (*name == shown).then_some("page");
                view! { <li><a href=href aria-current=current>{name.clone()} " (" {*n} ")"</a></li> }
            })
            .collect_view();
        view! { <nav class="groups" aria-label=t!(LANG, "staff-review-groups")><ul>{links}</ul></nav> }
    });
    let notice = done.map(|d| {
        let msg = match d.as_str() {
            "saved" => t!(LANG, "staff-review-done-saved"),
            "reviewed" => t!(LANG, "staff-review-done-reviewed"),
            _ => t!(LANG, "staff-review-done-reverted"),
        };
        view! { <p class="ok" role="status">{msg}</p> }
    });
    let stale = error.filter(|e| e == "staff-review-error-stale").map(|_| {
        view! { <p class="error" role="alert">{t!(LANG, "staff-review-error-stale")}</p> }
    });
    let parts = text
        .parts
        .into_iter()
        .map(|part| {
            let (csrf, action) = (user.csrf_token.clone(), action.clone());
            let base = part.seq.to_string();
            let draft_error = part.draft.as_ref().and_then(|d| d.error.clone()).map(|(key, detail)| {
                let msg = match key.as_str() {
                    "staff-review-error-sections" => t!(LANG, "staff-review-error-sections"),
                    "staff-review-error-link" => t!(LANG, "staff-review-error-link", link = detail.clone()),
                    "staff-review-error-guide" => t!(LANG, "staff-review-error-guide", slug = detail.clone()),
                    "staff-review-error-empty" => t!(LANG, "staff-review-error-empty"),
                    "staff-review-error-fluent" => t!(LANG, "staff-review-error-fluent"),
                    "staff-review-error-placeholders" => t!(LANG, "staff-review-error-placeholders", names = detail.clone()),
                    "staff-review-error-stale" => t!(LANG, "staff-review-error-stale"),
                    _ => t!(LANG, "staff-review-error-other", detail = detail.clone()),
                };
                view! { <p class="error" role="alert">{msg}</p> }
            });
            let preview = part.draft.as_ref().filter(|d| d.error.is_none() && !d.html.is_empty()).map(|d| {
                view! {
                    <div class="preview">
                        <p class="label">{t!(LANG, "staff-review-preview-of")}</p>
                        <div class="article-body" lang=lang.tag() inner_html=d.html.clone()></div>
                    </div>
                }
            });
            let edited = part.draft.as_ref().map_or_else(|| part.text.clone(), |d| d.text.clone());
            let state = match &part.reviewed {
                Some((by, on)) => t!(LANG, "staff-review-part-reviewed", by = by.clone(), date = on.clone()),
                None => t!(LANG, "staff-review-part-drafted"),
            };
            let rows = if is_ui { "3" } else { "10" };
            let history = (!part.history.is_empty()).then(|| {
                let lines = part
                    .history
                    .into_iter()
                    .map(|r| {
                        let (csrf, action, base, id) = (csrf.clone(), action.clone(), base.clone(), part.id.clone());
                        let latest = r.seq.to_string() == base;
                        view! {
                            <li>
                                "#" {r.seq} " · " <time>{china_time(r.at)}</time> " · " {r.author}
                                {(!r.note.is_empty()).then(|| view! { " · " <q>{r.note.clone()}</q> })}
                                {r.reviewed.map(|(by, _)| view! { " · " {t!(LANG, "staff-review-reviewed-by", by = by)} })}
                                <p class="diff" lang=lang.tag()>{diff_view(r.diff)}</p>
                                {(!latest).then(|| view! {
                                    <form method="post" action=action>
                                        <input type="hidden" name="csrf" value=csrf />
                                        <input type="hidden" name="part" value=id />
                                        <input type="hidden" name="base" value=base />
                                        <input type="hidden" name="to" value=r.seq.to_string() />
                                        <button type="submit" name="action" value="revert" class="button secondary">
                                            {t!(LANG, "staff-review-revert", n = r.seq)}
                                        </button>
                                    </form>
                                })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <details class="history">
                        <summary>{t!(LANG, "staff-review-history")}</summary>
                        <ol reversed>{lines}</ol>
                    </details>
                }
            });
            let feedback = (!part.feedback.is_empty()).then(|| {
                view! {
                    <ul class="feedback">
                        {part.feedback.into_iter().map(|f| view! {
                            <li>
                                <time>{china_time(f.at)}</time> " · " {kind_text(f.kind)}
                                {f.text.map(|text| view! { " · " <q lang=lang.tag()>{text}</q> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }
            });
            let label = if part.heading.is_empty() { part.id.clone() } else { format!("{} · {}", part.id, part.heading) };
            let box_id = format!("text-{}", part.id);
            view! {
                <section class="review-part" id=part.id.clone()>
                    <h2>{label}</h2>
                    <p class="state">{state}</p>
                    <div class="side-by-side">
                        <div lang="zh-CN">
                            <p class="label">{t!(LANG, "lang-name-zh")}</p>
                            <pre class="source">{part.chinese}</pre>
                        </div>
                        <div lang=lang.tag()>
                            <p class="label">{lang_name(lang)}</p>
                            {if is_ui {
                                view! { <pre class="source">{part.text.clone()}</pre> }.into_any()
                            } else {
                                view! { <div class="article-body" inner_html=part.html></div> }.into_any()
                            }}
                        </div>
                    </div>
                    {feedback}
                    {draft_error}
                    {preview}
                    <form method="post" action=action class="edit">
                        <input type="hidden" name="csrf" value=csrf />
                        <input type="hidden" name="part" value=part.id.clone() />
                        <input type="hidden" name="base" value=base />
                        <label for=box_id.clone()>{t!(LANG, "staff-review-edit")}</label>
                        <textarea id=box_id name="text" rows=rows lang=lang.tag()>{edited}</textarea>
                        <label>{t!(LANG, "staff-review-note")} <input name="note" maxlength="200" /></label>
                        <div class="actions">
                            {(!is_ui).then(|| view! {
                                <button type="submit" name="action" value="preview" class="button secondary">{t!(LANG, "staff-review-preview")}</button>
                            })}
                            <button type="submit" name="action" value="save" class="button">{t!(LANG, "staff-review-save")}</button>
                            <button type="submit" name="action" value="reviewed" class="button secondary">{t!(LANG, "staff-review-mark")}</button>
                        </div>
                    </form>
                    {history}
                </section>
            }
        })
        .collect_view();
    view! {
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        <h1>{text.title} " · " {lang_name(lang)}</h1>
        <p>
            {if is_ui {
                t!(LANG, "staff-review-progress-ui", n = text.reviewed, m = total)
            } else {
                t!(LANG, "staff-review-progress", n = text.reviewed, m = total)
            }}
        </p>
        <p class="hint">{if is_ui { t!(LANG, "staff-review-ui-hint") } else { t!(LANG, "staff-review-article-hint") }}</p>
        {notice}
        {stale}
        {groups}
        {parts}
    }
}
