//! `vss-cli token mk`: log in and print a fresh API token, and nothing else on stdout, so that
//! `export VSS_TOKEN=$(vss-cli --totp "$CODE" token mk)` works.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::login;
use crate::output::{self, Format};

#[derive(Serialize)]
struct IssuedToken<'a> {
    token: &'a str,
    expires_at: Option<String>,
    otp: Option<bool>,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let fresh = login::login(ctx)?;
    if ctx.format == Format::Table {
        return output::write_stdout(format!("{}\n", fresh.token.expose()).as_bytes());
    }
    let expires_at = fresh
        .claims
        .as_ref()
        .and_then(|c| chrono::DateTime::from_timestamp(c.exp, 0))
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    let issued = IssuedToken {
        token: fresh.token.expose(),
        expires_at,
        otp: fresh.claims.as_ref().map(|c| c.otp),
    };
    output::print(ctx.format, &issued)
}
