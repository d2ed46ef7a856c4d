//! Who is calling: Basic credentials (argon2id, remembered for a while as a keyed hash),
//! failed attempts and locks, API tokens (signed JWTs, each with its row in the store: deleted
//! or disabled one at a time, revoked all at once by a reset), the profile.

use std::net::IpAddr;

use super::*;
use crate::store::NewToken;

/// `type` of the tokens `POST /auth/request-token` issues.
pub(super) const TOKEN_TYPE: &str = "api";
/// `last_access` of a token is written at most this often (a Bearer call is then a read only).
pub(super) const LAST_ACCESS_SECS: i64 = 60;

/// The row id a token's `jti` claim names.
pub(super) fn token_id(jti: &str) -> Option<i64> {
    jti.parse::<i64>().ok().filter(|id| *id > 0)
}

impl Service {
    /// Checks Basic credentials at the time `at` of the request; unknown users cost the same
    /// argon2 time as known ones, and are throttled the same way (failures are counted per
    /// username given).
    pub(super) fn authenticate(
        &self,
        credentials: &Credentials,
        at: DateTime<Utc>,
    ) -> Result<Account, Error> {
        let name = credentials.username.as_str();
        self.check_not_locked(Throttle::Password, name, at)?;
        let account = self.store.account(name)?;
        let now = at.timestamp();
        let remembered = Secret::new(format!("{name}\0{}", credentials.password.expose()));
        let key = self
            .keys
            .hash_secret("verified-credentials", remembered.expose());
        if let Some(a) = &account {
            if self.recently_verified(&key, &a.password_hash, now) {
                // A success is a success, whichever path checked it: earlier failures go.
                self.attempt_succeeded(Throttle::Password, name)?;
                return Ok(account.expect("checked above"));
            }
        }
        let hash = account
            .as_ref()
            .map(|a| a.password_hash.as_str())
            .unwrap_or_else(|| dummy_hash());
        let ok = verify_password(hash, &credentials.password);
        match account {
            Some(a) if ok => {
                self.attempt_succeeded(Throttle::Password, name)?;
                self.remember_verified(key, &a.password_hash, now);
                Ok(a)
            }
            other => {
                self.attempt_failed(Throttle::Password, name, other.as_ref(), at)?;
                Err(Error::BadCredentials)
            }
        }
    }

    /// Refuses Basic credentials that [`Service::authenticate`] would refuse, before waiting
    /// for a request's body; counts a failure the same way, and remembers a success so that
    /// the call's own check does not hash the password again.
    pub(crate) fn check_credentials(&self, credentials: &Credentials) -> Result<(), Error> {
        self.authenticate(credentials, self.clock.now()).map(|_| ())
    }

    /// Refuses a Bearer token that is not valid, before waiting for a request's body.
    pub(crate) fn check_bearer(&self, bearer: &str) -> Result<(), Error> {
        self.check_token(bearer).map(|_| ())
    }

    pub(super) fn recently_verified(&self, key: &str, password_hash: &str, now: i64) -> bool {
        let verified = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        matches!(verified.get(key), Some((until, hash)) if *until > now && hash == password_hash)
    }

    pub(super) fn remember_verified(&self, key: String, password_hash: &str, now: i64) {
        let mut verified = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        if verified.len() >= VERIFIED_MAX {
            verified.clear();
        }
        verified.insert(key, (now + VERIFIED_SECS, password_hash.to_owned()));
    }

    /// The refusal while `subject` is locked at the time `at`, or `Ok` when it is not.
    pub(super) fn check_not_locked(
        &self,
        kind: Throttle,
        subject: &str,
        at: DateTime<Utc>,
    ) -> Result<(), Error> {
        let now = at.timestamp();
        match self.store.attempts(kind, subject)?.locked_until {
            Some(until) if until > now => Err(too_many_attempts(until, now)),
            _ => Ok(()),
        }
    }

    /// Counts a failed attempt made at the time `at`; a lock that starts with it is e-mailed
    /// to `account` and returned as the refusal.
    pub(super) fn attempt_failed(
        &self,
        kind: Throttle,
        subject: &str,
        account: Option<&Account>,
        at: DateTime<Utc>,
    ) -> Result<(), Error> {
        let now = at.timestamp();
        self.prune_quiet_throttles(now)?;
        let Some(until) = self.store.attempt_failed(kind, subject, LOCK_RULE, now)? else {
            return Ok(());
        };
        if let Some(account) = account {
            let what = match kind {
                Throttle::Factor => "second-factor codes (authenticator, e-mail, SMS or recovery)",
                Throttle::Password => "passwords",
            };
            tracing::warn!(user = %account.username, kind = kind_name(kind), until, "locked after repeated failures");
            let until = rfc3339(DateTime::<Utc>::from_timestamp(until, 0)).unwrap_or_default();
            self.send_notice(
                account,
                notices::lock_started(MAX_FAILURES, what, &until),
                at,
            );
        }
        Err(too_many_attempts(until, now))
    }

