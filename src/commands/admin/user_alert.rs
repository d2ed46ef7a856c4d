//! `vss-cli admin user alert USER`: e-mail an account a summary of its security settings and
//! what to do (seed 002 "Send a security alert").

use crate::cli::UserAlertArgs;
use crate::context::Context;
use crate::error::Result;
use serde::Serialize;

use vss_wire::DomainQuery;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Alerted<'a> {
    username: &'a str,
    domain: Option<&'a str>,
    alerted: bool,
    message: &'a str,
}

pub(crate) fn run(args: &UserAlertArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let domain = DomainQuery {
        domain: args.domain.clone(),
    };
    let sent = ctx
        .auth
        .with_token(|token| api.alert_user(token, &args.user, &domain))?;
    let alerted = Alerted {
        username: &args.user,
        domain: args.domain.as_deref(),
        alerted: true,
        message: &sent.message,
    };
    crate::commands::done(ctx, &sent.message, &alerted)
}
