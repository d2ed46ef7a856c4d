//! SQLite storage of accounts and MFA state. Knows SQL, not HTTP.
//!
//! One connection behind a mutex; callers run on blocking threads. Every change is one
//! transaction, and WAL with `synchronous=FULL` makes an acknowledged change durable.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::account::{Account, PendingFactor, Role};
use vss_wire::{DomainTotp, Method, MfaState};

/// Schema migrations; `PRAGMA user_version` counts how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: accounts, recovery codes, e-mailed/texted codes, disable confirmations.
    r#"
    CREATE TABLE accounts (
        id            INTEGER PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE,
        email         TEXT NOT NULL,
        phone         TEXT,
        domain        TEXT NOT NULL DEFAULT 'default',
        role          TEXT NOT NULL DEFAULT 'user',
        password_hash TEXT NOT NULL,
        mfa_state     TEXT NOT NULL DEFAULT 'disabled',
        mfa_method    TEXT,
        mfa_phone     TEXT,
        totp_secret   BLOB,
        enabled_on    TEXT,
        disabled_on   TEXT,
        require_mfa   INTEGER NOT NULL DEFAULT 0,
        token_gen     INTEGER NOT NULL DEFAULT 0,
        created_on    TEXT NOT NULL
    );
    CREATE TABLE recovery_codes (
        id         INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        code_hash  TEXT NOT NULL,
        used_on    TEXT
    );
    CREATE INDEX recovery_codes_account ON recovery_codes(account_id);
    CREATE TABLE sent_codes (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        code_hash  TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        failures   INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE confirmations (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL,
        expires_at INTEGER NOT NULL
    );
    "#,
    // 2: a pending move of an enabled account to a new factor, and sent codes kept per factor
    // (the active one for logins, the replacement one for its verification).
    r#"
    CREATE TABLE replacements (
        account_id  INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        method      TEXT NOT NULL,
        mfa_phone   TEXT,
        totp_secret BLOB,
        started_on  TEXT NOT NULL
    );
    CREATE TABLE sent_codes_by_factor (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        factor     TEXT NOT NULL,
        code_hash  TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        failures   INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, factor)
    );
    INSERT INTO sent_codes_by_factor (account_id, factor, code_hash, expires_at, failures)
        SELECT account_id, 'active', code_hash, expires_at, failures FROM sent_codes;
    DROP TABLE sent_codes;
    ALTER TABLE sent_codes_by_factor RENAME TO sent_codes;
    "#,
    // 3: MFA policy (global, per domain, per account) and the record of administrative changes.
    r#"
    CREATE TABLE settings (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE domains (
        name               TEXT PRIMARY KEY,
        totp               TEXT NOT NULL DEFAULT 'optional',
        grace_period_hours INTEGER,
        mandatory_since    TEXT
    );
    ALTER TABLE accounts ADD COLUMN can_toggle_mfa INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX accounts_domain ON accounts(domain, username);
    CREATE TABLE audit (
        id     INTEGER PRIMARY KEY,
        time   TEXT NOT NULL,
        actor  TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        domain TEXT,
        detail TEXT NOT NULL
    );
    CREATE INDEX audit_domain ON audit(domain, id);
    "#,
    // 4: the last TOTP time step accepted per account (a code is never accepted twice),
    // failed attempts and locks (second factor per account, password per username), and when
    // codes were sent by e-mail or SMS (to limit how often).
    r#"
    ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;
    CREATE TABLE throttles (
        kind         TEXT NOT NULL,
        subject      TEXT NOT NULL,
        failures     INTEGER NOT NULL DEFAULT 0,
        locks        INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        PRIMARY KEY (kind, subject)
    );
    CREATE TABLE code_sends (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        sent_at    INTEGER NOT NULL
    );
    CREATE INDEX code_sends_account ON code_sends(account_id, sent_at);
    "#,
];

/// Name of the global "MFA mandatory" setting in `settings`.
const SETTING_TOTP_MANDATORY: &str = "totp_mandatory";

