//! `vss-cli admin user ls [--domain D] [--mfa STATE]`: accounts and their MFA state
//! (`--mfa disabled` finds the accounts without MFA).

use serde::Serialize;

use crate::cli::{MfaStateArg, UserLsArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output;
use vss_wire::{AdminUser, MfaState, UsersQuery};

/// One row of the table (the JSON carries the whole record).
#[derive(Serialize)]
struct Row<'a> {
    username: &'a str,
    domain: &'a str,
    role: &'a str,
    mfa: &'a str,
    method: String,
    required: bool,
    require_mfa: bool,
    can_toggle_mfa: bool,
}

pub(crate) fn run(args: &UserLsArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let mfa = args.mfa.map(|m| match m {
        MfaStateArg::Enabled => MfaState::Enabled,
        MfaStateArg::Pending => MfaState::Pending,
        MfaStateArg::Disabled => MfaState::Disabled,
    });
    let users: Vec<AdminUser> = super::pages(&ctx.term, &args.page, |page, per_page| {
        let query = UsersQuery {
            domain: args.domain.clone(),
            mfa,
            page,
            per_page,
        };
        ctx.auth.with_token(|token| api.users(token, &query))
    })?;
    if ctx.settings.format != output::Format::Table {
        return ctx.term.print(ctx.settings.format, &users);
    }
    let rows: Vec<Row> = users
        .iter()
        .map(|u| Row {
            username: &u.username,
            domain: &u.domain,
            role: &u.role,
            mfa: u.mfa.state.as_str(),
            method: u.mfa.method.map(|m| m.to_string()).unwrap_or("-".into()),
            required: u.required,
            require_mfa: u.require_mfa,
            can_toggle_mfa: u.can_toggle_mfa,
        })
        .collect();
    ctx.term.print(ctx.settings.format, &rows)
}
