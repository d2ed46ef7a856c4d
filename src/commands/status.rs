//! `vss-cli status` (alias `whoami`): who you are at the endpoint and whether you can work
//! there without being asked anything (as `gh auth status`): the token given or stored if the
//! server takes it, else a login with the password and any second factor given up front.
//! Exit 0 when one works, 3 when none does; nothing is asked and no code is sent.

use serde::Serialize;

use crate::auth::{self, Source};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output;
use crate::secrets::Place;
use vss_redacted::Secret;
use vss_wire::{ErrorKind, Method, MfaState, UserProfile};

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
    /// Where the token is kept for the next commands (`null`: it is not).
    kept_in: Option<&'static str>,
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
        endpoint: &ctx.settings.endpoint,
        endpoint_name: ctx.settings.entry.as_ref().map(|e| e.name.as_str()),
        username: ctx.auth.known_username().map(str::to_owned),
        logged_in: false,
        token: None,
        mfa: None,
        secret_store: ctx.auth.store().in_use().map_or("none", Place::short),
        problem: None,
    };
    match checked {
        Ok((token, source, profile)) => {
            let kept_in = match source {
                Source::Stored | Source::Login => ctx.auth.token_place().ok().flatten(),
                Source::Given | Source::PythonConfig => None,
            };
            fill(&mut status, &token, source, kept_in, profile);
            ctx.term.print(ctx.settings.format, &status)?;
            let user = status.username.as_deref().unwrap_or_default();
            ctx.term
                .info(format!("Logged in to {} as {user}.", ctx.settings.endpoint));
            match kept_in {
                Some(place) => ctx.term.info(format!(
                    "The token is kept in {} for the next commands.",
                    ctx.auth.store().describe(place)
                )),
                None if source == Source::Login => ctx
                    .term
                    .info("The token is not kept (--no-session): each command logs in."),
                None => {}
            }
            Ok(())
        }
        Err(e @ (Error::Auth { .. } | Error::NoTerminal { .. })) => {
            status.problem = Some(e.to_string());
            ctx.term.print(ctx.settings.format, &status)?;
            let hint = e.hint().map(str::to_owned);
            let who = status
                .username
                .as_deref()
                .map(|u| format!(" as {u}"))
                .unwrap_or_default();
            Err(Error::Auth {
                kind: ErrorKind::Unauthorized,
                message: format!("not logged in to {}{who}: {e}", ctx.settings.endpoint),
                hint,
            })
        }
        // Whatever went wrong, -o json|yaml still prints one document.
        Err(e) => {
            if ctx.settings.format != crate::output::Format::Table {
                status.problem = Some(e.to_string());
                ctx.term.print(ctx.settings.format, &status)?;
            }
            Err(e)
        }
    }
}

/// The token given, else the stored one while the server takes it (a refused one is
/// forgotten), else one from a login with what is known without asking; with the profile the
/// server showed for it.
fn working_token(ctx: &Context) -> Result<(Secret, Source, UserProfile)> {
    let api = ctx.auth.api()?;
    if let Some(token) = &ctx.settings.token {
        let profile = api.user(token).map_err(|e| match e {
            Error::Auth { .. } => e.with_hint(
                "the API token given (-t/--token, VSS_TOKEN or VSS_API_TOKEN) was refused: it \
                 expired or was revoked; get a new one with `vss-cli token mk`, or unset it to \
                 use the kept one or log in",
            ),
            other => other,
        })?;
        return Ok((token.clone(), Source::Given, profile));
    }
    if ctx.auth.username_unasked()?.is_none() {
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
    if let Some((stored, source)) = ctx.auth.stored_token(auth::tokens::EXPIRY_MARGIN_SECS)? {
        match api.user(&stored) {
            Ok(profile) => return Ok((stored, source, profile)),
            Err(Error::Auth { .. }) if source == Source::Stored => {
                let _ = ctx.auth.forget_stored_token();
            }
            Err(Error::Auth { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    let fresh = ctx.auth.login_unattended()?;
    let profile = api.user(&fresh)?;
    Ok((fresh, Source::Login, profile))
}

fn fill(
    status: &mut Status<'_>,
    token: &Secret,
    source: Source,
    kept_in: Option<Place>,
    profile: UserProfile,
) {
    let claims = auth::claims(token.expose());
    status.logged_in = true;
    if !profile.username.is_empty() {
        status.username = Some(profile.username);
    } else if let Some(c) = &claims {
        status.username = Some(c.sub.clone());
    }
    status.token = Some(TokenState {
        source,
        kept_in: kept_in.map(Place::short),
        expires_at: claims.as_ref().and_then(|c| output::unix_rfc3339(c.exp)),
        otp: claims.as_ref().map(|c| c.otp),
    });
    status.mfa = Some(MfaSummary {
        enabled: profile.totp.enabled,
        state: profile.totp.state,
        method: profile.totp.method,
    });
}
