//! `vss-cli status` (alias `whoami`): who you are at the endpoint and whether you can work
//! there without being asked anything (as `gh auth status`): the token given or stored if the
//! server takes it, else a login with the password and any second factor given up front.
//! Exit 0 when one works, 3 when none does; nothing is asked and no code is sent.

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::login::{self, Source};
use crate::output;
use crate::secrets::Place;
use vss_wire::{ErrorKind, Method, MfaState, Secret, UserProfile};

#[derive(Serialize)]
struct Status<'a> {
    endpoint: &'a str,
    endpoint_name: Option<&'a str>,
    username: Option<String>,
    logged_in: bool,
    token: Option<TokenState>,
    mfa: Option<MfaSummary>,
    /// Where passwords and tokens are kept.
    secret_store: &'static str,
    /// Why no token works, when none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
}

#[derive(Serialize)]
struct TokenState {
    source: Source,
    expires_at: Option<String>,
    /// Whether the login that made it passed a second factor.
    otp: Option<bool>,
}

#[derive(Serialize)]
struct MfaSummary {
    enabled: bool,
    state: Option<MfaState>,
    method: Option<Method>,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let checked = working_token(ctx);
    let mut status = Status {
        endpoint: &ctx.endpoint,
        endpoint_name: ctx.entry.as_ref().map(|e| e.name.as_str()),
        username: ctx.known_username().map(str::to_owned),
        logged_in: false,
        token: None,
        mfa: None,
        secret_store: ctx.store().in_use().map_or("none", Place::short),
        problem: None,
    };
    match checked {
        Ok((token, source, profile)) => {
            fill(&mut status, &token, source, profile);
            ctx.term.print(ctx.format, &status)?;
            let user = status.username.as_deref().unwrap_or_default();
            ctx.term
                .info(format!("Logged in to {} as {user}.", ctx.endpoint));
            Ok(())
        }
        Err(e @ (Error::Auth { .. } | Error::NoTerminal { .. })) => {
            status.problem = Some(e.to_string());
            ctx.term.print(ctx.format, &status)?;
            let hint = e.hint().map(str::to_owned);
            let who = status
                .username
                .as_deref()
                .map(|u| format!(" as {u}"))
                .unwrap_or_default();
            Err(Error::Auth {
                kind: ErrorKind::Unauthorized,
                message: format!("not logged in to {}{who}: {e}", ctx.endpoint),
                hint,
            })
        }
        Err(e) => Err(e),
    }
}

/// The token given, else the stored one while the server takes it (a refused one is
/// forgotten), else one from a login with what is known without asking; with the profile the
/// server showed for it.
fn working_token(ctx: &Context) -> Result<(Secret, Source, UserProfile)> {
    let api = ctx.api()?;
    if let Some(token) = &ctx.token {
        let profile = api.user(token)?;
        return Ok((token.clone(), Source::Given, profile));
    }
    if ctx.username_unasked()?.is_none() {
        return Err(Error::Auth {
            kind: ErrorKind::Unauthorized,
            message: "no user name is given or configured".into(),
            hint: Some(
                "pass -u/--username USER (or set VSS_USER), or log in once with `vss-cli \
                 configure mk`"
                    .into(),
            ),
        });
    }
    if let Some((stored, source)) = login::stored_token(ctx)? {
        match api.user(&stored) {
            Ok(profile) => return Ok((stored, source, profile)),
            Err(Error::Auth { .. }) if source == Source::Stored => {
                let _ = login::forget_stored_token(ctx);
            }
            Err(Error::Auth { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    let fresh = login::login_unattended(ctx)?.token;
    let profile = api.user(&fresh)?;
    Ok((fresh, Source::Login, profile))
}

fn fill(status: &mut Status<'_>, token: &Secret, source: Source, profile: UserProfile) {
    let claims = login::claims(token.expose());
    status.logged_in = true;
    if !profile.username.is_empty() {
        status.username = Some(profile.username);
    } else if let Some(c) = &claims {
        status.username = Some(c.sub.clone());
    }
    status.token = Some(TokenState {
        source,
        expires_at: claims.as_ref().and_then(|c| output::unix_rfc3339(c.exp)),
        otp: claims.as_ref().map(|c| c.otp),
    });
    status.mfa = Some(MfaSummary {
        enabled: profile.totp.enabled,
        state: profile.totp.state,
        method: profile.totp.method,
    });
}
