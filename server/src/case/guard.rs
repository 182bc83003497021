//! The guard against guessing codes and invitation tokens.
//!
//! The right code always opens its case: nothing here is consulted before a
//! right answer, so nobody can lock a resident (or the other side of a
//! mediation) out of their own case. Wrong tries are throttled twice:
//! - per client (address, or /64 for IPv6): after 20 wrong tries within
//!   15 minutes the client gets 429 without any check until the window ends;
//! - per number (however it was spelled, parsed first): each wrong answer
//!   for it comes a little later than the last, up to 2 s.
//!
//! Unparsable numbers are never stored, and a visit without a code is not a
//! try at all.
//!
//! Why guessing stays hopeless: a code is 9 symbols of 31, 31^9 ≈ 2.6·10^13
//! (44.6 bits). One client gets 20 tries per 15 minutes, 1,920 a day; even
//! 100,000 addresses (or /64 networks) make 1.9·10^8 a day, so finding one
//! given case's code takes about 2.6·10^13 / 2 / 1.9·10^8 ≈ 69,000 days,
//! some 190 years, and invitation tokens (128 bits) far longer.

use super::counter::Counter;
use crate::{db::Db, edge::ClientAddr};
use domain::appeal::TrackingNo;
use std::time::Duration;

const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Wrong tries a client may make per window.
const CLIENT_TRIES: u32 = 20;

pub struct Guard {
    numbers: Counter<String>,
    clients: Counter<ClientAddr>,
}

impl Default for Guard {
    fn default() -> Guard {
        Guard::new(None)
    }
}

impl Guard {
    /// Counted in `shared` when given, so that several instances guard
    /// together (`case/counter.rs`).
    pub fn new(shared: Option<&Db>) -> Guard {
        Guard {
            numbers: Counter::new(shared, "guard-number", u32::MAX, WINDOW),
            clients: Counter::new(shared, "guard-client", CLIENT_TRIES, WINDOW),
        }
    }

    /// Before a check: counts the try against the client (so that many at
    /// once cannot all pass), `Err(wait)` for a client past its tries.
    pub async fn admit(&self, client: ClientAddr) -> Result<(), Duration> {
        match self.clients.hit(client).await.over {
            Some(wait) => Err(wait),
            None => Ok(()),
        }
    }

    /// After a right code: the try is given back; it was no guess.
    pub async fn succeeded(&self, client: ClientAddr) {
        self.clients.unhit(&client).await;
    }

    /// After a wrong code: counts against the number (when it parsed), and
    /// answers a little later each time for that number.
    pub async fn failed(&self, no: Option<&TrackingNo>) {
        if let Some(no) = no {
            let count = self.numbers.hit(no.as_str().to_owned()).await.count;
            tokio::time::sleep(Duration::from_millis(200 * u64::from(count.min(10)))).await;
        }
    }

    /// Numbers held by the guard now (for figures).
    pub async fn numbers_held(&self) -> usize {
        self.numbers.keys().await
    }
}
