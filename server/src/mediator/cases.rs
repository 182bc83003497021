//! Mediation requests: party A asks, party B answers the invitation, the
//! office assigns when no pick works, the arranging unit sets time and place
//! and records the outcome, both sides rate. Every change is one
//! transaction guarded by the state it starts from, so two answers racing
//! each other cannot both win and nothing is half written.

use super::directory::{Directory, Entry, Record};
use crate::{
    appeal::{
        codes::{random_tracking_no, request_hash, same, stored_hash_is, Secret},
        desk::{is_unique_violation, load_or_create_secret},
    },
    db::Db,
};
use domain::{
    appeal::{mask_phone, normalise_phone, AccessCode, TrackingNo, COMMENT_MAX_CHARS},
    form::{problem, Field, FieldProblem},
    mediator::{
        is_recused, Choices, DispatchReason, MediationAnswer, MediationEntry, MediationEvent, MediationReceipt,
        MediationStatus, MediationView, MediatorCard, NewMediation, Outcome, Party, Resolution, Specialty,
    },
    staff::{MediationItem, StaffMediation},
    Lang,
};
use sqlx::{Any, Row, Transaction};
use std::{collections::HashMap, sync::Arc};

pub type Timestamp = i64;

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
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Place of a session: a short text such as "青稞镇司法所调解室".
pub const PLACE_MAX_CHARS: usize = 200;

pub struct Cases {
    db: Db,
    pub directory: Arc<Directory>,
    secret: Secret,
    public_url: String,
}

/// One stored request, as read back.
struct Stored {
    lang: Lang,
    dispute_type: Specialty,
    village: String,
    description: String,
    phone_a: Option<String>,
    phone_b: Option<String>,
    a: Choices,
    b: Choices,
    b_answered: bool,
    status: MediationStatus,
    unit: String,
    mediator: Option<String>,
    dispatch_reason: Option<DispatchReason>,
    scheduled_at: Option<i64>,
    place: Option<String>,
    outcome: Option<Outcome>,
    answer_by: i64,
}

const STORED_COLUMNS: &str = "lang, dispute_type, village, description, phone_a, phone_b, a_picks, a_recused, \
     b_picks, b_recused, b_answered, status, unit, mediator, dispatch_reason, scheduled_at, place, outcome, answer_by";

fn ids(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_owned).collect()
}

fn stored(r: &sqlx::any::AnyRow) -> Stored {
    Stored {
        lang: r.get::<String, _>(0).parse().unwrap_or_default(),
        dispute_type: Specialty::parse(&r.get::<String, _>(1)).unwrap_or(Specialty::Other),
        village: r.get(2),
        description: r.get(3),
        phone_a: r.get(4),
        phone_b: r.get(5),
        a: Choices { picks: ids(&r.get::<String, _>(6)), recused: ids(&r.get::<String, _>(7)) },
        b: Choices { picks: ids(&r.get::<String, _>(8)), recused: ids(&r.get::<String, _>(9)) },
        b_answered: r.get::<i32, _>(10) != 0,
        status: MediationStatus::parse(&r.get::<String, _>(11)).unwrap_or(MediationStatus::Invited),
        unit: r.get(12),
        mediator: r.get(13),
        dispatch_reason: r.get::<Option<String>, _>(14).as_deref().and_then(DispatchReason::parse),
        scheduled_at: r.get(15),
        place: r.get(16),
        outcome: r.get::<Option<String>, _>(17).as_deref().and_then(Outcome::parse),
        answer_by: r.get(18),
    }
}

impl Cases {
    pub async fn new(db: Db, directory: Arc<Directory>, public_url: &str) -> Result<Cases, sqlx::Error> {
        let secret = load_or_create_secret(&db).await?;
        Ok(Cases { db, directory, secret, public_url: public_url.trim_end_matches('/').to_owned() })
    }

    fn code_for(&self, key: &str) -> AccessCode {
        // Apart from appeals' codes, should a client reuse a key for both.
        self.secret.access_code(&format!("mediation:{key}"))
    }

    pub fn invite_path(lang: Lang, no: &TrackingNo, token: &str) -> String {
        format!("/{}/invite/{}/{}", lang.slug(), no, token)
    }

    pub fn invite_url(&self, lang: Lang, no: &TrackingNo, token: &str) -> String {
        format!("{}{}", self.public_url, Cases::invite_path(lang, no, token))
    }

