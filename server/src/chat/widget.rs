//! `/widget?lang=bo`: the chat widget's page, opened in an iframe by
//! `public/widget.js`. `GET` draws it empty; `POST` is its plain form (no
//! wasm) and draws the conversation with the new answer.

use super::api::answer;
use crate::{
    edge::{ClientAddr, PageLang},
    error::ApiError,
    pages, AppState,
};
use app::chat::{Exchange, WidgetText};
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    Form,
};
use domain::{
    chat::{ChatReply, ChatRequest, ChatTurn, Intent, Speaker, MAX_HISTORY},
    Lang,
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Message {
    #[serde(default)]
    message: String,
    /// The earlier turns as JSON, written by the page itself.
    #[serde(default)]
    history: String,
    /// The server's seal over `history`: turns another site made up are
    /// never shown as the assistant's words.
    #[serde(default)]
    seal: String,
}

/// What the seal over the chat's earlier turns is for.
const HISTORY: &str = "chat-history";

pub fn text(lang: Lang) -> WidgetText {
    let say = |id: &str| app::i18n::loader(lang).get(id);
    WidgetText {
        title: say("chat-title"),
        intro: say("chat-intro"),
        label: say("chat-label"),
        send: say("chat-send"),
        sending: say("chat-sending"),
        sources: say("chat-sources"),
        privacy: say("chat-privacy"),
        network_error: say("chat-error-network"),
        empty_error: say("chat-error-empty"),
        too_long_error: say("chat-error-too-long"),
        flag: app::chat::FlagText {
            open: say("feedback-open"),
            unclear: say("feedback-unclear"),
            wrong: say("feedback-wrong"),
            other: say("feedback-other"),
            send: say("feedback-send"),
            thanks: say("feedback-thanks"),
        },
    }
}

pub async fn show(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    render(&state, lang, Vec::new(), None, StatusCode::OK).await
}

pub async fn send(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    client: ClientAddr,
    Form(form): Form<Message>,
) -> Response {
    let sealed = state.secret.is_sealed(HISTORY, &form.history, &form.seal);
    let history: Vec<ChatTurn> =
        if sealed { serde_json::from_str(&form.history).unwrap_or_default() } else { Vec::new() };
    let history: Vec<ChatTurn> = history.into_iter().rev().take(MAX_HISTORY).rev().collect();
    let mut exchanges = earlier(&history);
    let request = ChatRequest { lang, message: form.message, history };
    match answer(&state, client, &request).await {
        Ok(reply) => {
            exchanges.push(Exchange { question: request.message.trim().to_owned(), reply });
            render(&state, lang, exchanges, None, StatusCode::OK).await
        }
        Err(e) => {
            // The conversation is drawn again with the error in it; the
            // error's own response logs it and carries the status.
            let message = app::i18n::loader(lang).get(e.message_id());
            let status = e.into_response().status();
            render(&state, lang, exchanges, Some(message), status).await
        }
    }
}

/// Earlier turns, redrawn as text (their links were on the earlier page).
fn earlier(history: &[ChatTurn]) -> Vec<Exchange> {
    history
        .windows(2)
        .filter(|w| w[0].role == Speaker::User && w[1].role == Speaker::Assistant)
        .map(|w| Exchange {
            question: w[0].text.clone(),
            reply: ChatReply {
                answer: w[1].text.clone(),
                sources: Vec::new(),
                actions: Vec::new(),
                emergency: false,
                intent: Intent::Guide,
            },
        })
        .collect()
}

async fn render(
    state: &AppState,
    lang: Lang,
    exchanges: Vec<Exchange>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let assets = state.assets.clone();
    let ancestors = state.config.widget_ancestors.clone();
    let history = serde_json::to_string(&app::chat::history(&exchanges)).unwrap_or_default();
    let seal = state.secret.seal(HISTORY, &history);
    let text = text(lang);
    let context = move || pages::set_content_security_policy(&ancestors);
    let handler = leptos_axum::render_app_async_with_context(context, move || {
        app::shell::widget_shell(assets.clone(), lang, text.clone(), exchanges.clone(), seal.clone(), error.clone())
    });
    let request = axum::http::Request::builder().uri("/widget").body(axum::body::Body::empty());
    let Ok(request) = request else { return ApiError::NotFound.into_response() };
    let mut response = handler(request).await.into_response();
    *response.status_mut() = status;
    response
}

/// The loader with each language's button text filled in from Fluent.
static LOADER: std::sync::LazyLock<(String, String)> = std::sync::LazyLock::new(|| {
    let labels: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|&lang| {
            let say = |id: &str| serde_json::Value::String(app::i18n::loader(lang).get(id));
            (lang.slug().to_owned(), serde_json::json!({ "open": say("widget-open"), "close": say("widget-close") }))
        })
        .collect();
    let template = include_str!("../../../public/widget.js");
    let (head, rest) = template.split_once("/*LABELS*/").expect("widget.js marks where the labels go");
    let rest = &rest[rest.find(';').expect("the labels end with ;")..];
    let body = format!("{head}{}{rest}", serde_json::Value::Object(labels));
    use sha2::Digest;
    let etag = format!("\"{}\"", hex::encode(&sha2::Sha256::digest(body.as_bytes())[..12]));
    (body, etag)
});

/// `GET /widget.js`: small, revalidated (a new release shows at once), and
/// answered with 304 when the phone already has it.
pub async fn loader(headers: axum::http::HeaderMap) -> Response {
    use axum::http::{header, HeaderValue};
    let (body, etag) = &*LOADER;
    let fresh = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v == etag);
    let mut response = if fresh { StatusCode::NOT_MODIFIED.into_response() } else { body.clone().into_response() };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // Any page may load the loader (it is what embedding means).
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    if let Ok(v) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, v);
    }
    response
}
