//! `vss-cli admin user totp disable --user USER [--domain D] [--yes]`: reset an account's MFA
//! (seeds 000, 001): its factor and recovery codes go, and it is logged out everywhere.

use crate::cli::UserTotpDisableArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::login;
use crate::output;
use vss_wire::DomainQuery;

pub(crate) fn run(args: &UserTotpDisableArgs, ctx: &Context) -> Result<()> {
    if !args.yes {
        let who = match &args.domain {
            Some(d) => format!("{} (domain {d})", args.user),
            None => args.user.clone(),
        };
        let sure = ctx
            .term
            .prompter("a confirmation", "pass --yes to reset without asking")?
            .confirm(
                &format!(
                    "Reset MFA of {who}? Their factor and recovery codes are removed and they are \
                     logged out everywhere."
                ),
                false,
            )?;
        if !sure {
            eprintln!("Nothing changed.");
            return Err(Error::Interrupted);
        }
    }
    let api = ctx.api()?;
    let domain = DomainQuery {
        domain: args.domain.clone(),
    };
    let done = login::with_token(ctx, |token| api.reset_user_totp(token, &args.user, &domain))?;
    output::print(ctx.format, &done)
}
