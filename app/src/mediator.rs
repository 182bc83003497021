//! Mediation "by order" (点单调解): the public board of mediators and their
//! profiles, the request form of the first side, the invitation page of the
//! other side, and the mediation as either side follows it. Server-rendered
//! pages and plain forms only: nothing here adds to the browser bundle.

mod board;
mod case;
mod request;

pub use board::{MediatorPage, MediatorsPage};
pub(crate) use case::MediationTimeline;
pub use case::{InvitePage, MediationCase, SideKey};
pub use request::{MediationFormEcho, MediationRequestPage};

use crate::t;
use domain::{
    mediator::{DispatchReason, MediationStatus, MediatorKind, Outcome, Specialty},
    Lang,
};

/// What the server provides to the mediation pages (`server/src/mediator/forms.rs`).
#[cfg(feature = "ssr")]
pub trait MediatorStore: Send + Sync + 'static {
    fn board<'a>(
        &'a self,
        filter: &'a domain::mediator::DirectoryFilter,
        lang: Lang,
    ) -> BoxFuture<'a, Vec<domain::mediator::MediatorCard>>;
    fn profile<'a>(&'a self, id: &'a str, lang: Lang) -> BoxFuture<'a, Option<domain::mediator::MediatorProfile>>;
    /// Township ids and names, for the board's filter.
    fn townships(&self, lang: Lang) -> Vec<domain::appeal::Choice>;
    /// Party B's view, with the invitation's number and token.
    fn invited<'a>(
        &'a self,
        no: &'a str,
        token: &'a str,
        lang: Lang,
    ) -> BoxFuture<'a, Option<domain::mediator::MediationView>>;
}

#[cfg(feature = "ssr")]
pub type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

#[cfg(feature = "ssr")]
fn store() -> Option<std::sync::Arc<dyn MediatorStore>> {
    leptos::prelude::use_context::<std::sync::Arc<dyn MediatorStore>>()
}

pub(crate) fn specialty_text(lang: Lang, s: Specialty) -> String {
    match s {
        Specialty::Neighbour => t!(lang, "specialty-neighbour"),
        Specialty::Family => t!(lang, "specialty-family"),
        Specialty::Land => t!(lang, "specialty-land"),
        Specialty::Labour => t!(lang, "specialty-labour"),
        Specialty::Traffic => t!(lang, "specialty-traffic"),
        Specialty::Consumer => t!(lang, "specialty-consumer"),
        Specialty::Other => t!(lang, "specialty-other"),
    }
}

pub(crate) fn kind_text(lang: Lang, k: MediatorKind) -> String {
    match k {
        MediatorKind::Police => t!(lang, "mediator-kind-police"),
        MediatorKind::Elder => t!(lang, "mediator-kind-elder"),
        MediatorKind::Lawyer => t!(lang, "mediator-kind-lawyer"),
        MediatorKind::PeopleMediator => t!(lang, "mediator-kind-people-mediator"),
        MediatorKind::LegalAdviser => t!(lang, "mediator-kind-legal-adviser"),
    }
}

pub(crate) fn language_text(lang: Lang, l: Lang) -> String {
    match l {
        Lang::Zh => t!(lang, "spoken-zh"),
        Lang::Bo => t!(lang, "spoken-bo"),
        Lang::Ii => t!(lang, "spoken-ii"),
    }
}

pub fn status_text(lang: Lang, s: MediationStatus) -> String {
    match s {
        MediationStatus::Invited => t!(lang, "mediation-status-invited"),
        MediationStatus::Dispatch => t!(lang, "mediation-status-dispatch"),
        MediationStatus::Matched => t!(lang, "mediation-status-matched"),
        MediationStatus::Scheduled => t!(lang, "mediation-status-scheduled"),
        MediationStatus::Done => t!(lang, "mediation-status-done"),
    }
}

pub(crate) fn reason_text(lang: Lang, r: DispatchReason) -> String {
    match r {
        DispatchReason::NoCommonPick => t!(lang, "dispatch-no-common-pick"),
        DispatchReason::Declined => t!(lang, "dispatch-declined"),
        DispatchReason::NoAnswer => t!(lang, "dispatch-no-answer"),
        DispatchReason::Asked => t!(lang, "dispatch-asked"),
    }
}

pub(crate) fn outcome_text(lang: Lang, o: Outcome) -> String {
    match o {
        Outcome::Agreement => t!(lang, "outcome-agreement"),
        Outcome::NoAgreement => t!(lang, "outcome-no-agreement"),
        Outcome::ReferredCourt => t!(lang, "outcome-referred-court"),
        Outcome::ReferredDepartment => t!(lang, "outcome-referred-department"),
    }
}
