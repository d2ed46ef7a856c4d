//! The HTTP wire contract, defined once and used by both `vss-cli` and `vss-mock-server`.
//!
//! Paths, bodies and the error shape follow the public VSS Cloud API as used by `pyvss`, so the
//! public Python client works against the bundled server and `vss-cli` against the real one.
//! The VPN gateway's calls, on a host of their own, are in [`vpn`].
//!
//! Only what crosses the wire is here: paths, request and reply bodies, error kinds and the
//! contract's constants. What either side does with them has a crate of its own: TOTP
//! (`vss-totp`), the QR image of an enrolment (`vss-qr`), phone numbers (`vss-phone`), the
//! redacting `Secret` (`vss-redacted`, which [`Credentials`] holds) and private files
//! (`vss-fs`).

pub mod vpn;

use serde::{Deserialize, Serialize};
use vss_redacted::Secret;

/// A user name and password, as the Basic-auth calls carry them.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub username: String,
    pub password: Secret,
}

/// `POST /auth/request-token` (Basic): a JWT for the Bearer calls.
pub const PATH_REQUEST_TOKEN: &str = "/auth/request-token";
/// `POST /auth/revoke-token` (Bearer, no body): the token itself stops working at once
/// (logging out); `{"message", "type"}`. Not every server offers it (404 or 405 then).
pub const PATH_REVOKE_TOKEN: &str = "/auth/revoke-token";
/// `POST /tf/enable` (Basic): start (or restart) an enrolment.
pub const PATH_TF_ENABLE: &str = "/tf/enable";
/// `POST /tf/request-token` (Basic): send a one-time code by e-mail or SMS.
pub const PATH_TF_REQUEST_TOKEN: &str = "/tf/request-token";
/// `POST /tf/verify` (Basic): check a code; a pending enrolment becomes active.
pub const PATH_TF_VERIFY: &str = "/tf/verify";
/// `POST /tf/disable` (Basic): e-mail a confirmation token.
pub const PATH_TF_DISABLE: &str = "/tf/disable";
/// `GET /v2/user` (Bearer): the account's profile.
pub const PATH_USER: &str = "/v2/user";
/// `GET /v2/session/motd` (Bearer): the message of the day, `{"data": {"motd": ""}}`; the
/// Python client asks for it after each new token.
pub const PATH_SESSION_MOTD: &str = "/v2/session/motd";
/// `GET /v2/user/message` (Bearer; the Python client sends `expand`, `filter`, `per_page`):
/// the account's messages, `{"data": [], "meta": {...}}`; the Python client counts the unread
/// ones after each new token.
pub const PATH_USER_MESSAGES: &str = "/v2/user/message";
/// `POST /tf/recovery-codes` (Basic, body [`OtpRequest`] proving the current factor): a fresh
/// set of recovery codes ([`RecoveryCodesResponse`]); the old set stops working.
pub const PATH_TF_RECOVERY_CODES: &str = "/tf/recovery-codes";
/// `GET /v2/user/token` (Bearer; query [`TokenListQuery`]): the account's API tokens, a page
/// at a time ([`TokenList`]; the next page is at `meta.pages.next_url`), as pyvss
/// `get_user_tokens` and the Python tool's `token ls` read them.
pub const PATH_USER_TOKENS: &str = "/v2/user/token";

/// `GET /v2/user/token/{id}` (Bearer): one of the account's tokens ([`TokenEnvelope`]);
/// `PUT` disables it and `DELETE` deletes it ([`TokenChangeResponse`]): either way it stops
/// working at once. Another account's token, or none, is 404 `NotFound`. The id of a token is
/// the decimal `jti` claim of its JWT, so a client can tell which listed token is its own.
pub fn path_user_token(id: u64) -> String {
    format!("{PATH_USER_TOKENS}/{id}")
}

/// `GET`/`PUT /v2/admin/settings/totp` (Bearer, admin; domain-admin may read):
/// [`TotpSettings`].
pub const PATH_ADMIN_SETTINGS_TOTP: &str = "/v2/admin/settings/totp";
/// `GET /v2/admin/domains` (Bearer, admin or domain-admin): [`DomainList`].
pub const PATH_ADMIN_DOMAINS: &str = "/v2/admin/domains";
/// `GET /v2/admin/users` (Bearer, admin or domain-admin; query [`UsersQuery`]):
/// [`Page`] of [`AdminUser`].
pub const PATH_ADMIN_USERS: &str = "/v2/admin/users";
/// `GET /v2/admin/audit` (Bearer, admin or domain-admin; query [`PageQuery`]):
/// [`Page`] of [`AuditRecord`], newest first.
pub const PATH_ADMIN_AUDIT: &str = "/v2/admin/audit";

