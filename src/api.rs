//! The VSS API client: every HTTP call `vss-cli` makes, over the shared wire types (those
//! of the VPN gateway, another host, in [`vpn`]).

use std::cell::{Cell, RefCell};
use std::io::Read;
use std::rc::Rc;
use std::time::{Duration, Instant};

use reqwest::blocking::{Client, RequestBuilder};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{root_cause, Error, Result};
use crate::terminal::Terminal;
use crate::trust::Trust;
use vss_redacted::Secret;
use vss_wire::{self as wire, Credentials, ErrorKind, ErrorResponse, MessageResponse};

/// The VPN gateway's calls, on a host of their own.
mod vpn;

/// Largest reply read from the endpoint; anything bigger is not the API.
const MAX_REPLY_BYTES: u64 = 1 << 20;

/// Pauses before the second and third tries of an idempotent call after a connection error.
/// Calls that change something are never repeated.
const RETRY_PAUSES: [Duration; 2] = [Duration::from_millis(250), Duration::from_millis(750)];

/// Clock differences above this many seconds get a warning: TOTP codes last 30 s.
pub(crate) const SKEW_WARNING_SECS: i64 = 15;

/// Something noticed in a reply that the person should hear about; the command layer tells
/// it ([`Api::take_warnings`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Warning {
    /// The server's clock is this many seconds ahead of ours (behind when negative).
    ClockSkew(i64),
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::ClockSkew(offset) => write!(
                f,
                "{}; one-time codes may be refused: set the clock right (NTP) on this computer \
                 and your phone",
                describe_offset(*offset)
            ),
        }
    }
}

/// "this computer's clock is 60 s behind the server's".
fn describe_offset(offset: i64) -> String {
    match offset {
        0 => "this computer's clock agrees with the server's".to_owned(),
        o if o > 0 => format!("this computer's clock is {o} s behind the server's"),
        o => format!("this computer's clock is {} s ahead of the server's", -o),
    }
}

/// What the bundled server offers beyond the calls and fields the Python client sends. Each is
/// sent only when the person asks for it; a server without it (the VSS service may be one) is
/// told apart from other refusals, so the person hears that, not a puzzling error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extension {
    /// `get-token --pending`: `{"purpose": "verify"}` on `POST /tf/request-token`.
    PendingCode,
    /// `mk --replace`: a proof of the current factor (`otp`) on `POST /tf/enable`.
    Replace,
    /// `recovery-codes`: `POST /tf/recovery-codes`.
    RecoveryCodes,
}

impl Extension {
    /// What the person asked for, by the option or command that asks for it.
    fn what(self) -> &'static str {
        match self {
            Extension::PendingCode => "codes for a pending replacement (get-token --pending)",
            Extension::Replace => "moving to a new factor (mk --replace)",
            Extension::RecoveryCodes => "making new recovery codes (recovery-codes)",
        }
    }

    /// What to do without it.
    fn instead(self) -> &'static str {
        match self {
            Extension::PendingCode => {
                "without --pending, `vss-cli account set mfa get-token` has a code sent for the \
                 account's factor, as the Python vss-cli does"
            }
            Extension::Replace => {
                "to change the factor here, disable MFA (`vss-cli account set mfa rm`), then \
                 enrol the new one (`vss-cli account set mfa mk METHOD`)"
            }
            Extension::RecoveryCodes => {
                "here a new set comes with a new enrolment: disable MFA (`vss-cli account set \
                 mfa rm`), then enrol again (`vss-cli account set mfa mk METHOD`)"
            }
        }
    }

    /// The error for a server that does not know this extension.
    fn unsupported(
        self,
        base: &str,
        status: StatusCode,
        method: &str,
        shown_path: &str,
        reply: Option<ErrorResponse>,
    ) -> Error {
        let said = reply
            .as_ref()
            .map(|r| r.message.trim())
            .filter(|m| !m.is_empty())
            .map(|m| format!(": {m}"))
            .unwrap_or_default();
        Error::Refused {
            kind: reply.map_or(ErrorKind::Unknown, |r| r.error),
            message: format!(
                "{base} does not offer {}, an extension of the bundled vss-mock-server: it \
                 answered {method} {shown_path} with HTTP {status}{said}",
                self.what()
            ),
            hint: Some(self.instead().to_owned()),
        }
    }
}

/// Whether a refusal of a call that uses `extension` says that the server does not know it:
/// no such call or method (404, 405), a request it cannot take (400, but for a refusal in the
/// account's state, which it understood), an answer that is not an API error or of a kind
/// this version does not know (other than a refusal of the credentials, by policy, or of
/// the rate), or — for a move to a new factor — "already enabled", which means the proof of
/// the current factor was not read.
fn unknown_to_server(extension: Extension, status: StatusCode, kind: Option<ErrorKind>) -> bool {
    match status.as_u16() {
        404 | 405 => true,
        400 => !matches!(
            kind,
            Some(ErrorKind::InvalidRequest | ErrorKind::CodesFromApp)
        ),
        401 | 403 | 429 => false,
        409 if extension == Extension::Replace => true,
        s if (400..500).contains(&s) => matches!(kind, None | Some(ErrorKind::Unknown)),
        _ => false,
    }
}

/// A client for one endpoint.
pub(crate) struct Api {
    base: String,
    http: Client,
    timeout: Duration,
    /// With `--debug`: where each call is traced (method, path, status, time; never a secret).
    trace: Option<Rc<Terminal>>,
    /// Server clock minus ours, in seconds, from the last reply's `Date` header.
    offset: Cell<Option<i64>>,
    skew_warned: Cell<bool>,
    warnings: RefCell<Vec<Warning>>,
    /// The HTTP status of the last reply.
    last_status: Cell<Option<StatusCode>>,
    /// Whether the last exchange ran out of time.
    timed_out: Cell<bool>,
}

