//! Tracking numbers and access codes of every kind of case. Numbers are random (never sequential,
//! never guessable from another); the access code is derived from the
//! server's secret and the request's idempotency key, so a retried request
//! gets the same code back while the database keeps only a keyed hash.

use crate::db::Db;
use domain::appeal::{AccessCode, TrackingNo, ACCESS_CODE_LEN, ALPHABET, TRACKING_NO_LEN};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Bytes at or above this are skipped, so every symbol is equally likely.
const UNBIASED_BELOW: u8 = (256 / ALPHABET.len() * ALPHABET.len()) as u8;

/// Picks `N` symbol indexes from a stream of bytes without modulo bias.
fn symbols<const N: usize>(mut next_byte: impl FnMut() -> u8) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        let b = next_byte();
        if b < UNBIASED_BELOW {
            out[i] = b % ALPHABET.len() as u8;
            i += 1;
        }
    }
    out
}

pub fn random_tracking_no() -> TrackingNo {
    let mut pool = [0u8; 64];
    getrandom::fill(&mut pool).expect("the operating system supplies random bytes");
    let mut bytes = pool.into_iter().cycle();
    TrackingNo::from_random(&symbols::<TRACKING_NO_LEN>(|| bytes.next().unwrap_or(0)))
}

/// A fresh 32-byte secret, hex-encoded, for a new database.
pub fn new_secret() -> String {
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).expect("the operating system supplies random bytes");
    hex::encode(secret)
}

#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(hex_or_text: &str) -> Secret {
        Secret(hex::decode(hex_or_text).unwrap_or_else(|_| hex_or_text.as_bytes().to_vec()))
    }

    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }

    /// The access code for the appeal made with `idempotency_key`.
    pub fn access_code(&self, idempotency_key: &str) -> AccessCode {
        let mut counter = 0u8;
        let mut block = self.mac(&[b"access-code", idempotency_key.as_bytes(), &[counter]]);
        let mut at = 0;
        let picked = symbols::<ACCESS_CODE_LEN>(|| {
            if at == block.len() {
                counter += 1;
                block = self.mac(&[b"access-code", idempotency_key.as_bytes(), &[counter]]);
                at = 0;
            }
            at += 1;
            block[at - 1]
        });
        AccessCode::from_random(&picked)
    }

    /// The secret of an invitation to the other side of a dispute: 128
    /// bits, hex, derived like the access code so that a retry gets it back.
    pub fn invite_token(&self, idempotency_key: &str) -> String {
        hex::encode(&self.mac(&[b"invite-token", idempotency_key.as_bytes()])[..16])
    }

    /// What the database keeps instead of the invitation token.
    pub fn token_hash(&self, tracking_no: &TrackingNo, token: &str) -> String {
        hex::encode(self.mac(&[b"invite-hash", tracking_no.as_str().as_bytes(), token.as_bytes()]))
    }

    /// A seal over `text` for `purpose`, so that text the server wrote into
    /// a page (the chat's earlier turns) comes back unchanged or not at all.
    pub fn seal(&self, purpose: &str, text: &str) -> String {
        hex::encode(self.mac(&[b"seal", purpose.as_bytes(), text.as_bytes()]))
    }

    /// Whether `seal` is this server's seal over `text` for `purpose`.
    pub fn is_sealed(&self, purpose: &str, text: &str, seal: &str) -> bool {
        same(&self.seal(purpose, text), seal)
    }

    /// What the database keeps instead of the code.
    pub fn code_hash(&self, tracking_no: &TrackingNo, code: &AccessCode) -> String {
        hex::encode(self.mac(&[b"code-hash", tracking_no.as_str().as_bytes(), code.as_str().as_bytes()]))
    }
}

/// A fingerprint of a request body, to tell a retry from a different
/// request that reuses an idempotency key.
pub fn request_hash(canonical: &str) -> String {
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

/// Whether the hash kept for `no` (read by `query`, with the number as
/// `$1`) is `expected`: the one check behind every tracking code and
/// invitation, so a missing case and a wrong code cannot be told apart.
pub async fn stored_hash_is(
    db: &Db,
    query: &'static str,
    no: &TrackingNo,
    expected: &str,
) -> Result<bool, sqlx::Error> {
    let stored: Option<String> = sqlx::query_scalar(query).bind(no.as_str()).fetch_optional(db).await?;
    Ok(stored.is_some_and(|hash| same(&hash, expected)))
}

/// Compares in constant time, so timing does not reveal a prefix.
pub fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_gets_the_same_code_and_other_keys_do_not() {
        let secret = Secret::new(&new_secret());
        let a = secret.access_code("key-0001-aaaa");
        assert_eq!(a, secret.access_code("key-0001-aaaa"));
        assert_ne!(a, secret.access_code("key-0002-bbbb"));
        assert_ne!(a, Secret::new(&new_secret()).access_code("key-0001-aaaa"));
        assert_eq!(a.as_str().len(), ACCESS_CODE_LEN);
    }

    #[test]
    fn tracking_numbers_are_random_and_readable() {
        let numbers: std::collections::HashSet<String> =
            (0..1000).map(|_| random_tracking_no().as_str().to_owned()).collect();
        assert_eq!(numbers.len(), 1000);
        assert!(numbers.iter().all(|n| TrackingNo::parse(n).is_some()));
    }

    #[test]
    fn symbols_are_unbiased_over_a_full_byte_cycle() {
        let mut b = 0u8;
        let picked = symbols::<248>(|| {
            let v = b;
            b = b.wrapping_add(1);
            v
        });
        let mut counts = [0; 31];
        for s in picked {
            counts[s as usize] += 1;
        }
        assert!(counts.iter().all(|&c| c == 8), "{counts:?}");
    }
}
