//! The language of a request, by one policy: the route's `{lang}` path
//! segment, then the `?lang=` query parameter, then Chinese. An unknown
//! language is refused: 422 (localized, in Chinese) on the API, the 404 page
//! on pages. A JSON body that states its `lang` is answered in it
//! (`ApiError::in_lang`).

use crate::{error::ApiError, AppState};
use axum::{
    body::Body,
    extract::{FromRequestParts, RawPathParams},
    http::{request::Parts, Request, Uri},
    response::Response,
};
use domain::Lang;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// `Some(Err)` for a language named but unknown; `None` when none is named.
fn named(path_lang: Option<&str>, uri: &Uri) -> Option<Result<Lang, ApiError>> {
    let text = path_lang.map(str::to_owned).or_else(|| query_lang(uri))?;
    (!text.is_empty()).then(|| text.parse().map_err(|_| ApiError::UnknownLang))
}

fn query_lang(uri: &Uri) -> Option<String> {
    let query = uri.query()?;
    form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned())
}

async fn path_lang(parts: &mut Parts) -> Option<String> {
    let params = RawPathParams::from_request_parts(parts, &()).await.ok()?;
    params.iter().find(|(name, _)| *name == "lang").map(|(_, value)| value.to_owned())
}

/// The language for an answer written outside any route (an error body, a
/// rate limit): the same policy, where an unknown language means Chinese.
/// Without the route, a first path segment that names a language counts.
pub fn of_request(uri: &Uri) -> Lang {
    let first = uri.path().trim_start_matches('/').split('/').next().and_then(|s| s.parse().ok());
    first.or_else(|| query_lang(uri).and_then(|l| l.parse().ok())).unwrap_or_default()
}

/// The language a JSON body states in an optional `lang` field: Chinese
/// when it states none, refused when it is not one of ours.
pub fn stated(lang: Option<&str>) -> Result<Lang, ApiError> {
    match lang.filter(|l| !l.is_empty()) {
        None => Ok(Lang::Zh),
        Some(l) => l.parse().map_err(|_| ApiError::UnknownLang),
    }
}

/// The `?lang=` parameter, as the API document shows it (`ApiLang` reads it).
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// The language of names and messages in the answer; Chinese when absent.
    pub lang: Option<Lang>,
}

/// The request's language on the API.
#[derive(Clone, Copy, Debug)]
pub struct ApiLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for ApiLang {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let path = path_lang(parts).await;
        Ok(ApiLang(named(path.as_deref(), &parts.uri).transpose()?.unwrap_or_default()))
    }
}

/// The request's language on a page; an unknown one gets the 404 page.
#[derive(Clone, Copy, Debug)]
pub struct PageLang(pub Lang);

impl FromRequestParts<AppState> for PageLang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let path = path_lang(parts).await;
        match named(path.as_deref(), &parts.uri) {
            None => Ok(PageLang(Lang::Zh)),
            Some(Ok(lang)) => Ok(PageLang(lang)),
            Some(Err(_)) => {
                // The app draws its own 404 page for an unknown language.
                let mut request = Request::get(parts.uri.clone()).body(Body::empty()).unwrap_or_default();
                *request.headers_mut() = parts.headers.clone();
                Err(crate::pages::render_with(state, request, || {}).await)
            }
        }
    }
}

/// The best of the portal's languages for an `Accept-Language` header;
/// Chinese when none of them is asked for. fluent-langneg matches the tags
/// (`bo-CN`, `zh-Hans-CN` …) but takes them in the order written, so they
/// are put in order of their `q` first; `q=0` means "not this one".
pub fn negotiate(accept_language: &str) -> Lang {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = accept_language
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim().parse().ok()?;
            let q = parts.find_map(|p| p.trim().strip_prefix("q=")?.parse().ok()).unwrap_or(1.0);
            (q > 0.0).then_some((q, tag))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let requested: Vec<LanguageIdentifier> = weighted.into_iter().map(|(_, tag)| tag).collect();
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().filter_map(|l| l.slug().parse().ok()).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen.first().and_then(|l| l.language.as_str().parse().ok()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_negotiated() {
        assert_eq!(negotiate(""), Lang::Zh);
        assert_eq!(negotiate("en-US,en;q=0.9"), Lang::Zh);
        assert_eq!(negotiate("bo-CN,zh;q=0.8"), Lang::Bo);
        assert_eq!(negotiate("zh-CN,ii;q=0.5"), Lang::Zh);
        assert_eq!(negotiate("zh;q=0.3,ii-CN;q=0.9"), Lang::Ii);
        assert_eq!(negotiate("ii;q=0"), Lang::Zh);
    }

    #[test]
    fn outside_a_route_the_first_segment_then_the_query_names_the_language() {
        assert_eq!(of_request(&"/bo/track/X?lang=ii".parse().unwrap()), Lang::Bo);
        assert_eq!(of_request(&"/api/chat?lang=ii".parse().unwrap()), Lang::Ii);
        assert_eq!(of_request(&"/api/chat?lang=fr".parse().unwrap()), Lang::Zh);
        assert_eq!(of_request(&"/staff".parse().unwrap()), Lang::Zh);
    }
}
