//! `vss-cli account set mfa verify [OTP]`: check a code; finishes a pending enrolment.

use serde::Serialize;

use crate::cli::VerifyArgs;
use crate::context::{read_stdin_line, Context, Proof};
use crate::error::{Error, Result};
use crate::login::{self, CodePrompt};
use vss_wire::Secret;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Verified<'a> {
    username: &'a str,
    verified: bool,
    message: &'a str,
}

pub(crate) fn run(args: &VerifyArgs, ctx: &Context) -> Result<()> {
    let given = match args.otp.as_deref() {
        Some("-") => Some(read_stdin_line("the code")?),
        Some(code) => Some(Secret::from(code.trim())),
        None => match &ctx.proof {
            Some(Proof::Code(code)) => Some(code.clone()),
            Some(Proof::Auto) => Some(ctx.auto_code()?.0),
            Some(Proof::Recovery(_)) => {
                return Err(Error::usage(
                    "verify takes a one-time code; recovery codes are for logging in",
                ))
            }
            None => None,
        },
    };
    if let Some(code) = &given {
        if let Err(why) = login::check_code(code.expose()) {
            return Err(Error::usage(format!("OTP: {why}")));
        }
    }
    let creds = ctx.credentials()?;
    let api = ctx.api()?;
    let verified = match given {
        Some(code) => ctx
            .term
            .spin("Verifying", || api.verify(creds, &code))
            .map_err(|e| login::explain_refused_code(ctx, e))?,
        None => {
            let prompter = ctx.prompter(
                "the code to verify",
                "pass it as an argument (or - to read standard input), or set VSS_USER_OTP",
            )?;
            let question = CodePrompt {
                prompt: "Enter the 6-digit code",
                check: login::check_code,
            };
            login::ask_until_accepted(&ctx.term, prompter, &question, |code| {
                api.verify(creds, code)
            })
            .map_err(|e| login::explain_refused_code(ctx, e))?
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
