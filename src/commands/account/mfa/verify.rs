//! `vss-cli account set mfa verify [OTP]`: check a code; finishes a pending enrolment.

use serde::Serialize;

use crate::auth::{self, CodePrompt};
use crate::cli::VerifyArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::settings::Proof;
use vss_redacted::Secret;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Verified<'a> {
    username: &'a str,
    verified: bool,
    message: &'a str,
}

pub(crate) fn run(args: &VerifyArgs, ctx: &Context) -> Result<()> {
    let given = match args.otp.as_deref() {
        Some("-") => Some(ctx.term.read_stdin_line("the code")?),
        Some(code) => Some(Secret::from(code.trim())),
        None => match &ctx.settings.proof {
            Some(Proof::Code(code)) => Some(code.clone()),
            Some(Proof::Auto) => Some(ctx.auth.auto_code()?.0),
            Some(Proof::Command(command)) => Some(ctx.auth.command_code(command)?.0),
            Some(Proof::Recovery(_)) => {
                return Err(Error::usage(
                    "verify takes a one-time code; recovery codes are for logging in",
                ))
            }
            None => None,
        },
    };
    let given = match given {
        Some(code) => match auth::check_code(code.expose()) {
            Ok(code) => Some(Secret::from(code)),
            Err(why) => return Err(Error::usage(format!("OTP: {why}"))),
        },
        None => None,
    };
    let creds = ctx.auth.credentials()?;
    let api = ctx.auth.api()?;
    let verified = match given {
        Some(code) => ctx
            .term
            .spin("Verifying", || api.verify(creds, &code))
            .map_err(|e| ctx.auth.explain_refused_code(e))?,
        None => {
            let prompter = ctx.auth.prompter(
                "the code to verify",
                "pass it as an argument (or - to read standard input), or set VSS_USER_OTP",
            )?;
            let question = CodePrompt {
                prompt: "Enter the 6-digit code",
                check: auth::check_code,
            };
            auth::ask_until_accepted(&ctx.term, prompter, &question, |code| {
                api.verify(creds, code)
            })
            .map_err(|e| ctx.auth.explain_refused_code(e))?
        }
    };
    let message = verified.message_or("The code was accepted.");
    let report = Verified {
        username: &creds.username,
        verified: true,
        message,
    };
    crate::commands::done(ctx, message, &report)
}
