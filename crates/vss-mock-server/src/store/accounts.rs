//! Accounts: adding them (one or many at once), reading and listing them, the switches an
//! administrator sets, and an administrator's reset of an account's MFA.

use super::*;

/// The fields of a new account, with its password already hashed.
pub struct AccountRow<'a> {
    pub username: &'a str,
    pub email: &'a str,
    pub phone: Option<&'a str>,
    pub domain: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
}

/// Which accounts to list, and which slice of them.
#[derive(Debug, Clone, Default)]
pub(crate) struct AccountFilter<'a> {
    pub(crate) domain: Option<&'a str>,
    /// Any of these states (all when empty).
    pub(crate) states: &'a [MfaState],
    pub(crate) offset: u64,
    pub(crate) limit: u64,
}

impl Store {
    /// Adds an account; `Ok(false)` when the username is taken.
    pub(crate) fn insert_account(
        &self,
        row: &AccountRow<'_>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let conn = self.conn();
        let result = conn.execute(
            "INSERT INTO accounts (username, email, phone, domain, role, password_hash, created_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                row.username,
                row.email,
                row.phone,
                row.domain,
                row.role.as_str(),
                row.password_hash,
                ts(now)
            ],
        );
        match result {
            Ok(_) => Ok(true),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    pub(crate) fn account(&self, username: &str) -> anyhow::Result<Option<Account>> {
        let conn = self.conn();
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNT_FROM} WHERE a.username = ?1");
        Ok(conn
            .cached_row(&sql, [username], account_from_row)
            .optional()?)
    }

    pub fn accounts(&self) -> anyhow::Result<Vec<Account>> {
        let conn = self.conn();
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNT_FROM} ORDER BY a.username");
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], account_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds many accounts in one transaction; `Ok(false)` (and nothing added) when a username
    /// is taken.
    pub fn insert_accounts(
        &self,
        rows: &[AccountRow<'_>],
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO accounts (username, email, phone, domain, role, password_hash,
                     created_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let now = ts(now);
            for row in rows {
                let result = insert.execute(params![
                    row.username,
                    row.email,
                    row.phone,
                    row.domain,
                    row.role.as_str(),
                    row.password_hash,
                    now
                ]);
                match result {
                    Ok(_) => {}
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if e.code == rusqlite::ErrorCode::ConstraintViolation =>
                    {
                        return Ok(false)
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        tx.commit()?;
        Ok(true)
    }

    /// Sets or clears an administrator's "require MFA" on an account.
    pub(crate) fn set_require_mfa(&self, account_id: i64, required: bool) -> anyhow::Result<()> {
        self.conn().execute(
            "UPDATE accounts SET require_mfa = ?2 WHERE id = ?1",
            params![account_id, required],
        )?;
        Ok(())
    }

    /// A page of accounts, ordered by username, and how many match in all.
    pub(crate) fn list_accounts(
        &self,
        filter: &AccountFilter<'_>,
    ) -> anyhow::Result<(Vec<Account>, u64)> {
        let conn = self.conn();
        // `,disabled,pending,`: a state is wanted when `,STATE,` is in it.
        let state = (!filter.states.is_empty()).then(|| {
            let names: Vec<&str> = filter.states.iter().map(|s| s.as_str()).collect();
            format!(",{},", names.join(","))
        });
        let condition = "(?1 IS NULL OR a.domain = ?1) \
                         AND (?2 IS NULL OR instr(?2, ',' || a.mfa_state || ',') > 0)";
        let total: i64 = conn.cached_row(
            &format!("SELECT COUNT(*) FROM accounts a WHERE {condition}"),
            params![filter.domain, state],
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNT_FROM} WHERE {condition}
             ORDER BY a.username LIMIT ?3 OFFSET ?4"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let limit = i64::try_from(filter.limit).unwrap_or(i64::MAX);
        let offset = i64::try_from(filter.offset).unwrap_or(i64::MAX);
        let rows = stmt.query_map(
            params![filter.domain, state, limit, offset],
            account_from_row,
        )?;
        let accounts = rows.collect::<Result<_, _>>()?;
        Ok((accounts, total.max(0) as u64))
    }

    /// Changes an account's MFA switches (those given) and records it.
    pub(crate) fn update_account_flags(
        &self,
        account_id: i64,
        require_mfa: Option<bool>,
        can_toggle_mfa: Option<bool>,
        audit: &AuditEntry,
    ) -> anyhow::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE accounts SET require_mfa = COALESCE(?2, require_mfa),
                 can_toggle_mfa = COALESCE(?3, can_toggle_mfa)
             WHERE id = ?1",
            params![account_id, require_mfa, can_toggle_mfa],
        )?;
        insert_audit(&tx, audit)?;
        tx.commit()?;
        Ok(())
    }

    /// An administrator's reset: MFA off, its secret, recovery codes, sent codes, confirmations
    /// and pending replacement deleted, and every token of the account revoked.
    pub(crate) fn reset_mfa(
        &self,
        account_id: i64,
        now: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> anyhow::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE accounts SET mfa_state = 'disabled', mfa_method = NULL, mfa_phone = NULL,
                 totp_secret = NULL,
                 disabled_on = CASE WHEN mfa_state = 'disabled' THEN disabled_on ELSE ?2 END,
                 token_gen = token_gen + 1
             WHERE id = ?1",
            params![account_id, ts(now)],
        )?;
        clear_secrets(&tx, account_id)?;
        // A reset is how a locked-out user gets back in: the second-factor lock goes too.
        tx.execute(
            "DELETE FROM throttles WHERE kind = 'factor' AND subject = ?1",
            [account_id.to_string()],
        )?;
        insert_audit(&tx, audit)?;
        tx.commit()?;
        Ok(())
    }
}
