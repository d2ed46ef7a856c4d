//! Kept tokens: the token a login got is kept under the account's key (see
//! [`super::account`]) and reused by the next commands for the same account while it has
//! enough life left; a token the server refuses is dropped and replaced by a login. Revoking
//! one goes through the API's token calls (`GET /v2/user/token`, `DELETE
//! /v2/user/token/{id}`), as on the real service.

use serde::Serialize;

use super::login::claims;
use super::Session;
use crate::error::{Error, Result};
use crate::secrets::{Kind, Place};
use vss_redacted::{constant_time_eq, Secret};
use vss_wire::TokenInfo;

/// A kept token this close to expiry is not reused.
pub(crate) const EXPIRY_MARGIN_SECS: i64 = 60;
/// A listed token made this close to a token's `iat` may be that token.
const CREATED_SLACK_SECS: i64 = 2;

/// Where an API token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Source {
    /// `--token` / `VSS_TOKEN` / `VSS_API_TOKEN`.
    Given,
    /// Kept by an earlier command.
    Stored,
    /// The Python tool's `token:` in the configuration file.
    PythonConfig,
    /// A login just now.
    Login,
}

/// What became of a token asked to be revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Revocation {
    /// Deleted on the server now.
    Revoked,
    /// It no longer worked (expired or revoked before).
    AlreadyInvalid,
    /// The server offers no way to revoke a token.
    NotOffered,
    /// The server lists tokens, but none could be told to be this one.
    Unidentified,
}

impl Session {
    /// True when `token` is `user`'s and has more than `margin` seconds left.
    pub(crate) fn usable(&self, token: &Secret, user: &str, margin: i64) -> bool {
        let now = chrono::Utc::now().timestamp();
        crate::settings::header_safe(token.expose())
            && claims(token.expose()).is_some_and(|c| c.exp > now + margin && c.sub == user)
    }

    /// The token kept for this account (ours, else the Python tool's `token:` for the
    /// configured endpoint) while it has more than `margin` seconds left, with where it is
    /// kept. Only the user name known without asking is used. With `--no-session` no kept
    /// token is used: the command logs in for itself.
    pub(crate) fn stored_token(&self, margin: i64) -> Result<Option<(Secret, Source)>> {
        if !self.settings.keep_session {
            return Ok(None);
        }
        let user = self.username_unasked()?.map(str::to_owned);
        if let Some(user) = &user {
            if let Some((kept, _)) = self.kept(Kind::Token, user)? {
                if self.usable(&kept, user, margin) {
                    return Ok(Some((kept, Source::Stored)));
                }
            }
        }
        // The Python tool's file may name no user: its token is then the endpoint's.
        let now = chrono::Utc::now().timestamp();
        Ok(self
            .settings
            .entry
            .as_ref()
            .and_then(|e| e.python_token())
            .filter(|python| {
                // One no header can carry (a line break pasted in) is not used: a login is.
                crate::settings::header_safe(python.expose())
                    && claims(python.expose()).is_some_and(|c| {
                        c.exp > now + margin && user.as_ref().is_none_or(|u| *u == c.sub)
                    })
            })
            .map(|python| (python, Source::PythonConfig)))
    }

    /// Where this account's token is kept, if one is.
    pub(crate) fn token_place(&self) -> Result<Option<Place>> {
        let Some(user) = self.username_unasked()?.map(str::to_owned) else {
            return Ok(None);
        };
        Ok(self.kept(Kind::Token, &user)?.map(|(_, place)| place))
    }

    /// Forgets the token kept for this account (the server refused it); the Python tool's
    /// `token:` is never rewritten.
    pub(crate) fn forget_stored_token(&self) -> Result<bool> {
        match self.username_unasked()?.map(str::to_owned) {
            Some(user) => self.forget(Kind::Token, &user),
            None => Ok(false),
        }
    }

    /// An API token: `--token`/`VSS_TOKEN`, else the one kept for this account while it has
    /// more than `margin` seconds left, else a fresh login.
    fn api_token(&self, margin: i64) -> Result<(Secret, Source)> {
        if let Some(token) = &self.settings.token {
            return Ok((token.clone(), Source::Given));
        }
        if let Some(stored) = self.stored_token(margin)? {
            return Ok(stored);
        }
        // On a terminal, a user name not known yet is asked now (the login would ask anyway),
        // and the token kept for that account is found.
        if self.known_username().is_none() && self.term.interactive() {
            self.username()?;
            if let Some(stored) = self.stored_token(margin)? {
                return Ok(stored);
            }
        }
        Ok((self.login()?, Source::Login))
    }

    /// Runs a Bearer call with an API token; a kept token the server refuses (expired or
    /// revoked) is dropped (ours) or passed over (the Python tool's) and replaced by logging
    /// in again.
    pub(crate) fn with_token<T>(&self, call: impl Fn(&Secret) -> Result<T>) -> Result<T> {
        self.with_token_from(EXPIRY_MARGIN_SECS, call)
            .map(|(out, _, _)| out)
    }

