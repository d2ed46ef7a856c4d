//! `vss-cli configure ls`: the configured endpoints, their users, masked tokens with expiry,
//! where each password is kept, the default, and which store new secrets go to.

use serde::Serialize;

use crate::auth;
use crate::context::Context;
use crate::error::Result;
use crate::output::{self, Format};
use crate::secrets::Place;

/// One endpoint, as `-o json|yaml` shows it.
#[derive(Serialize)]
struct Endpoint {
    name: String,
    endpoint: String,
    user: Option<String>,
    /// The stored token, masked.
    token: Option<String>,
    /// When the stored token expires (RFC 3339).
    token_expires_at: Option<String>,
    token_expired: Option<bool>,
    /// Where the password is kept: `secret-service`, `keyutils`, `keychain`,
    /// `credential-manager`, `file`, `credentials.enc`, `legacy config`, or nowhere.
    secrets: Option<&'static str>,
    /// Whether the account logs in with MFA: the Python tool's `tf_enabled`, else whether the
    /// stored token's login passed a second factor.
    mfa: Option<bool>,
    default: bool,
}

/// One row of the table.
#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    endpoint: &'a str,
    user: Option<&'a str>,
    pass: &'static str,
    mfa: &'static str,
    token: Option<&'a str>,
    expires: Option<String>,
    source: Option<&'static str>,
    default: &'static str,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let default = ctx.settings.config.general.default_endpoint_name.as_deref();
    let now = chrono::Utc::now().timestamp();
    let mut endpoints = Vec::new();
    for entry in &ctx.settings.config.endpoints {
        let user = ctx.auth.entry_user(entry)?;
        let token = ctx.auth.entry_token(entry)?;
        let kept = ctx.auth.password_place(entry)?.map(Place::short);
        let claims = token.as_ref().and_then(|t| auth::claims(t.expose()));
        let exp = claims.as_ref().map(|c| c.exp);
        let mfa = entry
            .extra
            .get("tf_enabled")
            .and_then(serde_json::Value::as_bool)
            .or(claims.as_ref().map(|c| c.otp));
        endpoints.push(Endpoint {
            name: entry.name.clone(),
            endpoint: entry.url.clone(),
            user,
            token: token.as_ref().map(|t| mask(t.expose())),
            token_expires_at: exp.and_then(output::unix_rfc3339),
            token_expired: exp.map(|exp| exp <= now),
            secrets: kept,
            mfa,
            default: Some(entry.name.as_str()) == default,
        });
    }
    if endpoints.is_empty() {
        ctx.term.info(format!(
            "No endpoints are configured in {}; add one with `vss-cli -e URL configure mk`.",
            ctx.settings.config_path.display()
        ));
    }
    if ctx.settings.format != Format::Table {
        ctx.term.print(ctx.settings.format, &endpoints)?;
    } else {
        print_table(ctx, &endpoints)?;
    }
    ctx.term.info(format!(
        "New secrets are kept in {}.",
        ctx.auth.store().describe_in_use()
    ));
    Ok(())
}

fn print_table(ctx: &Context, endpoints: &[Endpoint]) -> Result<()> {
    let rows: Vec<Row> = endpoints
        .iter()
        .map(|e| Row {
            name: &e.name,
            endpoint: &e.endpoint,
            user: e.user.as_deref(),
            pass: if e.secrets.is_some() { "********" } else { "" },
            mfa: match e.mfa {
                Some(true) => "Yes",
                Some(false) => "No",
                None => "",
            },
            token: e.token.as_deref(),
            expires: match (e.token_expired, &e.token_expires_at) {
                (Some(true), _) => Some("expired".into()),
                (_, Some(at)) => Some(at.clone()),
                _ => None,
            },
            source: e.secrets,
            default: if e.default { "*" } else { "" },
        })
        .collect();
    ctx.term.print(ctx.settings.format, &rows)
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
