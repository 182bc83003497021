//! The case core: what every kind of case (appeals, mediations, and the
//! features to come) is made of. A case has a random tracking number and a
//! secret code ([`codes`]), is created once per idempotency key
//! ([`store::create_once`]), keeps a numbered event log written in the same
//! transaction as the change ([`events`]), and is opened through one guard
//! against guessing ([`guard`]). Time comes from [`clock`]; counting within
//! a time window from [`window`], which the rate limits use too.

pub mod clock;
pub mod codes;
pub mod counter;
pub mod events;
pub mod guard;
pub mod secret;
pub mod store;
pub mod window;

pub use clock::{now, Timestamp};
