//! The server's rules against abuse and confusion: tokens that outlive a factor change,
//! administrators without MFA, mail floods, failure counters, names that are not safe path
//! segments or hold control characters, phones in the Python tool's forms, minimal replies,
//! recovery codes as people type them, and the calls the Python client makes after a login.
//!
//! Everything goes over HTTP as a client would; codes are computed from the returned key or
//! read from the outbox, and time moves with the server's clock.

use serde_json::{json, Value};
use vss_mock_server::Role;
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
        role: Role::Admin,
        ..user("root")
    });
    let root = s.admin_token("root");
    s.post_bearer("/v2/admin/users/ann/totp/reset", &root).ok();
    revoked(&s, &token);
}

const ADMIN_MFA: &str = "Administrator calls need a login that passed MFA, and this account \
    has no MFA: enable MFA on it, then log in again with a code";

#[test]
fn administrators_must_use_mfa_to_administer() {
    let s = start();
    for (name, role) in [("root", Role::Admin), ("boss", Role::DomainAdmin)] {
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
        // (Past the least time between two security summaries to one account.)
        s.clock().advance(31);
        s.post_bearer("/v2/admin/users/jm/alert", &with).ok();
    }
    // A user is refused for its role first, MFA or not.
    let jm = s.token("jm");
    s.get("/v2/admin/users", &jm)
        .denied("This call needs the admin or domain-admin role; your account has the user role");
}

// --- `/tf/disable` mails once per token, within the send limits. ---

#[test]
fn disable_requests_send_one_token_at_a_time_within_limits() {
    let s = start();
    s.enrol("jm");
    let confirmations = |s: &TestServer| {
        s.outbox()
            .mails_about("jm", "Confirm disabling MFA on your VSS account")
            .len()
    };
    // Fifty requests with the password alone: one e-mail; the others say it was sent and
    // when it stops working.
    assert_eq!(
        s.post("jm", "/tf/disable", None).ok(),
        json!({"message": "Confirmation email sent.", "type": "info"})
    );
    let sent_at = s.clock().unix();
    let until = chrono::DateTime::from_timestamp(sent_at + 15 * 60, 0)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for _ in 0..49 {
        assert_eq!(
            s.post("jm", "/tf/disable", None).ok(),
            json!({
                "message": format!(
                    "A confirmation token was already e-mailed to j***@example.com and works \
                     until {until}; use it (no new e-mail was sent). If it is lost, ask again \
                     after then."
                ),
                "type": "warning",
            })
        );
    }
    assert_eq!(confirmations(&s), 1);
    // The token that went out still works.
    let token = s.outbox().mailed_token("jm");
    s.post("jm", &format!("/tf/disable/{token}"), None).ok();

    // Starting an enrolment drops an outstanding token; the send limit of codes holds all the
    // same: at most one confirmation e-mail every 30 seconds...
    s.clock().advance(31);
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("jm", "/tf/disable", None).ok();
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    let wait = s.post("jm", "/tf/disable", None).too_many(
        "TooManyRequests",
        "Confirmation e-mails are sent at most once every 30 seconds and 10 times an hour",
    );
    assert!((1..=30).contains(&wait), "{wait}");
    assert_eq!(confirmations(&s), 2);
    // ... and ten an hour.
    for _ in 0..8 {
        s.clock().advance(31);
        s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
            .ok();
        s.post("jm", "/tf/disable", None).ok();
    }
    assert_eq!(confirmations(&s), 10);
    s.clock().advance(31);
    s.post("jm", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    let wait = s.post("jm", "/tf/disable", None).too_many(
        "TooManyRequests",
        "Confirmation e-mails are sent at most once every 30 seconds and 10 times an hour",
    );
    assert!(wait > 30, "{wait}");
    assert_eq!(confirmations(&s), 10);
    // The limits of codes and of confirmations are separate: a code still goes out.
    s.post("jm", "/tf/request-token", None).ok();
}

// --- Administrators and domain policy; what a domain-admin learns of other domains. ---

#[test]
fn a_domain_made_unavailable_never_stops_an_admin_from_enrolling() {
    let s = TestServer::start();
    s.add_users(&[
        ("chief", "eng", Role::Admin),
        ("eng-admin", "eng", Role::DomainAdmin),
        ("alice", "eng", Role::User),
    ]);
    let eng_admin = s.admin_token("eng-admin");
    s.put(
        "/v2/admin/domains/eng",
        &eng_admin,
        json!({"totp": "unavailable"}),
    )
    .ok();
    // The domain's members cannot enrol...
    s.post(
        "alice",
        "/tf/enable",
        Some(json!({"method": "AUTHENTICATOR"})),
    )
    .forbidden("Two-Factor Authentication not available for domain eng");
    // ... but the admin of the domain can, and then administers.
    let chief = s.admin_token("chief");
    s.get("/v2/admin/users", &chief).ok();
    // Nor may a domain-admin take the switch away from it.
    s.patch(
        "/v2/admin/users/chief",
        &eng_admin,
        json!({"can_toggle_mfa": false}),
    )
    .denied("Account chief has the admin role; only an admin can change it");
}

#[test]
fn a_domain_admin_gets_not_found_for_accounts_of_other_domains() {
    let s = TestServer::start();
    s.add_users(&[
        ("eng-admin", "eng", Role::DomainAdmin),
        ("carol", "sales", Role::User),
    ]);
    let eng_admin = s.admin_token("eng-admin");
    for (user, path) in [
        ("carol", "/v2/admin/users/carol/alert"),
        ("nobody", "/v2/admin/users/nobody/alert"),
        ("carol", "/v2/admin/users/carol/totp/reset"),
        ("nobody", "/v2/admin/users/nobody/totp/reset"),
    ] {
        s.post_bearer(path, &eng_admin)
            .error(404, "NotFound", &format!("No account named {user}"));
    }
    for user in ["carol", "nobody"] {
        s.patch(
            &format!("/v2/admin/users/{user}"),
            &eng_admin,
            json!({"require_mfa": true}),
        )
        .error(404, "NotFound", &format!("No account named {user}"));
        // Naming the other domain is refused for the role, whether the account exists or not.
        s.post_bearer(
            &format!("/v2/admin/users/{user}/alert?domain=sales"),
            &eng_admin,
        )
        .denied("Your domain-admin role covers domain eng only; domain sales needs the admin role");
    }
    assert!(s.outbox().mails_to("carol").is_empty());
}

// --- Failure counters do not pile up. ---

/// The throttle rows in the database: (kind, subject).
fn throttle_rows(s: &TestServer) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT kind, subject FROM throttles ORDER BY kind, subject")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows
}

