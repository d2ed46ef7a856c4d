//! The bundled server spoken to over HTTP, as a client would: every call of the wire contract,
//! each MFA method end to end, expiry by moving the server's clock, and a restart.
//!
//! Codes are computed from the key the server returned, as a phone would, or read from the
//! outbox; nothing here reaches into the server's database.

use std::path::Path;

use base64::Engine as _;
use reqwest::StatusCode;
use serde_json::{json, Value};
use vss_mock_server::{self as server, Clock, Config, NewUser};
use vss_redacted::Secret;
use vss_testkit::binary::ServerBinary;
use vss_testkit::http::{Method, Reply};
use vss_testkit::{strings, user, Outbox, TestServer, PASSWORD};
use vss_totp as otp;
use vss_wire as wire;

/// A server with the accounts `jm` and `ann` (whose e-mail is at example.org).
fn start() -> TestServer {
    TestServer::with_users([
        user("jm"),
        NewUser {
            email: "ann@example.org".into(),
            ..user("ann")
        },
    ])
}

/// The payload of a JWT, read without checking the signature (as the Python client does).
pub(crate) fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

const OTP_INVALID: &str = "InvalidParameterValue: otp is invalid or expired";
const TOKEN_INVALID: &str = "InvalidParameterValue: token is invalid or expired";

/// The refusal of a recovery code that is wrong or used, with `left` unused ones.
fn recovery_refused(left: u32) -> String {
    format!(
        "InvalidParameterValue: otp is not an unused recovery code of this account (each works \
         once); {left} unused are left"
    )
}
const ALREADY_ENABLED: &str = "MFA is already enabled; disable it first with: \
    vss-cli account set mfa rm; to move to a new phone or method, prove the current factor: \
    vss-cli account set mfa mk METHOD --replace";

#[test]
#[allow(clippy::too_many_lines, reason = "one journey, read top to bottom")]
fn authenticator_journey() {
    let s = start();
    let token = s.token_with("jm", None);
    assert_eq!(claims(&token)["otp"], false);
    let totp = s.totp(&token);
    assert_eq!(totp["enabled"], false);
    assert_eq!(totp["state"], "disabled");

    let reply = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    let b = &reply;
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
    let totp = s.totp(&s.token_with("jm", None));
    assert_eq!(totp["state"], "pending");
    assert_eq!(totp["enabled"], false);
    assert_eq!(totp["method"], "AUTHENTICATOR");

    s.post("jm", "/tf/verify", Some(json!({"otp": "000000"})))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({}))).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: otp is required",
    );
    let code = s.code(key);
    let reply = s
        .post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
    assert_eq!(
        reply,
        json!({"message": "MFA has been enabled (AUTHENTICATOR)", "type": "info"})
    );
    // A code is accepted once (RFC 6238 §5.2), at verification and at login alike.
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.login("jm", Some(&code))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.next_step();
    let reply = s
        .post("jm", "/tf/verify", Some(json!({"otp": s.code(key)})))
        .ok();
    assert_eq!(reply, json!({"message": "Code verified", "type": "info"}));

    // Logging in now takes a code.
    s.login("jm", None).error(
        401,
        "InvalidOtp",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
    s.post("jm", "/auth/request-token", None).error(
        401,
        "InvalidOtp",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
    s.login("jm", Some("123"))
        .error(401, "InvalidOtp", OTP_INVALID);
    // The neighbouring time steps are accepted, as phones drift; each step once. (In the
    // middle of a step, so that `now - 30` stays the previous step while it is used.)
    s.clock().advance(60);
    s.to_middle_of_step();
    let secret = otp::from_base32(key).unwrap();
    let earlier = otp::code_at(&secret, (s.clock().unix() - 30) as u64).unwrap();
    s.token_with("jm", Some(&earlier));
    s.login("jm", Some(&earlier))
        .error(401, "InvalidOtp", OTP_INVALID);
    let far = otp::code_at(&secret, (s.clock().unix() - 300) as u64).unwrap();
    if far != s.code(key) {
        s.login("jm", Some(&far))
            .error(401, "InvalidOtp", OTP_INVALID);
    }
    let token = s.token_with("jm", Some(&s.code(key)));
    let c = claims(&token);
    assert_eq!(c["sub"], "jm");
    assert_eq!(c["otp"], true);
    assert_eq!(
        c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap(),
        3600
    );

    let profile = s.profile(&token).ok();
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
        "CodesFromApp",
        "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent",
    );

    s.disable("jm");
    // Disabling revokes every earlier token; a new login needs no code.
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
    let token = s.token("jm");
    let totp = s.totp(&token);
    assert_eq!(totp["enabled"], false);
    assert_eq!(totp["state"], "disabled");
    assert_eq!(totp["method"], Value::Null);
    assert!(chrono::DateTime::parse_from_rfc3339(totp["disabled_on"].as_str().unwrap()).is_ok());
    assert_eq!(totp["recovery_codes_left"], 0);
    // Back to password-only logins.
    assert_eq!(claims(&s.token_with("jm", None))["otp"], false);

    // The account was told, and no notice carries a secret.
    let mails = s.outbox().mails();
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
    let s = start();
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
    assert!(reply.get("key").is_none());
    assert!(reply.get("uri").is_none());
    assert!(reply.get("image").is_none());
    assert_eq!(reply["recovery_codes"].as_array().unwrap().len(), 10);

    let reply = s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(
        reply,
        json!({"message": "A code was sent by e-mail to j***@example.com", "type": "info"})
    );
    let code = s.outbox().last_mailed("Your verification code is:");
    assert!(otp::is_code(&code), "{code}");
    let mail = s.outbox().mails().pop().unwrap();
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
    assert_eq!(reply["message"], "MFA has been enabled (EMAIL)");
    // Single use.
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.login("jm", Some(&code))
        .error(401, "InvalidOtp", OTP_INVALID);

    // A new code replaces the old one and logs in once; codes are sent at most every 30 s.
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let first = s.outbox().last_mailed("Your verification code is:");
    let wait = s.post("jm", "/tf/request-token", None).too_many(
        "TooManyRequests",
        "Codes are sent at most once every 30 seconds and 10 times an hour",
    );
    assert!((1..=30).contains(&wait), "{wait}");
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let second = s.outbox().last_mailed("Your verification code is:");
    if first != second {
        s.login("jm", Some(&first))
            .error(401, "InvalidOtp", OTP_INVALID);
    }
    let token = s.token_with("jm", Some(&second));
    assert_eq!(claims(&token)["otp"], true);
    s.login("jm", Some(&second))
        .error(401, "InvalidOtp", OTP_INVALID);
    assert_eq!(s.totp(&token)["method"], "EMAIL");

    s.disable("jm");
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
    assert_eq!(s.totp(&s.token("jm"))["state"], "disabled");
}

