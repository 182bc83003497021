//! `/{lang}/track`: follow an appeal or a mediation request with its number
//! and code. The page is complete server HTML; adding information, rating
//! and reopening are plain forms, so they work on every phone.

use crate::{i18n::use_lang, t};
use domain::{
    appeal::{AppealStatus, AppealView, EventKind, TimelineEntry},
    paths,
    time::china_time,
    Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// What a number and code open: an appeal or a mediation request.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum TrackedCase {
    Appeal(Box<AppealView>),
    Mediation(Box<domain::mediator::MediationView>),
}

/// What the server provides to the tracking page (`server/src/track.rs`).
#[cfg(feature = "ssr")]
pub trait TrackStore: Send + Sync + 'static {
    fn tracked<'a>(
        &'a self,
        no: &'a str,
        code: &'a str,
        lang: Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<TrackedCase>> + Send + 'a>>;
}

/// Sends the browser on to `path` (303): a GET form's answer that is
/// another page. `leptos_axum::redirect` alone sets the header, not the status.
#[cfg(feature = "ssr")]
pub fn see_other(path: &str) {
    leptos_axum::redirect(path);
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SEE_OTHER);
    }
}

/// Number and code, by hand; a complete pair opens the appeal.
#[component]
pub fn TrackLookupPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (no, code) = query.with_untracked(|q| (q.get("no").unwrap_or_default(), q.get("code").unwrap_or_default()));
    #[cfg(feature = "ssr")]
    if !no.trim().is_empty() && !code.trim().is_empty() {
        see_other(&paths::track(lang, no.trim(), code.trim()));
    }
    view! {
        <Title text=t!(lang, "track-title") />
        <h1>{t!(lang, "track-heading")}</h1>
        <p>{t!(lang, "track-intro")}</p>
        <TrackForm lang no code />
    }
}

#[component]
fn TrackForm(lang: Lang, no: String, code: String) -> impl IntoView {
    view! {
        <form class="track-form" method="get" action=paths::track_form(lang)>
            <label for="no">{t!(lang, "track-number")}</label>
            <input id="no" name="no" required autocapitalize="characters" autocomplete="off" value=no placeholder="K7M4-Q9PX" />
            <label for="code">{t!(lang, "track-code")}</label>
            <input id="code" name="code" required autocapitalize="characters" autocomplete="off" value=code placeholder="ABC-DEF-GHJ" />
            <button type="submit" class="button">{t!(lang, "track-open")}</button>
        </form>
    }
}

