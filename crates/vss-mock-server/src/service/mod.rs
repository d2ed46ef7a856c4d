//! The rules of the API: logins, enrolment, codes, recovery codes, disabling. Speaks wire
//! types and [`Error`]; leaves HTTP to the routes and SQL to the store.

mod admin;
mod auth;
mod codes;
mod factors;
pub(crate) mod notices;
mod tokens;
mod vpn;

pub(crate) use vpn::Opened;

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};

use argon2::password_hash::{rand_core::OsRng as PhOsRng, PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngExt;

use crate::account::{Account, NewUser};
use crate::clock::Clock;
use crate::courier::{mask_email, mask_phone, Courier};
use crate::error::Error;
use crate::keys::Keys;
use crate::policy::{self, Requirement};
use crate::store::{
    AccountRow, Enrolment, Factor, LockRule, Replacement, SendKind, SendRule, Store, StoredSecret,
    Throttle,
};
use notices::Notice;
use vss_qr as qr;
use vss_redacted::{constant_time_eq, Secret};
use vss_totp as otp;
use vss_wire::{
    CodePurpose, DomainTotp, EnableRequest, EnableResponse, MessageResponse, Method, MfaState,
    RecoveryCodesResponse, TokenClaims, TokenResponse, TotpStatus, UserEnvelope, UserProfile,
};
use vss_wire::{Credentials, ErrorKind};

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
/// A run of failures (and its lock) is forgotten this long after its last failure and the end
/// of its lock, whatever it was counted against...
pub(crate) const THROTTLE_QUIET_SECS: i64 = 24 * 60 * 60;
/// ... and passwords given for user names that are no account, this long.
pub(crate) const UNKNOWN_THROTTLE_QUIET_SECS: i64 = 60 * 60;
/// Least time between two prunings of quiet failure counters.
const PRUNE_EVERY_SECS: i64 = 60;
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
    /// When quiet failure counters were last pruned (unix time).
    pruned_at: std::sync::atomic::AtomicI64,
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
            .map(|_| rand::rng().random_range('a'..='z'))
            .collect();
        hash_password(&Secret::new(random)).expect("argon2 hashes any input")
    })
}

