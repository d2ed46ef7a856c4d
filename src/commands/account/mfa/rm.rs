//! `vss-cli account set mfa rm`: disable MFA, confirmed with a token sent by e-mail.

use serde::Serialize;

use crate::auth::{self, CodePrompt};
use crate::cli::RmArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Format;
use vss_redacted::Secret;
use vss_wire::MessageResponse;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Removal<'a> {
    username: &'a str,
    /// MFA is off now.
    disabled: bool,
    /// A confirmation token was e-mailed and is still to be given.
    confirmation_sent: bool,
    message: &'a str,
}

/// A confirmation token: letters and digits only (it goes into a URL path).
fn check_token(s: &str) -> std::result::Result<String, &'static str> {
    if !s.is_empty() && s.len() <= 128 && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(s.to_owned())
    } else {
        Err("a confirmation token is letters and digits, as in the e-mail")
    }
}

pub(crate) fn run(args: &RmArgs, ctx: &Context) -> Result<()> {
    if let Some(given) = &args.confirmation_token {
        return confirm_with(given, ctx);
    }

    let creds = ctx.auth.credentials()?;
    if ctx.term.interactive() && !args.yes {
        let sure = ctx.auth.prompter("an answer", "")?.confirm(
            &format!(
                "Disable MFA on {}? A confirmation token will be e-mailed to you.",
                creds.username
            ),
            false,
        )?;
        if !sure {
            ctx.term.tell("Nothing changed.");
            return Err(Error::Interrupted);
        }
    }
    let api = ctx.auth.api()?;
    let sent = ctx
        .term
        .spin("Requesting a confirmation e-mail", || api.disable(creds))?;
    let said = sent.message_or("A confirmation token was e-mailed to you.");

    if !ctx.term.interactive() {
        return say_how_to_finish(ctx, &creds.username, &sent, said);
    }
    ctx.term.tell(said);
    let question = CodePrompt {
        prompt: "Paste the confirmation token from the e-mail",
        check: check_token,
    };
    let done = auth::ask_until_accepted(
        &ctx.term,
        ctx.auth.prompter("the token", "")?,
        &question,
        |t| api.confirm_disable(creds, t),
    )
    .map_err(|e| with_token_hint(ctx, e))?;
    disabled(ctx, &creds.username, done.message_or(DISABLED))
}

/// `--confirmation-token TOKEN` (or `-`, read from standard input): disables MFA with the
/// token an earlier `rm` had e-mailed.
fn confirm_with(given: &str, ctx: &Context) -> Result<()> {
    let from_stdin;
    let token = if given == "-" {
        from_stdin = ctx
            .term
            .read_stdin_line("the confirmation token (--confirmation-token -)")?;
        from_stdin.expose().trim()
    } else {
        given.trim()
    };
    check_token(token).map_err(|why| Error::usage(format!("--confirmation-token: {why}")))?;
    let creds = ctx.auth.credentials()?;
    let api = ctx.auth.api()?;
    let done = ctx
        .term
        .spin("Disabling MFA", || {
            api.confirm_disable(creds, &Secret::from(token))
        })
        .map_err(|e| with_token_hint(ctx, e))?;
    disabled(ctx, &creds.username, done.message_or(DISABLED))
}

/// Without a terminal to paste the e-mailed token into: what the server `said`, and the
/// command that finishes with the token; the pending removal for `-o json|yaml`.
fn say_how_to_finish(
    ctx: &Context,
    username: &str,
    sent: &MessageResponse,
    said: &str,
) -> Result<()> {
    ctx.term.info(said);
    // A token sent earlier and still valid: the server's message says until when.
    let lasting = if sent.kind == "warning" {
        ""
    } else {
        ", for 15 minutes"
    };
    ctx.term.info(format!(
        "The token in the e-mail works once{lasting}. Finish with (TOKEN from the e-mail):"
    ));
    ctx.term.info(format!(
        "  {}",
        ctx.auth.command_line(&[
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            "TOKEN"
        ])
    ));
    if ctx.settings.format == Format::Table {
        return Ok(());
    }
    let pending = Removal {
        username,
        disabled: false,
        confirmation_sent: true,
        message: said,
    };
    ctx.term.print(ctx.settings.format, &pending)
}

/// What a confirmed disable says when the server says nothing.
const DISABLED: &str = "MFA is disabled.";

/// MFA is off: the server's word, and the document for `-o json|yaml`.
fn disabled(ctx: &Context, username: &str, message: &str) -> Result<()> {
    let done = Removal {
        username,
        disabled: true,
        confirmation_sent: false,
        message,
    };
    crate::commands::done(ctx, message, &done)
}

fn with_token_hint(ctx: &Context, e: Error) -> Error {
    match e {
        Error::Auth { .. } => e.with_hint(format!(
            "a token works once, for 15 minutes, with the account it was sent to; get a new one \
             with `{}`",
            ctx.auth.command_line(&["account", "set", "mfa", "rm"])
        )),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::MfaCommand;
    use crate::terminal::ScriptedPrompter;
    use crate::testing::{mfa, server_with, snapshot, Bench};
    use vss_testkit::PASSWORD;

    fn rm_args() -> RmArgs {
        let MfaCommand::Rm(args) = mfa(&["rm"]) else {
            unreachable!()
        };
        args
    }

    #[test]
    fn at_a_terminal_no_changes_nothing() {
        let prompter = ScriptedPrompter::default().expect("Disable MFA on ann?", "n");
        let bench = Bench::new(
            &["-e", "https://vss.example.org", "-u", "ann", "-p", PASSWORD],
            true,
            None,
            prompter,
        );
        let outcome = bench.outcome(run(&rm_args(), &bench.ctx));
        snapshot("rm_declined_at_a_terminal", "what `vss-cli -u ann account set mfa rm` prints at a terminal when the question is answered no", &outcome);
    }

    #[test]
    fn at_a_terminal_the_token_is_pasted_and_a_typo_asked_again() {
        let server = server_with("ann");
        let (key, _) = server.enrol("ann");
        let outbox = server.outbox();
        let prompter = ScriptedPrompter::default()
            .expect("Disable MFA on ann?", "y")
            .expect("Paste the confirmation token", "TYPO2345TYPO2345")
            .expect_with("Paste the confirmation token", move || {
                outbox.mailed_token("ann")
            });
        let bench = Bench::new(
            &["-e", &server.url(), "-u", "ann", "-p", PASSWORD],
            true,
            None,
            prompter,
        );
        let outcome = bench.outcome(run(&rm_args(), &bench.ctx));
        snapshot("rm_at_a_terminal", "what `vss-cli -u ann account set mfa rm` prints at a terminal when the e-mailed token is pasted after a typo", &outcome);
        let _ = key;
    }
}
