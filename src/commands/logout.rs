//! `vss-cli logout [--all]`: forget the API token kept for the account at the endpoint and
//! revoke it on the server through the API's token calls (as `gh auth logout`); with `--all`
//! the password and the remembered TOTP secret go too. A token given with
//! `--token`/`VSS_TOKEN` is revoked as well. The Python vss-cli's files are never touched.

use serde::Serialize;

use crate::auth;
use crate::auth::tokens::Revocation;
use crate::auth::Session;
use crate::cli::LogoutArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output;
use crate::secrets::Kind;
use vss_redacted::{constant_time_eq, Secret};

/// What became of a token, for `-o json|yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
enum TokenOutcome {
    /// No token was stored or given.
    None,
    /// Revoked on the server now.
    Revoked,
    /// It no longer worked (expired or revoked before).
    AlreadyInvalid,
    /// The server offers no revocation: it works until `expires_at`.
    NotRevocable,
    /// The server lists tokens but none could be told to be this one: it works until
    /// `expires_at`, or until deleted with `token rm ID`.
    Unidentified,
}

#[derive(Serialize)]
struct LoggedOut<'a> {
    endpoint: &'a str,
    username: &'a str,
    token: TokenOutcome,
    /// When a token that could not be revoked stops working.
    #[serde(skip_serializing_if = "Option::is_none")]
    token_expires_at: Option<String>,
    /// What was removed from the secret store.
    forgotten: Vec<&'static str>,
}

pub(crate) fn run(args: &LogoutArgs, ctx: &Context) -> Result<()> {
    let user = account(ctx)?;
    let tokens = tokens_to_revoke(ctx, &user)?;
    // Forgotten here first: whatever the server says, this machine no longer holds them.
    let forgotten = forget(args, ctx, &user)?;
    let (outcome, expires_at) = revoke(ctx, &tokens)?;
    let what = token_outcome(ctx, outcome, expires_at.as_deref());
    let mut message = format!("Logged out of {} as {user}: {what}.", ctx.settings.endpoint);
    if args.all {
        message.push_str(&also_forgotten(&forgotten));
    }
    if args.all
        && ctx
            .settings
            .entry
            .as_ref()
            .is_some_and(|e| e.legacy_auth().is_some())
    {
        ctx.term.note(
            "the configuration file also holds this endpoint's password in its `auth` field \
             (written by the Python vss-cli); it is left as it is: `vss-cli configure rm NAME` \
             removes the endpoint and its secrets",
        );
    }
    let done = LoggedOut {
        endpoint: &ctx.settings.endpoint,
        username: &user,
        token: outcome,
        token_expires_at: expires_at.clone(),
        forgotten,
    };
    crate::commands::done(ctx, &message, &done)
}

/// The account to log out of: given or configured, never asked for.
fn account(ctx: &Context) -> Result<String> {
    let Some(user) = ctx.auth.username_unasked()?.map(str::to_owned) else {
        return Err(Error::usage(format!(
            "which account to log out of at {}? No user name is given or configured",
            ctx.settings.endpoint
        ))
        .with_hint(
            "pass -u/--username USER (or set VSS_USER), or -e NAME of a configured endpoint",
        ));
    };
    Ok(user)
}

/// The token kept for `user`, and the one given with `--token`/`VSS_TOKEN` if it is another.
fn tokens_to_revoke(ctx: &Context, user: &str) -> Result<Vec<Secret>> {
    // Ours only: the Python tool's `token:` is its own to keep.
    let stored = ctx.auth.kept(Kind::Token, user)?.map(|(token, _)| token);
    let mut tokens: Vec<Secret> = stored.into_iter().collect();
    if let Some(given) = &ctx.settings.token {
        let known = |t: &Secret| constant_time_eq(t.expose().as_bytes(), given.expose().as_bytes());
        if !tokens.iter().any(known) {
            tokens.push(given.clone());
        }
    }
    Ok(tokens)
}