/// `PUT /v2/admin/domains/{domain}` (body [`DomainPolicyRequest`], reply [`DomainInfo`]).
pub fn path_admin_domain(domain: &str) -> String {
    format!("{PATH_ADMIN_DOMAINS}/{domain}")
}

/// `PATCH /v2/admin/users/{username}` (body [`UserUpdate`], optional query [`DomainQuery`],
/// reply [`AdminUserEnvelope`]).
pub fn path_admin_user(username: &str) -> String {
    format!("{PATH_ADMIN_USERS}/{username}")
}

/// `POST /v2/admin/users/{username}/totp/reset` (optional query [`DomainQuery`], reply
/// [`MessageResponse`]): removes the account's MFA and revokes its tokens.
pub fn path_admin_user_totp_reset(username: &str) -> String {
    format!("{PATH_ADMIN_USERS}/{username}/totp/reset")
}

/// `POST /v2/admin/users/{username}/alert` (optional query [`DomainQuery`], reply
/// [`MessageResponse`]): e-mails the account a summary of its security settings.
pub fn path_admin_user_alert(username: &str) -> String {
    format!("{PATH_ADMIN_USERS}/{username}/alert")
}

/// `POST /tf/disable/{token}` (Basic): confirm a disable with the e-mailed token.
pub fn path_tf_disable_confirm(token: &str) -> String {
    format!("{PATH_TF_DISABLE}/{token}")
}

/// Message prefix of a missing or wrong OTP at login; the Python client looks for it.
pub const OTP_ERROR_PREFIX: &str = "InvalidParameterValue: otp";
/// Message prefix of an account that must enrol before it may log in; the Python client looks
/// for it.
pub const ENFORCEMENT_PREFIX: &str = "TotpEnforcement: Must enable TOTP";

/// The `error` field of an error reply: what went wrong, for programs to branch on. The
/// `message` is for people; its wording may change, the kinds do not.
///
/// A kind this version does not know (a newer server, or the real service) reads as
/// [`ErrorKind::Unknown`]; the HTTP status then tells what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ErrorKind {
    /// Missing or wrong Basic credentials, or a missing, expired or revoked Bearer token (401).
    Unauthorized,
    /// The request is malformed or a field is wrong (400); the message names the field.
    InvalidParameterValue,
    /// A one-time code (TOTP, e-mailed, texted or recovery) is missing, wrong, expired or used
    /// already (401); the message starts with [`OTP_ERROR_PREFIX`].
    InvalidOtp,
    /// A recovery code (given in place of a one-time code) is wrong or used already (401); the
    /// message starts with [`OTP_ERROR_PREFIX`] and says how many unused ones are left.
    InvalidRecoveryCode,
    /// A confirmation token for disabling MFA is wrong, expired or another account's (401).
    InvalidConfirmationToken,
    /// The call makes no sense in the account's state, e.g. MFA is not enabled (400).
    InvalidRequest,
    /// No code was sent: the account's codes come from its authenticator app (400).
    CodesFromApp,
    /// The call conflicts with the account's state, e.g. MFA is already enabled (409).
    Conflict,
    /// The account must enrol in MFA before anything else (403); the message starts with
    /// [`ENFORCEMENT_PREFIX`].
    TotpEnforcement,
    /// Policy forbids the call (403); the message says what would allow it.
    Forbidden,
    /// The caller's role does not allow the call (403).
    AccessDenied,
    /// An administrator call made with a token that did not pass MFA (403): administrators
    /// must enable MFA on their own account and log in with a code to administer.
    AdminMfaRequired,
    /// No such call or account (404).
    NotFound,
    /// The call exists with another method (405).
    MethodNotAllowed,
    /// The body is too large (413).
    PayloadTooLarge,
    /// A request body that is not declared as JSON (`Content-Type: application/json`) (415).
    UnsupportedMediaType,
    /// The request path and query are too long (414).
    UriTooLong,
    /// The request headers are too large (431).
    HeadersTooLarge,
    /// Too many failed attempts in a row (429, with `Retry-After`); the message says when to
    /// try again.
    TooManyAttempts,
    /// Codes requested too often (429, with `Retry-After`); the message says when to try again.
    TooManyRequests,
    /// The server failed (500).
    InternalError,
    /// The call took longer than the server allows (503).
    Timeout,
    /// The request's headers did not arrive in time (408).
    RequestTimeout,
    /// A kind this version does not know.
    #[serde(other)]
    Unknown,
}

