//! The VSS VPN's MFA gateway, as pyvss 2026.4.0 speaks to it (`get_vss_vpn_status`,
//! `enable_vss_vpn`, `disable_vss_vpn`, `monitor_vss_vpn`): a host of its own, HTTP Basic with
//! the account's user name and password on every call, and bodies that are not the API's:
//!
//! | call | what it does | reply read |
//! |---|---|---|
//! | `GET /otp/user-status-totp.php` | is MFA set up for the gateway, and how | [`GatewayStatus`]: no `usages` means the gateway's MFA is off |
//! | `POST /otp/enable-vpn-result.php`, form body `otpass=CODE` | opens the gateway with a code | 2xx; a body holding [`REFUSED_MARKER`] means the code was refused |
//! | `GET /otp/shut-totp.php?stamp=YYYYmmddHHMMSSZ` | closes it | 2xx |
//! | `GET /otp/user-status-log.php?stamp=YYYYmmddHHMMSSZ` | the gateway's log since then | [`GatewayLog`] |
//!
//! The requests carry no `Content-Type` but the form's, as Python's `requests` sends them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The gateway pyvss and the Python vss-cli use when none is configured.
pub const DEFAULT_SERVER: &str = "https://vskey-vn.eis.utoronto.ca";

/// `GET` (Basic): whether the gateway's MFA is set up for the account ([`GatewayStatus`]).
pub const PATH_STATUS: &str = "/otp/user-status-totp.php";
/// `POST` (Basic), form body `otpass=CODE`: opens the gateway for the account.
pub const PATH_ENABLE: &str = "/otp/enable-vpn-result.php";
/// `GET` (Basic), query `stamp`: closes the gateway for the account.
pub const PATH_DISABLE: &str = "/otp/shut-totp.php";
/// `GET` (Basic), query `stamp`: the account's gateway log since then ([`GatewayLog`]).
pub const PATH_LOG: &str = "/otp/user-status-log.php";
/// The gateway's own page where a person turns its MFA on (the Python tool points there when
/// the gateway's MFA is off; its `vpn la otp-svc` opens it).
pub const PATH_SETUP: &str = "/totp/";

/// The form field of the code.
pub const CODE_FIELD: &str = "otpass";
/// The query parameter of the time, written [`STAMP_FORMAT`] in UTC.
pub const STAMP_PARAM: &str = "stamp";
/// `strftime` form of a stamp: `20260501130500Z`.
pub const STAMP_FORMAT: &str = "%Y%m%d%H%M%SZ";
/// What a 2xx reply to [`PATH_ENABLE`] holds when the code was refused (pyvss looks for it).
pub const REFUSED_MARKER: &str = "failed";
/// The `Content-Type` of the code's form body.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// The reply of [`PATH_STATUS`]. pyvss reads `usages` and `method` (and prints both); what
/// they hold is the gateway's business, so any JSON is taken. The bundled server also says
/// whether the gateway is open for the account, and since when.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GatewayStatus {
    #[serde(default)]
    pub usages: Option<Value>,
    #[serde(default)]
    pub method: Option<Value>,
    /// `open` or `closed` (the bundled server's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// Since when it is so, RFC 3339 (the bundled server's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

impl GatewayStatus {
    /// Whether the gateway's MFA is on: `usages` holds something (not missing, `null`, empty,
    /// `0` or `false`), as pyvss's `if not status.get('usages')` reads it.
    pub fn mfa_on(&self) -> bool {
        self.usages.as_ref().is_some_and(truthy)
    }

    /// `usages` as text, when there is some.
    pub fn usages_text(&self) -> Option<String> {
        self.usages.as_ref().filter(|v| truthy(v)).map(text)
    }

    /// `method` as text, when there is one.
    pub fn method_text(&self) -> Option<String> {
        self.method.as_ref().filter(|v| truthy(v)).map(text)
    }
}

/// A JSON value as Python's truth test takes it.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// A string as it is, a list joined with commas, anything else as JSON.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The reply of [`PATH_LOG`]: lines of text (anything else in the list is shown as JSON).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GatewayLog {
    #[serde(default)]
    pub log: Vec<Value>,
}

impl GatewayLog {
    /// The entries as lines of text.
    pub fn lines(&self) -> Vec<String> {
        self.log.iter().map(text).collect()
    }
}

/// The bundled server's reply to [`PATH_ENABLE`] and [`PATH_DISABLE`]. A client needs none of
/// it: for the code, only whether the body holds [`REFUSED_MARKER`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GatewayReply {
    /// `enabled`, `disabled`, or [`REFUSED_MARKER`].
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub message: String,
}

/// Whether a 2xx reply to [`PATH_ENABLE`] says the code was refused.
pub fn refused(body: &[u8]) -> bool {
    String::from_utf8_lossy(body).contains(REFUSED_MARKER)
}

/// The form body of [`PATH_ENABLE`] for `code` (6 to 8 digits, which need no escaping; any
/// other character is percent-encoded).
pub fn code_form(code: &str) -> String {
    let mut body = format!("{CODE_FIELD}=");
    for b in code.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            body.push(b as char);
        } else {
            body.push_str(&format!("%{b:02X}"));
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn status(v: Value) -> GatewayStatus {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn mfa_is_on_when_usages_hold_something() {
        for on in [
            json!({"usages": "vpn", "method": "totp"}),
            json!({"usages": ["vpn", "ssh"]}),
            json!({"usages": 3}),
        ] {
            assert!(status(on.clone()).mfa_on(), "{on}");
        }
        for off in [
            json!({}),
            json!({"usages": null, "method": null}),
            json!({"usages": ""}),
            json!({"usages": []}),
            json!({"usages": 0}),
            json!({"usages": false, "method": "totp"}),
        ] {
            assert!(!status(off.clone()).mfa_on(), "{off}");
        }
        let s = status(json!({"usages": ["vpn", "ssh"], "method": "AUTHENTICATOR", "x": 1}));
        assert_eq!(s.usages_text().as_deref(), Some("vpn, ssh"));
        assert_eq!(s.method_text().as_deref(), Some("AUTHENTICATOR"));
    }

    #[test]
    fn a_refusal_is_a_body_holding_failed() {
        assert!(refused(b"<html>Authentication failed</html>"));
        assert!(refused(br#"{"status": "failed"}"#));
        assert!(!refused(b"OK"));
    }

    #[test]
    fn the_form_holds_the_code() {
        assert_eq!(code_form("123456"), "otpass=123456");
        assert_eq!(code_form("1 2&"), "otpass=1%202%26");
    }

    #[test]
    fn log_lines() {
        let log: GatewayLog = serde_json::from_value(json!({"log": ["a", {"b": 1}, 2]})).unwrap();
        assert_eq!(log.lines(), ["a", r#"{"b":1}"#, "2"]);
    }
}