/// The outcome of one exchange: a reply (its body, or why it was cut off), a failure before
/// one, or no complete reply within the timeout.
enum Fetched {
    Reply(
        StatusCode,
        reqwest::header::HeaderMap,
        std::io::Result<Vec<u8>>,
    ),
    Failed(reqwest::Error),
    /// `answered`: the status line and headers had come.
    TimedOut {
        answered: bool,
    },
}

/// What became of a token the client asked the server to revoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Revoked {
    /// Revoked now.
    Now,
    /// It no longer worked anyway (expired or revoked before).
    Already,
    /// The endpoint has no call to revoke tokens (404 or 405): it works until it expires.
    NotOffered,
}

impl Api {
    /// A client for `endpoint` that trusts the operating system's store plus `trust`'s
    /// bundles (read here, so only commands that make a call read them; the system store is
    /// loaded only by a certificate the bundles do not vouch for).
    pub(crate) fn new(
        endpoint: &str,
        timeout: Duration,
        trace: Option<Rc<Terminal>>,
        trust: &Trust,
    ) -> Result<Api> {
        let tls = trust.client_config()?;
        // As the Python client does: every request says its body is JSON, a GET and a POST
        // without a body too.
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        let http = Client::builder()
            .default_headers(headers)
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("vss-cli/", env!("CARGO_PKG_VERSION"), " (rust)"))
            .tls_backend_preconfigured(tls)
            .redirect(redirect_policy())
            .build()
            .map_err(|e| {
                Error::server(format!("cannot start the HTTP client: {}", root_cause(&e)))
            })?;
        Ok(Api {
            base: endpoint.trim_end_matches('/').to_owned(),
            http,
            timeout,
            trace,
            offset: Cell::new(None),
            skew_warned: Cell::new(false),
            warnings: RefCell::new(Vec::new()),
            last_status: Cell::new(None),
            timed_out: Cell::new(false),
        })
    }

    /// "this computer's clock is 60 s behind the server's", once a reply said the time.
    pub(crate) fn describe_offset(&self) -> Option<String> {
        self.offset.get().map(describe_offset)
    }

    /// The warnings noticed since the last call, each once per run.
    pub(crate) fn take_warnings(&self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings.borrow_mut())
    }

    fn trace(&self, line: impl FnOnce() -> String) {
        if let Some(term) = &self.trace {
            term.debug(line());
        }
    }

    fn note_date(&self, headers: &reqwest::header::HeaderMap) {
        let Some(date) = headers
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok())
        else {
            return;
        };
        let offset = date.timestamp() - chrono::Utc::now().timestamp();
        self.offset.set(Some(offset));
        if offset.abs() > SKEW_WARNING_SECS && !self.skew_warned.replace(true) {
            self.warnings.borrow_mut().push(Warning::ClockSkew(offset));
        }
    }

    /// `POST /auth/request-token`: an API token, with a second factor when the account has MFA.
    pub(crate) fn request_token(
        &self,
        creds: &Credentials,
        otp: Option<&Secret>,
    ) -> Result<wire::TokenResponse> {
        let body = wire::OtpRequest {
            otp: otp.map(|s| s.expose().to_owned()),
        };
        self.post_basic(wire::PATH_REQUEST_TOKEN, creds, Some(&body), None)
    }

    /// `POST /tf/enable`: starts an enrolment; with a proof of the current factor in `otp`
    /// (the [`Extension::Replace`] of the bundled server), a move to a new factor.
    pub(crate) fn enable(
        &self,
        creds: &Credentials,
        body: &wire::EnableRequest,
    ) -> Result<wire::EnableResponse> {
        let extension = body.otp.is_some().then_some(Extension::Replace);
        self.post_basic(wire::PATH_TF_ENABLE, creds, Some(body), extension)
    }

    /// `POST /tf/request-token` without a body, as the Python client sends it: a code by
    /// e-mail or SMS for the account's factor (the pending enrolment when none is active
    /// yet), for logging in or for `verify`.
    pub(crate) fn request_code(&self, creds: &Credentials) -> Result<MessageResponse> {
        self.post_basic::<(), _>(wire::PATH_TF_REQUEST_TOKEN, creds, None, None)
    }

    /// `POST /tf/request-token` `{"purpose": "verify"}` ([`Extension::PendingCode`]): a code
    /// for the factor a `verify` would finish, the pending replacement before the current one.
    pub(crate) fn request_pending_code(&self, creds: &Credentials) -> Result<MessageResponse> {
        let body = wire::CodeRequest {
            purpose: Some(wire::CodePurpose::Verify),
        };
        self.post_basic(
            wire::PATH_TF_REQUEST_TOKEN,
            creds,
            Some(&body),
            Some(Extension::PendingCode),
        )
    }

    /// `POST /tf/recovery-codes` ([`Extension::RecoveryCodes`]): a fresh set, after proving
    /// the current factor.
    pub(crate) fn recovery_codes(
        &self,
        creds: &Credentials,
        proof: &Secret,
    ) -> Result<wire::RecoveryCodesResponse> {
        let body = wire::OtpRequest {
            otp: Some(proof.expose().to_owned()),
        };
        self.post_basic(
            wire::PATH_TF_RECOVERY_CODES,
            creds,
            Some(&body),
            Some(Extension::RecoveryCodes),
        )
    }

    /// `POST /tf/verify`: checks a code; finishes a pending enrolment.
    pub(crate) fn verify(&self, creds: &Credentials, otp: &Secret) -> Result<MessageResponse> {
        let body = wire::OtpRequest {
            otp: Some(otp.expose().to_owned()),
        };
        self.post_basic(wire::PATH_TF_VERIFY, creds, Some(&body), None)
    }

    /// `POST /tf/disable`: e-mails a confirmation token.
    pub(crate) fn disable(&self, creds: &Credentials) -> Result<MessageResponse> {
        self.post_basic::<(), _>(wire::PATH_TF_DISABLE, creds, None, None)
    }

    /// `POST /tf/disable/{token}`: confirms the disable.
    pub(crate) fn confirm_disable(
        &self,
        creds: &Credentials,
        token: &Secret,
    ) -> Result<MessageResponse> {
        let path =
            wire::path_tf_disable_confirm(&segment("the confirmation token", token.expose())?);
        // The token is a secret: `--debug` shows the route, not the path.
        self.send(self.basic(&path, creds), "POST", "/tf/disable/(token)")
    }

    /// `POST /auth/revoke-token`: the token stops working (a logout), where the endpoint
    /// offers it.
    pub(crate) fn revoke_token(&self, token: &Secret) -> Result<Revoked> {
        let req = self.bearer(reqwest::Method::POST, wire::PATH_REVOKE_TOKEN, token);
        self.last_status.set(None);
        match self.send::<MessageResponse>(req, "POST", wire::PATH_REVOKE_TOKEN) {
            Ok(_) => Ok(Revoked::Now),
            Err(Error::Auth { .. }) => Ok(Revoked::Already),
            Err(_)
                if matches!(
                    self.last_status.get(),
                    Some(StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED)
                ) =>
            {
                Ok(Revoked::NotOffered)
            }
            Err(e) => Err(e),
        }
    }

    /// `GET /v2/user`: the account's profile.
    pub(crate) fn user(&self, token: &Secret) -> Result<wire::UserProfile> {
        let req = self
            .http
            .get(format!("{}{}", self.base, wire::PATH_USER))
            .bearer_auth(token.expose());
        let envelope: wire::UserEnvelope = self.send_idempotent(req, "GET", wire::PATH_USER)?;
        Ok(envelope.data)
    }

    /// `GET /v2/user/token`, every page (following `meta.pages.next_url` as pyvss does, on
    /// this endpoint only): the account's tokens. `None` when the endpoint has no such call
    /// (404 or 405).
    pub(crate) fn user_tokens(&self, token: &Secret) -> Result<Option<Vec<wire::TokenInfo>>> {
        let mut req = self
            .bearer(reqwest::Method::GET, wire::PATH_USER_TOKENS, token)
            .query(&[("expand", "1"), ("per_page", "100")]);
        let mut all = Vec::new();
        // A bound, so that a server whose pages point at each other cannot keep us here.
        for _ in 0..100 {
            self.last_status.set(None);
            let page: wire::TokenList =
                match self.send_idempotent(req, "GET", wire::PATH_USER_TOKENS) {
                    Ok(page) => page,
                    Err(_)
                        if all.is_empty()
                            && matches!(
                                self.last_status.get(),
                                Some(StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED)
                            ) =>
                    {
                        return Ok(None)
                    }
                    Err(e) => return Err(e),
                };
            let next = page
                .meta
                .and_then(|m| m.pages)
                .and_then(|p| p.next_url)
                .filter(|next| !next.is_empty());
            let empty = page.data.is_empty();
            all.extend(page.data);
            match next {
                Some(next) if !empty => {
                    if !self.same_endpoint(&next) {
                        return Err(Error::server(format!(
                            "the token list's next page is on another server ({}): not followed",
                            crate::sanitize::neutralise(&next)
                        )));
                    }
                    req = self.http.get(next).bearer_auth(token.expose());
                }
                _ => break,
            }
        }
        Ok(Some(all))
    }

    /// True when `url` is on this endpoint (same scheme, host, port and base path).
    fn same_endpoint(&self, url: &str) -> bool {
        let base = format!("{}/", self.base.trim_end_matches('/'));
        url.starts_with(&base)
    }

    /// `GET /v2/user/token/{id}`: one of the account's tokens.
    pub(crate) fn user_token(&self, token: &Secret, id: u64) -> Result<wire::TokenInfo> {
        let path = wire::path_user_token(id);
        let req = self.bearer(reqwest::Method::GET, &path, token);
        let envelope: wire::TokenEnvelope = self.send_idempotent(req, "GET", &path)?;
        Ok(envelope.data)
    }

    /// The token itself where `GET /v2/user/token/{id}` shows it (as the real service's
    /// documentation says it may, in `value`).
    pub(crate) fn user_token_value(&self, token: &Secret, id: u64) -> Result<Option<String>> {
        #[derive(serde::Deserialize)]
        struct Shown {
            #[serde(default)]
            data: Option<ShownToken>,
        }
        #[derive(serde::Deserialize)]
        struct ShownToken {
            #[serde(default)]
            value: Option<String>,
        }
        let path = wire::path_user_token(id);
        let req = self.bearer(reqwest::Method::GET, &path, token);
        let shown: Shown = self.send_idempotent(req, "GET", "/v2/user/token/(id)")?;
        Ok(shown.data.and_then(|d| d.value))
    }

    /// `DELETE /v2/user/token/{id}`: that token stops working.
    pub(crate) fn delete_user_token(&self, token: &Secret, id: u64) -> Result<()> {
        let path = wire::path_user_token(id);
        let req = self
            .bearer(reqwest::Method::DELETE, &path, token)
            .body(Vec::new());
        let _: serde_json::Value = self.send(req, "DELETE", &path)?;
        Ok(())
    }

    /// `GET /v2/admin/settings/totp`.
    pub(crate) fn totp_settings(&self, token: &Secret) -> Result<wire::TotpSettings> {
        let req = self.bearer(reqwest::Method::GET, wire::PATH_ADMIN_SETTINGS_TOTP, token);
        self.send_idempotent(req, "GET", wire::PATH_ADMIN_SETTINGS_TOTP)
    }

    /// `PUT /v2/admin/settings/totp`.
    pub(crate) fn set_totp_settings(
        &self,
        token: &Secret,
        settings: &wire::TotpSettings,
    ) -> Result<wire::TotpSettings> {
        let req = self
            .bearer(reqwest::Method::PUT, wire::PATH_ADMIN_SETTINGS_TOTP, token)
            .json(settings);
        self.send_idempotent(req, "PUT", wire::PATH_ADMIN_SETTINGS_TOTP)
    }

    /// `GET /v2/admin/domains`.
    pub(crate) fn domains(&self, token: &Secret) -> Result<wire::DomainList> {
        let req = self.bearer(reqwest::Method::GET, wire::PATH_ADMIN_DOMAINS, token);
        self.send_idempotent(req, "GET", wire::PATH_ADMIN_DOMAINS)
    }

    /// `PUT /v2/admin/domains/{domain}`.
    pub(crate) fn set_domain(
        &self,
        token: &Secret,
        domain: &str,
        policy: &wire::DomainPolicyRequest,
    ) -> Result<wire::DomainInfo> {
        let path = wire::path_admin_domain(&segment("the domain", domain)?);
        let req = self.bearer(reqwest::Method::PUT, &path, token).json(policy);
        self.send_idempotent(req, "PUT", &path)
    }

    /// `GET /v2/admin/users`.
    pub(crate) fn users(
        &self,
        token: &Secret,
        query: &wire::UsersQuery,
    ) -> Result<wire::Page<wire::AdminUser>> {
        let req = self
            .bearer(reqwest::Method::GET, wire::PATH_ADMIN_USERS, token)
            .query(query);
        self.send_idempotent(req, "GET", wire::PATH_ADMIN_USERS)
    }

    /// `PATCH /v2/admin/users/{username}`.
    pub(crate) fn update_user(
        &self,
        token: &Secret,
        username: &str,
        domain: &wire::DomainQuery,
        update: &wire::UserUpdate,
    ) -> Result<wire::AdminUserEnvelope> {
        let path = wire::path_admin_user(&segment("the user name", username)?);
        let req = self
            .bearer(reqwest::Method::PATCH, &path, token)
            .query(domain)
            .json(update);
        self.send_idempotent(req, "PATCH", &path)
    }

    /// `POST /v2/admin/users/{username}/totp/reset`.
    pub(crate) fn reset_user_totp(
        &self,
        token: &Secret,
        username: &str,
        domain: &wire::DomainQuery,
    ) -> Result<MessageResponse> {
        let path = wire::path_admin_user_totp_reset(&segment("the user name", username)?);
        let req = self
            .bearer(reqwest::Method::POST, &path, token)
            .query(domain);
        self.send(req, "POST", &path)
    }

    /// `POST /v2/admin/users/{username}/alert`.
    pub(crate) fn alert_user(
        &self,
        token: &Secret,
        username: &str,
        domain: &wire::DomainQuery,
    ) -> Result<MessageResponse> {
        let path = wire::path_admin_user_alert(&segment("the user name", username)?);
        let req = self
            .bearer(reqwest::Method::POST, &path, token)
            .query(domain);
        self.send(req, "POST", &path)
    }

    /// `GET /v2/admin/audit`.
    pub(crate) fn audit(
        &self,
        token: &Secret,
        query: &wire::PageQuery,
    ) -> Result<wire::Page<wire::AuditRecord>> {
        let req = self
            .bearer(reqwest::Method::GET, wire::PATH_ADMIN_AUDIT, token)
            .query(query);
        self.send_idempotent(req, "GET", wire::PATH_ADMIN_AUDIT)
    }

    fn bearer(&self, method: reqwest::Method, path: &str, token: &Secret) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token.expose())
    }

    /// A Basic-auth POST, with an empty body (`Content-Length: 0`) unless one is added.
    fn basic(&self, path: &str, creds: &Credentials) -> RequestBuilder {
        self.http
            .post(format!("{}{path}", self.base))
            .basic_auth(&creds.username, Some(creds.password.expose()))
            .body(Vec::new())
    }

    fn post_basic<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        creds: &Credentials,
        body: Option<&B>,
        extension: Option<Extension>,
    ) -> Result<T> {
        let mut req = self.basic(path, creds);
        if let Some(body) = body {
            req = req.json(body);
        }
        self.exchange(req, "POST", path, extension)
    }

    /// Sends a request that may safely be repeated, trying again after connection errors
    /// (with growing pauses) before giving up.
    fn send_idempotent<T: DeserializeOwned>(
        &self,
        req: RequestBuilder,
        method: &str,
        shown_path: &str,
    ) -> Result<T> {
        for pause in RETRY_PAUSES {
            let Some(attempt) = req.try_clone() else {
                break;
            };
            self.timed_out.set(false);
            match self.send(attempt, method, shown_path) {
                // A call that ran out of time is not tried again: --timeout bounds it whole.
                Err(Error::Network { .. }) if !self.timed_out.get() => {
                    self.trace(|| {
                        format!("retrying {method} {shown_path} in {} ms", pause.as_millis())
                    });
                    std::thread::sleep(pause);
                }
                other => return other,
            }
        }
        self.send(req, method, shown_path)
    }

    /// Sends a request once and decodes the reply. `shown_path` is what `--debug` prints:
    /// never a secret.
    fn send<T: DeserializeOwned>(
        &self,
        req: RequestBuilder,
        method: &str,
        shown_path: &str,
    ) -> Result<T> {
        self.exchange(req, method, shown_path, None)
    }

    /// [`Api::send`], for a call that uses `extension` when there is one: a server that does
    /// not know it is told apart from other refusals.
    fn exchange<T: DeserializeOwned>(
        &self,
        req: RequestBuilder,
        method: &str,
        shown_path: &str,
        extension: Option<Extension>,
    ) -> Result<T> {
        let (status, bytes) = self.receive(req, method, shown_path, "the VSS API")?;
        if status.is_success() {
            // A 204, or a 2xx with nothing in it (a DELETE), reads as `null`.
            let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
                b"null"
            } else {
                &bytes
            };
            return serde_json::from_slice(bytes).map_err(|e| {
                Error::server(format!(
                    "{} answered {method} {shown_path} with something that is not the VSS API \
                     ({e}); check the endpoint",
                    self.base
                ))
            });
        }
        let reply = serde_json::from_slice::<ErrorResponse>(&bytes).ok();
        if let Some(extension) = extension {
            if unknown_to_server(extension, status, reply.as_ref().map(|r| r.error)) {
                return Err(extension.unsupported(&self.base, status, method, shown_path, reply));
            }
        }
        match reply {
            Some(body) => Err(classify(status, body)),
            None if status.is_server_error() => Err(Error::server(format!(
                "the server failed: HTTP {status} for {method} {shown_path}"
            ))),
            None => Err(Error::server(format!(
                "{} answered HTTP {status} for {method} {shown_path} without an API error; is it \
                 the VSS API?",
                self.base
            ))),
        }
    }

    /// Sends `req` and reads its whole reply within the timeout ([`Api::fetch`]): the status
    /// and body, with the call traced, the server's clock noted, and a failure, a timeout, a
    /// cut-off or an oversized reply (from a server that may not be `what`) as an error.
    pub(super) fn receive(
        &self,
        req: RequestBuilder,
        method: &str,
        shown_path: &str,
        what: &str,
    ) -> Result<(StatusCode, Vec<u8>)> {
        let started = Instant::now();
        let (status, headers, body) = match self.fetch(req) {
            Fetched::Reply(status, headers, body) => (status, headers, body),
            Fetched::Failed(e) => {
                let elapsed = format!("{:.3}", started.elapsed().as_secs_f64() * 1000.0);
                self.trace(|| format!("{method} {shown_path} -> failed after {elapsed} ms"));
                return Err(self.network_error(&e, method, shown_path));
            }
            Fetched::TimedOut { answered } => {
                self.timed_out.set(true);
                let secs = self.timeout.as_secs();
                let cause = if answered {
                    format!("no complete answer within {secs} s (the reply kept coming too slowly)")
                } else {
                    format!("no answer within {secs} s")
                };
                self.trace(|| format!("{method} {shown_path} -> {cause}"));
                return Err(Error::Network {
                    endpoint: self.base.clone(),
                    cause,
                    hint: None,
                });
            }
        };
        let elapsed = format!("{:.3}", started.elapsed().as_secs_f64() * 1000.0);
        self.last_status.set(Some(status));
        self.note_date(&headers);
        self.trace(|| {
            let server = server_time(&headers)
                .map(|ms| format!(", server {ms:.3} ms"))
                .unwrap_or_default();
            format!(
                "{method} {shown_path} -> {} ({elapsed} ms{server})",
                status.as_u16()
            )
        });
        let bytes = body.map_err(|e| Error::Network {
            endpoint: self.base.clone(),
            cause: format!("the reply was cut off: {}", root_cause(&e)),
            hint: None,
        })?;
        if bytes.len() as u64 > MAX_REPLY_BYTES {
            return Err(Error::server(format!(
                "{} sent a reply larger than {} KiB to {method} {shown_path}; is it {what}?",
                self.base,
                MAX_REPLY_BYTES / 1024
            )));
        }
        Ok((status, bytes))
    }

    /// Sends `req` and reads the whole reply (at most [`MAX_REPLY_BYTES`] and one byte), all
    /// within `--timeout`: a server that answers a byte at a time cannot hold the command
    /// longer. The exchange runs on a thread of its own, left behind when time is up.
    fn fetch(&self, req: RequestBuilder) -> Fetched {
        use std::sync::atomic::{AtomicBool, Ordering};
        let (tx, rx) = std::sync::mpsc::channel();
        let answered = std::sync::Arc::new(AtomicBool::new(false));
        let answering = std::sync::Arc::clone(&answered);
        let spawned = std::thread::Builder::new()
            .name("vss-cli http".into())
            .spawn(move || {
                let fetched = match req.send() {
                    Err(e) => Fetched::Failed(e),
                    Ok(resp) => {
                        answering.store(true, Ordering::SeqCst);
                        let (status, headers) = (resp.status(), resp.headers().clone());
                        let mut bytes = Vec::new();
                        let body = resp
                            .take(MAX_REPLY_BYTES + 1)
                            .read_to_end(&mut bytes)
                            .map(|_| bytes);
                        Fetched::Reply(status, headers, body)
                    }
                };
                let _ = tx.send(fetched);
            });
        if spawned.is_err() {
            return Fetched::TimedOut { answered: false };
        }
        rx.recv_timeout(self.timeout)
            .unwrap_or_else(|_| Fetched::TimedOut {
                answered: answered.load(Ordering::SeqCst),
            })
    }

    fn network_error(&self, e: &reqwest::Error, method: &str, shown_path: &str) -> Error {
        if let Some(refused) = find_cause::<RedirectRefused>(e) {
            return Error::server(format!(
                "{} answered {method} {shown_path} with a redirect to another server, {}: not \
                 followed, so neither the request nor your credentials went there; if the \
                 service has moved, use -e/--endpoint {}",
                refused.from.origin().ascii_serialization(),
                refused.to.origin().ascii_serialization(),
                refused.to.origin().ascii_serialization(),
            ));
        }
        if let Some(problem) = certificate_problem(e) {
            return certificate_error(&self.base, problem);
        }
        let cause = if e.is_timeout() {
            format!("no answer within {} s", self.timeout.as_secs())
        } else {
            root_cause(e)
        };
        Error::Network {
            endpoint: self.base.clone(),
            cause,
            hint: None,
        }
    }
}

