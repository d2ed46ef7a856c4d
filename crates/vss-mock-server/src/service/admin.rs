//! The administrator side of the service: MFA policy (global, per domain, per account),
//! resets, security alerts, the account list and the audit record.
//!
//! Roles: `admin` acts on everything; `domain-admin` reads the global setting and acts only
//! inside its own domain (never on an `admin` account); `user` may call none of this. Every
//! change is written together with its audit record, and the accounts it affects are e-mailed.

use std::collections::HashMap;

use super::notices;
use super::{retry_text, rfc3339, Service, CODE_SENDS_PER_HOUR, CODE_SEND_GAP_SECS, SEND_RULE};
use crate::account::{Account, Role};
use crate::courier::mask_email;
use crate::error::Error;
use crate::policy::{self, Requirement};
use crate::store::{AccountFilter, AuditEntry, DomainPolicy, SendKind};
use vss_wire::{
    AdminMfa, AdminUser, AdminUserEnvelope, AuditRecord, DomainInfo, DomainList,
    DomainPolicyRequest, DomainTotp, ErrorKind, MessageResponse, MfaState, Page, PageQuery,
    TotpSettings, UserUpdate, UsersQuery, DEFAULT_PER_PAGE, MAX_PER_PAGE,
};

/// Longest grace period accepted: ten years.
pub(crate) const MAX_GRACE_HOURS: u32 = 87_600;

/// What an administrator may act on.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    All,
    Domain(String),
}

/// The caller of an administrator call.
struct Admin {
    account: Account,
    scope: Scope,
}

impl Admin {
    fn name(&self) -> &str {
        &self.account.username
    }

    /// Refuses a domain outside a domain-admin's own.
    fn check_domain(&self, domain: &str) -> Result<(), Error> {
        match &self.scope {
            Scope::Domain(own) if own != domain => Err(Error::AccessDenied(format!(
                "Your domain-admin role covers domain {own} only; domain {domain} needs the \
                 admin role"
            ))),
            _ => Ok(()),
        }
    }
}

/// `page` and `per_page` checked, with their defaults.
pub(super) fn paging(page: Option<u32>, per_page: Option<u32>) -> Result<(u32, u32), Error> {
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(DEFAULT_PER_PAGE);
    if page == 0 {
        return Err(Error::InvalidParameter("page: pages count from 1".into()));
    }
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        return Err(Error::InvalidParameter(format!(
            "per_page: must be from 1 to {MAX_PER_PAGE}"
        )));
    }
    Ok((page, per_page))
}

pub(super) fn offset(page: u32, per_page: u32) -> u64 {
    u64::from(page - 1) * u64::from(per_page)
}

fn hours(h: Option<u32>) -> String {
    h.map_or_else(|| "none".to_owned(), |h| h.to_string())
}

impl Service {
    /// The caller of an administrator call, refused unless its role allows some of them and
    /// its token passed MFA (administrators must use MFA to administer).
    fn admin(&self, bearer: &str) -> Result<Admin, Error> {
        let (account, passed_mfa) = self.bearer_session(bearer)?;
        let scope =
            match account.role {
                Role::Admin => Scope::All,
                Role::DomainAdmin => Scope::Domain(account.domain.clone()),
                Role::User => return Err(Error::AccessDenied(
                    "This call needs the admin or domain-admin role; your account has the user \
                     role"
                        .into(),
                )),
            };
        if !passed_mfa {
            return Err(Error::AdminMfaRequired);
        }
        Ok(Admin { account, scope })
    }

    fn audit_entry(
        &self,
        admin: &Admin,
        action: &str,
        target: &str,
        domain: Option<&str>,
        detail: String,
    ) -> AuditEntry {
        AuditEntry {
            time: self.clock.now(),
            actor: admin.name().to_owned(),
            action: action.to_owned(),
            target: target.to_owned(),
            domain: domain.map(str::to_owned),
            detail,
        }
    }