/// A domain's MFA policy as stored; domains without a row are optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DomainPolicy {
    pub(crate) totp: DomainTotp,
    pub(crate) grace_period_hours: Option<u32>,
    /// When the domain last became mandatory.
    pub(crate) mandatory_since: Option<DateTime<Utc>>,
}

/// A domain with its policy and how many accounts it has.
#[derive(Debug, Clone)]
pub(crate) struct DomainRow {
    pub(crate) name: String,
    pub(crate) policy: DomainPolicy,
    pub(crate) accounts: u64,
}

/// One administrative change, written in the same transaction as the change itself.
#[derive(Debug, Clone)]
pub(crate) struct AuditEntry {
    pub(crate) time: DateTime<Utc>,
    pub(crate) actor: String,
    pub(crate) action: String,
    pub(crate) target: String,
    /// The domain the change concerns; `None` for the global setting (admins only see it).
    pub(crate) domain: Option<String>,
    pub(crate) detail: String,
}

/// Which accounts to list, and which slice of them.
#[derive(Debug, Clone, Default)]
pub(crate) struct AccountFilter<'a> {
    pub(crate) domain: Option<&'a str>,
    pub(crate) state: Option<MfaState>,
    pub(crate) offset: u64,
    pub(crate) limit: u64,
}

/// Which factor a sent code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Factor {
    /// The account's own method: the enabled one, or the pending enrolment.
    Active,
    /// The new method of a pending replacement.
    Replacement,
}

impl Factor {
    fn as_str(self) -> &'static str {
        match self {
            Factor::Active => "active",
            Factor::Replacement => "replacement",
        }
    }
}

/// What a run of failed attempts is counted against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Throttle {
    /// Second-factor codes (TOTP, sent codes, recovery codes) of an account.
    Factor,
    /// Passwords given for a username, known or not.
    Password,
}

impl Throttle {
    fn as_str(self) -> &'static str {
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

/// How often codes may be sent to one account.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SendRule {
    pub(crate) min_gap_secs: i64,
    pub(crate) per_hour: u32,
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

/// The fields of a new account, with its password already hashed.
pub struct AccountRow<'a> {
    pub username: &'a str,
    pub email: &'a str,
    pub phone: Option<&'a str>,
    pub domain: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
}

