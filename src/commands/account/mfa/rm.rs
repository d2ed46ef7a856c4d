//! `vss-cli account set mfa rm`: disable MFA, confirmed with a token sent by e-mail.

use crate::cli::RmArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::login::{self, CodePrompt};
use crate::output;
use vss_wire::Secret;

/// A confirmation token: letters and digits only (it goes into a URL path).
fn check_token(s: &str) -> std::result::Result<(), &'static str> {
    if !s.is_empty() && s.len() <= 128 && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(())
    } else {
        Err("a confirmation token is letters and digits, as in the e-mail")
    }
}

pub(crate) fn run(args: &RmArgs, ctx: &Context) -> Result<()> {
    if let Some(token) = &args.confirmation_token {
        let token = token.trim();
        check_token(token).map_err(|why| Error::usage(format!("--confirmation-token: {why}")))?;
        let creds = ctx.credentials()?;
        let api = ctx.api()?;
        let done = ctx
            .term
            .spin("Disabling MFA", || {
                api.confirm_disable(creds, &Secret::from(token))
            })
            .map_err(with_token_hint)?;
        return output::print(ctx.format, &done);
    }

    let creds = ctx.credentials()?;
    if ctx.term.interactive() && !args.yes {
        let sure = ctx.term.prompter("an answer", "")?.confirm(
            &format!(
                "Disable MFA on {}? A confirmation token will be e-mailed to you.",
                creds.username
            ),
            false,
        )?;
        if !sure {
            eprintln!("Nothing changed.");
            return Err(Error::Interrupted);
        }
    }
    let api = ctx.api()?;
    let sent = ctx
        .term
        .spin("Requesting a confirmation e-mail", || api.disable(creds))?;
    eprintln!("{}", sent.message);

    if !ctx.term.interactive() {
        eprintln!(
            "A confirmation token valid for 15 minutes was e-mailed to you. Finish with:\n  \
             vss-cli -e {} -u {} account set mfa rm --confirmation-token TOKEN",
            ctx.endpoint, creds.username
        );
        return output::print(ctx.format, &sent);
    }
    let question = CodePrompt {
        prompt: "Paste the confirmation token from the e-mail",
        check: check_token,
    };
    let done = login::ask_until_accepted(ctx.term.prompter("the token", "")?, &question, |t| {
        api.confirm_disable(creds, t)
    })
    .map_err(with_token_hint)?;
    output::print(ctx.format, &done)
}

fn with_token_hint(e: Error) -> Error {
    match e {
        Error::Auth { .. } => e.with_hint(
            "a token works once, for 15 minutes, with the account it was sent to; get a new one \
             with `vss-cli account set mfa rm`",
        ),
        other => other,
    }
}