/// A second-factor method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    Email,
    Authenticator,
    Sms,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Email, Method::Authenticator, Method::Sms];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Email => "EMAIL",
            Method::Authenticator => "AUTHENTICATOR",
            Method::Sms => "SMS",
        }
    }

    /// Parses the wire spelling, ignoring case.
    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an account's MFA stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MfaState {
    Disabled,
    Pending,
    Enabled,
}

impl MfaState {
    pub fn as_str(self) -> &'static str {
        match self {
            MfaState::Disabled => "disabled",
            MfaState::Pending => "pending",
            MfaState::Enabled => "enabled",
        }
    }

    pub fn parse(s: &str) -> Option<MfaState> {
        [MfaState::Disabled, MfaState::Pending, MfaState::Enabled]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// Body of `POST /auth/request-token`, `POST /tf/verify` and `POST /tf/recovery-codes`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtpRequest {
    /// A TOTP, e-mailed or texted code, or (at login only) a recovery code; `null` for none.
    #[serde(default)]
    pub otp: Option<String>,
}

/// Reply of `POST /auth/request-token`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenResponse {
    pub token: String,
    /// Set when MFA becomes required for this account at a deadline (RFC 3339) it has not
    /// enrolled by yet; after it, logins are refused with `TotpEnforcement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

/// Body of `POST /tf/enable`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnableRequest {
    pub method: Method,
    /// The phone number, only for SMS: as typed, in one of the Python `vss-cli`'s North
    /// American forms (`416-555-0100`, `(416) 555-0100`, ...) or E.164 (the server stores its
    /// E.164 form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// On an account with MFA enabled: a code of the current factor (TOTP, the sent code, or a
    /// recovery code), which starts moving the account to `method`/`phone`. The current factor
    /// keeps working until the new one is verified with `POST /tf/verify`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp: Option<String>,
}

/// Reply of `POST /tf/recovery-codes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecoveryCodesResponse {
    /// For people; empty when the server said nothing.
    #[serde(default, deserialize_with = "or_default")]
    pub message: String,
    #[serde(default, rename = "type", deserialize_with = "or_default")]
    pub kind: String,
    /// The new codes, shown this once; every earlier code stopped working.
    #[serde(default, deserialize_with = "or_default")]
    pub recovery_codes: Vec<String>,
    /// The issuer, as in `EnableResponse` (names the recovery-code file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

/// Which factor `POST /tf/request-token` sends a code for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodePurpose {
    /// For logging in: the active factor (the pending enrolment when none is active yet).
    Login,
    /// For `POST /tf/verify`: the pending replacement, else the pending enrolment.
    Verify,
}

/// Optional body of `POST /tf/request-token`; no body means [`CodePurpose::Login`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CodeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<CodePurpose>,
}

/// Reply of `POST /tf/enable`.
///
/// Every field may be absent (the Python client requires none of them): `message` and `type`
/// (it reads neither) are then empty; without `issuer` the one in `uri` names the issuer (the
/// `otpauth://` URI's `issuer` parameter, else its label's part before `:`); no
/// `recovery_codes` means none were issued.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnableResponse {
    /// For people; empty when the server said nothing.
    #[serde(default, deserialize_with = "or_default")]
    pub message: String,
    #[serde(default, rename = "type", deserialize_with = "or_default")]
    pub kind: String,
    /// Who issues the codes, as authenticator apps show it; it names the recovery-code file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub recovery_codes: Vec<String>,
    /// Base32 secret (AUTHENTICATOR only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `otpauth://totp/...` URI (AUTHENTICATOR only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Base64 PNG of the QR code of `uri` (AUTHENTICATOR only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// The `{"message", "type"}` reply of most `/tf/...` calls. Either may be absent (the Python