    fn unknown_mediators(&self, choices: &Choices) -> Vec<FieldProblem> {
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
        if let Some(receipt) = self.retry(new, &fingerprint, &code, &token).await? {
            return Ok((receipt, false));
        }
        let answer_by = at + i64::from(self.directory.rules.answer_days) * 86_400;
        let (status, reason) = if new.picks.is_empty() {
            (MediationStatus::Dispatch, Some(DispatchReason::Asked))
        } else {
            (MediationStatus::Invited, None)
        };
        for _ in 0..5 {
            let no = random_tracking_no();
            // Appeals and mediations share the tracking page: one number, one case.
            let taken: Option<String> = sqlx::query_scalar("SELECT tracking_no FROM appeals WHERE tracking_no = $1")
                .bind(no.as_str())
                .fetch_optional(&self.db)
                .await?;
            if taken.is_some() {
                continue;
            }
            let mut tx = self.db.begin().await?;
            let inserted = sqlx::query(
                "INSERT INTO mediations (tracking_no, code_hash, invite_hash, idempotency_key, request_hash, lang, \
                 dispute_type, village, description, phone_a, a_picks, a_recused, status, unit, dispatch_reason, \
                 created_at, answer_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
            )
            .bind(no.as_str())
            .bind(self.secret.code_hash(&no, &code))
            .bind(self.secret.token_hash(&no, &token))
            .bind(&new.idempotency_key)
            .bind(&fingerprint)
            .bind(new.lang.slug())
            .bind(dispute.as_str())
            .bind(&new.village)
            .bind(description)
            .bind(phone.as_deref())
            .bind(new.picks.join(" "))
            .bind(new.recused.join(" "))
            .bind(status.as_str())
            .bind(&unit)
            .bind(reason.map(DispatchReason::as_str))
            .bind(at)
            .bind(answer_by)
            .execute(&mut *tx)
            .await;
            match inserted {
                Ok(_) => {
                    add_event(&mut tx, &no, at, MediationEvent::Requested, Some(Party::A), None, None).await?;
                    if let Some(reason) = reason {
                        add_event(&mut tx, &no, at, MediationEvent::Dispatched, None, None, Some(reason.as_str()))
                            .await?;
                    }
                    tx.commit().await?;
                    return Ok((self.receipt(new.lang, &no, &code, &token, answer_by), true));
                }
                Err(e) if is_unique_violation(&e) => {
                    tx.rollback().await?;
                    // A concurrent retry of the same request won the race.
                    if let Some(receipt) = self.retry(new, &fingerprint, &code, &token).await? {
                        return Ok((receipt, false));
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(MediationError::NotNow)
    }

    async fn retry(
        &self,
        new: &NewMediation,
        fingerprint: &str,
        code: &AccessCode,
        token: &str,
    ) -> Result<Option<MediationReceipt>, MediationError> {
        let row = sqlx::query("SELECT tracking_no, request_hash, answer_by FROM mediations WHERE idempotency_key = $1")
            .bind(&new.idempotency_key)
            .fetch_optional(&self.db)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let no = TrackingNo::parse(&row.get::<String, _>(0)).ok_or(MediationError::NotFound)?;
        if !same(&row.get::<String, _>(1), fingerprint) {
            return Err(MediationError::KeyReused);
        }
        Ok(Some(self.receipt(new.lang, &no, code, token, row.get(2))))
    }

    fn receipt(&self, lang: Lang, no: &TrackingNo, code: &AccessCode, token: &str, answer_by: i64) -> MediationReceipt {
        MediationReceipt {
            tracking_no: no.to_string(),
            access_code: code.to_string(),
            invite_url: self.invite_url(lang, no, token),
            status_url: format!("{}/{}/track/{}?code={}", self.public_url, lang.slug(), no, code),
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

    async fn load(&self, no: &TrackingNo) -> Result<Stored, MediationError> {
        let row = sqlx::query(&format!("SELECT {STORED_COLUMNS} FROM mediations WHERE tracking_no = $1"))
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await?
            .ok_or(MediationError::NotFound)?;
        Ok(stored(&row))
    }

    /// Party B answers, once, while no mediator is set: a common pick is
    /// matched at once; otherwise the office assigns one.
    pub async fn answer(&self, no: &TrackingNo, answer: &MediationAnswer, at: Timestamp) -> Result<(), MediationError> {
        self.sweep(at).await?;
        let case = self.load(no).await?;
        if case.b_answered || !matches!(case.status, MediationStatus::Invited | MediationStatus::Dispatch) {
            return Err(MediationError::NotNow);
        }
        let mut problems = answer.problems(&case.a);
        problems.extend(self.unknown_mediators(&answer.choices()));
        if !problems.is_empty() {
            return Err(MediationError::Invalid(problems));
        }
        let b = answer.choices();
        let mut tx = self.db.begin().await?;
        let answered = sqlx::query(
            "UPDATE mediations SET b_picks = $1, b_recused = $2, b_answered = 1, phone_b = $3 \
             WHERE tracking_no = $4 AND b_answered = 0 AND status = $5",
        )
        .bind(b.picks.join(" "))
        .bind(b.recused.join(" "))
        .bind(answer.phone.as_deref().and_then(normalise_phone))
        .bind(no.as_str())
        .bind(case.status.as_str())
        .execute(&mut *tx)
        .await?;
        if answered.rows_affected() != 1 {
            return Err(MediationError::NotNow);
        }
        add_event(&mut tx, no, at, MediationEvent::Answered, Some(Party::B), None, None).await?;
        match answer.resolve(&case.a) {
            Resolution::Matched(id) => {
                let entry = self.directory.get(&id).ok_or(MediationError::NotNow)?;
                set_mediator(&mut tx, no, entry).await?;
                add_event(&mut tx, no, at, MediationEvent::Matched, None, None, Some(&id)).await?;
            }
            Resolution::Dispatch(reason) if case.status == MediationStatus::Invited => {
                dispatch(&mut tx, no, reason, at).await?;
            }
            // Already with the office: B's lists now guide the assignment.
            Resolution::Dispatch(_) => {}
        }
        tx.commit().await?;
        Ok(())
    }

    /// Party A does not want to wait for B: the office assigns.
    pub async fn dispatch_now(&self, no: &TrackingNo, at: Timestamp) -> Result<(), MediationError> {
        let mut tx = self.db.begin().await?;
        if !dispatch(&mut tx, no, DispatchReason::Asked, at).await? {
            return Err(MediationError::NotNow);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Invitations not answered in time go to the office. Run before every
    /// read that shows a status, so nobody sees a stale one.
    pub async fn sweep(&self, at: Timestamp) -> Result<usize, MediationError> {
        let late: Vec<String> =
            sqlx::query_scalar("SELECT tracking_no FROM mediations WHERE status = $1 AND answer_by <= $2")
                .bind(MediationStatus::Invited.as_str())
                .bind(at)
                .fetch_all(&self.db)
                .await?;
        let mut moved = 0;
        for no in late.iter().filter_map(|n| TrackingNo::parse(n)) {
            let mut tx = self.db.begin().await?;
            if dispatch(&mut tx, &no, DispatchReason::NoAnswer, at).await? {
                moved += 1;
            }
            tx.commit().await?;
        }
        Ok(moved)
    }

    /// Staff assign a mediator (派单), or replace one who cannot come.
    /// Nobody recused by either side, ever.
    pub async fn assign(
        &self,
        no: &TrackingNo,
        actor: &str,
        mediator: &str,
        at: Timestamp,
    ) -> Result<(), MediationError> {
        let case = self.load(no).await?;
        if !matches!(case.status, MediationStatus::Dispatch | MediationStatus::Matched) {
            return Err(MediationError::NotNow);
        }
        let entry = self.directory.get(mediator).ok_or(MediationError::NotNow)?;
        if is_recused(mediator, &case.a, &case.b) {
            return Err(MediationError::Recused);
        }
        let mut tx = self.db.begin().await?;
        let changed = sqlx::query(
            "UPDATE mediations SET status = $1, mediator = $2, unit = $3 WHERE tracking_no = $4 AND status = $5",
        )
        .bind(MediationStatus::Matched.as_str())
        .bind(mediator)
        .bind(&entry.raw.unit)
        .bind(no.as_str())
        .bind(case.status.as_str())
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(MediationError::NotNow);
        }
        add_event(&mut tx, no, at, MediationEvent::Assigned, None, Some(actor), Some(mediator)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The arranging unit sets (or moves) time and place.
    pub async fn schedule(
        &self,
        no: &TrackingNo,
        actor: &str,
        when: i64,
        place: &str,
        at: Timestamp,
    ) -> Result<(), MediationError> {
        let place = place.trim();
        if place.is_empty() || place.chars().count() > PLACE_MAX_CHARS {
            return Err(MediationError::BadText);
        }
        let mut tx = self.db.begin().await?;
        let changed = sqlx::query(
            "UPDATE mediations SET status = $1, scheduled_at = $2, place = $3 \
             WHERE tracking_no = $4 AND status IN ('matched', 'scheduled')",
        )
        .bind(MediationStatus::Scheduled.as_str())
        .bind(when)
        .bind(place)
        .bind(no.as_str())
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(MediationError::NotNow);
        }
        let detail = format!("{when} {place}");
        add_event(&mut tx, no, at, MediationEvent::Scheduled, None, Some(actor), Some(&detail)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// How it ended; both sides may rate from now on.
    pub async fn record_outcome(
        &self,
        no: &TrackingNo,
        actor: &str,
        outcome: Outcome,
        at: Timestamp,
    ) -> Result<(), MediationError> {
        let mut tx = self.db.begin().await?;
        let changed = sqlx::query(
            "UPDATE mediations SET status = $1, outcome = $2, done_at = $3 \
             WHERE tracking_no = $4 AND status IN ('matched', 'scheduled')",
        )
        .bind(MediationStatus::Done.as_str())
        .bind(outcome.as_str())
        .bind(at)
        .bind(no.as_str())
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(MediationError::NotNow);
        }
        add_event(&mut tx, no, at, MediationEvent::Outcome, None, Some(actor), Some(outcome.as_str())).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Each side rates the mediator once, after the outcome (评单).
    pub async fn rate(
        &self,
        no: &TrackingNo,
        party: Party,
        stars: u8,
        comment: &str,
        at: Timestamp,
    ) -> Result<(), MediationError> {
        if !(1..=5).contains(&stars) {
            return Err(MediationError::BadRating);
        }
        let comment = comment.trim();
        if comment.chars().count() > COMMENT_MAX_CHARS {
            return Err(MediationError::BadText);
        }
        let case = self.load(no).await?;
        let (MediationStatus::Done, Some(mediator)) = (case.status, case.mediator) else {
            return Err(MediationError::NotNow);
        };
        let mut tx = self.db.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO mediator_ratings (tracking_no, party, mediator, stars, comment, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(no.as_str())
        .bind(party.as_str())
        .bind(&mediator)
        .bind(i32::from(stars))
        .bind((!comment.is_empty()).then_some(comment))
        .bind(at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            Err(e) if is_unique_violation(&e) => return Err(MediationError::NotNow),
            Err(e) => return Err(e.into()),
        }
        add_event(&mut tx, no, at, MediationEvent::Rated, Some(party), None, Some(&stars.to_string())).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Ratings and completed cases of every mediator.
    pub async fn records(&self) -> Result<HashMap<String, Record>, MediationError> {
        let mut records: HashMap<String, Record> = HashMap::new();
        let rows = sqlx::query(
            "SELECT mediator, CAST(SUM(stars) AS BIGINT), CAST(COUNT(*) AS BIGINT) FROM mediator_ratings GROUP BY mediator",
        )
        .fetch_all(&self.db)
        .await?;
        for r in rows {
            let record = records.entry(r.get(0)).or_default();
            record.stars_sum = r.get(1);
            record.ratings = r.get::<i64, _>(2) as u32;
        }
        let rows = sqlx::query(
            "SELECT mediator, CAST(COUNT(*) AS BIGINT) FROM mediations WHERE status = 'done' AND mediator IS NOT NULL \
             GROUP BY mediator",
        )
        .fetch_all(&self.db)
        .await?;
        for r in rows {
            records.entry(r.get(0)).or_default().cases = r.get::<i64, _>(1) as u32;
        }
        Ok(records)
    }

    fn card(&self, id: &str, lang: Lang, records: &HashMap<String, Record>) -> Option<MediatorCard> {
        let entry = self.directory.get(id)?;
        Some(self.directory.card(entry, lang, records.get(id).copied().unwrap_or_default()))
    }

    /// What one side sees: A with the code, B with the invitation.
    pub async fn view(
        &self,
        no: &TrackingNo,
        party: Party,
        lang: Lang,
        at: Timestamp,
    ) -> Result<MediationView, MediationError> {
        self.sweep(at).await?;
        let case = self.load(no).await?;
        let records = self.records().await?;
        self.view_of(no, &case, party, lang, &records).await
    }

    /// The view of a request already read, with the board's records.
    async fn view_of(
        &self,
        no: &TrackingNo,
        case: &Stored,
        party: Party,
        lang: Lang,
        records: &HashMap<String, Record>,
    ) -> Result<MediationView, MediationError> {
        let directory = &self.directory;
        let events =
            sqlx::query("SELECT at, kind, party, detail FROM mediation_events WHERE tracking_no = $1 ORDER BY seq")
                .bind(no.as_str())
                .fetch_all(&self.db)
                .await?;
        let timeline = events
            .into_iter()
            .filter_map(|e| {
                let kind = MediationEvent::parse(&e.get::<String, _>(1))?;
                let detail: Option<String> = e.get(3);
                // Mediators by name in the reader's language; other details are ids the page translates.
                let detail = match kind {
                    MediationEvent::Matched | MediationEvent::Assigned => {
                        detail.map(|id| directory.get(&id).map_or(id.clone(), |m| m.name(lang).to_owned()))
                    }
                    _ => detail,
                };
                Some(MediationEntry {
                    at: e.get(0),
                    kind,
                    party: e.get::<Option<String>, _>(2).as_deref().and_then(Party::parse),
                    detail,
                })
            })
            .collect();
        let my_rating: Option<i32> =
            sqlx::query_scalar("SELECT stars FROM mediator_ratings WHERE tracking_no = $1 AND party = $2")
                .bind(no.as_str())
                .bind(party.as_str())
                .fetch_optional(&self.db)
                .await?;
        let township = directory.township_of(&case.village).unwrap_or_default();
        let invite_path = if party == Party::A
            && !case.b_answered
            && matches!(case.status, MediationStatus::Invited | MediationStatus::Dispatch)
        {
            Some(self.invite_path_of(no, case.lang).await?)
        } else {
            None
        };
        let is_a = party == Party::A;
        Ok(MediationView {
            tracking_no: no.to_string(),
            party,
            status: case.status,
            dispute_type: case.dispute_type,
            village: directory.unit_name(&case.village, lang),
            township: directory.unit_name(&township, lang),
            description: is_a.then(|| case.description.clone()),
            phone_masked: if is_a { case.phone_a.as_deref() } else { case.phone_b.as_deref() }.map(mask_phone),
            a_picks: case.a.picks.iter().filter_map(|id| self.card(id, lang, records)).collect(),
            recused: if is_a {
                case.a
                    .recused
                    .iter()
                    .map(|id| directory.get(id).map_or(id.clone(), |m| m.name(lang).to_owned()))
                    .collect()
            } else {
                Vec::new()
            },
            b_answered: case.b_answered,
            answer_by: case.answer_by,
            dispatch_reason: case.dispatch_reason,
            mediator: case.mediator.as_deref().and_then(|id| self.card(id, lang, records)),
            unit: directory.unit_name(&case.unit, lang),
            unit_contact: case.mediator.as_deref().and_then(|id| directory.get(id)).map(|m| m.raw.office.clone()),
            scheduled_at: case.scheduled_at,
            place: case.place.clone(),
            outcome: case.outcome,
            my_rating: my_rating.map(|s| s.clamp(1, 5) as u8),
            can_rate: case.status == MediationStatus::Done && my_rating.is_none(),
            // Only A needs the link, and only while B may still answer.
            invite_url: invite_path.as_ref().map(|p| format!("{}{p}", self.public_url)),
            invite_path,
            timeline,
        })
    }

    /// The invitation link again (the token is derived, never stored).
    async fn invite_path_of(&self, no: &TrackingNo, lang: Lang) -> Result<String, MediationError> {
        let key: String = sqlx::query_scalar("SELECT idempotency_key FROM mediations WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_one(&self.db)
            .await?;
        Ok(Cases::invite_path(lang, no, &self.secret.invite_token(&key)))
    }

    /// The arranging unit's list: everything not finished, newest first.
    pub async fn queue(&self, unit: &str, lang: Lang, at: Timestamp) -> Result<Vec<MediationItem>, MediationError> {
        self.sweep(at).await?;
        let rows = sqlx::query(
            "SELECT tracking_no, status, dispute_type, village, unit, mediator, created_at FROM mediations \
             WHERE status <> 'done' ORDER BY created_at DESC",
        )
        .fetch_all(&self.db)
        .await?;
        let directory = &self.directory;
        Ok(rows
            .into_iter()
            .filter(|r| directory.is_within(&r.get::<String, _>(4), unit))
            .filter_map(|r| {
                Some(MediationItem {
                    tracking_no: TrackingNo::parse(&r.get::<String, _>(0))?.to_string(),
                    status: MediationStatus::parse(&r.get::<String, _>(1))?,
                    dispute_type: Specialty::parse(&r.get::<String, _>(2))?,
                    village: directory.unit_name(&r.get::<String, _>(3), lang),
                    unit: directory.unit_name(&r.get::<String, _>(4), lang),
                    mediator: r
                        .get::<Option<String>, _>(5)
                        .map(|id| directory.get(&id).map_or(id.clone(), |m| m.name(lang).to_owned())),
                    created_at: r.get(6),
                })
            })
            .collect())
    }

    /// The unit arranging a mediation now.
    pub async fn unit_of(&self, no: &TrackingNo) -> Result<String, MediationError> {
        sqlx::query_scalar("SELECT unit FROM mediations WHERE tracking_no = $1")
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await?
            .ok_or(MediationError::NotFound)
    }

    /// The console's view: both phones, both lists, who may be assigned.
    pub async fn staff_view(
        &self,
        no: &TrackingNo,
        lang: Lang,
        at: Timestamp,
    ) -> Result<StaffMediation, MediationError> {
        self.sweep(at).await?;
        let case = self.load(no).await?;
        let records = self.records().await?;
        let view = self.view_of(no, &case, Party::A, lang, &records).await?;
        let directory = &self.directory;
        let name = |id: &String| directory.get(id).map_or(id.clone(), |m| m.name(lang).to_owned());
        let township = directory.township_of(&case.village);
        let fit = |e: &Entry| {
            let mut score = 0;
            if e.specialties.contains(&case.dispute_type) {
                score += 4;
            }
            if township.as_deref().is_some_and(|t| e.serves_township(t)) {
                score += 2;
            }
            if e.languages.contains(&case.lang) {
                score += 1;
            }
            score
        };
        let mut candidates: Vec<&Entry> =
            directory.entries().iter().filter(|e| !is_recused(&e.raw.id, &case.a, &case.b)).collect();
        candidates.sort_by_key(|e| std::cmp::Reverse(fit(e)));
        Ok(StaffMediation {
            phone_a: case.phone_a.clone(),
            phone_b: case.phone_b.clone(),
            b_picks: case.b.picks.iter().map(name).collect(),
            recused: case.a.recused.iter().chain(&case.b.recused).map(name).collect(),
            candidates: candidates
                .into_iter()
                .map(|e| directory.card(e, lang, records.get(&e.raw.id).copied().unwrap_or_default()))
                .collect(),
            view,
        })
    }
}

/// To the office, from `invited` only; false when the state had moved on.
async fn dispatch(
    tx: &mut Transaction<'static, Any>,
    no: &TrackingNo,
    reason: DispatchReason,
    at: Timestamp,
) -> Result<bool, MediationError> {
    let changed =
        sqlx::query("UPDATE mediations SET status = $1, dispatch_reason = $2 WHERE tracking_no = $3 AND status = $4")
            .bind(MediationStatus::Dispatch.as_str())
            .bind(reason.as_str())
            .bind(no.as_str())
            .bind(MediationStatus::Invited.as_str())
            .execute(&mut **tx)
            .await?;
    if changed.rows_affected() != 1 {
        return Ok(false);
    }
    add_event(tx, no, at, MediationEvent::Dispatched, None, None, Some(reason.as_str())).await?;
    Ok(true)
}

/// Matched: the mediator's unit arranges it from now on.
async fn set_mediator(tx: &mut Transaction<'static, Any>, no: &TrackingNo, entry: &Entry) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mediations SET status = $1, mediator = $2, unit = $3 WHERE tracking_no = $4")
        .bind(MediationStatus::Matched.as_str())
        .bind(&entry.raw.id)
        .bind(&entry.raw.unit)
        .bind(no.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn add_event(
    tx: &mut Transaction<'static, Any>,
    no: &TrackingNo,
    at: Timestamp,
    kind: MediationEvent,
    party: Option<Party>,
    actor: Option<&str>,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    // Both parties may act at once: the case's row lock makes them take
    // turns, so the count below sees the other's event (every flow here
    // writes first, which SQLite needs for the same).
    sqlx::query("UPDATE mediations SET status = status WHERE tracking_no = $1")
        .bind(no.as_str())
        .execute(&mut **tx)
        .await?;
    let seq: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mediation_events WHERE tracking_no = $1")
        .bind(no.as_str())
        .fetch_one(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO mediation_events (tracking_no, seq, at, kind, party, actor, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(no.as_str())
    .bind(seq as i32)
    .bind(at)
    .bind(kind.as_str())
    .bind(party.map(Party::as_str))
    .bind(actor)
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