#[test]
fn sms_journey() {
    let s = start();
    s.post("jm", "/tf/enable", Some(json!({"method": "SMS"})))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: phone is required for SMS",
        );
    for bad in ["555-0100", "+0123456789", "+1234", "+1416555010x"] {
        s.post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "SMS", "phone": bad})),
        )
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: phone must be written like 416-555-0100, (416) 555-0100, \
             416.555.0100, 416 555 0100, 4165550100, or E.164 with the country code, like \
             +14165550100",
        );
    }
    s.post(
        "jm",
        "/tf/enable",
        Some(json!({"method": "SMS", "phone": "+14165550199"})),
    )
    .ok();
    let reply = s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(reply["message"], "A code was sent by SMS to +*******0199");
    let texts = s.outbox().texts();
    assert_eq!(texts.len(), 1);
    assert_eq!(texts[0]["to"], "+14165550199");
    assert!(chrono::DateTime::parse_from_rfc3339(texts[0]["time"].as_str().unwrap()).is_ok());
    let code = s.outbox().last_texted_code();
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();

    s.login("jm", None).error(
        401,
        "InvalidOtp",
        "InvalidParameterValue: otp is required: MFA is enabled (SMS)",
    );
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let token = s.token_with("jm", Some(&s.outbox().last_texted_code()));
    assert_eq!(s.totp(&token)["method"], "SMS");

    s.disable("jm");
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
    assert_eq!(s.totp(&s.token("jm"))["state"], "disabled");
}

#[test]
fn pending_enrolment_starts_over() {
    let s = start();
    let first = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    let second = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    assert_ne!(first["key"], second["key"]);
    assert_ne!(first["recovery_codes"], second["recovery_codes"]);
    let old_key = first["key"].as_str().unwrap();
    let new_key = second["key"].as_str().unwrap();
    if s.code(old_key) != s.code(new_key) {
        s.post("jm", "/tf/verify", Some(json!({"otp": s.code(old_key)})))
            .error(401, "InvalidOtp", OTP_INVALID);
    }
    s.post("jm", "/tf/verify", Some(json!({"otp": s.code(new_key)})))
        .ok();
}

