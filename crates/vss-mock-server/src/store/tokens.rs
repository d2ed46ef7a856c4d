//! API tokens: one row per token issued (never the token, a keyed hash of it), read by every
//! Bearer call, listed, disabled and deleted by their account. Tokens of an account stop
//! working all at once when its token generation moves on (see `accounts`); the rows stay, and
//! read as no longer valid, until they expire and are pruned.

use rusqlite::types::Value;

use super::*;

/// A token about to be issued.
pub(crate) struct NewToken<'a> {
    pub(crate) account_id: i64,
    /// The account's token generation when the token was issued.
    pub(crate) token_gen: i64,
    /// `api`.
    pub(crate) kind: &'a str,
    /// The client address of the login.
    pub(crate) ip_address: Option<&'a str>,
    pub(crate) now: DateTime<Utc>,
    /// Unix seconds.
    pub(crate) expires_at: i64,
}

/// A token as its account sees it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TokenRow {
    pub(crate) id: i64,
    pub(crate) kind: String,
    pub(crate) created_on: Option<DateTime<Utc>>,
    pub(crate) updated_on: Option<DateTime<Utc>>,
    pub(crate) last_access: Option<DateTime<Utc>>,
    pub(crate) ip_address: Option<String>,
    /// Neither disabled nor revoked with the rest of the account's tokens.
    pub(crate) valid: bool,
    /// Unix seconds.
    pub(crate) expires_at: i64,
}

/// What a Bearer call checks a token against.
#[derive(Debug, Clone)]
pub(crate) struct TokenAuth {
    pub(crate) hash: String,
    /// Not disabled, and of the account's current token generation.
    pub(crate) valid: bool,
    pub(crate) expires_at: i64,
    pub(crate) last_access: Option<DateTime<Utc>>,
}

/// A condition on the tokens listed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TokenFilter {
    /// Whether the token still works (`valid`).
    Valid(bool),
    /// The id compared with a number: `=`, `!=`, `<`, `<=`, `>`, `>=`.
    Id(&'static str, i64),
    /// A text field (`type`, `ip_address`) compared: `=`, `!=` or `LIKE` (with `%`).
    Text(TokenText, &'static str, String),
}

/// The text fields a filter may compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenText {
    Kind,
    IpAddress,
}

/// A sort key of the tokens listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenSort {
    Id,
    CreatedOn,
    UpdatedOn,
    LastAccess,
    Expiration,
    Valid,
}

/// A sort key and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenOrder {
    pub(crate) key: TokenSort,
    pub(crate) descending: bool,
}

/// Which of an account's tokens to list, in which order, and which slice.
#[derive(Debug, Clone, Default)]
pub(crate) struct TokenQuery {
    pub(crate) filters: Vec<TokenFilter>,
    /// Ties are broken by id, in the direction of the first key.
    pub(crate) order: Vec<TokenOrder>,
    pub(crate) offset: u64,
    pub(crate) limit: u64,
}

/// Whether a token works: not disabled, and of its account's current generation.
const VALID: &str = "(t.valid AND t.token_gen = a.token_gen)";

const TOKEN_COLUMNS: &str = "t.id, t.type, t.created_on, t.updated_on, t.last_access, \
    t.ip_address, (t.valid AND t.token_gen = a.token_gen), t.expires_at";

fn token_from_row(row: &Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok(TokenRow {
        id: row.get(0)?,
        kind: row.get(1)?,
        created_on: parse_ts(row.get(2)?),
        updated_on: parse_ts(row.get(3)?),
        last_access: parse_ts(row.get(4)?),
        ip_address: row.get(5)?,
        valid: row.get(6)?,
        expires_at: row.get(7)?,
    })
}

impl TokenSort {
    fn column(self) -> &'static str {
        match self {
            TokenSort::Id => "t.id",
            TokenSort::CreatedOn => "t.created_on",
            TokenSort::UpdatedOn => "t.updated_on",
            TokenSort::LastAccess => "t.last_access",
            TokenSort::Expiration => "t.expires_at",
            TokenSort::Valid => VALID,
        }
    }
}

/// The `WHERE` clause of a listing (`?1` the account, `?2` now) and its further values.
fn condition(filters: &[TokenFilter]) -> (String, Vec<Value>) {
    let mut sql = String::from("t.account_id = ?1 AND t.expires_at > ?2");
    let mut values = Vec::new();
    for filter in filters {
        let n = values.len() + 3;
        match filter {
            TokenFilter::Valid(valid) => {
                sql.push_str(&format!(" AND {VALID} = ?{n}"));
                values.push(Value::Integer(i64::from(*valid)));
            }
            TokenFilter::Id(op, id) => {
                sql.push_str(&format!(" AND t.id {op} ?{n}"));
                values.push(Value::Integer(*id));
            }
            TokenFilter::Text(field, op, text) => {
                let column = match field {
                    TokenText::Kind => "t.type",
                    TokenText::IpAddress => "t.ip_address",
                };
                sql.push_str(&format!(" AND {column} {op} ?{n}"));
                values.push(Value::Text(text.clone()));
            }
        }
    }
    (sql, values)
}