/// The server's own time for a call, from `Server-Timing: app;dur=MS`.
fn server_time(headers: &reqwest::header::HeaderMap) -> Option<f64> {
    let value = headers.get("server-timing")?.to_str().ok()?;
    value
        .split([',', ';'])
        .find_map(|part| part.trim().strip_prefix("dur="))
        .and_then(|ms| ms.parse().ok())
}

/// One path segment (a user name, a domain, a confirmation token), percent-encoded so that no
/// value can change the route. `.`, `..` and the empty string are refused: URL parsing (the
/// `url` crate, as browsers do) takes them, encoded or not, as "this" or "the parent" folder,
/// so no encoding can carry them; the server refuses such names too.
fn segment(what: &str, raw: &str) -> Result<String> {
    if matches!(raw, "" | "." | "..") {
        return Err(Error::usage(format!(
            "{what} {raw:?} is not a valid name: no account, domain or token is empty, \".\" \
             or \"..\""
        )));
    }
    Ok(encode_segment(raw))
}

/// Percent-encodes one path segment.
fn encode_segment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        // `.` is encoded too, so that `..` cannot climb the path.
        if b.is_ascii_alphanumeric() || b"-_~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Most redirects an API call follows.
const MAX_REDIRECTS: usize = 5;

/// Follows a redirect only to the same origin (scheme, host and port) or from `http` to
/// `https` on the same host and the default ports, as Python's requests keeps credentials:
/// anything else would carry the body and the credentials elsewhere, and take a token from
/// there. A refused redirect is an error naming both hosts.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let Some(from) = attempt.previous().last().cloned() else {
            return attempt.stop();
        };
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
        }
        if may_follow(&from, attempt.url()) {
            attempt.follow()
        } else {
            let to = attempt.url().clone();
            attempt.error(RedirectRefused { from, to })
        }
    })
}

