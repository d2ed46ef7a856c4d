//! `vss-cli token get ID`: one of the account's API tokens (`GET /v2/user/token/{id}`).

use crate::cli::TokenGetArgs;
use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(args: &TokenGetArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let (shown, token, _) =
        ctx.auth
            .with_token_from(crate::auth::tokens::EXPIRY_MARGIN_SECS, |token| {
                ctx.term
                    .spin("Getting the token", || api.user_token(token, args.id))
            })?;
    // The mark costs a listing; it is made only when the token is the one in use.
    let in_use = crate::auth::claims(token.expose())
        .and_then(|c| c.jti)
        .and_then(|j| j.parse::<u64>().ok());
    ctx.term
        .print(ctx.settings.format, &super::ls::Row::new(&shown, in_use))
}
