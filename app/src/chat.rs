//! The chat widget (`/widget?lang=bo`), shown in an iframe that the loader
//! `public/widget.js` opens on any page. The server renders the whole
//! conversation, so the plain form works without the wasm; with it, the
//! island sends each message to `/api/chat` and adds the answer in place.
//!
//! This module is the only one in the widget's own bundle (feature
//! `widget`), which is why its text arrives as props ([`WidgetText`],
//! filled from Fluent by the server) instead of from `t!`.

use domain::{
    chat::{ActionKind, ChatReply, ChatTurn, Speaker},
    paths, Lang,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Every string the widget shows, in the reader's language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WidgetText {
    pub title: String,
    pub intro: String,
    pub label: String,
    pub send: String,
    pub sending: String,
    pub sources: String,
    pub privacy: String,
    pub network_error: String,
    pub empty_error: String,
    pub too_long_error: String,
    /// The "hard to understand / wrong" control under each answer.
    pub flag: FlagText,
}

/// The words of the control under an answer, from `feedback-*`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FlagText {
    pub open: String,
    pub unclear: String,
    pub wrong: String,
    pub other: String,
    pub send: String,
    pub thanks: String,
}

/// One question and its answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    pub question: String,
    pub reply: ChatReply,
}

/// The turns the server gets back with the next message (both the island
/// and the plain form send them), newest last.
pub fn history(exchanges: &[Exchange]) -> Vec<ChatTurn> {
    let keep = domain::chat::MAX_HISTORY / 2;
    exchanges
        .iter()
        .skip(exchanges.len().saturating_sub(keep))
        .flat_map(|e| {
            [
                ChatTurn { role: Speaker::User, text: e.question.clone() },
                ChatTurn { role: Speaker::Assistant, text: e.reply.answer.clone() },
            ]
        })
        .collect()
}

/// The page inside the iframe: a heading and the conversation.
#[component]
pub fn WidgetPage(
    lang: Lang,
    text: WidgetText,
    exchanges: Vec<Exchange>,
    /// The server's seal over the earlier turns, sent back with them.
    seal: String,
    error: Option<String>,
) -> impl IntoView {
    view! {
        <main class="widget" id="main">
            <h1 class="widget-title">{text.title.clone()}</h1>
            <ChatBox lang text exchanges seal error />
        </main>
    }
}

#[island]
fn ChatBox(
    lang: Lang,
    text: WidgetText,
    exchanges: Vec<Exchange>,
    seal: String,
    error: Option<String>,
) -> impl IntoView {
    let exchanges = RwSignal::new(exchanges);
    let error = RwSignal::new(error);
    let sending = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let history_json = move || serde_json::to_string(&history(&exchanges.read())).unwrap_or_default();
    let text = StoredValue::new(text);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let question = message.get_untracked().trim().to_owned();
        if question.is_empty() {
            error.set(Some(text.read_value().empty_error.clone()));
            return;
        }
        if question.chars().count() > domain::chat::MAX_MESSAGE_CHARS {
            error.set(Some(text.read_value().too_long_error.clone()));
            return;
        }
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        error.set(None);
        let history = history(&exchanges.read_untracked());
        send::ask(lang, question, history, move |result| {
            sending.set(false);
            match result {
                Ok(exchange) => {
                    exchanges.update(|e| e.push(exchange));
                    message.set(String::new());
                    send::scroll_to_end();
                }
                Err(Some(server_message)) => error.set(Some(server_message)),
                Err(None) => error.set(Some(text.read_value().network_error.clone())),
            }
        });
    };
    view! {
        <div class="chat-log" aria-live="polite">
            <p class="chat-bot">{text.read_value().intro.clone()}</p>
            <For each=move || exchanges.get().into_iter().enumerate() key=|(i, _)| *i let:((_, exchange))>
                <ExchangeView lang exchange sources=text.read_value().sources.clone() flag=text.read_value().flag.clone() />
            </For>
        </div>
        <form class="chat-form" method="post" action=paths::widget(lang) on:submit=on_submit>
            // An attribute, not a property: the page drawn by the server
            // carries the earlier turns, with the seal over them.
            <input type="hidden" name="history" value=history_json />
            <input type="hidden" name="seal" value=seal />
            <label for="chat-message">{text.read_value().label.clone()}</label>
            <textarea
                id="chat-message"
                name="message"
                rows="2"
                maxlength=domain::chat::MAX_MESSAGE_CHARS.to_string()
                required
                prop:value=move || message.get()
                on:input=move |ev| message.set(event_target_value(&ev))
            ></textarea>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <button type="submit" disabled=move || sending.get()>
                {move || if sending.get() { text.read_value().sending.clone() } else { text.read_value().send.clone() }}
            </button>
            <p class="chat-privacy">{text.read_value().privacy.clone()}</p>
        </form>
    }
}

/// Under an answer from the library: the reader flags it as hard to
/// understand or wrong (section `chat` of the article it quoted). With the
/// wasm it sends in place and the conversation stays; without, the plain
/// form opens the article with thanks.
#[component]
fn ChatFlag(lang: Lang, slug: String, text: FlagText) -> impl IntoView {
    let sent = RwSignal::new(false);
    let kind = RwSignal::new(String::new());
    let text = StoredValue::new(text);
    let to = slug.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        send::flag(lang, to.clone(), kind.get_untracked(), move |ok| sent.set(ok));
    };
    let choice = |value: &'static str, label: String| {
        view! { <label><input type="radio" name="kind" value=value required />{label}</label> }
    };
    let t = text.read_value();
    view! {
        <details class="feedback chat-flag">
            <summary>{t.open.clone()}</summary>
            <form method="post" action=paths::feedback(lang) target="_top" on:submit=on_submit
                // The radio's change bubbles up here: one listener for three.
                on:change=move |ev| kind.set(event_target_value(&ev)) hidden=move || sent.get()>
                <input type="hidden" name="slug" value=slug />
                <input type="hidden" name="section" value=domain::review::CHAT_SECTION />
                {choice("unclear", t.unclear.clone())}
                {choice("wrong", t.wrong.clone())}
                {choice("other", t.other.clone())}
                <button type="submit" class="button secondary">{t.send.clone()}</button>
            </form>
            <p class="ok" role="status" hidden=move || !sent.get()>{t.thanks.clone()}</p>
        </details>
    }
}

