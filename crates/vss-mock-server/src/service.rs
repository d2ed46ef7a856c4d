//! The rules of the API: logins, enrolment, codes, recovery codes, disabling. Speaks wire
//! types and [`Error`]; leaves HTTP to the routes and SQL to the store.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};

use argon2::password_hash::{rand_core::OsRng as PhOsRng, PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::Rng;

use crate::account::{Account, NewUser};
use crate::clock::Clock;
use crate::courier::{mask_email, mask_phone, Courier};
use crate::error::Error;
use crate::keys::Keys;
use crate::notices::{self, Notice};
use crate::policy::{self, Requirement};
use crate::store::{
    AccountRow, Enrolment, Factor, LockRule, Replacement, SendRule, Store, StoredSecret, Throttle,
};
use vss_wire::{constant_time_eq, Credentials, ErrorKind, Secret};
use vss_wire::{otp, qr};
use vss_wire::{
    CodePurpose, DomainTotp, EnableRequest, EnableResponse, MessageResponse, Method, MfaState,
    RecoveryCodesResponse, TokenClaims, TokenResponse, TotpStatus, UserEnvelope, UserProfile,
};

/// Lifetime of an API token.
pub(crate) const TOKEN_SECS: i64 = 3600;
/// Lifetime of an e-mailed or texted code.
pub(crate) const CODE_SECS: i64 = 600;
/// Lifetime of a disable confirmation token.
pub(crate) const CONFIRMATION_SECS: i64 = 900;
/// Recovery codes per enrolment.
pub(crate) const RECOVERY_CODES: usize = 10;
/// Wrong guesses after which a sent code is thrown away.
pub(crate) const MAX_CODE_FAILURES: u32 = 5;
/// Failed attempts in a row (second factor, or password) after which further attempts are
/// refused for a while, whatever they send.
pub(crate) const MAX_FAILURES: u32 = 10;
/// How long the first, second, third ... lock lasts; the last length repeats.
pub(crate) const LOCK_SECS: &[i64] = &[60, 5 * 60, 15 * 60, 60 * 60, 4 * 60 * 60, 24 * 60 * 60];
/// Least time between two codes sent to one account.
pub(crate) const CODE_SEND_GAP_SECS: i64 = 30;
/// Most codes sent to one account in an hour.
pub(crate) const CODE_SENDS_PER_HOUR: u32 = 10;
/// Stripes of the per-account lock (accounts share a stripe by hash).
const ACCOUNT_STRIPES: usize = 256;

const LOCK_RULE: LockRule<'static> = LockRule {
    max_failures: MAX_FAILURES,
    lock_secs: LOCK_SECS,
};
const SEND_RULE: SendRule = SendRule {
    min_gap_secs: CODE_SEND_GAP_SECS,
    per_hour: CODE_SENDS_PER_HOUR,
};

/// Why a code was refused, after `InvalidParameterValue: otp`.
const OTP_INVALID: &str = "is invalid or expired";
const NOT_ENABLED: &str = "MFA is not enabled on this account";

pub(crate) struct Service {
    pub(crate) store: Store,
    pub(crate) courier: Courier,
    pub(crate) clock: Clock,
    keys: Keys,
    issuer: String,
    /// Calls on one account run one at a time (read, check, write), so two enrolments,
    /// verifications or disables never interleave.
    account_locks: Box<[Mutex<()>]>,
    /// How many calls do their work (password hashing, SQLite, files) at once; the rest wait.
    pub(crate) workers: std::sync::Arc<tokio::sync::Semaphore>,
    /// Recently verified credentials, so that a burst of Basic-auth calls pays for argon2
    /// once: keyed hash of user name and password → (valid until, the password hash it was
    /// checked against). Never the password itself; a changed password hash no longer matches.
    verified: Mutex<HashMap<String, (i64, String)>>,
}

/// How long verified credentials are remembered.
const VERIFIED_SECS: i64 = 300;
/// At most this many are remembered; past it the memory starts over.
const VERIFIED_MAX: usize = 10_000;

