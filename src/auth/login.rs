//! Logging in: an API token from the password and, when the account has MFA, a second factor.
//! The token of any login is kept for the next commands ([`super::tokens`]).

use base64::Engine as _;

use super::Session;
use crate::error::{Error, Result};
use crate::secrets::Kind;
use vss_redacted::Secret;
use vss_wire::Credentials;
use vss_wire::{ErrorKind, TokenClaims};

/// Warn about running out of recovery codes at this many or fewer.
pub(crate) const FEW_RECOVERY_CODES: u32 = 3;

/// The payload of a JWT, read without checking the signature (the server checks it).
pub(crate) fn claims(token: &str) -> Option<TokenClaims> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

impl Session {
    /// Logs in with the password and, when needed, a second factor; keeps the token for the
    /// next commands (unless `--no-session`). Tells the user how many recovery codes remain
    /// after using one, and passes on the server's warnings.
    pub(crate) fn login(&self) -> Result<Secret> {
        let creds = self.credentials()?;
        self.log_in_with(creds, true, true)
    }

    /// [`Session::login`] for a caller that keeps the token itself (`configure mk`, whose
    /// failure to keep it is its own error).
    pub(crate) fn login_unkept(&self) -> Result<Secret> {
        let creds = self.credentials()?;
        self.log_in_with(creds, true, false)
    }

    /// [`Session::login`] with what is known without asking: the password given or stored,
    /// and a second factor given up front (a code, `auto`, a program). Nothing is asked or
    /// sent; without them the refusal is the answer.
    pub(crate) fn login_unattended(&self) -> Result<Secret> {
        let Some(creds) = self.known_credentials()? else {
            return Err(Error::Auth {
                kind: ErrorKind::Unauthorized,
                message: format!(
                    "no password for {} at {} is given or stored",
                    self.known_username().unwrap_or("the account"),
                    self.settings.endpoint
                ),
                hint: Some(
                    "log in once with `vss-cli configure mk` (it keeps the password in the \
                     keyring), or pass --password-stdin"
                        .into(),
                ),
            });
        };
        self.log_in_with(creds, false, true)
    }

    fn log_in_with(&self, creds: &Credentials, ask: bool, keep: bool) -> Result<Secret> {
        let api = self.api()?;
        let (reply, used_recovery) = self.second_factor(creds, false, ask, |proof| {
            self.term
                .spin("Logging in", || api.request_token(creds, proof))
        })?;
        if let Some(warning) = &reply.warning {
            self.term.warn(warning);
        }
        let token = Secret::from(reply.token);
        if keep {
            self.keep_session(&creds.username, &token);
        }
        if used_recovery {
            self.report_recovery_codes_left(&token);
        }
        Ok(token)
    }

    /// Keeps the token of a login for the next commands of the same account, unless
    /// `--no-session` or a kept token still serves (a fresh one from `token mk` is then the
    /// caller's). A store that cannot keep it is said; the login stands.
    fn keep_session(&self, user: &str, token: &Secret) {
        if !self.settings.keep_session {
            return;
        }
        let kept = self.kept(Kind::Token, user).ok().flatten();
        if kept.is_some_and(|(t, _)| self.usable(&t, user, self.min_life.get())) {
            return;
        }
        if let Err(e) = self.keep(Kind::Token, user, token) {
            self.term.warn(format!(
                "the API token could not be kept for the next commands ({e}): each will log in \
                 again"
            ));
        }
    }

    fn report_recovery_codes_left(&self, token: &Secret) {
        let left = self
            .api()
            .and_then(|api| api.user(token))
            .ok()
            .and_then(|profile| profile.totp.recovery_codes_left);
        // A server that does not say how many are left.
        let Some(left) = left else {
            self.term
                .info("Logged in with a recovery code; it cannot be used again.");
            return;
        };
        self.term
            .info(format!("Logged in with a recovery code; {left} left."));
        if left <= FEW_RECOVERY_CODES {
            self.term.hint(format!(
                "make a new set with `{}` (or move to a new phone with `{}`)",
                self.command_line(&["account", "set", "mfa", "recovery-codes"]),
                self.command_line(&["account", "set", "mfa", "mk", "METHOD", "--replace"])
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_jwt_claims() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"sub":"jm","iat":1,"exp":2,"otp":true}"#);
        let c = claims(&format!("h.{payload}.s")).unwrap();
        assert_eq!((c.sub.as_str(), c.exp, c.otp), ("jm", 2, true));
        assert!(claims("not a token").is_none());
    }
}