#[test]
fn recovery_code_works_once() {
    let s = start();
    let (_key, codes) = s.enrol("jm");
    // Case and dashes do not matter.
    let typed = codes[3].to_uppercase().replace('-', "");
    let token = s.token_with("jm", Some(&typed));
    assert_eq!(claims(&token)["otp"], true);
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);
    s.login("jm", Some(&codes[3]))
        .error(401, "InvalidRecoveryCode", &recovery_refused(9));
    // Not a way to finish an enrolment or verify.
    s.post("jm", "/tf/verify", Some(json!({"otp": codes[4]})))
        .error(401, "InvalidOtp", OTP_INVALID);
    // Another account's codes are not ours.
    let (_, ann_codes) = s.enrol("ann");
    s.login("jm", Some(&ann_codes[0]))
        .error(401, "InvalidRecoveryCode", &recovery_refused(9));
    s.token_with("jm", Some(&codes[4]));
}

#[test]
fn emailed_code_expires_after_ten_minutes() {
    let s = start();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/request-token", None).ok();
    let code = s.outbox().last_mailed("Your verification code is:");
    s.clock().advance(601);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidOtp", OTP_INVALID);

    s.post("jm", "/tf/request-token", None).ok();
    let code = s.outbox().last_mailed("Your verification code is:");
    s.clock().advance(590);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
}

#[test]
fn emailed_code_is_dropped_after_repeated_wrong_guesses() {
    let s = start();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/request-token", None).ok();
    let code = s.outbox().last_mailed("Your verification code is:");
    let wrong = if code == "000000" { "000001" } else { "000000" };
    for _ in 0..5 {
        s.post("jm", "/tf/verify", Some(json!({ "otp": wrong })))
            .error(401, "InvalidOtp", OTP_INVALID);
    }
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .error(401, "InvalidOtp", OTP_INVALID);
}

