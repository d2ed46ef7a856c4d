//! `vss-cli admin user totp disable --user USER [--domain D] [--yes]`: reset an account's MFA
//! (seeds 000, 001): its factor and recovery codes go, and it is logged out everywhere.

use crate::cli::UserTotpDisableArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use serde::Serialize;

use vss_wire::DomainQuery;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Reset<'a> {
    username: &'a str,
    domain: Option<&'a str>,
    reset: bool,
    message: &'a str,
}

pub(crate) fn run(args: &UserTotpDisableArgs, ctx: &Context) -> Result<()> {
    if !args.yes {
        let who = match &args.domain {
            Some(d) => format!("{} (domain {d})", args.user),
            None => args.user.clone(),
        };
        let sure = ctx
            .auth
            .prompter("a confirmation", "pass --yes to reset without asking")?
            .confirm(
                &format!(
                    "Reset MFA of {who}? Their factor and recovery codes are removed and they are \
                     logged out everywhere."
                ),
                false,
            )?;
        if !sure {
            ctx.term.tell("Nothing changed.");
            return Err(Error::Interrupted);
        }
    }
    let api = ctx.auth.api()?;
    let domain = DomainQuery {
        domain: args.domain.clone(),
    };
    let done = ctx
        .auth
        .with_token(|token| api.reset_user_totp(token, &args.user, &domain))?;
    let reset = Reset {
        username: &args.user,
        domain: args.domain.as_deref(),
        reset: true,
        message: &done.message,
    };
    crate::commands::done(ctx, &done.message, &reset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{AdminCommand, AdminUserCommand, Commands, UserTotpCommand};
    use crate::terminal::ScriptedPrompter;
    use crate::testing::{command, snapshot, Bench};

    #[test]
    fn at_a_terminal_no_changes_nothing() {
        let Commands::Admin(admin) = command(&[
            "admin", "user", "totp", "disable", "--user", "ann", "--domain", "eng",
        ]) else {
            unreachable!()
        };
        let AdminCommand::User(user) = admin.command else {
            unreachable!()
        };
        let AdminUserCommand::Totp(totp) = user.command else {
            unreachable!()
        };
        let UserTotpCommand::Disable(args) = totp.command;
        let prompter = ScriptedPrompter::default().expect("Reset MFA of ann (domain eng)?", "n");
        let bench = Bench::new(&["-e", "https://vss.example.org"], true, None, prompter);
        let outcome = bench.outcome(run(&args, &bench.ctx));
        snapshot("admin_reset_declined_at_a_terminal", "what `vss-cli admin user totp disable --user ann --domain eng` prints at a terminal when the reset is declined", &outcome);
    }
}