#[component]
fn ExchangeView(lang: Lang, exchange: Exchange, sources: String, flag: FlagText) -> impl IntoView {
    let reply = exchange.reply;
    let has_sources = !reply.sources.is_empty();
    let flag = reply.sources.first().map(|s| view! { <ChatFlag lang slug=s.slug.clone() text=flag /> });
    view! {
        <p class="chat-user">{exchange.question}</p>
        <div class="chat-bot" class:chat-emergency=reply.emergency>
            <p class="chat-answer">{reply.answer}</p>
            {has_sources
                .then(|| {
                    view! {
                        <p class="chat-sources-label">{sources}</p>
                        <ul class="chat-sources">
                            {reply
                                .sources
                                .into_iter()
                                .map(|s| view! { <li><a href=s.url target="_top">{s.title}</a></li> })
                                .collect_view()}
                        </ul>
                    }
                })}
            <p class="chat-actions">
                {reply
                    .actions
                    .into_iter()
                    .map(|a| {
                        let class = match a.kind {
                            ActionKind::Call => "button chat-call",
                            _ => "button",
                        };
                        // The question rides in the fragment, which never reaches a
                        // server log, and the appeal form fills it in.
                        let href = match &a.draft {
                            Some(question) => paths::with_fragment_param(&a.url, "ask", question),
                            None => a.url,
                        };
                        view! {
                            <a class=class href=href target="_top">
                                {a.label}
                            </a>
                        }
                    })
                    .collect_view()}
            </p>
            {flag}
        </div>
    }
}

/// Talking to the server. Plain `XMLHttpRequest`, which every WebView has.
#[cfg(any(feature = "hydrate", feature = "widget"))]
mod send {
    use super::Exchange;
    use domain::{
        chat::{ChatReply, ChatRequest, ChatTurn},
        Lang,
    };
    use leptos::prelude::window;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::XmlHttpRequest;

    /// Sends the question; `done` gets the exchange, or the server's error
    /// message, or `None` when the network failed.
    pub fn ask(
        lang: Lang,
        question: String,
        history: Vec<ChatTurn>,
        done: impl FnOnce(Result<Exchange, Option<String>>) + 'static,
    ) {
        let body = serde_json::to_string(&ChatRequest { lang, message: question.clone(), history }).unwrap_or_default();
        let Ok(xhr) = XmlHttpRequest::new() else { return done(Err(None)) };
        if xhr.open("POST", "/api/chat").is_err() || xhr.set_request_header("Content-Type", "application/json").is_err()
        {
            return done(Err(None));
        }
        let seen = xhr.clone();
        let on_end = Closure::once(move || {
            let status = seen.status().unwrap_or(0);
            let body = seen.response_text().ok().flatten().unwrap_or_default();
            if status == 200 {
                match serde_json::from_str::<ChatReply>(&body) {
                    Ok(reply) => done(Ok(Exchange { question, reply })),
                    Err(_) => done(Err(None)),
                }
            } else if status == 0 {
                done(Err(None))
            } else {
                let message = serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(str::to_owned));
                done(Err(message))
            }
        });
        xhr.set_onloadend(Some(on_end.as_ref().unchecked_ref()));
        on_end.forget();
        if xhr.send_with_opt_str(Some(&body)).is_err() {
            // onloadend still fires and reports the failure.
        }
    }

    /// Sends a reader's flag on an answer; `done(true)` once it is stored.
    pub fn flag(lang: Lang, slug: String, kind: String, done: impl FnOnce(bool) + 'static) {
        let flag = domain::review::NewFeedback {
            lang,
            slug,
            section: domain::review::CHAT_SECTION.to_owned(),
            kind,
            text: None,
        };
        let body = serde_json::to_string(&flag).unwrap_or_default();
        let Ok(xhr) = XmlHttpRequest::new() else { return done(false) };
        if xhr.open("POST", "/api/feedback").is_err()
            || xhr.set_request_header("Content-Type", "application/json").is_err()
        {
            return done(false);
        }
        let seen = xhr.clone();
        let on_end = Closure::once(move || done(seen.status().unwrap_or(0) == 201));
        xhr.set_onloadend(Some(on_end.as_ref().unchecked_ref()));
        on_end.forget();
        let _ = xhr.send_with_opt_str(Some(&body));
    }

    pub fn scroll_to_end() {
        if let Some(body) = window().document().and_then(|d| d.body()) {
            window().scroll_to_with_x_and_y(0.0, body.scroll_height() as f64);
        }
    }
}

/// On the server the island only draws; these never run there.
#[cfg(not(any(feature = "hydrate", feature = "widget")))]
mod send {
    use super::Exchange;
    use domain::{chat::ChatTurn, Lang};

    pub fn ask(_: Lang, _: String, _: Vec<ChatTurn>, _: impl FnOnce(Result<Exchange, Option<String>>) + 'static) {}
    pub fn flag(_: Lang, _: String, _: String, _: impl FnOnce(bool) + 'static) {}
    pub fn scroll_to_end() {}
}
