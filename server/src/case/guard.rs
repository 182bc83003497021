//! The guard against guessing codes: each wrong code for a tracking number
//! is answered a little later than the last, and after five within fifteen
//! minutes the number is locked until the window ends.

use super::window::Window;
use std::time::Duration;

const WINDOW: Duration = Duration::from_secs(15 * 60);
const LOCK_AFTER: u32 = 5;

pub struct Guard {
    failures: Window<String>,
}

impl Default for Guard {
    fn default() -> Guard {
        Guard { failures: Window::new(LOCK_AFTER, WINDOW) }
    }
}

impl Guard {
    /// Whether this number is locked by recent failures.
    pub fn is_locked(&self, no: &str) -> bool {
        self.failures.count(&no.to_ascii_uppercase()) >= LOCK_AFTER
    }

    /// Records a failure and waits a little longer each time.
    pub async fn failed(&self, no: &str) {
        let count = self.failures.hit(no.to_ascii_uppercase()).count;
        tokio::time::sleep(Duration::from_millis(200 * u64::from(count.min(10)))).await;
    }
}
