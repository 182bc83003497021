//! Appeals (接诉即办): residents report, the platform routes to the unit
//! that must act with a deadline, staff handle it, the resident rates it.

pub mod actions;
pub mod api;
pub mod desk;
pub mod forms;
pub mod joined;
pub mod photos;
pub mod retention;
pub mod routing;
pub mod views;

pub use desk::{AppealError, Desk, Source};