pub struct Store {
    conn: Mutex<Connection>,
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn parse_ts(s: Option<String>) -> Option<DateTime<Utc>> {
    s.and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map(|t| t.with_timezone(&Utc))
}

/// `query_row` through the connection's statement cache: each SQL text is parsed once, not on
/// every call.
trait CachedRow {
    fn cached_row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>;
}

impl CachedRow for Connection {
    fn cached_row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    {
        self.prepare_cached(sql)?.query_row(params, f)
    }
}

const ACCOUNT_COLUMNS: &str = "a.id, a.username, a.email, a.phone, a.domain, a.role, \
    a.password_hash, a.mfa_state, a.mfa_method, a.mfa_phone, a.totp_secret, a.enabled_on, \
    a.disabled_on, a.require_mfa, a.token_gen, \
    (SELECT COUNT(*) FROM recovery_codes r WHERE r.account_id = a.id AND r.used_on IS NULL), \
    p.method, p.mfa_phone, p.totp_secret, a.can_toggle_mfa";

/// The tables [`ACCOUNT_COLUMNS`] reads.
const ACCOUNT_FROM: &str = "accounts a LEFT JOIN replacements p ON p.account_id = a.id";

fn account_from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    let role: String = row.get(5)?;
    let state: String = row.get(7)?;
    let method: Option<String> = row.get(8)?;
    Ok(Account {
        id: row.get(0)?,
        username: row.get(1)?,
        email: row.get(2)?,
        phone: row.get(3)?,
        domain: row.get(4)?,
        role: Role::parse(&role).unwrap_or(Role::User),
        password_hash: row.get(6)?,
        mfa_state: MfaState::parse(&state).unwrap_or(MfaState::Disabled),
        mfa_method: method.as_deref().and_then(Method::parse),
        mfa_phone: row.get(9)?,
        totp_secret: row.get(10)?,
        enabled_on: parse_ts(row.get(11)?),
        disabled_on: parse_ts(row.get(12)?),
        require_mfa: row.get(13)?,
        token_gen: row.get(14)?,
        recovery_codes_left: row.get(15)?,
        pending: row
            .get::<_, Option<String>>(16)?
            .as_deref()
            .and_then(Method::parse)
            .map(|method| -> rusqlite::Result<PendingFactor> {
                Ok(PendingFactor {
                    method,
                    mfa_phone: row.get(17)?,
                    totp_secret: row.get(18)?,
                })
            })
            .transpose()?,
        can_toggle_mfa: row.get(19)?,
    })
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        if !path.exists() {
            // Password hashes live here: create the file private before SQLite opens it
            // (SQLite gives its -wal and -shm files the same mode).
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(path)
                .with_context(|| format!("cannot create the database {}", path.display()))?;
        }
        let mut conn = Connection::open(path)
            .with_context(|| format!("cannot open the database {}", path.display()))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(64);
        // Keep each cached statement's plan: without this, SQLite (built with STAT4) compiles
        // a statement again on every bind of a value compared with an indexed column, which
        // was most of the time of a Bearer call. Every lookup here is by a unique key anyway.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn).with_context(|| format!("cannot migrate {}", path.display()))?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-done transaction behind (it
        // rolls back on drop), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

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
        let state = filter.state.map(MfaState::as_str);
        let condition = "(?1 IS NULL OR a.domain = ?1) AND (?2 IS NULL OR a.mfa_state = ?2)";
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

    /// Whether MFA is mandatory for every domain.
    pub(crate) fn totp_mandatory(&self) -> anyhow::Result<bool> {
        let value: Option<String> = self
            .conn()
            .cached_row(
                "SELECT value FROM settings WHERE name = ?1",
                [SETTING_TOTP_MANDATORY],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value.as_deref() == Some("true"))
    }

