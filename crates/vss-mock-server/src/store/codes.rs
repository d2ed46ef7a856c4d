//! Codes and tokens kept as keyed hashes: codes sent by e-mail or SMS (per factor), recovery
//! codes, and disable confirmation tokens.

use super::*;

/// Which factor a sent code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Factor {
    /// The account's own method: the enabled one, or the pending enrolment.
    Active,
    /// The new method of a pending replacement.
    Replacement,
}

impl Factor {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Factor::Active => "active",
            Factor::Replacement => "replacement",
        }
    }
}

/// A one-time code sent by e-mail or SMS, or a disable confirmation token, as stored.
#[derive(Debug, Clone)]
pub(crate) struct StoredSecret {
    pub(crate) hash: String,
    pub(crate) expires_at: i64,
}

/// An unused recovery code, as stored.
#[derive(Debug, Clone)]
pub(crate) struct StoredRecoveryCode {
    pub(crate) id: i64,
    pub(crate) hash: String,
}

impl Store {
    /// Stores a freshly sent code for `factor`, replacing any earlier one.
    pub(crate) fn put_sent_code(
        &self,
        account_id: i64,
        factor: Factor,
        code: &StoredSecret,
    ) -> anyhow::Result<()> {
        self.conn().execute(
            "INSERT OR REPLACE INTO sent_codes (account_id, factor, code_hash, expires_at, failures)
             VALUES (?1, ?2, ?3, ?4, 0)",
            params![account_id, factor.as_str(), code.hash, code.expires_at],
        )?;
        Ok(())
    }

    pub(crate) fn sent_code(
        &self,
        account_id: i64,
        factor: Factor,
    ) -> anyhow::Result<Option<StoredSecret>> {
        Ok(self
            .conn()
            .cached_row(
                "SELECT code_hash, expires_at FROM sent_codes
                 WHERE account_id = ?1 AND factor = ?2",
                params![account_id, factor.as_str()],
                |r| {
                    Ok(StoredSecret {
                        hash: r.get(0)?,
                        expires_at: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Uses up the sent code with this hash; `Ok(false)` if someone else used it first.
    pub(crate) fn take_sent_code(
        &self,
        account_id: i64,
        factor: Factor,
        hash: &str,
    ) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "DELETE FROM sent_codes WHERE account_id = ?1 AND factor = ?2 AND code_hash = ?3",
            params![account_id, factor.as_str(), hash],
        )?;
        Ok(changed == 1)
    }

    /// Counts a wrong guess against the sent code; after `max` the code is dropped.
    pub(crate) fn sent_code_failed(
        &self,
        account_id: i64,
        factor: Factor,
        max: u32,
    ) -> anyhow::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE sent_codes SET failures = failures + 1 WHERE account_id = ?1 AND factor = ?2",
            params![account_id, factor.as_str()],
        )?;
        tx.execute(
            "DELETE FROM sent_codes WHERE account_id = ?1 AND factor = ?2 AND failures >= ?3",
            params![account_id, factor.as_str(), max],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn delete_sent_code(&self, account_id: i64, factor: Factor) -> anyhow::Result<()> {
        self.conn().execute(
            "DELETE FROM sent_codes WHERE account_id = ?1 AND factor = ?2",
            params![account_id, factor.as_str()],
        )?;
        Ok(())
    }

    /// Replaces every recovery code of an enabled account with `hashes`; every token of the
    /// account stops working. `Ok(false)` when MFA is not enabled.
    pub(crate) fn replace_recovery_codes(
        &self,
        account_id: i64,
        hashes: &[String],
    ) -> anyhow::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let enabled: bool = tx.cached_row(
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE id = ?1 AND mfa_state = 'enabled')",
            [account_id],
            |r| r.get(0),
        )?;
        if !enabled {
            return Ok(false);
        }
        tx.execute(
            "DELETE FROM recovery_codes WHERE account_id = ?1",
            [account_id],
        )?;
        insert_recovery_codes(&tx, account_id, hashes)?;
        tx.execute(
            "UPDATE accounts SET token_gen = token_gen + 1 WHERE id = ?1",
            [account_id],
        )?;
        tx.commit()?;
        Ok(true)
    }

    pub(crate) fn unused_recovery_codes(
        &self,
        account_id: i64,
    ) -> anyhow::Result<Vec<StoredRecoveryCode>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT id, code_hash FROM recovery_codes
             WHERE account_id = ?1 AND used_on IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([account_id], |r| {
            Ok(StoredRecoveryCode {
                id: r.get(0)?,
                hash: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a recovery code used; `Ok(false)` if it already was.
    pub(crate) fn use_recovery_code(
        &self,
        code_id: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "UPDATE recovery_codes SET used_on = ?2 WHERE id = ?1 AND used_on IS NULL",
            params![code_id, ts(now)],
        )?;
        Ok(changed == 1)
    }

    /// Stores a disable confirmation token, replacing any earlier one.
    pub(crate) fn put_confirmation(
        &self,
        account_id: i64,
        token: &StoredSecret,
    ) -> anyhow::Result<()> {
        self.conn().execute(
            "INSERT OR REPLACE INTO confirmations (account_id, token_hash, expires_at)
             VALUES (?1, ?2, ?3)",
            params![account_id, token.hash, token.expires_at],
        )?;
        Ok(())
    }

    pub(crate) fn confirmation(&self, account_id: i64) -> anyhow::Result<Option<StoredSecret>> {
        Ok(self
            .conn()
            .cached_row(
                "SELECT token_hash, expires_at FROM confirmations WHERE account_id = ?1",
                [account_id],
                |r| {
                    Ok(StoredSecret {
                        hash: r.get(0)?,
                        expires_at: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    pub(crate) fn delete_confirmation(&self, account_id: i64) -> anyhow::Result<()> {
        self.conn().execute(
            "DELETE FROM confirmations WHERE account_id = ?1",
            [account_id],
        )?;
        Ok(())
    }
}

pub(super) fn insert_recovery_codes(
    conn: &Connection,
    account_id: i64,
    hashes: &[String],
) -> rusqlite::Result<()> {
    let mut insert =
        conn.prepare_cached("INSERT INTO recovery_codes (account_id, code_hash) VALUES (?1, ?2)")?;
    for hash in hashes {
        insert.execute(params![account_id, hash])?;
    }
    Ok(())
}
