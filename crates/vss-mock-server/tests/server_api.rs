//! The bundled server spoken to over HTTP, as a client would: every call of the wire contract,
//! each MFA method end to end, expiry by moving the server's clock, and a restart.
//!
//! Codes are computed from the key the server returned, as a phone would, or read from the
//! outbox; nothing here reaches into the server's database.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine as _;
use reqwest::blocking::Client;
use reqwest::StatusCode;
use serde_json::{json, Value};
use vss_mock_server::{self as server, Clock, Config, Handle, NewUser, Role};
use vss_wire::otp;
use vss_wire::Secret;

const PASSWORD: &str = "correct horse battery staple";

struct Server {
    dir: tempfile::TempDir,
    handle: Option<Handle>,
    http: Client,
}

fn new_user(name: &str, email: &str) -> NewUser {
    NewUser {
        username: name.into(),
        email: email.into(),
        phone: Some("+14165550100".into()),
        domain: "default".into(),
        role: Role::User,
        password: Secret::new(PASSWORD),
    }
}

impl Server {
    /// A server in a fresh folder with the accounts `jm` and `ann`.
    fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::in_dir(dir.path());
        server::add_user(&config.db, new_user("jm", "jm@example.com")).unwrap();
        server::add_user(&config.db, new_user("ann", "ann@example.org")).unwrap();
        let handle = server::start(config, Clock::system()).unwrap();
        Server {
            dir,
            handle: Some(handle),
            http: Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
        }
    }

    fn handle(&self) -> &Handle {
        self.handle.as_ref().unwrap()
    }

    fn clock(&self) -> &Clock {
        &self.handle().clock
    }

    fn restart(&mut self) {
        let clock = self.clock().clone();
        self.handle.take().unwrap().shutdown();
        self.handle = Some(server::start(Config::in_dir(self.dir.path()), clock).unwrap());
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.handle().url())
    }

    /// A Basic-authenticated POST; `body` None sends no body.
    fn post_as(&self, user: &str, password: &str, path: &str, body: Option<Value>) -> Reply {
        let mut request = self
            .http
            .post(self.url(path))
            .basic_auth(user, Some(password));
        if let Some(body) = body {
            request = request.json(&body);
        }
        Reply::from(request.send().unwrap())
    }

    fn post(&self, user: &str, path: &str, body: Option<Value>) -> Reply {
        self.post_as(user, PASSWORD, path, body)
    }

    fn login(&self, user: &str, otp: Option<&str>) -> Reply {
        self.post(user, "/auth/request-token", Some(json!({ "otp": otp })))
    }

    fn token(&self, user: &str, otp: Option<&str>) -> String {
        let reply = self.login(user, otp).ok();
        reply.body["token"].as_str().unwrap().to_owned()
    }

    fn profile(&self, token: &str) -> Reply {
        Reply::from(
            self.http
                .get(self.url("/v2/user"))
                .bearer_auth(token)
                .send()
                .unwrap(),
        )
    }

    /// The `totp` part of the account's profile.
    fn totp(&self, token: &str) -> Value {
        self.profile(token).ok().body["data"]["totp"].clone()
    }

    fn outbox(&self) -> PathBuf {
        self.handle().outbox.clone()
    }

    /// The e-mails sent so far, oldest first, as text.
    fn mails(&self) -> Vec<String> {
        let dir = self.outbox().join("mail");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    /// The value after `label` in the newest e-mail that has one.
    fn value_in_last_mail(&self, label: &str) -> String {
        self.mails()
            .iter()
            .rev()
            .find_map(|m| line_value(m, label))
            .unwrap_or_else(|| panic!("no e-mail with {label:?}"))
    }

    fn emailed_code(&self) -> String {
        self.value_in_last_mail("Your verification code is: ")
    }

    fn emailed_token(&self) -> String {
        self.value_in_last_mail("Your confirmation token is: ")
    }

    fn texts(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.outbox().join("sms.jsonl")).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn texted_code(&self) -> String {
        let texts = self.texts();
        let body = texts.last().expect("an SMS")["body"].as_str().unwrap();
        body.strip_prefix("VSS verification code: ")
            .unwrap()
            .to_owned()
    }

    /// The current code of an authenticator holding `key`.
    fn totp_code(&self, key: &str) -> String {
        let secret = otp::from_base32(key).unwrap();
        otp::code_at(&secret, self.clock().unix() as u64).unwrap()
    }

    /// Disables MFA on `user` with the e-mailed confirmation token.
    fn disable(&self, user: &str) {
        let reply = self.post(user, "/tf/disable", None).ok();
        assert_eq!(
            reply.body,
            json!({"message": "Confirmation email sent.", "type": "info"})
        );
        let token = self.emailed_token();
        let reply = self.post(user, &format!("/tf/disable/{token}"), None).ok();
        assert_eq!(
            reply.body,
            json!({"message": "TOTP has been disabled", "type": "info"})
        );
    }

    /// Enrols `user` with AUTHENTICATOR and verifies; returns the key and recovery codes.
    fn enable_authenticator(&self, user: &str) -> (String, Vec<String>) {
        let reply = self
            .post(user, "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
            .ok();
        let key = reply.body["key"].as_str().unwrap().to_owned();
        let codes = reply.body["recovery_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect();
        let code = self.totp_code(&key);
        self.post(user, "/tf/verify", Some(json!({ "otp": code })))
            .ok();
        // A code is accepted once: the next one is due in the next time step.
        self.next_step();
        (key, codes)
    }

    /// Moves the server clock to the next TOTP time step, past the least time between two
    /// sent codes.
    fn next_step(&self) {
        self.clock().advance(30);
    }
}

fn line_value(text: &str, label: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(label))
        .map(|v| v.trim().to_owned())
}

struct Reply {
    status: StatusCode,
    body: Value,
    content_type: String,
    /// Seconds of the `Retry-After` header, if any.
    retry_after: Option<u64>,
}

impl Reply {
    fn from(response: reqwest::blocking::Response) -> Reply {
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let retry_after = response
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().parse().unwrap());
        let text = response.text().unwrap();
        let body =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("{status}: not JSON: {text:?}"));
        Reply {
            status,
            body,
            content_type,
            retry_after,
        }
    }

    /// A 429 of `kind` whose message starts with `prefix` and ends saying when to retry, which
    /// `Retry-After` gives in seconds too; returns those seconds.
    #[track_caller]
    fn too_many(&self, kind: &str, prefix: &str) -> u64 {
        assert_eq!(self.status.as_u16(), 429, "{}", self.body);
        assert_eq!(self.body["error"], kind, "{}", self.body);
        let message = self.body["message"].as_str().unwrap();
        assert!(message.starts_with(prefix), "{message}");
        assert!(message.contains("try again after "), "{message}");
        assert!(
            message.ends_with(" minute)")
                || message.ends_with(" minutes)")
                || message.ends_with(" seconds)")
                || message.ends_with(" second)"),
            "{message}"
        );
        self.retry_after.expect("a Retry-After header")
    }

    #[track_caller]
    fn ok(self) -> Reply {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        self
    }

    #[track_caller]
    fn error(&self, status: u16, kind: &str, message: &str) {
        assert_eq!(self.status.as_u16(), status, "{}", self.body);
        assert_eq!(
            self.body,
            json!({"error": kind, "message": message}),
            "{}",
            self.body
        );
        assert!(self.content_type.starts_with("application/json"));
    }
}

