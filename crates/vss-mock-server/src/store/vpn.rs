//! The VPN's MFA gateway: whether it is open for an account, and the account's gateway log.

use super::*;

/// Whether the gateway is open for an account, and since when (unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GatewayRow {
    pub(crate) open: bool,
    pub(crate) since: i64,
}

/// One entry of an account's gateway log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GatewayEntry {
    /// Unix seconds.
    pub(crate) at: i64,
    pub(crate) line: String,
}

impl Store {
    /// The gateway's state for the account, if it was ever opened or closed.
    pub(crate) fn vpn_gateway(&self, account_id: i64) -> anyhow::Result<Option<GatewayRow>> {
        Ok(self
            .conn()
            .cached_row(
                "SELECT open, since FROM vpn_gateway WHERE account_id = ?1",
                [account_id],
                |r| {
                    Ok(GatewayRow {
                        open: r.get(0)?,
                        since: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Adds `entry` to the account's gateway log, keeping its newest `keep` entries; with
    /// `state`, the gateway is set open or closed in the same transaction.
    pub(crate) fn vpn_record(
        &self,
        account_id: i64,
        state: Option<GatewayRow>,
        entry: &GatewayEntry,
        keep: u32,
    ) -> anyhow::Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        if let Some(state) = state {
            tx.prepare_cached(
                "INSERT INTO vpn_gateway (account_id, open, since) VALUES (?1, ?2, ?3)
                 ON CONFLICT(account_id)
                 DO UPDATE SET open = excluded.open, since = excluded.since",
            )?
            .execute(params![account_id, state.open, state.since])?;
        }
        tx.prepare_cached("INSERT INTO vpn_log (account_id, at, line) VALUES (?1, ?2, ?3)")?
            .execute(params![account_id, entry.at, entry.line])?;
        tx.prepare_cached(
            "DELETE FROM vpn_log WHERE account_id = ?1 AND id <= (
                 SELECT id FROM vpn_log WHERE account_id = ?1 ORDER BY id DESC
                 LIMIT 1 OFFSET ?2)",
        )?
        .execute(params![account_id, keep])?;
        tx.commit()?;
        Ok(())
    }

    /// The account's gateway log from `since` (unix seconds; all of it without), oldest first,
    /// at most the newest `limit` entries.
    pub(crate) fn vpn_log(
        &self,
        account_id: i64,
        since: Option<i64>,
        limit: u32,
    ) -> anyhow::Result<Vec<GatewayEntry>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT at, line FROM (
                 SELECT id, at, line FROM vpn_log
                 WHERE account_id = ?1 AND (?2 IS NULL OR at >= ?2)
                 ORDER BY id DESC LIMIT ?3)
             ORDER BY id",
        )?;
        let rows = stmt.query_map(params![account_id, since, limit], |r| {
            Ok(GatewayEntry {
                at: r.get(0)?,
                line: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_keeps_the_newest_entries_and_the_state_its_last_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("vss.db")).unwrap();
        let row = AccountRow {
            username: "jm",
            email: "jm@example.com",
            phone: None,
            domain: "default",
            role: Role::User,
            password_hash: "x",
        };
        assert!(store.insert_account(&row, Utc::now()).unwrap());
        let id = store.account("jm").unwrap().unwrap().id;
        assert_eq!(store.vpn_gateway(id).unwrap(), None);
        for at in 1..=5 {
            let state = (at % 2 == 0).then_some(GatewayRow {
                open: at == 4,
                since: at,
            });
            let entry = GatewayEntry {
                at,
                line: format!("entry {at}"),
            };
            store.vpn_record(id, state, &entry, 3).unwrap();
        }
        assert_eq!(
            store.vpn_gateway(id).unwrap(),
            Some(GatewayRow {
                open: true,
                since: 4
            })
        );
        let lines = |since, limit| -> Vec<String> {
            store
                .vpn_log(id, since, limit)
                .unwrap()
                .into_iter()
                .map(|e| e.line)
                .collect()
        };
        assert_eq!(lines(None, 10), ["entry 3", "entry 4", "entry 5"]);
        assert_eq!(lines(Some(4), 10), ["entry 4", "entry 5"]);
        assert_eq!(lines(None, 1), ["entry 5"]);
    }
}