    /// The account an administrator acts on: it must exist (in `domain`, when given) and be
    /// within the administrator's reach. A domain-admin is told "not found" alike for an
    /// account that does not exist and one of another domain, so it learns nothing of other
    /// domains' accounts (asking about another domain with `?domain=` is refused for the role,
    /// whatever the account).
    fn target(
        &self,
        admin: &Admin,
        username: &str,
        domain: Option<&str>,
    ) -> Result<Account, Error> {
        if let Some(d) = domain {
            admin.check_domain(d)?;
        }
        let not_found = || match domain {
            Some(d) => Error::NotFound(format!("No account named {username} in domain {d}")),
            None => Error::NotFound(format!("No account named {username}")),
        };
        let account = self.store.account(username)?.ok_or_else(not_found)?;
        if domain.is_some_and(|d| d != account.domain) {
            return Err(not_found());
        }
        if let Scope::Domain(own) = &admin.scope {
            if *own != account.domain {
                return Err(not_found());
            }
            if account.role == Role::Admin {
                return Err(Error::AccessDenied(format!(
                    "Account {username} has the admin role; only an admin can change it"
                )));
            }
        }
        Ok(account)
    }

    fn admin_user(&self, account: Account, requirement: &Requirement) -> AdminUser {
        AdminUser {
            mfa: AdminMfa {
                state: account.mfa_state,
                method: account.mfa_method,
                enabled_on: rfc3339(account.enabled_on),
                recovery_codes_left: account.recovery_codes_left,
            },
            require_mfa: account.require_mfa,
            can_toggle_mfa: account.can_toggle_mfa,
            required: requirement.is_required(),
            deadline: rfc3339(requirement.deadline()),
            username: account.username,
            domain: account.domain,
            email: account.email,
            role: account.role.as_str().to_owned(),
        }
    }

    /// `GET /v2/admin/settings/totp`.
    pub(crate) fn admin_settings(&self, bearer: &str) -> Result<TotpSettings, Error> {
        self.admin(bearer)?;
        Ok(TotpSettings {
            mandatory: self.store.totp_mandatory()?,
        })
    }

    /// `PUT /v2/admin/settings/totp` (admin only).
    pub(crate) fn admin_set_settings(
        &self,
        bearer: &str,
        settings: &TotpSettings,
    ) -> Result<TotpSettings, Error> {
        let admin = self.admin(bearer)?;
        if admin.scope != Scope::All {
            return Err(Error::AccessDenied(
                "Changing the global MFA setting needs the admin role; your account has the \
                 domain-admin role"
                    .into(),
            ));
        }
        let before = self.store.totp_mandatory()?;
        let detail = format!("mandatory: {before} -> {}", settings.mandatory);
        let audit = self.audit_entry(&admin, "settings.totp", "global", None, detail);
        self.store.set_totp_mandatory(settings.mandatory, &audit)?;
        tracing::info!(admin = %admin.name(), mandatory = settings.mandatory, "global MFA setting changed");
        if settings.mandatory && !before {
            self.notify_newly_required(None, None)?;
        }
        Ok(*settings)
    }

    fn domain_info(name: String, policy: &DomainPolicy, accounts: u64) -> DomainInfo {
        DomainInfo {
            deadline: rfc3339(policy::deadline(policy)),
            name,
            totp: policy.totp,
            grace_period_hours: policy.grace_period_hours,
            mandatory_since: rfc3339(policy.mandatory_since),
            accounts,
        }
    }

    /// `GET /v2/admin/domains`: every domain, or a domain-admin's own.
    pub(crate) fn admin_domains(&self, bearer: &str) -> Result<DomainList, Error> {
        let admin = self.admin(bearer)?;
        let data = self
            .store
            .domains()?
            .into_iter()
            .filter(|d| admin.check_domain(&d.name).is_ok())
            .map(|d| Self::domain_info(d.name, &d.policy, d.accounts))
            .collect();
        Ok(DomainList { data })
    }

