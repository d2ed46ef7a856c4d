//! `vss-cli configure ls`: the configured endpoints, their users, masked tokens with expiry,
//! where each password is kept, the default, and which store new secrets go to.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::login;
use crate::output;
use crate::secrets::Place;

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
        let user = ctx.entry_user(entry)?;
        let token = ctx.entry_token(entry)?;
        let kept = ctx.password_place(entry)?.map_or("-", Place::short);
        rows.push(Row {
            name: entry.name.clone(),
            endpoint: entry.url.clone(),
            user: user.unwrap_or_else(|| "-".into()),
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
    output::print(ctx.format, &rows)?;
    eprintln!("New secrets are kept in {}.", ctx.store().describe_in_use());
    Ok(())
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
