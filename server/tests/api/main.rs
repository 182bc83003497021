//! API tests: the real router, in process, on a real SQLite file.
//! One module per resource.

mod appeal;
mod bad_input;
mod bank;
mod chat;
mod database;
mod edge;
mod guide;
mod hardening;
mod health;
mod joined;
mod limits;
mod mediator;
mod offline;
mod openapi;
mod pages;
mod photos;
mod privacy;
mod review;
mod staff;
mod stats;
mod support;
mod volunteer;