/// client needs neither): it is then empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MessageResponse {
    #[serde(default, deserialize_with = "or_default")]
    pub message: String,
    #[serde(default, rename = "type", deserialize_with = "or_default")]
    pub kind: String,
}

impl MessageResponse {
    pub fn info(message: impl Into<String>) -> Self {
        MessageResponse {
            message: message.into(),
            kind: "info".into(),
        }
    }

    /// The server's message, or `ours` when it said nothing.
    pub fn message_or<'a>(&'a self, ours: &'a str) -> &'a str {
        non_empty(&self.message).unwrap_or(ours)
    }
}

impl EnableResponse {
    /// The server's message, or `ours` when it said nothing.
    pub fn message_or<'a>(&'a self, ours: &'a str) -> &'a str {
        non_empty(&self.message).unwrap_or(ours)
    }

    /// The issuer the reply names, unless it is empty or blank. Without it, the `otpauth://`
    /// URI names the issuer.
    pub fn issuer(&self) -> Option<&str> {
        self.issuer.as_deref().and_then(non_empty)
    }
}

/// `s` unless it is empty or blank.
fn non_empty(s: &str) -> Option<&str> {
    (!s.trim().is_empty()).then_some(s)
}

/// A field that may be absent or `null`: its default then.
fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// The error body of every 4xx/5xx reply.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorResponse {
    pub error: ErrorKind,
    pub message: String,
}

/// Reply of `GET /v2/user`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserEnvelope {
    pub data: UserProfile,
}

/// An account's profile as `GET /v2/user` shows it. Only `totp` is known to be there (the
/// Python client reads nothing else); every field may be absent, the strings then empty.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UserProfile {
    #[serde(default, deserialize_with = "or_default")]
    pub username: String,
    #[serde(default, deserialize_with = "or_default")]
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub domain: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub totp: TotpStatus,
}

/// The MFA part of a profile; every field may be absent (`enabled` is then false).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TotpStatus {
    #[serde(default, deserialize_with = "or_default")]
    pub enabled: bool,
    #[serde(default)]
    pub state: Option<MfaState>,
    #[serde(default)]
    pub method: Option<Method>,
    #[serde(default)]
    pub enabled_on: Option<String>,
    #[serde(default)]
    pub disabled_on: Option<String>,
    /// Unused recovery codes left (absent when the server does not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_codes_left: Option<u32>,
    /// The method an enabled account is moving to, until the new factor is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_method: Option<Method>,
}

/// The global MFA setting: `GET` reply and `PUT` body of `/v2/admin/settings/totp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TotpSettings {
    /// MFA is required for every account (except in domains where it is unavailable).
    pub mandatory: bool,
}

/// A domain's MFA policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DomainTotp {
    /// MFA cannot be enabled ("Two-Factor Authentication not available").
    Unavailable,
    /// Each account chooses (the default).
    #[default]
    Optional,
    /// Every account must enrol (after the grace period, if any).
    Mandatory,
}

