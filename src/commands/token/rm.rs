//! `vss-cli token rm ID... | --others`: delete API tokens of the account (`DELETE
//! /v2/user/token/{id}`); they stop working at once. `--others` deletes every token but the
//! one in use here, which the command is careful not to delete by mistake.

use serde::Serialize;

use crate::cli::TokenRmArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use vss_redacted::Secret;

/// One deletion, for `-o json|yaml` (and `-s`).
#[derive(Serialize)]
struct Deleted {
    id: u64,
    status: &'static str,
}

pub(crate) fn run(args: &TokenRmArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let (listed, token) = super::ls::list(ctx)?;
    let in_use = ctx.auth.own_token_id(&token, &listed);
    let ids: Vec<u64> = if args.others {
        let Some(own) = in_use else {
            return Err(Error::usage(format!(
                "--others: none of the {} tokens listed could be told to be the one in use \
                 here, so none was deleted",
                listed.len()
            ))
            .with_hint(format!(
                "delete them by id: see `{}`",
                ctx.auth.command_line(&["token", "ls"])
            )));
        };
        listed
            .iter()
            .map(|t| t.id)
            .filter(|id| *id != own)
            .collect()
    } else {
        args.ids.clone()
    };
    let mut deleted = Vec::new();
    let mut self_deleted = false;
    for id in ids {
        delete(ctx, api, &token, id)?;
        self_deleted |= in_use == Some(id);
        deleted.push(Deleted {
            id,
            status: "deleted",
        });
    }
    if self_deleted {
        // The token in use here is gone on the server: it is forgotten here too.
        let _ = ctx.auth.forget_stored_token();
    }
    let message = match deleted.len() {
        0 => "No other token to delete.".to_owned(),
        1 => format!("Deleted token {}.", deleted[0].id),
        n => format!(
            "Deleted {n} tokens: {}.",
            deleted
                .iter()
                .map(|d| d.id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    if args.summary && ctx.settings.format == crate::output::Format::Table {
        ctx.term.info(&message);
        return ctx.term.print(ctx.settings.format, &deleted);
    }
    crate::commands::done(ctx, &message, &deleted)
}

fn delete(ctx: &Context, api: &crate::api::Api, token: &Secret, id: u64) -> Result<()> {
    ctx.term
        .spin(&format!("Deleting token {id}"), || {
            api.delete_user_token(token, id)
        })
        .map_err(|e| match e {
            Error::Refused {
                kind: vss_wire::ErrorKind::NotFound,
                ..
            } => Error::usage(format!("the account has no token {id}"))
                .with_hint(format!("see `{}`", ctx.auth.command_line(&["token", "ls"]))),
            other => other,
        })
}
