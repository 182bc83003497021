//! Appeals (接诉即办): what a resident sends, and the rules both the form
//! and the server check with this same code.

use crate::{
    form::{is_idempotency_key, problem, Field, FieldProblem},
    Lang,
};
use serde::{Deserialize, Serialize};
use std::fmt;

pub const DESCRIPTION_MIN_CHARS: usize = 10;
pub const DESCRIPTION_MAX_CHARS: usize = 2000;
pub const NAME_MAX_CHARS: usize = 40;
pub const MAX_PHOTOS: usize = 3;
pub const COMMENT_MAX_CHARS: usize = 500;
/// Days after a case closes (or last moved) that everything identifying a
/// person in it is erased (`server/src/appeal/retention.rs`), unless
/// `GONGDAO_RETENTION_DAYS` says otherwise: the one place the default is
/// written.
pub const RETENTION_DAYS_DEFAULT: u32 = 365;

/// Letters and digits that cannot be mistaken for one another when read
/// aloud or copied by hand: no 0/O, 1/I/L.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
pub const TRACKING_NO_LEN: usize = 8;
/// 9 symbols of 31: 44.6 bits, so guessing a code is hopeless.
pub const ACCESS_CODE_LEN: usize = 9;

/// A resident's report as sent by the form or the API.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewAppeal {
    pub lang: Lang,
    pub category: String,
    pub village: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 2000))]
    pub description: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 40))]
    pub name: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 3))]
    pub photos: Vec<String>,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{8,64}$"))]
    pub idempotency_key: String,
    /// The resident's answer to "the same problem is already reported here"
    /// (`SameProblem`): `true` joins the oldest open report of the same
    /// village and category, so staff handle both at once; `false` or no
    /// answer keeps it apart. The form asks before sending (`None` there
    /// means "not asked yet").
    #[serde(default)]
    pub join: Option<bool>,
}

impl NewAppeal {
    /// Every problem at once, so the form can mark all fields in one go.
    /// Whether the category and village exist is checked by the server,
    /// which holds the lists.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if self.category.trim().is_empty() {
            problems.push(problem(Field::Category, "appeal-error-category"));
        }
        if self.village.trim().is_empty() {
            problems.push(problem(Field::Village, "appeal-error-village"));
        }
        let length = self.description.trim().chars().count();
        if length < DESCRIPTION_MIN_CHARS {
            problems.push(problem(Field::Description, "appeal-error-description-short"));
        } else if length > DESCRIPTION_MAX_CHARS {
            problems.push(problem(Field::Description, "appeal-error-description-long"));
        }
        if let Some(phone) = self.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            if normalise_phone(phone).is_none() {
                problems.push(problem(Field::Phone, "appeal-error-phone"));
            }
        }
        if self.name.as_deref().is_some_and(|n| n.trim().chars().count() > NAME_MAX_CHARS) {
            problems.push(problem(Field::Name, "appeal-error-name"));
        }
        if self.photos.len() > MAX_PHOTOS {
            problems.push(problem(Field::Photos, "appeal-error-photos"));
        }
        if !is_idempotency_key(&self.idempotency_key) {
            problems.push(problem(Field::IdempotencyKey, "appeal-error-retry"));
        }
        problems
    }
}