fn wrong_password(s: &TestServer, user: &str) {
    s.post_as(
        user,
        "wrong",
        "/auth/request-token",
        Some(json!({"otp": null})),
    )
    .refused(401, BAD_CREDENTIALS);
}

#[test]
fn failure_counters_of_unknown_names_expire_and_quiet_ones_are_pruned() {
    let s = start();
    for name in ["ghost-1", "ghost-2", "ghost-3"] {
        wrong_password(&s, name);
    }
    wrong_password(&s, "jm");
    let row = |kind: &str, subject: &str| (kind.to_owned(), subject.to_owned());
    assert_eq!(
        throttle_rows(&s),
        [
            row("password", "ghost-1"),
            row("password", "ghost-2"),
            row("password", "ghost-3"),
            row("password", "jm"),
        ]
    );
    // An hour on, the unknown names are forgotten at the next failure; the account's
    // failure still counts.
    s.clock().advance(3600);
    wrong_password(&s, "ann");
    assert_eq!(
        throttle_rows(&s),
        [row("password", "ann"), row("password", "jm")]
    );
    // A day after its last failure, an account's counter goes too (ann's failed later).
    s.clock().advance(24 * 3600 - 3600 + 1);
    wrong_password(&s, "ghost-4");
    assert_eq!(
        throttle_rows(&s),
        [row("password", "ann"), row("password", "ghost-4")]
    );
    // A lock and the run that led to it are kept for a day after the lock ends.
    for _ in 0..10 {
        let _ = s.post_as("ann", "wrong", "/auth/request-token", None);
    }
    s.clock().advance(2 * 3600);
    wrong_password(&s, "ghost-5");
    assert!(throttle_rows(&s).contains(&row("password", "ann")));
    s.clock().advance(24 * 3600);
    wrong_password(&s, "ghost-6");
    assert_eq!(throttle_rows(&s), [row("password", "ghost-6")]);
}

// --- Names: safe path segments without control or other non-printing characters. ---

