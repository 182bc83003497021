//! Counting within a time window, per key: the one counter behind the
//! per-client rate limits (`limits.rs`) and the wrong-code guard
//! (`guard.rs`). A key's window starts at its first hit and ends `window`
//! later; the map is pruned of ended windows before it grows past
//! `max_keys`, so it cannot grow without bound.

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
    seen: Mutex<HashMap<K, (u32, Instant)>>,
}

/// The answer to one hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Hits of this key in its window, this one included.
    pub count: u32,
    /// Over the limit: how long until the window ends.
    pub over: Option<Duration>,
}

impl<K: Hash + Eq> Window<K> {
    pub fn new(limit: u32, window: Duration) -> Window<K> {
        Window { limit, window, max_keys: 100_000, seen: Mutex::default() }
    }

    /// Counts a hit of `key`.
    pub fn hit(&self, key: K) -> Hit {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() >= self.max_keys {
            seen.retain(|_, (_, start)| start.elapsed() < self.window);
        }
        let entry = seen.entry(key).or_insert((0, Instant::now()));
        if entry.1.elapsed() >= self.window {
            *entry = (0, Instant::now());
        }
        entry.0 = entry.0.saturating_add(1);
        let over = (entry.0 > self.limit).then(|| self.window.saturating_sub(entry.1.elapsed()));
        Hit { count: entry.0, over }
    }

    /// Hits of `key` in its present window, without counting one.
    pub fn count(&self, key: &K) -> u32 {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.get(key).filter(|(_, start)| start.elapsed() < self.window).map_or(0, |(n, _)| *n)
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
    fn an_ended_window_starts_again() {
        let window = Window::new(1, Duration::from_millis(20));
        assert!(window.hit(1).over.is_none());
        assert!(window.hit(1).over.is_some());
        std::thread::sleep(Duration::from_millis(30));
        assert_eq!(window.count(&1), 0);
        assert_eq!(window.hit(1), Hit { count: 1, over: None });
    }

    #[test]
    fn ended_windows_are_pruned_before_the_map_grows_past_its_bound() {
        let mut window = Window::new(5, Duration::from_millis(10));
        window.max_keys = 3;
        for key in 0..3 {
            window.hit(key);
        }
        std::thread::sleep(Duration::from_millis(20));
        window.hit(99);
        assert_eq!(window.seen.lock().unwrap().len(), 1);
    }
}
