//! The VPN's MFA gateway, spoken to as pyvss speaks to it (HTTP Basic, a form body
//! `otpass=CODE`, a `stamp` query): its MFA is the account's factor, a code opens it once —
//! at the gateway or at a login, not both — e-mailed codes from `POST /tf/request-token` work
//! there, failures count toward the account's lock, and each account has a log. Served on
//! the API's listener and on one of its own.

use serde_json::{json, Value};
use vss_mock_server::{Config, NewUser, Replies};
use vss_testkit::http::{Method, Reply};
use vss_testkit::{user, TestServer, PASSWORD};
use vss_wire::vpn;

/// The gateway at `base` (a listener of `server`) as `user`.
struct Gateway<'a> {
    server: &'a TestServer,
    base: String,
    user: &'a str,
    password: &'a str,
}

impl<'a> Gateway<'a> {
    fn at(server: &'a TestServer, base: &str, user: &'a str) -> Gateway<'a> {
        Gateway {
            server,
            base: base.to_owned(),
            user,
            password: PASSWORD,
        }
    }

    fn request(&self, method: Method, path: &str) -> reqwest::blocking::RequestBuilder {
        self.server
            .request_at(method, &format!("{}{path}", self.base))
            .basic_auth(self.user, Some(self.password))
    }

    fn status(&self) -> Reply {
        self.server
            .send(self.request(Method::GET, vpn::PATH_STATUS))
    }

    /// `POST` the form `otpass=CODE` (no body without a code).
    fn on(&self, code: Option<&str>) -> Reply {
        let mut request = self.request(Method::POST, vpn::PATH_ENABLE);
        if let Some(code) = code {
            request = request
                .header("content-type", vpn::FORM_CONTENT_TYPE)
                .body(vpn::code_form(code));
        }
        self.server.send(request)
    }

    fn off(&self) -> Reply {
        let stamp = stamp(chrono::Utc::now());
        self.server
            .send(self.request(Method::GET, &format!("{}?stamp={stamp}", vpn::PATH_DISABLE)))
    }

    /// The log since `stamp`, as lines without their times.
    fn log(&self, stamp: &str) -> Vec<String> {
        let reply = self
            .server
            .send(self.request(Method::GET, &format!("{}?stamp={stamp}", vpn::PATH_LOG)))
            .ok();
        vss_testkit::strings(&reply["log"])
            .into_iter()
            .map(|line| {
                let (time, rest) = line.split_once(' ').unwrap();
                assert!(chrono::DateTime::parse_from_rfc3339(time).is_ok(), "{line}");
                rest.to_owned()
            })
            .collect()
    }
}

fn stamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format(vpn::STAMP_FORMAT).to_string()
}

/// A 200 whose body holds `failed` (the code was refused, as the gateway answers).
#[track_caller]
fn refused(reply: Reply, message: &str) {
    assert_eq!(
        reply.ok(),
        json!({"status": "failed", "message": format!("Authentication failed: {message}")})
    );
}

const USED: &str = "the code is invalid, expired or used already (each code works once)";

#[test]
fn a_code_opens_the_gateway_once_at_the_gateway_or_at_a_login() {
    let s = TestServer::with_users([user("ann")]);
    let gw = Gateway::at(&s, &s.url(), "ann");

    // Without MFA the gateway's MFA is off: no usages, no method; a code opens nothing.
    assert_eq!(
        gw.status().ok(),
        json!({"usages": null, "method": null, "gateway": "closed"})
    );
    refused(
        gw.on(Some("123456")),
        "MFA is not set up for the VPN gateway of this account",
    );

    let (key, recovery) = s.enrol("ann");
    let status = gw.status().ok();
    assert_eq!(
        (&status["usages"], &status["method"], &status["gateway"]),
        (&json!("vpn"), &json!("AUTHENTICATOR"), &json!("closed"))
    );
    refused(gw.on(None), "no code (otpass) was given");
    refused(gw.on(Some("000000")), USED);
    // A recovery code is for logging in, not for the gateway.
    refused(gw.on(Some(&recovery[0])), USED);

    let code = s.code(&key);
    assert_eq!(
        gw.on(Some(&code)).ok(),
        json!({"status": "enabled", "message": "VPN gateway enabled: connect to the VPN now"})
    );
    let status = gw.status().ok();
    assert_eq!(status["gateway"], "open");
    assert!(status["since"].as_str().is_some(), "{status}");
    // Used: neither the gateway nor a login takes it again.
    refused(gw.on(Some(&code)), USED);
    s.login("ann", Some(&code))
        .refused(401, "InvalidParameterValue: otp is invalid or expired");
    // The next step's code, spent on a login, is spent for the gateway too.
    s.next_step();
    let next = s.code(&key);
    s.login("ann", Some(&next)).ok();
    refused(gw.on(Some(&next)), USED);

    assert_eq!(
        gw.off().ok(),
        json!({"status": "disabled", "message": "VPN gateway disabled"})
    );
    assert_eq!(gw.status().ok()["gateway"], "closed");
    assert_eq!(
        gw.log("20000101000000Z"),
        [
            "ann: code refused from 127.0.0.1: MFA is off",
            "ann: code refused from 127.0.0.1: no code given",
            "ann: code refused from 127.0.0.1: invalid, expired or used already",
            "ann: code refused from 127.0.0.1: invalid, expired or used already",
            "ann: gateway opened from 127.0.0.1 with a code (AUTHENTICATOR)",
            "ann: code refused from 127.0.0.1: invalid, expired or used already",
            "ann: code refused from 127.0.0.1: invalid, expired or used already",
            "ann: gateway closed from 127.0.0.1",
        ]
    );
    // Since a time: later entries only (none from the future); an empty stamp is all of it.
    assert!(gw
        .log(&stamp(chrono::Utc::now() + chrono::Duration::hours(1)))
        .is_empty());
    assert_eq!(gw.log("").len(), 8);
    // Nothing of a code or password in it.
    let all = gw.log("").join("\n");
    assert!(!all.contains(&code) && !all.contains(PASSWORD), "{all}");
}

