//! `vss-cli admin domain ls`: domains and their MFA policy.

use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let domains = ctx.auth.with_token(|token| api.domains(token))?;
    ctx.term.print(ctx.settings.format, &domains.data)
}