/// The `ORDER BY` clause of a listing.
fn order(keys: &[TokenOrder]) -> String {
    let dir = |descending: bool| if descending { "DESC" } else { "ASC" };
    let mut parts: Vec<String> = keys
        .iter()
        .map(|k| format!("{} {}", k.key.column(), dir(k.descending)))
        .collect();
    parts.push(format!(
        "t.id {}",
        dir(keys.first().is_some_and(|k| k.descending))
    ));
    parts.join(", ")
}

impl Store {
    /// Records a new token of `new.account_id` and returns what `seal` made of its id: `seal`
    /// gets the new row's id and returns the keyed hash of the token made with it, stored in
    /// the same transaction, and anything else to hand back (the token). Tokens that expired
    /// are pruned on the way.
    pub(crate) fn insert_token<T>(
        &self,
        new: &NewToken<'_>,
        seal: impl FnOnce(i64) -> anyhow::Result<(String, T)>,
    ) -> anyhow::Result<T> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "DELETE FROM api_tokens WHERE expires_at <= ?1",
            [new.now.timestamp()],
        )?;
        let now = ts(new.now);
        tx.execute(
            "INSERT INTO api_tokens (account_id, token_hash, token_gen, type, created_on,
                 updated_on, ip_address, expires_at)
             VALUES (?1, '', ?2, ?3, ?4, ?4, ?5, ?6)",
            params![
                new.account_id,
                new.token_gen,
                new.kind,
                now,
                new.ip_address,
                new.expires_at
            ],
        )?;
        let id = tx.last_insert_rowid();
        let (hash, out) = seal(id)?;
        tx.execute(
            "UPDATE api_tokens SET token_hash = ?2 WHERE id = ?1",
            params![id, hash],
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// The token with row id `id` and its account, for a Bearer call.
    pub(crate) fn token_account(&self, id: i64) -> anyhow::Result<Option<(Account, TokenAuth)>> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS}, t.token_hash, {VALID}, t.expires_at, t.last_access
             FROM api_tokens t JOIN accounts a ON a.id = t.account_id
                 LEFT JOIN replacements p ON p.account_id = a.id
             WHERE t.id = ?1"
        );
        Ok(conn
            .cached_row(&sql, [id], |row| {
                let account = account_from_row(row)?;
                let auth = TokenAuth {
                    hash: row.get(20)?,
                    valid: row.get(21)?,
                    expires_at: row.get(22)?,
                    last_access: parse_ts(row.get(23)?),
                };
                Ok((account, auth))
            })
            .optional()?)
    }

    /// Records that the token was used at `now`.
    pub(crate) fn touch_token(&self, id: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
        self.conn()
            .prepare_cached("UPDATE api_tokens SET last_access = ?2 WHERE id = ?1")?
            .execute(params![id, ts(now)])?;
        Ok(())
    }

    /// A page of the account's unexpired tokens, and how many match in all.
    pub(crate) fn list_tokens(
        &self,
        account_id: i64,
        query: &TokenQuery,
        now: i64,
    ) -> anyhow::Result<(Vec<TokenRow>, u64)> {
        let conn = self.conn();
        let (condition, values) = condition(&query.filters);
        let mut all: Vec<Value> = vec![Value::Integer(account_id), Value::Integer(now)];
        all.extend(values);
        let from = "api_tokens t JOIN accounts a ON a.id = t.account_id";
        let total: i64 = conn.query_row(
            &format!("SELECT COUNT(*) FROM {from} WHERE {condition}"),
            rusqlite::params_from_iter(&all),
            |r| r.get(0),
        )?;
        let n = all.len();
        let sql = format!(
            "SELECT {TOKEN_COLUMNS} FROM {from} WHERE {condition} ORDER BY {}
             LIMIT ?{} OFFSET ?{}",
            order(&query.order),
            n + 1,
            n + 2
        );
        all.push(Value::Integer(
            i64::try_from(query.limit).unwrap_or(i64::MAX),
        ));
        all.push(Value::Integer(
            i64::try_from(query.offset).unwrap_or(i64::MAX),
        ));
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(&all), token_from_row)?;
        let tokens = rows.collect::<Result<_, _>>()?;
        Ok((tokens, total.max(0) as u64))
    }

    /// One unexpired token of the account.
    pub(crate) fn token(
        &self,
        account_id: i64,
        id: i64,
        now: i64,
    ) -> anyhow::Result<Option<TokenRow>> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens t JOIN accounts a ON a.id = t.account_id
             WHERE t.id = ?1 AND t.account_id = ?2 AND t.expires_at > ?3"
        );
        Ok(conn
            .cached_row(&sql, params![id, account_id, now], token_from_row)
            .optional()?)
    }

    /// Disables an unexpired token of the account (it stops working); `Ok(false)` when the
    /// account has no such token. Disabling a disabled token changes nothing.
    pub(crate) fn disable_token(
        &self,
        account_id: i64,
        id: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "UPDATE api_tokens SET updated_on = CASE WHEN valid THEN ?3 ELSE updated_on END,
                 valid = 0
             WHERE id = ?1 AND account_id = ?2 AND expires_at > ?4",
            params![id, account_id, ts(now), now.timestamp()],
        )?;
        Ok(changed == 1)
    }

    /// Deletes an unexpired token of the account (it stops working); `Ok(false)` when the
    /// account has no such token.
    pub(crate) fn delete_token(&self, account_id: i64, id: i64, now: i64) -> anyhow::Result<bool> {
        let changed = self.conn().execute(
            "DELETE FROM api_tokens WHERE id = ?1 AND account_id = ?2 AND expires_at > ?3",
            params![id, account_id, now],
        )?;
        Ok(changed == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(names: &[&str]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("vss.db")).unwrap();
        for name in names {
            let row = AccountRow {
                username: name,
                email: "a@example.com",
                phone: None,
                domain: "default",
                role: Role::User,
                password_hash: "x",
            };
            store.insert_account(&row, Utc::now()).unwrap();
        }
        (dir, store)
    }

    fn issue(store: &Store, account_id: i64, at: i64, hash: &str) -> i64 {
        let new = NewToken {
            account_id,
            token_gen: 0,
            kind: "api",
            ip_address: Some("127.0.0.1"),
            now: DateTime::from_timestamp(at, 0).unwrap(),
            expires_at: at + 3600,
        };
        store
            .insert_token(&new, |id| Ok((hash.to_owned(), id)))
            .unwrap()
    }

    #[test]
    fn tokens_are_listed_filtered_sorted_and_pruned() {
        let (_dir, store) = store_with(&["jm", "ann"]);
        let jm = store.account("jm").unwrap().unwrap().id;
        let ann = store.account("ann").unwrap().unwrap().id;
        let t0 = 1_800_000_000;
        let a = issue(&store, jm, t0, "ha");
        let b = issue(&store, jm, t0 + 10, "hb");
        let c = issue(&store, ann, t0 + 20, "hc");
        assert!(a < b && b < c);
        let ids = |q: &TokenQuery| -> Vec<i64> {
            let (rows, _) = store.list_tokens(jm, q, t0 + 30).unwrap();
            rows.iter().map(|r| r.id).collect()
        };
        let all = TokenQuery {
            limit: 10,
            ..Default::default()
        };
        assert_eq!(ids(&all), [a, b]);
        let newest_first = TokenQuery {
            order: vec![TokenOrder {
                key: TokenSort::CreatedOn,
                descending: true,
            }],
            ..all.clone()
        };
        assert_eq!(ids(&newest_first), [b, a]);
        assert!(store.disable_token(jm, a, Utc::now()).unwrap());
        assert!(!store.disable_token(jm, c, Utc::now()).unwrap(), "ann's");
        let valid = |v| TokenQuery {
            filters: vec![TokenFilter::Valid(v)],
            ..all.clone()
        };
        assert_eq!(ids(&valid(true)), [b]);
        assert_eq!(ids(&valid(false)), [a]);
        let (auth_account, auth) = store.token_account(a).unwrap().unwrap();
        assert_eq!(
            (auth_account.id, auth.hash.as_str(), auth.valid),
            (jm, "ha", false)
        );
        assert!(!store.delete_token(jm, c, t0).unwrap(), "ann's");
        assert!(store.delete_token(ann, c, t0).unwrap());
        assert!(store.token_account(c).unwrap().is_none());
        // A new token prunes those that expired; ids are not reused.
        let d = issue(&store, jm, t0 + 3605, "hd");
        assert!(d > c);
        assert!(store.token_account(a).unwrap().is_none());
        assert!(store.token_account(b).unwrap().is_some());
    }

    #[test]
    fn an_account_deleted_outside_the_server_takes_its_tokens() {
        let (dir, store) = store_with(&["jm"]);
        let jm = store.account("jm").unwrap().unwrap().id;
        let a = issue(&store, jm, 1_800_000_000, "ha");
        drop(store);
        // As sqlite3 would, with foreign keys off.
        let conn = Connection::open(dir.path().join("vss.db")).unwrap();
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.execute("DELETE FROM accounts WHERE id = ?1", [jm])
            .unwrap();
        drop(conn);
        let store = Store::open(&dir.path().join("vss.db")).unwrap();
        let row = AccountRow {
            username: "jm",
            email: "a@example.com",
            phone: None,
            domain: "default",
            role: Role::User,
            password_hash: "y",
        };
        store.insert_account(&row, Utc::now()).unwrap();
        assert_eq!(
            store.account("jm").unwrap().unwrap().id,
            jm,
            "the row id again"
        );
        assert!(store.token_account(a).unwrap().is_none());
    }
}
