//! The appeal pages' plain HTML forms: they post here, work without any
//! script, and answer with a redirect (Post/Redirect/Get) or, for a form
//! with problems, the same page again with the problems marked.

use super::{
    api::{authorise, multipart_error},
    AppealError,
};
use crate::{
    case::now,
    edge::{ClientAddr, PageLang},
    error::ApiError,
    pages, AppState,
};
use app::appeal::{AppealFormEcho, AppealStore};
use axum::{
    extract::{multipart::MultipartRejection, Multipart, Path, Query, State},
    http::{header, HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use domain::{
    appeal::{NewAppeal, SameProblem, MAX_PHOTOS},
    form::{problem, Field},
    paths, Lang,
};
use serde::Deserialize;

impl AppealStore for AppState {
    fn options(&self, lang: Lang) -> domain::appeal::AppealOptions {
        self.appeals.options(lang)
    }

    fn new_form_key(&self) -> String {
        // 128 random bits: no two forms share a key.
        format!("form-{}", &crate::case::codes::new_secret()[..32])
    }

    fn same_problem<'a>(
        &'a self,
        lang: Lang,
        village: &'a str,
        category: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = SameProblem> + Send + 'a>> {
        Box::pin(async move {
            // A database hiccup costs the notice, not the form.
            self.appeals.same_problem(village, category, lang, now()).await.ok().flatten().unwrap_or_default()
        })
    }
}

/// The form's fields. Photos are stored as they arrive, at most
/// `MAX_PHOTOS`: at a fourth the reading stops (`true`), so one form cannot
/// write more files than an appeal may have.
async fn read_form(state: &AppState, lang: Lang, mut multipart: Multipart) -> Result<(NewAppeal, bool), ApiError> {
    let mut new = NewAppeal { lang, ..Default::default() };
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or("").to_owned();
        let is_photo = name == "photo" || name == "photos";
        if is_photo && new.photos.len() == MAX_PHOTOS {
            return Ok((new, true));
        }
        if name == "photo" {
            let bytes = field.bytes().await.map_err(multipart_error)?;
            if !bytes.is_empty() {
                new.photos.push(state.photos.store(&bytes, now()).await?);
            }
            continue;
        }
        let value = field.text().await.map_err(multipart_error)?;
        let optional = |v: String| (!v.trim().is_empty()).then_some(v);
        match name.as_str() {
            "idempotency_key" => new.idempotency_key = value,
            "category" => new.category = value,
            "village" => new.village = value,
            "description" => new.description = value,
            "phone" => new.phone = optional(value),
            "name" => new.name = optional(value),
            "photos" if !value.is_empty() => new.photos.push(value),
            "join" => new.join = Some(value == "yes"),
            _ => {}
        }
    }
    Ok((new, false))
}

/// `POST /{lang}/appeal` (multipart: the text fields, photo ids uploaded
/// by the page's script, or the photo files themselves when it did not run).
pub async fn submit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let multipart = match multipart {
        Ok(multipart) => multipart,
        Err(e) => return ApiError::BadRequest(e.body_text()).into_response(),
    };
    let (new, too_many) = match read_form(&state, lang, multipart).await {
        Ok(read) => read,
        Err(e) => return e.into_response(),
    };
    let created = if too_many {
        let mut problems = new.problems();
        problems.push(problem(Field::Photos, "appeal-error-photos"));
        Err(AppealError::Invalid(problems))
    } else if new.join.is_none() && new.problems().is_empty() && same_problem_open(&state, &new).await {
        // Open reports of the same problem appeared since the form was drawn
        // (or the page's script did not run): ask before sending.
        Err(AppealError::Invalid(vec![problem(Field::Join, "appeal-same-choose")]))
    } else {
        state.appeals.create(&new, now()).await
    };
    match created {
        Ok((receipt, _)) => {
            Redirect::to(&paths::track_with(lang, &receipt.tracking_no, &receipt.access_code, &[("new", "1")]))
                .into_response()
        }
        Err(AppealError::Invalid(problems)) => {
            // The same page again, with what was typed and what to fix.
            let echo = AppealFormEcho { values: new, problems };
            pages::again(&state, uri, headers, StatusCode::UNPROCESSABLE_ENTITY, move || {
                leptos::prelude::provide_context(echo.clone())
            })
            .await
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize)]
pub struct SameProblemQuery {
    #[serde(default)]
    village: String,
    #[serde(default)]
    category: String,
}

/// `GET /{lang}/appeal/same?village=...&category=...`: the form's notice
/// alone, as the server draws it in the page, for the page's script to put
/// in place when the resident changes the choice (empty when nothing is
/// open).
pub async fn same_problem_notice(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<SameProblemQuery>,
) -> Result<Response, ApiError> {
    use leptos::prelude::{Owner, RenderHtml};
    let Some(found) = state.appeals.same_problem(&q.village, &q.category, lang, now()).await? else {
        return Err(ApiError::Invalid(vec![problem(Field::Village, "appeal-error-village")]));
    };
    let html = Owner::new().with(|| {
        app::appeal::SameProblemNotice(app::appeal::SameProblemNoticeProps { lang, found, ask: false }).to_html()
    });
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], html)
        .into_response())
}

async fn same_problem_open(state: &AppState, new: &NewAppeal) -> bool {
    let found = state.appeals.same_problem(&new.village, &new.category, new.lang, now()).await;
    found.ok().flatten().is_some_and(|same| same.count > 0)
}

#[derive(Deserialize)]
pub struct ResidentForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    stars: Option<u8>,
}

/// `POST /{lang}/track/{no}/{info|rating|reopen}`: back to the appeal
/// with a note of what happened.
pub async fn resident_action(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    client: ClientAddr,
    Path((_, no, action)): Path<(String, String, String)>,
    Form(form): Form<ResidentForm>,
) -> Result<Redirect, ApiError> {
    let result = async {
        let no = authorise(&state, client, &no, &form.code).await?;
        match action.as_str() {
            "info" => state.appeals.add_info(&no, &form.text, now()).await,
            "rating" => state.appeals.rate(&no, form.stars.unwrap_or(0), &form.text, now()).await,
            "reopen" => state.appeals.reopen(&no, &form.text, now()).await,
            _ => Err(AppealError::NotNow),
        }
    };
    let note = match result.await {
        Ok(()) => ("done", action.as_str()),
        Err(AppealError::Database(e)) => return Err(ApiError::Database(e)),
        Err(e) => ("error", ApiError::from(e).message_id()),
    };
    Ok(Redirect::to(&paths::track_with(lang, &no, &form.code, &[note])))
}
