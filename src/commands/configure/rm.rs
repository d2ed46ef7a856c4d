//! `vss-cli configure rm NAME`: forget an endpoint and the secrets kept for it.

use serde::Serialize;

use crate::auth::account::AccountKey;
use crate::auth::tokens::Revocation;
use crate::auth::Session;
use crate::cli::ConfigureRmArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::secrets::Kind;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Removed<'a> {
    name: &'a str,
    endpoint: &'a str,
    removed: bool,
    /// The endpoint now used when none is named.
    default_endpoint_name: Option<&'a str>,
    /// What became of the endpoint's kept API token: revoked, already-invalid,
    /// not-revocable, unidentified, or none.
    token: &'static str,
}

pub(crate) fn run(args: &ConfigureRmArgs, ctx: &Context) -> Result<()> {
    let mut config = ctx.settings.config.clone();
    let Some(pos) = config.endpoints.iter().position(|e| e.name == args.name) else {
        return Err(Error::usage(format!(
            "no endpoint is called {:?}; see `vss-cli configure ls`",
            args.name
        )));
    };
    let entry = config.endpoints.remove(pos);
    // What we kept for it (the Python tool's credentials.enc is not ours to change).
    let user = ctx.auth.entry_user(&entry)?;
    let token = match &user {
        Some(user) => revoke_kept_token(ctx, &entry, user)?,
        None => "none",
    };
    for kind in [
        Kind::Username,
        Kind::Password,
        Kind::Token,
        Kind::TotpSecret,
    ] {
        ctx.auth
            .store()
            .delete(&Session::entry_name(&entry, kind))?;
    }
    if let Some(user) = &user {
        let key = AccountKey::new(&entry.url, user);
        for kind in [Kind::Token, Kind::TotpSecret] {
            let name = key.name(kind, &entry.url, Some(&entry.name), Some(user));
            ctx.auth.store().delete(&name)?;
        }
    }
    if config.general.default_endpoint_name.as_deref() == Some(entry.name.as_str()) {
        config.general.default_endpoint_name = config.endpoints.first().map(|e| e.name.clone());
    }
    config.save(&ctx.settings.config_path)?;
    let removed = Removed {
        name: &entry.name,
        endpoint: &entry.url,
        removed: true,
        default_endpoint_name: config.general.default_endpoint_name.as_deref(),
        token,
    };
    crate::commands::done(
        ctx,
        &format!(
            "Removed {} ({}) and its stored secrets.",
            entry.name, entry.url
        ),
        &removed,
    )
}

/// Revokes the token kept for `user` at the endpoint being removed, where the server can: a
/// removed endpoint must not leave a token working. Says so when it cannot.
fn revoke_kept_token(
    ctx: &Context,
    entry: &crate::config::EndpointEntry,
    user: &str,
) -> Result<&'static str> {
    let key = AccountKey::new(&entry.url, user);
    let name = key.name(Kind::Token, &entry.url, Some(&entry.name), Some(user));
    let Some((token, _)) = ctx.auth.store().get(&name)? else {
        return Ok("none");
    };
    // The endpoint being removed may not be the one this command was pointed at.
    let settings = crate::settings::Settings::for_endpoint(&ctx.settings, entry)?;
    let session = Session::new(std::rc::Rc::new(settings), std::rc::Rc::clone(&ctx.term));
    let until = crate::auth::claims(token.expose())
        .and_then(|c| crate::output::unix_rfc3339(c.exp))
        .unwrap_or_else(|| "its expiry".into());
    let outcome = match session.revoke(&token) {
        Ok(outcome) => outcome,
        Err(e) => {
            ctx.term.warn(format!(
                "the API token kept for {} could not be revoked ({e}): it keeps working until \
                 {until}",
                entry.name
            ));
            return Ok("not-revoked");
        }
    };
    Ok(match outcome {
        Revocation::Revoked => "revoked",
        Revocation::AlreadyInvalid => "already-invalid",
        Revocation::NotOffered => {
            ctx.term.warn(format!(
                "{} offers no way to revoke an API token: the one kept for {} keeps working \
                 until {until}",
                entry.url, entry.name
            ));
            "not-revocable"
        }
        Revocation::Unidentified => {
            ctx.term.warn(format!(
                "{} lists this account's tokens, but none could be told to be the one kept \
                 for {}: it was not revoked and keeps working until {until}; `vss-cli -e {} -u \
                 {user} token ls` finds it",
                entry.url, entry.name, entry.url
            ));
            "unidentified"
        }
    })
}