#[test]
fn user_add_refuses_names_that_are_not_safe_path_segments_or_hold_control_characters() {
    let data = tempfile::tempdir().unwrap();
    let binary = vss_testkit::binary::ServerBinary::built();
    let refused = |args: &[&str], says: &str| {
        let out = binary.user_add(data.path(), args, "pw");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    };
    for name in [".", ".."] {
        refused(
            &[name, "--email", "x@example.com"],
            "\".\" and \"..\" are not names in a URL",
        );
    }
    for name in [
        "a/b",
        "a%2e",
        "a?b",
        "a#b",
        "a\\b",
        "evil\u{1b}[31m",
        "rtl\u{202e}x",
    ] {
        refused(
            &[name, "--email", "x@example.com"],
            "may not contain spaces, '/', '\\', '%', '?', '#', control or other non-printing \
             characters",
        );
    }
    refused(
        &[
            "ok",
            "--email",
            "x@example.com",
            "--domain",
            "evil\u{1b}[31m",
        ],
        "the domain \"evil\\u{1b}[31m\" may not contain",
    );
    refused(
        &["ok", "--email", "x@example.com", "--domain", ".."],
        "the domain \"..\" cannot be used",
    );
    refused(
        &["ok", "--email", "x\u{1b}]8;;http://evil\u{7}@example.com"],
        "is not valid (expected NAME@DOMAIN, without spaces, control or other non-printing \
         characters)",
    );
    // Dots inside a name are fine, and nothing above was added.
    let out = binary.user_add(
        data.path(),
        &["jean.marc", "--email", "jm@example.com"],
        "pw",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed = binary
        .command()
        .arg("--data-dir")
        .arg(data.path())
        .args(["user", "ls"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert_eq!(listed.lines().count(), 2, "{listed}");
}

#[test]
fn administrator_calls_refuse_such_domains() {
    let s = TestServer::start();
    s.add_users(&[("root", "ops", Role::Admin)]);
    let root = s.admin_token("root");
    s.put(
        "/v2/admin/domains/evil%1B%5B31m",
        &root,
        json!({"totp": "unavailable"}),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: the domain \"evil\\u{1b}[31m\" may not contain spaces, '/', \
         '\\', '%', '?', '#', control or other non-printing characters",
    );
    // `..` as it reaches the server untouched (an HTTP client's URL parser would resolve it).
    let (status, body) = s.raw(&vss_testkit::http::request(
        "PUT",
        "/v2/admin/domains/%2E%2E",
        &[
            format!("Authorization: Bearer {root}"),
            "Content-Type: application/json".into(),
        ],
        br#"{"totp": "unavailable"}"#,
    ));
    assert_eq!(status, 400, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        body["message"],
        "InvalidParameterValue: the domain \"..\" cannot be used: \".\" and \"..\" are not \
         names in a URL"
    );
}

// --- Phones in the Python tool's forms and E.164; stored in E.164. ---

/// The Python tool's forms (its `validate_phone_number`), as it sends them, and E.164.
const PHONE_FORMS: &[&str] = &[
    "416-555-0100",
    "(416) 555-0100",
    "(416)555-0100",
    "416.555.0100",
    "416 555 0100",
    "4165550100",
    "14165550100",
    "+14165550100",
];

#[test]
fn sms_enrolment_takes_the_python_tools_phone_forms_and_stores_e164() {
    let s = TestServer::start();
    for (i, phone) in PHONE_FORMS.iter().enumerate() {
        let name = format!("p{i}");
        s.add_user(vss_mock_server::NewUser {
            phone: None,
            ..user(&name)
        });
        s.post(
            &name,
            "/tf/enable",
            Some(json!({"method": "SMS", "phone": phone})),
        )
        .ok();
        // The text goes to the E.164 number, which replies show masked.
        let reply = s.post(&name, "/tf/request-token", None).ok();
        assert_eq!(
            reply["message"], "A code was sent by SMS to +*******0100",
            "{phone}"
        );
        let texts = s.outbox().texts();
        assert_eq!(texts.last().unwrap()["to"], "+14165550100", "{phone}");
        let code = s.outbox().last_texted_code();
        s.post(&name, "/tf/verify", Some(json!({ "otp": code })))
            .ok();
    }
    for bad in [
        "555-0100",
        "1-416-555-0100",
        "416-555-0100x",
        "(416)-555-0100",
    ] {
        s.post(
            "p0",
            "/tf/enable",
            Some(json!({"method": "SMS", "phone": bad})),
        )
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: phone must be written like 416-555-0100, (416) \
                 555-0100, 416.555.0100, 416 555 0100, 4165550100, or E.164 with the country \
                 code, like +14165550100",
        );
    }
}

#[test]
fn user_add_takes_the_same_phone_forms_and_stores_e164() {
    let s = TestServer::start();
    s.add_user(vss_mock_server::NewUser {
        phone: Some("(416) 555-0199".into()),
        ..user("jm")
    });
    let token = s.token("jm");
    assert_eq!(s.profile(&token).ok()["data"]["phone"], "+14165550199");
    let db = s.db();
    let err = vss_mock_server::add_user(
        &db,
        vss_mock_server::NewUser {
            phone: Some("555-0199".into()),
            ..user("ann")
        },
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("is not valid: write it like 416-555-0100"),
        "{err}"
    );
}

// --- Recovery codes as people type them; their own refusal. ---

#[test]
fn recovery_codes_ignore_case_dashes_and_spaces_and_have_their_own_refusal() {
    let s = start();
    let (_, codes) = s.enrol("jm");
    for typed in [
        codes[0].to_uppercase(),
        codes[1].replace('-', ""),
        codes[2].replace('-', " "),
        format!(" {} ", codes[3].to_uppercase().replace('-', " - ")),
    ] {
        s.login("jm", Some(&typed)).ok();
    }
    // Used, whatever the spelling: refused as a recovery code, with how many are left.
    s.login("jm", Some(&codes[0].replace('-', ""))).error(
        401,
        "InvalidRecoveryCode",
        "InvalidParameterValue: otp is not an unused recovery code of this account (each \
             works once); 6 unused are left",
    );
    // Wrong, in the form of one.
    s.login("jm", Some("aaaa-bbbb-cccc-dddd")).error(
        401,
        "InvalidRecoveryCode",
        "InvalidParameterValue: otp is not an unused recovery code of this account (each works \
         once); 6 unused are left",
    );
    // A wrong six-digit code is still a one-time code's refusal.
    s.login("jm", Some("000000")).error(
        401,
        "InvalidOtp",
        "InvalidParameterValue: otp is invalid or expired",
    );
    // The same at the other calls that take a recovery code.
    for last in &codes[4..9] {
        s.login("jm", Some(last)).ok();
    }
    s.post(
        "jm",
        "/tf/recovery-codes",
        Some(json!({"otp": codes[0].to_uppercase()})),
    )
    .error(
        401,
        "InvalidRecoveryCode",
        "InvalidParameterValue: otp is not an unused recovery code of this account (each works \
         once); 1 unused is left",
    );
    s.post(
        "jm",
        "/tf/recovery-codes",
        Some(json!({"otp": codes[9].to_uppercase().replace('-', "")})),
    )
    .ok();
}

// --- What the Python client asks after a new token, and e-mails that name its way too. ---

#[test]
fn the_calls_the_python_client_makes_after_a_new_token_answer() {
    let s = start();
    let token = s.token("jm");
    assert_eq!(
        s.get("/v2/session/motd", &token).ok(),
        json!({"data": {"motd": ""}})
    );
    // As the Python client asks: expand, filter and per_page in the query.
    let messages = s
        .get(
            "/v2/user/message?expand=1&filter=status%2Ceq%2CCreated&per_page=100",
            &token,
        )
        .ok();
    assert_eq!(messages["data"], json!([]));
    assert_eq!(messages["meta"]["pages"]["next_url"], Value::Null);
    // A Bearer call like the others: a bad token is refused.
    for path in ["/v2/session/motd", "/v2/user/message"] {
        s.get(path, "nope").error(401, "Unauthorized", BAD_TOKEN);
    }
}

#[test]
fn e_mails_that_name_a_command_give_the_python_tools_way_too() {
    let s = start();
    s.enrol("jm");
    s.post("jm", "/tf/disable", None).ok();
    let mail = s
        .outbox()
        .last_mail_to("jm", "Confirm disabling MFA on your VSS account")
        .body
        .replace("\r\n", "\n");
    let token = s.outbox().mailed_token("jm");
    assert!(
        mail.contains(&format!(
            "vss-cli account set mfa rm --confirmation-token {token}"
        )),
        "{mail}"
    );
    assert!(
        mail.contains(
            "or, with the Python vss-cli, paste the token when it asks for it\n(the command \
             that sent this message, vss-cli account set mfa rm,\nwaits for it)."
        ),
        "{mail}"
    );
    // Enrolment asked of an account: both tools' commands.
    s.add_user(vss_mock_server::NewUser {
        role: Role::Admin,
        ..user("root")
    });
    let root = s.admin_token("root");
    s.patch("/v2/admin/users/ann", &root, json!({"require_mfa": true}))
        .ok();
    let mail = s
        .outbox()
        .last_mail_to("ann", "MFA settings of your VSS account changed")
        .body
        .replace("\r\n", "\n");
    assert!(
        mail.contains("vss-cli account set mfa mk METHOD (with the Python vss-cli:\nvss-cli account --no-load set mfa mk METHOD)"),
        "{mail}"
    );
}

// --- `--replies minimal`: only what the Python client reads. ---

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each call's minimal reply checked in turn"
)]
fn minimal_replies_carry_only_what_the_python_client_reads() {
    let s = TestServer::start_with(|c| c.replies = vss_mock_server::Replies::Minimal);
    s.add_user(user("jm"));
    s.add_user(user("ann"));

    // A login: the token only.
    let login = s.login("jm", None).ok();
    assert_eq!(keys(&login), ["token"]);
    let token = login["token"].as_str().unwrap().to_owned();
    // The profile: data.totp with the four fields the Python client shows.
    assert_eq!(
        s.profile(&token).ok(),
        json!({"data": {"totp": {
            "enabled": false, "method": null, "enabled_on": null, "disabled_on": null,
        }}})
    );

    // AUTHENTICATOR: the codes with their issuer, the URI, key and image.
    let enabled = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    assert_eq!(
        keys(&enabled),
        ["image", "issuer", "key", "recovery_codes", "uri"]
    );
    assert_eq!(enabled["issuer"], "VSS");
    assert_eq!(enabled["recovery_codes"].as_array().unwrap().len(), 10);
    let key = enabled["key"].as_str().unwrap().to_owned();
    let verified = s
        .post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})))
        .ok();
    assert_eq!(
        verified,
        json!({"message": "MFA has been enabled (AUTHENTICATOR)", "type": "info"})
    );
    s.next_step();
    let token = s.token_with("jm", Some(&s.code(&key)));
    let totp = &s.profile(&token).ok()["data"]["totp"];
    assert_eq!(
        keys(totp),
        ["disabled_on", "enabled", "enabled_on", "method"]
    );
    assert_eq!(
        (&totp["enabled"], &totp["method"]),
        (&json!(true), &json!("AUTHENTICATOR"))
    );

    // A replacement issues no codes: no codes and no issuer, only the new key.
    s.next_step();
    let replacing = s
        .post(
            "jm",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR", "otp": s.code(&key)})),
        )
        .ok();
    assert_eq!(keys(&replacing), ["image", "key", "uri"]);
    // New recovery codes: the codes and their issuer.
    s.next_step();
    let fresh = s
        .post(
            "jm",
            "/tf/recovery-codes",
            Some(json!({"otp": s.code(&key)})),
        )
        .ok();
    assert_eq!(keys(&fresh), ["issuer", "recovery_codes"]);

    // EMAIL: the codes and issuer only; the other calls message and type.
    let email = s
        .post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    assert_eq!(keys(&email), ["issuer", "recovery_codes"]);
    assert_eq!(
        keys(&s.post("ann", "/tf/request-token", None).ok()),
        ["message", "type"]
    );
    s.post(
        "ann",
        "/tf/verify",
        Some(json!({"otp": s.outbox().mailed_code("ann")})),
    )
    .ok();
    assert_eq!(
        s.post("ann", "/tf/disable", None).ok(),
        json!({"message": "Confirmation email sent.", "type": "info"})
    );
    let token = s.outbox().mailed_token("ann");
    assert_eq!(
        s.post("ann", &format!("/tf/disable/{token}"), None).ok(),
        json!({"message": "TOTP has been disabled", "type": "info"})
    );
    // Errors are whole.
    s.login("jm", None).error(
        401,
        "InvalidOtp",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
}

