//! The server's clock: real time plus an adjustable offset, so tests can move time forward
//! (code and token expiry, JWT lifetimes, TOTP steps) without sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

/// Real time plus an offset shared by every clone.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
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

    pub(crate) fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::seconds(self.offset_secs.load(Ordering::SeqCst))
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
        let before = other.unix();
        clock.advance(600);
        let after = other.unix();
        assert!(
            (600..=602).contains(&(after - before)),
            "{before} -> {after}"
        );
    }
}
