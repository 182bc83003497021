//! The chat widget's answers. A message is read in this order:
//! 1. an emergency puts the number to call in the first line (and the
//!    library still answers below it);
//! 2. a tracking number (with or without its code) leads to the status;
//! 3. a greeting, thanks, "who are you?", or "I want to report / a
//!    mediator" said alone is answered as such or leads to the page for it;
//! 4. anything else is answered from the guidance library: the best
//!    section of the best article, quoted and linked;
//! 5. when nothing fits, or the message is more like the everyday messages
//!    of `content/chat/everyday/` than like the library, it says so and
//!    offers a legal-aid volunteer.
//!
//! The message is never stored; only a count per day, language and intent.

pub mod api;
pub mod counts;
pub mod everyday;
pub mod phrases;
pub mod retrieval;
pub mod widget;

use crate::{case::now, edge::ClientAddr, track, AppState};
use domain::{
    appeal::{AccessCode, TrackingNo},
    chat::{ActionKind, ChatAction, ChatReply, ChatRequest, ChatSource, Intent, Speaker, MAX_HISTORY},
    paths, Lang,
};
use phrases::{Phrases, PhrasesError};
use retrieval::Retrieval;
use std::{collections::HashMap, path::Path};

/// Legal-aid hotline, offered beside every answer from the library.
pub const LEGAL_AID: &str = "12348";

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error(transparent)]
    Phrases(#[from] PhrasesError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// What the chat knows beyond the library: its phrase lists and the
/// library's sections, cut up for quoting.
pub struct Chat {
    phrases: Phrases,
    everyday: everyday::Everyday,
    /// Built again when a reviewer's save changes the library.
    retrieval: std::sync::RwLock<std::sync::Arc<Retrieval>>,
    pub counts: std::sync::Arc<counts::Counts>,
}

impl Chat {
    pub fn load(dir: &Path, library: &crate::guide::Library) -> Result<Chat, ChatError> {
        let everyday = everyday::Everyday::load(dir)?;
        let phrases = Phrases::load(dir)?;
        Ok(Chat {
            retrieval: std::sync::RwLock::new(Retrieval::new(library, &everyday, phrases.units()).into()),
            phrases,
            everyday,
            counts: Default::default(),
        })
    }

    /// Cuts up the library's sections again, after a reviewer's save.
    pub fn refresh(&self, library: &crate::guide::Library) {
        *self.retrieval.write().unwrap_or_else(|e| e.into_inner()) =
            Retrieval::new(library, &self.everyday, self.phrases.units()).into();
    }

    /// The emergency a message speaks of, if any (what the emergency test
    /// measures).
    pub fn emergency_kind(&self, lang: Lang, message: &str) -> Option<&str> {
        self.phrases.emergency(lang, message).map(|e| e.kind.as_str())
    }

    /// Every emergency class, in the order they are tried.
    pub fn emergency_kinds(&self) -> Vec<&str> {
        self.phrases.emergency_kinds()
    }

    /// As [`Chat::from_library`] for a short follow-up to `earlier`.
    pub fn following(
        &self,
        library: &crate::guide::Library,
        lang: Lang,
        message: &str,
        earlier: &str,
    ) -> Vec<retrieval::Found> {
        let retrieval = self.retrieval.read().unwrap_or_else(|e| e.into_inner()).clone();
        let (message, earlier) = (self.phrases.expand(lang, message), self.phrases.expand(lang, earlier));
        retrieval.find_following(library, lang, &message, self.phrases.asks(lang, &message), &earlier)
    }

    /// What the message asks for (a number of days, a length of time, a
    /// sum), from the question words of `intents.toml`.
    pub fn asks(&self, lang: Lang, message: &str) -> retrieval::Asks {
        self.phrases.asks(lang, message)
    }

    /// The message with the articles' words for its everyday ones added
    /// (what retrieval is given).
    pub fn expand(&self, lang: Lang, message: &str) -> String {
        self.phrases.expand(lang, message)
    }

    /// Answers from the library alone (no emergency, tracking or small
    /// talk): what the accuracy test measures.
    pub fn from_library(&self, library: &crate::guide::Library, lang: Lang, message: &str) -> Vec<retrieval::Found> {
        let retrieval = self.retrieval.read().unwrap_or_else(|e| e.into_inner()).clone();
        let message = self.phrases.expand(lang, message);
        retrieval.find(library, lang, &message, self.phrases.asks(lang, &message))
    }
}

/// The whole answer to one message.
pub async fn reply(state: &AppState, client: ClientAddr, request: &ChatRequest) -> Result<ChatReply, ChatError> {
    let lang = request.lang;
    let chat = &state.chat;
    let message = request.message.trim();
    let say = |id: &str| app::i18n::loader(lang).get(id);
    let emergency = chat.phrases.emergency(lang, message);

    if emergency.is_none() {
        if let Some(reply) = tracking(state, client, request).await? {
            return Ok(reply);
        }
        if let Some(intent) = chat.phrases.small_talk(lang, message) {
            return Ok(small_talk(lang, intent));
        }
    }

    let library = state.guides.now();
    let alone = chat.from_library(&library, lang, message);
    let found = match follows_up(request) {
        Some(earlier) if alone.is_empty() || chat.phrases.follows_on(lang, message) => {
            chat.following(&library, lang, message, earlier)
        }
        _ => alone,
    };
    let offered = offered(&found);
    let mut reply = match offered.first() {
        Some(best) => {
            let quote = |f: &retrieval::Found| {
                let from = app::i18n::loader(lang).get_args(
                    "chat-from-guide",
                    HashMap::from([("title", f.title.clone()), ("heading", f.heading.clone())]),
                );
                format!("{from}\n{}", f.passage)
            };
            let answer = offered.iter().map(quote).collect::<Vec<_>>().join("\n\n");
            let sources = offered
                .iter()
                .map(|f| ChatSource {
                    slug: f.slug.clone(),
                    title: f.title.clone(),
                    url: paths::guide_at(lang, &f.slug, &f.section),
                })
                .collect();
            let mut actions =
                vec![action(ActionKind::Guide, say("chat-action-guide"), paths::guide_article(lang, &best.slug))];
            match best.category.as_str() {
                "neighbour" | "family" | "land" => {
                    actions.push(action(ActionKind::Mediator, say("chat-action-mediator"), paths::mediators(lang)))
                }
                _ if best.slug == "report-a-problem" => {
                    actions.push(action(ActionKind::Appeal, say("chat-action-appeal"), paths::appeal(lang)))
                }
                _ => {}
            }
            if chat.phrases.wants(lang, message, Intent::Appeal)
                && !actions.iter().any(|a| a.kind == ActionKind::Appeal)
            {
                actions.push(action(ActionKind::Appeal, say("chat-action-appeal"), paths::appeal(lang)));
            }
            actions.push(call(LEGAL_AID, say("chat-action-legal-aid")));
            ChatReply { answer, sources, actions, emergency: false, intent: Intent::Guide }
        }
        None => unknown(lang, message),
    };

    if let Some(emergency) = emergency {
        let first = app::i18n::loader(lang).get(&format!("chat-emergency-{}", emergency.kind));
        reply.answer = if reply.intent == Intent::Unknown { first } else { format!("{first}\n{}", reply.answer) };
        let calls: Vec<ChatAction> = emergency
            .call
            .iter()
            .map(|n| {
                call(n, app::i18n::loader(lang).get_args("chat-action-call", HashMap::from([("number", n.clone())])))
            })
            .collect();
        if reply.intent == Intent::Unknown {
            reply.actions.clear();
        }
        reply.actions.retain(|a| !calls.iter().any(|c| c.url == a.url));
        reply.actions.splice(0..0, calls);
        reply.emergency = true;
        reply.intent = Intent::Emergency;
    }
    Ok(reply)
}

/// A second article scoring at least this share of the best one's is
/// quoted and linked too.
const CLOSE: f32 = 0.8;

/// The articles an answer quotes: the best, and a second that scores close
/// (see [`CLOSE`]), so that the resident sees both answers rather than the
/// chat's guess between them.
pub fn offered(found: &[retrieval::Found]) -> &[retrieval::Found] {
    match found {
        [best, second, ..] if second.score >= best.score * CLOSE => &found[..2],
        _ => &found[..found.len().min(1)],
    }
}

/// Syllables below which a message is read with the one before it: "那要等
/// 多久？" says what it asks, not about what.
const FOLLOW_UP_BELOW: usize = 12;

/// A message's syllables: each Chinese character and Yi syllable, each
/// Tibetan syllable (several letters between tshegs), each run of Latin
/// letters or digits. Counting letters made a seven-syllable Tibetan
/// follow-up ("འོ་ན་ཉིན་ག་ཚོད་སྒུག་དགོས") look long.
fn syllables(message: &str) -> usize {
    #[derive(PartialEq, Clone, Copy)]
    enum Run {
        Tibetan,
        Word,
    }
    let mut count = 0;
    let mut previous = None;
    for c in message.chars() {
        let run = match c {
            '\u{0f20}'..='\u{0f33}' | '\u{0f40}'..='\u{0fbc}' => Some(Run::Tibetan),
            // Each Chinese character and Yi syllable is one.
            c if retrieval::han(c) || ('\u{a000}'..='\u{a4cf}').contains(&c) => {
                count += 1;
                None
            }
            c if c.is_alphanumeric() => Some(Run::Word),
            _ => None,
        };
        if run.is_some() && run != previous {
            count += 1;
        }
        previous = run;
    }
    count
}

/// The resident's previous question, when this message is a short
/// follow-up to it.
fn follows_up(request: &ChatRequest) -> Option<&str> {
    if syllables(&request.message) >= FOLLOW_UP_BELOW {
        return None;
    }
    request.history.iter().rev().find(|t| t.role == Speaker::User).map(|t| t.text.as_str())
}

fn action(kind: ActionKind, label: String, url: String) -> ChatAction {
    ChatAction { kind, label, url, draft: None }
}

fn call(number: &str, label: String) -> ChatAction {
    action(ActionKind::Call, label, format!("tel:{number}"))
}

fn small_talk(lang: Lang, intent: Intent) -> ChatReply {
    let say = |id: &str| app::i18n::loader(lang).get(id);
    let (answer, actions) = match intent {
        Intent::Appeal => {
            (say("chat-appeal"), vec![action(ActionKind::Appeal, say("chat-action-appeal"), paths::appeal(lang))])
        }
        Intent::Mediator => (
            say("chat-mediator"),
            vec![action(ActionKind::Mediator, say("chat-action-mediator"), paths::mediators(lang))],
        ),
        Intent::TrackAsk => {
            (say("chat-track-how"), vec![action(ActionKind::Track, say("chat-action-track"), paths::track_form(lang))])
        }
        Intent::Thanks => (say("chat-thanks"), Vec::new()),
        // A program, and it says so: a resident who wants a person is
        // offered the volunteer and the hotline.
        Intent::About => {
            let volunteer = action(
                ActionKind::Appeal,
                say("chat-action-volunteer"),
                paths::appeal_category(lang, "legal-consultation"),
            );
            (
                say("chat-about"),
                vec![
                    volunteer,
                    call(LEGAL_AID, say("chat-action-legal-aid")),
                    action(ActionKind::Guide, say("chat-action-library"), paths::guide(lang)),
                ],
            )
        }
        _ => (
            say("chat-greeting"),
            vec![
                action(ActionKind::Guide, say("chat-action-library"), paths::guide(lang)),
                action(ActionKind::Appeal, say("chat-action-appeal"), paths::appeal(lang)),
                action(ActionKind::Mediator, say("chat-action-mediator"), paths::mediators(lang)),
            ],
        ),
    };
    ChatReply { answer, sources: Vec::new(), actions, emergency: false, intent }
}

/// Nothing in the library fits: say so, and offer to leave the question
/// with a legal-aid volunteer as an appeal of "legal consultation".
fn unknown(lang: Lang, message: &str) -> ChatReply {
    let say = |id: &str| app::i18n::loader(lang).get(id);
    let mut volunteer =
        action(ActionKind::Appeal, say("chat-action-volunteer"), paths::appeal_category(lang, "legal-consultation"));
    volunteer.draft = Some(message.to_owned());
    ChatReply {
        answer: say("chat-unknown"),
        sources: Vec::new(),
        actions: vec![
            volunteer,
            call(LEGAL_AID, say("chat-action-legal-aid")),
            action(ActionKind::Guide, say("chat-action-library"), paths::guide(lang)),
        ],
        emergency: false,
        intent: Intent::Unknown,
    }
}

/// Codes typed in a message: `K7M4-Q9PX` numbers and `ABC-DEF-GHJ` codes,
/// in any case, with or without dashes.
fn codes_in(text: &str) -> (Option<TrackingNo>, Option<AccessCode>) {
    let mut no = None;
    let mut code = None;
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
        if no.is_none() {
            if let Some(n) = TrackingNo::parse(word) {
                no = Some(n);
                continue;
            }
        }
        if code.is_none() {
            code = AccessCode::parse(word);
        }
    }
    (no, code)
}

