//! The staff console's server side: accounts (argon2id), sessions (random
//! token in an HttpOnly, SameSite=Strict cookie; only its hash stored),
//! CSRF tokens on every form, an audit log, and the rule that staff see
//! only their own unit and the units below it.

pub mod accounts;
pub mod console;
pub mod mediations;

pub use accounts::{Accounts, StaffError};
