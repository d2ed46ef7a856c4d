//! `vss-cli account set mfa forget-secret`: remove a TOTP secret kept with `--remember-secret`.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::secrets::Item;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Forgotten<'a> {
    username: &'a str,
    endpoint: &'a str,
    /// False when no secret was stored.
    removed: bool,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let key = ctx.secret_key(Item::TotpSecret)?;
    let user = ctx.username()?;
    let removed = ctx.store().delete(&key)?;
    let message = if removed {
        format!(
            "Removed the TOTP secret of {user} at {} from the {}.",
            ctx.endpoint,
            ctx.store().kind()
        )
    } else {
        format!("No TOTP secret is stored for {user} at {}.", ctx.endpoint)
    };
    let forgotten = Forgotten {
        username: user,
        endpoint: &ctx.endpoint,
        removed,
    };
    crate::commands::done(ctx, &message, &forgotten)
}
