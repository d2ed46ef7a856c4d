//! `vss-cli account set mfa forget-secret`: remove a TOTP secret kept with `--remember-secret`.

use crate::context::Context;
use crate::error::Result;
use crate::secrets::Item;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let key = ctx.secret_key(Item::TotpSecret)?;
    let user = ctx.username()?;
    if ctx.store().delete(&key)? {
        eprintln!(
            "Removed the TOTP secret of {user} at {} from the {}.",
            ctx.endpoint,
            ctx.store().kind()
        );
    } else {
        eprintln!("No TOTP secret is stored for {user} at {}.", ctx.endpoint);
    }
    Ok(())
}
