//! Accounts: roles, the fields a new account needs, and the checks on them.

use chrono::{DateTime, Utc};
use vss_wire::Secret;
use vss_wire::{Method, MfaState};

/// What an account may administer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Role {
    /// Its own account only.
    User,
    /// Accounts of its own domain.
    DomainAdmin,
    /// Every account.
    Admin,
}

impl Role {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::DomainAdmin => "domain-admin",
            Role::Admin => "admin",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Role> {
        [Role::User, Role::DomainAdmin, Role::Admin]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A new account, as `vss-mock-server user add` takes it.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub email: String,
    pub phone: Option<String>,
    pub domain: String,
    pub role: Role,
    pub password: Secret,
}

impl NewUser {
    /// Checks every field; the error says which one is wrong and why.
    pub(crate) fn validate(&self) -> Result<(), String> {
        check_username(&self.username)?;
        if !looks_like_email(&self.email) {
            return Err(format!(
                "the e-mail address {:?} is not valid (expected NAME@DOMAIN)",
                self.email
            ));
        }
        if let Some(phone) = &self.phone {
            if !is_e164(phone) {
                return Err(format!(
                    "the phone number {phone:?} is not in E.164 form, like +14165550100"
                ));
            }
        }
        if self.domain.is_empty() || self.domain.chars().any(|c| c.is_whitespace()) {
            return Err("the domain must be a non-empty word without spaces".into());
        }
        if self.password.is_empty() {
            return Err("the password is empty; give a non-empty password on stdin".into());
        }
        Ok(())
    }
}

/// Usernames travel in HTTP Basic credentials, so no ':' and no whitespace.
pub(crate) fn check_username(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("the username is empty".into());
    }
    if name.len() > 64 {
        return Err("the username is longer than 64 characters".into());
    }
    if name.contains(':') || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "the username {name:?} may not contain ':', spaces or control characters"
        ));
    }
    Ok(())
}

fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
        }
        None => false,
    }
}

/// `+`, then 8 to 15 digits, the first not 0.
pub(crate) fn is_e164(phone: &str) -> bool {
    let Some(digits) = phone.strip_prefix('+') else {
        return false;
    };
    (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// An account as stored.
#[derive(Clone)]
pub struct Account {
    pub(crate) id: i64,
    pub(crate) username: String,
    pub(crate) email: String,
    pub(crate) phone: Option<String>,
    pub(crate) domain: String,
    pub(crate) role: Role,
    pub(crate) password_hash: String,
    pub mfa_state: MfaState,
    pub(crate) mfa_method: Option<Method>,
    /// The phone enrolled for SMS codes.
    pub(crate) mfa_phone: Option<String>,
    /// The sealed TOTP key (AUTHENTICATOR only); see `Keys::seal`.
    pub totp_secret: Option<Vec<u8>>,
    pub enabled_on: Option<DateTime<Utc>>,
    pub(crate) disabled_on: Option<DateTime<Utc>>,
    /// An administrator requires this account to use MFA.
    pub(crate) require_mfa: bool,
    /// Token generation; tokens of an older generation are refused.
    pub(crate) token_gen: i64,
    pub recovery_codes_left: u32,
    /// The new factor of a pending replacement (MFA enabled, moving to a new method or phone).
    pub(crate) pending: Option<PendingFactor>,
    /// The account may turn its own MFA on and off (an administrator's switch).
    pub(crate) can_toggle_mfa: bool,
}

/// A factor waiting to be verified before it replaces the active one.
#[derive(Clone)]
pub(crate) struct PendingFactor {
    pub(crate) method: Method,
    pub(crate) mfa_phone: Option<String>,
    /// Sealed TOTP key (AUTHENTICATOR only).
    pub(crate) totp_secret: Option<Vec<u8>>,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("domain", &self.domain)
            .field("role", &self.role)
            .field("mfa_state", &self.mfa_state)
            .field("mfa_method", &self.mfa_method)
            .field("pending_method", &self.pending.as_ref().map(|p| p.method))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164() {
        assert!(is_e164("+14165550100"));
        assert!(is_e164("+12345678"));
        assert!(!is_e164("+1234567"));
        assert!(!is_e164("+1234567890123456"));
        assert!(!is_e164("14165550100"));
        assert!(!is_e164("+04165550100"));
        assert!(!is_e164("+1416555010a"));
    }

    #[test]
    fn usernames() {
        assert!(check_username("jm").is_ok());
        assert!(check_username("a:b").is_err());
        assert!(check_username("a b").is_err());
        assert!(check_username("").is_err());
    }

    #[test]
    fn roles_round_trip() {
        for r in [Role::User, Role::DomainAdmin, Role::Admin] {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
    }
}
