//! The VPN's MFA gateway ([`vss_wire::vpn`]), as pyvss and the Python vss-cli call it: on the
//! API's listener, and on one of its own (`--vpn-listen`) for a gateway with a host of its
//! own, as the real one has. HTTP Basic on every call; the rules live in the service
//! (`service/vpn.rs`).
//!
//! | call | reply |
//! |---|---|
//! | `GET /otp/user-status-totp.php` | `{"usages": "vpn", "method": "AUTHENTICATOR", "gateway": "open"\|"closed", "since"}`; `usages` and `method` are `null` while the account has no MFA (the gateway's MFA is off) |
//! | `POST /otp/enable-vpn-result.php`, form `otpass=CODE` | `{"status": "enabled", "message"}`; a refused or missing code: still 200, `{"status": "failed", "message"}` |
//! | `GET /otp/shut-totp.php?stamp=YYYYmmddHHMMSSZ` | `{"status": "disabled", "message"}` |
//! | `GET /otp/user-status-log.php?stamp=YYYYmmddHHMMSSZ` | `{"log": ["TIME USER: WHAT", ...]}` since the stamp (UTC; all of it when empty), oldest first, the newest 500 at most |
//! | `GET /totp/` | a page (text) saying how to turn the gateway's MFA on here |
//!
//! Wrong credentials are 401 and a lock after repeated failed codes 429 `TooManyAttempts`, as
//! for the API; a body that is not a form is 415, a malformed stamp 400.

use axum::body::Body;
use axum::extract::{Form, FromRequest, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Deserialize;

use super::{blocking, read_bytes, BasicAuth, ClientIp, QueryParams, Shared};
use crate::error::Error;
use crate::service::Opened;
use vss_redacted::Secret;
use vss_wire::vpn::{self, GatewayLog, GatewayReply, GatewayStatus};

/// The gateway's routes (their state is the service).
pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route(vpn::PATH_STATUS, get(status))
        .route(vpn::PATH_ENABLE, post(enable))
        .route(vpn::PATH_DISABLE, get(disable))
        .route(vpn::PATH_LOG, get(log))
        .route(vpn::PATH_SETUP, get(setup_page))
}

async fn status(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
) -> Result<Json<GatewayStatus>, Error> {
    blocking(service, move |s| s.vpn_status(&credentials))
        .await
        .map(Json)
}

async fn enable(
    State(service): State<Shared>,
    ClientIp(ip): ClientIp,
    BasicAuth(credentials): BasicAuth,
    CodeForm(otp): CodeForm,
) -> Result<Json<GatewayReply>, Error> {
    let opened = blocking(service, move |s| s.vpn_enable(&credentials, otp, ip)).await?;
    Ok(Json(match opened {
        Opened::Yes(reply) | Opened::Refused(reply) => reply,
    }))
}

async fn disable(
    State(service): State<Shared>,
    ClientIp(ip): ClientIp,
    BasicAuth(credentials): BasicAuth,
    QueryParams(query): QueryParams<StampQuery>,
) -> Result<Json<GatewayReply>, Error> {
    query.stamp()?;
    blocking(service, move |s| s.vpn_disable(&credentials, ip))
        .await
        .map(Json)
}

async fn log(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    QueryParams(query): QueryParams<StampQuery>,
) -> Result<Json<GatewayLog>, Error> {
    let since = query.stamp()?;
    let lines = blocking(service, move |s| s.vpn_log(&credentials, since)).await?;
    Ok(Json(GatewayLog {
        log: lines.into_iter().map(serde_json::Value::String).collect(),
    }))
}

/// `GET /totp/`: where the Python tool sends a person whose gateway MFA is off.
async fn setup_page() -> Response {
    let text = "vss-mock-server: the VPN gateway's MFA is the account's own second factor.\n\
                Turn it on with `vss-cli account set mfa mk AUTHENTICATOR` (or EMAIL, or SMS \
                --phone PHONE) and `vss-cli account set mfa verify CODE`;\n\
                then open the gateway with `vss-cli vpn gw on`.\n";
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        )],
        text,
    )
        .into_response()
}

/// The `stamp` query parameter: `YYYYmmddHHMMSSZ`, UTC.
#[derive(Debug, Default, Deserialize)]
pub(super) struct StampQuery {
    #[serde(default)]
    stamp: Option<String>,
}

impl StampQuery {
    /// The time, or none when it is missing or empty (pyvss sends it empty for a stamp it
    /// cannot write).
    fn stamp(&self) -> Result<Option<DateTime<Utc>>, Error> {
        let Some(raw) = self
            .stamp
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        else {
            return Ok(None);
        };
        parse_stamp(raw).map(Some).ok_or_else(|| {
            Error::InvalidParameter(format!(
                "stamp: {:?} is not a time written YYYYmmddHHMMSSZ (UTC), like 20260501130500Z",
                raw.chars().take(32).collect::<String>()
            ))
        })
    }
}

/// `20260501130500Z` as a time.
fn parse_stamp(raw: &str) -> Option<DateTime<Utc>> {
    let digits = raw.strip_suffix('Z')?;
    if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDateTime::parse_from_str(raw, vpn::STAMP_FORMAT)
        .ok()
        .map(|t| t.and_utc())
}

/// The code of the form body `otpass=CODE`; none when the body or the field is empty. A body
/// must be a form (`application/x-www-form-urlencoded`, as Python's requests sends it).
pub(super) struct CodeForm(Option<Secret>);

#[derive(Deserialize)]
struct CodeFields {
    #[serde(default)]
    otpass: Option<String>,
}

impl FromRequest<Shared> for CodeForm {
    type Rejection = Error;

    async fn from_request(request: Request, state: &Shared) -> Result<Self, Self::Rejection> {
        let declared = request
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let bytes = read_bytes(request, state).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(CodeForm(None));
        }
        let is_form = declared.as_deref().is_some_and(|t| {
            t.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .eq_ignore_ascii_case(vpn::FORM_CONTENT_TYPE)
        });
        if !is_form {
            return Err(Error::UnsupportedMediaType(format!(
                "The request body must be a form, sent with Content-Type: {}, like \
                 `{}=123456`",
                vpn::FORM_CONTENT_TYPE,
                vpn::CODE_FIELD
            )));
        }
        // A POST: axum reads the form of a GET from its query.
        let mut form = Request::new(Body::from(bytes));
        *form.method_mut() = axum::http::Method::POST;
        form.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(vpn::FORM_CONTENT_TYPE),
        );
        let Form(fields) = Form::<CodeFields>::from_request(form, &())
            .await
            .map_err(|e| Error::InvalidParameter(format!("body: {}", e.body_text())))?;
        Ok(CodeForm(fields.otpass.map(Secret::new)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_to_the_second() {
        assert_eq!(
            parse_stamp("20260501130500Z").unwrap().to_rfc3339(),
            "2026-05-01T13:05:00+00:00"
        );
        for bad in ["2026050113050Z", "20260501130500", "20261301130500Z", "x"] {
            assert!(parse_stamp(bad).is_none(), "{bad}");
        }
    }
}
