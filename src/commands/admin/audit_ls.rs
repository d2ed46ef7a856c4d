//! `vss-cli admin audit ls`: administrative changes (who, what, when), newest first.

use crate::cli::AuditLsArgs;
use crate::context::Context;
use crate::error::Result;
use crate::login;
use vss_wire::PageQuery;

pub(crate) fn run(args: &AuditLsArgs, ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let records = super::pages(&ctx.term, &args.page, |page, per_page| {
        let query = PageQuery { page, per_page };
        login::with_token(ctx, |token| api.audit(token, &query))
    })?;
    ctx.term.print(ctx.format, &records)
}
