//! An account's second factor: enrolling, enabling, moving to a new factor, the last TOTP
//! step accepted, and disabling.

use super::*;

/// A new enrolment, replacing any earlier pending one.
pub(crate) struct Enrolment<'a> {
    pub(crate) method: Method,
    pub(crate) mfa_phone: Option<&'a str>,
    pub(crate) sealed_secret: Option<&'a [u8]>,
    pub(crate) recovery_hashes: &'a [String],
}

/// The new factor of an enabled account, waiting to be verified.
pub(crate) struct Replacement<'a> {
    pub(crate) method: Method,
    pub(crate) mfa_phone: Option<&'a str>,
    pub(crate) sealed_secret: Option<&'a [u8]>,
}

impl Store {
    /// Starts (or restarts) an enrolment: state `pending`, the new method, secret and recovery
    /// codes; earlier codes and confirmations are dropped. `Ok(false)` when MFA is enabled.
    pub(crate) fn start_enrolment(
        &self,
        account_id: i64,
        e: &Enrolment<'_>,
    ) -> anyhow::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let changed = tx.execute(
            "UPDATE accounts SET mfa_state = 'pending', mfa_method = ?2, mfa_phone = ?3,
                 totp_secret = ?4, totp_last_step = NULL
             WHERE id = ?1 AND mfa_state != 'enabled'",
            params![account_id, e.method.as_str(), e.mfa_phone, e.sealed_secret],
        )?;
        if changed == 0 {
            return Ok(false);
        }
        clear_secrets(&tx, account_id)?;
        insert_recovery_codes(&tx, account_id, e.recovery_hashes)?;
        tx.commit()?;
        Ok(true)
    }

    /// A pending enrolment becomes active, and every earlier token of the account stops
    /// working. `Ok(false)` when it was not pending.
    pub(crate) fn mark_enabled(&self, account_id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "UPDATE accounts SET mfa_state = 'enabled', enabled_on = ?2, disabled_on = NULL,
                 token_gen = token_gen + 1
             WHERE id = ?1 AND mfa_state = 'pending'",
            params![account_id, ts(now)],
        )?;
        Ok(changed == 1)
    }

    /// Starts (or starts over) moving an enabled account to a new factor; the active factor,
    /// its codes and the recovery codes are kept. `Ok(false)` when MFA is not enabled.
    pub(crate) fn start_replacement(
        &self,
        account_id: i64,
        r: &Replacement<'_>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let changed = tx.execute(
            "INSERT OR REPLACE INTO replacements (account_id, method, mfa_phone, totp_secret,
                 started_on)
             SELECT id, ?2, ?3, ?4, ?5 FROM accounts WHERE id = ?1 AND mfa_state = 'enabled'",
            params![
                account_id,
                r.method.as_str(),
                r.mfa_phone,
                r.sealed_secret,
                ts(now)
            ],
        )?;
        if changed == 0 {
            return Ok(false);
        }
        tx.execute(
            "DELETE FROM sent_codes WHERE account_id = ?1 AND factor = 'replacement'",
            [account_id],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Swaps a verified replacement in: its method, phone and secret become the account's (the
    /// old secret is overwritten) and every sent code is dropped; `totp_step` is the time step
    /// of the code that verified a new TOTP secret (it cannot be used again). Every earlier
    /// token of the account stops working. `Ok(false)` when none was pending.
    pub(crate) fn finish_replacement(
        &self,
        account_id: i64,
        totp_step: Option<i64>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let changed = tx.execute(
            "UPDATE accounts SET
                 mfa_method = (SELECT method FROM replacements WHERE account_id = ?1),
                 mfa_phone = (SELECT mfa_phone FROM replacements WHERE account_id = ?1),
                 totp_secret = (SELECT totp_secret FROM replacements WHERE account_id = ?1),
                 totp_last_step = ?3,
                 enabled_on = ?2,
                 token_gen = token_gen + 1
             WHERE id = ?1 AND mfa_state = 'enabled'
                 AND EXISTS (SELECT 1 FROM replacements WHERE account_id = ?1)",
            params![account_id, ts(now), totp_step],
        )?;
        if changed == 0 {
            return Ok(false);
        }
        tx.execute(
            "DELETE FROM replacements WHERE account_id = ?1",
            [account_id],
        )?;
        tx.execute("DELETE FROM sent_codes WHERE account_id = ?1", [account_id])?;
        tx.commit()?;
        Ok(true)
    }

    /// Records that the TOTP code of time step `step` was accepted for the account, unless a
    /// code of that step or a later one already was: `Ok(false)` then (a replay).
    pub(crate) fn accept_totp_step(&self, account_id: i64, step: i64) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "UPDATE accounts SET totp_last_step = ?2
             WHERE id = ?1 AND (totp_last_step IS NULL OR totp_last_step < ?2)",
            params![account_id, step],
        )?;
        Ok(changed == 1)
    }

    /// Uses up the confirmation token with this hash and disables MFA: the secret, recovery
    /// codes and sent codes are deleted, and every token of the account stops working.
    /// `Ok(false)` if the token was already used.
    pub(crate) fn confirm_disable(
        &self,
        account_id: i64,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let taken = tx.execute(
            "DELETE FROM confirmations WHERE account_id = ?1 AND token_hash = ?2",
            params![account_id, token_hash],
        )?;
        if taken == 0 {
            return Ok(false);
        }
        tx.execute(
            "UPDATE accounts SET mfa_state = 'disabled', disabled_on = ?2, mfa_method = NULL,
                 mfa_phone = NULL, totp_secret = NULL, token_gen = token_gen + 1
             WHERE id = ?1",
            params![account_id, ts(now)],
        )?;
        clear_secrets(&tx, account_id)?;
        tx.commit()?;
        Ok(true)
    }

    /// Revokes every API token of the account.
    #[cfg(test)]
    pub(crate) fn bump_token_gen(&self, account_id: i64) -> anyhow::Result<()> {
        self.conn().execute(
            "UPDATE accounts SET token_gen = token_gen + 1 WHERE id = ?1",
            [account_id],
        )?;
        Ok(())
    }
}