/// Removes from the secret store the token kept for `user`, and with `--all` the password and
/// the TOTP secret. Returns what was removed.
fn forget(args: &LogoutArgs, ctx: &Context, user: &str) -> Result<Vec<&'static str>> {
    let mut forgotten = Vec::new();
    if ctx.auth.forget(Kind::Token, user)? {
        forgotten.push("token");
    }
    if args.all {
        if let Some(entry) = ctx.settings.entry.as_ref() {
            if ctx.auth.entry_user(entry)?.as_deref() == Some(user)
                && ctx
                    .auth
                    .store()
                    .delete(&Session::entry_name(entry, Kind::Password))?
            {
                forgotten.push("password");
            }
        }
        if ctx.auth.forget(Kind::TotpSecret, user)? {
            forgotten.push("totp-secret");
        }
    }
    Ok(forgotten)
}

/// Revokes each token on the server. Returns what became of the last, and when it stops
/// working if it could not be revoked.
fn revoke(ctx: &Context, tokens: &[Secret]) -> Result<(TokenOutcome, Option<String>)> {
    let mut outcome = TokenOutcome::None;
    let mut expires_at = None;
    for token in tokens {
        let expiry = auth::claims(token.expose()).and_then(|c| output::unix_rfc3339(c.exp));
        let revoked = ctx.auth.revoke(token).map_err(|e| {
            let until = expiry
                .as_deref()
                .map(|t| format!(" until {t}"))
                .unwrap_or_default();
            e.with_hint(format!(
                "the token is forgotten here but could not be revoked: it still works on the \
                 server{until}"
            ))
        })?;
        outcome = match revoked {
            Revocation::Revoked => TokenOutcome::Revoked,
            Revocation::AlreadyInvalid => TokenOutcome::AlreadyInvalid,
            Revocation::NotOffered => {
                expires_at = expiry;
                TokenOutcome::NotRevocable
            }
            Revocation::Unidentified => {
                expires_at = expiry;
                TokenOutcome::Unidentified
            }
        };
    }
    Ok((outcome, expires_at))
}

/// What became of the token, for the message; a token that still works is warned about.
fn token_outcome(ctx: &Context, outcome: TokenOutcome, expires_at: Option<&str>) -> String {
    match outcome {
        TokenOutcome::None => "no API token was stored".to_owned(),
        TokenOutcome::Revoked => {
            "the API token is revoked on the server and forgotten here".to_owned()
        }
        TokenOutcome::AlreadyInvalid => {
            "the API token, which had already expired or been revoked, is forgotten here".to_owned()
        }
        TokenOutcome::NotRevocable => {
            let until = expires_at.unwrap_or("its expiry");
            ctx.term.warn(format!(
                "{} offers no way to revoke an API token: the token keeps working until {until} \
                 for anyone who has a copy of it",
                ctx.settings.endpoint
            ));
            "the API token is forgotten here".to_owned()
        }
        TokenOutcome::Unidentified => {
            let until = expires_at.unwrap_or("its expiry");
            ctx.term.warn(format!(
                "{} lists this account's tokens, but none could be told to be this one: it was \
                 not revoked and keeps working until {until}; find it with `{}` and delete it \
                 with `{}`",
                ctx.settings.endpoint,
                ctx.auth.command_line(&["token", "ls"]),
                ctx.auth.command_line(&["token", "rm", "ID"])
            ));
            "the API token is forgotten here".to_owned()
        }
    }
}

/// The end of `--all`'s message: the password and TOTP secret among `forgotten`.
fn also_forgotten(forgotten: &[&str]) -> String {
    let also: Vec<&str> = forgotten
        .iter()
        .filter_map(|f| match *f {
            "password" => Some("the password"),
            "totp-secret" => Some("the TOTP secret"),
            _ => None,
        })
        .collect();
    if also.is_empty() {
        " No password or TOTP secret was stored.".to_owned()
    } else {
        format!(" Also forgot {}.", also.join(" and "))
    }
}
