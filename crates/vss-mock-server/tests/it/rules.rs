//! The server's rules against abuse and confusion: tokens that outlive a factor change,
//! administrators without MFA, mail floods, failure counters, names that are not safe path
//! segments or hold control characters, phones in the Python tool's forms, minimal replies,
//! recovery codes as people type them, and the calls the Python client makes after a login.
//!
//! Everything goes over HTTP as a client would; codes are computed from the returned key or
//! read from the outbox, and time moves with the server's clock.

use serde_json::json;
use vss_testkit::{user, TestServer};

const BAD_CREDENTIALS: &str = "Invalid username or password";

fn start() -> TestServer {
    let s = TestServer::start();
    s.add_user(user("jm"));
    s.add_user(user("ann"));
    s
}

// --- A success served from the credential cache clears the failure counter. ---

#[test]
fn a_remembered_password_clears_earlier_failures() {
    let s = start();
    // The password is checked once with argon2, then remembered.
    s.token("jm");
    for _ in 0..9 {
        s.post_as(
            "jm",
            "wrong",
            "/auth/request-token",
            Some(json!({"otp": null})),
        )
        .refused(401, BAD_CREDENTIALS);
    }
    // A success from the remembered password is a success: the nine failures are forgotten...
    s.token("jm");
    // ... so one more wrong password is one failure, not the tenth in a row.
    s.post_as(
        "jm",
        "wrong",
        "/auth/request-token",
        Some(json!({"otp": null})),
    )
    .refused(401, BAD_CREDENTIALS);
    for _ in 0..8 {
        s.post_as(
            "jm",
            "wrong",
            "/auth/request-token",
            Some(json!({"otp": null})),
        )
        .refused(401, BAD_CREDENTIALS);
    }
    // The tenth in a row locks, as before.
    s.post_as(
        "jm",
        "wrong",
        "/auth/request-token",
        Some(json!({"otp": null})),
    )
    .locked();
}

// --- Tokens that outlive a factor change; administrators without MFA. ---

const BAD_TOKEN: &str = "Invalid or expired token";

/// `token` is refused now, as revoked.
#[track_caller]
fn revoked(s: &TestServer, token: &str) {
    s.profile(token).error(401, "Unauthorized", BAD_TOKEN);
}

#[test]
fn a_token_taken_without_mfa_stops_working_once_mfa_is_enabled() {
    let s = start();
    let before = s.token("jm");
    let pending = {
        s.post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
            .ok();
        s.token("jm")
    };
    // Starting an enrolment changes no factor: both still work.
    s.profile(&before).ok();
    s.profile(&pending).ok();
    // Re-enrolling verifies a new key: the pending account's earlier tokens go with it.
    let key = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok()["key"]
        .as_str()
        .unwrap()
        .to_owned();
    s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})))
        .ok();
    revoked(&s, &before);
    revoked(&s, &pending);
    s.next_step();
    let after = s.token_with("jm", Some(&s.code(&key)));
    s.profile(&after).ok();
    // Verifying a code again changes nothing.
    s.next_step();
    s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})))
        .ok();
    s.profile(&after).ok();
}

#[test]
fn every_factor_change_revokes_earlier_tokens() {
    let s = start();
    let (key, codes) = s.enrol("jm");
    let login = |code: &str| s.token_with("jm", Some(code));

    // New recovery codes.
    let token = login(&s.code(&key));
    s.next_step();
    s.post(
        "jm",
        "/tf/recovery-codes",
        Some(json!({"otp": s.code(&key)})),
    )
    .ok();
    revoked(&s, &token);

    // A replacement: not when it starts, when it is verified.
    s.next_step();
    let token = login(&s.code(&key));
    s.next_step();
    let new_key = s
        .post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR", "otp": s.code(&key)})),
        )
        .ok()["key"]
        .as_str()
        .unwrap()
        .to_owned();
    s.profile(&token).ok();
    s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&new_key)})))
        .ok();
    revoked(&s, &token);

    // Disabling it oneself, with the e-mailed token.
    s.next_step();
    let token = login(&s.code(&new_key));
    s.disable("jm");
    revoked(&s, &token);
    drop(codes);

    // An administrator's reset (already so before; kept).
    let (key, _) = s.enrol("ann");
    let token = s.token_with("ann", Some(&s.code(&key)));
    s.add_user(vss_mock_server::NewUser {
        role: vss_mock_server::Role::Admin,
        ..user("root")
    });
    let root = s.admin_token("root");
    s.post_bearer("/v2/admin/users/ann/totp/reset", &root).ok();
    revoked(&s, &token);
}

const ADMIN_MFA: &str = "Administrator calls need a login that passed MFA, and this account \
    has no MFA: enable it (vss-cli account set mfa mk AUTHENTICATOR, then vss-cli account set \
    mfa verify CODE), then log in again with a code";

#[test]
fn administrators_must_use_mfa_to_administer() {
    let s = start();
    for (name, role) in [
        ("root", vss_mock_server::Role::Admin),
        ("boss", vss_mock_server::Role::DomainAdmin),
    ] {
        s.add_user(vss_mock_server::NewUser { role, ..user(name) });
        let without = s.token(name);
        // Their own profile works; every administrator call is refused, saying what to do.
        s.profile(&without).ok();
        for (method, path) in [
            ("GET", "/v2/admin/settings/totp"),
            ("GET", "/v2/admin/domains"),
            ("GET", "/v2/admin/users"),
            ("GET", "/v2/admin/audit"),
            ("POST", "/v2/admin/users/jm/totp/reset"),
            ("POST", "/v2/admin/users/jm/alert"),
        ] {
            let method = vss_testkit::http::Method::from_bytes(method.as_bytes()).unwrap();
            s.call(method, path, &without, None)
                .error(403, "AdminMfaRequired", ADMIN_MFA);
        }
        s.put(
            "/v2/admin/domains/default",
            &without,
            json!({"totp": "optional"}),
        )
        .error(403, "AdminMfaRequired", ADMIN_MFA);
        s.patch("/v2/admin/users/jm", &without, json!({"require_mfa": true}))
            .error(403, "AdminMfaRequired", ADMIN_MFA);
        // Enrolled and logged in with a code, the same calls work.
        let with = s.admin_token(name);
        s.get("/v2/admin/users", &with).ok();
        s.post_bearer("/v2/admin/users/jm/alert", &with).ok();
    }
    // A user is refused for its role first, MFA or not.
    let jm = s.token("jm");
    s.get("/v2/admin/users", &jm)
        .denied("This call needs the admin or domain-admin role; your account has the user role");
}