/// Whether a redirect from `from` to `to` stays with the same server.
fn may_follow(from: &reqwest::Url, to: &reqwest::Url) -> bool {
    if from.host_str() != to.host_str() {
        return false;
    }
    let (from_port, to_port) = (from.port_or_known_default(), to.port_or_known_default());
    match (from.scheme(), to.scheme()) {
        (a, b) if a == b => from_port == to_port,
        ("http", "https") => from_port == Some(80) && to_port == Some(443),
        _ => false,
    }
}

/// A redirect to another origin, which is not followed.
#[derive(Debug)]
struct RedirectRefused {
    from: reqwest::Url,
    to: reqwest::Url,
}

impl std::fmt::Display for RedirectRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "refused a redirect from {} to {}",
            self.from.origin().ascii_serialization(),
            self.to.origin().ascii_serialization()
        )
    }
}

impl std::error::Error for RedirectRefused {}

/// The first error of type `T` in the chain of `e`, looking inside I/O errors too (whose
/// `source` skips the error they wrap).
fn find_cause<'a, T: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(found) = err.downcast_ref::<T>() {
            return Some(found);
        }
        if let Some(inner) = err
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref)
        {
            if let Some(found) = find_cause::<T>(inner) {
                return Some(found);
            }
        }
        cur = err.source();
    }
    None
}

