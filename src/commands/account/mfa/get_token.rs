//! `vss-cli account set mfa get-token`: have a code sent by e-mail or SMS.

use crate::cli::GetTokenArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output;
use vss_wire::CodePurpose;

pub fn run(args: &GetTokenArgs, ctx: &Context) -> Result<()> {
    let creds = ctx.credentials()?;
    let api = ctx.api()?;
    let purpose = if args.pending {
        CodePurpose::Verify
    } else {
        CodePurpose::Login
    };
    let sent = ctx
        .term
        .spin("Requesting a code", || api.request_code(creds, purpose))
        .map_err(|e| match e {
            // The same kind also says "MFA is not enabled"; only this one names the method.
            Error::Refused {
                ref kind,
                ref message,
                ..
            } if kind == "InvalidRequest" && message.contains("AUTHENTICATOR") => {
                e.with_hint("open your authenticator app: it shows the current code")
            }
            other => other,
        })?;
    output::print(ctx.format, &sent)
}