/// What the text of a refusal for too many attempts or sends says.
fn retry_text(until: i64, now: i64) -> String {
    let secs = (until - now).max(1);
    let when = DateTime::<Utc>::from_timestamp(until, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default();
    let wait = if secs < 60 {
        format!("{secs} second{}", if secs == 1 { "" } else { "s" })
    } else {
        let minutes = (secs + 59) / 60;
        format!("{minutes} minute{}", if minutes == 1 { "" } else { "s" })
    };
    format!("try again after {when} (in {wait})")
}

/// Hashes a password with argon2id (the crate's default parameters).
pub fn hash_password(password: &Secret) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut PhOsRng);
    Argon2::default()
        .hash_password(password.expose().as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))
}

fn verify_password(hash: &str, password: &Secret) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.expose().as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// A hash to check passwords of unknown users against, so they cost the same time.
fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let random: String = (0..24)
            .map(|_| rand::thread_rng().gen_range('a'..='z'))
            .collect();
        hash_password(&Secret::new(random)).expect("argon2 hashes any input")
    })
}

/// Adds an account to the store after checking its fields.
pub(crate) fn add_account(store: &Store, user: &NewUser, now: DateTime<Utc>) -> anyhow::Result<()> {
    user.validate().map_err(anyhow::Error::msg)?;
    let hash = hash_password(&user.password)?;
    let row = AccountRow {
        username: &user.username,
        email: &user.email,
        phone: user.phone.as_deref(),
        domain: &user.domain,
        role: user.role,
        password_hash: &hash,
    };
    anyhow::ensure!(
        store.insert_account(&row, now)?,
        "an account named {:?} already exists; choose another name",
        user.username
    );
    Ok(())
}

fn random_base32(bytes: usize) -> String {
    let mut raw = vec![0u8; bytes];
    rand::rngs::OsRng.fill(&mut raw[..]);
    otp::to_base32(&raw)
}

/// A recovery code: 80 random bits as `abcd-efgh-ijkl-mnop`.
fn new_recovery_code() -> String {
    let plain = random_base32(10).to_lowercase();
    let groups: Vec<&str> = (0..4).map(|i| &plain[i * 4..i * 4 + 4]).collect();
    groups.join("-")
}

/// A recovery code as typed: case and dashes ignored. `None` when it cannot be one.
fn normalize_recovery_code(input: &str) -> Option<String> {
    let plain: String = input
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let valid = plain.len() == 16
        && plain
            .bytes()
            .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b));
    valid.then_some(plain)
}

/// What a sealed TOTP secret is bound to: its account.
fn secret_context(account_id: i64) -> String {
    format!("vss-mock-server/totp-secret/account/{account_id}")
}

fn kind_name(kind: Throttle) -> &'static str {
    match kind {
        Throttle::Factor => "second factor",
        Throttle::Password => "password",
    }
}

fn too_many_attempts(until: i64, now: i64) -> Error {
    Error::TooMany {
        kind: ErrorKind::TooManyAttempts,
        message: format!(
            "Too many failed attempts in a row; attempts are refused for a while whatever \
             they send; {}",
            retry_text(until, now)
        ),
        retry_after_secs: (until - now).max(1) as u64,
    }
}