/// The payload of a JWT, read without checking the signature (as the Python client does).
fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

const OTP_INVALID: &str = "InvalidParameterValue: otp is invalid or expired";
const TOKEN_INVALID: &str = "InvalidParameterValue: token is invalid or expired";
const ALREADY_ENABLED: &str = "MFA is already enabled; disable it first with: \
    vss-cli account set mfa rm; to move to a new phone or method, prove the current factor: \
    vss-cli account set mfa mk METHOD --replace";

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn authenticator_journey() {
    let s = Server::start();
    let token = s.token("jm", None);
    assert_eq!(claims(&token)["otp"], false);
    let totp = s.totp(&token);
    assert_eq!(totp["enabled"], false);
    assert_eq!(totp["state"], "disabled");

    let reply = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    let b = &reply.body;
    assert_eq!(
        b["message"],
        "MFA enrolment started; verify it with a code to enable it."
    );
    assert_eq!(b["type"], "info");
    assert_eq!(b["issuer"], "VSS");
    let key = b["key"].as_str().unwrap();
    assert_eq!(otp::from_base32(key).unwrap().len(), 20, "160-bit secret");
    let uri = b["uri"].as_str().unwrap();
    assert!(
        uri.starts_with(&format!("otpauth://totp/VSS:jm?secret={key}")),
        "{uri}"
    );
    assert!(uri.contains("issuer=VSS"), "{uri}");
    let png = base64::engine::general_purpose::STANDARD
        .decode(b["image"].as_str().unwrap())
        .unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let codes = b["recovery_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 10);
    for c in codes {
        let c = c.as_str().unwrap();
        assert_eq!(c.len(), 19, "{c}");
        assert!(c.split('-').all(|g| g.len() == 4), "{c}");
    }

    // Pending until verified: logins still need no code, the profile says so.
    let totp = s.totp(&s.token("jm", None));
    assert_eq!(totp["state"], "pending");
    assert_eq!(totp["enabled"], false);
    assert_eq!(totp["method"], "AUTHENTICATOR");

    s.post("jm", "/tf/verify", Some(json!({"otp": "000000"})))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({}))).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: otp is required",
    );
    let code = s.totp_code(key);
    let reply = s
        .post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
    assert_eq!(
        reply.body,
        json!({"message": "MFA has been enabled (AUTHENTICATOR)", "type": "info"})
    );
    // A code is accepted once (RFC 6238 §5.2), at verification and at login alike.
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.login("jm", Some(&code))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.next_step();
    let reply = s
        .post("jm", "/tf/verify", Some(json!({"otp": s.totp_code(key)})))
        .ok();
    assert_eq!(
        reply.body,
        json!({"message": "Code verified", "type": "info"})
    );

    // Logging in now takes a code.
    s.login("jm", None).error(
        401,
        "InvalidParameterValue",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
    s.post("jm", "/auth/request-token", None).error(
        401,
        "InvalidParameterValue",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
    s.login("jm", Some("123"))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    // The neighbouring time steps are accepted, as phones drift; each step once.
    s.clock().advance(60);
    let secret = otp::from_base32(key).unwrap();
    let earlier = otp::code_at(&secret, (s.clock().unix() - 30) as u64).unwrap();
    s.token("jm", Some(&earlier));
    s.login("jm", Some(&earlier))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    let far = otp::code_at(&secret, (s.clock().unix() - 300) as u64).unwrap();
    if far != s.totp_code(key) {
        s.login("jm", Some(&far))
            .error(401, "InvalidParameterValue", OTP_INVALID);
    }
    let token = s.token("jm", Some(&s.totp_code(key)));
    let c = claims(&token);
    assert_eq!(c["sub"], "jm");
    assert_eq!(c["otp"], true);
    assert_eq!(
        c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap(),
        3600
    );

    let profile = s.profile(&token).ok().body;
    let data = &profile["data"];
    assert_eq!(data["username"], "jm");
    assert_eq!(data["email"], "jm@example.com");
    assert_eq!(data["phone"], "+14165550100");
    assert_eq!(data["domain"], "default");
    assert_eq!(data["role"], "user");
    let totp = &data["totp"];
    assert_eq!(totp["enabled"], true);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert!(chrono::DateTime::parse_from_rfc3339(totp["enabled_on"].as_str().unwrap()).is_ok());
    assert_eq!(totp["disabled_on"], Value::Null);
    assert_eq!(totp["recovery_codes_left"], 10);

    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .error(409, "Conflict", ALREADY_ENABLED);
    s.post("jm", "/tf/request-token", None).error(
        400,
        "InvalidRequest",
        "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent",
    );

    s.disable("jm");
    let totp = s.totp(&token);
    assert_eq!(totp["enabled"], false);
    assert_eq!(totp["state"], "disabled");
    assert_eq!(totp["method"], Value::Null);
    assert!(chrono::DateTime::parse_from_rfc3339(totp["disabled_on"].as_str().unwrap()).is_ok());
    assert_eq!(totp["recovery_codes_left"], 0);
    // Back to password-only logins.
    assert_eq!(claims(&s.token("jm", None))["otp"], false);

    // The account was told, and no notice carries a secret.
    let mails = s.mails();
    assert!(mails
        .iter()
        .any(|m| m.contains("Subject: MFA enabled on your VSS account")));
    assert!(mails
        .iter()
        .any(|m| m.contains("Subject: MFA disabled on your VSS account")));
    for m in &mails {
        assert!(m.contains("From: \"VSS\" <no-reply@vss.invalid>"), "{m}");
        assert!(m.contains("To: <jm@example.com>"), "{m}");
        assert!(!m.contains(key), "{m}");
    }
}

#[test]
fn email_journey_with_single_use_codes() {
    let s = Server::start();
    s.post("jm", "/tf/verify", Some(json!({"otp": "123456"})))
        .error(
            400,
            "InvalidRequest",
            "MFA is not enabled; start with: vss-cli account set mfa mk METHOD",
        );
    s.post("jm", "/tf/request-token", None).error(
        400,
        "InvalidRequest",
        "MFA is not enabled on this account",
    );
    let reply = s
        .post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    assert!(reply.body.get("key").is_none());
    assert!(reply.body.get("uri").is_none());
    assert!(reply.body.get("image").is_none());
    assert_eq!(reply.body["recovery_codes"].as_array().unwrap().len(), 10);

    let reply = s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(
        reply.body,
        json!({"message": "A code was sent by e-mail to j***@example.com", "type": "info"})
    );
    let code = s.emailed_code();
    assert!(otp::is_code(&code), "{code}");
    let mail = s.mails().pop().unwrap();
    for header in [
        "Subject: ",
        "Date: ",
        "Message-ID: <",
        "To: <jm@example.com>",
    ] {
        assert!(mail.contains(header), "{header} missing from {mail}");
    }
    let reply = s
        .post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
    assert_eq!(reply.body["message"], "MFA has been enabled (EMAIL)");
    // Single use.
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.login("jm", Some(&code))
        .error(401, "InvalidParameterValue", OTP_INVALID);

    // A new code replaces the old one and logs in once; codes are sent at most every 30 s.
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let first = s.emailed_code();
    let wait = s.post("jm", "/tf/request-token", None).too_many(
        "TooManyRequests",
        "Codes are sent at most once every 30 seconds and 10 times an hour",
    );
    assert!((1..=30).contains(&wait), "{wait}");
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let second = s.emailed_code();
    if first != second {
        s.login("jm", Some(&first))
            .error(401, "InvalidParameterValue", OTP_INVALID);
    }
    let token = s.token("jm", Some(&second));
    assert_eq!(claims(&token)["otp"], true);
    s.login("jm", Some(&second))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    assert_eq!(s.totp(&token)["method"], "EMAIL");

    s.disable("jm");
    assert_eq!(s.totp(&token)["state"], "disabled");
}

#[test]
fn sms_journey() {
    let s = Server::start();
    s.post("jm", "/tf/enable", Some(json!({"method": "SMS"})))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: phone is required for SMS",
        );
    for bad in ["4165550100", "+0123456789", "+1234", "+1416555010x"] {
        s.post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "SMS", "phone": bad})),
        )
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: phone must be in E.164 form, like +14165550100",
        );
    }
    s.post(
        "jm",
        "/tf/enable",
        Some(json!({"method": "SMS", "phone": "+14165550199"})),
    )
    .ok();
    let reply = s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(
        reply.body["message"],
        "A code was sent by SMS to +*******0199"
    );
    let texts = s.texts();
    assert_eq!(texts.len(), 1);
    assert_eq!(texts[0]["to"], "+14165550199");
    assert!(chrono::DateTime::parse_from_rfc3339(texts[0]["time"].as_str().unwrap()).is_ok());
    let code = s.texted_code();
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();

    s.login("jm", None).error(
        401,
        "InvalidParameterValue",
        "InvalidParameterValue: otp is required: MFA is enabled (SMS)",
    );
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let token = s.token("jm", Some(&s.texted_code()));
    assert_eq!(s.totp(&token)["method"], "SMS");

    s.disable("jm");
    assert_eq!(s.totp(&token)["state"], "disabled");
}

