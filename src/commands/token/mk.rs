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
        return ctx.term.print_line(fresh.token.expose());
    }
    let expires_at = fresh
        .claims
        .as_ref()
        .and_then(|c| output::unix_rfc3339(c.exp));
    let issued = IssuedToken {
        token: fresh.token.expose(),
        expires_at,
        otp: fresh.claims.as_ref().map(|c| c.otp),
    };
    ctx.term.print(ctx.format, &issued)
}
