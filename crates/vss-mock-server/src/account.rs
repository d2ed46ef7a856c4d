//! Accounts: roles, the fields a new account needs, and the checks on them.

use chrono::{DateTime, Utc};
use vss_redacted::Secret;
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
                "the e-mail address {:?} is not valid (expected NAME@DOMAIN, without spaces, \
                 control or other non-printing characters)",
                self.email
            ));
        }
        if let Some(phone) = &self.phone {
            if vss_phone::to_e164(phone).is_none() {
                return Err(format!(
                    "the phone number {phone:?} is not valid: write it like {}",
                    vss_phone::ACCEPTED_FORMS
                ));
            }
        }
        check_domain(&self.domain)?;
        if self.password.is_empty() {
            return Err("the password is empty; give a non-empty password on stdin".into());
        }
        Ok(())
    }
}

/// Whether `s` holds a character a terminal would not show as itself: a control character
/// (C0, DEL, C1: escape sequences start with them), a format character (bidirectional
/// overrides, zero-width characters), a private-use or unassigned one, or a line or
/// paragraph separator.
pub(crate) fn has_non_printing(s: &str) -> bool {
    static NON_PRINTING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]").expect("a valid expression")
    });
    NON_PRINTING.is_match(s)
}

/// User names and domains are path segments of the API (`/v2/admin/users/{name}`), so they
/// must name themselves in a URL: not `.` or `..` (which URLs take as "here" and "the parent
/// folder", encoded or not), and none of `/ \ % ? #`; nor whitespace or non-printing
/// characters, which would reach terminals and e-mails; at most 64 characters.
fn check_segment(what: &str, name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!("the {what} is empty"));
    }
    if name.chars().count() > 64 {
        return Err(format!("the {what} is longer than 64 characters"));
    }
    if name == "." || name == ".." {
        return Err(format!(
            "the {what} {name:?} cannot be used: \".\" and \"..\" are not names in a URL"
        ));
    }
    if name
        .chars()
        .any(|c| c.is_whitespace() || "/\\%?#".contains(c))
        || has_non_printing(name)
    {
        return Err(format!(
            "the {what} {name:?} may not contain spaces, '/', '\\', '%', '?', '#', control \
             or other non-printing characters"
        ));
    }
    Ok(())
}

/// Usernames travel in HTTP Basic credentials (so no ':') and in paths (see
/// [`check_segment`]).
pub(crate) fn check_username(name: &str) -> Result<(), String> {
    check_segment("username", name)?;
    if name.contains(':') {
        return Err(format!("the username {name:?} may not contain ':'"));
    }
    Ok(())
}

/// Domains are path segments too (see [`check_segment`]).
pub(crate) fn check_domain(name: &str) -> Result<(), String> {
    check_segment("domain", name)
}

fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !s.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
                && !has_non_printing(s)
        }
        None => false,
    }
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
    fn usernames() {
        assert!(check_username("jm").is_ok());
        assert!(check_username("jean.marc@ops").is_ok());
        assert!(check_username("...").is_ok());
        assert!(check_username("Zoë").is_ok());
        for bad in [
            "a:b",
            "a b",
            "",
            ".",
            "..",
            "a/b",
            "a\\b",
            "a%2e",
            "a?b",
            "a#b",
            "evil\x1b[31m",
            "a\u{7f}",
            "a\u{9b}",
            "a\u{202e}b",
            "a\u{200b}",
            "a\u{2028}",
            "a\u{e000}",
        ] {
            assert!(check_username(bad).is_err(), "{bad:?}");
        }
        assert!(check_username(&"x".repeat(65)).is_err());
    }

    #[test]
    fn domains_and_emails() {
        assert!(check_domain("eng").is_ok());
        for bad in ["..", "evil\x1b[31m", "a b", "a/b", "a\u{feff}"] {
            assert!(check_domain(bad).is_err(), "{bad:?}");
        }
        assert!(looks_like_email("jm@example.com"));
        for bad in [
            "jm\x1b]8;;x@example.com",
            "jm@exa\u{202e}mple.com",
            "jm@",
            "jm",
        ] {
            assert!(!looks_like_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn roles_round_trip() {
        for r in [Role::User, Role::DomainAdmin, Role::Admin] {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
    }
}
