//! SQLite storage of accounts and MFA state. Knows SQL, not HTTP.
//!
//! [`Store`] is one type whose methods are split by concern: [`accounts`], [`factors`],
//! [`codes`], [`throttle`], [`policy`], [`audit`], [`tokens`] (API tokens) and [`vpn`] (the
//! VPN gateway). The schema is the `.sql` files under `migrations/`, run in order; `PRAGMA
//! user_version` counts how many have run, so a database made by any earlier version is
//! brought up to date when it is opened.
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

mod accounts;
mod audit;
mod codes;
mod factors;
mod policy;
mod throttle;
mod tokens;
mod vpn;

pub(crate) use accounts::AccountFilter;
pub use accounts::AccountRow;
pub(crate) use audit::AuditEntry;
pub(crate) use codes::{Factor, StoredSecret};
pub(crate) use factors::{Enrolment, Replacement};
pub(crate) use policy::DomainPolicy;
pub(crate) use throttle::{LockRule, SendKind, SendRule, Throttle};
pub(crate) use tokens::{
    NewToken, TokenFilter, TokenOrder, TokenQuery, TokenRow, TokenSort, TokenText,
};
pub(crate) use vpn::{GatewayEntry, GatewayRow};

use audit::insert_audit;
use codes::insert_recovery_codes;

/// Schema migrations, in order; `PRAGMA user_version` counts how many have run. Never edit
/// one that has shipped: add the next.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_accounts.sql"),
    include_str!("migrations/0002_replacements.sql"),
    include_str!("migrations/0003_policy_and_audit.sql"),
    include_str!("migrations/0004_replay_locks_and_sends.sql"),
    include_str!("migrations/0005_send_kinds_and_stale_throttles.sql"),
    include_str!("migrations/0006_revoked_tokens.sql"),
    include_str!("migrations/0007_api_tokens.sql"),
    include_str!("migrations/0008_vpn_gateway.sql"),
];

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
    #[expect(
        clippy::disallowed_methods,
        reason = "the database is made 0600 before SQLite opens it, and SQLite writes it"
    )]
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::folders::create_private(dir)
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
