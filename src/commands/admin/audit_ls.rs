//! `vss-cli admin audit ls`: administrative changes (who, what, when), newest first.

use crate::cli::AuditLsArgs;
use crate::context::Context;
use crate::error::Result;
use vss_wire::PageQuery;

pub(crate) fn run(args: &AuditLsArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let records = super::pages(&ctx.term, &args.page, |page, per_page| {
        let query = PageQuery { page, per_page };
        ctx.auth.with_token(|token| api.audit(token, &query))
    })?;
    ctx.term.print(ctx.settings.format, &records)
}
