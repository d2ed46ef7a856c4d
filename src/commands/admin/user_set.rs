//! `vss-cli admin user set USER [--require-mfa yes|no] [--can-toggle-mfa yes|no]`.

use crate::cli::UserSetArgs;
use crate::context::Context;
use crate::error::Result;
use vss_wire::{DomainQuery, UserUpdate};

pub(crate) fn run(args: &UserSetArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let update = UserUpdate {
        require_mfa: args.require_mfa.map(|v| v.as_bool()),
        can_toggle_mfa: args.can_toggle_mfa.map(|v| v.as_bool()),
    };
    let domain = DomainQuery {
        domain: args.domain.clone(),
    };
    let user = ctx
        .auth
        .with_token(|token| api.update_user(token, &args.user, &domain, &update))?;
    ctx.term.print(ctx.settings.format, &user.data)
}
