//! `vss-cli account set mfa get-token`: have a code sent by e-mail or SMS.

use serde::Serialize;

use crate::cli::GetTokenArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use vss_wire::ErrorKind;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Sent<'a> {
    username: &'a str,
    sent: bool,
    message: &'a str,
}

pub(crate) fn run(args: &GetTokenArgs, ctx: &Context) -> Result<()> {
    let creds = ctx.auth.credentials()?;
    let api = ctx.auth.api()?;
    let sent = ctx
        .term
        .spin("Requesting a code", || {
            if args.pending {
                api.request_pending_code(creds)
            } else {
                api.request_code(creds)
            }
        })
        .map_err(|e| match e {
            Error::Refused {
                kind: ErrorKind::CodesFromApp,
                ..
            } => e.with_hint("open your authenticator app: it shows the current code"),
            other => other,
        })?;
    let message = sent.message_or("A code was sent by e-mail or SMS.");
    let report = Sent {
        username: &creds.username,
        sent: true,
        message,
    };
    crate::commands::done(ctx, message, &report)
}
