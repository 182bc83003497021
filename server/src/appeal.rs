//! Appeals (接诉即办): residents report, the platform routes to the unit
//! that must act with a deadline, staff handle it, the resident rates it.

pub mod routing;
