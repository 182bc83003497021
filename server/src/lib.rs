//! Gongdao's server as a library, so tests drive the same router that
//! `main` serves. One module per job; feature modules carry the same names
//! as in `app/`.

pub mod appeal;
pub mod assets;
pub mod backup;
pub mod chat;
pub mod config;
pub mod db;
pub mod error;
pub mod guide;
pub mod health;
pub mod json;
pub mod limits;
pub mod mediator;
pub mod offline;
pub mod page_cache;
pub mod pages;
pub mod qr;
pub mod router;
pub mod staff;
pub mod track;
pub mod units;

pub use router::{router, AppState};
