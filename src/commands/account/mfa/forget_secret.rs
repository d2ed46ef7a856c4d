//! `vss-cli account set mfa forget-secret`: remove a TOTP secret kept with `--remember-secret`.

use crate::context::Context;
use crate::error::Result;
use crate::secrets::Kind;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let name = ctx.secret_name(Kind::TotpSecret)?;
    let user = ctx.username()?;
    let kept = ctx.store().get(&name)?.map(|(_, place)| place);
    if let (true, Some(place)) = (ctx.store().delete(&name)?, kept) {
        eprintln!(
            "Removed the TOTP secret of {user} at {} from {}.",
            ctx.endpoint,
            ctx.store().describe(place)
        );
    } else {
        eprintln!("No TOTP secret is stored for {user} at {}.", ctx.endpoint);
    }
    Ok(())
}
