//! The staff console's view of the world.

use crate::appeal::{AppealStatus, AppealView, Choice};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
pub struct StaffAppeal {
    pub appeal: AppealView,
    pub phone: Option<String>,
    pub name: Option<String>,
    /// Where it may be sent: the unit above and the units below.
    pub transfer_to: Vec<Choice>,
}
