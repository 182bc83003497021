//! The tracking page serves appeals and mediation requests alike: one
//! number and one code, checked against both, with one guard against
//! guessing (`case/guard.rs`), which culture bank accounts go through too.

use crate::{
    appeal::AppealError, bank::BankError, edge::ClientAddr, mediator::MediationError, volunteer::VolunteerError,
    AppState,
};
use domain::appeal::TrackingNo;

/// What a number and code opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tracked {
    Appeal(TrackingNo),
    Mediation(TrackingNo),
}

#[derive(Debug, thiserror::Error)]
pub enum TrackError {
    /// A wrong number and a wrong code look the same from outside.
    #[error("no appeal or mediation with this number and code")]
    NotFound,
    /// This client made too many wrong tries; it may try again later.
    #[error("too many wrong tries from this client")]
    Busy(std::time::Duration),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Number and code, through the guard (`case/guard.rs`); a miss counts
/// once, whichever kind of case the number was meant to be.
pub async fn authorise(state: &AppState, client: ClientAddr, no: &str, code: &str) -> Result<Tracked, TrackError> {
    guarded(state, client, no, code, async {
        match state.appeals.authorise(no, code).await {
            Ok(no) => return Ok(Some(Tracked::Appeal(no))),
            Err(AppealError::Database(e)) => return Err(TrackError::Database(e)),
            Err(_) => {}
        }
        match state.mediations.authorise_a(no, code).await {
            Ok(no) => Ok(Some(Tracked::Mediation(no))),
            Err(MediationError::Database(e)) => Err(TrackError::Database(e)),
            Err(_) => Ok(None),
        }
    })
    .await
}

/// Party B's invitation token, through the same guard.
pub async fn authorise_invite(
    state: &AppState,
    client: ClientAddr,
    no: &str,
    token: &str,
) -> Result<TrackingNo, TrackError> {
    let found = guarded(state, client, no, token, async {
        match state.mediations.authorise_b(no, token).await {
            Ok(no) => Ok(Some(Tracked::Mediation(no))),
            Err(MediationError::Database(e)) => Err(TrackError::Database(e)),
            Err(_) => Ok(None),
        }
    })
    .await?;
    match found {
        Tracked::Mediation(no) => Ok(no),
        Tracked::Appeal(_) => Err(TrackError::NotFound),
    }
}

/// A household's culture bank account (`bank/`), through the same guard:
/// its number and code are guessed like a case's.
pub async fn authorise_account(
    state: &AppState,
    client: ClientAddr,
    no: &str,
    code: &str,
) -> Result<TrackingNo, TrackError> {
    guarded(state, client, no, code, async {
        match state.bank.authorise(no, code).await {
            Ok(no) => Ok(Some(no)),
            Err(BankError::Database(e)) => Err(TrackError::Database(e)),
            Err(_) => Ok(None),
        }
    })
    .await
}

/// A volunteer's application, through the same guard.
pub async fn authorise_volunteer(
    state: &AppState,
    client: ClientAddr,
    no: &str,
    code: &str,
) -> Result<TrackingNo, TrackError> {
    guarded(state, client, no, code, async {
        match state.volunteers.authorise(no, code).await {
            Ok(no) => Ok(Some(no)),
            Err(VolunteerError::Database(e)) => Err(TrackError::Database(e)),
            Err(_) => Ok(None),
        }
    })
    .await
}

async fn guarded<T>(
    state: &AppState,
    client: ClientAddr,
    no: &str,
    secret: &str,
    check: impl std::future::Future<Output = Result<Option<T>, TrackError>>,
) -> Result<T, TrackError> {
    // No code at all is a visit, not a try.
    if secret.trim().is_empty() {
        return Err(TrackError::NotFound);
    }
    state.guard.admit(client).await.map_err(TrackError::Busy)?;
    match check.await? {
        Some(found) => {
            state.guard.succeeded(client).await;
            Ok(found)
        }
        None => {
            state.guard.failed(TrackingNo::parse(no).as_ref()).await;
            Err(TrackError::NotFound)
        }
    }
}

impl From<TrackError> for AppealError {
    fn from(e: TrackError) -> Self {
        match e {
            TrackError::NotFound => AppealError::NotFound,
            TrackError::Busy(wait) => AppealError::Busy(wait),
            TrackError::Database(e) => AppealError::Database(e),
        }
    }
}

impl From<TrackError> for BankError {
    fn from(e: TrackError) -> Self {
        match e {
            TrackError::NotFound => BankError::NotFound,
            TrackError::Busy(wait) => BankError::Busy(wait),
            TrackError::Database(e) => BankError::Database(e),
        }
    }
}

impl From<TrackError> for VolunteerError {
    fn from(e: TrackError) -> Self {
        match e {
            TrackError::NotFound => VolunteerError::NotFound,
            TrackError::Busy(wait) => VolunteerError::Busy(wait),
            TrackError::Database(e) => VolunteerError::Database(e),
        }
    }
}

impl From<TrackError> for MediationError {
    fn from(e: TrackError) -> Self {
        match e {
            TrackError::NotFound => MediationError::NotFound,
            TrackError::Busy(wait) => MediationError::Busy(wait),
            TrackError::Database(e) => MediationError::Database(e),
        }
    }
}

impl app::track::TrackStore for AppState {
    fn tracked<'a>(
        &'a self,
        no: &'a str,
        code: &'a str,
        lang: domain::Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<app::track::TrackedCase>> + Send + 'a>> {
        use crate::case::now;
        use app::track::TrackedCase;
        Box::pin(async move {
            match authorise(self, ClientAddr::of_page(self), no, code).await.ok()? {
                Tracked::Appeal(no) => {
                    self.appeals.view(&no, lang, now()).await.ok().map(|v| TrackedCase::Appeal(Box::new(v)))
                }
                Tracked::Mediation(no) => self
                    .mediations
                    .view(&no, domain::mediator::Party::A, lang, now())
                    .await
                    .ok()
                    .map(|v| TrackedCase::Mediation(Box::new(v))),
            }
        })
    }
}