#[test]
fn confirmation_token_expires_and_is_bound_to_its_account() {
    let s = start();
    s.enrol("jm");
    s.enrol("ann");

    s.post("jm", "/tf/disable", None).ok();
    let jm_token = s.outbox().last_mailed("Your confirmation token is:");
    assert_eq!(jm_token.len(), 32, "{jm_token}");
    let mail = s.outbox().mails().pop().unwrap();
    assert!(
        mail.contains(&format!(
            "vss-cli account set mfa rm --confirmation-token {jm_token}"
        )),
        "{mail}"
    );
    assert!(mail.contains("15 minutes"), "{mail}");

    // Someone else's token does nothing, even with their own disable pending.
    s.post("ann", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "InvalidConfirmationToken", TOKEN_INVALID);
    s.post("ann", "/tf/disable", None).ok();
    s.post("ann", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "InvalidConfirmationToken", TOKEN_INVALID);
    // A wrong password is refused before the token is looked at.
    s.post_as("jm", "wrong", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "Unauthorized", "Invalid username or password");
    s.post("jm", "/tf/disable/NOTATOKEN", None).error(
        401,
        "InvalidConfirmationToken",
        TOKEN_INVALID,
    );

    s.clock().advance(15 * 60 + 1);
    s.post("jm", &format!("/tf/disable/{jm_token}"), None)
        .error(401, "InvalidConfirmationToken", TOKEN_INVALID);

    // A new request once the old token expired sends a new one; while it is outstanding,
    // another request says so and sends nothing.
    s.post("jm", "/tf/disable", None).ok();
    let second = s.outbox().last_mailed("Your confirmation token is:");
    let mails = s.outbox().mails().len();
    assert_eq!(s.post("jm", "/tf/disable", None).ok()["type"], "warning");
    assert_eq!(s.outbox().mails().len(), mails);
    s.post("jm", &format!("/tf/disable/{second}"), None).ok();
    // Single use.
    s.post("jm", &format!("/tf/disable/{second}"), None).error(
        401,
        "InvalidConfirmationToken",
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
        "InvalidOtp",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
}

#[test]
fn api_token_expires_after_an_hour() {
    let s = start();
    let token = s.token_with("jm", None);
    s.profile(&token).ok();
    s.clock().advance(3601);
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
}

#[test]
fn a_revoked_token_is_refused_and_the_others_keep_working() {
    let mut s = start();
    let (key, _) = s.enrol("jm");
    let kept = s.token_with("jm", Some(&s.code(&key)));
    s.next_step();
    let revoked = s.token_with("jm", Some(&s.code(&key)));
    let done = s.post_bearer(wire::PATH_REVOKE_TOKEN, &revoked).ok();
    assert_eq!(
        done,
        json!({"message": "The token is revoked: it no longer works", "type": "info"})
    );
    s.profile(&revoked)
        .error(401, "Unauthorized", "Invalid or expired token");
    // Revoking it again, or a token that never was, is refused as any bad token is.
    s.post_bearer(wire::PATH_REVOKE_TOKEN, &revoked).error(
        401,
        "Unauthorized",
        "Invalid or expired token",
    );
    s.post_bearer(wire::PATH_REVOKE_TOKEN, "not.a.token").error(
        401,
        "Unauthorized",
        "Invalid or expired token",
    );
    // A login in the same second gets another token, which works.
    let first = s.token_with("ann", None);
    s.post_bearer(wire::PATH_REVOKE_TOKEN, &first).ok();
    let again = s.token_with("ann", None);
    assert_ne!(again, first);
    s.profile(&again).ok();
    // Only that token: the account's other one works, across a restart too.
    s.restart();
    s.profile(&kept).ok();
    s.profile(&revoked)
        .error(401, "Unauthorized", "Invalid or expired token");
    // An account that must enrol first can still log out.
    s.add_user(user("rex"));
    s.add_user(NewUser {
        role: server::Role::Admin,
        ..user("root")
    });
    let token = s.token_with("rex", None);
    s.put(
        wire::PATH_ADMIN_SETTINGS_TOTP,
        &s.admin_token("root"),
        json!({"mandatory": true}),
    )
    .ok();
    assert_eq!(s.profile(&token).status, StatusCode::FORBIDDEN);
    s.post_bearer(wire::PATH_REVOKE_TOKEN, &token).ok();
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one refused call after another, with its error"
)]
fn error_shapes() {
    let s = start();
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
    let reply = Reply::from(s.request(Method::POST, "/tf/disable").send().unwrap());
    reply.error(401, "Unauthorized", "Invalid username or password");

    // Bearer.
    let reply = Reply::from(s.request(Method::GET, "/v2/user").send().unwrap());
    reply.error(401, "Unauthorized", "Invalid or expired token");
    s.profile("not.a.jwt")
        .error(401, "Unauthorized", "Invalid or expired token");
    let token = s.token_with("jm", None);
    let mut forged: Vec<&str> = token.split('.').collect();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(r#"{"sub":"ann","iat":0,"exp":9999999999,"otp":true,"gen":0}"#);
    forged[1] = &payload;
    s.profile(&forged.join("."))
        .error(401, "Unauthorized", "Invalid or expired token");

    // Routing.
    let reply = Reply::from(s.request(Method::GET, "/x").send().unwrap());
    reply.error(404, "NotFound", "No such call: GET /x");
    let response = s.request(Method::GET, "/tf/enable").send().unwrap();
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
        s.request(Method::POST, "/tf/enable")
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
        s.request(Method::POST, "/auth/request-token")
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
        s.request(Method::POST, "/auth/request-token")
            .basic_auth("jm", Some(PASSWORD))
            .send()
            .unwrap(),
    );
    assert!(reply.ok()["token"].is_string());
}