/// A phone number as digits: a mainland mobile (11 digits starting 1[3-9])
/// or a landline with its area code (10-12 digits starting 0). Spaces,
/// dashes and a +86 prefix are accepted and dropped.
pub fn normalise_phone(input: &str) -> Option<String> {
    let mut digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
    if let Some(rest) = digits.strip_prefix("+86") {
        digits = rest.to_owned();
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mobile = digits.len() == 11 && digits.starts_with('1') && matches!(digits.as_bytes()[1], b'3'..=b'9');
    let landline = (10..=12).contains(&digits.len()) && digits.starts_with('0');
    (mobile || landline).then_some(digits)
}

/// `138****5678`: what anyone but the staff handling the appeal sees.
pub fn mask_phone(digits: &str) -> String {
    let n = digits.chars().count();
    if n < 7 {
        return "*".repeat(n);
    }
    let head: String = digits.chars().take(3).collect();
    let tail: String = digits.chars().skip(n - 4).collect();
    format!("{head}{}{tail}", "*".repeat(n - 7))
}

/// Reads a code typed by hand: case, spaces and dashes do not matter.
fn normalise_code(input: &str, len: usize) -> Option<String> {
    let code: String = input.chars().filter(|c| !matches!(c, ' ' | '-')).collect::<String>().to_ascii_uppercase();
    (code.len() == len && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The public number of an appeal, `XXXX-XXXX`: random, never sequential.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackingNo(String);

impl TrackingNo {
    pub fn parse(input: &str) -> Option<TrackingNo> {
        normalise_code(input, TRACKING_NO_LEN).map(TrackingNo)
    }

    /// From random bytes (the server supplies them).
    pub fn from_random(bytes: &[u8; TRACKING_NO_LEN]) -> TrackingNo {
        TrackingNo(bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect())
    }

    /// Without the dash, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TrackingNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// The secret that goes with a tracking number, `XXX-XXX-XXX`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccessCode(String);

impl AccessCode {
    pub fn parse(input: &str) -> Option<AccessCode> {
        normalise_code(input, ACCESS_CODE_LEN).map(AccessCode)
    }

    pub fn from_random(bytes: &[u8; ACCESS_CODE_LEN]) -> AccessCode {
        AccessCode(bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AccessCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", &self.0[..3], &self.0[3..6], &self.0[6..])
    }
}

/// Never printed by accident in a log.
impl fmt::Debug for AccessCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessCode(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> NewAppeal {
        NewAppeal {
            lang: Lang::Bo,
            category: "water".into(),
            village: "v1".into(),
            description: "村里的水井干了三天".repeat(2),
            idempotency_key: "k-0123456789".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_appeal_has_no_problems() {
        assert_eq!(valid().problems(), []);
    }

    #[test]
    fn every_field_is_checked() {
        let appeal = NewAppeal {
            category: " ".into(),
            village: String::new(),
            description: "太短".into(),
            phone: Some("12345".into()),
            name: Some("名".repeat(41)),
            photos: vec!["a".into(); 4],
            idempotency_key: "x".into(),
            ..valid()
        };
        let fields: Vec<Field> = appeal.problems().into_iter().map(|p| p.field).collect();
        use Field::*;
        assert_eq!(fields, [Category, Village, Description, Phone, Name, Photos, IdempotencyKey]);
        let long = NewAppeal { description: "长".repeat(2001), ..valid() };
        assert_eq!(long.problems()[0].message_id, "appeal-error-description-long");
    }

    #[test]
    fn phones_are_normalised() {
        assert_eq!(normalise_phone("138 1234 5678").as_deref(), Some("13812345678"));
        assert_eq!(normalise_phone("+86-138-1234-5678").as_deref(), Some("13812345678"));
        assert_eq!(normalise_phone("0891-1234567").as_deref(), Some("08911234567"));
        assert_eq!(normalise_phone("12812345678"), None);
        assert_eq!(normalise_phone("110"), None);
        assert_eq!(mask_phone("13812345678"), "138****5678");
    }

    #[test]
    fn codes_read_forgivingly_and_print_grouped() {
        let no = TrackingNo::parse("k7m4-q9px").unwrap();
        assert_eq!(no.to_string(), "K7M4-Q9PX");
        assert_eq!(TrackingNo::parse("K7M4-Q9P0"), None, "0 is not in the alphabet");
        assert_eq!(TrackingNo::parse("K7M4Q9P"), None);
        let code = AccessCode::parse("abc def ghj").unwrap();
        assert_eq!(code.to_string(), "ABC-DEF-GHJ");
        assert_eq!(format!("{code:?}"), "AccessCode(***)");
        assert_eq!(TrackingNo::from_random(&[0, 1, 2, 3, 30, 31, 62, 255]).as_str().len(), 8);
    }
}

named_enum! {
    /// Where an appeal stands.
    AppealStatus {
        /// Sent and routed; the unit has not taken it up yet.
        Received = "received",
        /// A unit is working on it.
        Accepted = "accepted",
        /// The unit says it is done; the resident may rate or reopen it.
        Resolved = "resolved",
        /// Rated by the resident: finished.
        Closed = "closed",
    }
}

impl AppealStatus {
    pub fn is_open(self) -> bool {
        matches!(self, AppealStatus::Received | AppealStatus::Accepted)
    }
}

named_enum! {
    /// One line of an appeal's timeline.
    EventKind {
        Received = "received",
        Routed = "routed",
        Accepted = "accepted",
        Reply = "reply",
        InfoAdded = "info-added",
        Transferred = "transferred",
        Resolved = "resolved",
        Rated = "rated",
        Reopened = "reopened",
        /// Joined to an open report of the same problem; staff act on them together.
        Joined = "joined",
        /// Handed to a village's volunteer team (派给志愿队); `unit` names the team.
        TeamHanded = "team-handed",
        /// The volunteer team finished its part.
        TeamDone = "team-done",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelineEntry {
    /// Seconds since the Unix epoch.
    pub at: i64,
    pub kind: EventKind,
    /// The unit concerned, named in the reader's language.
    pub unit: Option<String>,
    /// What staff replied or the resident added, as plain text.
    pub text: Option<String>,
}

/// What the resident sees with the tracking number and code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppealView {
    pub tracking_no: String,
    pub status: AppealStatus,
    pub category: String,
    pub village: String,
    /// The unit handling it now.
    pub unit: String,
    pub description: String,
    pub phone_masked: Option<String>,
    pub created_at: i64,
    pub due_at: i64,
    pub overdue: bool,
    pub rating: Option<u8>,
    pub rating_comment: Option<String>,
    pub can_reopen: bool,
    /// Ids of the photos sent with it.
    pub photos: Vec<String>,
    pub timeline: Vec<TimelineEntry>,
}

/// Returned once an appeal is stored: show these large, with a QR code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppealReceipt {
    pub tracking_no: String,
    pub access_code: String,
    pub status_url: String,
    pub due_at: i64,
}

/// A choice on the form: a category or a place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub icon: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TownshipChoice {
    pub id: String,
    pub name: String,
    pub villages: Vec<Choice>,
}

/// What the appeal form offers, in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppealOptions {
    pub categories: Vec<Choice>,
    pub townships: Vec<TownshipChoice>,
}

/// How long a report counts as "the same problem" for a new one from the
/// same village and category: a road still broken after two weeks is
/// better reported again than silently added to an old case.
pub const SAME_PROBLEM_DAYS: i64 = 14;

/// Open reports of one village and category from the last
/// `SAME_PROBLEM_DAYS`, as the appeal form shows them before sending: how
/// many, and where each stands. No descriptions, no names, no numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SameProblem {
    /// Every open report, joined ones included.
    pub count: u32,
    /// One line per group of joined reports, oldest first: a new report
    /// that joins goes to the first.
    pub reports: Vec<OpenReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenReport {
    pub status: AppealStatus,
    /// The unit handling it, named in the reader's language.
    pub unit: String,
    /// Seconds since the Unix epoch.
    pub due_at: i64,
    /// Residents who reported it, the first one included.
    pub residents: u32,
}
