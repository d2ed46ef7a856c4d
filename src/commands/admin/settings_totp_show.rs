//! `vss-cli admin settings totp show`: whether MFA is mandatory for all domains.

use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let settings = ctx.auth.with_token(|token| api.totp_settings(token))?;
    ctx.term.print(ctx.settings.format, &settings)
}