/// Adds an account to the store after checking its fields.
pub(crate) fn add_account(store: &Store, user: &NewUser, now: DateTime<Utc>) -> anyhow::Result<()> {
    user.validate().map_err(anyhow::Error::msg)?;
    let hash = hash_password(&user.password)?;
    // Stored in E.164, however it was written.
    let phone = user.phone.as_deref().and_then(vss_phone::to_e164);
    let row = AccountRow {
        username: &user.username,
        email: &user.email,
        phone: phone.as_deref(),
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
    rand::rand_core::UnwrapErr(rand::rngs::SysRng).fill(&mut raw[..]);
    otp::to_base32(&raw)
}

/// A recovery code: 80 random bits as `abcd-efgh-ijkl-mnop`.
fn new_recovery_code() -> String {
    let plain = random_base32(10).to_lowercase();
    let groups: Vec<&str> = (0..4).map(|i| &plain[i * 4..i * 4 + 4]).collect();
    groups.join("-")
}

/// A recovery code as typed, in the normal form its hash is of: case, dashes and whitespace
/// ignored. `None` when it cannot be one.
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
            pruned_at: std::sync::atomic::AtomicI64::new(0),
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

    /// The server's clock (the `Date` header of every reply comes from it).
    pub(crate) fn clock(&self) -> &Clock {
        &self.clock
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
        let now = || clock.now();
        assert!(s.authenticate(&jm(), now()).is_ok());
        assert!(s.authenticate(&jm(), now()).is_ok(), "remembered");
        let wrong = Credentials {
            username: "jm".into(),
            password: Secret::new("pw2"),
        };
        assert!(matches!(
            s.authenticate(&wrong, now()),
            Err(Error::BadCredentials)
        ));
        // Forgotten after a while, then checked again with argon2.
        clock.advance(VERIFIED_SECS + 1);
        assert!(s.authenticate(&jm(), now()).is_ok());
        // A lock wins over a remembered password.
        for _ in 0..10 {
            let _ = s.authenticate(&wrong, now());
        }
        assert!(
            s.authenticate(&jm(), now()).is_err(),
            "locked, remembered or not"
        );
    }

    /// The code of the last e-mail in the outbox under `dir`.
    fn mailed_code(dir: &std::path::Path) -> Secret {
        let mut mails: Vec<_> = std::fs::read_dir(dir.join("outbox/mail"))
            .unwrap()
            .map(|m| m.unwrap().path())
            .collect();
        mails.sort();
        let mail = std::fs::read_to_string(mails.last().unwrap()).unwrap();
        let code = mail
            .split("Your verification code is: ")
            .nth(1)
            .unwrap()
            .chars()
            .take(6)
            .collect::<String>();
        Secret::new(code)
    }

    /// A code is judged at the time of its request, however many times the call reads the
    /// clock: a clock that moves on a second each time it is read stands for a call that
    /// takes time between its reads.
    #[test]
    fn a_code_is_judged_at_the_time_of_its_request() {
        // An authenticator's code, at the last second a login takes it (one step on).
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        clock.stop();
        let service = service_with(dir.path(), clock.clone());
        let request = EnableRequest {
            method: Method::Authenticator,
            phone: None,
            otp: None,
        };
        let key = service.enable(&jm(), &request).unwrap().key.unwrap();
        let secret = otp::from_base32(&key).unwrap();
        let code_at = |t: i64| Secret::new(otp::code_at(&secret, t as u64).unwrap());
        service.verify(&jm(), Some(code_at(clock.unix()))).unwrap();
        let step = clock.unix() / otp::STEP as i64 + 1;
        clock.advance((step + 2) * otp::STEP as i64 - 1 - clock.unix());
        clock.tick_on_each_read(1);
        let login = service.request_token(&jm(), Some(code_at(step * otp::STEP as i64)), None);
        clock.tick_on_each_read(0);
        assert!(login.is_ok(), "{:?}", login.err());

        // An e-mailed code, in the last second of its life.
        let dir = tempfile::tempdir().unwrap();
        let service = service_with(dir.path(), clock.clone());
        let request = EnableRequest {
            method: Method::Email,
            phone: None,
            otp: None,
        };
        service.enable(&jm(), &request).unwrap();
        let sent_at = clock.unix();
        service.send_code(&jm(), CodePurpose::Verify).unwrap();
        let code = mailed_code(dir.path());
        clock.advance(sent_at + CODE_SECS - 1 - clock.unix());
        clock.tick_on_each_read(1);
        let verified = service.verify(&jm(), Some(code));
        clock.tick_on_each_read(0);
        assert!(verified.is_ok(), "{:?}", verified.err());
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
        let err = service.request_token(&jm(), None, None).unwrap_err();
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
            service.request_token(&jm(), None, None),
            Err(Error::TotpEnforcement)
        ));
        let code = || Secret::new(otp::code_at(&secret, clock.unix() as u64).unwrap());
        service.verify(&jm(), Some(code())).unwrap();
        // The same code (or time step) never works twice.
        assert!(matches!(
            service.request_token(&jm(), Some(code()), None),
            Err(Error::OtpRefused(_))
        ));
        clock.advance(30);
        assert!(service.request_token(&jm(), Some(code()), None).is_ok());
    }

    #[test]
    fn tokens_are_refused_once_expired_or_revoked() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let service = service_with(dir.path(), clock.clone());
        let token = service.request_token(&jm(), None, None).unwrap().token;
        assert_eq!(service.profile(&token).unwrap().data.username, "jm");
        let id = service.store.account("jm").unwrap().unwrap().id;
        service.store.bump_token_gen(id).unwrap();
        assert!(matches!(service.profile(&token), Err(Error::BadToken)));
        let token = service.request_token(&jm(), None, None).unwrap().token;
        assert!(service.profile(&token).is_ok());
        clock.advance(TOKEN_SECS);
        let err = service.profile(&token).unwrap_err();
        assert!(matches!(err, Error::BadToken));
        assert_eq!(err.to_string(), "Invalid or expired token");
    }

    #[test]
    fn an_account_with_mfa_accepts_only_tokens_that_passed_it() {
        // A token of the current generation without the `otp` claim, as an earlier version
        // (which did not revoke tokens at enrolment) could have issued before MFA was enabled.
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let service = service_with(dir.path(), clock.clone());
        let request = EnableRequest {
            method: Method::Authenticator,
            phone: None,
            otp: None,
        };
        let reply = service.enable(&jm(), &request).unwrap();
        let secret = otp::from_base32(&reply.key.unwrap()).unwrap();
        let code = Secret::new(otp::code_at(&secret, clock.unix() as u64).unwrap());
        service.verify(&jm(), Some(code)).unwrap();
        let account = service.store.account("jm").unwrap().unwrap();
        let sign = |otp: bool| {
            service
                .issue_token(&account, otp, None, clock.now())
                .unwrap()
        };
        assert!(matches!(
            service.profile(&sign(false)),
            Err(Error::BadToken)
        ));
        assert!(service.profile(&sign(true)).is_ok());
    }

    #[test]
    fn a_token_works_only_as_issued_and_while_its_row_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let service = service_with(dir.path(), clock.clone());
        let ip = "::ffff:192.0.2.7".parse().ok();
        let token = service.request_token(&jm(), None, ip).unwrap().token;
        let account = service.store.account("jm").unwrap().unwrap();
        // Signed by the server but naming another row, or no row: refused.
        let forge = |jti: Option<&str>| {
            let claims = TokenClaims {
                sub: "jm".into(),
                // Not the second the real one was issued in, so not the same token.
                iat: clock.unix() - 1,
                exp: clock.unix() + TOKEN_SECS,
                otp: false,
                gen: account.token_gen,
                jti: jti.map(str::to_owned),
            };
            jsonwebtoken::encode(
                &Header::new(Algorithm::HS256),
                &claims,
                &EncodingKey::from_secret(service.keys.jwt_key()),
            )
            .unwrap()
        };
        let id: i64 = token_claims(&token).jti.unwrap().parse().unwrap();
        for jti in [None, Some("x"), Some("0"), Some(&*id.to_string())] {
            assert!(
                matches!(service.profile(&forge(jti)), Err(Error::BadToken)),
                "{jti:?}"
            );
        }
        let row = service
            .store
            .token(account.id, id, clock.unix())
            .unwrap()
            .unwrap();
        assert_eq!(row.ip_address.as_deref(), Some("192.0.2.7"));
        assert_eq!(row.last_access, None);
        // Used: its last access is written, then at most once a minute.
        assert!(service.profile(&token).is_ok());
        let first = service
            .store
            .token(account.id, id, clock.unix())
            .unwrap()
            .unwrap();
        assert!(first.last_access.is_some());
        clock.advance(auth::LAST_ACCESS_SECS - 1);
        assert!(service.profile(&token).is_ok());
        let row = service
            .store
            .token(account.id, id, clock.unix())
            .unwrap()
            .unwrap();
        assert_eq!(row.last_access, first.last_access);
        clock.advance(1);
        assert!(service.profile(&token).is_ok());
        let row = service
            .store
            .token(account.id, id, clock.unix())
            .unwrap()
            .unwrap();
        assert!(row.last_access > first.last_access);
        service.revoke_token(&token).unwrap();
        assert!(matches!(service.profile(&token), Err(Error::BadToken)));
    }

    fn token_claims(token: &str) -> TokenClaims {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.insecure_disable_signature_validation();
        jsonwebtoken::decode::<TokenClaims>(token, &DecodingKey::from_secret(b""), &validation)
            .unwrap()
            .claims
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