    pub(crate) fn set_totp_mandatory(
        &self,
        mandatory: bool,
        audit: &AuditEntry,
    ) -> anyhow::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT OR REPLACE INTO settings (name, value) VALUES (?1, ?2)",
            params![SETTING_TOTP_MANDATORY, mandatory.to_string()],
        )?;
        insert_audit(&tx, audit)?;
        tx.commit()?;
        Ok(())
    }

    /// A domain's policy (optional when never set).
    pub(crate) fn domain_policy(&self, domain: &str) -> anyhow::Result<DomainPolicy> {
        Ok(self
            .conn()
            .cached_row(
                "SELECT totp, grace_period_hours, mandatory_since FROM domains WHERE name = ?1",
                [domain],
                policy_from_row,
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Every domain that has accounts or a policy, by name.
    pub(crate) fn domains(&self) -> anyhow::Result<Vec<DomainRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "WITH names AS (SELECT domain AS name FROM accounts UNION SELECT name FROM domains)
             SELECT n.name, d.totp, d.grace_period_hours, d.mandatory_since,
                 (SELECT COUNT(*) FROM accounts a WHERE a.domain = n.name)
             FROM names n LEFT JOIN domains d ON d.name = n.name
             ORDER BY n.name",
        )?;
        let rows = stmt.query_map([], |r| {
            let totp: Option<String> = r.get(1)?;
            let policy = match totp {
                Some(_) => policy_from_row_at(r, 1)?,
                None => DomainPolicy::default(),
            };
            Ok(DomainRow {
                name: r.get(0)?,
                policy,
                accounts: r.get::<_, i64>(4)?.max(0) as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether any account or policy names this domain.
    pub(crate) fn domain_exists(&self, domain: &str) -> anyhow::Result<bool> {
        Ok(self.conn().cached_row(
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE domain = ?1)
                 OR EXISTS (SELECT 1 FROM domains WHERE name = ?1)",
            [domain],
            |r| r.get(0),
        )?)
    }

    /// Sets a domain's policy. `mandatory_since` is set when the domain becomes mandatory,
    /// kept while it stays so, and cleared otherwise. Returns the stored policy.
    pub(crate) fn set_domain_policy(
        &self,
        domain: &str,
        totp: DomainTotp,
        grace_period_hours: Option<u32>,
        now: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> anyhow::Result<DomainPolicy> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let before = tx
            .cached_row(
                "SELECT totp, grace_period_hours, mandatory_since FROM domains WHERE name = ?1",
                [domain],
                policy_from_row,
            )
            .optional()?
            .unwrap_or_default();
        let mandatory_since = match (totp, before.totp) {
            (DomainTotp::Mandatory, DomainTotp::Mandatory) => before.mandatory_since.or(Some(now)),
            (DomainTotp::Mandatory, _) => Some(now),
            _ => None,
        };
        tx.execute(
            "INSERT OR REPLACE INTO domains (name, totp, grace_period_hours, mandatory_since)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                domain,
                totp.as_str(),
                grace_period_hours,
                mandatory_since.map(ts)
            ],
        )?;
        insert_audit(&tx, audit)?;
        tx.commit()?;
        Ok(DomainPolicy {
            totp,
            grace_period_hours,
            mandatory_since,
        })
    }

    /// Records an administrative action that changes nothing stored (such as an alert).
    pub(crate) fn add_audit(&self, audit: &AuditEntry) -> anyhow::Result<()> {
        insert_audit(&self.conn(), audit)?;
        Ok(())
    }

    /// A page of the audit record, newest first, limited to `domain` when given.
    pub(crate) fn audit(
        &self,
        domain: Option<&str>,
        offset: u64,
        limit: u64,
    ) -> anyhow::Result<(Vec<AuditEntry>, u64)> {
        let conn = self.conn();
        let total: i64 = conn.cached_row(
            "SELECT COUNT(*) FROM audit WHERE ?1 IS NULL OR domain = ?1",
            [domain],
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare_cached(
            "SELECT time, actor, action, target, domain, detail FROM audit
             WHERE ?1 IS NULL OR domain = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let offset = i64::try_from(offset).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![domain, limit, offset], |r| {
            Ok(AuditEntry {
                time: parse_ts(r.get(0)?).unwrap_or_default(),
                actor: r.get(1)?,
                action: r.get(2)?,
                target: r.get(3)?,
                domain: r.get(4)?,
                detail: r.get(5)?,
            })
        })?;
        Ok((rows.collect::<Result<_, _>>()?, total.max(0) as u64))
    }

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

    /// A pending enrolment becomes active. `Ok(false)` when it was not pending.
    pub(crate) fn mark_enabled(&self, account_id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "UPDATE accounts SET mfa_state = 'enabled', enabled_on = ?2, disabled_on = NULL
             WHERE id = ?1 AND mfa_state = 'pending'",
            params![account_id, ts(now)],
        )?;
        Ok(changed == 1)
    }

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
    /// of the code that verified a new TOTP secret (it cannot be used again). `Ok(false)` when
    /// none was pending.
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
                 enabled_on = ?2
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

    /// Replaces every recovery code of an enabled account with `hashes`. `Ok(false)` when MFA
    /// is not enabled.
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
    /// `rule.max_failures` in a row, starts a lock and returns when it ends.
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
            "INSERT INTO throttles (kind, subject, failures) VALUES (?1, ?2, 1)
             ON CONFLICT (kind, subject) DO UPDATE SET failures = failures + 1",
            params![kind.as_str(), subject],
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

    /// Records a code sent to the account at unix time `now` if `rule` allows one; otherwise
    /// records nothing and returns when the next send is allowed.
    pub(crate) fn record_code_send(
        &self,
        account_id: i64,
        rule: SendRule,
        now: i64,
    ) -> anyhow::Result<Option<i64>> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM code_sends WHERE account_id = ?1 AND sent_at <= ?2",
            params![account_id, now - 3600],
        )?;
        let (count, first, last): (u32, Option<i64>, Option<i64>) = tx.cached_row(
            "SELECT COUNT(*), MIN(sent_at), MAX(sent_at) FROM code_sends WHERE account_id = ?1",
            [account_id],
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
                "INSERT INTO code_sends (account_id, sent_at) VALUES (?1, ?2)",
                params![account_id, now],
            )?;
        }
        tx.commit()?;
        Ok(retry_at)
    }

    /// Uses up the confirmation token with this hash and disables MFA: the secret, recovery
    /// codes and sent codes are deleted. `Ok(false)` if the token was already used.
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
                 mfa_phone = NULL, totp_secret = NULL
             WHERE id = ?1",
            params![account_id, ts(now)],
        )?;
        clear_secrets(&tx, account_id)?;
        tx.commit()?;
        Ok(true)
    }
}