/// Why the endpoint's certificate was refused, if that is why the call failed.
fn certificate_problem(e: &reqwest::Error) -> Option<&rustls::CertificateError> {
    match find_cause::<rustls::Error>(e)? {
        rustls::Error::InvalidCertificate(problem) => Some(problem),
        _ => None,
    }
}

/// The error for a refused certificate: the handshake failed, so nothing was sent.
fn certificate_error(base: &str, problem: &rustls::CertificateError) -> Error {
    use rustls::CertificateError as C;
    let date = |t: &rustls::pki_types::UnixTime| {
        chrono::DateTime::from_timestamp(t.as_secs() as i64, 0)
            .map_or_else(|| "an unknown date".to_owned(), |d| d.to_rfc3339())
    };
    let host = reqwest::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default();
    let also = "the operating system's store, REQUESTS_CA_BUNDLE and SSL_CERT_FILE are read too";
    let (reason, hint) = match problem {
        C::UnknownIssuer | C::BadSignature => (
            "its certificate is not signed by an authority this computer trusts (unknown issuer)"
                .to_owned(),
            format!(
                "if the service uses a private certificate authority, pass that authority's \
                 certificate with --ca-bundle PATH (or set VSS_CA_BUNDLE); {also}"
            ),
        ),
        C::Expired | C::ExpiredContext { .. } => (
            match problem {
                C::ExpiredContext { not_after, .. } => {
                    format!("its certificate expired on {} (expired)", date(not_after))
                }
                _ => "its certificate has expired (expired)".to_owned(),
            },
            "check this computer's clock, or ask the service's administrators to renew the \
             certificate; --ca-bundle adds authorities, it cannot make an expired certificate \
             valid"
                .to_owned(),
        ),
        C::NotValidYet | C::NotValidYetContext { .. } => (
            match problem {
                C::NotValidYetContext { not_before, .. } => format!(
                    "its certificate is not valid before {} (not yet valid)",
                    date(not_before)
                ),
                _ => "its certificate is not valid yet (not yet valid)".to_owned(),
            },
            "check this computer's clock; --ca-bundle adds authorities, it cannot change when a \
             certificate is valid"
                .to_owned(),
        ),
        C::NotValidForName | C::NotValidForNameContext { .. } => (
            match problem {
                C::NotValidForNameContext { presented, .. } if !presented.is_empty() => format!(
                    "its certificate is for {}, not {host} (name mismatch)",
                    presented
                        .iter()
                        .map(|n| presented_name(n))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                _ => format!("its certificate is not for {host} (name mismatch)"),
            },
            "use a host name the certificate names in -e/--endpoint; --ca-bundle adds \
             authorities, not names"
                .to_owned(),
        ),
        other => (
            format!(
                "its certificate was refused ({})",
                rustls::Error::InvalidCertificate(other.clone())
            ),
            format!(
                "the certificate is checked against the authorities of --ca-bundle PATH \
                 (VSS_CA_BUNDLE) and {also}"
            ),
        ),
    };
    Error::Certificate {
        endpoint: base.to_owned(),
        reason,
        hint,
    }
}

/// A name a certificate presents, as rustls reports it (`DnsName("a.example")`,
/// `IpAddress(10.0.0.1)`): the name alone, without control characters.
fn presented_name(reported: &str) -> String {
    let inner = reported
        .split_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(reported);
    let inner = inner
        .strip_prefix('"')
        .and_then(|n| n.strip_suffix('"'))
        .unwrap_or(inner);
    inner.chars().filter(|c| !c.is_control()).collect()
}

/// The server's message without the error kind it may start with (`InvalidParameterValue:
/// otp is invalid or expired`, as the Python client's substring checks want it): the kind is
/// for programs, the rest for people.
fn without_kind_prefix(message: String) -> String {
    let Some((head, rest)) = message.split_once(": ") else {
        return message;
    };
    let is_kind = head.len() > 2
        && head.starts_with(|c: char| c.is_ascii_uppercase())
        && head.chars().all(|c| c.is_ascii_alphanumeric())
        && head.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && !rest.trim().is_empty();
    if is_kind {
        rest.trim_start().to_owned()
    } else {
        message
    }
}

/// Turns an API error reply into the error (and exit code) it stands for: by its kind, and
/// for a kind that says no more (or one this version does not know), by the HTTP status.
pub(crate) fn classify(status: StatusCode, body: ErrorResponse) -> Error {
    let ErrorResponse {
        error: kind,
        message,
    } = body;
    let message = without_kind_prefix(message);
    match kind {
        ErrorKind::AccessDenied => Error::Denied {
            message,
            hint: Some("ask an administrator whose role covers this".into()),
        },
        // The command layer adds the exact commands for this endpoint and user.
        ErrorKind::AdminMfaRequired => Error::Policy {
            kind,
            message,
            hint: None,
        },
        // The command layer adds the exact `mk` command for this endpoint and user.
        ErrorKind::TotpEnforcement => Error::Policy {
            kind,
            message,
            hint: None,
        },
        ErrorKind::InvalidOtp | ErrorKind::InvalidConfirmationToken => Error::Auth {
            kind,
            message,
            hint: None,
        },
        ErrorKind::InvalidRecoveryCode => Error::Auth {
            kind,
            message,
            hint: Some(
                "each recovery code works once: check it against the list you saved (case, \
                 dashes and spaces do not matter), or log in with a code of your second factor \
                 (--totp CODE); `vss-cli account set mfa recovery-codes` makes a new set"
                    .into(),
            ),
        },
        // A refused code from a server that says no more than "invalid parameter".
        ErrorKind::InvalidParameterValue if status == StatusCode::UNAUTHORIZED => Error::Auth {
            kind,
            message,
            hint: None,
        },
        _ => by_status(status, kind, message),
    }
}

/// The error an API reply of `kind` stands for when its kind says no more than its HTTP
/// status.
fn by_status(status: StatusCode, kind: ErrorKind, message: String) -> Error {
    match status {
        StatusCode::UNAUTHORIZED => Error::Auth {
            kind,
            message,
            hint: Some(
                "check the user name and password (-u/--username; -p/--password, \
                 --password-stdin or VSS_USER_PASS)"
                    .into(),
            ),
        },
        StatusCode::FORBIDDEN => Error::Policy {
            kind,
            message,
            hint: None,
        },
        // Too many failed attempts or code requests: ours say when to retry.
        StatusCode::TOO_MANY_REQUESTS => {
            let hint = match kind {
                ErrorKind::TooManyAttempts | ErrorKind::TooManyRequests => {
                    "the server limits attempts on an account: wait until the time above, \
                     then try again"
                }
                _ => {
                    "the server limits attempts on an account: wait a few minutes, then try \
                     again"
                }
            };
            Error::Refused {
                kind,
                message,
                hint: Some(hint.into()),
            }
        }
        s if s.is_server_error() => Error::server(format!("the server failed ({s}): {message}")),
        _ => Error::Refused {
            kind,
            message,
            hint: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exit_codes::ExitCode;

    fn err(status: u16, error: &str, message: &str) -> Error {
        let body = serde_json::json!({"error": error, "message": message});
        classify(
            StatusCode::from_u16(status).unwrap(),
            serde_json::from_value(body).unwrap(),
        )
    }

    #[test]
    fn a_clock_far_off_is_a_warning_returned_not_printed() {
        let server = crate::testing::server_with("ann");
        let trust = crate::trust::Trust::new(None, None, None);
        let api = Api::new(&server.url(), Duration::from_secs(10), None, &trust).unwrap();
        let creds = Credentials {
            username: "ann".into(),
            password: Secret::from(vss_testkit::PASSWORD),
        };
        api.request_token(&creds, None).unwrap();
        assert_eq!(api.take_warnings(), []);
        server.clock().advance(120);
        api.request_token(&creds, None).unwrap();
        api.request_token(&creds, None).unwrap();
        let warnings = api.take_warnings();
        let [Warning::ClockSkew(offset)] = warnings[..] else {
            panic!("{warnings:?}");
        };
        assert!((119..=121).contains(&offset), "{offset}");
        assert_eq!(
            Warning::ClockSkew(120).to_string(),
            "this computer's clock is 120 s behind the server's; one-time codes may be refused: \
             set the clock right (NTP) on this computer and your phone"
        );
        // Told once a run.
        api.request_token(&creds, None).unwrap();
        assert_eq!(api.take_warnings(), []);
    }

    #[test]
    fn redirects_are_followed_within_one_server_only() {
        let url = |u: &str| reqwest::Url::parse(u).unwrap();
        let cases = [
            ("https://a.example/x", "https://a.example/y", true),
            ("https://a.example", "https://a.example:443/y", true),
            ("http://a.example:8787/x", "http://a.example:8787/y", true),
            // The upgrade to HTTPS on the same host, as Python's requests keeps credentials.
            ("http://a.example/x", "https://a.example/x", true),
            ("http://a.example:8787/x", "https://a.example:8788/x", false),
            ("https://a.example/x", "http://a.example/x", false),
            ("https://a.example/x", "https://b.example/x", false),
            ("https://a.example/x", "https://a.example:8443/x", false),
            ("http://127.0.0.1:1/x", "http://localhost:1/x", false),
        ];
        for (from, to, follow) in cases {
            assert_eq!(may_follow(&url(from), &url(to)), follow, "{from} -> {to}");
        }
    }

    #[test]
    fn names_in_certificates() {
        assert_eq!(
            presented_name(r#"DnsName("vss.example.org")"#),
            "vss.example.org"
        );
        assert_eq!(presented_name("IpAddress(10.0.0.1)"), "10.0.0.1");
        assert_eq!(presented_name("DirectoryName"), "DirectoryName");
        assert_eq!(presented_name("DnsName(\"a\u{1b}[31m\")"), "a[31m");
    }

    #[test]
    fn encodes_path_segments() {
        assert_eq!(encode_segment("jm"), "jm");
        assert_eq!(encode_segment("a/b c"), "a%2Fb%20c");
        assert_eq!(encode_segment("%2e%2e"), "%252e%252e");
        for refused in ["", ".", ".."] {
            assert!(matches!(segment("x", refused), Err(Error::Usage { .. })));
        }
        assert_eq!(segment("x", "...").unwrap(), "%2E%2E%2E");
    }

    #[test]
    fn classifies_by_kind_then_status() {
        let cases = [
            (
                401,
                "InvalidOtp",
                "InvalidParameterValue: otp is required",
                ExitCode::Auth,
            ),
            (
                401,
                "InvalidRecoveryCode",
                "InvalidParameterValue: otp is not an unused recovery code",
                ExitCode::Auth,
            ),
            (
                401,
                "InvalidConfirmationToken",
                "InvalidParameterValue: token is invalid",
                ExitCode::Auth,
            ),
            // The real service may say no more than this about a refused code.
            (
                401,
                "InvalidParameterValue",
                "InvalidParameterValue: otp is invalid",
                ExitCode::Auth,
            ),
            (
                400,
                "InvalidParameterValue",
                "InvalidParameterValue: method",
                ExitCode::Failure,
            ),
            // Kinds this version does not know: the status decides; the text never does.
            (401, "SomethingNew", "TotpEnforcement: Must enable TOTP", ExitCode::Auth),
            (403, "SomethingNew", "InvalidParameterValue: otp", ExitCode::Policy),
            (409, "SomethingNew", "x", ExitCode::Failure),
            (503, "SomethingNew", "x", ExitCode::Server),
            (
                401,
                "Unauthorized",
                "Invalid username or password",
                ExitCode::Auth,
            ),
            (
                403,
                "TotpEnforcement",
                "TotpEnforcement: Must enable TOTP",
                ExitCode::Policy,
            ),
            (403, "Forbidden", "not allowed", ExitCode::Policy),
            (
                403,
                "AdminMfaRequired",
                "Administrator calls need a login that passed MFA",
                ExitCode::Policy,
            ),
            (409, "Conflict", "MFA is already enabled", ExitCode::Failure),
            (
                403,
                "AccessDenied",
                "needs the admin role",
                ExitCode::Denied,
            ),
            (500, "InternalError", "boom", ExitCode::Server),
            (
                429,
                "TooManyAttempts",
                "Too many failed attempts in a row; try again after 2030-01-01T00:01:00Z (in 1 minute)",
                ExitCode::Failure,
            ),
        ];
        for (status, error, message, code) in cases {
            assert_eq!(err(status, error, message).exit_code(), code, "{message}");
        }
    }

    #[test]
    fn too_many_attempts_says_when_to_retry() {
        let e = err(
            429,
            "TooManyAttempts",
            "Too many failed attempts in a row; try again after 2030-01-01T00:01:00Z (in 1 minute)",
        );
        let Error::Refused { message, hint, .. } = &e else {
            panic!("{e:?}");
        };
        assert!(message.contains("try again after 2030-01-01T00:01:00Z"));
        assert!(hint.as_deref().unwrap().contains("wait"), "{hint:?}");
        // A 429 of a kind this version does not know still gets a hint to wait.
        let Error::Refused { hint, .. } = err(429, "SlowDown", "slow down") else {
            panic!("not refused");
        };
        assert!(hint.unwrap().contains("wait a few minutes"));
    }
}
