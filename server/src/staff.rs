//! The staff console's server side: accounts (argon2id), sessions (random
//! token in an HttpOnly, SameSite=Strict cookie; only its hash stored),
//! CSRF tokens on every form, an audit log, and the rule that staff see
//! only their own unit and the units below it.

pub mod accounts;
pub mod bank;
pub mod console;
pub mod grid;
pub mod mediations;
pub mod volunteers;

pub use accounts::{Accounts, StaffError};

use crate::{
    case::{events::Log, store},
    error::ApiError,
    AppState,
};
use domain::{appeal::TrackingNo, staff::StaffUser};

/// A case the user may handle, with the unit it is with: one within the
/// user's unit or below. Any other is answered as if it did not exist.
pub async fn case_for(
    state: &AppState,
    log: Log,
    no: &str,
    user: &StaffUser,
) -> Result<(TrackingNo, String), ApiError> {
    let no = TrackingNo::parse(no).ok_or(ApiError::NotFound)?;
    let unit = store::unit_of(&state.db, log, &no).await?.ok_or(ApiError::NotFound)?;
    if !state.units.is_within(&unit, &user.unit) {
        return Err(ApiError::NotFound);
    }
    Ok((no, unit))
}
