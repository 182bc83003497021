//! Configuration from environment variables, each with a documented default
//! (see README.md). Read once at start-up.

use std::{env, net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    /// `GONGDAO_ADDR`, default `127.0.0.1:8080`.
    pub addr: SocketAddr,
    /// `DATABASE_URL`, default `sqlite://data/gongdao.db`; `postgres://...` for PostgreSQL.
    pub database_url: String,
    /// `GONGDAO_DIST`, default `dist`: Trunk's output, the browser bundle.
    pub dist_dir: PathBuf,
    /// `GONGDAO_PUBLIC_URL`, default `http://` + `GONGDAO_ADDR`: the address
    /// residents reach, used in share links and QR codes.
    pub public_url: String,
    /// `GONGDAO_DATA`, default `data`: where photos are kept (`photos/`).
    pub data_dir: PathBuf,
    /// `GONGDAO_RETENTION_DAYS`, default 365 (`app::privacy::RetentionDays`): phone, name and photos of
    /// appeals resolved longer ago are erased.
    pub retention_days: u32,
    /// `GONGDAO_DEMO=1`: create the demo staff users when there are none.
    pub demo: bool,
    /// `GONGDAO_CONTENT`, default `content`: articles and data files editors change.
    pub content_dir: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not a valid value: {value:?}")]
    Invalid { name: &'static str, value: String },
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let addr_text = var_or("GONGDAO_ADDR", "127.0.0.1:8080");
        let addr =
            addr_text.parse().map_err(|_| ConfigError::Invalid { name: "GONGDAO_ADDR", value: addr_text.clone() })?;
        Ok(Config {
            public_url: var_or("GONGDAO_PUBLIC_URL", &format!("http://{addr}")),
            addr,
            database_url: var_or("DATABASE_URL", "sqlite://data/gongdao.db"),
            dist_dir: var_or("GONGDAO_DIST", "dist").into(),
            content_dir: var_or("GONGDAO_CONTENT", "content").into(),
            demo: var_or("GONGDAO_DEMO", "0") == "1",
            data_dir: var_or("GONGDAO_DATA", "data").into(),
            retention_days: {
                let default = app::privacy::RetentionDays::default().0.to_string();
                let text = var_or("GONGDAO_RETENTION_DAYS", &default);
                text.parse().map_err(|_| ConfigError::Invalid { name: "GONGDAO_RETENTION_DAYS", value: text })?
            },
        })
    }
}

fn var_or(name: &str, default: &str) -> String {
    env::var(name).ok().filter(|v| !v.trim().is_empty()).unwrap_or_else(|| default.to_owned())
}