#[test]
fn pending_enrolment_starts_over() {
    let s = Server::start();
    let first = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok()
        .body;
    let second = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok()
        .body;
    assert_ne!(first["key"], second["key"]);
    assert_ne!(first["recovery_codes"], second["recovery_codes"]);
    let old_key = first["key"].as_str().unwrap();
    let new_key = second["key"].as_str().unwrap();
    if s.totp_code(old_key) != s.totp_code(new_key) {
        s.post(
            "jm",
            "/tf/verify",
            Some(json!({"otp": s.totp_code(old_key)})),
        )
        .error(401, "InvalidParameterValue", OTP_INVALID);
    }
    s.post(
        "jm",
        "/tf/verify",
        Some(json!({"otp": s.totp_code(new_key)})),
    )
    .ok();
}

#[test]
fn recovery_code_works_once() {
    let s = Server::start();
    let (_key, codes) = s.enable_authenticator("jm");
    // Case and dashes do not matter.
    let typed = codes[3].to_uppercase().replace('-', "");
    let token = s.token("jm", Some(&typed));
    assert_eq!(claims(&token)["otp"], true);
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);
    s.login("jm", Some(&codes[3]))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    // Not a way to finish an enrolment or verify.
    s.post("jm", "/tf/verify", Some(json!({"otp": codes[4]})))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    // Another account's codes are not ours.
    let (_, ann_codes) = s.enable_authenticator("ann");
    s.login("jm", Some(&ann_codes[0]))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.token("jm", Some(&codes[4]));
}

