//! `vss-cli admin domain set DOMAIN --totp-mandatory|--totp-optional|--totp-unavailable`.

use crate::cli::DomainSetArgs;
use crate::context::Context;
use crate::error::Result;
use vss_wire::{DomainPolicyRequest, DomainTotp};

pub(crate) fn run(args: &DomainSetArgs, ctx: &Context) -> Result<()> {
    let totp = if args.totp_mandatory {
        DomainTotp::Mandatory
    } else if args.totp_unavailable {
        DomainTotp::Unavailable
    } else {
        DomainTotp::Optional
    };
    let policy = DomainPolicyRequest {
        totp,
        grace_period_hours: args.grace_period,
    };
    let api = ctx.auth.api()?;
    let domain = ctx
        .auth
        .with_token(|token| api.set_domain(token, &args.domain, &policy))?;
    ctx.term.print(ctx.settings.format, &domain)
}
