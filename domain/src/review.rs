//! Readers tell us where the Tibetan and Yi (and the Chinese) are hard to
//! understand or wrong: feedback on one section of an article, or on a chat
//! answer. No personal data: no name, no phone, no address is taken.

use crate::{
    form::{problem, Field, FieldProblem},
    Lang,
};
use serde::{Deserialize, Serialize};

/// What a reader may write beside the choice.
pub const FEEDBACK_TEXT_MAX_CHARS: usize = 500;
/// The `section` of feedback on a chat answer.
pub const CHAT_SECTION: &str = "chat";

named_enum! {
    /// What is the matter with the passage.
    FeedbackKind {
        /// Hard to understand.
        Unclear = "unclear",
        /// Wrong: a wrong word, a wrong fact, a wrong translation.
        Wrong = "wrong",
        Other = "other",
    }
}

/// `POST /api/feedback`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewFeedback {
    #[serde(default)]
    pub lang: Lang,
    /// The article's slug.
    pub slug: String,
    /// The section's anchor, `s1` … `sN`, or `chat` for a chat answer.
    pub section: String,
    /// `unclear`, `wrong` or `other`.
    pub kind: String,
    #[serde(default)]
    pub text: Option<String>,
}

impl NewFeedback {
    /// The section's number (`s3` is 3), `Some(0)` for a chat answer.
    pub fn section_no(&self) -> Option<usize> {
        if self.section == CHAT_SECTION {
            return Some(0);
        }
        let n: usize = self.section.strip_prefix('s')?.parse().ok()?;
        (n >= 1 && !self.section[1..].starts_with('0')).then_some(n)
    }

    /// What is wrong regardless of the library (the server checks that the
    /// article and section exist).
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if FeedbackKind::parse(&self.kind).is_none() {
            problems.push(problem(Field::Kind, "feedback-error-kind"));
        }
        if self.text.as_deref().is_some_and(|t| t.trim().chars().count() > FEEDBACK_TEXT_MAX_CHARS) {
            problems.push(problem(Field::Description, "feedback-error-text"));
        }
        if self.section_no().is_none() {
            problems.push(problem(Field::Section, "feedback-error-section"));
        }
        problems
    }
}

/// How much of a language a native speaker reviewed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Coverage {
    pub total: usize,
    pub reviewed: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LangCoverage {
    /// Articles with every section reviewed.
    pub articles: Coverage,
    pub sections: Coverage,
    /// UI messages a reader sees (the staff console's are Chinese only).
    pub messages: Coverage,
}

/// `GET /api/translation-status`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslationCoverage {
    pub bo: LangCoverage,
    pub ii: LangCoverage,
}

/// The answer to a stored feedback.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackReceipt {
    pub id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_anchors_or_the_chat() {
        let at = |section: &str| NewFeedback { section: section.into(), ..NewFeedback::default() }.section_no();
        assert_eq!((at("s1"), at("s12"), at("chat")), (Some(1), Some(12), Some(0)));
        for bad in ["s0", "s01", "1", "s", "s-1", "S1", ""] {
            assert_eq!(at(bad), None, "{bad}");
        }
    }

    #[test]
    fn text_is_optional_and_short() {
        let ok = NewFeedback { slug: "x".into(), section: "s1".into(), kind: "wrong".into(), ..NewFeedback::default() };
        assert!(ok.problems().is_empty());
        let long = NewFeedback { text: Some("字".repeat(FEEDBACK_TEXT_MAX_CHARS + 1)), ..ok.clone() };
        assert_eq!(long.problems()[0].field, Field::Description);
        let kind = NewFeedback { kind: "rude".into(), ..ok };
        assert_eq!(kind.problems()[0].field, Field::Kind);
    }
}
