//! The mediation pages' plain HTML forms, and what those pages read. Each
//! form posts here, works without any script, and answers with a redirect
//! (Post/Redirect/Get), or with the same page again when a request has
//! problems, everything typed still in place.

use super::{api, cases::MediationError};
use crate::{appeal::desk::now, error::ApiError, pages, track, AppState};
use app::mediator::{BoxFuture, MediationFormEcho, MediatorStore};
use axum::{
    body::{Body, Bytes},
    extract::{Path, Request, State},
    http::{HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    appeal::Choice,
    mediator::{DirectoryFilter, MediationAnswer, MediationView, MediatorCard, MediatorProfile, NewMediation, Party},
    Lang,
};

impl MediatorStore for AppState {
    fn board<'a>(&'a self, filter: &'a DirectoryFilter, lang: Lang) -> BoxFuture<'a, Vec<MediatorCard>> {
        Box::pin(async move { api::board(self, filter, lang).await.unwrap_or_default() })
    }

    fn profile<'a>(&'a self, id: &'a str, lang: Lang) -> BoxFuture<'a, Option<MediatorProfile>> {
        Box::pin(async move {
            let directory = &self.mediations.directory;
            let entry = directory.get(id)?;
            let records = self.mediations.records().await.ok()?;
            Some(directory.profile(entry, lang, records.get(id).copied().unwrap_or_default()))
        })
    }

    fn townships(&self, lang: Lang) -> Vec<Choice> {
        self.appeals
            .options(lang)
            .townships
            .into_iter()
            .map(|t| Choice { id: t.id, name: t.name, icon: String::new() })
            .collect()
    }

    fn invited<'a>(&'a self, no: &'a str, token: &'a str, lang: Lang) -> BoxFuture<'a, Option<MediationView>> {
        Box::pin(async move {
            let no = track::authorise_invite(self, no, token).await.ok()?;
            self.mediations.view(&no, Party::B, lang, now()).await.ok()
        })
    }
}

/// A urlencoded body as name/value pairs, repeated names kept (checkbox lists).
fn pairs(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn values(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs.iter().filter(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v.clone()).collect()
}

fn value(pairs: &[(String, String)], name: &str) -> String {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn optional(v: String) -> Option<String> {
    (!v.trim().is_empty()).then_some(v)
}

/// `POST /{lang}/mediation`: the first side's request.
pub async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else { return StatusCode::NOT_FOUND.into_response() };
    let form = pairs(&body);
    let assign = value(&form, "mode") == "assign";
    let new = NewMediation {
        lang,
        dispute_type: value(&form, "dispute_type"),
        village: value(&form, "village"),
        description: value(&form, "description"),
        phone: optional(value(&form, "phone")),
        // "Let the office assign": no picks; recusals still count.
        picks: if assign { Vec::new() } else { values(&form, "picks") },
        recused: values(&form, "recused"),
        idempotency_key: value(&form, "idempotency_key"),
    };
    match state.mediations.create(&new, now()).await {
        Ok((receipt, _)) => {
            let to = format!("/{}/track/{}?code={}&new=1", lang.slug(), receipt.tracking_no, receipt.access_code);
            Redirect::to(&to).into_response()
        }
        Err(MediationError::Invalid(problems)) => {
            let echo = MediationFormEcho { values: new, assign, problems };
            let mut request = Request::get(uri).body(Body::empty()).unwrap_or_default();
            *request.headers_mut() = headers;
            let mut page =
                pages::render_with(&state, request, move || leptos::prelude::provide_context(echo.clone())).await;
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            page
        }
        Err(e) => ApiError::from(e).into_response_in(lang),
    }
}

/// `POST /{lang}/invite/{no}/{token}`: the other side's answer; back to the
/// invitation page with what happened.
pub async fn answer(
    State(state): State<AppState>,
    Path((lang, no, token)): Path<(String, String, String)>,
    body: Bytes,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else { return StatusCode::NOT_FOUND.into_response() };
    let form = pairs(&body);
    let choice = value(&form, "choice");
    let own = choice == "own";
    let answer = MediationAnswer {
        lang,
        invite_token: token.clone(),
        accept: choice.strip_prefix("accept:").map(str::to_owned),
        // Own picks count only when the side chose to name their own.
        picks: if own { values(&form, "picks") } else { Vec::new() },
        recused: values(&form, "recused"),
        decline: choice == "decline",
        phone: optional(value(&form, "phone")),
    };
    let back = format!("/{}/invite/{}/{}", lang.slug(), no, token);
    let result = async {
        let no = track::authorise_invite(&state, &no, &token).await?;
        state.mediations.answer(&no, &answer, now()).await
    };
    match result.await {
        Ok(()) => Redirect::to(&format!("{back}?done=answer")).into_response(),
        Err(MediationError::NotFound) => ApiError::MediationNotFound.into_response_in(lang),
        Err(MediationError::Database(e)) => ApiError::Unavailable(e.to_string()).into_response_in(lang),
        Err(MediationError::Invalid(problems)) => {
            // The first problem is the one to fix first (the page shows one line).
            let id = problems.first().map_or("error-invalid".to_owned(), |p| p.message_id.clone());
            Redirect::to(&format!("{back}?error={id}")).into_response()
        }
        Err(e) => Redirect::to(&format!("{back}?error={}", ApiError::from(e).message_id())).into_response(),
    }
}

/// `POST /{lang}/mediation/{no}/{dispatch|rating}` with `code` (A) or `t`
/// (B): back to the side's own page.
pub async fn side_action(
    State(state): State<AppState>,
    Path((lang, no, action)): Path<(String, String, String)>,
    body: Bytes,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else { return StatusCode::NOT_FOUND.into_response() };
    let form = pairs(&body);
    let (code, token) = (value(&form, "code"), value(&form, "t"));
    let back = if code.is_empty() {
        format!("/{}/invite/{}/{}", lang.slug(), no, token)
    } else {
        format!("/{}/track/{}?code={}", lang.slug(), no, app::encode_query(&code))
    };
    let join = if back.contains('?') { '&' } else { '?' };
    let result = async {
        let (no, party) = api::who(&state, &no, Some(&code), Some(&token)).await?;
        match action.as_str() {
            "dispatch" if party == Party::A => state.mediations.dispatch_now(&no, now()).await,
            "rating" => {
                let stars = value(&form, "stars").parse().unwrap_or(0);
                state.mediations.rate(&no, party, stars, &value(&form, "text"), now()).await
            }
            _ => Err(MediationError::NotNow),
        }
    };
    match result.await {
        Ok(()) => Redirect::to(&format!("{back}{join}done={action}")).into_response(),
        Err(MediationError::NotFound) => ApiError::MediationNotFound.into_response_in(lang),
        Err(MediationError::Database(e)) => ApiError::Unavailable(e.to_string()).into_response_in(lang),
        Err(e) => Redirect::to(&format!("{back}{join}error={}", ApiError::from(e).message_id())).into_response(),
    }
}
