//! `vss-cli admin user ls [--domain D] [--mfa STATE]`: accounts and their MFA state
//! (`--mfa disabled` finds the accounts without MFA).

use serde::Serialize;

use crate::cli::{MfaStateArg, UserLsArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output;
use vss_wire::{AdminUser, MfaState, MfaStates, UsersQuery};

/// One row of the table (the JSON carries the whole record).
#[derive(Serialize)]
struct Row<'a> {
    username: &'a str,
    domain: &'a str,
    role: &'a str,
    mfa: &'a str,
    method: String,
    /// `yes`, `no`, or `grace` while a domain's grace period runs (see DEADLINE).
    required: &'static str,
    deadline: &'a str,
    require_mfa: bool,
    can_toggle_mfa: bool,
}

pub(crate) fn run(args: &UserLsArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let mut states: Vec<MfaState> = Vec::new();
    for arg in &args.mfa {
        let wanted = match arg {
            MfaStateArg::Enabled => &[MfaState::Enabled][..],
            MfaStateArg::Pending => &[MfaState::Pending],
            MfaStateArg::Disabled => &[MfaState::Disabled],
            MfaStateArg::Off => &[MfaState::Disabled, MfaState::Pending],
        };
        for state in wanted {
            if !states.contains(state) {
                states.push(*state);
            }
        }
    }
    let mfa = if states.is_empty() {
        None
    } else {
        Some(MfaStates(states))
    };
    let users: Vec<AdminUser> = super::pages(&ctx.term, &args.page, |page, per_page| {
        let query = UsersQuery {
            domain: args.domain.clone(),
            mfa: mfa.clone(),
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
            required: match (u.required, &u.deadline) {
                (true, _) => "yes",
                (false, Some(_)) => "grace",
                (false, None) => "no",
            },
            deadline: u.deadline.as_deref().unwrap_or("-"),
            require_mfa: u.require_mfa,
            can_toggle_mfa: u.can_toggle_mfa,
        })
        .collect();
    ctx.term.print(ctx.settings.format, &rows)
}
