//! The appeals desk: creates appeals and checks who may open one. Every
//! change is one transaction that writes the appeal and its timeline
//! together, so a crash never leaves half a record. State changes are in
//! `actions.rs`, what people read in `views.rs`.

use super::{
    joined,
    routing::{due_at, Routing},
};
use crate::{
    case::{
        codes::{request_hash, stored_hash_is, Secret},
        events::{self, Event, Log},
        store::{self, Creation, Tx},
        Timestamp,
    },
    db::Db,
    units::{Level, Units},
};
use domain::{
    appeal::{
        normalise_phone, AccessCode, AppealOptions, AppealReceipt, AppealStatus, Choice, EventKind, NewAppeal,
        TownshipChoice, TrackingNo,
    },
    form::{Field, FieldProblem},
    paths, Lang,
};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum AppealError {
    #[error("the appeal has problems: {0:?}")]
    Invalid(Vec<FieldProblem>),
    #[error("this idempotency key was used for a different appeal")]
    KeyReused,
    /// A wrong number and a wrong code look the same from outside.
    #[error("no appeal with this number and code")]
    NotFound,
    #[error("this is not possible in the appeal's present state")]
    NotNow,
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

pub struct Desk {
    pub(super) db: Db,
    pub units: Arc<Units>,
    pub routing: Routing,
    secret: Secret,
    public_url: String,
    /// For the names of volunteer teams in timelines (`team:<id>`).
    pub(super) teams: Option<Arc<crate::volunteer::Teams>>,
}

impl Desk {
    pub fn new(db: Db, secret: Secret, units: Arc<Units>, routing: Routing, public_url: &str) -> Desk {
        Desk { db, units, routing, secret, public_url: public_url.trim_end_matches('/').to_owned(), teams: None }
    }

    /// Names the volunteer teams an appeal is handed to in its timeline.
    pub fn with_teams(self, teams: Arc<crate::volunteer::Teams>) -> Desk {
        Desk { teams: Some(teams), ..self }
    }

    /// Categories and the township → village tree, named in `lang`.
    pub fn options(&self, lang: Lang) -> AppealOptions {
        let categories = self
            .routing
            .categories
            .iter()
            .map(|c| Choice { id: c.id.clone(), name: c.name(lang).to_owned(), icon: c.icon.clone() })
            .collect();
        let townships = self
            .units
            .of_level(Level::Township)
            .map(|t| TownshipChoice {
                id: t.id.clone(),
                name: t.name(lang).to_owned(),
                villages: self
                    .units
                    .children(&t.id)
                    .filter(|v| v.level == Level::Village)
                    .map(|v| Choice { id: v.id.clone(), name: v.name(lang).to_owned(), icon: String::new() })
                    .collect(),
            })
            .collect();
        AppealOptions { categories, townships }
    }

    /// Stores a new appeal, or returns the one already stored for the same
    /// idempotency key (`created` is then false).
    pub async fn create(&self, new: &NewAppeal, at: Timestamp) -> Result<(AppealReceipt, bool), AppealError> {
        self.create_from(new, Source::Resident, at).await
    }

    /// The same for a report from `source`: a grid worker's on a round is
    /// routed like a resident's, and the figures count the two apart.
    pub async fn create_from(
        &self,
        new: &NewAppeal,
        source: Source,
        at: Timestamp,
    ) -> Result<(AppealReceipt, bool), AppealError> {
        let mut problems = new.problems();
        if !new.category.is_empty() && self.routing.category(&new.category).is_none() {
            problems.push(FieldProblem { field: Field::Category, message_id: "appeal-error-category".into() });
        }
        let route = self.routing.route(&self.units, &new.category, &new.village);
        if !new.village.is_empty() && route.is_none() && problems.iter().all(|p| p.field != Field::Category) {
            problems.push(FieldProblem { field: Field::Village, message_id: "appeal-error-village".into() });
        }
        if !problems.is_empty() {
            return Err(AppealError::Invalid(problems));
        }
        let route = route.ok_or(AppealError::NotNow)?;
        let phone = new.phone.as_deref().and_then(normalise_phone);
        let name = new.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
        let description = new.description.trim();
        let mut fields = serde_json::json!([new.category, new.village, description, phone, name, new.photos]);
        if new.join == Some(true) {
            // Only then, so that keys stored before joining existed still match.
            fields.as_array_mut().into_iter().for_each(|a| a.push("join".into()));
        }
        let fingerprint = request_hash(&fields.to_string());
        let draft = Draft {
            desk: self,
            new,
            source,
            code: self.secret.access_code(&new.idempotency_key),
            fingerprint,
            unit: &route.unit,
            description,
            phone,
            name,
            at,
            due: due_at(at, route.hours),
        };
        store::create_once(&self.db, &draft).await?.ok_or(AppealError::NotNow)
    }

    fn receipt(&self, no: &TrackingNo, code: &AccessCode, due_at: Timestamp) -> AppealReceipt {
        AppealReceipt {
            tracking_no: no.to_string(),
            access_code: code.to_string(),
            status_url: self.status_url(Lang::Zh, no, code),
            due_at,
        }
    }

    /// The link that opens the appeal directly (for the QR code).
    pub fn status_url(&self, lang: Lang, no: &TrackingNo, code: &AccessCode) -> String {
        format!("{}{}", self.public_url, paths::track(lang, &no.to_string(), code.as_str()))
    }

    /// Checks number and code; the same error for either being wrong.
    pub async fn authorise(&self, no: &str, code: &str) -> Result<TrackingNo, AppealError> {
        let (Some(no), Some(code)) = (TrackingNo::parse(no), AccessCode::parse(code)) else {
            return Err(AppealError::NotFound);
        };
        let expected = self.secret.code_hash(&no, &code);
        if stored_hash_is(&self.db, "SELECT code_hash FROM appeals WHERE tracking_no = $1", &no, &expected).await? {
            Ok(no)
        } else {
            Err(AppealError::NotFound)
        }
    }
}

/// Who reported a problem (`appeals.source`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Resident,
    /// A grid worker (网格员) on a round (网格发现).
    Grid,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Resident => "resident",
            Source::Grid => "grid",
        }
    }
}