impl DomainTotp {
    pub fn as_str(self) -> &'static str {
        match self {
            DomainTotp::Unavailable => "unavailable",
            DomainTotp::Optional => "optional",
            DomainTotp::Mandatory => "mandatory",
        }
    }

    pub fn parse(s: &str) -> Option<DomainTotp> {
        [
            DomainTotp::Unavailable,
            DomainTotp::Optional,
            DomainTotp::Mandatory,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
}

impl std::fmt::Display for DomainTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Body of `PUT /v2/admin/domains/{domain}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainPolicyRequest {
    pub totp: DomainTotp,
    /// Hours after the domain becomes mandatory during which un-enrolled accounts may still
    /// log in (with a warning); `null` or absent for none.
    #[serde(default)]
    pub grace_period_hours: Option<u32>,
}

/// A domain as the administrator API shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DomainInfo {
    pub name: String,
    pub totp: DomainTotp,
    pub grace_period_hours: Option<u32>,
    /// When the domain became mandatory (RFC 3339).
    pub mandatory_since: Option<String>,
    /// When un-enrolled accounts start being refused (RFC 3339): `mandatory_since` plus the
    /// grace period.
    pub deadline: Option<String>,
    /// Accounts in the domain.
    pub accounts: u64,
}

/// Reply of `GET /v2/admin/domains`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DomainList {
    pub data: Vec<DomainInfo>,
}

/// Query of `GET /v2/admin/users`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsersQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Accounts in any of these states (`mfa=disabled,pending`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa: Option<MfaStates>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

/// MFA states, comma-separated in a query (`disabled,pending`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MfaStates(pub Vec<MfaState>);

impl TryFrom<String> for MfaStates {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let mut states = Vec::new();
        for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let state = MfaState::parse(word).ok_or_else(|| {
                format!("unknown MFA state {word:?}: use enabled, pending or disabled")
            })?;
            if !states.contains(&state) {
                states.push(state);
            }
        }
        if states.is_empty() {
            return Err("no MFA state given".into());
        }
        Ok(MfaStates(states))
    }
}

impl From<MfaStates> for String {
    fn from(states: MfaStates) -> String {
        states
            .0
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Query of the paged calls: `page` from 1, `per_page` 1 to [`MAX_PER_PAGE`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

/// Default page size of the paged calls.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// Largest page size of the paged calls.
pub const MAX_PER_PAGE: u32 = 500;

/// Optional `?domain=D` of the calls on one account: the account must be in `D`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// One page of a list.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Page<T> {
    pub data: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    /// Items in every page together.
    pub total: u64,
}

/// An account as the administrator API shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminUser {
    pub username: String,
    pub domain: String,
    pub email: String,
    pub role: String,
    pub mfa: AdminMfa,
    /// An administrator requires MFA on this account.
    pub require_mfa: bool,
    /// The account may turn its own MFA on and off.
    pub can_toggle_mfa: bool,
    /// MFA is required now, by the account, its domain or the global setting.
    pub required: bool,
    /// When MFA becomes required (RFC 3339), while a domain's grace period runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// The MFA part of [`AdminUser`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminMfa {
    pub state: MfaState,
    pub method: Option<Method>,
    pub enabled_on: Option<String>,
    pub recovery_codes_left: u32,
}

/// Reply of `PATCH /v2/admin/users/{username}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminUserEnvelope {
    pub data: AdminUser,
}

/// Body of `PATCH /v2/admin/users/{username}`: the switches to change.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_mfa: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_toggle_mfa: Option<bool>,
}

/// One administrative change, as `GET /v2/admin/audit` lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditRecord {
    /// RFC 3339.
    pub time: String,
    /// Username of the administrator.
    pub actor: String,
    /// `settings.totp`, `domain.totp`, `user.update`, `user.totp.reset` or `user.alert`.
    pub action: String,
    /// The domain or username acted on (`global` for the global setting).
    pub target: String,
    pub detail: String,
}

/// Query of `GET /v2/user/token`, as pyvss sends it (`expand=1&per_page=N`, and the Python
/// tool's `filter` and `sort`). `filter` is `;`-separated `FIELD,OP,VALUE` conditions (e.g.
/// `valid,eq,false`), `sort` is `;`-separated `FIELD,asc|desc` keys (e.g. `created_on,desc`);
/// a server ignores conditions and keys it does not know. `expand` changes nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TokenListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

/// An API token as `GET /v2/user/token` lists it. Never the token itself. Only `id` is
/// required; the rest may be absent or `null` (other servers), and unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenInfo {
    /// The token's id: the decimal `jti` claim of its JWT.
    pub id: u64,
    /// RFC 3339.
    #[serde(default)]
    pub created_on: Option<String>,
    /// When the token last changed (made, disabled); RFC 3339.
    #[serde(default)]
    pub updated_on: Option<String>,
    /// When the token was last used; RFC 3339, `null` while it has not been.
    #[serde(default)]
    pub last_access: Option<String>,
    /// The client address of the login that made the token.
    #[serde(default)]
    pub ip_address: Option<String>,
    /// False once the token was disabled or revoked (it no longer works).
    #[serde(default)]
    pub valid: Option<bool>,
    /// `api` for the tokens of `POST /auth/request-token`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// When the token stops working; RFC 3339.
    #[serde(default)]
    pub expiration: Option<String>,
    /// The token's lifetime in hours (a number; the real service's type is not pinned down).
    #[serde(default)]
    pub duration: Option<serde_json::Value>,
}