    /// Forgets the failure counters that went quiet (at most once a minute), so that user
    /// names tried once leave nothing behind for long.
    fn prune_quiet_throttles(&self, now: i64) -> Result<(), Error> {
        use std::sync::atomic::Ordering;
        let last = self.pruned_at.load(Ordering::Relaxed);
        if now - last < PRUNE_EVERY_SECS
            || self
                .pruned_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return Ok(());
        }
        let gone =
            self.store
                .prune_throttles(now, THROTTLE_QUIET_SECS, UNKNOWN_THROTTLE_QUIET_SECS)?;
        if gone > 0 {
            tracing::debug!(gone, "quiet failure counters forgotten");
        }
        Ok(())
    }

    /// Forgets failed attempts after a success (a write only when there were any).
    pub(super) fn attempt_succeeded(&self, kind: Throttle, subject: &str) -> Result<(), Error> {
        if self.store.attempts(kind, subject)? != Default::default() {
            self.store.clear_attempts(kind, subject)?;
        }
        Ok(())
    }

    /// `POST /auth/request-token` from the client at `ip` (recorded with the token).
    pub(crate) fn request_token(
        &self,
        credentials: &Credentials,
        otp: Option<Secret>,
        ip: Option<IpAddr>,
    ) -> Result<TokenResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        let requirement = self.requirement(&account)?;
        let mut warning = None;
        let passed_otp = match account.mfa_state {
            MfaState::Enabled => {
                let method = account.mfa_method.map_or("?", Method::as_str);
                let otp = otp
                    .filter(|o| !o.expose().trim().is_empty())
                    .ok_or_else(|| {
                        Error::OtpRefused(format!("is required: MFA is enabled ({method})"))
                    })?;
                self.check_otp(&account, &otp, true, now)?;
                true
            }
            _ => match &requirement {
                Requirement::Required(_) => return Err(Error::TotpEnforcement),
                Requirement::Grace { deadline, domain } => {
                    warning = Some(format!(
                        "MFA becomes required for domain {domain} at {}; from then on, \
                         logins without it are refused. Enrol now with: \
                         vss-cli account set mfa mk METHOD",
                        rfc3339(Some(*deadline)).unwrap_or_default()
                    ));
                    false
                }
                Requirement::Optional => false,
            },
        };
        let token = self.issue_token(&account, passed_otp, ip, now)?;
        Ok(TokenResponse { token, warning })
    }

    /// A new API token of `account` (`otp`: its login passed a second factor), issued at
    /// `now` and recorded with the client address `ip`; its JWT's `jti` is the id of its row.
    pub(super) fn issue_token(
        &self,
        account: &Account,
        otp: bool,
        ip: Option<IpAddr>,
        now: DateTime<Utc>,
    ) -> Result<String, Error> {
        let iat = now.timestamp();
        let ip = ip.map(|ip| ip.to_canonical().to_string());
        let new = NewToken {
            account_id: account.id,
            token_gen: account.token_gen,
            kind: TOKEN_TYPE,
            ip_address: ip.as_deref(),
            now,
            expires_at: iat + TOKEN_SECS,
        };
        let (id, token) = self.store.insert_token(&new, |id| {
            let claims = TokenClaims {
                sub: account.username.clone(),
                iat,
                exp: iat + TOKEN_SECS,
                otp,
                gen: account.token_gen,
                jti: Some(id.to_string()),
            };
            let token = jsonwebtoken::encode(
                &Header::new(Algorithm::HS256),
                &claims,
                &EncodingKey::from_secret(self.keys.jwt_key()),
            )
            .map_err(|e| anyhow::anyhow!("cannot sign a token: {e}"))?;
            Ok((self.token_hash(&token), (id, token)))
        })?;
        tracing::info!(user = %account.username, otp, id, "token issued");
        Ok(token)
    }

    /// The account of a valid, unexpired, unrevoked API token, and whether the login that
    /// made it passed a second factor. Once an account has MFA, only tokens that passed it
    /// are accepted (a factor change also revokes every earlier token).
    pub(super) fn check_token(&self, bearer: &str) -> Result<(Account, bool), Error> {
        self.check_token_claims(bearer)
            .map(|(account, claims)| (account, claims.otp))
    }

    /// [`Service::check_token`], with the token's claims.
    fn check_token_claims(&self, bearer: &str) -> Result<(Account, TokenClaims), Error> {
        let mut validation = Validation::new(Algorithm::HS256);
        // Expiry is checked against the server's clock below, not the system's.
        validation.validate_exp = false;
        validation.required_spec_claims = ["exp".to_string(), "sub".to_string()].into();
        let claims = jsonwebtoken::decode::<TokenClaims>(
            bearer,
            &DecodingKey::from_secret(self.keys.jwt_key()),
            &validation,
        )
        .map_err(|_| Error::BadToken)?
        .claims;
        let at = self.clock.now();
        let now = at.timestamp();
        if claims.exp <= now {
            return Err(Error::BadToken);
        }
        // The token's row names its account: a token outlives neither its row nor the
        // account it was issued to (another account later given the same name included).
        let id = claims
            .jti
            .as_deref()
            .and_then(token_id)
            .ok_or(Error::BadToken)?;
        let Some((account, row)) = self.store.token_account(id)? else {
            return Err(Error::BadToken);
        };
        let works = row.valid
            && row.expires_at > now
            && account.username == claims.sub
            && account.token_gen == claims.gen
            && (claims.otp || account.mfa_state != MfaState::Enabled)
            && constant_time_eq(row.hash.as_bytes(), self.token_hash(bearer).as_bytes());
        if !works {
            return Err(Error::BadToken);
        }
        if row
            .last_access
            .is_none_or(|t| now - t.timestamp() >= LAST_ACCESS_SECS)
        {
            self.store.touch_token(id, at)?;
        }
        Ok((account, claims))
    }

    /// The keyed hash a token's row holds.
    pub(super) fn token_hash(&self, bearer: &str) -> String {
        self.keys.hash_secret("api-token", bearer)
    }

    /// `POST /auth/revoke-token`, this server's own call for a logout (the real service's is
    /// `DELETE /v2/user/token/{id}`, which it does the same as): the token's row is deleted
    /// and the token stops working at once; other tokens of the account keep working. Any
    /// valid token may revoke itself, also one of an account that must enrol first.
    pub(crate) fn revoke_token(&self, bearer: &str) -> Result<MessageResponse, Error> {
        let (account, claims) = self.check_token_claims(bearer)?;
        // A token that passed the check names its row.
        let id = claims
            .jti
            .as_deref()
            .and_then(token_id)
            .ok_or(Error::BadToken)?;
        self.store.delete_token(account.id, id, self.clock.unix())?;
        tracing::info!(user = %account.username, id, "token revoked");
        Ok(MessageResponse::info(
            "The token is revoked: it no longer works",
        ))
    }

    /// The account of a Bearer call: the token must be valid, and an account that must use
    /// MFA must have enrolled (`TotpEnforcement` otherwise).
    pub(crate) fn bearer_account(&self, bearer: &str) -> Result<Account, Error> {
        self.bearer_session(bearer).map(|(account, _)| account)
    }

    /// [`Service::bearer_account`], and whether the token's login passed a second factor.
    pub(crate) fn bearer_session(&self, bearer: &str) -> Result<(Account, bool), Error> {
        let (account, otp) = self.check_token(bearer)?;
        if account.mfa_state != MfaState::Enabled && self.requirement(&account)?.is_required() {
            return Err(Error::TotpEnforcement);
        }
        Ok((account, otp))
    }

    /// `GET /v2/user`.
    pub(crate) fn profile(&self, bearer: &str) -> Result<UserEnvelope, Error> {
        let account = self.bearer_account(bearer)?;
        Ok(UserEnvelope {
            data: UserProfile {
                username: account.username,
                email: account.email,
                phone: account.phone,
                domain: account.domain,
                role: Some(account.role.as_str().to_owned()),
                totp: TotpStatus {
                    enabled: account.mfa_state == MfaState::Enabled,
                    state: Some(account.mfa_state),
                    method: account.mfa_method,
                    enabled_on: rfc3339(account.enabled_on),
                    disabled_on: rfc3339(account.disabled_on),
                    recovery_codes_left: Some(account.recovery_codes_left),
                    pending_method: account.pending.map(|p| p.method),
                },
            },
        })
    }
}