/// A tracking number in the message, or a code answering an earlier
/// question for it: the status, a request for the code, or "no match".
async fn tracking(state: &AppState, client: ClientAddr, request: &ChatRequest) -> Result<Option<ChatReply>, ChatError> {
    let lang = request.lang;
    let say =
        |id: &str, no: &TrackingNo| app::i18n::loader(lang).get_args(id, HashMap::from([("number", no.to_string())]));
    let (mut no, code) = codes_in(&request.message);
    if no.is_none() && code.is_some() {
        // "Here is my code": the number was in an earlier message of theirs.
        let recent = request.history.iter().rev().take(MAX_HISTORY).filter(|t| t.role == Speaker::User);
        no = recent.filter_map(|t| codes_in(&t.text).0).next();
    }
    let Some(no) = no else { return Ok(None) };
    let track_page = |url: String| action(ActionKind::Track, app::i18n::loader(lang).get("chat-action-track"), url);
    let Some(code) = code else {
        return Ok(Some(ChatReply {
            answer: say("chat-track-ask", &no),
            sources: Vec::new(),
            actions: vec![track_page(paths::track_form(lang))],
            emergency: false,
            intent: Intent::TrackAsk,
        }));
    };
    let status = match track::authorise(state, client, no.as_str(), code.as_str()).await {
        Ok(track::Tracked::Appeal(no)) => match state.appeals.view(&no, lang, now()).await {
            Ok(view) => Some(app::track::status_text(lang, view.status)),
            Err(crate::appeal::AppealError::Database(e)) => return Err(e.into()),
            Err(_) => None,
        },
        Ok(track::Tracked::Mediation(no)) => {
            match state.mediations.view(&no, domain::mediator::Party::A, lang, now()).await {
                Ok(view) => Some(app::mediator::status_text(lang, view.status)),
                Err(crate::mediator::MediationError::Database(e)) => return Err(e.into()),
                Err(_) => None,
            }
        }
        Err(track::TrackError::Database(e)) => return Err(e.into()),
        // A client past its wrong tries is told the same as for a wrong code.
        Err(track::TrackError::NotFound | track::TrackError::Busy(_)) => None,
    };
    Ok(Some(match status {
        Some(status) => ChatReply {
            answer: app::i18n::loader(lang)
                .get_args("chat-track-found", HashMap::from([("number", no.to_string()), ("status", status)])),
            sources: Vec::new(),
            actions: vec![track_page(paths::track(lang, no.as_str(), code.as_str()))],
            emergency: false,
            intent: Intent::TrackFound,
        },
        None => ChatReply {
            answer: say("chat-track-miss", &no),
            sources: Vec::new(),
            actions: vec![track_page(paths::track_form(lang))],
            emergency: false,
            intent: Intent::TrackMiss,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::{codes_in, syllables};

    #[test]
    fn counts_syllables_in_every_script() {
        assert_eq!(syllables("那要等多久？"), 5);
        assert_eq!(syllables("འོ་ན་ཉིན་ག་ཚོད་སྒུག་དགོས"), 7);
        assert_eq!(syllables("ꑠꆏ ꈍꑋꑍꇬꐯꄡꑟ？"), 9);
        assert_eq!(syllables("打 12348 ok"), 3);
        assert_eq!(syllables("ཉིན་༣༠ ３０ café"), 4);
    }

    #[test]
    fn finds_numbers_and_codes_in_text() {
        let (no, code) = codes_in("我的编号k7m4-q9px，密码是 ABC-DEF-GHJ 谢谢");
        assert_eq!(no.unwrap().as_str(), "K7M4Q9PX");
        assert_eq!(code.unwrap().as_str(), "ABCDEFGHJ");
        let (no, code) = codes_in("老板欠了我 3000 块");
        assert!(no.is_none() && code.is_none());
    }
}
