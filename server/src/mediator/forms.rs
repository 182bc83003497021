//! The mediation pages' plain HTML forms, and what those pages read. Each
//! form posts here, works without any script, and answers with a redirect
//! (Post/Redirect/Get), or with the same page again when a request has
//! problems, everything typed still in place.

use super::{api, cases::MediationError};
use crate::{
    case::now,
    edge::{ClientAddr, PageLang},
    error::ApiError,
    pages, track, AppState,
};
use app::mediator::{BoxFuture, MediationFormEcho, MediatorStore};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    appeal::Choice,
    mediator::{DirectoryFilter, MediationAnswer, MediationView, MediatorCard, MediatorProfile, NewMediation, Party},
    paths, Lang,
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
            let no = track::authorise_invite(self, ClientAddr::of_page(self), no, token).await.ok()?;
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
    PageLang(lang): PageLang,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
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
            Redirect::to(&paths::track_with(lang, &receipt.tracking_no, &receipt.access_code, &[("new", "1")]))
                .into_response()
        }
        Err(MediationError::Invalid(problems)) => {
            let echo = MediationFormEcho { values: new, assign, problems };
            pages::again(&state, uri, headers, StatusCode::UNPROCESSABLE_ENTITY, move || {
                leptos::prelude::provide_context(echo.clone())
            })
            .await
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /{lang}/invite/{no}/{token}`: the other side's answer; back to the
/// invitation page with what happened.
pub async fn answer(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    client: ClientAddr,
    Path((_, no, token)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Redirect, ApiError> {
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
    let result = async {
        let no = track::authorise_invite(&state, client, &no, &token).await?;
        state.mediations.answer(&no, &answer, now()).await
    };
    let error = match result.await {
        Ok(()) => return Ok(Redirect::to(&paths::invite_with(lang, &no, &token, &[("done", "answer")]))),
        Err(e @ (MediationError::NotFound | MediationError::Database(_))) => return Err(e.into()),
        // The first problem is the one to fix first (the page shows one line).
        Err(MediationError::Invalid(problems)) => {
            problems.first().map_or("error-invalid".to_owned(), |p| p.message_id.clone())
        }
        Err(e) => ApiError::from(e).message_id().to_owned(),
    };
    Ok(Redirect::to(&paths::invite_with(lang, &no, &token, &[("error", &error)])))
}

/// `POST /{lang}/mediation/{no}/{dispatch|rating}` with `code` (A) or `t`
/// (B): back to the side's own page.
pub async fn side_action(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    client: ClientAddr,
    Path((_, no, action)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Redirect, ApiError> {
    let form = pairs(&body);
    let (code, token) = (value(&form, "code"), value(&form, "t"));
    let result = async {
        let (no, party) = api::who(&state, client, &no, Some(&code), Some(&token)).await?;
        match action.as_str() {
            "dispatch" if party == Party::A => state.mediations.dispatch_now(&no, now()).await,
            "rating" => {
                let stars = value(&form, "stars").parse().unwrap_or(0);
                state.mediations.rate(&no, party, stars, &value(&form, "text"), now()).await
            }
            _ => Err(MediationError::NotNow),
        }
    };
    let note = match result.await {
        Ok(()) => ("done", action.as_str()),
        Err(e @ (MediationError::NotFound | MediationError::Database(_))) => return Err(e.into()),
        Err(e) => ("error", ApiError::from(e).message_id()),
    };
    // Back to the side's own page.
    Ok(Redirect::to(&if code.is_empty() {
        paths::invite_with(lang, &no, &token, &[note])
    } else {
        paths::track_with(lang, &no, &code, &[note])
    }))
}