    /// [`Session::with_token`] with a token that has more than `margin` seconds left, giving
    /// also the token the call succeeded with and where it came from.
    pub(crate) fn with_token_from<T>(
        &self,
        margin: i64,
        call: impl Fn(&Secret) -> Result<T>,
    ) -> Result<(T, Secret, Source)> {
        self.min_life.set(margin);
        let (token, source) = self.api_token(margin)?;
        match (call(&token), source) {
            (Err(Error::Auth { .. }), Source::Stored) => {
                let _ = self.forget_stored_token();
                let fresh = self.login()?;
                call(&fresh).map(|out| (out, fresh, Source::Login))
            }
            (Err(Error::Auth { .. }), Source::PythonConfig) => {
                let fresh = self.login()?;
                call(&fresh).map(|out| (out, fresh, Source::Login))
            }
            (Err(e @ Error::Auth { .. }), Source::Given) => Err(e.with_hint(
                "the API token was refused (expired or revoked): get a new one with `vss-cli \
                 token mk`, or unset VSS_TOKEN to log in",
            )),
            (other, source) => other.map(|out| (out, token, source)),
        }
    }

    /// Every token of the account, as the server lists them (`None`: the server has no token
    /// calls), with `token` as the Bearer.
    pub(crate) fn list_tokens(&self, token: &Secret) -> Result<Option<Vec<TokenInfo>>> {
        let api = self.api()?;
        self.term
            .spin("Listing the tokens", || api.user_tokens(token))
    }

    /// The id under which `listed` holds `token`: its `jti` claim where the server puts the
    /// id there, else the one listed token made within a moment of the token's `iat` whose
    /// value (where the server shows it) is the token; `None` when it cannot be told.
    pub(crate) fn own_token_id(&self, token: &Secret, listed: &[TokenInfo]) -> Option<u64> {
        let claims = claims(token.expose())?;
        if let Some(id) = claims.jti.as_deref().and_then(|j| j.parse::<u64>().ok()) {
            if listed.iter().any(|t| t.id == id) {
                return Some(id);
            }
        }
        let near: Vec<u64> = listed
            .iter()
            .filter(|t| {
                t.created_on
                    .as_deref()
                    .and_then(parse_time)
                    .is_some_and(|made| (made - claims.iat).abs() <= CREATED_SLACK_SECS)
            })
            .map(|t| t.id)
            .collect();
        let api = self.api().ok()?;
        // Where the server shows a token's value, that settles it.
        for id in &near {
            if let Ok(Some(value)) = api.user_token_value(token, *id) {
                if constant_time_eq(value.as_bytes(), token.expose().as_bytes()) {
                    return Some(*id);
                }
            }
        }
        match near.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }

    /// Revokes `token` on the server: finds it among the account's tokens and deletes it.
    /// A server without the token calls is asked through the bundled server's own
    /// `POST /auth/revoke-token`, where it has it.
    pub(crate) fn revoke(&self, token: &Secret) -> Result<Revocation> {
        let api = self.api()?;
        let listed = match self.list_tokens(token) {
            Ok(Some(listed)) => listed,
            Ok(None) => {
                return Ok(match api.revoke_token(token)? {
                    crate::api::Revoked::Now => Revocation::Revoked,
                    crate::api::Revoked::Already => Revocation::AlreadyInvalid,
                    crate::api::Revoked::NotOffered => Revocation::NotOffered,
                })
            }
            Err(Error::Auth { .. }) => return Ok(Revocation::AlreadyInvalid),
            Err(e) => return Err(e),
        };
        let Some(id) = self.own_token_id(token, &listed) else {
            return Ok(Revocation::Unidentified);
        };
        match self
            .term
            .spin("Revoking the token", || api.delete_user_token(token, id))
        {
            Ok(()) => Ok(Revocation::Revoked),
            Err(Error::Auth { .. }) => Ok(Revocation::AlreadyInvalid),
            Err(e) => Err(e),
        }
    }
}

/// A time as the API writes it (RFC 3339, or `YYYY-mm-dd HH:MM:SS` in UTC), in Unix seconds.
pub(crate) fn parse_time(text: &str) -> Option<i64> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some(t.timestamp());
    }
    ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"]
        .iter()
        .find_map(|f| chrono::NaiveDateTime::parse_from_str(text, f).ok())
        .map(|t| t.and_utc().timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_apis_write_them() {
        assert_eq!(parse_time("1970-01-01T00:01:00Z"), Some(60));
        assert_eq!(parse_time("1970-01-01T01:01:00+01:00"), Some(60));
        assert_eq!(parse_time("1970-01-01 00:01:00"), Some(60));
        assert_eq!(parse_time("1970-01-01 00:01:00.5"), Some(60));
        assert_eq!(parse_time("yesterday"), None);
    }
}