pub(crate) fn rfc3339(t: Option<DateTime<Utc>>) -> Option<String> {
    t.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

impl Service {
    pub(crate) fn new(
        store: Store,
        courier: Courier,
        clock: Clock,
        keys: Keys,
        issuer: String,
    ) -> Self {
        Service {
            store,
            courier,
            clock,
            keys,
            issuer,
            account_locks: (0..ACCOUNT_STRIPES).map(|_| Mutex::new(())).collect(),
            workers: std::sync::Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()) * 2,
            )),
            verified: Mutex::new(HashMap::new()),
        }
    }

    /// Holds the lock of the account named `username` until the guard is dropped.
    pub(crate) fn serialize(&self, username: &str) -> MutexGuard<'_, ()> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        username.hash(&mut hasher);
        let stripe = (hasher.finish() % self.account_locks.len() as u64) as usize;
        // Nothing guarded can be left half-done by a panic (the store rolls back).
        self.account_locks[stripe]
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// The refusal while `subject` is locked, or `Ok` when it is not.
    fn check_not_locked(&self, kind: Throttle, subject: &str) -> Result<(), Error> {
        let now = self.clock.unix();
        match self.store.attempts(kind, subject)?.locked_until {
            Some(until) if until > now => Err(too_many_attempts(until, now)),
            _ => Ok(()),
        }
    }

    /// Counts a failed attempt; a lock that starts with it is e-mailed to `account` and
    /// returned as the refusal.
    fn attempt_failed(
        &self,
        kind: Throttle,
        subject: &str,
        account: Option<&Account>,
    ) -> Result<(), Error> {
        let now = self.clock.unix();
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
                self.clock.now(),
            );
        }
        Err(too_many_attempts(until, now))
    }

    /// Forgets failed attempts after a success (a write only when there were any).
    fn attempt_succeeded(&self, kind: Throttle, subject: &str) -> Result<(), Error> {
        if self.store.attempts(kind, subject)? != Default::default() {
            self.store.clear_attempts(kind, subject)?;
        }
        Ok(())
    }

    /// The server's clock (the `Date` header of every reply comes from it).
    pub(crate) fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Checks Basic credentials; unknown users cost the same argon2 time as known ones, and
    /// are throttled the same way (failures are counted per username given).
    fn authenticate(&self, credentials: &Credentials) -> Result<Account, Error> {
        let name = credentials.username.as_str();
        self.check_not_locked(Throttle::Password, name)?;
        let account = self.store.account(name)?;
        let now = self.clock.unix();
        let remembered = Secret::new(format!("{name}\0{}", credentials.password.expose()));
        let key = self
            .keys
            .hash_secret("verified-credentials", remembered.expose());
        if let Some(a) = &account {
            if self.recently_verified(&key, &a.password_hash, now) {
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
                self.attempt_failed(Throttle::Password, name, other.as_ref())?;
                Err(Error::BadCredentials)
            }
        }
    }

    fn recently_verified(&self, key: &str, password_hash: &str, now: i64) -> bool {
        let verified = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        matches!(verified.get(key), Some((until, hash)) if *until > now && hash == password_hash)
    }

    fn remember_verified(&self, key: String, password_hash: &str, now: i64) {
        let mut verified = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        if verified.len() >= VERIFIED_MAX {
            verified.clear();
        }
        verified.insert(key, (now + VERIFIED_SECS, password_hash.to_owned()));
    }

    /// `POST /auth/request-token`.
    pub(crate) fn request_token(
        &self,
        credentials: &Credentials,
        otp: Option<Secret>,
    ) -> Result<TokenResponse, Error> {
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
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
                self.check_otp(&account, &otp, true)?;
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
        let iat = self.clock.unix();
        let claims = TokenClaims {
            sub: account.username.clone(),
            iat,
            exp: iat + TOKEN_SECS,
            otp: passed_otp,
            gen: account.token_gen,
        };
        let token = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(self.keys.jwt_key()),
        )
        .map_err(|e| anyhow::anyhow!("cannot sign a token: {e}"))?;
        tracing::info!(user = %account.username, otp = passed_otp, "token issued");
        Ok(TokenResponse { token, warning })
    }

    /// `POST /tf/enable`.
    pub(crate) fn enable(
        &self,
        credentials: &Credentials,
        request: &EnableRequest,
    ) -> Result<EnableResponse, Error> {
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
        self.check_may_enrol(&account)?;
        let phone = match request.method {
            Method::Sms => {
                let phone = request.phone.as_deref().map(str::trim).unwrap_or("");
                if phone.is_empty() {
                    return Err(Error::InvalidParameter("phone is required for SMS".into()));
                }
                if !crate::account::is_e164(phone) {
                    return Err(Error::InvalidParameter(
                        "phone must be in E.164 form, like +14165550100".into(),
                    ));
                }
                Some(phone.to_owned())
            }
            _ => None,
        };
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
            self.check_otp(&account, &Secret::new(otp), true)?;
            let replacement = Replacement {
                method: request.method,
                mfa_phone: phone.as_deref(),
                sealed_secret: sealed.as_deref(),
            };
            if !self
                .store
                .start_replacement(account.id, &replacement, self.clock.now())?
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
    fn enrolment_reply(
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
            issuer: self.issuer.clone(),
            recovery_codes,
            key,
            uri,
            image,
        })
    }

    fn recovery_hashes(&self, codes: &[String]) -> Vec<String> {
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
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
        if account.mfa_state != MfaState::Enabled {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        let otp = otp
            .filter(|o| !o.expose().trim().is_empty())
            .ok_or_else(|| Error::OtpRefused(OTP_INVALID.into()))?;
        self.check_otp(&account, &otp, true)?;
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
        if !self
            .store
            .replace_recovery_codes(account.id, &self.recovery_hashes(&codes))?
        {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        tracing::info!(user = %account.username, "recovery codes replaced");
        self.send_notice(
            &account,
            notices::recovery_codes_replaced(),
            self.clock.now(),
        );
        Ok(RecoveryCodesResponse {
            message: format!(
                "{RECOVERY_CODES} new recovery codes; the earlier ones no longer work."
            ),
            kind: "info".into(),
            recovery_codes: codes,
            issuer: Some(self.issuer.clone()),
        })
    }

    /// `POST /tf/request-token`: e-mails or texts a fresh code for the active factor (the
    /// pending enrolment if none is active yet), or with [`CodePurpose::Verify`] for the
    /// factor that `POST /tf/verify` checks (a pending replacement first).
    pub(crate) fn send_code(
        &self,
        credentials: &Credentials,
        purpose: CodePurpose,
    ) -> Result<MessageResponse, Error> {
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
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
        let now = self.clock.now();
        if let Some(retry_at) =
            self.store
                .record_code_send(account.id, SEND_RULE, now.timestamp())?
        {
            tracing::info!(user = %account.username, "code send refused: too soon");
            return Err(Error::TooMany {
                kind: ErrorKind::TooManyRequests,
                message: format!(
                    "Codes are sent at most once every {CODE_SEND_GAP_SECS} seconds and \
                     {CODE_SENDS_PER_HOUR} times an hour; the last one still works; {}",
                    retry_text(retry_at, now.timestamp())
                ),
                retry_after_secs: (retry_at - now.timestamp()).max(1) as u64,
            });
        }
        let code = Secret::new(format!(
            "{:06}",
            rand::rngs::OsRng.gen_range(0..1_000_000u32)
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

    /// `POST /tf/verify`.
    pub(crate) fn verify(
        &self,
        credentials: &Credentials,
        otp: Option<Secret>,
    ) -> Result<MessageResponse, Error> {
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
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
            return self.finish_replacement(&account, pending.method, &otp);
        }
        self.check_otp(&account, &otp, false)?;
        if account.mfa_state == MfaState::Enabled {
            return Ok(MessageResponse::info("Code verified"));
        }
        let now = self.clock.now();
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

    /// `POST /tf/verify` during a replacement: a code of the new factor swaps it in.
    fn finish_replacement(
        &self,
        account: &Account,
        method: Method,
        otp: &Secret,
    ) -> Result<MessageResponse, Error> {
        let subject = account.id.to_string();
        self.check_not_locked(Throttle::Factor, &subject)?;
        let now = self.clock.unix();
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
            self.attempt_failed(Throttle::Factor, &subject, Some(account))?;
            return Err(Error::OtpRefused(OTP_INVALID.into()));
        }
        self.attempt_succeeded(Throttle::Factor, &subject)?;
        let now = self.clock.now();
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
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
        if account.mfa_state == MfaState::Disabled {
            return Err(Error::InvalidRequest(NOT_ENABLED.into()));
        }
        self.check_may_disable(&account)?;
        let token = Secret::new(random_base32(20));
        let now = self.clock.now();
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
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials)?;
        if account.mfa_state != MfaState::Disabled {
            self.check_may_disable(&account)?;
        }
        let refused = || Error::ConfirmationRefused;
        let stored = self.store.confirmation(account.id)?.ok_or_else(refused)?;
        let now = self.clock.now();
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

    /// The account of a Bearer call: the token must be valid, and an account that must use
    /// MFA must have enrolled (`TotpEnforcement` otherwise).
    pub(crate) fn bearer_account(&self, bearer: &str) -> Result<Account, Error> {
        let account = self.check_token(bearer)?;
        if account.mfa_state != MfaState::Enabled && self.requirement(&account)?.is_required() {
            return Err(Error::TotpEnforcement);
        }
        Ok(account)
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
    fn check_may_enrol(&self, account: &Account) -> Result<(), Error> {
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
    fn check_may_disable(&self, account: &Account) -> Result<(), Error> {
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

    /// The account of a valid, unexpired, unrevoked API token.
    fn check_token(&self, bearer: &str) -> Result<Account, Error> {
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
        if claims.exp <= self.clock.unix() {
            return Err(Error::BadToken);
        }
        match self.store.account(&claims.sub)? {
            Some(a) if a.token_gen == claims.gen => Ok(a),
            _ => Err(Error::BadToken),
        }
    }

    /// Checks a code against the account's method (and, at login, its recovery codes). A TOTP
    /// code is accepted once: never again, nor any code of the same or an earlier time step
    /// (RFC 6238 §5.2). Failures are counted; after [`MAX_FAILURES`] in a row every code is
    /// refused for a while.
    fn check_otp(
        &self,
        account: &Account,
        otp: &Secret,
        allow_recovery: bool,
    ) -> Result<(), Error> {
        let subject = account.id.to_string();
        self.check_not_locked(Throttle::Factor, &subject)?;
        let now = self.clock.unix();
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
        if ok || (allow_recovery && self.take_recovery_code(account, otp.expose())?) {
            self.attempt_succeeded(Throttle::Factor, &subject)?;
            return Ok(());
        }
        if matches!(account.mfa_method, Some(Method::Email | Method::Sms)) {
            self.store
                .sent_code_failed(account.id, Factor::Active, MAX_CODE_FAILURES)?;
        }
        tracing::info!(user = %account.username, "code refused");
        self.attempt_failed(Throttle::Factor, &subject, Some(account))?;
        Err(Error::OtpRefused(OTP_INVALID.into()))
    }

    /// The time step whose TOTP of the sealed `secret` is `code`, looking at now and one
    /// step either side (the latest step when several match); `None` when none does.
    fn totp_step(
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

    fn sent_code_hash(&self, account_id: i64, factor: Factor, code: &str) -> String {
        let label = match factor {
            Factor::Active => "sent-code",
            Factor::Replacement => "sent-code/replacement",
        };
        self.keys
            .hash_secret(label, &format!("{account_id}:{code}"))
    }

    fn recovery_hash(&self, normalized: &str) -> String {
        self.keys.hash_secret("recovery-code", normalized)
    }

    /// Uses up the account's sent code if `input` is it and it has not expired.
    fn take_sent_code(
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

    /// Uses up a recovery code if `input` is one of the account's unused ones.
    fn take_recovery_code(&self, account: &Account, input: &str) -> anyhow::Result<bool> {
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
            Some(id) if self.store.use_recovery_code(id, self.clock.now())? => {
                tracing::info!(user = %account.username, "recovery code used");
                let left = account.recovery_codes_left.saturating_sub(1);
                self.send_notice(account, notices::recovery_code_used(left), self.clock.now());
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// E-mails a notice; a failure is logged, not returned, since the change itself is done.
    pub(crate) fn send_notice(&self, account: &Account, notice: Notice, now: DateTime<Utc>) {
        if let Err(e) = self.courier.send_email(&notice.to(&account.email), now) {
            tracing::warn!(
                "cannot send a notice to {}: {e:#}",
                mask_email(&account.email)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_have_80_bits_in_four_groups() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 19, "{code}");
        assert_eq!(code.matches('-').count(), 3);
        let plain = normalize_recovery_code(&code).unwrap();
        assert_eq!(plain.len(), 16);
        assert_eq!(
            normalize_recovery_code(&code.to_uppercase().replace('-', "")),
            Some(plain)
        );
        assert_eq!(normalize_recovery_code("123456"), None);
        assert_ne!(new_recovery_code(), code);
    }

    fn service_with(dir: &std::path::Path, clock: Clock) -> Service {
        let db = dir.join("vss.db");
        let store = Store::open(&db).unwrap();
        let user = NewUser {
            username: "jm".into(),
            email: "jm@example.com".into(),
            phone: None,
            domain: "default".into(),
            role: crate::Role::User,
            password: Secret::new("pw"),
        };
        add_account(&store, &user, Utc::now()).unwrap();
        let courier = Courier::new(&dir.join("outbox")).unwrap();
        let keys = Keys::load_or_create(&db).unwrap();
        Service::new(store, courier, clock, keys, "VSS".into())
    }

    #[test]
    fn remembered_credentials_never_admit_a_wrong_password() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let s = service_with(dir.path(), clock.clone());
        assert!(s.authenticate(&jm()).is_ok());
        assert!(s.authenticate(&jm()).is_ok(), "remembered");
        let wrong = Credentials {
            username: "jm".into(),
            password: Secret::new("pw2"),
        };
        assert!(matches!(s.authenticate(&wrong), Err(Error::BadCredentials)));
        // Forgotten after a while, then checked again with argon2.
        clock.advance(VERIFIED_SECS + 1);
        assert!(s.authenticate(&jm()).is_ok());
        // A lock wins over a remembered password.
        for _ in 0..10 {
            let _ = s.authenticate(&wrong);
        }
        assert!(s.authenticate(&jm()).is_err(), "locked, remembered or not");
    }

    fn jm() -> Credentials {
        Credentials {
            username: "jm".into(),
            password: Secret::new("pw"),
        }
    }

    #[test]
    fn required_mfa_blocks_login_until_enrolled() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let service = service_with(dir.path(), clock.clone());
        let id = service.store.account("jm").unwrap().unwrap().id;
        service.store.set_require_mfa(id, true).unwrap();
        let err = service.request_token(&jm(), None).unwrap_err();
        assert!(matches!(err, Error::TotpEnforcement));
        assert_eq!(
            err.to_string(),
            "TotpEnforcement: Must enable TOTP before you can use this account"
        );
        let request = EnableRequest {
            method: Method::Authenticator,
            phone: None,
            otp: None,
        };
        let reply = service.enable(&jm(), &request).unwrap();
        let secret = otp::from_base32(&reply.key.unwrap()).unwrap();
        // Still refused while pending.
        assert!(matches!(
            service.request_token(&jm(), None),
            Err(Error::TotpEnforcement)
        ));
        let code = || Secret::new(otp::code_at(&secret, clock.unix() as u64).unwrap());
        service.verify(&jm(), Some(code())).unwrap();
        // The same code (or time step) never works twice.
        assert!(matches!(
            service.request_token(&jm(), Some(code())),
            Err(Error::OtpRefused(_))
        ));
        clock.advance(30);
        assert!(service.request_token(&jm(), Some(code())).is_ok());
    }

    #[test]
    fn tokens_are_refused_once_expired_or_revoked() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let service = service_with(dir.path(), clock.clone());
        let token = service.request_token(&jm(), None).unwrap().token;
        assert_eq!(service.profile(&token).unwrap().data.username, "jm");
        let id = service.store.account("jm").unwrap().unwrap().id;
        service.store.bump_token_gen(id).unwrap();
        assert!(matches!(service.profile(&token), Err(Error::BadToken)));
        let token = service.request_token(&jm(), None).unwrap().token;
        assert!(service.profile(&token).is_ok());
        clock.advance(TOKEN_SECS);
        let err = service.profile(&token).unwrap_err();
        assert!(matches!(err, Error::BadToken));
        assert_eq!(err.to_string(), "Invalid or expired token");
    }

    #[test]
    fn passwords_hash_and_verify() {
        let hash = hash_password(&Secret::new("pw")).unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&hash, &Secret::new("pw")));
        assert!(!verify_password(&hash, &Secret::new("pw2")));
        assert!(!verify_password("garbage", &Secret::new("pw")));
    }
}
