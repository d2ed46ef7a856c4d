//! `vss-cli token mk`: log in and print a fresh API token, and nothing else on stdout, so that
//! `export VSS_TOKEN=$(vss-cli --totp "$CODE" token mk)` works.

use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let fresh = ctx.auth.login()?;
    super::print(ctx, &fresh, None)
}
