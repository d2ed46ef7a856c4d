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
    let name = ctx.secret_name(Kind::TotpSecret)?;
    let user = ctx.username()?;
    let kept = ctx.store().get(&name)?.map(|(_, place)| place);
    let removed = ctx.store().delete(&name)?;
    let message = if let (true, Some(place)) = (removed, kept) {
        format!(
            "Removed the TOTP secret of {user} at {} from {}.",
            ctx.endpoint,
            ctx.store().describe(place)
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