#[test]
fn full_replies_are_the_default_and_the_binary_takes_the_switch() {
    let s = start();
    let login = s.login("jm", None).ok();
    assert_eq!(keys(&login), ["token"]);
    let token = login["token"].as_str().unwrap().to_owned();
    assert!(keys(&s.profile(&token).ok()["data"]).contains(&"username".to_owned()));

    let data = tempfile::tempdir().unwrap();
    let binary = vss_testkit::binary::ServerBinary::built();
    let added = binary.user_add(data.path(), &["jm", "--email", "jm@example.com"], "pw");
    assert!(added.status.success());
    let mut cmd = binary.command();
    cmd.args([
        "--listen",
        "127.0.0.1:0",
        "--replies",
        "minimal",
        "--data-dir",
    ])
    .arg(data.path());
    let server = vss_testkit::binary::ServerBinary::spawn(cmd);
    let client = reqwest::blocking::Client::new();
    let token: Value = client
        .post(format!("{}/auth/request-token", server.url))
        .basic_auth("jm", Some("pw"))
        .json(&json!({"otp": null}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let token = token["token"].as_str().unwrap();
    let profile: Value = client
        .get(format!("{}/v2/user", server.url))
        .bearer_auth(token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(keys(&profile["data"]), ["totp"]);
    let log = server.kill();
    assert!(
        log.contains("replies carry only the fields the Python client reads"),
        "{log}"
    );
}