/// Loads the appeal; a wrong number or code gets the same "not found".
#[component]
pub fn TrackPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let no = params.with_untracked(|p| p.get("no").unwrap_or_default());
    let (code, new, done, error) = query
        .with_untracked(|q| (q.get("code").unwrap_or_default(), q.get("new").is_some(), q.get("done"), q.get("error")));
    let case = {
        let (no, code) = (no.clone(), code.clone());
        Resource::new(|| (), move |_| load(lang, no.clone(), code.clone()))
    };
    view! {
        <Title text=t!(lang, "track-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {
                let (no, code, done, error) = (no.clone(), code.clone(), done.clone(), error.clone());
                move || {
                    let (no, code, done, error) = (no.clone(), code.clone(), done.clone(), error.clone());
                    Suspend::new(async move {
                        match case.await {
                            Some(TrackedCase::Appeal(view)) => view! { <Appeal view=*view code new done error /> }.into_any(),
                            Some(TrackedCase::Mediation(view)) => {
                                let key = crate::mediator::SideKey { field: "code", value: code };
                                view! {
                                    <h1>{t!(lang, "track-heading")}</h1>
                                    <crate::mediator::MediationCase view=*view key new done error />
                                }
                                    .into_any()
                            }
                            None => {
                                #[cfg(feature = "ssr")]
                                if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                                    response.set_status(http::StatusCode::NOT_FOUND);
                                }
                                view! {
                                    <h1>{t!(lang, "track-heading")}</h1>
                                    <p class="error" role="alert">{t!(lang, "error-appeal-not-found")}</p>
                                    <TrackForm lang no code />
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

async fn load(lang: Lang, no: String, code: String) -> Option<TrackedCase> {
    #[cfg(feature = "ssr")]
    {
        let store = use_context::<std::sync::Arc<dyn TrackStore>>()?;
        store.tracked(&no, &code, lang).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, no, code);
        None
    }
}

pub fn status_text(lang: Lang, status: AppealStatus) -> String {
    match status {
        AppealStatus::Received => t!(lang, "status-received"),
        AppealStatus::Accepted => t!(lang, "status-accepted"),
        AppealStatus::Resolved => t!(lang, "status-resolved"),
        AppealStatus::Closed => t!(lang, "status-closed"),
    }
}

fn event_text(lang: Lang, kind: EventKind, unit: &str) -> String {
    let unit = unit.to_owned();
    match kind {
        EventKind::Received => t!(lang, "event-received"),
        EventKind::Routed => t!(lang, "event-routed", unit = unit),
        EventKind::Accepted => t!(lang, "event-accepted", unit = unit),
        EventKind::Reply => t!(lang, "event-reply", unit = unit),
        EventKind::InfoAdded => t!(lang, "event-info-added"),
        EventKind::Transferred => t!(lang, "event-transferred", unit = unit),
        EventKind::Resolved => t!(lang, "event-resolved", unit = unit),
        EventKind::Rated => t!(lang, "event-rated"),
        EventKind::Reopened => t!(lang, "event-reopened"),
        EventKind::Joined => t!(lang, "event-joined", unit = unit),
        EventKind::TeamHanded => t!(lang, "event-team-handed", unit = unit),
        EventKind::TeamDone => t!(lang, "event-team-done", unit = unit),
    }
}

#[component]
fn Appeal(view: AppealView, code: String, new: bool, done: Option<String>, error: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let no = view.tracking_no.clone();
    let action = move |what: &str| paths::track_action(lang, &no, what);
    let done_text = done.map(|d| match d.as_str() {
        "info" => t!(lang, "track-done-info"),
        "rating" => t!(lang, "track-done-rating"),
        _ => t!(lang, "track-done-reopen"),
    });
    let error_text = error.filter(|e| e.starts_with("error-")).map(|id| crate::i18n::loader(lang).get(&id));
    let open = view.status.is_open();
    let resolved = view.status == AppealStatus::Resolved;
    view! {
        <h1>{t!(lang, "track-heading")}</h1>
        {new.then(|| view! { <Receipt lang no=view.tracking_no.clone() code=code.clone() /> })}
        {done_text.map(|text| view! { <p class="ok" role="status">{text}</p> })}
        {error_text.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <AppealFacts lang view=view.clone() />
        <h2>{t!(lang, "track-what")}</h2>
        <p class="description">{view.description.clone()}</p>
        {(!view.photos.is_empty())
            .then(|| {
                let photos = view
                    .photos
                    .iter()
                    .map(|id| {
                        let src = paths::appeal_photo(&view.tracking_no, id, &code);
                        view! { <img class="photo" src=src alt=t!(lang, "track-photos") loading="lazy" /> }
                    })
                    .collect_view();
                view! { <div class="photos">{photos}</div> }
            })}
        <Timeline lang entries=view.timeline.clone() />
        {open
            .then(|| {
                view! {
                    <form class="resident-action" method="post" action=action("info")>
                        <input type="hidden" name="code" value=code.clone() />
                        <label for="info">{t!(lang, "track-add-info")}</label>
                        <textarea id="info" name="text" rows="3" required maxlength="2000"></textarea>
                        <button type="submit" class="button">{t!(lang, "track-add-info-send")}</button>
                    </form>
                }
            })}
        {resolved
            .then(|| {
                view! {
                    <RatingForm lang action=action("rating") legend=t!(lang, "track-rate") key_field="code" key=code.clone() />
                }
            })}
        {view
            .can_reopen
            .then(|| {
                view! {
                    <form class="resident-action" method="post" action=action("reopen")>
                        <input type="hidden" name="code" value=code.clone() />
                        <label for="reason">{t!(lang, "track-reopen")}</label>
                        <textarea id="reason" name="text" rows="2" required maxlength="500"></textarea>
                        <button type="submit" class="button secondary">{t!(lang, "track-reopen-send")}</button>
                    </form>
                }
            })}
        {view.rating.map(|stars| view! { <p class="rated">{t!(lang, "track-rated", stars = stars)}</p> })}
        <p class="download">
            <a href=paths::appeal_export(lang, &view.tracking_no, &code)>{t!(lang, "track-download")}</a>
        </p>
    }
}

/// 1-5 stars and an optional comment, once: for an appeal's result and
/// for a mediator. `key_field` names how the side proves who it is.
#[component]
pub(crate) fn RatingForm(
    lang: Lang,
    action: String,
    legend: String,
    key_field: &'static str,
    key: String,
) -> impl IntoView {
    view! {
        <form class="resident-action rating" method="post" action=action>
            <input type="hidden" name=key_field value=key />
            <fieldset>
                <legend>{legend}</legend>
                {(1..=5u8)
                    .rev()
                    .map(|n| {
                        view! {
                            <label class="star">
                                <input type="radio" name="stars" value=n.to_string() required />
                                {t!(lang, "track-stars", stars = n)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <label for="comment">{t!(lang, "track-comment")}</label>
            <textarea id="comment" name="text" rows="2" maxlength="500"></textarea>
            <button type="submit" class="button">{t!(lang, "track-rate-send")}</button>
        </form>
    }
}

/// Shown once, right after sending: the number and code, large, with a QR
/// code of the status link. Never only stored: WeChat may clear storage.
#[component]
fn Receipt(lang: Lang, no: String, code: String) -> impl IntoView {
    let link = paths::track(lang, &no, &code);
    view! {
        <section class="receipt" aria-labelledby="receipt-heading">
            <h2 id="receipt-heading">{t!(lang, "receipt-heading")}</h2>
            <p>{t!(lang, "receipt-keep")}</p>
            <p class="big-code">
                <span class="label">{t!(lang, "track-number")}</span>
                <span class="code">{no.clone()}</span>
            </p>
            <p class="big-code">
                <span class="label">{t!(lang, "track-code")}</span>
                <span class="code">{code.clone()}</span>
            </p>
            <img
                class="qr"
                src=paths::qr(&link)
                alt=t!(lang, "receipt-qr-alt")
                width="180"
                height="180"
            />
            <crate::share::CopyLink lang url=link />
            <crate::appeal::DraftSent />
        </section>
    }
}

/// Number, status, unit, deadline and place: the same for residents and
/// staff (who add rows as children).
#[component]
pub(crate) fn AppealFacts(lang: Lang, view: AppealView, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <dl class="appeal-facts">
            <dt>{t!(lang, "track-number")}</dt>
            <dd class="code">{view.tracking_no.clone()}</dd>
            <dt>{t!(lang, "track-status")}</dt>
            <dd class=format!("status status-{}", view.status.as_str())>{status_text(lang, view.status)}</dd>
            <dt>{t!(lang, "track-unit")}</dt>
            <dd>{view.unit.clone()}</dd>
            <dt>{t!(lang, "track-deadline")}</dt>
            <dd>
                {china_time(view.due_at)}
                {view.overdue.then(|| view! { " " <strong class="overdue">{t!(lang, "track-overdue")}</strong> })}
            </dd>
            <dt>{t!(lang, "track-category")}</dt>
            <dd>{view.category.clone()} " · " {view.village.clone()}</dd>
            {children.map(|c| c())}
        </dl>
    }
}

/// What happened, oldest first; what people wrote shows as plain text.
#[component]
pub(crate) fn Timeline(lang: Lang, entries: Vec<TimelineEntry>) -> impl IntoView {
    view! {
        <h2>{t!(lang, "track-timeline")}</h2>
        <ol class="timeline">
            {entries
                .into_iter()
                .map(|e| {
                    view! {
                        <li class=format!("event event-{}", e.kind.as_str())>
                            <time>{china_time(e.at)}</time>
                            <span class="what">{event_text(lang, e.kind, e.unit.as_deref().unwrap_or(""))}</span>
                            {e.text.map(|t| view! { <p class="said">{t}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
