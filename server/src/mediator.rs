//! Mediation "by order" (点单调解): the public board of mediators, requests
//! that the two sides of a dispute fill in together, dispatch by the
//! township office when no pick works, outcomes and ratings.

pub mod api;
pub mod cases;
pub mod directory;
pub mod flow;
pub mod forms;
pub mod views;

pub use cases::{Cases, MediationError};
pub use directory::Directory;
