//! The volunteer pages' plain forms, for every phone: applying on
//! `/{lang}/volunteer`, and a volunteer police signing up for a shift on
//! their own page.

use super::VolunteerError;
use crate::{
    case::now,
    edge::{ClientAddr, PageLang},
    error::ApiError,
    pages, track, AppState,
};
use app::volunteer::VolunteerFormEcho;
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use domain::{paths, volunteer::NewVolunteer};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ApplyForm {
    #[serde(default)]
    village: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    idempotency_key: String,
}

/// `POST /{lang}/volunteer`: stored, then the application's own page; or
/// the form again with what was typed and what to fix (422).
pub async fn apply(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
    headers: HeaderMap,
    Form(form): Form<ApplyForm>,
) -> Response {
    let new = NewVolunteer {
        lang,
        village: form.village,
        team: form.team,
        name: form.name,
        phone: form.phone,
        idempotency_key: form.idempotency_key,
    };
    match state.volunteers.apply(&new, now()).await {
        Ok((receipt, _)) => {
            Redirect::to(&paths::volunteer_status(lang, &receipt.application_no, &receipt.access_code, &[("new", "1")]))
                .into_response()
        }
        Err(VolunteerError::Invalid(problems)) => {
            let echo = VolunteerFormEcho { values: new, problems };
            pages::again(&state, uri, headers, StatusCode::UNPROCESSABLE_ENTITY, move || {
                leptos::prelude::provide_context(echo.clone())
            })
            .await
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    shift: String,
}

/// `POST /{lang}/volunteer/{no}/signup`: back to the volunteer's page.
pub async fn sign_up(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    client: ClientAddr,
    Path((_, no)): Path<(String, String)>,
    Form(form): Form<SignUpForm>,
) -> Result<Redirect, ApiError> {
    let result = async {
        let no = track::authorise_volunteer(&state, client, &no, &form.code).await?;
        state.volunteers.sign_up(&no, &form.shift, now()).await
    };
    let note = match result.await {
        Ok(()) => ("done", "signup"),
        Err(VolunteerError::Database(e)) => return Err(ApiError::Database(e)),
        Err(VolunteerError::Busy(retry_after)) => return Err(ApiError::TooMany { retry_after }),
        Err(e) => ("error", ApiError::from(e).message_id()),
    };
    Ok(Redirect::to(&paths::volunteer_status(lang, &no, &form.code, &[note])))
}