#[test]
fn data_and_tokens_survive_a_restart() {
    let mut s = start();
    let (key, codes) = s.enrol("jm");
    let used = s.code(&key);
    let token = s.token_with("jm", Some(&used));
    s.restart();
    let totp = s.totp(&token);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert_eq!(totp["recovery_codes_left"], 10);
    // The last accepted time step is remembered across the restart.
    s.login("jm", Some(&used))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.next_step();
    s.token_with("jm", Some(&s.code(&key)));
    s.token_with("jm", Some(&codes[0]));
    s.login("jm", Some(&codes[0]))
        .error(401, "InvalidRecoveryCode", &recovery_refused(9));

    use std::os::unix::fs::PermissionsExt;
    for file in ["vss.db", "vss.db.key"] {
        let mode = std::fs::metadata(s.data_dir().join(file))
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
    server::add_user(&db, user("jm")).unwrap();
    let err = server::add_user(
        &db,
        NewUser {
            email: "other@example.com".into(),
            ..user("jm")
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    for bad in ["a:b", "a b", ""] {
        assert!(server::add_user(&db, user(bad)).is_err());
    }
    let mut empty = user("kim");
    empty.password = Secret::new("");
    assert!(server::add_user(&db, empty).is_err());
}

// --- Recovery codes and moving to a new factor. ---

#[test]
fn recovery_codes_are_replaced_after_proving_the_factor() {
    let s = start();
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": "123456"})))
        .error(400, "InvalidRequest", "MFA is not enabled on this account");
    s.post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": "123456"})))
        .error(400, "InvalidRequest", "MFA is not enabled on this account");
    let (key, old) = s.enrol("jm");

    for body in [None, Some(json!({})), Some(json!({"otp": null}))] {
        s.post("jm", "/tf/recovery-codes", body)
            .error(401, "InvalidOtp", OTP_INVALID);
    }
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": "000000x"})))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.post_as(
        "jm",
        "wrong",
        "/tf/recovery-codes",
        Some(json!({"otp": s.code(&key)})),
    )
    .error(401, "Unauthorized", "Invalid username or password");

    let reply = s
        .post(
            "jm",
            "/tf/recovery-codes",
            Some(json!({"otp": s.code(&key)})),
        )
        .ok();
    assert_eq!(reply["type"], "info");
    assert_eq!(
        reply["message"],
        "10 new recovery codes; the earlier ones no longer work."
    );
    let new = strings(&reply["recovery_codes"]);
    assert_eq!(new.len(), 10);
    assert!(new.iter().all(|c| c.len() == 19 && !old.contains(c)));
    // The old set stopped working at once; the new one works.
    s.login("jm", Some(&old[0]))
        .error(401, "InvalidRecoveryCode", &recovery_refused(10));
    let token = s.token_with("jm", Some(&new[0]));
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);

    // A recovery code proves the factor too, and is used up doing so.
    let reply = s
        .post("jm", "/tf/recovery-codes", Some(json!({"otp": new[1]})))
        .ok();
    let newer = strings(&reply["recovery_codes"]);
    // A new set revokes every earlier token.
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
    let token = s.token_with("jm", Some(&newer[0]));
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);
    s.post("jm", "/tf/recovery-codes", Some(json!({"otp": new[2]})))
        .error(401, "InvalidRecoveryCode", &recovery_refused(9));
    s.token_with("jm", Some(&newer[9]));

    // The account was told, without the codes.
    let mail = s
        .outbox()
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
    s.post(
        "ann",
        "/tf/verify",
        Some(json!({"otp": s.outbox().last_mailed("Your verification code is:")})),
    )
    .ok();
    s.next_step();
    s.post("ann", "/tf/request-token", None).ok();
    let code = s.outbox().last_mailed("Your verification code is:");
    let reply = s
        .post("ann", "/tf/recovery-codes", Some(json!({ "otp": code })))
        .ok();
    assert_eq!(strings(&reply["recovery_codes"]).len(), 10);
    s.post("ann", "/tf/recovery-codes", Some(json!({ "otp": code })))
        .error(401, "InvalidOtp", OTP_INVALID);
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one replacement, start to switch, top to bottom"
)]
fn replacing_the_factor_keeps_the_old_one_until_the_new_one_is_verified() {
    let s = start();
    let (key, codes) = s.enrol("jm");
    let enabled_on = s.totp(&s.token_with("jm", Some(&codes[9])))["enabled_on"].clone();
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
        .error(401, "InvalidOtp", OTP_INVALID);
    // The new method's fields are checked as for an enrolment.
    s.post(
        "jm",
        "/tf/enable",
        Some(json!({"method": "SMS", "otp": s.code(&key)})),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: phone is required for SMS",
    );

    body["otp"] = json!(s.code(&key));
    let reply = s.post("jm", "/tf/enable", Some(body)).ok();
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
    let token = s.token_with("jm", Some(&s.code(&key)));
    let totp = s.totp(&token);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert_eq!(totp["pending_method"], "SMS");
    assert_eq!(totp["recovery_codes_left"], 9);
    assert_eq!(totp["enabled_on"], enabled_on);

    // Login codes are still for the active factor, with or without a purpose.
    let app_only = "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent";
    s.post("jm", "/tf/request-token", None)
        .error(400, "CodesFromApp", app_only);
    s.post("jm", "/tf/request-token", Some(json!({"purpose": "login"})))
        .error(400, "CodesFromApp", app_only);
    assert!(s.outbox().texts().is_empty());
    // A code for verifying goes to the new phone.
    let reply = s
        .post(
            "jm",
            "/tf/request-token",
            Some(json!({"purpose": "verify"})),
        )
        .ok();
    assert_eq!(reply["message"], "A code was sent by SMS to +*******0123");
    assert_eq!(s.outbox().texts().last().unwrap()["to"], "+14165550123");
    let texted = s.outbox().last_texted_code();

    // The new factor does not log in yet, and the old one does not finish the move.
    s.login("jm", Some(&texted))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({"otp": codes[0]})))
        .error(401, "InvalidOtp", OTP_INVALID);

    let reply = s
        .post("jm", "/tf/verify", Some(json!({ "otp": texted })))
        .ok();
    assert_eq!(
        reply,
        json!({"message": "MFA moved to SMS", "type": "info"})
    );
    // The move revokes every earlier token.
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
    let token = s.token_with("jm", Some(&codes[2]));
    let totp = s.totp(&token);
    assert_eq!(totp["state"], "enabled");
    assert_eq!(totp["method"], "SMS");
    assert!(totp.get("pending_method").is_none(), "{totp}");
    // Nine were left before the move, and that login used one.
    assert_eq!(totp["recovery_codes_left"], 8);
    assert_ne!(totp["enabled_on"], Value::Null);

    // The old factor is gone; the new one and the recovery codes log in.
    s.login("jm", Some(&s.code(&key)))
        .error(401, "InvalidOtp", OTP_INVALID);
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    assert_eq!(s.outbox().texts().last().unwrap()["to"], "+14165550123");
    s.token_with("jm", Some(&s.outbox().last_texted_code()));
    s.token_with("jm", Some(&codes[1]));
    let mails = s.outbox().mails();
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains("Subject: MFA moved to a new factor on your VSS account"))
        .expect("a notice of the move");
    assert!(mail.contains("from AUTHENTICATOR"), "{mail}");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "abandoned and restarted replacements, top to bottom"
)]
fn an_abandoned_or_restarted_replacement_loses_nothing() {
    let s = start();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/request-token", None).ok();
    let reply = s
        .post(
            "jm",
            "/tf/verify",
            Some(json!({"otp": s.outbox().last_mailed("Your verification code is:")})),
        )
        .ok();
    assert_eq!(reply["message"], "MFA has been enabled (EMAIL)");
    let codes = {
        s.next_step();
        s.post("jm", "/tf/request-token", None).ok();
        let reply = s
            .post(
                "jm",
                "/tf/recovery-codes",
                Some(json!({"otp": s.outbox().last_mailed("Your verification code is:")})),
            )
            .ok();
        strings(&reply["recovery_codes"])
    };

    // Start a move to an authenticator, proving the factor with an e-mailed code.
    s.next_step();
    s.post("jm", "/tf/request-token", None).ok();
    let first = s
        .post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR", "otp": s.outbox().last_mailed("Your verification code is:")})),
        )
        .ok()
        ;
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
        reply["message"],
        "A code was sent by e-mail to j***@example.com"
    );
    let token = s.token_with(
        "jm",
        Some(&s.outbox().last_mailed("Your verification code is:")),
    );
    assert_eq!(s.totp(&token)["pending_method"], "AUTHENTICATOR");
    // A code for verifying an authenticator is not sent.
    s.post(
        "jm",
        "/tf/request-token",
        Some(json!({"purpose": "verify"})),
    )
    .error(
        400,
        "CodesFromApp",
        "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent",
    );

    // A second request (proved with a recovery code) starts over with a new key.
    let second = s
        .post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR", "otp": codes[0]})),
        )
        .ok();
    let second_key = second["key"].as_str().unwrap().to_owned();
    assert_ne!(first_key, second_key);
    assert_eq!(s.totp(&token)["recovery_codes_left"], 9);
    if s.code(&first_key) != s.code(&second_key) {
        s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&first_key)})))
            .error(401, "InvalidOtp", OTP_INVALID);
    }

    // Abandoned: nothing changes however long it waits; e-mail codes and recovery codes log in.
    s.clock().advance(7 * 24 * 3600);
    s.post("jm", "/tf/request-token", Some(json!({"purpose": "login"})))
        .ok();
    let token = s.token_with(
        "jm",
        Some(&s.outbox().last_mailed("Your verification code is:")),
    );
    s.token_with("jm", Some(&codes[1]));
    let totp = s.totp(&token);
    assert_eq!(totp["method"], "EMAIL");
    assert_eq!(totp["pending_method"], "AUTHENTICATOR");

    // Finishing later still works, with the latest key.
    s.post(
        "jm",
        "/tf/verify",
        Some(json!({"otp": s.code(&second_key)})),
    )
    .ok();
    s.profile(&token)
        .error(401, "Unauthorized", "Invalid or expired token");
    s.next_step();
    let token = s.token_with("jm", Some(&s.code(&second_key)));
    let totp = s.totp(&token);
    assert_eq!(totp["method"], "AUTHENTICATOR");
    assert!(totp.get("pending_method").is_none());
    s.post("jm", "/tf/request-token", None).error(
        400,
        "CodesFromApp",
        "Codes for AUTHENTICATOR come from your authenticator app; nothing was sent",
    );
}