#[test]
fn emailed_code_expires_after_ten_minutes() {
    let s = Server::start();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/request-token", None).ok();
    let code = s.emailed_code();
    s.clock().advance(601);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidParameterValue", OTP_INVALID);

    s.post("jm", "/tf/request-token", None).ok();
    let code = s.emailed_code();
    s.clock().advance(590);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
}

#[test]
fn emailed_code_is_dropped_after_repeated_wrong_guesses() {
    let s = Server::start();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/request-token", None).ok();
    let code = s.emailed_code();
    let wrong = if code == "000000" { "000001" } else { "000000" };
    for _ in 0..5 {
        s.post("jm", "/tf/verify", Some(json!({ "otp": wrong })))
            .error(401, "InvalidParameterValue", OTP_INVALID);
    }
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidParameterValue", OTP_INVALID);
}

#[test]
fn confirmation_token_expires_and_is_bound_to_its_account() {
    let s = Server::start();
    s.enable_authenticator("jm");
    s.enable_authenticator("ann");

    s.post("jm", "/tf/disable", None).ok();
    let jm_token = s.emailed_token();
    assert_eq!(jm_token.len(), 32, "{jm_token}");
    let mail = s.mails().pop().unwrap();
    assert!(
        mail.contains(&format!(
            "vss-cli account set mfa rm --confirmation-token {jm_token}"
        )),
        "{mail}"
    );
    assert!(mail.contains("15 minutes"), "{mail}");

    // Someone else's token does nothing, even with their own disable pending.
    s.post("ann", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "InvalidParameterValue", TOKEN_INVALID);
    s.post("ann", "/tf/disable", None).ok();
    s.post("ann", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "InvalidParameterValue", TOKEN_INVALID);
    // A wrong password is refused before the token is looked at.
    s.post_as("jm", "wrong", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "Unauthorized", "Invalid username or password");
    s.post("jm", "/tf/disable/NOTATOKEN", None)
        .error(401, "InvalidParameterValue", TOKEN_INVALID);

    s.clock().advance(15 * 60 + 1);
    s.post("jm", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "InvalidParameterValue", TOKEN_INVALID);

    // A new request replaces the old token.
    s.post("jm", "/tf/disable", None).ok();
    let first = s.emailed_token();
    s.post("jm", "/tf/disable", None).ok();
    let second = s.emailed_token();
    s.post("jm", &format!("/tf/disable/{first}"), None).error(
        401,
        "InvalidParameterValue",
        TOKEN_INVALID,
    );
    s.post("jm", &format!("/tf/disable/{second}"), None).ok();
    // Single use.
    s.post("jm", &format!("/tf/disable/{second}"), None).error(
        401,
        "InvalidParameterValue",
        TOKEN_INVALID,
    );
    s.post("jm", "/tf/disable", None).error(
        400,
        "InvalidRequest",
        "MFA is not enabled on this account",
    );
    // ann is untouched.
    s.login("ann", None).error(
        401,
        "InvalidParameterValue",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
}

#[test]
fn api_token_expires_after_an_hour() {
    let s = Server::start();
    let token = s.token("jm", None);
    s.profile(&token).ok();
    s.clock().advance(3601);
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
}

#[test]
fn error_shapes() {
    let s = Server::start();
    // Credentials: the same answer for a wrong password, an unknown user and none at all.
    s.post_as("jm", "wrong", "/auth/request-token", None).error(
        401,
        "Unauthorized",
        "Invalid username or password",
    );
    s.post_as(
        "nobody",
        PASSWORD,
        "/tf/enable",
        Some(json!({"method": "EMAIL"})),
    )
    .error(401, "Unauthorized", "Invalid username or password");
    let reply = Reply::from(s.http.post(s.url("/tf/disable")).send().unwrap());
    reply.error(401, "Unauthorized", "Invalid username or password");

    // Bearer.
    let reply = Reply::from(s.http.get(s.url("/v2/user")).send().unwrap());
    reply.error(401, "Unauthorized", "Invalid or expired token");
    s.profile("not.a.jwt")
        .error(401, "Unauthorized", "Invalid or expired token");
    let token = s.token("jm", None);
    let mut forged: Vec<&str> = token.split('.').collect();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(r#"{"sub":"ann","iat":0,"exp":9999999999,"otp":true,"gen":0}"#);
    forged[1] = &payload;
    s.profile(&forged.join("."))
        .error(401, "Unauthorized", "Invalid or expired token");

    // Routing.
    let reply = Reply::from(s.http.get(s.url("/x")).send().unwrap());
    reply.error(404, "NotFound", "No such call: GET /x");
    let response = s.http.get(s.url("/tf/enable")).send().unwrap();
    assert_eq!(response.headers()["allow"], "POST");
    let reply = Reply::from(response);
    assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(reply.body["error"], "MethodNotAllowed");
    assert_eq!(
        reply.body["message"],
        "GET is not allowed for /tf/enable; use POST"
    );

    // Bodies: the field at fault is named.
    s.post("jm", "/tf/enable", Some(json!({"method": "PIGEON"})))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: method: unknown variant `PIGEON`, expected one of `EMAIL`, `AUTHENTICATOR`, `SMS`",
        );
    s.post("jm", "/tf/enable", Some(json!({"phone": "+14165550100"})))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: missing field `method`",
        );
    s.post(
        "jm",
        "/tf/enable",
        Some(json!({"method": "EMAIL", "colour": "red"})),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: colour: unknown field `colour`, expected one of `method`, `phone`, `otp`",
    );
    s.post("jm", "/tf/verify", Some(json!({"otp": 123456})))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: otp: invalid type: integer `123456`, expected a string",
        );
    s.post("jm", "/tf/enable", None).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: a JSON object is required as the request body",
    );
    let reply = Reply::from(
        s.http
            .post(s.url("/tf/enable"))
            .basic_auth("jm", Some(PASSWORD))
            .header("content-type", "application/json")
            .body("method=EMAIL")
            .send()
            .unwrap(),
    );
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body["message"]
        .as_str()
        .unwrap()
        .starts_with("InvalidParameterValue: body is not valid JSON: "));

    let reply = Reply::from(
        s.http
            .post(s.url("/auth/request-token"))
            .basic_auth("jm", Some(PASSWORD))
            .header("content-type", "application/json")
            .body(format!(r#"{{"otp": "{}"}}"#, "1".repeat(70 * 1024)))
            .send()
            .unwrap(),
    );
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(reply.body["error"], "PayloadTooLarge");

    // An empty login body means no code.
    let reply = Reply::from(
        s.http
            .post(s.url("/auth/request-token"))
            .basic_auth("jm", Some(PASSWORD))
            .send()
            .unwrap(),
    );
    assert!(reply.ok().body["token"].is_string());
}

#[test]
fn data_and_tokens_survive_a_restart() {
    let mut s = Server::start();
    let (key, codes) = s.enable_authenticator("jm");
    let used = s.totp_code(&key);
    let token = s.token("jm", Some(&used));
    s.restart();
    let totp = s.totp(&token);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert_eq!(totp["recovery_codes_left"], 10);
    // The last accepted time step is remembered across the restart.
    s.login("jm", Some(&used))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.next_step();
    s.token("jm", Some(&s.totp_code(&key)));
    s.token("jm", Some(&codes[0]));
    s.login("jm", Some(&codes[0]))
        .error(401, "InvalidParameterValue", OTP_INVALID);

    use std::os::unix::fs::PermissionsExt;
    for file in ["vss.db", "vss.db.key"] {
        let mode = std::fs::metadata(s.dir.path().join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}");
    }
}

#[test]
fn add_user_refuses_bad_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("vss.db");
    server::add_user(&db, new_user("jm", "jm@example.com")).unwrap();
    let err = server::add_user(&db, new_user("jm", "other@example.com")).unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    for bad in ["a:b", "a b", ""] {
        assert!(server::add_user(&db, new_user(bad, "x@example.com")).is_err());
    }
    let mut empty = new_user("kim", "kim@example.com");
    empty.password = Secret::new("");
    assert!(server::add_user(&db, empty).is_err());
}

