//! `vss-cli vpn gw off`: close the VPN's MFA gateway (`GET /otp/shut-totp.php?stamp=...`).

use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let server = super::server(ctx)?;
    let creds = ctx.auth.credentials()?;
    let gateway = super::gateway(ctx, &server)?;
    let stamp = super::stamp(chrono::Utc::now());
    let closed = ctx.term.spin("Closing the VPN gateway", || {
        gateway.vpn_disable(creds, &stamp)
    });
    super::tell_warnings(ctx, &gateway);
    closed.map_err(|e| super::unreached(ctx, e))?;
    let message = format!(
        "The VPN gateway at {server} is closed for {}.",
        creds.username
    );
    let report = super::Changed {
        vpn_server: &server,
        username: &creds.username,
        gateway: "closed",
        message: &message,
    };
    crate::commands::done(ctx, &message, &report)
}