    /// `PUT /v2/admin/domains/{domain}`.
    pub(crate) fn admin_set_domain(
        &self,
        bearer: &str,
        domain: &str,
        request: &DomainPolicyRequest,
    ) -> Result<DomainInfo, Error> {
        let admin = self.admin(bearer)?;
        crate::account::check_domain(domain).map_err(Error::InvalidParameter)?;
        admin.check_domain(domain)?;
        if !self.store.domain_exists(domain)? {
            return Err(Error::NotFound(format!(
                "No domain named {domain}: no account is in it"
            )));
        }
        if request
            .grace_period_hours
            .is_some_and(|h| h > MAX_GRACE_HOURS)
        {
            return Err(Error::InvalidParameter(format!(
                "grace_period_hours: must be at most {MAX_GRACE_HOURS}"
            )));
        }
        let before = self.store.domain_policy(domain)?;
        let detail = format!(
            "totp: {} -> {}; grace_period_hours: {} -> {}",
            before.totp,
            request.totp,
            hours(before.grace_period_hours),
            hours(request.grace_period_hours)
        );
        let audit = self.audit_entry(&admin, "domain.totp", domain, Some(domain), detail);
        let now = self.clock.now();
        let after = self.store.set_domain_policy(
            domain,
            request.totp,
            request.grace_period_hours,
            now,
            &audit,
        )?;
        tracing::info!(admin = %admin.name(), domain, totp = %request.totp, "domain MFA policy changed");
        let newly_mandatory = after.totp == DomainTotp::Mandatory
            && policy::deadline(&before) != policy::deadline(&after);
        if newly_mandatory {
            self.notify_newly_required(Some(domain), policy::deadline(&after))?;
        }
        let accounts = self
            .store
            .list_accounts(&AccountFilter {
                domain: Some(domain),
                limit: 0,
                ..AccountFilter::default()
            })?
            .1;
        Ok(Self::domain_info(domain.to_owned(), &after, accounts))
    }

