//! `vss-cli admin domain ls`: domains and their MFA policy.

use crate::context::Context;
use crate::error::Result;
use crate::login;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let domains = login::with_token(ctx, |token| api.domains(token))?;
    ctx.term.print(ctx.format, &domains.data)
}
