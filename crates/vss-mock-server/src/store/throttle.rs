//! Failed attempts and the locks they lead to (second factor per account, password per user
//! name), and how often codes are sent to an account.

use super::*;

/// What a run of failed attempts is counted against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Throttle {
    /// Second-factor codes (TOTP, sent codes, recovery codes) of an account.
    Factor,
    /// Passwords given for a username, known or not.
    Password,
}

impl Throttle {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Throttle::Factor => "factor",
            Throttle::Password => "password",
        }
    }
}

/// Failed attempts in a row and the lock they led to, as stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Attempts {
    /// Failures since the last success or lock.
    pub(crate) failures: u32,
    /// Locks since the last success.
    pub(crate) locks: u32,
    /// Unix time the current lock ends, if any was set.
    pub(crate) locked_until: Option<i64>,
}

/// How failed attempts turn into locks: after `max_failures` in a row, a lock of
/// `lock_secs[locks so far]` seconds (the last entry repeats).
#[derive(Debug, Clone, Copy)]
pub(crate) struct LockRule<'a> {
    pub(crate) max_failures: u32,
    pub(crate) lock_secs: &'a [i64],
}

/// What is sent to an account; each kind is limited on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SendKind {
    /// A one-time code by e-mail or SMS.
    Code,
    /// An e-mail with a token that confirms disabling MFA.
    Confirmation,
    /// A security summary an administrator had e-mailed.
    Alert,
}

impl SendKind {
    fn as_str(self) -> &'static str {
        match self {
            SendKind::Code => "code",
            SendKind::Confirmation => "confirmation",
            SendKind::Alert => "alert",
        }
    }
}

/// How often messages of one kind may be sent to one account.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SendRule {
    pub(crate) min_gap_secs: i64,
    pub(crate) per_hour: u32,
}

impl Store {
    /// The failed attempts counted against `subject`.
    pub(crate) fn attempts(&self, kind: Throttle, subject: &str) -> anyhow::Result<Attempts> {
        Ok(self
            .conn()
            .cached_row(
                "SELECT failures, locks, locked_until FROM throttles
                 WHERE kind = ?1 AND subject = ?2",
                params![kind.as_str(), subject],
                |r| {
                    Ok(Attempts {
                        failures: r.get(0)?,
                        locks: r.get(1)?,
                        locked_until: r.get(2)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Counts one more failed attempt against `subject` at unix time `now`; when that makes
    /// `rule.max_failures` in a row, starts a lock and returns when it ends. The row remembers
    /// when it last changed, for [`Store::prune_throttles`].
    pub(crate) fn attempt_failed(
        &self,
        kind: Throttle,
        subject: &str,
        rule: LockRule<'_>,
        now: i64,
    ) -> anyhow::Result<Option<i64>> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO throttles (kind, subject, failures, updated_at) VALUES (?1, ?2, 1, ?3)
             ON CONFLICT (kind, subject) DO UPDATE SET failures = failures + 1, updated_at = ?3",
            params![kind.as_str(), subject, now],
        )?;
        let (failures, locks): (u32, u32) = tx.cached_row(
            "SELECT failures, locks FROM throttles WHERE kind = ?1 AND subject = ?2",
            params![kind.as_str(), subject],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut until = None;
        if failures >= rule.max_failures {
            let last = rule.lock_secs.len().saturating_sub(1);
            let secs = rule
                .lock_secs
                .get((locks as usize).min(last))
                .copied()
                .unwrap_or(60);
            let end = now + secs;
            tx.execute(
                "UPDATE throttles SET failures = 0, locks = locks + 1, locked_until = ?3
                 WHERE kind = ?1 AND subject = ?2",
                params![kind.as_str(), subject, end],
            )?;
            until = Some(end);
        }
        tx.commit()?;
        Ok(until)
    }

    /// Forgets the failed attempts and locks of `subject` (after a success).
    pub(crate) fn clear_attempts(&self, kind: Throttle, subject: &str) -> anyhow::Result<()> {
        self.conn().execute(
            "DELETE FROM throttles WHERE kind = ?1 AND subject = ?2",
            params![kind.as_str(), subject],
        )?;
        Ok(())
    }

    /// Deletes the throttle rows that went quiet: `quiet_secs` after their last failure and
    /// the end of their last lock, and `unknown_quiet_secs` after them for passwords of user
    /// names that are no account. Rows from before failures were dated count from their lock
    /// alone. Returns how many went.
    pub(crate) fn prune_throttles(
        &self,
        now: i64,
        quiet_secs: i64,
        unknown_quiet_secs: i64,
    ) -> anyhow::Result<usize> {
        Ok(self.conn().execute(
            "DELETE FROM throttles
             WHERE MAX(COALESCE(updated_at, 0), COALESCE(locked_until, 0)) <= ?1 - ?2
                OR (kind = 'password'
                    AND MAX(COALESCE(updated_at, 0), COALESCE(locked_until, 0)) <= ?1 - ?3
                    AND NOT EXISTS (SELECT 1 FROM accounts WHERE username = subject))",
            params![now, quiet_secs, unknown_quiet_secs],
        )?)
    }

    /// Records a message of `kind` sent to the account at unix time `now` if `rule` allows
    /// one; otherwise records nothing and returns when the next send is allowed.
    pub(crate) fn record_send(
        &self,
        account_id: i64,
        kind: SendKind,
        rule: SendRule,
        now: i64,
    ) -> anyhow::Result<Option<i64>> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM code_sends WHERE account_id = ?1 AND kind = ?2 AND sent_at <= ?3",
            params![account_id, kind.as_str(), now - 3600],
        )?;
        let (count, first, last): (u32, Option<i64>, Option<i64>) = tx.cached_row(
            "SELECT COUNT(*), MIN(sent_at), MAX(sent_at) FROM code_sends
             WHERE account_id = ?1 AND kind = ?2",
            params![account_id, kind.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut retry_at = None;
        if let Some(last) = last.filter(|l| now < l + rule.min_gap_secs) {
            retry_at = Some(last + rule.min_gap_secs);
        }
        if count >= rule.per_hour {
            let hour_end = first.unwrap_or(now) + 3600;
            retry_at = Some(retry_at.map_or(hour_end, |r| r.max(hour_end)));
        }
        if retry_at.is_none() {
            tx.execute(
                "INSERT INTO code_sends (account_id, kind, sent_at) VALUES (?1, ?2, ?3)",
                params![account_id, kind.as_str(), now],
            )?;
        }
        tx.commit()?;
        Ok(retry_at)
    }
}
