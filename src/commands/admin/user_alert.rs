//! `vss-cli admin user alert USER`: e-mail an account a summary of its security settings and
//! what to do (seed 002 "Send a security alert").

use crate::cli::UserAlertArgs;
use crate::context::Context;
use crate::error::Result;
use crate::login;
use crate::output;
use vss_wire::DomainQuery;

pub(crate) fn run(args: &UserAlertArgs, ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let domain = DomainQuery {
        domain: args.domain.clone(),
    };
    let sent = login::with_token(ctx, |token| api.alert_user(token, &args.user, &domain))?;
    output::print(ctx.format, &sent)
}
