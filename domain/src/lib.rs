//! Domain types and validation shared by the browser (`app`) and the server.
//!
//! Only serde here: no UI, no database, so both sides check input with the
//! same code and the wasm bundle stays small.

pub mod appeal;
pub mod chat;
pub mod form;
pub mod guide;
pub mod lang;
pub mod mediator;
pub mod paths;
pub mod staff;
pub mod time;

pub use lang::Lang;
