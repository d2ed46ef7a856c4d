//! The record of administrative changes, written in the same transaction as each change.

use super::*;

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

impl Store {
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
}

pub(super) fn insert_audit(conn: &Connection, audit: &AuditEntry) -> rusqlite::Result<()> {
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
