//! An account's own API tokens, as the real service's `/v2/user/token` calls show them: listed
//! a page at a time (filtered and sorted as pyvss asks), read, disabled and deleted. A token's
//! id is its JWT's `jti`. Any valid token may manage its account's tokens, also one of an
//! account that must enrol first, so that logging out always works.

use vss_wire::{Page, TokenChangeResponse, TokenEnvelope, TokenInfo, TokenListQuery};

use super::admin::{offset, paging};
use super::{rfc3339, Service};
use crate::error::Error;
use crate::store::{TokenFilter, TokenOrder, TokenQuery, TokenRow, TokenSort, TokenText};

/// The conditions of a `filter` (`FIELD,OP,VALUE;...`) this server knows; the rest are
/// ignored. Fields: `valid` (or `active`) with `eq`/`ne` and `true`/`false`; `id` with `eq`,
/// `ne`, `lt`, `le`, `gt`, `ge`; `type` and `ip_address` with `eq`, `ne`, `like` (`%` for
/// any text).
pub(crate) fn parse_filters(text: &str) -> Vec<TokenFilter> {
    let mut out = Vec::new();
    for condition in text.split(';') {
        let mut parts = condition.splitn(3, ',').map(str::trim);
        let (Some(field), Some(op), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let op = op.to_ascii_lowercase();
        let filter = match field {
            "valid" | "active" => {
                let value = match value.to_ascii_lowercase().as_str() {
                    "true" | "1" | "yes" => Some(true),
                    "false" | "0" | "no" => Some(false),
                    _ => None,
                };
                match (op.as_str(), value) {
                    ("eq", Some(v)) => Some(TokenFilter::Valid(v)),
                    ("ne", Some(v)) => Some(TokenFilter::Valid(!v)),
                    _ => None,
                }
            }
            "id" => {
                let sql = match op.as_str() {
                    "eq" => Some("="),
                    "ne" => Some("!="),
                    "lt" => Some("<"),
                    "le" => Some("<="),
                    "gt" => Some(">"),
                    "ge" => Some(">="),
                    _ => None,
                };
                sql.zip(value.parse::<i64>().ok())
                    .map(|(sql, id)| TokenFilter::Id(sql, id))
            }
            "type" | "ip_address" => {
                let field = if field == "type" {
                    TokenText::Kind
                } else {
                    TokenText::IpAddress
                };
                let sql = match op.as_str() {
                    "eq" => Some("="),
                    "ne" => Some("!="),
                    "like" => Some("LIKE"),
                    _ => None,
                };
                sql.map(|sql| TokenFilter::Text(field, sql, value.to_owned()))
            }
            _ => None,
        };
        out.extend(filter);
    }
    out
}

/// The keys of a `sort` (`FIELD,asc|desc;...`; ascending when the direction is left out) this
/// server knows: `id`, `created_on`, `updated_on`, `last_access`, `expiration`, `valid`. The
/// rest are ignored.
pub(crate) fn parse_order(text: &str) -> Vec<TokenOrder> {
    let mut out = Vec::new();
    for key in text.split(';') {
        let mut parts = key.split(',').map(str::trim);
        let field = parts.next().unwrap_or_default();
        let descending = match parts.next().map(str::to_ascii_lowercase).as_deref() {
            None | Some("asc") => false,
            Some("desc") => true,
            Some(_) => continue,
        };
        let key = match field {
            "id" => TokenSort::Id,
            "created_on" => TokenSort::CreatedOn,
            "updated_on" => TokenSort::UpdatedOn,
            "last_access" => TokenSort::LastAccess,
            "expiration" => TokenSort::Expiration,
            "valid" | "active" => TokenSort::Valid,
            _ => continue,
        };
        out.push(TokenOrder { key, descending });
    }
    out
}

/// A token as the API shows it; `duration` is its lifetime in hours.
fn token_info(row: TokenRow) -> TokenInfo {
    let duration = row.created_on.map(|created| {
        let secs = row.expires_at - created.timestamp();
        if secs % 3600 == 0 {
            serde_json::Value::from(secs / 3600)
        } else {
            serde_json::Value::from(secs as f64 / 3600.0)
        }
    });
    TokenInfo {
        id: u64::try_from(row.id).unwrap_or_default(),
        created_on: rfc3339(row.created_on),
        updated_on: rfc3339(row.updated_on),
        last_access: rfc3339(row.last_access),
        ip_address: row.ip_address,
        valid: Some(row.valid),
        kind: Some(row.kind),
        expiration: rfc3339(chrono::DateTime::from_timestamp(row.expires_at, 0)),
        duration,
    }
}

fn no_such_token(id: u64) -> Error {
    Error::NotFound(format!("No token {id} among this account's API tokens"))
}

impl Service {
    /// `GET /v2/user/token`: a page of the caller's unexpired tokens.
    pub(crate) fn user_tokens(
        &self,
        bearer: &str,
        query: &TokenListQuery,
    ) -> Result<Page<TokenInfo>, Error> {
        let (account, _) = self.check_token(bearer)?;
        let (page, per_page) = paging(query.page, query.per_page)?;
        let query = TokenQuery {
            filters: query
                .filter
                .as_deref()
                .map(parse_filters)
                .unwrap_or_default(),
            order: query.sort.as_deref().map(parse_order).unwrap_or_default(),
            offset: offset(page, per_page),
            limit: u64::from(per_page),
        };
        let (rows, total) = self
            .store
            .list_tokens(account.id, &query, self.clock.unix())?;
        Ok(Page {
            data: rows.into_iter().map(token_info).collect(),
            page,
            per_page,
            total,
        })
    }

    /// `GET /v2/user/token/{id}`: one of the caller's tokens.
    pub(crate) fn user_token(&self, bearer: &str, id: u64) -> Result<TokenEnvelope, Error> {
        let (account, _) = self.check_token(bearer)?;
        let row = i64::try_from(id)
            .ok()
            .map(|row| self.store.token(account.id, row, self.clock.unix()))
            .transpose()?
            .flatten()
            .ok_or_else(|| no_such_token(id))?;
        Ok(TokenEnvelope {
            data: token_info(row),
        })
    }

    /// `PUT /v2/user/token/{id}`: disables one of the caller's tokens; it stops working at once
    /// and is listed as no longer valid until it expires.
    pub(crate) fn disable_user_token(
        &self,
        bearer: &str,
        id: u64,
    ) -> Result<TokenChangeResponse, Error> {
        let (account, _) = self.check_token(bearer)?;
        let row = i64::try_from(id).map_err(|_| no_such_token(id))?;
        if !self
            .store
            .disable_token(account.id, row, self.clock.now())?
        {
            return Err(no_such_token(id));
        }
        tracing::info!(user = %account.username, id, "token disabled");
        let data = self
            .store
            .token(account.id, row, self.clock.unix())?
            .map(token_info);
        Ok(TokenChangeResponse {
            status: Some(200.into()),
            message: format!("Token {id} is disabled: it no longer works"),
            kind: "info".into(),
            data,
        })
    }

    /// `DELETE /v2/user/token/{id}`: deletes one of the caller's tokens (the caller's own
    /// token too: a logout); it stops working at once.
    pub(crate) fn delete_user_token(
        &self,
        bearer: &str,
        id: u64,
    ) -> Result<TokenChangeResponse, Error> {
        let (account, _) = self.check_token(bearer)?;
        let row = i64::try_from(id).map_err(|_| no_such_token(id))?;
        if !self
            .store
            .delete_token(account.id, row, self.clock.unix())?
        {
            return Err(no_such_token(id));
        }
        tracing::info!(user = %account.username, id, "token deleted");
        Ok(TokenChangeResponse {
            status: Some(200.into()),
            message: format!("Token {id} is deleted: it no longer works"),
            kind: "info".into(),
            data: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_sort_keys_as_pyvss_sends_them() {
        assert_eq!(parse_filters("valid,eq,false"), [TokenFilter::Valid(false)]);
        assert_eq!(
            parse_filters("active,ne,true;id,ge,3;type,like,a%;nope,eq,1;id,eq,x;valid,lt,1"),
            [
                TokenFilter::Valid(false),
                TokenFilter::Id(">=", 3),
                TokenFilter::Text(TokenText::Kind, "LIKE", "a%".into()),
            ]
        );
        assert!(parse_filters("").is_empty());
        let desc = |key| TokenOrder {
            key,
            descending: true,
        };
        assert_eq!(parse_order("created_on,desc"), [desc(TokenSort::CreatedOn)]);
        assert_eq!(
            parse_order("id;expiration,DESC;name,asc;valid,sideways"),
            [
                TokenOrder {
                    key: TokenSort::Id,
                    descending: false
                },
                desc(TokenSort::Expiration),
            ]
        );
    }
}
