//! Mediation requests: party A asks (`create`), each side opens the case
//! with its own secret (`authorise_a`, `authorise_b`). What happens next is
//! in `flow.rs`, what each reader sees in `views.rs`.

use super::{directory::Directory, flow::add_event};
use crate::{
    case::{
        codes::{request_hash, stored_hash_is, Secret},
        events::Log,
        store::{self, Creation, Tx},
        Timestamp,
    },
    db::Db,
};
use domain::{
    appeal::{normalise_phone, AccessCode, TrackingNo},
    form::{problem, Field, FieldProblem},
    mediator::{
        Choices, DispatchReason, MediationEvent, MediationReceipt, MediationStatus, NewMediation, Outcome, Party,
        Specialty,
    },
    paths, Lang,
};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum MediationError {
    #[error("the request has problems: {0:?}")]
    Invalid(Vec<FieldProblem>),
    #[error("this idempotency key was used for a different request")]
    KeyReused,
    /// A wrong number, code or invitation look the same from outside.
    #[error("no mediation with this number and code")]
    NotFound,
    #[error("not possible in the mediation's present state")]
    NotNow,
    #[error("this mediator was asked to step aside by one of the sides")]
    Recused,
    #[error("the rating must be 1 to 5 stars")]
    BadRating,
    #[error("the text is empty or too long")]
    BadText,
    /// Too many wrong codes from this client (`case/guard.rs`).
    #[error("too many wrong tries")]
    Busy(std::time::Duration),
    #[error("database")]
    Database(#[from] sqlx::Error),
}

/// Place of a session: a short text such as "青稞镇司法所调解室".
pub const PLACE_MAX_CHARS: usize = 200;

pub struct Cases {
    pub(super) db: Db,
    pub directory: Arc<Directory>,
    pub(super) secret: Secret,
    pub(super) public_url: String,
}

/// One stored request, as read back.
pub(super) struct Stored {
    pub lang: Lang,
    pub dispute_type: Specialty,
    pub village: String,
    pub description: String,
    pub phone_a: Option<String>,
    pub phone_b: Option<String>,
    pub a: Choices,
    pub b: Choices,
    pub b_answered: bool,
    pub status: MediationStatus,
    pub unit: String,
    pub mediator: Option<String>,
    pub dispatch_reason: Option<DispatchReason>,
    pub scheduled_at: Option<i64>,
    pub place: Option<String>,
    pub outcome: Option<Outcome>,
    pub answer_by: i64,
}

/// A request's row as stored; lists of mediator ids are space-separated.
#[derive(sqlx::FromRow)]
struct StoredRow {
    lang: String,
    dispute_type: String,
    village: String,
    description: String,
    phone_a: Option<String>,
    phone_b: Option<String>,
    a_picks: String,
    a_recused: String,
    b_picks: String,
    b_recused: String,
    b_answered: i32,
    status: String,
    unit: String,
    mediator: Option<String>,
    dispatch_reason: Option<String>,
    scheduled_at: Option<i64>,
    place: Option<String>,
    outcome: Option<String>,
    answer_by: i64,
}

fn ids(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_owned).collect()
}

impl From<StoredRow> for Stored {
    fn from(r: StoredRow) -> Stored {
        Stored {
            lang: r.lang.parse().unwrap_or_default(),
            dispute_type: Specialty::parse(&r.dispute_type).unwrap_or(Specialty::Other),
            village: r.village,
            description: r.description,
            phone_a: r.phone_a,
            phone_b: r.phone_b,
            a: Choices { picks: ids(&r.a_picks), recused: ids(&r.a_recused) },
            b: Choices { picks: ids(&r.b_picks), recused: ids(&r.b_recused) },
            b_answered: r.b_answered != 0,
            status: MediationStatus::parse(&r.status).unwrap_or(MediationStatus::Invited),
            unit: r.unit,
            mediator: r.mediator,
            dispatch_reason: r.dispatch_reason.as_deref().and_then(DispatchReason::parse),
            scheduled_at: r.scheduled_at,
            place: r.place,
            outcome: r.outcome.as_deref().and_then(Outcome::parse),
            answer_by: r.answer_by,
        }
    }
}

