//! `vss-cli vpn gw status`: whether the gateway's MFA is set up for the account, how, and
//! (where the gateway says) whether it is open (`GET /otp/user-status-totp.php`).

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::output;

#[derive(Serialize)]
struct Status<'a> {
    vpn_server: &'a str,
    username: &'a str,
    /// Whether the gateway's MFA is on (it opens with a code).
    mfa: bool,
    usages: Option<String>,
    method: Option<String>,
    /// `open` or `closed`, where the gateway says.
    gateway: Option<String>,
    since: Option<String>,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let server = super::server(ctx)?;
    let creds = ctx.auth.credentials()?;
    let gateway = super::gateway(ctx, &server)?;
    let status = ctx
        .term
        .spin("Checking the VPN gateway", || gateway.vpn_status(creds));
    super::tell_warnings(ctx, &gateway);
    let status = status.map_err(|e| super::unreached(ctx, e))?;
    let shown = Status {
        vpn_server: &server,
        username: &creds.username,
        mfa: status.mfa_on(),
        usages: status.usages_text(),
        method: status.method_text(),
        gateway: status.gateway.clone(),
        since: status.since.as_deref().map(output::rfc3339),
    };
    ctx.term.print(ctx.settings.format, &shown)?;
    if !shown.mfa {
        ctx.term.note(format!(
            "the VPN gateway's MFA is off for {}: turn it on at {}, then open the gateway with \
             `vss-cli vpn gw on`",
            creds.username,
            super::setup_page(&server)
        ));
    }
    Ok(())
}
