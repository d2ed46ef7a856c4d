//! `vss-cli admin settings totp show`: whether MFA is mandatory for all domains.

use crate::context::Context;
use crate::error::Result;
use crate::login;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let settings = login::with_token(ctx, |token| api.totp_settings(token))?;
    ctx.term.print(ctx.format, &settings)
}