    /// E-mails the un-enrolled accounts (of `domain`, or everywhere) that MFA is now required,
    /// from `deadline` if there is a grace period.
    fn notify_newly_required(
        &self,
        domain: Option<&str>,
        deadline: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<(), Error> {
        let now = self.clock.now();
        let deadline = rfc3339(deadline.filter(|d| *d > now));
        for account in self.store.accounts()? {
            if account.mfa_state == MfaState::Enabled || domain.is_some_and(|d| d != account.domain)
            {
                continue;
            }
            if self.requirement(&account)?.applies() {
                self.send_notice(&account, notices::mfa_required(deadline.as_deref()), now);
            }
        }
        Ok(())
    }

    /// `GET /v2/admin/users`.
    pub(crate) fn admin_users(
        &self,
        bearer: &str,
        query: &UsersQuery,
    ) -> Result<Page<AdminUser>, Error> {
        let admin = self.admin(bearer)?;
        let (page, per_page) = paging(query.page, query.per_page)?;
        let domain = match (&admin.scope, query.domain.as_deref()) {
            (Scope::Domain(own), None) => Some(own.clone()),
            (_, Some(d)) => {
                admin.check_domain(d)?;
                Some(d.to_owned())
            }
            (Scope::All, None) => None,
        };
        let (accounts, total) = self.store.list_accounts(&AccountFilter {
            domain: domain.as_deref(),
            states: query.mfa.as_ref().map_or(&[][..], |m| m.0.as_slice()),
            offset: offset(page, per_page),
            limit: u64::from(per_page),
        })?;
        let global = self.store.totp_mandatory()?;
        let now = self.clock.now();
        let mut policies: HashMap<String, DomainPolicy> = HashMap::new();
        let mut data = Vec::with_capacity(accounts.len());
        for account in accounts {
            if !policies.contains_key(&account.domain) {
                let p = self.store.domain_policy(&account.domain)?;
                policies.insert(account.domain.clone(), p);
            }
            let requirement =
                policy::requirement(&account, global, &policies[&account.domain], now);
            data.push(self.admin_user(account, &requirement));
        }
        Ok(Page {
            data,
            page,
            per_page,
            total,
        })
    }

    /// `PATCH /v2/admin/users/{username}`.
    pub(crate) fn admin_update_user(
        &self,
        bearer: &str,
        username: &str,
        domain: Option<&str>,
        update: &UserUpdate,
    ) -> Result<AdminUserEnvelope, Error> {
        let admin = self.admin(bearer)?;
        if update.require_mfa.is_none() && update.can_toggle_mfa.is_none() {
            return Err(Error::InvalidParameter(
                "give require_mfa, can_toggle_mfa or both".into(),
            ));
        }
        let account = self.target(&admin, username, domain)?;
        let require = update.require_mfa.filter(|r| *r != account.require_mfa);
        let toggle = update
            .can_toggle_mfa
            .filter(|t| *t != account.can_toggle_mfa);
        let mut changes = Vec::new();
        if let Some(r) = require {
            changes.push(format!("require_mfa: {} -> {r}", account.require_mfa));
        }
        if let Some(t) = toggle {
            changes.push(format!("can_toggle_mfa: {} -> {t}", account.can_toggle_mfa));
        }
        if !changes.is_empty() {
            let audit = self.audit_entry(
                &admin,
                "user.update",
                username,
                Some(&account.domain),
                changes.join("; "),
            );
            self.store
                .update_account_flags(account.id, require, toggle, &audit)?;
            tracing::info!(admin = %admin.name(), user = username, "account MFA switches changed");
            self.send_notice(
                &account,
                notices::switches_changed(username, require, toggle),
                self.clock.now(),
            );
        }
        let account = self
            .store
            .account(username)?
            .ok_or_else(|| Error::NotFound(format!("No account named {username}")))?;
        let requirement = self.requirement(&account)?;
        Ok(AdminUserEnvelope {
            data: self.admin_user(account, &requirement),
        })
    }

    /// `POST /v2/admin/users/{username}/totp/reset`.
    pub(crate) fn admin_reset_totp(
        &self,
        bearer: &str,
        username: &str,
        domain: Option<&str>,
    ) -> Result<MessageResponse, Error> {
        let admin = self.admin(bearer)?;
        let _serial = self.serialize(username);
        let account = self.target(&admin, username, domain)?;
        let was = match (account.mfa_state, account.mfa_method) {
            (MfaState::Disabled, _) | (_, None) => "MFA was disabled".to_owned(),
            (state, Some(m)) => format!("MFA was {} ({m})", state.as_str()),
        };
        let detail = format!("{was}; every token revoked");
        let audit = self.audit_entry(
            &admin,
            "user.totp.reset",
            username,
            Some(&account.domain),
            detail,
        );
        let now = self.clock.now();
        self.store.reset_mfa(account.id, now, &audit)?;
        tracing::info!(admin = %admin.name(), user = username, "MFA reset by an administrator");
        let reset = self
            .store
            .account(username)?
            .ok_or_else(|| Error::NotFound(format!("No account named {username}")))?;
        let required = self.requirement(&reset)?.applies();
        self.send_notice(
            &account,
            notices::mfa_reset(admin.name(), username, required),
            now,
        );
        let message = if required {
            format!(
                "MFA of {username} was reset and its tokens revoked; it must enrol again at \
                 its next login"
            )
        } else {
            format!("MFA of {username} was reset and its tokens revoked")
        };
        Ok(MessageResponse::info(message))
    }

    /// `POST /v2/admin/users/{username}/alert`: e-mails a security summary; to one account
    /// as often as codes are sent, whoever asks.
    pub(crate) fn admin_alert(
        &self,
        bearer: &str,
        username: &str,
        domain: Option<&str>,
    ) -> Result<MessageResponse, Error> {
        let admin = self.admin(bearer)?;
        let account = self.target(&admin, username, domain)?;
        let requirement = self.requirement(&account)?;
        let now = self.clock.now();
        if let Some(retry_at) =
            self.store
                .record_send(account.id, SendKind::Alert, SEND_RULE, now.timestamp())?
        {
            tracing::info!(user = %account.username, "security summary refused: too soon");
            return Err(Error::TooMany {
                kind: ErrorKind::TooManyRequests,
                message: format!(
                    "Security summaries are e-mailed to an account at most once every \
                     {CODE_SEND_GAP_SECS} seconds and {CODE_SENDS_PER_HOUR} times an hour; {}",
                    retry_text(retry_at, now.timestamp())
                ),
                retry_after_secs: (retry_at - now.timestamp()).max(1) as u64,
            });
        }
        let mfa = match (account.mfa_state, account.mfa_method) {
            (MfaState::Enabled, Some(m)) => format!(
                "enabled ({m}) since {}",
                rfc3339(account.enabled_on).unwrap_or_else(|| "?".into())
            ),
            (MfaState::Pending, Some(m)) => format!("enrolment started ({m}), not verified yet"),
            _ => "not enabled".to_owned(),
        };
        let required = match &requirement {
            Requirement::Required(reason) => format!("yes, by {reason}"),
            Requirement::Grace { deadline, domain } => format!(
                "from {}, by domain {domain}",
                rfc3339(Some(*deadline)).unwrap_or_default()
            ),
            Requirement::Optional => "no".to_owned(),
        };
        let enabled = account.mfa_state == MfaState::Enabled;
        let next = if !enabled && requirement.applies() {
            "Enrol now, or you will not be able to use your account:\n\
             \x20 vss-cli account set mfa mk METHOD\n\
             (with the Python vss-cli: vss-cli account --no-load set mfa mk METHOD)"
        } else if !enabled {
            "Protect your account with a second factor:\n\
             \x20 vss-cli account set mfa mk METHOD\n\
             (with the Python vss-cli: vss-cli account --no-load set mfa mk METHOD)"
        } else if account.recovery_codes_left < 3 {
            "Few recovery codes are left; make a new set:\n\
             \x20 vss-cli account set mfa recovery-codes\n\
             (the Python vss-cli cannot: disable MFA and enrol again for new codes)"
        } else {
            "Nothing; keep your recovery codes somewhere safe."
        };
        let summary = notices::Summary {
            username,
            domain: &account.domain,
            mfa,
            required,
            can_toggle: account.can_toggle_mfa,
            recovery_codes_left: account.recovery_codes_left,
            next,
        };
        self.send_notice(&account, notices::security_summary(&summary), now);
        let audit = self.audit_entry(
            &admin,
            "user.alert",
            username,
            Some(&account.domain),
            "security summary e-mailed".into(),
        );
        self.store.add_audit(&audit)?;
        Ok(MessageResponse::info(format!(
            "A security summary was e-mailed to {}",
            mask_email(&account.email)
        )))
    }

    /// `GET /v2/admin/audit`: newest first; a domain-admin sees its domain's records.
    pub(crate) fn admin_audit(
        &self,
        bearer: &str,
        query: &PageQuery,
    ) -> Result<Page<AuditRecord>, Error> {
        let admin = self.admin(bearer)?;
        let (page, per_page) = paging(query.page, query.per_page)?;
        let domain = match &admin.scope {
            Scope::All => None,
            Scope::Domain(own) => Some(own.as_str()),
        };
        let (entries, total) =
            self.store
                .audit(domain, offset(page, per_page), u64::from(per_page))?;
        let data = entries
            .into_iter()
            .map(|e| AuditRecord {
                time: rfc3339(Some(e.time)).unwrap_or_default(),
                actor: e.actor,
                action: e.action,
                target: e.target,
                detail: e.detail,
            })
            .collect();
        Ok(Page {
            data,
            page,
            per_page,
            total,
        })
    }
}
