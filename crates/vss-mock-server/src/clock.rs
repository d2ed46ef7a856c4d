//! The server's clock: real time plus an adjustable offset, so tests can move time forward
//! (code and token expiry, JWT lifetimes, TOTP steps) without sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

/// Real time plus an offset shared by every clone; or, once stopped, a fixed time plus the
/// offset.
#[derive(Clone, Debug)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
    /// Milliseconds since the epoch where the clock stopped; [`RUNNING`] while it runs.
    stopped_ms: Arc<AtomicI64>,
    /// Seconds the clock moves on each time it is read (only tests set it: a call that reads
    /// it twice then sees two times).
    tick_secs: Arc<AtomicI64>,
}

const RUNNING: i64 = i64::MIN;

impl Default for Clock {
    fn default() -> Self {
        Clock {
            offset_secs: Arc::default(),
            stopped_ms: Arc::new(AtomicI64::new(RUNNING)),
            tick_secs: Arc::default(),
        }
    }
}

impl Clock {
    /// The system clock, with no offset.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// Moves this clock (and every clone of it) forward by `secs` seconds (backward if negative).
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::SeqCst);
    }

    /// Stops this clock (and every clone of it) where it is: from then on it moves only with
    /// [`Clock::advance`], so a test can stand one second before a deadline however long its
    /// calls take.
    pub fn stop(&self) {
        let _ = self.stopped_ms.compare_exchange(
            RUNNING,
            Utc::now().timestamp_millis(),
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }

    /// Makes this clock (and every clone of it) move on `secs` seconds each time it is read.
    #[cfg(test)]
    pub(crate) fn tick_on_each_read(&self, secs: i64) {
        self.tick_secs.store(secs, Ordering::SeqCst);
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        let base = match self.stopped_ms.load(Ordering::SeqCst) {
            RUNNING => Utc::now(),
            ms => DateTime::from_timestamp_millis(ms).unwrap_or_else(Utc::now),
        };
        let offset = match self.tick_secs.load(Ordering::SeqCst) {
            0 => self.offset_secs.load(Ordering::SeqCst),
            tick => self.offset_secs.fetch_add(tick, Ordering::SeqCst),
        };
        base + Duration::seconds(offset)
    }

    /// Seconds since the Unix epoch.
    pub fn unix(&self) -> i64 {
        self.now().timestamp()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advance_is_shared_by_clones() {
        let clock = Clock::system();
        let other = clock.clone();
        let before = Utc::now() + Duration::seconds(600);
        clock.advance(600);
        let moved = other.now();
        let after = Utc::now() + Duration::seconds(600);
        assert!(
            before <= moved && moved <= after,
            "{before} {moved} {after}"
        );
    }

    #[test]
    fn a_stopped_clock_moves_only_when_advanced() {
        let clock = Clock::system();
        clock.advance(-100);
        clock.stop();
        let stopped = clock.clone().now();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(clock.now(), stopped);
        clock.advance(5);
        assert_eq!(clock.now(), stopped + Duration::seconds(5));
    }
}