fn policy_from_row(row: &Row<'_>) -> rusqlite::Result<DomainPolicy> {
    policy_from_row_at(row, 0)
}

/// A policy from the columns totp, grace_period_hours, mandatory_since starting at `at`.
fn policy_from_row_at(row: &Row<'_>, at: usize) -> rusqlite::Result<DomainPolicy> {
    let totp: String = row.get(at)?;
    Ok(DomainPolicy {
        totp: DomainTotp::parse(&totp).unwrap_or_default(),
        grace_period_hours: row.get(at + 1)?,
        mandatory_since: parse_ts(row.get(at + 2)?),
    })
}

fn insert_audit(conn: &Connection, audit: &AuditEntry) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO audit (time, actor, action, target, domain, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            ts(audit.time),
            audit.actor,
            audit.action,
            audit.target,
            audit.domain,
            audit.detail
        ],
    )?;
    Ok(())
}

fn insert_recovery_codes(
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

/// Deletes an account's recovery codes, sent codes, confirmation tokens and pending
/// replacement.
fn clear_secrets(conn: &Connection, account_id: i64) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM replacements WHERE account_id = ?1",
        [account_id],
    )?;
    conn.execute(
        "DELETE FROM recovery_codes WHERE account_id = ?1",
        [account_id],
    )?;
    conn.execute("DELETE FROM sent_codes WHERE account_id = ?1", [account_id])?;
    conn.execute(
        "DELETE FROM confirmations WHERE account_id = ?1",
        [account_id],
    )?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let version = usize::try_from(version).unwrap_or(usize::MAX);
    anyhow::ensure!(
        version <= MIGRATIONS.len(),
        "the database has schema version {version}, newer than this server knows ({}); \
         use a newer vss-mock-server",
        MIGRATIONS.len()
    );
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str) -> AccountRow<'_> {
        AccountRow {
            username: name,
            email: "a@example.com",
            phone: None,
            domain: "default",
            role: Role::User,
            password_hash: "x",
        }
    }

    #[test]
    fn migrates_once_and_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vss.db");
        {
            let store = Store::open(&path).unwrap();
            assert!(store.insert_account(&row("jm"), Utc::now()).unwrap());
            assert!(!store.insert_account(&row("jm"), Utc::now()).unwrap());
        }
        let store = Store::open(&path).unwrap();
        let version: i64 = store
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
        let a = store.account("jm").unwrap().unwrap();
        assert_eq!(a.mfa_state, MfaState::Disabled);
        assert!(!a.require_mfa);
    }

    #[test]
    fn sent_codes_survive_the_move_to_codes_per_factor() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vss.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            let tx = conn.transaction().unwrap();
            tx.execute_batch(MIGRATIONS[0]).unwrap();
            tx.pragma_update(None, "user_version", 1).unwrap();
            tx.execute(
                "INSERT INTO accounts (username, email, password_hash, created_on)
                 VALUES ('jm', 'a@example.com', 'x', '2024-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO sent_codes (account_id, code_hash, expires_at) VALUES (1, 'h', 42)",
                [],
            )
            .unwrap();
            tx.commit().unwrap();
        }
        let store = Store::open(&path).unwrap();
        let code = store.sent_code(1, Factor::Active).unwrap().unwrap();
        assert_eq!((code.hash.as_str(), code.expires_at), ("h", 42));
        assert!(store.sent_code(1, Factor::Replacement).unwrap().is_none());
    }

    #[test]
    fn replacement_waits_for_enabled_mfa_and_swaps_in() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("vss.db")).unwrap();
        store.insert_account(&row("jm"), Utc::now()).unwrap();
        let id = store.account("jm").unwrap().unwrap().id;
        let r = Replacement {
            method: Method::Sms,
            mfa_phone: Some("+14165550123"),
            sealed_secret: None,
        };
        assert!(!store.start_replacement(id, &r, Utc::now()).unwrap());
        assert!(!store.replace_recovery_codes(id, &[]).unwrap());
        let hashes = vec!["h1".to_string()];
        let e = Enrolment {
            method: Method::Authenticator,
            mfa_phone: None,
            sealed_secret: Some(b"old"),
            recovery_hashes: &hashes,
        };
        store.start_enrolment(id, &e).unwrap();
        store.mark_enabled(id, Utc::now()).unwrap();
        assert!(!store.finish_replacement(id, None, Utc::now()).unwrap());
        assert!(store.start_replacement(id, &r, Utc::now()).unwrap());
        let a = store.account("jm").unwrap().unwrap();
        assert_eq!(a.mfa_method, Some(Method::Authenticator));
        assert_eq!(a.pending.as_ref().map(|p| p.method), Some(Method::Sms));
        assert!(store.finish_replacement(id, None, Utc::now()).unwrap());
        let a = store.account("jm").unwrap().unwrap();
        assert_eq!(a.mfa_method, Some(Method::Sms));
        assert_eq!(a.mfa_phone.as_deref(), Some("+14165550123"));
        assert!(a.totp_secret.is_none(), "the old secret is deleted");
        assert!(a.pending.is_none());
        assert_eq!(a.recovery_codes_left, 1);
        assert!(store
            .replace_recovery_codes(id, &["a".into(), "b".into()])
            .unwrap());
        assert_eq!(store.account("jm").unwrap().unwrap().recovery_codes_left, 2);
    }

    #[test]
    fn enrolment_codes_and_disable() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("vss.db")).unwrap();
        store.insert_account(&row("jm"), Utc::now()).unwrap();
        let id = store.account("jm").unwrap().unwrap().id;
        let hashes = vec!["h1".to_string(), "h2".to_string()];
        let e = Enrolment {
            method: Method::Email,
            mfa_phone: None,
            sealed_secret: None,
            recovery_hashes: &hashes,
        };
        assert!(store.start_enrolment(id, &e).unwrap());
        assert_eq!(store.account("jm").unwrap().unwrap().recovery_codes_left, 2);
        assert!(store.mark_enabled(id, Utc::now()).unwrap());
        assert!(!store.start_enrolment(id, &e).unwrap());
        let codes = store.unused_recovery_codes(id).unwrap();
        assert!(store.use_recovery_code(codes[0].id, Utc::now()).unwrap());
        assert!(!store.use_recovery_code(codes[0].id, Utc::now()).unwrap());
        let token = StoredSecret {
            hash: "t".into(),
            expires_at: 0,
        };
        store.put_confirmation(id, &token).unwrap();
        assert!(!store.confirm_disable(id, "wrong", Utc::now()).unwrap());
        assert!(store.confirm_disable(id, "t", Utc::now()).unwrap());
        let a = store.account("jm").unwrap().unwrap();
        assert_eq!(a.mfa_state, MfaState::Disabled);
        assert_eq!(a.recovery_codes_left, 0);
        assert!(a.disabled_on.is_some());
    }
}
