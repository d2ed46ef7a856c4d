//! An account's second factor: enrolling, verifying, moving to a new factor, recovery codes,
//! disabling with an e-mailed token, and what policy allows.

use super::*;

impl Service {
    /// `POST /tf/enable`.
    pub(crate) fn enable(
        &self,
        credentials: &Credentials,
        request: &EnableRequest,
    ) -> Result<EnableResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        self.check_may_enrol(&account)?;
        let phone = sms_phone(request)?;
        let conflict = || {
            Error::Conflict(
                "MFA is already enabled; disable it first with: vss-cli account set mfa rm; \
                 to move to a new phone or method, prove the current factor: \
                 vss-cli account set mfa mk METHOD --replace"
                    .into(),
            )
        };
        let secret = (request.method == Method::Authenticator).then(otp::new_secret);
        let sealed = secret
            .as_deref()
            .map(|s| self.keys.seal(s, &secret_context(account.id)));
        if account.mfa_state == MfaState::Enabled {
            let otp = request
                .otp
                .as_deref()
                .filter(|o| !o.trim().is_empty())
                .ok_or_else(conflict)?;
            self.check_otp(&account, &Secret::new(otp), true, now)?;
            let replacement = Replacement {
                method: request.method,
                mfa_phone: phone.as_deref(),
                sealed_secret: sealed.as_deref(),
            };
            if !self
                .store
                .start_replacement(account.id, &replacement, now)?
            {
                // Disabled meanwhile.
                return Err(Error::InvalidRequest(NOT_ENABLED.into()));
            }
            let current = account.mfa_method.map_or("?", Method::as_str);
            tracing::info!(user = %account.username, method = %request.method, "MFA replacement started");
            let message = format!(
                "MFA replacement started; verify the new {} factor with a code to switch to it. \
                 Until then {current} keeps working, and your recovery codes stay valid.",
                request.method
            );
            return self.enrolment_reply(&account, message, Vec::new(), secret.as_deref());
        }
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
        let hashes = self.recovery_hashes(&codes);
        let enrolment = Enrolment {
            method: request.method,
            mfa_phone: phone.as_deref(),
            sealed_secret: sealed.as_deref(),
            recovery_hashes: &hashes,
        };
        if !self.store.start_enrolment(account.id, &enrolment)? {
            return Err(conflict());
        }
        tracing::info!(user = %account.username, method = %request.method, "MFA enrolment started");
        self.enrolment_reply(
            &account,
            "MFA enrolment started; verify it with a code to enable it.".into(),
            codes,
            secret.as_deref(),
        )
    }

    /// The reply to `POST /tf/enable`: key, URI and QR image for an authenticator `secret`.
    pub(super) fn enrolment_reply(
        &self,
        account: &Account,
        message: String,
        recovery_codes: Vec<String>,
        secret: Option<&[u8]>,
    ) -> Result<EnableResponse, Error> {
        let (key, uri, image) = match secret {
            Some(secret) => {
                let uri = otp::uri(secret, &self.issuer, &account.username)?;
                let png = qr::png(&uri)?;
                use base64::Engine as _;
                let image = base64::engine::general_purpose::STANDARD.encode(png);
                (Some(otp::to_base32(secret)), Some(uri), Some(image))
            }
            None => (None, None, None),
        };
        Ok(EnableResponse {
            message,
            kind: "info".into(),
            issuer: Some(self.issuer.clone()),
            recovery_codes,
            key,
            uri,
            image,
        })
    }

    pub(super) fn recovery_hashes(&self, codes: &[String]) -> Vec<String> {
        codes
            .iter()
            .map(|c| self.recovery_hash(&normalize_recovery_code(c).expect("well-formed")))
            .collect()
    }

    /// `POST /tf/recovery-codes`: a fresh set of recovery codes for a proven current factor.
    pub(crate) fn new_recovery_codes(
        &self,
        credentials: &Credentials,
        otp: Option<Secret>,
    ) -> Result<RecoveryCodesResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        if account.mfa_state != MfaState::Enabled {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        let otp = otp
            .filter(|o| !o.expose().trim().is_empty())
            .ok_or_else(|| Error::OtpRefused(OTP_INVALID.into()))?;
        self.check_otp(&account, &otp, true, now)?;
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
        if !self
            .store
            .replace_recovery_codes(account.id, &self.recovery_hashes(&codes))?
        {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        tracing::info!(user = %account.username, "recovery codes replaced");
        self.send_notice(&account, notices::recovery_codes_replaced(), now);
        Ok(RecoveryCodesResponse {
            message: format!(
                "{RECOVERY_CODES} new recovery codes; the earlier ones no longer work."
            ),
            kind: "info".into(),
            recovery_codes: codes,
            issuer: Some(self.issuer.clone()),
        })
    }

    /// `POST /tf/verify`.
    pub(crate) fn verify(
        &self,
        credentials: &Credentials,
        otp: Option<Secret>,
    ) -> Result<MessageResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        if account.mfa_state == MfaState::Disabled {
            return Err(Error::InvalidRequest(
                "MFA is not enabled; start with: vss-cli account set mfa mk METHOD".into(),
            ));
        }
        if account.mfa_state == MfaState::Pending {
            self.check_may_enrol(&account)?;
        }
        let otp = otp
            .filter(|o| !o.expose().trim().is_empty())
            .ok_or_else(|| Error::InvalidParameter("otp is required".into()))?;
        if let Some(pending) = &account.pending {
            return self.finish_replacement(&account, pending.method, &otp, now);
        }
        self.check_otp(&account, &otp, false, now)?;
        if account.mfa_state == MfaState::Enabled {
            return Ok(MessageResponse::info("Code verified"));
        }
        if !self.store.mark_enabled(account.id, now)? {
            // Restarted or disabled meanwhile.
            return Err(Error::OtpRefused(OTP_INVALID.into()));
        }
        let method = account.mfa_method.map_or("?", Method::as_str);
        tracing::info!(user = %account.username, method, "MFA enabled");
        self.send_notice(&account, notices::mfa_enabled(method), now);
        Ok(MessageResponse::info(format!(
            "MFA has been enabled ({method})"
        )))
    }

    /// `POST /tf/verify` during a replacement, made at `at`: a code of the new factor swaps
    /// it in.
    pub(super) fn finish_replacement(
        &self,
        account: &Account,
        method: Method,
        otp: &Secret,
        at: DateTime<Utc>,
    ) -> Result<MessageResponse, Error> {
        let subject = account.id.to_string();
        self.check_not_locked(Throttle::Factor, &subject, at)?;
        let now = at.timestamp();
        let pending = account.pending.as_ref().expect("a pending replacement");
        let (ok, step) = match method {
            Method::Authenticator => {
                // A new secret: its codes have never been used, so any step may be taken.
                let step =
                    self.totp_step(account, pending.totp_secret.as_deref(), otp.expose(), now);
                (step.is_some(), step)
            }
            Method::Email | Method::Sms => (
                self.take_sent_code(account, Factor::Replacement, otp.expose(), now)?,
                None,
            ),
        };
        if !ok {
            if method != Method::Authenticator {
                self.store
                    .sent_code_failed(account.id, Factor::Replacement, MAX_CODE_FAILURES)?;
            }
            tracing::info!(user = %account.username, "code refused");
            self.attempt_failed(Throttle::Factor, &subject, Some(account), at)?;
            return Err(Error::OtpRefused(OTP_INVALID.into()));
        }
        self.attempt_succeeded(Throttle::Factor, &subject)?;
        let now = at;
        if !self.store.finish_replacement(account.id, step, now)? {
            // Started over or disabled meanwhile.
            return Err(Error::OtpRefused(OTP_INVALID.into()));
        }
        let old = account.mfa_method.map_or("?", Method::as_str);
        tracing::info!(user = %account.username, %method, "MFA moved to a new factor");
        self.send_notice(account, notices::mfa_moved(old, method), now);
        Ok(MessageResponse::info(format!("MFA moved to {method}")))
    }

    /// `POST /tf/disable`: e-mails a confirmation token.
    pub(crate) fn request_disable(
        &self,
        credentials: &Credentials,
    ) -> Result<MessageResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        if account.mfa_state == MfaState::Disabled {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        self.check_may_disable(&account)?;
        // One token at a time: while one is outstanding, say so instead of sending another.
        if let Some(outstanding) = self.store.confirmation(account.id)? {
            if outstanding.expires_at > now.timestamp() {
                let until = rfc3339(DateTime::<Utc>::from_timestamp(outstanding.expires_at, 0))
                    .unwrap_or_default();
                tracing::info!(user = %account.username, "confirmation e-mail not sent again");
                return Ok(MessageResponse {
                    message: format!(
                        "A confirmation token was already e-mailed to {} and works until \
                         {until}; use it (no new e-mail was sent). If it is lost, ask again \
                         after then.",
                        mask_email(&account.email)
                    ),
                    kind: "warning".into(),
                });
            }
        }
        if let Some(retry_at) = self.store.record_send(
            account.id,
            SendKind::Confirmation,
            SEND_RULE,
            now.timestamp(),
        )? {
            tracing::info!(user = %account.username, "confirmation e-mail refused: too soon");
            return Err(Error::TooMany {
                kind: ErrorKind::TooManyRequests,
                message: format!(
                    "Confirmation e-mails are sent at most once every {CODE_SEND_GAP_SECS} \
                     seconds and {CODE_SENDS_PER_HOUR} times an hour; {}",
                    retry_text(retry_at, now.timestamp())
                ),
                retry_after_secs: (retry_at - now.timestamp()).max(1) as u64,
            });
        }
        let token = Secret::new(random_base32(20));
        self.store.put_confirmation(
            account.id,
            &StoredSecret {
                hash: self.keys.hash_secret("confirmation", token.expose()),
                expires_at: now.timestamp() + CONFIRMATION_SECS,
            },
        )?;
        let notice = notices::confirm_disable(token.expose());
        self.courier.send_email(&notice.to(&account.email), now)?;
        Ok(MessageResponse::info("Confirmation email sent."))
    }

    /// `POST /tf/disable/{token}`.
    pub(crate) fn confirm_disable(
        &self,
        credentials: &Credentials,
        token: &Secret,
    ) -> Result<MessageResponse, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        if account.mfa_state != MfaState::Disabled {
            self.check_may_disable(&account)?;
        }
        let refused = || Error::ConfirmationRefused;
        let stored = self.store.confirmation(account.id)?.ok_or_else(refused)?;
        if stored.expires_at <= now.timestamp() {
            self.store.delete_confirmation(account.id)?;
            return Err(refused());
        }
        let typed = token.expose().trim().to_uppercase();
        let hash = self.keys.hash_secret("confirmation", &typed);
        if !constant_time_eq(hash.as_bytes(), stored.hash.as_bytes())
            || !self.store.confirm_disable(account.id, &stored.hash, now)?
        {
            return Err(refused());
        }
        tracing::info!(user = %account.username, "MFA disabled");
        self.send_notice(&account, notices::mfa_disabled(), now);
        Ok(MessageResponse::info("TOTP has been disabled"))
    }

    /// Whether MFA is required of `account` now, and by whom.
    pub(crate) fn requirement(&self, account: &Account) -> Result<Requirement, Error> {
        let global = self.store.totp_mandatory()?;
        let domain = self.store.domain_policy(&account.domain)?;
        Ok(policy::requirement(
            account,
            global,
            &domain,
            self.clock.now(),
        ))
    }

    /// Refuses enrolling (or finishing an enrolment) where the domain has no MFA, and where an
    /// administrator took the switch away from an account that is not required to enrol.
    /// Policy never stops an `admin` account from enrolling: administrators must use MFA to
    /// administer, and a domain-admin's policy for the domain must not lock one out.
    pub(super) fn check_may_enrol(&self, account: &Account) -> Result<(), Error> {
        if account.role == crate::account::Role::Admin {
            return Ok(());
        }
        let domain = self.store.domain_policy(&account.domain)?;
        if domain.totp == DomainTotp::Unavailable {
            return Err(Error::Forbidden(format!(
                "Two-Factor Authentication not available for domain {}",
                account.domain
            )));
        }
        let new_enrolment = account.mfa_state != MfaState::Enabled;
        if new_enrolment && !account.can_toggle_mfa && !self.requirement(account)?.applies() {
            return Err(Error::Forbidden(format!(
                "An administrator does not let this account turn MFA on or off; \
                 ask an administrator of domain {} to do it",
                account.domain
            )));
        }
        Ok(())
    }

    /// Refuses turning MFA off without the switch, or where it is required.
    pub(super) fn check_may_disable(&self, account: &Account) -> Result<(), Error> {
        if !account.can_toggle_mfa {
            return Err(Error::Forbidden(format!(
                "An administrator does not let this account turn MFA on or off; \
                 ask an administrator of domain {} to do it",
                account.domain
            )));
        }
        match self.requirement(account)? {
            Requirement::Required(reason) => Err(Error::Forbidden(format!(
                "MFA is required for this account by {reason}; it cannot be turned off"
            ))),
            Requirement::Grace { domain, .. } => Err(Error::Forbidden(format!(
                "MFA is required for this account by domain {domain}; it cannot be turned off"
            ))),
            Requirement::Optional => Ok(()),
        }
    }
}

/// The phone an SMS enrolment sends codes to, in E.164 form; None for other methods.
fn sms_phone(request: &EnableRequest) -> Result<Option<String>, Error> {
    if request.method != Method::Sms {
        return Ok(None);
    }
    let phone = request.phone.as_deref().map(str::trim).unwrap_or("");
    if phone.is_empty() {
        return Err(Error::InvalidParameter("phone is required for SMS".into()));
    }
    let e164 = vss_phone::to_e164(phone).ok_or_else(|| {
        Error::InvalidParameter(format!(
            "phone must be written like {}",
            vss_phone::ACCEPTED_FORMS
        ))
    })?;
    Ok(Some(e164))
}
