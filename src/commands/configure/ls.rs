//! `vss-cli configure ls`: the configured endpoints, their users, masked tokens with expiry,
//! where each secret is kept, and the default.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::login;
use crate::output;
use crate::secrets::{self, Item};
use vss_wire::Secret;

#[derive(Serialize)]
struct Row {
    name: String,
    endpoint: String,
    user: String,
    token: String,
    expires: String,
    secrets: String,
    default: String,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let default = ctx.config.general.default_endpoint_name.as_deref();
    let mut rows = Vec::new();
    for entry in &ctx.config.endpoints {
        let user = entry.user().unwrap_or_default();
        let (stored_password, stored_token) = if user.is_empty() {
            (None, None)
        } else {
            let store = ctx.store();
            let get = |item| {
                store
                    .get(&secrets::key(&entry.url, &user, item))
                    .ok()
                    .flatten()
            };
            (get(Item::Password), get(Item::Token))
        };
        let legacy_token = entry.token.clone().map(Secret::from);
        let token = stored_token.or(legacy_token);
        let kept = match (&stored_password, entry.auth.is_some()) {
            (Some(_), _) => ctx.store().kind(),
            (None, true) => "legacy config",
            (None, false) => "-",
        };
        rows.push(Row {
            name: entry.name.clone(),
            endpoint: entry.url.clone(),
            user: if user.is_empty() { "-".into() } else { user },
            token: token
                .as_ref()
                .map(|t| mask(t.expose()))
                .unwrap_or("-".into()),
            expires: token
                .as_ref()
                .and_then(|t| login::claims(t.expose()))
                .map(|c| expiry(c.exp))
                .unwrap_or("-".into()),
            secrets: kept.into(),
            default: if Some(entry.name.as_str()) == default {
                "*".into()
            } else {
                String::new()
            },
        });
    }
    if rows.is_empty() {
        eprintln!(
            "No endpoints are configured in {}; add one with `vss-cli -e URL configure mk`.",
            ctx.config_path.display()
        );
    }
    output::print(ctx.format, &rows)
}

/// The first and last few characters of a token.
fn mask(token: &str) -> String {
    let chars: Vec<char> = token.chars().collect();
    if chars.len() <= 12 {
        return "****".into();
    }
    let head: String = chars[..6].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

fn expiry(exp: i64) -> String {
    let now = chrono::Utc::now().timestamp();
    match chrono::DateTime::from_timestamp(exp, 0) {
        Some(t) if exp > now => t.format("%Y-%m-%d %H:%M UTC").to_string(),
        Some(_) => "expired".into(),
        None => "-".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_tokens() {
        assert_eq!(
            mask("eyJhbGciOiJIUzI1NiJ9.payload.signature"),
            "eyJhbG…ture"
        );
        assert_eq!(mask("short"), "****");
    }
}
