//! The request edge: everything a handler takes from a request that is not
//! its own body, read in one place with one policy each.
//!
//! - [`lang`]: the reader's language (`ApiLang` for the API, `PageLang`
//!   for pages), and `Accept-Language` for the bare `/`;
//! - [`session`]: the signed-in staff user (`Staff`) and staff forms whose
//!   CSRF token is checked before the handler runs (`StaffForm`);
//! - [`client`]: the client's address, which rate limits count by.
//!
//! Errors leave through [`crate::error::ApiError`], whose body is written
//! in the request's language by `error::localize`.

pub mod client;
pub mod lang;
pub mod session;

pub use client::ClientAddr;
pub use lang::{ApiLang, LangQuery, PageLang};
pub use session::{Staff, StaffForm};