// --- Recovery codes and moving to a new factor. ---

#[test]
fn recovery_codes_are_replaced_after_proving_the_factor() {
    let s = Server::start();
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": "123456"})))
        .error(400, "InvalidRequest", "MFA is not enabled on this account");
    s.post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": "123456"})))
        .error(400, "InvalidRequest", "MFA is not enabled on this account");
    let (key, old) = s.enable_authenticator("jm");

    for body in [None, Some(json!({})), Some(json!({"otp": null}))] {
        s.post("jm", "/tf/recovery-codes", body)
            .error(401, "InvalidParameterValue", OTP_INVALID);
    }
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": "000000x"})))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.post_as(
        "jm",
        "wrong",
        "/tf/recovery-codes",
        Some(json!({"otp": s.totp_code(&key)})),
    )
    .error(401, "Unauthorized", "Invalid username or password");

    let reply = s
        .post(
            "jm",
            "/tf/recovery-codes",
            Some(json!({"otp": s.totp_code(&key)})),
        )
        .ok();
    assert_eq!(reply.body["type"], "info");
    assert_eq!(
        reply.body["message"],
        "10 new recovery codes; the earlier ones no longer work."
    );
    let new = strings(&reply.body["recovery_codes"]);
    assert_eq!(new.len(), 10);
    assert!(new.iter().all(|c| c.len() == 19 && !old.contains(c)));
    // The old set stopped working at once; the new one works.
    s.login("jm", Some(&old[0]))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    let token = s.token("jm", Some(&new[0]));
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);

    // A recovery code proves the factor too, and is used up doing so.
    let reply = s
        .post("jm", "/tf/recovery-codes", Some(json!({"otp": new[1]})))
        .ok();
    let newer = strings(&reply.body["recovery_codes"]);
    assert_eq!(s.totp(&token)["recovery_codes_left"], 10);
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": new[2]})))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.token("jm", Some(&newer[9]));

    // The account was told, without the codes.
    let mail = s
        .mails()
        .into_iter()
        .rev()
        .find(|m| m.contains("Subject: New recovery codes for your VSS account"))
        .expect("a notice");
    for code in old.iter().chain(&new).chain(&newer) {
        assert!(!mail.contains(code.as_str()), "{mail}");
    }

    // An e-mailed code proves an EMAIL factor.
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("ann", "/tf/request-token", None).ok();
    s.post("ann", "/tf/verify", Some(json!({"otp": s.emailed_code()})))
        .ok();
    s.next_step();
    s.post("ann", "/tf/request-token", None).ok();
    let code = s.emailed_code();
    let reply = s
        .post("ann", "/tf/recovery-codes", Some(json!({ "otp": code })))
        .ok();
    assert_eq!(strings(&reply.body["recovery_codes"]).len(), 10);
    s.post("ann", "/tf/recovery-codes", Some(json!({ "otp": code })))
        .error(401, "InvalidParameterValue", OTP_INVALID);
}