/// Reply of `GET /v2/user/token`: one page of tokens.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenList {
    pub data: Vec<TokenInfo>,
    #[serde(default)]
    pub meta: Option<ListMeta>,
}

/// `meta` of a paged list in the real API's shape (pyvss follows `pages.next_url`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListMeta {
    /// Items on this page.
    #[serde(default)]
    pub count: Option<u64>,
    /// Items on every page together.
    #[serde(default)]
    pub total: Option<u64>,
    #[serde(default)]
    pub pages: Option<ListPages>,
}

/// `meta.pages` of a paged list.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListPages {
    /// This page, from 1.
    #[serde(default)]
    pub page: Option<u32>,
    #[serde(default)]
    pub per_page: Option<u32>,
    /// How many pages there are.
    #[serde(default)]
    pub total: Option<u64>,
    /// The absolute URL of the next page; `null` on the last.
    #[serde(default)]
    pub next_url: Option<String>,
    /// The absolute URL of the previous page; `null` on the first.
    #[serde(default)]
    pub prev_url: Option<String>,
}

/// Reply of `GET /v2/user/token/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenEnvelope {
    pub data: TokenInfo,
}

/// Reply of `PUT` (disable) and `DELETE /v2/user/token/{id}`: `status` (the HTTP status, which
/// the Python tool's `token rm -s` prints), `message`, `type`, and after `PUT` the token in
/// `data`. Every field may be absent.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenChangeResponse {
    #[serde(default)]
    pub status: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "or_default")]
    pub message: String,
    #[serde(default, rename = "type", deserialize_with = "or_default")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<TokenInfo>,
}

