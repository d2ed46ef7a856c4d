//! One-time codes: sending them by e-mail or SMS, and checking a TOTP, a sent or a recovery
//! code (each accepted once).

use super::*;

impl Service {
    /// `POST /tf/request-token`: e-mails or texts a fresh code for the active factor (the
    /// pending enrolment if none is active yet), or with [`CodePurpose::Verify`] for the
    /// factor that `POST /tf/verify` checks (a pending replacement first).
    pub(crate) fn send_code(
        &self,
        credentials: &Credentials,
        purpose: CodePurpose,
    ) -> Result<MessageResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        if account.mfa_state == MfaState::Disabled {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        let (factor, method, phone) = match (&account.pending, purpose) {
            (Some(p), CodePurpose::Verify) => (Factor::Replacement, Some(p.method), &p.mfa_phone),
            _ => (Factor::Active, account.mfa_method, &account.mfa_phone),
        };
        let Some(method) = method else {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        };
        if method == Method::Authenticator {
            return Err(Error::CodesFromApp);
        }
        if let Some(retry_at) =
            self.store
                .record_send(account.id, SendKind::Code, SEND_RULE, now.timestamp())?
        {
            tracing::info!(user = %account.username, "code send refused: too soon");
            // Point to the last code only while it can still be used: not used, not thrown
            // away after wrong guesses, not expired.
            let outstanding = self
                .store
                .sent_code(account.id, factor)?
                .filter(|code| code.expires_at > now.timestamp())
                .and_then(|code| rfc3339(DateTime::<Utc>::from_timestamp(code.expires_at, 0)))
                .map(|until| format!("; the last code sent still works until {until}"))
                .unwrap_or_default();
            return Err(Error::TooMany {
                kind: ErrorKind::TooManyRequests,
                message: format!(
                    "Codes are sent at most once every {CODE_SEND_GAP_SECS} seconds and \
                     {CODE_SENDS_PER_HOUR} times an hour{outstanding}; {}",
                    retry_text(retry_at, now.timestamp())
                ),
                retry_after_secs: (retry_at - now.timestamp()).max(1) as u64,
            });
        }
        let code = Secret::new(format!(
            "{:06}",
            rand::rand_core::UnwrapErr(rand::rngs::SysRng).random_range(0..1_000_000u32)
        ));
        self.store.put_sent_code(
            account.id,
            factor,
            &StoredSecret {
                hash: self.sent_code_hash(account.id, factor, code.expose()),
                expires_at: now.timestamp() + CODE_SECS,
            },
        )?;
        let message = if method == Method::Sms {
            let phone = phone
                .as_deref()
                .ok_or_else(|| anyhow::anyhow!("SMS enrolment without a phone"))?;
            self.courier
                .send_sms(phone, &notices::code_sms(code.expose()), now)?;
            format!("A code was sent by SMS to {}", mask_phone(phone))
        } else {
            let notice = notices::code_email(code.expose());
            self.courier.send_email(&notice.to(&account.email), now)?;
            format!(
                "A code was sent by e-mail to {}",
                mask_email(&account.email)
            )
        };
        Ok(MessageResponse::info(message))
    }

