//! MFA policy: the global setting and each domain's.

use super::*;

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

impl Store {
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
