//! `vss-cli admin settings totp show`: whether MFA is mandatory for all domains.

use crate::context::Context;
use crate::error::Result;
use crate::login;
use crate::output;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let settings = login::with_token(ctx, |token| api.totp_settings(token))?;
    output::print(ctx.format, &settings)
}