#[test]
fn replacing_the_factor_keeps_the_old_one_until_the_new_one_is_verified() {
    let s = Server::start();
    let (key, codes) = s.enable_authenticator("jm");
    let enabled_on = s.totp(&s.token("jm", Some(&codes[9])))["enabled_on"].clone();
    let new_phone = json!({"method": "SMS", "phone": "+14165550123"});

    // Without proof of the current factor it is the usual conflict.
    s.post("jm", "/tf/enable", Some(new_phone.clone()))
        .error(409, "Conflict", ALREADY_ENABLED);
    let mut body = new_phone.clone();
    body["otp"] = json!("");
    s.post("jm", "/tf/enable", Some(body.clone()))
        .error(409, "Conflict", ALREADY_ENABLED);
    body["otp"] = json!("000000x");
    s.post("jm", "/tf/enable", Some(body.clone()))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    // The new method's fields are checked as for an enrolment.
    s.post(
        "jm",
        "/tf/enable",
        Some(json!({"method": "SMS", "otp": s.totp_code(&key)})),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: phone is required for SMS",
    );

    body["otp"] = json!(s.totp_code(&key));
    let reply = s.post("jm", "/tf/enable", Some(body)).ok().body;
    assert_eq!(
        reply,
        json!({
            "message": "MFA replacement started; verify the new SMS factor with a code to switch to it. \
                Until then AUTHENTICATOR keeps working, and your recovery codes stay valid.",
            "type": "info",
            "issuer": "VSS",
            "recovery_codes": [],
        })
    );

    // Still enabled with the old factor; the profile shows the move.
    s.next_step();
    let token = s.token("jm", Some(&s.totp_code(&key)));
    let totp = s.totp(&token);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert_eq!(totp["pending_method"], "SMS");
    assert_eq!(totp["recovery_codes_left"], 9);
    assert_eq!(totp["enabled_on"], enabled_on);

    // Login codes are still for the active factor, with or without a purpose.
    let app_only = "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent";
    s.post("jm", "/tf/request-token", None)
        .error(400, "InvalidRequest", app_only);
    s.post("jm", "/tf/request-token", Some(json!({"purpose": "login"})))
        .error(400, "InvalidRequest", app_only);
    assert!(s.texts().is_empty());
    // A code for verifying goes to the new phone.
    let reply = s
        .post(
            "jm",
            "/tf/request-token",
            Some(json!({"purpose": "verify"})),
        )
        .ok();
    assert_eq!(
        reply.body["message"],
        "A code was sent by SMS to +*******0123"
    );
    assert_eq!(s.texts().last().unwrap()["to"], "+14165550123");
    let texted = s.texted_code();

    // The new factor does not log in yet, and the old one does not finish the move.
    s.login("jm", Some(&texted))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({"otp": s.totp_code(&key)})))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({"otp": codes[0]})))
        .error(401, "InvalidParameterValue", OTP_INVALID);

    let reply = s
        .post("jm", "/tf/verify", Some(json!({ "otp": texted })))
        .ok();
    assert_eq!(
        reply.body,
        json!({"message": "MFA moved to SMS", "type": "info"})
    );
    let totp = s.totp(&token);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "SMS");
    assert!(totp.get("pending_method").is_none(), "{totp}");
    assert_eq!(totp["recovery_codes_left"], 9);
    assert_ne!(totp["enabled_on"], Value::Null);

    // The old factor is gone; the new one and the recovery codes log in.
    s.login("jm", Some(&s.totp_code(&key)))
        .error(401, "InvalidParameterValue", OTP_INVALID);
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(s.texts().last().unwrap()["to"], "+14165550123");
    s.token("jm", Some(&s.texted_code()));
    s.token("jm", Some(&codes[1]));
    let mails = s.mails();
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains("Subject: MFA moved to a new factor on your VSS account"))
        .expect("a notice of the move");
    assert!(mail.contains("from AUTHENTICATOR"), "{mail}");
}