/// Claims of the JWT issued by `POST /auth/request-token`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenClaims {
    /// Username.
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
    /// True when this login passed a second factor.
    pub otp: bool,
    /// Token generation of the account; a reset bumps it and revokes older tokens.
    #[serde(default)]
    pub gen: i64,
    /// The token's id, in decimal: the `id` under which `GET /v2/user/token` lists it (and
    /// [`path_user_token`] reads, disables or deletes it), so a client can tell which listed
    /// token is its own. (Tokens of earlier versions of the bundled server had a random one.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_round_trips_in_upper_case() {
        for m in Method::ALL {
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{}\"", m.as_str()));
            assert_eq!(serde_json::from_str::<Method>(&json).unwrap(), m);
            assert_eq!(Method::parse(&m.as_str().to_lowercase()), Some(m));
        }
        assert_eq!(Method::parse("PIGEON"), None);
    }

    #[test]
    fn enable_request_omits_phone_unless_sms() {
        let body = EnableRequest {
            method: Method::Email,
            phone: None,
            otp: None,
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"method":"EMAIL"}"#
        );
    }

    #[test]
    fn code_request_purpose_is_optional() {
        let r: CodeRequest = serde_json::from_str("{}").unwrap();
        assert_eq!(r.purpose, None);
        let r: CodeRequest = serde_json::from_str(r#"{"purpose": "verify"}"#).unwrap();
        assert_eq!(r.purpose, Some(CodePurpose::Verify));
        let body = EnableRequest {
            method: Method::Sms,
            phone: Some("+14165550100".into()),
            otp: Some("123456".into()),
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"method":"SMS","phone":"+14165550100","otp":"123456"}"#
        );
    }

    #[test]
    fn error_kinds_keep_their_names_and_unknown_ones_are_read() {
        let reply: ErrorResponse =
            serde_json::from_str(r#"{"error": "TotpEnforcement", "message": "m"}"#).unwrap();
        assert_eq!(reply.error, ErrorKind::TotpEnforcement);
        let reply: ErrorResponse =
            serde_json::from_str(r#"{"error": "SomethingNew", "message": "m"}"#).unwrap();
        assert_eq!(reply.error, ErrorKind::Unknown);
        assert_eq!(
            serde_json::to_string(&ErrorKind::InvalidParameterValue).unwrap(),
            r#""InvalidParameterValue""#
        );
    }

    #[test]
    fn replies_need_only_what_the_python_client_reads() {
        // `/tf/enable` with nothing at all, or with nulls.
        for text in [
            "{}",
            r#"{"message": null, "type": null, "issuer": null, "recovery_codes": null}"#,
        ] {
            let r: EnableResponse = serde_json::from_str(text).unwrap();
            assert_eq!((r.message_or("ours"), r.issuer()), ("ours", None));
            assert!(r.recovery_codes.is_empty() && r.key.is_none() && r.uri.is_none());
        }
        // Only the URI names the issuer here (the client reads it there); unknown fields pass.
        let r: EnableResponse = serde_json::from_str(
            r#"{"uri": "otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP&issuer=VSS", "key": "JBSWY3DPEHPK3PXP", "image": "", "new": [1]}"#,
        )
        .unwrap();
        assert_eq!(r.issuer(), None);
        assert_eq!(
            r.uri.as_deref(),
            Some("otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP&issuer=VSS")
        );
        let r: EnableResponse =
            serde_json::from_str(r#"{"issuer": "ITS", "message": "started"}"#).unwrap();
        assert_eq!((r.message_or("ours"), r.issuer()), ("started", Some("ITS")));
        let r: EnableResponse = serde_json::from_str(r#"{"issuer": " "}"#).unwrap();
        assert_eq!(r.issuer(), None);

        // `{"message", "type"}` replies without either.
        let r: MessageResponse = serde_json::from_str(r#"{"status": 200}"#).unwrap();
        assert_eq!(r.message_or("ours"), "ours");
        let r: MessageResponse = serde_json::from_str(r#"{"message": " "}"#).unwrap();
        assert_eq!(r.message_or("ours"), "ours");

        // `/v2/user`: `data.totp` only, or an empty `totp`, or none.
        for text in [
            r#"{"data": {"totp": {"enabled": true, "method": "SMS", "enabled_on": "2026-01-01T00:00:00Z", "disabled_on": null}}}"#,
            r#"{"data": {"totp": {}}}"#,
            r#"{"data": {"totp": null, "extra": {"a": 1}}}"#,
            r#"{"data": {}}"#,
        ] {
            let r: UserEnvelope = serde_json::from_str(text).unwrap();
            assert_eq!(r.data.username, "");
            assert_eq!(r.data.totp.state, None);
        }
        let r: UserEnvelope =
            serde_json::from_str(r#"{"data": {"totp": {"enabled": true, "method": "SMS"}}}"#)
                .unwrap();
        assert!(r.data.totp.enabled);
        assert_eq!(r.data.totp.method, Some(Method::Sms));
        // What the client cannot do without: the envelope, and the token.
        assert!(serde_json::from_str::<UserEnvelope>("{}").is_err());
        assert!(serde_json::from_str::<TokenResponse>("{}").is_err());
        let r: TokenResponse = serde_json::from_str(r#"{"token": "a.b.c", "x": 1}"#).unwrap();
        assert_eq!(r.token, "a.b.c");
    }

    #[test]
    fn token_replies_need_only_an_id() {
        let list: TokenList = serde_json::from_str(
            r#"{"data": [{"id": 7, "type": "api", "duration": 1, "valid": true, "new": 1},
                         {"id": 8, "created_on": null}],
                "meta": {"pages": {"next_url": null, "first_url": "x"}}}"#,
        )
        .unwrap();
        assert_eq!(list.data[0].kind.as_deref(), Some("api"));
        assert_eq!(list.data[0].duration, Some(serde_json::json!(1)));
        assert_eq!(list.data[1].id, 8);
        assert!(list.meta.unwrap().pages.unwrap().next_url.is_none());
        let list: TokenList = serde_json::from_str(r#"{"data": []}"#).unwrap();
        assert!(list.meta.is_none());
        assert!(serde_json::from_str::<TokenInfo>(r#"{"valid": true}"#).is_err());
        let r: TokenChangeResponse = serde_json::from_str(r#"{"status": 204}"#).unwrap();
        assert_eq!((r.message.as_str(), r.data.is_none()), ("", true));
        assert_eq!(path_user_token(7), "/v2/user/token/7");
    }

    #[test]
    fn otp_request_accepts_null() {
        let r: OtpRequest = serde_json::from_str(r#"{"otp": null}"#).unwrap();
        assert!(r.otp.is_none());
        assert!(serde_json::from_str::<OtpRequest>(r#"{"otp": 5, "x": 1}"#).is_err());
    }
}