/// A new appeal, checked and routed, about to be stored.
struct Draft<'a> {
    desk: &'a Desk,
    new: &'a NewAppeal,
    source: Source,
    code: AccessCode,
    fingerprint: String,
    unit: &'a str,
    description: &'a str,
    phone: Option<String>,
    name: Option<&'a str>,
    at: Timestamp,
    due: Timestamp,
}

impl Creation for Draft<'_> {
    type Receipt = AppealReceipt;
    type Error = AppealError;

    async fn existing(&self) -> Result<Option<AppealReceipt>, AppealError> {
        let Some(keyed) = store::by_key(&self.desk.db, Log::Appeal, &self.new.idempotency_key).await? else {
            return Ok(None);
        };
        let (no, due) =
            keyed.matching(&self.fingerprint).map_err(|_| AppealError::KeyReused)?.ok_or(AppealError::NotFound)?;
        Ok(Some(self.desk.receipt(&no, &self.code, due)))
    }

    async fn insert(&self, tx: &mut Tx, no: &TrackingNo) -> Result<Result<AppealReceipt, AppealError>, sqlx::Error> {
        let new = self.new;
        // Joined: handled by the same unit by the same deadline as the
        // report it joins, so the group moves together.
        let head = match new.join {
            Some(true) => joined::head_for(tx, &new.village, &new.category, self.at).await?,
            _ => None,
        };
        let (unit, due) = head.as_ref().map_or((self.unit, self.due), |h| (h.unit.as_str(), h.due_at));
        sqlx::query(
            "INSERT INTO appeals (tracking_no, code_hash, idempotency_key, request_hash, lang, category, village, \
             unit, description, phone, name, status, created_at, due_at, first_due_at, joined_to, source) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
        )
        .bind(no.as_str())
        .bind(self.desk.secret.code_hash(no, &self.code))
        .bind(&new.idempotency_key)
        .bind(&self.fingerprint)
        .bind(new.lang.slug())
        .bind(&new.category)
        .bind(&new.village)
        .bind(unit)
        .bind(self.description)
        .bind(self.phone.as_deref())
        .bind(self.name)
        .bind(AppealStatus::Received.as_str())
        .bind(self.at)
        .bind(due)
        .bind(due)
        .bind(head.as_ref().map(|h| h.no.as_str()))
        .bind(self.source.as_str())
        .execute(&mut **tx)
        .await?;
        if !attach_photos(tx, no, &new.photos).await? {
            let problem = FieldProblem { field: Field::Photos, message_id: "appeal-error-photo-lost".into() };
            return Ok(Err(AppealError::Invalid(vec![problem])));
        }
        events::append(tx, Log::Appeal, no, Event::new(self.at, EventKind::Received.as_str())).await?;
        let routed = Event::new(self.at, EventKind::Routed.as_str()).about(Some(unit));
        events::append(tx, Log::Appeal, no, routed).await?;
        if head.is_some() {
            events::append(tx, Log::Appeal, no, Event::new(self.at, EventKind::Joined.as_str()).about(Some(unit)))
                .await?;
        }
        Ok(Ok(self.desk.receipt(no, &self.code, due)))
    }
}

/// Photos uploaded before the appeal was sent become its own; false when
/// one is gone or belongs to another appeal.
async fn attach_photos(tx: &mut Tx, no: &TrackingNo, photos: &[String]) -> Result<bool, sqlx::Error> {
    for photo in photos {
        let attached = sqlx::query("UPDATE photos SET tracking_no = $1 WHERE id = $2 AND tracking_no IS NULL")
            .bind(no.as_str())
            .bind(photo)
            .execute(&mut **tx)
            .await?;
        if attached.rows_affected() != 1 {
            return Ok(false);
        }
    }
    Ok(true)
}
