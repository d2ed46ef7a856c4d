//! `vss-cli account set mfa forget-secret`: remove a TOTP secret kept with `--remember-secret`.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::secrets::Kind;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Forgotten<'a> {
    username: &'a str,
    endpoint: &'a str,
    /// False when no secret was stored.
    removed: bool,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let user = ctx.auth.username()?;
    let kept = ctx
        .auth
        .kept(Kind::TotpSecret, user)?
        .map(|(_, place)| place);
    let removed = ctx.auth.forget(Kind::TotpSecret, user)?;
    let message = if let (true, Some(place)) = (removed, kept) {
        format!(
            "Removed the TOTP secret of {user} at {} from {}.",
            ctx.settings.endpoint,
            ctx.auth.store().describe(place)
        )
    } else {
        format!(
            "No TOTP secret is stored for {user} at {}.",
            ctx.settings.endpoint
        )
    };
    let forgotten = Forgotten {
        username: user,
        endpoint: &ctx.settings.endpoint,
        removed,
    };
    crate::commands::done(ctx, &message, &forgotten)
}
