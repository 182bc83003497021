//! A mediation as either side follows it: on the tracking page for the
//! side that asked (number and code), on the invitation page for the other
//! side (the link they were sent), where they also answer.

use super::{board::MediatorCardView, outcome_text, reason_text, specialty_text, status_text};
use crate::{i18n::use_lang, t};
use domain::{
    mediator::{MediationEntry, MediationEvent, MediationStatus, MediationView, MediatorCard, Party, MAX_PICKS},
    paths,
    time::china_time,
    Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// How this side proves who it is on its forms: A's code or B's token.
#[derive(Clone, Debug)]
pub struct SideKey {
    pub field: &'static str,
    pub value: String,
}

#[component]
pub fn MediationCase(
    view: MediationView,
    key: SideKey,
    new: bool,
    done: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let no = view.tracking_no.clone();
    let action = move |what: &str| paths::mediation_action(lang, &no, what);
    let done_text = done.map(|d| match d.as_str() {
        "answer" => t!(lang, "mediation-done-answer"),
        "dispatch" => t!(lang, "mediation-done-dispatch"),
        _ => t!(lang, "track-done-rating"),
    });
    let error_text = error
        .filter(|e| e.starts_with("error-") || e.starts_with("mediation-error-"))
        .map(|id| crate::i18n::loader(lang).get(&id));
    let hidden = {
        let key = key.clone();
        move || view! { <input type="hidden" name=key.field value=key.value.clone() /> }
    };
    let is_a = view.party == Party::A;
    view! {
        {(new && is_a).then(|| view! { <Receipt lang view=view.clone() code=key.value.clone() /> })}
        {done_text.map(|text| view! { <p class="ok" role="status">{text}</p> })}
        {error_text.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <dl class="appeal-facts mediation-facts">
            <dt>{t!(lang, "track-number")}</dt>
            <dd class="code">{view.tracking_no.clone()}</dd>
            <dt>{t!(lang, "track-status")}</dt>
            <dd class=format!("status status-{}", view.status.as_str())>{status_text(lang, view.status)}</dd>
            <dt>{t!(lang, "mediation-dispute-type")}</dt>
            <dd>{specialty_text(lang, view.dispute_type)} " · " {view.township.clone()} " " {view.village.clone()}</dd>
            <dt>{t!(lang, "track-unit")}</dt>
            <dd>{view.unit.clone()} {view.unit_contact.clone().map(|c| view! { " · " {c} })}</dd>
            {(view.status == MediationStatus::Invited)
                .then(|| {
                    view! {
                        <dt>{t!(lang, "mediation-answer-by")}</dt>
                        <dd>{china_time(view.answer_by)}</dd>
                    }
                })}
            {view
                .dispatch_reason
                .filter(|_| view.status == MediationStatus::Dispatch)
                .map(|r| {
                    view! {
                        <dt>{t!(lang, "mediation-why-dispatch")}</dt>
                        <dd>{reason_text(lang, r)}</dd>
                    }
                })}
            {view
                .scheduled_at
                .map(|at| {
                    view! {
                        <dt>{t!(lang, "mediation-when-where")}</dt>
                        <dd class="scheduled">{china_time(at)} " · " {view.place.clone().unwrap_or_default()}</dd>
                    }
                })}
            {view
                .outcome
                .map(|o| {
                    view! {
                        <dt>{t!(lang, "mediation-outcome")}</dt>
                        <dd class="outcome">{outcome_text(lang, o)}</dd>
                    }
                })}
            {view
                .phone_masked
                .clone()
                .map(|p| {
                    view! {
                        <dt>{t!(lang, "mediation-my-phone")}</dt>
                        <dd>{p}</dd>
                    }
                })}
        </dl>
        {view
            .mediator
            .clone()
            .map(|card| {
                view! {
                    <h2>{t!(lang, "mediation-the-mediator")}</h2>
                    <MediatorCardView lang card=card.clone() link=paths::mediator(lang, &card.id) />
                }
            })}
        {view
            .description
            .clone()
            .map(|d| {
                view! {
                    <h2>{t!(lang, "mediation-description")}</h2>
                    <p class="description">{d}</p>
                }
            })}
        {(is_a && !view.a_picks.is_empty())
            .then(|| {
                view! {
                    <h2>{t!(lang, "mediation-my-picks")}</h2>
                    <ul class="mediator-board">
                        {view
                            .a_picks
                            .iter()
                            .map(|card| view! { <li><MediatorCardView lang card=card.clone() /></li> })
                            .collect_view()}
                    </ul>
                }
            })}
        {(is_a && !view.recused.is_empty())
            .then(|| view! { <p>{t!(lang, "mediation-my-recused")} ": " {view.recused.join(t!(lang, "list-separator").as_str())}</p> })}
        {(is_a && view.status == MediationStatus::Invited)
            .then(|| {
                view! {
                    <form class="resident-action" method="post" action=action("dispatch")>
                        {hidden()}
                        <p>{t!(lang, "mediation-dispatch-now-hint")}</p>
                        <button type="submit" class="button secondary">{t!(lang, "mediation-dispatch-now")}</button>
                    </form>
                }
            })}
        {view
            .invite_path
            .clone()
            .filter(|_| !new)
            .map(|path| view! { <Invitation lang path url=view.invite_url.clone().unwrap_or_default() /> })}
        <MediationTimeline lang entries=view.timeline.clone() />
        {view
            .can_rate
            .then(|| {
                view! {
                    <crate::track::RatingForm
                        lang
                        action=action("rating")
                        legend=t!(lang, "mediation-rate")
                        key_field=key.field
                        key=key.value.clone()
                    />
                }
            })}
        {view.my_rating.map(|stars| view! { <p class="rated">{t!(lang, "track-rated", stars = stars)}</p> })}
    }
}

/// Shown once after asking: the number and code, and the invitation for
/// the other side with its QR code.
#[component]
fn Receipt(lang: Lang, view: MediationView, code: String) -> impl IntoView {
    let link = paths::track(lang, &view.tracking_no, &code);
    view! {
        <section class="receipt" aria-labelledby="receipt-heading">
            <h2 id="receipt-heading">{t!(lang, "receipt-heading")}</h2>
            <p>{t!(lang, "receipt-keep")}</p>
            <p class="big-code">
                <span class="label">{t!(lang, "track-number")}</span>
                <span class="code">{view.tracking_no.clone()}</span>
            </p>
            <p class="big-code">
                <span class="label">{t!(lang, "track-code")}</span>
                <span class="code">{code.clone()}</span>
            </p>
            <crate::share::CopyLink lang url=link />
        </section>
        {view.invite_path.clone().map(|path| view! { <Invitation lang path url=view.invite_url.clone().unwrap_or_default() /> })}
    }
}

/// The link and QR code for the other side.
#[component]
fn Invitation(lang: Lang, path: String, url: String) -> impl IntoView {
    view! {
        <section class="invitation" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t!(lang, "mediation-invite-heading")}</h2>
            <p>{t!(lang, "mediation-invite-how")}</p>
            <img
                class="qr"
                src=paths::qr(&path)
                alt=t!(lang, "mediation-invite-qr-alt")
                width="180"
                height="180"
            />
            <crate::share::CopyLink lang url=url />
        </section>
    }
}

fn event_text(lang: Lang, e: &MediationEntry) -> String {
    let detail = e.detail.clone().unwrap_or_default();
    match e.kind {
        MediationEvent::Requested => t!(lang, "mediation-event-requested"),
        MediationEvent::Answered => t!(lang, "mediation-event-answered"),
        MediationEvent::Matched => t!(lang, "mediation-event-matched", name = detail),
        MediationEvent::Dispatched => {
            let reason =
                domain::mediator::DispatchReason::parse(&detail).map(|r| reason_text(lang, r)).unwrap_or_default();
            t!(lang, "mediation-event-dispatched", reason = reason)
        }
        MediationEvent::Assigned => t!(lang, "mediation-event-assigned", name = detail),
        MediationEvent::Scheduled => {
            // "<timestamp> <place>", as the server records it.
            let (at, place) = detail.split_once(' ').unwrap_or((detail.as_str(), ""));
            let when = at.parse::<i64>().map(china_time).unwrap_or_default();
            t!(lang, "mediation-event-scheduled", when = when, place = place.to_owned())
        }
        MediationEvent::Outcome => {
            let outcome = domain::mediator::Outcome::parse(&detail).map(|o| outcome_text(lang, o)).unwrap_or_default();
            t!(lang, "mediation-event-outcome", outcome = outcome)
        }
        MediationEvent::Rated => match e.party {
            Some(Party::B) => t!(lang, "mediation-event-rated-b"),
            _ => t!(lang, "mediation-event-rated-a"),
        },
    }
}

#[component]
pub(crate) fn MediationTimeline(lang: Lang, entries: Vec<MediationEntry>) -> impl IntoView {
    view! {
        <h2>{t!(lang, "track-timeline")}</h2>
        <ol class="timeline">
            {entries
                .into_iter()
                .map(|e| {
                    view! {
                        <li class=format!("event event-{}", e.kind.as_str())>
                            <time>{china_time(e.at)}</time>
                            <span class="what">{event_text(lang, &e)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// `/{lang}/invite/{no}/{token}`: the other side of the dispute opens the
/// link they were sent, sees the dispute type and the first side's picks
/// (never their phone or words), and answers once.
#[component]
pub fn InvitePage() -> impl IntoView {
    let lang = use_lang();
    let (no, token) =
        use_params_map().with_untracked(|p| (p.get("no").unwrap_or_default(), p.get("token").unwrap_or_default()));
    let (done, error) = use_query_map().with_untracked(|q| (q.get("done"), q.get("error")));
    let case = {
        let (no, token) = (no.clone(), token.clone());
        Resource::new(|| (), move |_| load_invited(no.clone(), token.clone(), lang))
    };
    view! {
        <Title text=t!(lang, "invite-title") />
        <Meta name="robots" content="noindex" />
        <h1>{t!(lang, "invite-heading")}</h1>
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {
                let (token, done, error) = (token.clone(), done.clone(), error.clone());
                move || {
                    let (token, done, error) = (token.clone(), done.clone(), error.clone());
                    Suspend::new(async move {
                        match case.await {
                            Some((view, board)) => {
                                let answering = !view.b_answered
                                    && matches!(view.status, MediationStatus::Invited | MediationStatus::Dispatch);
                                let key = SideKey { field: "t", value: token.clone() };
                                view! {
                                    <p>{t!(lang, "invite-intro")}</p>
                                    {answering.then(|| view! { <AnswerForm lang view=view.clone() token=token.clone() error=error.clone() board=board.clone() /> })}
                                    <MediationCase view key new=false done error=error.filter(|_| !answering) />
                                }
                                    .into_any()
                            }
                            None => {
                                #[cfg(feature = "ssr")]
                                if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                                    r.set_status(http::StatusCode::NOT_FOUND);
                                }
                                view! { <p class="error" role="alert">{t!(lang, "error-invite-not-found")}</p> }.into_any()
                            }
                        }
                    })
                }
            }
        </Suspense>
    }
}

/// B's view, and the whole board for B's own picks and recusals.
async fn load_invited(no: String, token: String, lang: Lang) -> Option<(MediationView, Vec<MediatorCard>)> {
    #[cfg(feature = "ssr")]
    {
        let store = super::store()?;
        let view = store.invited(&no, &token, lang).await?;
        let board = store.board(&domain::mediator::DirectoryFilter::default(), lang).await;
        Some((view, board))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (no, token, lang);
        None
    }
}

/// B's one answer: accept one of A's picks, name their own, or leave the
/// choice to the office; and mark anyone related to a side.
#[component]
fn AnswerForm(
    lang: Lang,
    view: MediationView,
    token: String,
    error: Option<String>,
    board: Vec<MediatorCard>,
) -> impl IntoView {
    let action = paths::invite(lang, &view.tracking_no, &token);
    let error_text = error
        .filter(|e| e.starts_with("error-") || e.starts_with("mediation-error-") || e.starts_with("appeal-error-"))
        .map(|id| crate::i18n::loader(lang).get(&id));
    view! {
        {error_text.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <form class="appeal-form answer-form" method="post" action=action>
            <fieldset>
                <legend>{t!(lang, "invite-their-picks")}</legend>
                {view
                    .a_picks
                    .iter()
                    .map(|card| {
                        view! {
                            <div class="answer-choice">
                                <MediatorCardView lang card=card.clone() link=paths::mediator(lang, &card.id) />
                                <label class="pick">
                                    <input type="radio" name="choice" value=format!("accept:{}", card.id) required />
                                    " " {t!(lang, "invite-accept", name = card.name.clone())}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
                <label class="pick">
                    <input type="radio" name="choice" value="own" required />
                    " " {t!(lang, "invite-own", max = MAX_PICKS)}
                </label>
                <label class="pick">
                    <input type="radio" name="choice" value="decline" required />
                    " " {t!(lang, "invite-decline")}
                </label>
            </fieldset>
            <details class="own-picks">
                <summary>{t!(lang, "invite-own-list")}</summary>
                <p class="hint">{t!(lang, "mediation-mediators-hint", max = MAX_PICKS)}</p>
                <ul class="mediator-choices">
                    {board
                        .into_iter()
                        .map(|card| {
                            let id = card.id.clone();
                            let name = card.name.clone();
                            view! {
                                <li>
                                    <MediatorCardView lang card />
                                    <label class="pick">
                                        <input type="checkbox" name="picks" value=id.clone() />
                                        " " {t!(lang, "mediation-pick", name = name.clone())}
                                    </label>
                                    <label class="recuse">
                                        <input type="checkbox" name="recused" value=id />
                                        " " {t!(lang, "mediation-recuse", name = name)}
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <label for="phone">{t!(lang, "appeal-phone")}</label>
            <p class="hint" id="phone-hint">{t!(lang, "mediation-phone-hint")}</p>
            <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" aria-describedby="phone-hint" />
            <label class="consent">
                <input type="checkbox" name="consent" value="yes" required />
                <span>
                    {t!(lang, "mediation-consent")}
                    " "
                    <a href=paths::privacy(lang)>{t!(lang, "appeal-privacy-link")}</a>
                </span>
            </label>
            <button type="submit" class="button submit">{t!(lang, "invite-send")}</button>
        </form>
    }
}
