//! The effective MFA rules of an account, from the global setting, its domain's policy and its
//! own switches. Pure functions: the service loads the inputs and acts on the answer.
//!
//! * MFA is required when the global setting is mandatory, the domain is mandatory (once its
//!   grace period, if any, has run out), or an administrator set "require MFA" on the account.
//! * A domain where MFA is `unavailable` requires nothing: its accounts cannot enrol, so
//!   requiring it would lock them out. `admin` accounts are the exception: they may always
//!   enrol (they must use MFA to administer, and a domain-admin's policy must not lock out the
//!   administrators above it).
//! * While a mandatory domain's grace period runs, an un-enrolled account may still log in,
//!   with a warning naming the deadline.

use chrono::{DateTime, Duration, Utc};

use crate::account::Account;
use crate::store::DomainPolicy;
use vss_wire::DomainTotp;

/// Who requires MFA of an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reason {
    /// The global setting.
    Global,
    /// The account's domain.
    Domain(String),
    /// An administrator, on this account.
    Account,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Global => f.write_str("the global setting"),
            Reason::Domain(d) => write!(f, "domain {d}"),
            Reason::Account => f.write_str("an administrator"),
        }
    }
}

/// Whether an account must use MFA, now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Requirement {
    /// The account chooses.
    Optional,
    /// Required from `deadline`; until then an un-enrolled account may still log in.
    Grace {
        deadline: DateTime<Utc>,
        domain: String,
    },
    /// Required now.
    Required(Reason),
}

impl Requirement {
    /// Required now, or soon: the account may enrol even where it could not choose to.
    pub(crate) fn applies(&self) -> bool {
        !matches!(self, Requirement::Optional)
    }

    pub(crate) fn is_required(&self) -> bool {
        matches!(self, Requirement::Required(_))
    }

    pub(crate) fn deadline(&self) -> Option<DateTime<Utc>> {
        match self {
            Requirement::Grace { deadline, .. } => Some(*deadline),
            _ => None,
        }
    }
}

/// When a mandatory domain starts refusing un-enrolled accounts; `None` when it is not
/// mandatory.
pub(crate) fn deadline(policy: &DomainPolicy) -> Option<DateTime<Utc>> {
    if policy.totp != DomainTotp::Mandatory {
        return None;
    }
    let since = policy.mandatory_since?;
    Some(since + Duration::hours(i64::from(policy.grace_period_hours.unwrap_or(0))))
}

/// The requirement on `account` at `now`.
pub(crate) fn requirement(
    account: &Account,
    global_mandatory: bool,
    domain: &DomainPolicy,
    now: DateTime<Utc>,
) -> Requirement {
    requirement_of(
        &account.domain,
        account.require_mfa,
        global_mandatory,
        domain,
        now,
    )
}

fn requirement_of(
    domain_name: &str,
    require_mfa: bool,
    global_mandatory: bool,
    domain: &DomainPolicy,
    now: DateTime<Utc>,
) -> Requirement {
    if domain.totp == DomainTotp::Unavailable {
        return Requirement::Optional;
    }
    if require_mfa {
        return Requirement::Required(Reason::Account);
    }
    if global_mandatory {
        return Requirement::Required(Reason::Global);
    }
    if domain.totp == DomainTotp::Mandatory {
        return match deadline(domain) {
            Some(deadline) if now < deadline => Requirement::Grace {
                deadline,
                domain: domain_name.to_owned(),
            },
            _ => Requirement::Required(Reason::Domain(domain_name.to_owned())),
        };
    }
    Requirement::Optional
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn policy(totp: DomainTotp, grace: Option<u32>) -> DomainPolicy {
        DomainPolicy {
            totp,
            grace_period_hours: grace,
            mandatory_since: (totp == DomainTotp::Mandatory).then(|| at("2024-05-01T12:00:00Z")),
        }
    }

    #[test]
    fn any_of_global_domain_or_account_requires() {
        let now = at("2024-05-02T00:00:00Z");
        let optional = policy(DomainTotp::Optional, None);
        assert_eq!(
            requirement_of("d", false, false, &optional, now),
            Requirement::Optional
        );
        assert_eq!(
            requirement_of("d", true, false, &optional, now),
            Requirement::Required(Reason::Account)
        );
        assert_eq!(
            requirement_of("d", false, true, &optional, now),
            Requirement::Required(Reason::Global)
        );
        assert_eq!(
            requirement_of("d", false, false, &policy(DomainTotp::Mandatory, None), now),
            Requirement::Required(Reason::Domain("d".into()))
        );
    }

    #[test]
    fn unavailable_domains_require_nothing() {
        let now = at("2024-05-02T00:00:00Z");
        let off = policy(DomainTotp::Unavailable, None);
        assert_eq!(
            requirement_of("d", true, true, &off, now),
            Requirement::Optional
        );
    }

    #[test]
    fn grace_period_runs_from_when_the_domain_became_mandatory() {
        let p = policy(DomainTotp::Mandatory, Some(48));
        assert_eq!(deadline(&p), Some(at("2024-05-03T12:00:00Z")));
        let before = requirement_of("d", false, false, &p, at("2024-05-03T11:59:59Z"));
        assert_eq!(before.deadline(), Some(at("2024-05-03T12:00:00Z")));
        assert!(before.applies() && !before.is_required());
        let after = requirement_of("d", false, false, &p, at("2024-05-03T12:00:00Z"));
        assert!(after.is_required());
        // The global setting has no grace period.
        assert!(requirement_of("d", false, true, &p, at("2024-05-01T13:00:00Z")).is_required());
        assert_eq!(deadline(&policy(DomainTotp::Optional, Some(48))), None);
    }
}