impl Cases {
    pub fn new(db: Db, secret: Secret, directory: Arc<Directory>, public_url: &str) -> Cases {
        Cases { db, directory, secret, public_url: public_url.trim_end_matches('/').to_owned() }
    }

    fn code_for(&self, key: &str) -> AccessCode {
        // Apart from appeals' codes, should a client reuse a key for both.
        self.secret.access_code(&format!("mediation:{key}"))
    }

    pub(super) fn unknown_mediators(&self, choices: &Choices) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if choices.picks.iter().any(|m| self.directory.get(m).is_none()) {
            problems.push(problem(Field::Picks, "mediation-error-unknown-mediator"));
        }
        if choices.recused.iter().any(|m| self.directory.get(m).is_none()) {
            problems.push(problem(Field::Recused, "mediation-error-unknown-mediator"));
        }
        problems
    }

    /// Stores a new request (or returns the one stored for the same
    /// idempotency key, `created` then false). No picks: the office assigns.
    pub async fn create(&self, new: &NewMediation, at: Timestamp) -> Result<(MediationReceipt, bool), MediationError> {
        let mut problems = new.problems();
        problems.extend(self.unknown_mediators(&new.choices()));
        let dispute = Specialty::parse(&new.dispute_type);
        let unit = dispute.and_then(|d| self.directory.dispatch_unit(&new.village, d));
        if !new.village.trim().is_empty() && unit.is_none() {
            problems.push(problem(Field::Village, "appeal-error-village"));
        }
        let (Some(dispute), Some(unit), true) = (dispute, unit, problems.is_empty()) else {
            return Err(MediationError::Invalid(problems));
        };
        let phone = new.phone.as_deref().and_then(normalise_phone);
        let description = new.description.trim();
        let fingerprint = request_hash(
            &serde_json::json!([dispute.as_str(), new.village, description, phone, new.picks, new.recused]).to_string(),
        );
        let code = self.code_for(&new.idempotency_key);
        let token = self.secret.invite_token(&new.idempotency_key);
        let answer_by = at + i64::from(self.directory.rules.answer_days) * 86_400;
        let (status, reason) = if new.picks.is_empty() {
            (MediationStatus::Dispatch, Some(DispatchReason::Asked))
        } else {
            (MediationStatus::Invited, None)
        };

        let draft = Draft {
            cases: self,
            new,
            code,
            token,
            fingerprint,
            dispute,
            unit,
            description,
            phone,
            status,
            reason,
            at,
            answer_by,
        };
        store::create_once(&self.db, &draft).await?.ok_or(MediationError::NotNow)
    }

    fn receipt(&self, lang: Lang, no: &TrackingNo, code: &AccessCode, token: &str, answer_by: i64) -> MediationReceipt {
        MediationReceipt {
            tracking_no: no.to_string(),
            access_code: code.to_string(),
            invite_url: format!("{}{}", self.public_url, paths::invite(lang, &no.to_string(), token)),
            status_url: format!("{}{}", self.public_url, paths::track(lang, &no.to_string(), code.as_str())),
            answer_by,
        }
    }

    /// Party A: number and access code.
    pub async fn authorise_a(&self, no: &str, code: &str) -> Result<TrackingNo, MediationError> {
        let (Some(no), Some(code)) = (TrackingNo::parse(no), AccessCode::parse(code)) else {
            return Err(MediationError::NotFound);
        };
        let expected = self.secret.code_hash(&no, &code);
        if stored_hash_is(&self.db, "SELECT code_hash FROM mediations WHERE tracking_no = $1", &no, &expected).await? {
            Ok(no)
        } else {
            Err(MediationError::NotFound)
        }
    }

    /// Party B: number and invitation token.
    pub async fn authorise_b(&self, no: &str, token: &str) -> Result<TrackingNo, MediationError> {
        let no = TrackingNo::parse(no).ok_or(MediationError::NotFound)?;
        let token = token.trim().to_ascii_lowercase();
        if token.len() != 32 {
            return Err(MediationError::NotFound);
        }
        let expected = self.secret.token_hash(&no, &token);
        if stored_hash_is(&self.db, "SELECT invite_hash FROM mediations WHERE tracking_no = $1", &no, &expected).await?
        {
            Ok(no)
        } else {
            Err(MediationError::NotFound)
        }
    }

    pub(super) async fn load(&self, no: &TrackingNo) -> Result<Stored, MediationError> {
        let row: StoredRow = sqlx::query_as(
            "SELECT lang, dispute_type, village, description, phone_a, phone_b, a_picks, a_recused, b_picks, \
             b_recused, b_answered, status, unit, mediator, dispatch_reason, scheduled_at, place, outcome, answer_by \
             FROM mediations WHERE tracking_no = $1",
        )
        .bind(no.as_str())
        .fetch_optional(&self.db)
        .await?
        .ok_or(MediationError::NotFound)?;
        Ok(row.into())
    }
}

