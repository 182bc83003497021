//! Configuration from environment variables, each with a documented default
//! (see README.md). Read once at start-up, here and nowhere else.

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
    /// residents reach, used in share links and QR codes; no trailing slash.
    pub public_url: String,
    /// `GONGDAO_DATA`, default `data`: the key file; photos of older versions (`photos/`, moved into the database at start).
    pub data_dir: PathBuf,
    /// `GONGDAO_RETENTION_DAYS`, default 365: phone, name and photos of
    /// appeals resolved longer ago are erased.
    pub retention_days: u32,
    /// `GONGDAO_DEMO=1`: create the demo staff users when there are none.
    pub demo: bool,
    /// `GONGDAO_CONTENT`, default `content`: articles and data files editors change.
    pub content_dir: PathBuf,
    /// `GONGDAO_WIDGET_ANCESTORS`, default `*`: the pages that may frame the
    /// chat widget (CSP `frame-ancestors` sources). No other page may be framed.
    pub widget_ancestors: String,
    /// `GONGDAO_TRUST_PROXY=1`: take the client address from `X-Forwarded-For`.
    pub trust_proxy: bool,
    /// `GONGDAO_SECRET`: the secret codes are derived from; unset, it is
    /// kept in `GONGDAO_DATA/secret.key` (`case/secret.rs`). Several
    /// instances must share one.
    pub secret: Option<Hidden>,
    /// `GONGDAO_TRUSTED_PROXIES`: the addresses of our own proxies (comma or
    /// space separated); empty means the TCP peer is the only one.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// A value never written to a log.
#[derive(Clone)]
pub struct Hidden(pub String);

impl std::fmt::Debug for Hidden {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("(hidden)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not a valid value: {value:?}")]
    Invalid { name: &'static str, value: String },
}

impl Default for Config {
    fn default() -> Config {
        let addr = SocketAddr::from(([127, 0, 0, 1], 8080));
        Config {
            addr,
            database_url: "sqlite://data/gongdao.db".into(),
            dist_dir: "dist".into(),
            public_url: format!("http://{addr}"),
            data_dir: "data".into(),
            retention_days: domain::appeal::RETENTION_DAYS_DEFAULT,
            demo: false,
            content_dir: "content".into(),
            widget_ancestors: "*".into(),
            trust_proxy: false,
            trusted_proxies: Vec::new(),
            secret: None,
        }
    }
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let defaults = Config::default();
        let addr = match var("GONGDAO_ADDR") {
            Some(text) => text.parse().map_err(|_| ConfigError::Invalid { name: "GONGDAO_ADDR", value: text })?,
            None => defaults.addr,
        };
        let retention_days = match var("GONGDAO_RETENTION_DAYS") {
            Some(text) => {
                text.parse().map_err(|_| ConfigError::Invalid { name: "GONGDAO_RETENTION_DAYS", value: text })?
            }
            None => defaults.retention_days,
        };
        let widget_ancestors = var("GONGDAO_WIDGET_ANCESTORS").unwrap_or(defaults.widget_ancestors);
        // Sources only: a `;` would end the directive and start another.
        if !widget_ancestors.chars().all(|c| c.is_ascii_graphic() && c != ';' && c != ',' || c == ' ') {
            return Err(ConfigError::Invalid { name: "GONGDAO_WIDGET_ANCESTORS", value: widget_ancestors });
        }
        let mut trusted_proxies = Vec::new();
        for item in var("GONGDAO_TRUSTED_PROXIES").unwrap_or_default().split([',', ' ']).filter(|i| !i.is_empty()) {
            let ip = item
                .parse()
                .map_err(|_| ConfigError::Invalid { name: "GONGDAO_TRUSTED_PROXIES", value: item.into() })?;
            trusted_proxies.push(ip);
        }
        Ok(Config {
            trusted_proxies,
            secret: var("GONGDAO_SECRET").map(Hidden),
            public_url: var("GONGDAO_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}")),
            addr,
            database_url: var("DATABASE_URL").unwrap_or(defaults.database_url),
            dist_dir: var("GONGDAO_DIST").map_or(defaults.dist_dir, PathBuf::from),
            content_dir: var("GONGDAO_CONTENT").map_or(defaults.content_dir, PathBuf::from),
            demo: var("GONGDAO_DEMO").is_some_and(|v| v == "1"),
            data_dir: var("GONGDAO_DATA").map_or(defaults.data_dir, PathBuf::from),
            retention_days,
            widget_ancestors,
            trust_proxy: var("GONGDAO_TRUST_PROXY").is_some_and(|v| v == "1"),
        }
        .normalised())
    }

    /// Links are built as `public_url` + path.
    pub fn normalised(mut self) -> Config {
        self.public_url = self.public_url.trim_end_matches('/').to_owned();
        self
    }
}

/// A variable's value; unset and blank are the same.
fn var(name: &str) -> Option<String> {
    env::var(name).ok().filter(|v| !v.trim().is_empty())
}
