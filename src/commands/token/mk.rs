//! `vss-cli token mk`: log in and print a fresh API token, and nothing else on stdout, so that
//! `export VSS_TOKEN=$(vss-cli --totp "$CODE" token mk)` works.

use crate::context::Context;
use crate::error::Result;
use crate::login;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let fresh = login::login(ctx)?;
    super::print(ctx, &fresh.token, None)
}
