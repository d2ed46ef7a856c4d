//! The VPN gateway's calls ([`vss_wire::vpn`]), as pyvss makes them: another host, HTTP Basic
//! with the account's user name and password on every call, and requests as Python's
//! `requests` sends them — no `Content-Type` but the form's (`otpass=CODE`), a `stamp` query.
//! Its replies are not the API's: a refused code is a 2xx reply holding `failed`.

use std::rc::Rc;
use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder};
use reqwest::StatusCode;

use super::{classify, redirect_policy, Api, RETRY_PAUSES};
use crate::error::root_cause;
use crate::error::{Error, Result};
use crate::terminal::Terminal;
use crate::trust::Trust;
use vss_redacted::Secret;
use vss_wire::vpn::{self, GatewayLog, GatewayReply, GatewayStatus};
use vss_wire::{Credentials, ErrorKind, ErrorResponse};

impl Api {
    /// A client for the VPN gateway at `server` (checked already): as [`Api::new`], with the
    /// same trust and redirect rules, but its requests carry no content type of their own.
    pub(crate) fn gateway(
        server: &str,
        timeout: Duration,
        trace: Option<Rc<Terminal>>,
        trust: &Trust,
    ) -> Result<Api> {
        let tls = trust.client_config()?;
        let http = Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("vss-cli/", env!("CARGO_PKG_VERSION"), " (rust)"))
            .tls_backend_preconfigured(tls)
            .redirect(redirect_policy())
            .build()
            .map_err(|e| {
                Error::server(format!("cannot start the HTTP client: {}", root_cause(&e)))
            })?;
        let mut api = Api::new(server, timeout, trace, trust)?;
        api.http = http;
        Ok(api)
    }

    /// `GET /otp/user-status-totp.php`: whether the gateway's MFA is on for the account.
    pub(crate) fn vpn_status(&self, creds: &Credentials) -> Result<GatewayStatus> {
        let req = self.gateway_request(reqwest::Method::GET, vpn::PATH_STATUS, creds);
        let body = self.gateway_call(req, "GET", vpn::PATH_STATUS, true)?;
        serde_json::from_slice(&body).map_err(|e| self.not_the_gateway("GET", vpn::PATH_STATUS, e))
    }

    /// `POST /otp/enable-vpn-result.php` with the form `otpass=CODE`: opens the gateway.
    /// Returns what the gateway said, when it said something; a refused code is
    /// [`ErrorKind::InvalidOtp`], as a refused login code is.
    pub(crate) fn vpn_enable(&self, creds: &Credentials, code: &Secret) -> Result<Option<String>> {
        let req = self
            .gateway_request(reqwest::Method::POST, vpn::PATH_ENABLE, creds)
            .header(reqwest::header::CONTENT_TYPE, vpn::FORM_CONTENT_TYPE)
            .body(vpn::code_form(code.expose()));
        // Never repeated: a code works once.
        let body = self.gateway_call(req, "POST", vpn::PATH_ENABLE, false)?;
        let said = serde_json::from_slice::<GatewayReply>(&body)
            .ok()
            .map(|r| r.message.trim().to_owned())
            .filter(|m| !m.is_empty());
        if vpn::refused(&body) {
            return Err(Error::Auth {
                kind: ErrorKind::InvalidOtp,
                message: match said {
                    Some(said) => format!("the VPN gateway refused the code: {said}"),
                    None => format!(
                        "the VPN gateway refused the code (it answered \"{}\")",
                        vpn::REFUSED_MARKER
                    ),
                },
                hint: None,
            });
        }
        Ok(said)
    }

    /// `GET /otp/shut-totp.php?stamp=STAMP`: closes the gateway.
    pub(crate) fn vpn_disable(&self, creds: &Credentials, stamp: &str) -> Result<()> {
        let req = self
            .gateway_request(reqwest::Method::GET, vpn::PATH_DISABLE, creds)
            .query(&[(vpn::STAMP_PARAM, stamp)]);
        self.gateway_call(req, "GET", vpn::PATH_DISABLE, true)
            .map(|_| ())
    }

    /// `GET /otp/user-status-log.php?stamp=STAMP`: the gateway's log since then.
    pub(crate) fn vpn_log(&self, creds: &Credentials, stamp: &str) -> Result<Vec<String>> {
        let req = self
            .gateway_request(reqwest::Method::GET, vpn::PATH_LOG, creds)
            .query(&[(vpn::STAMP_PARAM, stamp)]);
        let body = self.gateway_call(req, "GET", vpn::PATH_LOG, true)?;
        serde_json::from_slice::<GatewayLog>(&body)
            .map(|log| log.lines())
            .map_err(|e| self.not_the_gateway("GET", vpn::PATH_LOG, e))
    }

    fn gateway_request(
        &self,
        method: reqwest::Method,
        path: &str,
        creds: &Credentials,
    ) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .basic_auth(&creds.username, Some(creds.password.expose()))
    }

    /// A 2xx reply that is not what the gateway answers.
    fn not_the_gateway(&self, method: &str, path: &str, e: serde_json::Error) -> Error {
        Error::Server {
            message: format!(
                "{} answered {method} {path} with something that is not the VPN gateway's \
                 reply ({e})",
                self.base
            ),
            hint: Some("check --vpn-server (or VSS_VPN_SERVER, or vpn_server)".into()),
        }
    }

    /// Sends `req` (again after a connection error when `idempotent`, as
    /// [`Api::send_idempotent`] does) and returns the body of a 2xx reply; any other reply is
    /// the error it stands for. `shown_path` is what `--debug` prints: never a secret.
    fn gateway_call(
        &self,
        req: RequestBuilder,
        method: &str,
        shown_path: &str,
        idempotent: bool,
    ) -> Result<Vec<u8>> {
        if idempotent {
            for pause in RETRY_PAUSES {
                let Some(attempt) = req.try_clone() else {
                    break;
                };
                self.timed_out.set(false);
                match self.gateway_once(attempt, method, shown_path) {
                    Err(Error::Network { .. }) if !self.timed_out.get() => {
                        self.trace(|| {
                            format!("retrying {method} {shown_path} in {} ms", pause.as_millis())
                        });
                        std::thread::sleep(pause);
                    }
                    other => return other,
                }
            }
        }
        self.gateway_once(req, method, shown_path)
    }

    fn gateway_once(&self, req: RequestBuilder, method: &str, shown_path: &str) -> Result<Vec<u8>> {
        let (status, bytes) = self.receive(req, method, shown_path, "the VPN gateway")?;
        if status.is_success() {
            return Ok(bytes);
        }
        Err(self.gateway_refusal(status, &bytes, method, shown_path))
    }

    /// What a reply other than 2xx stands for: the API's error when the gateway answered in
    /// its shape (the bundled server does), else by the status.
    fn gateway_refusal(&self, status: StatusCode, body: &[u8], method: &str, path: &str) -> Error {
        let base = &self.base;
        let reply = serde_json::from_slice::<ErrorResponse>(body).ok();
        let credentials = |said: String| Error::Auth {
            kind: ErrorKind::Unauthorized,
            message: format!("the VPN gateway at {base} refused the user name or password{said}"),
            hint: Some(
                "the gateway takes the account's own user name and password: check them \
                 (-u/--username; -p/--password, --password-stdin or VSS_USER_PASS)"
                    .into(),
            ),
        };
        match reply {
            Some(reply) if status == StatusCode::UNAUTHORIZED => {
                return credentials(format!(": {}", reply.message.trim()))
            }
            Some(reply) => return classify(status, reply),
            None => {}
        }
        match status {
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                credentials(format!(" (HTTP {status})"))
            }
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => Error::Server {
                message: format!(
                    "{base} answered HTTP {status} for {method} {path}: is it the VPN gateway?"
                ),
                hint: Some("check --vpn-server (or VSS_VPN_SERVER, or vpn_server)".into()),
            },
            s if s.is_server_error() => Error::server(format!(
                "the VPN gateway at {base} failed: HTTP {status} for {method} {path}"
            )),
            _ => Error::Refused {
                kind: ErrorKind::Unknown,
                message: format!(
                    "the VPN gateway at {base} refused {method} {path} with HTTP {status}"
                ),
                hint: None,
            },
        }
    }
}
