//! What people read of mediations: either side's view, the arranging
//! unit's queue, the console's view with the candidates to assign, and the
//! board's ratings. Nothing here changes a record (but for `sweep`, which
//! moves requests past their answer date to the office first).

use super::{
    cases::{Cases, MediationError, Stored},
    directory::Record,
};
use crate::case::Timestamp;
use domain::{
    appeal::{mask_phone, TrackingNo},
    mediator::{
        ranking::{self, Candidate, Needs},
        MediationEntry, MediationEvent, MediationStatus, MediationView, MediatorCard, Party, Specialty,
    },
    paths,
    staff::{MediationItem, StaffMediation},
    Lang,
};
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    kind: String,
    party: Option<String>,
    detail: Option<String>,
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    tracking_no: String,
    status: String,
    dispute_type: String,
    village: String,
    unit: String,
    mediator: Option<String>,
    created_at: i64,
}

impl Cases {
    /// Ratings and completed cases of every mediator.
    pub async fn records(&self) -> Result<HashMap<String, Record>, MediationError> {
        let mut records: HashMap<String, Record> = HashMap::new();
        let ratings: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT mediator, CAST(SUM(stars) AS BIGINT), CAST(COUNT(*) AS BIGINT) FROM mediator_ratings GROUP BY mediator",
        )
        .fetch_all(&self.db)
        .await?;
        for (mediator, stars_sum, count) in ratings {
            let record = records.entry(mediator).or_default();
            record.stars_sum = stars_sum;
            record.ratings = count as u32;
        }
        let done: Vec<(String, i64)> = sqlx::query_as(
            "SELECT mediator, CAST(COUNT(*) AS BIGINT) FROM mediations WHERE status = 'done' AND mediator IS NOT NULL \
             GROUP BY mediator",
        )
        .fetch_all(&self.db)
        .await?;
        for (mediator, cases) in done {
            records.entry(mediator).or_default().cases = cases as u32;
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
        let events: Vec<EventRow> =
            sqlx::query_as("SELECT at, kind, party, detail FROM mediation_events WHERE tracking_no = $1 ORDER BY seq")
                .bind(no.as_str())
                .fetch_all(&self.db)
                .await?;
        let timeline = events
            .into_iter()
            .filter_map(|e| {
                let kind = MediationEvent::parse(&e.kind)?;
                let detail = e.detail;
                // Mediators by name in the reader's language; other details are ids the page translates.
                let detail = match kind {
                    MediationEvent::Matched | MediationEvent::Assigned => {
                        detail.map(|id| directory.get(&id).map_or(id.clone(), |m| m.name(lang).to_owned()))
                    }
                    _ => detail,
                };
                Some(MediationEntry { at: e.at, kind, party: e.party.as_deref().and_then(Party::parse), detail })
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
        Ok(paths::invite(lang, &no.to_string(), &self.secret.invite_token(&key)))
    }

    /// The arranging unit's list: everything not finished, newest first.
    pub async fn queue(&self, unit: &str, lang: Lang, at: Timestamp) -> Result<Vec<MediationItem>, MediationError> {
        self.sweep(at).await?;
        let rows: Vec<QueueRow> = sqlx::query_as(
            "SELECT tracking_no, status, dispute_type, village, unit, mediator, created_at FROM mediations \
             WHERE status <> 'done' ORDER BY created_at DESC",
        )
        .fetch_all(&self.db)
        .await?;
        let directory = &self.directory;
        Ok(rows
            .into_iter()
            .filter(|r| directory.is_within(&r.unit, unit))
            .filter_map(|r| {
                Some(MediationItem {
                    tracking_no: TrackingNo::parse(&r.tracking_no)?.to_string(),
                    status: MediationStatus::parse(&r.status)?,
                    dispute_type: Specialty::parse(&r.dispute_type)?,
                    village: directory.unit_name(&r.village, lang),
                    unit: directory.unit_name(&r.unit, lang),
                    mediator: r.mediator.map(|id| directory.get(&id).map_or(id.clone(), |m| m.name(lang).to_owned())),
                    created_at: r.created_at,
                })
            })
            .collect())
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
        let needs = Needs {
            dispute: case.dispute_type,
            township: township.as_deref(),
            lang: case.lang,
            a: &case.a,
            b: &case.b,
        };
        let candidates = ranking::rank(
            &needs,
            directory.entries().iter().map(|e| Candidate {
                id: &e.raw.id,
                specialties: &e.specialties,
                townships: &e.raw.townships,
                languages: &e.languages,
            }),
        );
        Ok(StaffMediation {
            phone_a: case.phone_a.clone(),
            phone_b: case.phone_b.clone(),
            b_picks: case.b.picks.iter().map(name).collect(),
            recused: case.a.recused.iter().chain(&case.b.recused).map(name).collect(),
            candidates: candidates.into_iter().filter_map(|id| self.card(id, lang, &records)).collect(),
            view,
        })
    }
}
