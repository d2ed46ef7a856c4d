//! `vss-cli token show`: the API token commands would use — the stored one while the server
//! still takes it, else a new login's — and nothing else on stdout (as `gh auth token`), so
//! that `export VSS_TOKEN=$(vss-cli token show)` spends no code while a token lasts.

use crate::auth::tokens::EXPIRY_MARGIN_SECS;
use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    // The server is asked, so that a revoked token is not handed out.
    let (_, token, source) = ctx.auth.with_token_from(EXPIRY_MARGIN_SECS, |token| {
        ctx.term.spin("Checking the token", || api.user(token))
    })?;
    super::print(ctx, &token, Some(source))
}
