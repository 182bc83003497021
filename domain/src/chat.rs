//! The chat widget's request and answer, shared by the widget (which sends
//! and draws them) and the server (which answers from the guidance library).

use crate::Lang;
use serde::{Deserialize, Serialize};

/// Longest message taken; a longer one is refused with a clear error.
pub const MAX_MESSAGE_CHARS: usize = 500;
/// Earlier turns the server looks at; older ones are ignored.
pub const MAX_HISTORY: usize = 12;

/// `POST /api/chat`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatRequest {
    pub lang: Lang,
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub message: String,
    /// Earlier turns, oldest first. Only used to finish a started step
    /// (a tracking number waiting for its code).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 12))]
    pub history: Vec<ChatTurn>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    User,
    Assistant,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatTurn {
    pub role: Speaker,
    pub text: String,
}

/// What the message was taken to be; counted per language, never stored
/// with the message text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Intent {
    Emergency,
    Greeting,
    Thanks,
    /// Asked who or what the chat is ("你是谁", "are you a person?").
    About,
    Appeal,
    Mediator,
    /// A tracking number without its code: the code is asked for.
    TrackAsk,
    /// Number and code matched: the status is shown.
    TrackFound,
    /// Number and code did not match.
    TrackMiss,
    /// Answered from the guidance library.
    Guide,
    /// Nothing fitted: offered to a legal-aid volunteer.
    Unknown,
}

impl Intent {
    pub const ALL: [Intent; 11] = [
        Intent::Emergency,
        Intent::Greeting,
        Intent::Thanks,
        Intent::About,
        Intent::Appeal,
        Intent::Mediator,
        Intent::TrackAsk,
        Intent::TrackFound,
        Intent::TrackMiss,
        Intent::Guide,
        Intent::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Emergency => "emergency",
            Intent::Greeting => "greeting",
            Intent::Thanks => "thanks",
            Intent::About => "about",
            Intent::Appeal => "appeal",
            Intent::Mediator => "mediator",
            Intent::TrackAsk => "track-ask",
            Intent::TrackFound => "track-found",
            Intent::TrackMiss => "track-miss",
            Intent::Guide => "guide",
            Intent::Unknown => "unknown",
        }
    }
}

/// An article the answer came from, linked to the section quoted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatSource {
    pub slug: String,
    pub title: String,
    pub url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ActionKind {
    Appeal,
    Mediator,
    Track,
    Call,
    Guide,
}

/// A next step: a page of the portal, or a number to call (`tel:`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatAction {
    pub kind: ActionKind,
    pub label: String,
    pub url: String,
    /// For the volunteer offer: the question, which the widget passes to
    /// the appeal form (in the link's fragment) so nothing is typed twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatReply {
    pub answer: String,
    pub sources: Vec<ChatSource>,
    pub actions: Vec<ChatAction>,
    /// True when the first line is an emergency number.
    pub emergency: bool,
    pub intent: Intent,
}

/// Why a message is refused; each has a Fluent message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageProblem {
    Empty,
    TooLong,
}

impl MessageProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            MessageProblem::Empty => "chat-error-empty",
            MessageProblem::TooLong => "chat-error-too-long",
        }
    }
}

pub fn check_message(message: &str) -> Result<(), MessageProblem> {
    if message.trim().is_empty() {
        Err(MessageProblem::Empty)
    } else if message.chars().count() > MAX_MESSAGE_CHARS {
        Err(MessageProblem::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_checked() {
        assert_eq!(check_message("  "), Err(MessageProblem::Empty));
        assert_eq!(check_message(&"工".repeat(MAX_MESSAGE_CHARS + 1)), Err(MessageProblem::TooLong));
        assert_eq!(check_message(&"工".repeat(MAX_MESSAGE_CHARS)), Ok(()));
    }
}
