//! `vss-cli token ls`: the account's API tokens, as the Python tool's `token ls` lists them
//! (`GET /v2/user/token`, every page), with the one this machine holds marked.

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use vss_redacted::Secret;
use vss_wire::TokenInfo;

/// One row: the Python tool's columns, then whether it is the token in use here.
#[derive(Serialize)]
pub(super) struct Row<'a> {
    id: u64,
    created_on: Option<&'a str>,
    updated_on: Option<&'a str>,
    last_access: Option<&'a str>,
    ip_address: Option<&'a str>,
    valid: Option<bool>,
    #[serde(rename = "type")]
    kind: Option<&'a str>,
    expiration: Option<&'a str>,
    duration: Option<&'a serde_json::Value>,
    in_use: bool,
}

impl<'a> Row<'a> {
    pub(super) fn new(token: &'a TokenInfo, in_use: Option<u64>) -> Row<'a> {
        Row {
            id: token.id,
            created_on: token.created_on.as_deref(),
            updated_on: token.updated_on.as_deref(),
            last_access: token.last_access.as_deref(),
            ip_address: token.ip_address.as_deref(),
            valid: token.valid,
            kind: token.kind.as_deref(),
            expiration: token.expiration.as_deref(),
            duration: token.duration.as_ref(),
            in_use: in_use == Some(token.id),
        }
    }
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let (listed, token) = list(ctx)?;
    let in_use = ctx.auth.own_token_id(&token, &listed);
    let rows: Vec<Row<'_>> = listed.iter().map(|t| Row::new(t, in_use)).collect();
    if rows.is_empty() {
        ctx.term.info("The account has no API tokens.");
    }
    ctx.term.print(ctx.settings.format, &rows)
}

/// Every token of the account, and the token the call was made with (the one in use here).
pub(super) fn list(ctx: &Context) -> Result<(Vec<TokenInfo>, Secret)> {
    let (listed, token, _) = ctx
        .auth
        .with_token_from(crate::auth::tokens::EXPIRY_MARGIN_SECS, |token| {
            ctx.auth.list_tokens(token)
        })?;
    let listed = listed.ok_or_else(|| not_offered(ctx))?;
    Ok((listed, token))
}

/// A server without the token calls.
pub(super) fn not_offered(ctx: &Context) -> Error {
    Error::Refused {
        kind: vss_wire::ErrorKind::NotFound,
        message: format!(
            "{} has no token calls (GET {} answered 404 or 405)",
            ctx.settings.endpoint,
            vss_wire::PATH_USER_TOKENS
        ),
        hint: Some("tokens there expire on their own; `vss-cli logout` forgets this one".into()),
    }
}
