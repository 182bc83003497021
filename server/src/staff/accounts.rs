//! Staff accounts and sessions.

use crate::{
    case::now,
    db::{Db, ExecuteInTurn},
    units::Units,
};
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use domain::{
    staff::{StaffRole, StaffUser},
    Lang,
};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// Sessions end this long after login.
pub const SESSION_SECONDS: i64 = 8 * 3600;
pub const COOKIE: &str = "gd_staff";

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("wrong username or password")]
    BadLogin,
    #[error("unknown unit {0:?}")]
    UnknownUnit(String),
    #[error("the password must have at least 10 characters")]
    WeakPassword,
    #[error("the user exists already")]
    Exists,
    #[error("not signed in, or the session has expired")]
    NoSession,
    #[error("the form is stale or forged (CSRF)")]
    Csrf,
    #[error("outside this user's units")]
    Forbidden,
    #[error("the action is not possible now")]
    Refused,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

pub struct Accounts {
    db: Db,
    units: Arc<Units>,
}

fn token() -> String {
    crate::case::codes::new_secret()
}

fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

impl Accounts {
    pub fn new(db: Db, units: Arc<Units>) -> Accounts {
        Accounts { db, units }
    }

    pub async fn create_user(
        &self,
        username: &str,
        password: &str,
        unit: &str,
        display_name: &str,
        role: StaffRole,
    ) -> Result<(), StaffError> {
        if self.units.get(unit).is_none() {
            return Err(StaffError::UnknownUnit(unit.to_owned()));
        }
        if password.chars().count() < 10 {
            return Err(StaffError::WeakPassword);
        }
        let salt = SaltString::generate(&mut OsRng);
        // Argon2::default() is Argon2id with the recommended parameters.
        let hash = Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|_| StaffError::WeakPassword)?;
        let inserted = sqlx::query(
            "INSERT INTO staff_users (username, password_hash, unit, display_name, created_at, role) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(username)
        .bind(hash.to_string())
        .bind(unit)
        .bind(display_name)
        .bind(now())
        .bind(role.as_str())
        .execute_in_turn(&self.db)
        .await;
        match inserted {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StaffError::Exists),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn has_users(&self) -> Result<bool, StaffError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff_users").fetch_one(&self.db).await?;
        Ok(n > 0)
    }

    /// Checks the password and opens a new session (a fresh token at every
    /// login). Returns the token for the cookie.
    pub async fn login(&self, username: &str, password: &str) -> Result<String, StaffError> {
        let stored: Option<String> = sqlx::query_scalar("SELECT password_hash FROM staff_users WHERE username = $1")
            .bind(username)
            .fetch_optional(&self.db)
            .await?;
        // Verify against a dummy hash when the user does not exist, so the
        // answer takes as long either way.
        const DUMMY: &str =
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2nZ6M0ltR7m9O0c3mUJcmGv0L3GK6r1YqzIY3r2Hj1Q";
        let hash_text = stored.clone().unwrap_or_else(|| DUMMY.to_owned());
        let parsed = PasswordHash::new(&hash_text).map_err(|_| StaffError::BadLogin)?;
        let ok = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
        if !ok || stored.is_none() {
            return Err(StaffError::BadLogin);
        }
        let token = token();
        let at = now();
        // Sessions past their end are refused already; each login also
        // clears them away, so the table holds only live sessions.
        sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1").bind(at).execute_in_turn(&self.db).await?;
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, username, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(hash_token(&token))
        .bind(username)
        .bind(token_short())
        .bind(at)
        .bind(at + SESSION_SECONDS)
        .execute_in_turn(&self.db)
        .await?;
        self.audit(username, "login", None, None).await?;
        Ok(token)
    }

    pub async fn logout(&self, token: &str) -> Result<(), StaffError> {
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
            .bind(hash_token(token))
            .execute_in_turn(&self.db)
            .await?;
        Ok(())
    }

    /// The signed-in user for a session token, if the session is current.
    pub async fn user(&self, token: &str) -> Result<StaffUser, StaffError> {
        #[derive(sqlx::FromRow)]
        struct Session {
            username: String,
            display_name: String,
            unit: String,
            csrf_token: String,
            role: String,
        }
        let session: Session = sqlx::query_as(
            "SELECT u.username, u.display_name, u.unit, s.csrf_token, u.role FROM staff_sessions s \
             JOIN staff_users u ON u.username = s.username WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(hash_token(token))
        .bind(now())
        .fetch_optional(&self.db)
        .await?
        .ok_or(StaffError::NoSession)?;
        Ok(StaffUser {
            unit_name: self
                .units
                .get(&session.unit)
                .map_or_else(|| session.unit.clone(), |u| u.name(Lang::Zh).to_owned()),
            username: session.username,
            display_name: session.display_name,
            unit: session.unit,
            csrf_token: session.csrf_token,
            role: StaffRole::parse(&session.role).unwrap_or_default(),
        })
    }

    /// Who did what, when: written for every staff action.
    pub async fn audit(
        &self,
        username: &str,
        action: &str,
        tracking_no: Option<&str>,
        detail: Option<&str>,
    ) -> Result<(), StaffError> {
        sqlx::query(
            "INSERT INTO audit_log (id, at, username, action, tracking_no, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_short())
        .bind(now())
        .bind(username)
        .bind(action)
        .bind(tracking_no)
        .bind(detail)
        .execute_in_turn(&self.db)
        .await?;
        Ok(())
    }

    /// Demo users for the demo county (`content/demo-staff.toml`), made
    /// only when there are no staff at all. Their password is in the README.
    pub async fn seed_demo(&self, file: &std::path::Path) -> Result<(), StaffError> {
        #[derive(serde::Deserialize)]
        struct DemoFile {
            user: Vec<DemoUser>,
        }
        #[derive(serde::Deserialize)]
        struct DemoUser {
            username: String,
            unit: String,
            name: String,
            #[serde(default)]
            role: StaffRole,
        }
        if self.has_users().await? {
            return Ok(());
        }
        let text = std::fs::read_to_string(file).map_err(|_| StaffError::UnknownUnit(file.display().to_string()))?;
        let demo: DemoFile = toml::from_str(&text).map_err(|_| StaffError::UnknownUnit(file.display().to_string()))?;
        for user in demo.user {
            self.create_user(&user.username, DEMO_PASSWORD, &user.unit, &user.name, user.role).await?;
        }
        tracing::warn!("demo staff users created (password in README); never use them in production");
        Ok(())
    }
}

/// The demo staff password (README). Demo data only.
pub const DEMO_PASSWORD: &str = "gongdao-demo-2026";

fn token_short() -> String {
    token()[..32].to_owned()
}

/// The session token from a `Cookie` header.
pub fn token_from_cookies(cookies: &str) -> Option<String> {
    cookies.split(';').find_map(|c| c.trim().strip_prefix(&format!("{COOKIE}=")).map(str::to_owned))
}