    /// Checks a code against the account's method (and, at login, its recovery codes) at the
    /// time `at` of the request, however long the check takes. A TOTP code is accepted once:
    /// never again, nor any code of the same or an earlier time step (RFC 6238 §5.2). Failures
    /// are counted; after [`MAX_FAILURES`] in a row every code is refused for a while.
    pub(super) fn check_otp(
        &self,
        account: &Account,
        otp: &Secret,
        allow_recovery: bool,
        at: DateTime<Utc>,
    ) -> Result<(), Error> {
        let subject = account.id.to_string();
        self.check_not_locked(Throttle::Factor, &subject, at)?;
        let now = at.timestamp();
        let ok = match account.mfa_method {
            Some(Method::Authenticator) => {
                match self.totp_step(account, account.totp_secret.as_deref(), otp.expose(), now) {
                    Some(step) => {
                        let fresh = self.store.accept_totp_step(account.id, step)?;
                        if !fresh {
                            tracing::info!(user = %account.username, "code refused: already used");
                        }
                        fresh
                    }
                    None => false,
                }
            }
            Some(Method::Email | Method::Sms) => {
                self.take_sent_code(account, Factor::Active, otp.expose(), now)?
            }
            None => false,
        };
        if ok || (allow_recovery && self.take_recovery_code(account, otp.expose(), at)?) {
            self.attempt_succeeded(Throttle::Factor, &subject)?;
            return Ok(());
        }
        if matches!(account.mfa_method, Some(Method::Email | Method::Sms)) {
            self.store
                .sent_code_failed(account.id, Factor::Active, MAX_CODE_FAILURES)?;
        }
        tracing::info!(user = %account.username, "code refused");
        self.attempt_failed(Throttle::Factor, &subject, Some(account), at)?;
        if allow_recovery && normalize_recovery_code(otp.expose()).is_some() {
            // It has the form of a recovery code: say so, not "invalid or expired".
            return Err(Error::RecoveryCodeRefused {
                left: account.recovery_codes_left,
            });
        }
        Err(Error::OtpRefused(OTP_INVALID.into()))
    }

    /// The time step whose TOTP of the sealed `secret` is `code`, looking at now and one
    /// step either side (the latest step when several match); `None` when none does.
    pub(super) fn totp_step(
        &self,
        account: &Account,
        sealed: Option<&[u8]>,
        code: &str,
        now: i64,
    ) -> Option<i64> {
        let code = code.trim();
        let secret = sealed.and_then(|s| self.keys.open(s, &secret_context(account.id)))?;
        if !otp::is_code(code) {
            return None;
        }
        let mut found = None;
        for offset in [-1i64, 0, 1] {
            let t = (now + offset * otp::STEP as i64).max(0);
            if let Ok(expected) = otp::code_at(&secret, t as u64) {
                if constant_time_eq(expected.as_bytes(), code.as_bytes()) {
                    found = Some(t / otp::STEP as i64);
                }
            }
        }
        found
    }

    pub(super) fn sent_code_hash(&self, account_id: i64, factor: Factor, code: &str) -> String {
        let label = match factor {
            Factor::Active => "sent-code",
            Factor::Replacement => "sent-code/replacement",
        };
        self.keys
            .hash_secret(label, &format!("{account_id}:{code}"))
    }

    pub(super) fn recovery_hash(&self, normalized: &str) -> String {
        self.keys.hash_secret("recovery-code", normalized)
    }

    /// Uses up the account's sent code if `input` is it and it has not expired.
    pub(super) fn take_sent_code(
        &self,
        account: &Account,
        factor: Factor,
        input: &str,
        now: i64,
    ) -> anyhow::Result<bool> {
        let code = input.trim();
        if !otp::is_code(code) {
            return Ok(false);
        }
        let Some(stored) = self.store.sent_code(account.id, factor)? else {
            return Ok(false);
        };
        if stored.expires_at <= now {
            self.store.delete_sent_code(account.id, factor)?;
            return Ok(false);
        }
        let hash = self.sent_code_hash(account.id, factor, code);
        Ok(constant_time_eq(hash.as_bytes(), stored.hash.as_bytes())
            && self
                .store
                .take_sent_code(account.id, factor, &stored.hash)?)
    }

    /// Uses up a recovery code if `input` is one of the account's unused ones. Case, dashes and
    /// whitespace do not matter: codes are hashed in their normal form (16 lower-case base32
    /// characters), as they have always been stored.
    pub(super) fn take_recovery_code(
        &self,
        account: &Account,
        input: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let Some(normalized) = normalize_recovery_code(input) else {
            return Ok(false);
        };
        let hash = self.recovery_hash(&normalized);
        let mut found = None;
        for code in self.store.unused_recovery_codes(account.id)? {
            if constant_time_eq(hash.as_bytes(), code.hash.as_bytes()) {
                found = Some(code.id);
            }
        }
        match found {
            Some(id) if self.store.use_recovery_code(id, now)? => {
                tracing::info!(user = %account.username, "recovery code used");
                let left = account.recovery_codes_left.saturating_sub(1);
                self.send_notice(account, notices::recovery_code_used(left), now);
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}
