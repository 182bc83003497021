//! The one clock of the server: seconds since the Unix epoch. Passed into
//! every change as `at`, so tests can set the time.

/// Seconds since the Unix epoch (UTC).
pub type Timestamp = i64;

/// Now, in seconds since the Unix epoch.
pub fn now() -> Timestamp {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
