//! The staff console's view of the world.

use crate::appeal::{AppealStatus, AppealView, Choice};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffUser {
    pub username: String,
    pub display_name: String,
    pub unit: String,
    pub unit_name: String,
    /// Sent back with every form: a request without it is refused (CSRF).
    pub csrf_token: String,
}

/// One line of a unit's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueItem {
    pub tracking_no: String,
    pub category: String,
    pub village: String,
    pub unit: String,
    pub status: AppealStatus,
    pub due_at: i64,
    pub overdue: bool,
}

/// An appeal as its handling staff see it: with the phone number in full.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAppeal {
    pub appeal: AppealView,
    pub phone: Option<String>,
    pub name: Option<String>,
    /// Where it may be sent: the unit above and the units below.
    pub transfer_to: Vec<Choice>,
}

/// One mediation request in the console's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediationItem {
    pub tracking_no: String,
    pub status: crate::mediator::MediationStatus,
    pub dispute_type: crate::mediator::Specialty,
    pub village: String,
    pub unit: String,
    pub mediator: Option<String>,
    pub created_at: i64,
}

/// A mediation as the arranging unit sees it: both phones, both sides'
/// recusals, and the mediators it may assign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMediation {
    pub view: crate::mediator::MediationView,
    pub phone_a: Option<String>,
    pub phone_b: Option<String>,
    pub b_picks: Vec<String>,
    /// Names of every mediator recused by either side.
    pub recused: Vec<String>,
    /// Mediators not recused by either side, the best fit first (specialty,
    /// language, township).
    pub candidates: Vec<crate::mediator::MediatorCard>,
}
