//! What happens to a mediation request after it is made: party B answers,
//! the office assigns when no pick works, the arranging unit sets time and
//! place and records the outcome, both sides rate. Every change is one
//! transaction guarded by the state it starts from, so two answers racing
//! each other cannot both win and nothing is half written.

use super::{
    cases::{Cases, MediationError, PLACE_MAX_CHARS},
    directory::Entry,
};
use crate::case::{
    events::{self, Event, Log},
    store::{is_unique_violation, Tx},
    Timestamp,
};
use domain::{
    appeal::{normalise_phone, TrackingNo, COMMENT_MAX_CHARS},
    mediator::{
        is_recused, DispatchReason, MediationAnswer, MediationEvent, MediationStatus, Outcome, Party, Resolution,
    },
};

impl Cases {
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
        let mut tx = crate::db::write(&self.db).await?;
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
        let mut tx = crate::db::write(&self.db).await?;
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
            let mut tx = crate::db::write(&self.db).await?;
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
        let mut tx = crate::db::write(&self.db).await?;
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
        let mut tx = crate::db::write(&self.db).await?;
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
        let mut tx = crate::db::write(&self.db).await?;
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
        let mut tx = crate::db::write(&self.db).await?;
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
}

/// To the office, from `invited` only; false when the state had moved on.
async fn dispatch(tx: &mut Tx, no: &TrackingNo, reason: DispatchReason, at: Timestamp) -> Result<bool, MediationError> {
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
async fn set_mediator(tx: &mut Tx, no: &TrackingNo, entry: &Entry) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mediations SET status = $1, mediator = $2, unit = $3 WHERE tracking_no = $4")
        .bind(MediationStatus::Matched.as_str())
        .bind(&entry.raw.id)
        .bind(&entry.raw.unit)
        .bind(no.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
/// Appends to the mediation's timeline (`party`: the side that acted).
pub(super) async fn add_event(
    tx: &mut Tx,
    no: &TrackingNo,
    at: Timestamp,
    kind: MediationEvent,
    party: Option<Party>,
    actor: Option<&str>,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    let event = Event { at, kind: kind.as_str(), about: party.map(Party::as_str), actor, text: detail };
    events::append(tx, Log::Mediation, no, event).await
}