#[test]
fn code_requests_name_their_purpose() {
    let s = start();
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
        assert_eq!(s.outbox().texts().last().unwrap()["to"], "+14165550199");
    }
    s.post(
        "jm",
        "/tf/verify",
        Some(json!({"otp": s.outbox().last_texted_code()})),
    )
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
        .post(
            "jm",
            "/tf/verify",
            Some(json!({"otp": s.outbox().last_texted_code()})),
        )
        .ok();
    assert_eq!(reply["message"], "Code verified");
}

#[test]
fn replies_are_dated_by_the_server_clock() {
    let s = start();
    let date = |path: &str| {
        let response = s.request(Method::GET, path).send().unwrap();
        let values: Vec<_> = response.headers().get_all("date").iter().collect();
        assert_eq!(values.len(), 1, "{values:?}");
        let text = values[0].to_str().unwrap().to_owned();
        assert!(text.ends_with(" GMT"), "{text}");
        chrono::DateTime::parse_from_rfc2822(&text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .timestamp()
    };
    // The server's clock at the moment of the reply, to the second.
    for path in ["/v2/user", "/nowhere", "/tf/enable"] {
        let before = s.clock().unix();
        let dated = date(path);
        let after = s.clock().unix();
        assert!(
            (before..=after).contains(&dated),
            "{path}: {before} {dated} {after}"
        );
    }
    // A minute ahead of this machine's once the server's clock is.
    s.clock().advance(60);
    let before = chrono::Utc::now().timestamp();
    let dated = date("/v2/user");
    let after = chrono::Utc::now().timestamp();
    assert!(
        (before + 60..=after + 60).contains(&dated),
        "{before} {dated} {after}"
    );
    let reply = s.login("jm", None);
    assert_eq!(reply.status, StatusCode::OK);
}

// --- The binary: command line, log, signals. ---

fn binary() -> ServerBinary {
    ServerBinary::at(env!("CARGO_BIN_EXE_vss-mock-server"))
}

fn user_add(data: &Path, args: &[&str], password: &str) -> std::process::Output {
    binary().user_add(data, args, password)
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

    let out = binary()
        .command()
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
    let response = vss_testkit::http::client_builder()
        .build()
        .unwrap()
        .post(format!("{}/auth/request-token", s.url()))
        .basic_auth("jm", Some("pw"))
        .send()
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    // An account added with --require-mfa must enrol first.
    let response = vss_testkit::http::client_builder()
        .build()
        .unwrap()
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
    let mut cmd = binary().command();
    cmd.args(["--listen", "127.0.0.1:0", "--demo", "--data-dir"])
        .arg(dir.path());
    let server = ServerBinary::spawn(cmd);
    let url = server.url.clone();
    let http = vss_testkit::http::client_builder().build().unwrap();
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
    let recovery: Vec<String> = enrol["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    post("/tf/request-token", None);
    let outbox = dir.path().join("outbox");
    let read_mail = |label: &str| Outbox::new(&outbox).last_mailed(label);
    let code = read_mail("Your verification code is:");
    post("/tf/verify", Some(json!({ "otp": code })));
    let token = post("/auth/request-token", Some(json!({"otp": recovery[0]})))["token"]
        .as_str()
        .unwrap()
        .to_owned();
    post("/tf/disable", None);
    let confirmation = read_mail("Your confirmation token is:");
    post(&format!("/tf/disable/{confirmation}"), None);

    let (exited, log) = server.terminate();
    assert!(exited, "{log}");

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
