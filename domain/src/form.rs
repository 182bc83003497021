//! What a form or API request got wrong, field by field, named by Fluent
//! message ids so that the reader sees each problem in their language.

use serde::{Deserialize, Serialize};

/// Which input a problem is about; the form shows it next to that field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Category,
    Village,
    Description,
    Phone,
    Name,
    Photos,
    IdempotencyKey,
    DisputeType,
    Picks,
    Recused,
    Accept,
    InviteToken,
    /// Whether to join an open report of the same problem.
    Join,
    /// A volunteer team (or the volunteer police).
    Team,
    /// An article's section (reader feedback).
    Section,
    /// What kind of feedback.
    Kind,
}

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldProblem {
    pub field: Field,
    pub message_id: String,
}

pub fn problem(field: Field, message_id: &str) -> FieldProblem {
    FieldProblem { field, message_id: message_id.to_owned() }
}

/// Client-chosen idempotency keys: 8-64 letters, digits and dashes.
pub fn is_idempotency_key(key: &str) -> bool {
    (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
