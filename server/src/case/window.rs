//! Counting within a time window, per key: the one counter behind the
//! per-client rate limits (`limits.rs`) and the wrong-code guard
//! (`guard.rs`).
//!
//! Two generations of counts, each `window` long: a hit counts in the
//! current one, and a key's count is the sum of both, so a burst at the
//! edge of a window cannot double the allowance. When a generation ends the
//! older map is dropped whole: nothing is ever scanned. The number of keys
//! is bounded: once a generation holds `max_keys`, further new keys share
//! one overflow count, so a flood of new keys meets a limit together
//! instead of growing memory.

use std::{
    collections::HashMap,
    hash::Hash,
    sync::Mutex,
    time::{Duration, Instant},
};

pub struct Window<K> {
    pub limit: u32,
    pub window: Duration,
    max_keys: usize,
    counts: Mutex<Generations<K>>,
}

struct Generations<K> {
    started: Instant,
    current: HashMap<K, u32>,
    previous: HashMap<K, u32>,
    /// Hits of new keys once `current` is full (and the generation before).
    overflow: (u32, u32),
}

/// The answer to one hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Hits of this key in the two generations, this one included.
    pub count: u32,
    /// Over the limit: how long until the current generation ends.
    pub over: Option<Duration>,
}

impl<K: Hash + Eq> Window<K> {
    pub fn new(limit: u32, window: Duration) -> Window<K> {
        Window::bounded(limit, window, 100_000)
    }

    pub fn bounded(limit: u32, window: Duration, max_keys: usize) -> Window<K> {
        let counts = Generations {
            started: Instant::now(),
            current: HashMap::new(),
            previous: HashMap::new(),
            overflow: (0, 0),
        };
        Window { limit, window, max_keys, counts: Mutex::new(counts) }
    }

    fn rotated(&self) -> std::sync::MutexGuard<'_, Generations<K>> {
        let mut g = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let elapsed = g.started.elapsed();
        if elapsed >= self.window {
            g.previous = if elapsed >= 2 * self.window { HashMap::new() } else { std::mem::take(&mut g.current) };
            g.current = HashMap::new();
            g.overflow = (0, if elapsed >= 2 * self.window { 0 } else { g.overflow.0 });
            g.started = Instant::now();
        }
        g
    }

    /// Counts a hit of `key`.
    pub fn hit(&self, key: K) -> Hit {
        let mut g = self.rotated();
        let before = g.previous.get(&key).copied().unwrap_or(0);
        let now = if g.current.contains_key(&key) || g.current.len() < self.max_keys {
            let n = g.current.entry(key).or_insert(0);
            *n = n.saturating_add(1);
            *n
        } else {
            g.overflow.0 = g.overflow.0.saturating_add(1);
            g.overflow.0.saturating_add(g.overflow.1)
        };
        let count = now.saturating_add(before);
        let over =
            (count > self.limit).then(|| self.window.saturating_sub(g.started.elapsed()).max(Duration::from_secs(1)));
        Hit { count, over }
    }

    /// Hits of `key` in the two generations, without counting one (a key
    /// not held while the map is full: the shared overflow count).
    pub fn count(&self, key: &K) -> u32 {
        let g = self.rotated();
        if !g.current.contains_key(key) && g.current.len() >= self.max_keys {
            return g.overflow.0.saturating_add(g.overflow.1);
        }
        g.current.get(key).copied().unwrap_or(0).saturating_add(g.previous.get(key).copied().unwrap_or(0))
    }

    /// Takes back one hit of `key` in the current generation.
    pub fn unhit(&self, key: &K) {
        let mut g = self.rotated();
        if let Some(n) = g.current.get_mut(key) {
            *n = n.saturating_sub(1);
        } else if g.current.len() >= self.max_keys {
            g.overflow.0 = g.overflow.0.saturating_sub(1);
        }
    }

    /// Keys held now, for tests and figures.
    pub fn keys(&self) -> usize {
        let g = self.rotated();
        g.current.len() + g.previous.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_key_up_to_the_limit() {
        let window = Window::new(2, Duration::from_secs(60));
        assert_eq!(window.hit("a"), Hit { count: 1, over: None });
        assert_eq!(window.hit("a").count, 2);
        let third = window.hit("a");
        assert!(third.over.is_some_and(|wait| wait <= Duration::from_secs(60) && wait > Duration::from_secs(50)));
        assert_eq!(window.count(&"a"), 3);
        assert_eq!(window.hit("b").over, None, "another key has its own window");
        assert_eq!(window.count(&"c"), 0);
    }

    #[test]
    fn a_window_counts_the_one_before_and_forgets_older_ones() {
        let window = Window::new(1, Duration::from_millis(40));
        assert!(window.hit(1).over.is_none());
        std::thread::sleep(Duration::from_millis(50));
        assert!(window.hit(1).over.is_some(), "the previous window still counts");
        std::thread::sleep(Duration::from_millis(90));
        assert_eq!(window.count(&1), 0, "two windows later it is forgotten");
        assert_eq!(window.keys(), 0, "and its keys are gone without a scan");
        assert_eq!(window.hit(1), Hit { count: 1, over: None });
    }

    #[test]
    fn past_the_bound_new_keys_share_one_count() {
        let window = Window::bounded(5, Duration::from_secs(60), 3);
        for key in 0..3 {
            window.hit(key);
        }
        for key in 100..105 {
            assert!(window.hit(key).over.is_none());
        }
        assert!(window.hit(999).over.is_some(), "the sixth new key over the bound meets the shared limit");
        assert_eq!(window.count(&12345), 6, "and a key not held reads the shared count");
        window.unhit(&12345);
        assert_eq!(window.count(&12345), 5);
        assert_eq!(window.keys(), 3, "memory stays at the bound");
        assert!(window.hit(0).over.is_none(), "keys already held keep their own count");
    }
}