#[test]
fn codes_sent_by_e_mail_open_the_gateway() {
    let s = TestServer::with_users([NewUser {
        phone: None,
        ..user("eve")
    }]);
    let gw = Gateway::at(&s, &s.url(), "eve");
    s.post("eve", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("eve", "/tf/request-token", None).ok();
    s.post(
        "eve",
        "/tf/verify",
        Some(json!({"otp": s.outbox().mailed_code("eve")})),
    )
    .ok();
    assert_eq!(gw.status().ok()["method"], "EMAIL");
    s.next_step();
    s.post("eve", "/tf/request-token", None).ok();
    let mailed = s.outbox().mailed_code("eve");
    assert_eq!(gw.on(Some(&mailed)).ok()["status"], "enabled");
    refused(gw.on(Some(&mailed)), USED);
}

#[test]
fn failed_codes_at_the_gateway_lock_the_second_factor() {
    let s = TestServer::with_users([user("lou")]);
    let gw = Gateway::at(&s, &s.url(), "lou");
    let (key, _) = s.enrol("lou");
    for _ in 0..9 {
        refused(gw.on(Some("000000")), USED);
    }
    // The tenth failure starts the lock: the gateway and logins refuse even the right code.
    gw.on(Some("000000")).locked();
    gw.on(Some(&s.code(&key))).locked();
    s.login("lou", Some(&s.code(&key))).locked();
    let log = gw.log("");
    assert_eq!(
        log.last().unwrap(),
        "lou: code refused from 127.0.0.1: too many failed attempts in a row"
    );
}

#[test]
fn refusals_are_the_apis() {
    let s = TestServer::with_users([user("ann")]);
    let (key, _) = s.enrol("ann");
    let wrong = Gateway {
        password: "not the password",
        ..Gateway::at(&s, &s.url(), "ann")
    };
    wrong
        .status()
        .error(401, "Unauthorized", "Invalid username or password");
    let gw = Gateway::at(&s, &s.url(), "ann");
    // A JSON body is not the gateway's form.
    let reply = s.send(
        gw.request(Method::POST, vpn::PATH_ENABLE)
            .json(&json!({"otpass": s.code(&key)})),
    );
    reply.error(
        415,
        "UnsupportedMediaType",
        "The request body must be a form, sent with Content-Type: \
         application/x-www-form-urlencoded, like `otpass=123456`",
    );
    s.send(gw.request(Method::GET, &format!("{}?stamp=yesterday", vpn::PATH_LOG)))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: stamp: \"yesterday\" is not a time written \
             YYYYmmddHHMMSSZ (UTC), like 20260501130500Z",
        );
    s.send(gw.request(Method::POST, vpn::PATH_STATUS)).error(
        405,
        "MethodNotAllowed",
        "POST is not allowed for /otp/user-status-totp.php; use GET",
    );
    s.send(gw.request(Method::GET, vpn::PATH_ENABLE)).error(
        405,
        "MethodNotAllowed",
        "GET is not allowed for /otp/enable-vpn-result.php; use POST",
    );
    // The code still works: none of these spent it.
    assert_eq!(gw.on(Some(&s.code(&key))).ok()["status"], "enabled");
}

#[test]
fn the_gateway_has_a_listener_of_its_own_and_closes_with_the_factor() {
    let s = TestServer::start_with(|config: &mut Config| {
        config.vpn_listen = Some("127.0.0.1:0".parse().unwrap());
    });
    s.add_user(user("ada"));
    let own = s.vpn_url().expect("the gateway's listener");
    assert_ne!(own, s.url());
    let gw = Gateway::at(&s, &own, "ada");
    let (key, _) = s.enrol("ada");
    assert_eq!(gw.on(Some(&s.code(&key))).ok()["status"], "enabled");
    // The same state on the API's listener.
    assert_eq!(
        Gateway::at(&s, &s.url(), "ada").status().ok()["gateway"],
        "open"
    );
    // Only the gateway's calls there.
    let token = s.token_with(
        "ada",
        Some(&vss_testkit::totp_at(&key, s.clock().unix() + 30)),
    );
    let reply = s.send(
        s.request_at(Method::GET, &format!("{own}/v2/user"))
            .bearer_auth(token),
    );
    reply.error(404, "NotFound", "No such call: GET /v2/user");
    // Its setup page says how MFA is turned on here.
    let page = s
        .request_at(Method::GET, &format!("{own}{}", vpn::PATH_SETUP))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(page.contains("vss-cli account set mfa mk"), "{page}");

    // MFA disabled: the gateway's MFA is off and it is closed.
    s.disable("ada");
    assert_eq!(
        gw.status().ok(),
        json!({"usages": null, "method": null, "gateway": "closed"})
    );
}

#[test]
fn minimal_replies_carry_what_pyvss_reads() {
    let s = TestServer::start_with(|config: &mut Config| config.replies = Replies::Minimal);
    s.add_user(user("ann"));
    let gw = Gateway::at(&s, &s.url(), "ann");
    s.enrol("ann");
    assert_eq!(
        gw.status().ok(),
        json!({"usages": "vpn", "method": "AUTHENTICATOR"})
    );
    assert_eq!(gw.on(Some("000000")).ok(), json!({"status": "failed"}));
    let log: Value = s.send(gw.request(Method::GET, vpn::PATH_LOG)).ok();
    assert_eq!(log.as_object().unwrap().len(), 1, "{log}");
}
