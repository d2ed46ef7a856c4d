//! `vss-cli admin domain set DOMAIN --totp-mandatory|--totp-optional|--totp-unavailable`.

use crate::cli::DomainSetArgs;
use crate::context::Context;
use crate::error::Result;
use vss_wire::{DomainPolicyRequest, DomainTotp, MfaState, MfaStates, UsersQuery};

pub(crate) fn run(args: &DomainSetArgs, ctx: &Context) -> Result<()> {
    let totp = if args.totp_mandatory {
        DomainTotp::Mandatory
    } else if args.totp_unavailable {
        DomainTotp::Unavailable
    } else {
        DomainTotp::Optional
    };
    let policy = DomainPolicyRequest {
        totp,
        grace_period_hours: args.grace_period,
    };
    let api = ctx.auth.api()?;
    let domain = ctx
        .auth
        .with_token(|token| api.set_domain(token, &args.domain, &policy))?;
    if totp == DomainTotp::Mandatory {
        // Whom it binds: the accounts of the domain without working MFA.
        let query = UsersQuery {
            domain: Some(args.domain.clone()),
            mfa: Some(MfaStates(vec![MfaState::Disabled, MfaState::Pending])),
            page: Some(1),
            per_page: Some(1),
        };
        let unenrolled = ctx.auth.with_token(|token| api.users(token, &query))?.total;
        let name = crate::sanitize::neutralise(&domain.name).into_owned();
        let when = match &domain.deadline {
            Some(deadline) => format!(
                "they can log in without it until {}, then must enrol first",
                crate::output::rfc3339(deadline)
            ),
            None => "from now on they must enrol before anything else".to_owned(),
        };
        ctx.term.info(match unenrolled {
            0 => format!("MFA is now mandatory in {name}; every account there has it already."),
            n => format!(
                "MFA is now mandatory in {name}: {n} of its {} account{} {} no working MFA; \
                 {when} (find them with `vss-cli admin user ls --domain {name} --mfa off`).",
                domain.accounts,
                if domain.accounts == 1 { "" } else { "s" },
                if n == 1 { "has" } else { "have" },
            ),
        });
    }
    ctx.term.print(ctx.settings.format, &domain)
}