#[test]
fn an_abandoned_or_restarted_replacement_loses_nothing() {
    let s = Server::start();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/request-token", None).ok();
    let reply = s
        .post("jm", "/tf/verify", Some(json!({"otp": s.emailed_code()})))
        .ok();
    assert_eq!(reply.body["message"], "MFA has been enabled (EMAIL)");
    let codes = {
        s.next_step();
        s.post("jm", "/tf/request-token", None).ok();
        let reply = s
            .post(
                "jm",
                "/tf/recovery-codes",
                Some(json!({"otp": s.emailed_code()})),
            )
            .ok();
        strings(&reply.body["recovery_codes"])
    };

    // Start a move to an authenticator, proving the factor with an e-mailed code.
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let first = s
        .post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR", "otp": s.emailed_code()})),
        )
        .ok()
        .body;
    let first_key = first["key"].as_str().unwrap().to_owned();
    assert!(first["uri"]
        .as_str()
        .unwrap()
        .starts_with("otpauth://totp/VSS:jm?"));
    assert!(first["image"].is_string());
    assert_eq!(first["recovery_codes"], json!([]));

    // While it is pending, login codes still go by e-mail and work.
    s.next_step();
    let reply = s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(
        reply.body["message"],
        "A code was sent by e-mail to j***@example.com"
    );
    let token = s.token("jm", Some(&s.emailed_code()));
    assert_eq!(s.totp(&token)["pending_method"], "AUTHENTICATOR");
    // A code for verifying an authenticator is not sent.
    s.post(
        "jm",
        "/tf/request-token",
        Some(json!({"purpose": "verify"})),
    )
    .error(
        400,
        "InvalidRequest",
        "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent",
    );

    // A second request (proved with a recovery code) starts over with a new key.
    let second = s
        .post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR", "otp": codes[0]})),
        )
        .ok()
        .body;
    let second_key = second["key"].as_str().unwrap().to_owned();
    assert_ne!(first_key, second_key);
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);
    if s.totp_code(&first_key) != s.totp_code(&second_key) {
        s.post(
            "jm",
            "/tf/verify",
            Some(json!({"otp": s.totp_code(&first_key)})),
        )
        .error(401, "InvalidParameterValue", OTP_INVALID);
    }

    // Abandoned: nothing changes however long it waits; e-mail codes and recovery codes log in.
    s.clock().advance(7 * 24 * 3600);
    s.post("jm", "/tf/request-token", Some(json!({"purpose": "login"})))
        .ok();
    let token = s.token("jm", Some(&s.emailed_code()));
    s.token("jm", Some(&codes[1]));
    let totp = s.totp(&token);
    assert_eq!(totp["method"], "EMAIL");
    assert_eq!(totp["pending_method"], "AUTHENTICATOR");

    // Finishing later still works, with the latest key.
    s.post(
        "jm",
        "/tf/verify",
        Some(json!({"otp": s.totp_code(&second_key)})),
    )
    .ok();
    let totp = s.totp(&token);
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert!(totp.get("pending_method").is_none());
    s.next_step();
    s.token("jm", Some(&s.totp_code(&second_key)));
    s.post("jm", "/tf/request-token", None).error(
        400,
        "InvalidRequest",
        "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent",
    );
}

#[test]
fn code_requests_name_their_purpose() {
    let s = Server::start();
    s.post(
        "jm",
        "/tf/request-token",
        Some(json!({"purpose": "verify"})),
    )
    .error(400, "InvalidRequest", "MFA is not enabled on this account");
    s.post("jm", "/tf/request-token", Some(json!({"purpose": "lunch"})))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: purpose: unknown variant `lunch`, expected `login` or `verify`",
        );
    // A pending enrolment gets its code for either purpose, and with no body at all.
    s.post(
        "jm",
        "/tf/enable",
        Some(json!({"method": "SMS", "phone": "+14165550199"})),
    )
    .ok();
    for body in [
        None,
        Some(json!({})),
        Some(json!({"purpose": "login"})),
        Some(json!({"purpose": "verify"})),
    ] {
        s.next_step();
        s.post("jm", "/tf/request-token", body).ok();
        assert_eq!(s.texts().last().unwrap()["to"], "+14165550199");
    }
    s.post("jm", "/tf/verify", Some(json!({"otp": s.texted_code()})))
        .ok();
    // Enabled, nothing pending: a verify code is for the active factor.
    s.next_step();
    s.post(
        "jm",
        "/tf/request-token",
        Some(json!({"purpose": "verify"})),
    )
    .ok();
    let reply = s
        .post("jm", "/tf/verify", Some(json!({"otp": s.texted_code()})))
        .ok();
    assert_eq!(reply.body["message"], "Code verified");
}

