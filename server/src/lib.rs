//! Gongdao's server as a library, so tests drive the same router that
//! `main` serves. One module per job; feature modules carry the same names
//! as in `app/`. A request meets `edge` (what it carries), then a feature's
//! handler, which leaves through `error` when it fails; every kind of case
//! is built on `case`.

pub mod appeal;
pub mod assets;
pub mod backup;
pub mod bank;
pub mod case;
pub mod chat;
pub mod commands;
pub mod config;
pub mod db;
pub mod edge;
pub mod error;
pub mod guide;
pub mod health;
pub mod json;
pub mod language;
pub mod limits;
pub mod mediator;
pub mod offline;
pub mod openapi;
pub mod page_cache;
pub mod pages;
pub mod qr;
pub mod review;
pub mod router;
pub mod staff;
pub mod state;
pub mod stats;
pub mod track;
pub mod units;
pub mod volunteer;

pub use router::router;
pub use state::AppState;