/// A new request, checked, about to be stored.
struct Draft<'a> {
    cases: &'a Cases,
    new: &'a NewMediation,
    code: AccessCode,
    token: String,
    fingerprint: String,
    dispute: Specialty,
    unit: String,
    description: &'a str,
    phone: Option<String>,
    status: MediationStatus,
    reason: Option<DispatchReason>,
    at: Timestamp,
    answer_by: Timestamp,
}

impl Creation for Draft<'_> {
    type Receipt = MediationReceipt;
    type Error = MediationError;

    async fn existing(&self) -> Result<Option<MediationReceipt>, MediationError> {
        let Some(keyed) = store::by_key(&self.cases.db, Log::Mediation, &self.new.idempotency_key).await? else {
            return Ok(None);
        };
        let matching = keyed.matching(&self.fingerprint).map_err(|_| MediationError::KeyReused)?;
        let (no, answer_by) = matching.ok_or(MediationError::NotFound)?;
        Ok(Some(self.cases.receipt(self.new.lang, &no, &self.code, &self.token, answer_by)))
    }

    async fn insert(
        &self,
        tx: &mut Tx,
        no: &TrackingNo,
    ) -> Result<Result<MediationReceipt, MediationError>, sqlx::Error> {
        let (new, secret) = (self.new, &self.cases.secret);
        sqlx::query(
            "INSERT INTO mediations (tracking_no, code_hash, invite_hash, idempotency_key, request_hash, lang, \
             dispute_type, village, description, phone_a, a_picks, a_recused, status, unit, dispatch_reason, \
             created_at, answer_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
        )
        .bind(no.as_str())
        .bind(secret.code_hash(no, &self.code))
        .bind(secret.token_hash(no, &self.token))
        .bind(&new.idempotency_key)
        .bind(&self.fingerprint)
        .bind(new.lang.slug())
        .bind(self.dispute.as_str())
        .bind(&new.village)
        .bind(self.description)
        .bind(self.phone.as_deref())
        .bind(new.picks.join(" "))
        .bind(new.recused.join(" "))
        .bind(self.status.as_str())
        .bind(&self.unit)
        .bind(self.reason.map(DispatchReason::as_str))
        .bind(self.at)
        .bind(self.answer_by)
        .execute(&mut **tx)
        .await?;
        add_event(tx, no, self.at, MediationEvent::Requested, Some(Party::A), None, None).await?;
        if let Some(reason) = self.reason {
            add_event(tx, no, self.at, MediationEvent::Dispatched, None, None, Some(reason.as_str())).await?;
        }
        Ok(Ok(self.cases.receipt(new.lang, no, &self.code, &self.token, self.answer_by)))
    }
}