#[test]
fn replies_are_dated_by_the_server_clock() {
    let s = Server::start();
    let date = |path: &str| {
        let response = s.http.get(s.url(path)).send().unwrap();
        let values: Vec<_> = response.headers().get_all("date").iter().collect();
        assert_eq!(values.len(), 1, "{values:?}");
        let text = values[0].to_str().unwrap().to_owned();
        assert!(text.ends_with(" GMT"), "{text}");
        chrono::DateTime::parse_from_rfc2822(&text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .timestamp()
    };
    for path in ["/v2/user", "/nowhere", "/tf/enable"] {
        let skew = date(path) - s.clock().unix();
        assert!((-2..=0).contains(&skew), "{path}: {skew}");
    }
    s.clock().advance(60);
    let ahead = date("/v2/user") - chrono::Utc::now().timestamp();
    assert!((58..=61).contains(&ahead), "{ahead}");
    let reply = s.login("jm", None);
    assert_eq!(reply.status, StatusCode::OK);
}

// --- The binary: command line, log, signals. ---

fn server_bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vss-mock-server"));
    cmd.env_remove("VSS_MOCK_DATA_DIR").env_remove("RUST_LOG");
    cmd
}

fn user_add(data: &Path, args: &[&str], password: &str) -> std::process::Output {
    let mut child = server_bin()
        .arg("--data-dir")
        .arg(data)
        .args(["user", "add"])
        .args(args)
        .arg("--password-stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn user_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = user_add(
        dir.path(),
        &[
            "jm",
            "--email",
            "jm@example.com",
            "--role",
            "domain-admin",
            "--domain",
            "eng",
        ],
        "pw",
    );
    assert!(out.status.success(), "{out:?}");
    let out = user_add(dir.path(), &["jm", "--email", "jm@example.com"], "pw");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    let out = user_add(dir.path(), &["a:b", "--email", "x@example.com"], "pw");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not contain"));
    let out = user_add(dir.path(), &["kim", "--email", "kim@example.com"], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("password is empty"));
    let out = user_add(
        dir.path(),
        &["lee", "--email", "lee@example.com", "--require-mfa"],
        "pw",
    );
    assert!(out.status.success(), "{out:?}");

    let out = server_bin()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["user", "ls"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(
        header,
        ["USERNAME", "DOMAIN", "EMAIL", "ROLE", "MFA", "METHOD"]
    );
    let row: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(
        row,
        [
            "jm",
            "eng",
            "jm@example.com",
            "domain-admin",
            "disabled",
            "-"
        ]
    );

    // The account works against the server.
    let s = server::start(Config::in_dir(dir.path()), Clock::system()).unwrap();
    let response = Client::new()
        .post(format!("{}/auth/request-token", s.url()))
        .basic_auth("jm", Some("pw"))
        .send()
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    // An account added with --require-mfa must enrol first.
    let response = Client::new()
        .post(format!("{}/auth/request-token", s.url()))
        .basic_auth("lee", Some("pw"))
        .send()
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body: Value = response.json().unwrap();
    assert_eq!(body["error"], "TotpEnforcement");
}

/// Runs the binary with `--demo`, walks the e-mail journey, stops it with SIGTERM, and checks
/// that its log names the calls and the masked recipient but no code, token or recovery code.
#[test]
fn binary_serves_the_demo_account_and_logs_no_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = server_bin()
        .args(["--listen", "127.0.0.1:0", "--demo", "--data-dir"])
        .arg(dir.path())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            let _ = tx.send(line);
        }
    });
    let mut log = Vec::new();
    let url = loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the server says where it listens");
        log.push(line.clone());
        if let Some(url) = line.split("listening on ").nth(1) {
            break url.trim().to_owned();
        }
    };
    let http = Client::new();
    let post = |path: &str, body: Option<Value>| {
        let mut r = http
            .post(format!("{url}{path}"))
            .basic_auth("demo", Some("demo-password"));
        if let Some(b) = body {
            r = r.json(&b);
        }
        Reply::from(r.send().unwrap()).ok()
    };
    let enrol = post("/tf/enable", Some(json!({"method": "EMAIL"})));
    let recovery: Vec<String> = enrol.body["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    post("/tf/request-token", None);
    let outbox = dir.path().join("outbox");
    let read_mail = |label: &str| {
        let mut names: Vec<PathBuf> = std::fs::read_dir(outbox.join("mail"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        names
            .iter()
            .rev()
            .find_map(|p| line_value(&std::fs::read_to_string(p).unwrap(), label))
            .unwrap()
    };
    let code = read_mail("Your verification code is: ");
    post("/tf/verify", Some(json!({ "otp": code })));
    let token = post("/auth/request-token", Some(json!({"otp": recovery[0]}))).body["token"]
        .as_str()
        .unwrap()
        .to_owned();
    post("/tf/disable", None);
    let confirmation = read_mail("Your confirmation token is: ");
    post(&format!("/tf/disable/{confirmation}"), None);

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    reader.join().unwrap();
    log.extend(rx.try_iter());
    let log = log.join("\n");

    assert!(
        log.contains(&format!("data directory: {}", dir.path().display())),
        "{log}"
    );
    assert!(
        log.contains(&format!("outbox: {}", outbox.display())),
        "{log}"
    );
    assert!(
        log.contains("VSS_USER=demo VSS_USER_PASS=demo-password"),
        "{log}"
    );
    assert!(log.contains("POST /tf/enable 200"), "{log}");
    assert!(log.contains("POST /tf/disable/{token} 200"), "{log}");
    assert!(log.contains("e-mail sent"), "{log}");
    assert!(log.contains("d***@example.com"), "{log}");
    assert!(!log.contains("demo@example.com"), "{log}");
    for secret in [&code, &token, &confirmation]
        .into_iter()
        .chain(recovery.iter())
    {
        assert!(
            !log.contains(secret.as_str()),
            "{secret} leaked into: {log}"
        );
    }
}
