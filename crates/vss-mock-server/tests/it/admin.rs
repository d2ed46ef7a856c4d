//! The administrator side of the bundled server over HTTP: the seeds' scenarios (domain and
//! global enforcement, unavailable domains, the "can toggle" switch, resets, grace periods),
//! an authorisation matrix of every administrator call, and listing over many accounts.
//!
//! Accounts are inserted through the store with copies of one password hash, so that a
//! thousand of them cost one argon2 run; every other step goes through the API as a person
//! would, with codes computed from the returned key or read from the outbox.

use serde_json::{json, Value};
use vss_mock_server::Role;
use vss_testkit::http::{Method as HttpMethod, StatusCode};
use vss_testkit::TestServer;

const ENFORCED: &str = "TotpEnforcement: Must enable TOTP before you can use this account";
const BAD_TOKEN: &str = "Invalid or expired token";
const NEEDS_ADMIN_ROLE: &str =
    "This call needs the admin or domain-admin role; your account has the user role";

/// The accounts of every test: an admin in `ops` and one in `eng`, a domain-admin of `eng` and
/// one of `sales`, and users.
const ACCOUNTS: &[(&str, &str, Role)] = &[
    ("root", "ops", Role::Admin),
    ("chief", "eng", Role::Admin),
    ("eng-admin", "eng", Role::DomainAdmin),
    ("sales-admin", "sales", Role::DomainAdmin),
    ("alice", "eng", Role::User),
    ("bob", "eng", Role::User),
    ("carol", "sales", Role::User),
];

/// A server with the standard accounts plus `extra`.
fn start_with(extra: &[(String, String, Role)]) -> TestServer {
    let s = TestServer::start();
    s.add_users(ACCOUNTS);
    s.add_users(extra);
    s
}

fn start() -> TestServer {
    start_with(&[])
}

fn set_domain(s: &TestServer, token: &str, domain: &str, body: Value) -> Value {
    s.put(&format!("/v2/admin/domains/{domain}"), token, body)
        .ok()
}

/// The account as the administrator list shows it.
fn admin_view(s: &TestServer, token: &str, user: &str) -> Value {
    let page = s.get("/v2/admin/users?per_page=500", token).ok();
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == user)
        .unwrap_or_else(|| panic!("{user} not listed"))
        .clone()
}

fn time(value: &Value) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(value.as_str().unwrap())
        .unwrap()
        .with_timezone(&chrono::Utc)
}

fn names(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_owned())
        .collect()
}

// --- The seeds' scenarios. ---

/// Seeds 000 and 002: enforce a domain; a member without MFA is refused until it enrols.
#[test]
fn enforcing_a_domain_stops_members_until_they_enrol() {
    let s = start();
    let root = s.admin_token("root");
    let alice_before = s.token("alice");

    let before = s.clock().unix();
    let domain = set_domain(&s, &root, "eng", json!({"totp": "mandatory"}));
    let after = s.clock().unix();
    assert_eq!(domain["name"], "eng");
    assert_eq!(domain["totp"], "mandatory");
    assert_eq!(domain["grace_period_hours"], Value::Null);
    assert_eq!(domain["accounts"], 4);
    // Mandatory from the moment of the call, by the server's clock.
    let since = time(&domain["mandatory_since"]).timestamp();
    assert!(
        (before..=after).contains(&since),
        "{before} {since} {after}"
    );
    assert_eq!(domain["deadline"], domain["mandatory_since"]);

    // Refused at login, and on every Bearer call of a token it already held.
    s.login("alice", None)
        .error(403, "TotpEnforcement", ENFORCED);
    s.get("/v2/user", &alice_before)
        .error(403, "TotpEnforcement", ENFORCED);
    let mail = s
        .outbox()
        .last_mail_to("alice", "MFA is now required on your VSS account");
    assert!(mail.contains("vss-cli account set mfa mk METHOD"), "{mail}");
    // Other domains are untouched.
    s.token("carol");
    assert!(s.outbox().mails_to("carol").is_empty());
    let view = admin_view(&s, &root, "alice");
    assert_eq!(view["required"], true);
    assert_eq!(view["require_mfa"], false);

    // It may still enrol, and then logs in with a code.
    let (key, _) = s.enrol("alice");
    let token = s.token_with("alice", Some(&s.code(&key)));
    assert_eq!(
        s.get("/v2/user", &token).ok()["data"]["totp"]["state"],
        "enabled"
    );
    // A required factor cannot be switched off by its owner.
    s.post("alice", "/tf/disable", None)
        .forbidden("MFA is required for this account by domain eng; it cannot be turned off");

    // Optional again: the domain forgets when it became mandatory, and alice may disable.
    let domain = set_domain(&s, &root, "eng", json!({"totp": "optional"}));
    assert_eq!(domain["mandatory_since"], Value::Null);
    assert_eq!(domain["deadline"], Value::Null);
    s.post("alice", "/tf/disable", None).ok();
    s.token("bob");
}

/// Seed 000: MFA mandatory for all domains, shown by the settings call.
#[test]
fn global_setting_requires_mfa_everywhere_but_unavailable_domains() {
    let s = start();
    let root = s.admin_token("root");
    let eng_admin = s.admin_token("eng-admin");
    assert_eq!(
        s.get("/v2/admin/settings/totp", &root).ok(),
        json!({"mandatory": false})
    );
    s.put(
        "/v2/admin/settings/totp",
        &eng_admin,
        json!({"mandatory": true}),
    )
    .denied(
        "Changing the global MFA setting needs the admin role; your account has the \
         domain-admin role",
    );
    // Another domain is made unavailable first; its accounts are never required.
    set_domain(&s, &root, "sales", json!({"totp": "unavailable"}));
    assert_eq!(
        s.put("/v2/admin/settings/totp", &root, json!({"mandatory": true}))
            .ok(),
        json!({"mandatory": true})
    );
    // Enrolled administrators carry on.
    assert_eq!(
        s.get("/v2/admin/settings/totp", &eng_admin).ok(),
        json!({"mandatory": true})
    );
    s.login("bob", None).error(403, "TotpEnforcement", ENFORCED);
    // An administrator without MFA is bound like everyone else.
    s.login("chief", None)
        .error(403, "TotpEnforcement", ENFORCED);
    s.token("carol");
    assert!(s.outbox().mails_to("carol").is_empty());
    s.outbox()
        .last_mail_to("bob", "MFA is now required on your VSS account");
    assert_eq!(
        s.get("/v2/admin/settings/totp", &root).ok(),
        json!({"mandatory": true})
    );
    s.put(
        "/v2/admin/settings/totp",
        &root,
        json!({"mandatory": false}),
    )
    .ok();
    s.token("bob");

    // Bodies are checked.
    s.put(
        "/v2/admin/settings/totp",
        &root,
        json!({"mandatory": "yes"}),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: mandatory: invalid type: string \"yes\", expected a boolean",
    );
    s.put("/v2/admin/settings/totp", &root, json!({})).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: missing field `mandatory`",
    );
}

/// Seed 004: in a domain where MFA is unavailable, enabling it is refused.
#[test]
fn unavailable_domain_refuses_enrolment() {
    let s = start();
    let root = s.admin_token("root");
    s.post("bob", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    let domain = set_domain(&s, &root, "eng", json!({"totp": "unavailable"}));
    assert_eq!(domain["totp"], "unavailable");
    let refusal = "Two-Factor Authentication not available for domain eng";
    for method in ["AUTHENTICATOR", "EMAIL"] {
        s.post("alice", "/tf/enable", Some(json!({ "method": method })))
            .forbidden(refusal);
    }
    // An enrolment started before cannot be finished either.
    s.post("bob", "/tf/request-token", None).ok();
    let mail = s.outbox().mails_to("bob").pop().unwrap();
    let code = mail
        .lines()
        .find_map(|l| l.strip_prefix("Your verification code is: "))
        .unwrap()
        .trim()
        .to_owned();
    s.post("bob", "/tf/verify", Some(json!({ "otp": code })))
        .forbidden(refusal);
    // Other domains may.
    s.enrol("carol");
    // Requiring MFA of an account there does not lock it out.
    s.patch("/v2/admin/users/alice", &root, json!({"require_mfa": true}))
        .ok();
    s.token("alice");
    set_domain(&s, &root, "eng", json!({"totp": "optional"}));
    s.login("alice", None)
        .error(403, "TotpEnforcement", ENFORCED);
}

/// Seed 001: without "can toggle" a user can neither enable nor disable; an administrator can.
#[test]
fn without_can_toggle_the_user_cannot_enable_or_disable() {
    let s = start();
    let eng_admin = s.admin_token("eng-admin");
    s.enrol("bob");
    let reply = s
        .patch(
            "/v2/admin/users/bob",
            &eng_admin,
            json!({"can_toggle_mfa": false}),
        )
        .ok();
    assert_eq!(reply["data"]["can_toggle_mfa"], false);
    assert_eq!(reply["data"]["require_mfa"], false);
    assert_eq!(reply["data"]["mfa"]["state"], "enabled");
    let refusal = "An administrator does not let this account turn MFA on or off; ask an \
                   administrator of domain eng to do it";
    s.post("bob", "/tf/disable", None).forbidden(refusal);
    s.post("bob", "/tf/disable/ABCDEFGH", None)
        .forbidden(refusal);
    let mail = s
        .outbox()
        .last_mail_to("bob", "MFA settings of your VSS account changed");
    assert!(mail.contains("no longer lets you turn"), "{mail}");

    s.patch(
        "/v2/admin/users/alice",
        &eng_admin,
        json!({"can_toggle_mfa": false}),
    )
    .ok();
    s.post("alice", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .forbidden(refusal);
    s.token("alice");

    // Required by an administrator, it must enrol, so it may.
    let reply = s
        .patch(
            "/v2/admin/users/alice",
            &eng_admin,
            json!({"require_mfa": true}),
        )
        .ok();
    assert_eq!(reply["data"]["required"], true);
    let mail = s
        .outbox()
        .last_mail_to("alice", "MFA settings of your VSS account changed");
    assert!(mail.contains("now requires multi-factor"), "{mail}");
    s.login("alice", None)
        .error(403, "TotpEnforcement", ENFORCED);
    let (key, _) = s.enrol("alice");
    s.token_with("alice", Some(&s.code(&key)));

    // An administrator still can: a reset turns bob's MFA off.
    s.post_bearer("/v2/admin/users/bob/totp/reset", &eng_admin)
        .ok();
    s.token("bob");
    s.post("bob", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .forbidden(refusal);
    // Nothing to change is a mistake; the same value again changes nothing and says nothing.
    s.patch("/v2/admin/users/bob", &eng_admin, json!({})).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: give require_mfa, can_toggle_mfa or both",
    );
    let before = s.outbox().mails_to("bob").len();
    s.patch(
        "/v2/admin/users/bob",
        &eng_admin,
        json!({"can_toggle_mfa": false}),
    )
    .ok();
    assert_eq!(s.outbox().mails_to("bob").len(), before);
    s.patch(
        "/v2/admin/users/bob",
        &eng_admin,
        json!({"can_toggle_mfa": "no"}),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: can_toggle_mfa: invalid type: string \"no\", expected a boolean",
    );
}

/// Seeds 000 and 001: a reset removes the factor, logs the account out at once, and the next
/// login demands enrolment where policy requires it.
#[test]
fn reset_revokes_tokens_and_demands_enrolment() {
    let s = start();
    let eng_admin = s.admin_token("eng-admin");
    let (key, codes) = s.enrol("alice");
    let alice = s.token_with("alice", Some(&s.code(&key)));
    s.patch(
        "/v2/admin/users/alice",
        &eng_admin,
        json!({"require_mfa": true}),
    )
    .ok();
    s.get("/v2/user", &alice).ok();

    s.post_bearer("/v2/admin/users/alice/totp/reset?domain=sales", &eng_admin)
        .denied("Your domain-admin role covers domain eng only; domain sales needs the admin role");
    s.post_bearer(
        "/v2/admin/users/alice/totp/reset?domain=ops",
        &s.admin_token("chief"),
    )
    .error(404, "NotFound", "No account named alice in domain ops");
    s.post_bearer("/v2/admin/users/nobody/totp/reset", &eng_admin)
        .error(404, "NotFound", "No account named nobody");
    let reply = s
        .post_bearer("/v2/admin/users/alice/totp/reset?domain=eng", &eng_admin)
        .ok();
    assert_eq!(
        reply,
        json!({
            "message": "MFA of alice was reset and its tokens revoked; it must enrol again at \
                        its next login",
            "type": "info"
        })
    );
    s.get("/v2/user", &alice)
        .error(401, "Unauthorized", BAD_TOKEN);
    s.login("alice", Some(&s.code(&key)))
        .error(403, "TotpEnforcement", ENFORCED);
    s.login("alice", Some(&codes[0]))
        .error(403, "TotpEnforcement", ENFORCED);
    let mail = s
        .outbox()
        .last_mail_to("alice", "MFA was reset on your VSS account");
    assert!(
        mail.contains("An administrator (eng-admin) reset"),
        "{mail}"
    );
    assert!(mail.contains("again with: vss-cli account set mfa mk METHOD"));
    let view = admin_view(&s, &eng_admin, "alice");
    assert_eq!(view["mfa"]["state"], "disabled");
    assert_eq!(view["mfa"]["method"], Value::Null);
    assert_eq!(view["mfa"]["recovery_codes_left"], 0);

    // It enrols again with a new key.
    let (new_key, _) = s.enrol("alice");
    assert_ne!(new_key, key);
    s.token_with("alice", Some(&s.code(&new_key)));

    // Not required: after the reset, the password alone logs in.
    let (bob_key, _) = s.enrol("bob");
    let bob = s.token_with("bob", Some(&s.code(&bob_key)));
    let reply = s
        .post_bearer("/v2/admin/users/bob/totp/reset", &eng_admin)
        .ok();
    assert_eq!(
        reply["message"],
        "MFA of bob was reset and its tokens revoked"
    );
    s.get("/v2/user", &bob)
        .error(401, "Unauthorized", BAD_TOKEN);
    s.token("bob");
}

/// A grace period: logins succeed with a warning naming the deadline, then are refused.
#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one grace period, warning to refusal, top to bottom"
)]
fn grace_period_warns_then_refuses() {
    let s = start();
    let (root_key, root) = s.enrolled_token("root");
    let domain = set_domain(
        &s,
        &root,
        "eng",
        json!({"totp": "mandatory", "grace_period_hours": 48}),
    );
    assert_eq!(domain["grace_period_hours"], 48);
    let deadline = time(&domain["deadline"]);
    assert_eq!(
        deadline - time(&domain["mandatory_since"]),
        chrono::Duration::hours(48)
    );
    let deadline_text = domain["deadline"].as_str().unwrap().to_owned();
    let mail = s
        .outbox()
        .last_mail_to("bob", "MFA is now required on your VSS account");
    assert!(mail.contains(&format!("from {deadline_text}")), "{mail}");

    let warning = format!(
        "MFA becomes required for domain eng at {deadline_text}; from then on, logins \
         without it are refused. Enrol now with: vss-cli account set mfa mk METHOD"
    );
    let reply = s.login("alice", None).ok();
    assert_eq!(reply["warning"], warning.as_str());
    let alice = reply["token"].as_str().unwrap().to_owned();
    s.get("/v2/user", &alice).ok();
    let view = admin_view(&s, &root, "alice");
    assert_eq!(view["required"], false);
    assert_eq!(view["deadline"], deadline_text.as_str());
    // Enrolled accounts and other domains get no warning.
    assert!(s.login("carol", None).ok().get("warning").is_none());

    // Changing only the grace period keeps the start and moves the deadline.
    let domain = set_domain(
        &s,
        &root,
        "eng",
        json!({"totp": "mandatory", "grace_period_hours": 72}),
    );
    assert_eq!(
        time(&domain["deadline"]) - deadline,
        chrono::Duration::hours(24)
    );
    let domain = set_domain(
        &s,
        &root,
        "eng",
        json!({"totp": "mandatory", "grace_period_hours": 48}),
    );
    assert_eq!(domain["deadline"], deadline_text.as_str());

    // A second before the deadline (the clock stopped there, however long the calls take),
    // then at it; a token from the grace period stops working too.
    s.clock().stop();
    s.clock()
        .advance(deadline.timestamp() - s.clock().unix() - 1);
    let reply = s.login("bob", None).ok();
    assert_eq!(reply["warning"], warning.as_str());
    let bob = reply["token"].as_str().unwrap().to_owned();
    s.get("/v2/user", &bob).ok();
    s.clock().advance(1);
    s.get("/v2/user", &bob)
        .error(403, "TotpEnforcement", ENFORCED);
    s.login("alice", None)
        .error(403, "TotpEnforcement", ENFORCED);
    s.login("bob", None).error(403, "TotpEnforcement", ENFORCED);
    let carol = s.token("carol");
    s.get("/v2/user", &carol).ok();
    // Two days on, root's token has expired: it logs in again.
    let root = s.token_with("root", Some(&s.code(&root_key)));
    let view = admin_view(&s, &root, "alice");
    assert_eq!(view["required"], true);
    assert!(view.get("deadline").is_none());
    // Enrolling still works after the deadline.
    let (key, _) = s.enrol("alice");
    assert!(s
        .login("alice", Some(&s.code(&key)))
        .ok()
        .get("warning")
        .is_none());

    s.put(
        "/v2/admin/domains/eng",
        &root,
        json!({"totp": "mandatory", "grace_period_hours": 100_000}),
    )
    .error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: grace_period_hours: must be at most 87600",
    );
    s.put("/v2/admin/domains/eng", &root, json!({"totp": "always"}))
        .error(
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: totp: unknown variant `always`, expected one of \
             `unavailable`, `optional`, `mandatory`",
        );
    s.put(
        "/v2/admin/domains/nowhere",
        &root,
        json!({"totp": "optional"}),
    )
    .error(
        404,
        "NotFound",
        "No domain named nowhere: no account is in it",
    );
}

/// Policy and the audit record survive a restart.
#[test]
fn policy_is_durable() {
    let mut s = start();
    let root = s.admin_token("root");
    set_domain(
        &s,
        &root,
        "eng",
        json!({"totp": "mandatory", "grace_period_hours": 5}),
    );
    set_domain(&s, &root, "sales", json!({"totp": "unavailable"}));
    s.patch(
        "/v2/admin/users/carol",
        &root,
        json!({"can_toggle_mfa": false}),
    )
    .ok();
    let domains = s.get("/v2/admin/domains", &root).ok();
    let audit = s.get("/v2/admin/audit", &root).ok();
    s.restart();
    assert_eq!(s.get("/v2/admin/domains", &root).ok(), domains);
    assert_eq!(s.get("/v2/admin/audit", &root).ok(), audit);
    assert_eq!(admin_view(&s, &root, "carol")["can_toggle_mfa"], false);
}

// --- Who may do what. ---

/// Every administrator call by a user, a domain-admin of the target's domain, a domain-admin
/// of another domain (told an account there is not found, as if it did not exist), and an
/// admin.
#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a table of who may make which call, a row a line"
)]
fn authorisation_matrix() {
    let s = start();
    let callers = [
        ("alice", s.token("alice")),
        ("eng-admin", s.admin_token("eng-admin")),
        ("sales-admin", s.admin_token("sales-admin")),
        ("root", s.admin_token("root")),
    ];
    let other_domain = "No account named bob";
    let covers_sales = "Your domain-admin role covers domain sales only; domain eng needs the \
                        admin role";
    let global = "Changing the global MFA setting needs the admin role; your account has the \
                  domain-admin role";
    // (method, path, body, [refusal for alice, eng-admin, sales-admin, root]; None = allowed)
    type Case<'a> = (HttpMethod, &'a str, Option<Value>, [Option<&'a str>; 4]);
    let cases: Vec<Case<'_>> = vec![
        (
            HttpMethod::GET,
            "/v2/admin/settings/totp",
            None,
            [Some(NEEDS_ADMIN_ROLE), None, None, None],
        ),
        (
            HttpMethod::PUT,
            "/v2/admin/settings/totp",
            Some(json!({"mandatory": false})),
            [Some(NEEDS_ADMIN_ROLE), Some(global), Some(global), None],
        ),
        (
            HttpMethod::GET,
            "/v2/admin/domains",
            None,
            [Some(NEEDS_ADMIN_ROLE), None, None, None],
        ),
        (
            HttpMethod::PUT,
            "/v2/admin/domains/eng",
            Some(json!({"totp": "optional", "grace_period_hours": null})),
            [Some(NEEDS_ADMIN_ROLE), None, Some(covers_sales), None],
        ),
        (
            HttpMethod::GET,
            "/v2/admin/users?domain=eng",
            None,
            [Some(NEEDS_ADMIN_ROLE), None, Some(covers_sales), None],
        ),
        (
            HttpMethod::PATCH,
            "/v2/admin/users/bob",
            Some(json!({"require_mfa": false})),
            [Some(NEEDS_ADMIN_ROLE), None, Some(other_domain), None],
        ),
        (
            HttpMethod::POST,
            "/v2/admin/users/bob/totp/reset",
            None,
            [Some(NEEDS_ADMIN_ROLE), None, Some(other_domain), None],
        ),
        (
            HttpMethod::POST,
            "/v2/admin/users/bob/alert",
            None,
            [Some(NEEDS_ADMIN_ROLE), None, Some(other_domain), None],
        ),
        (
            HttpMethod::GET,
            "/v2/admin/audit",
            None,
            [Some(NEEDS_ADMIN_ROLE), None, None, None],
        ),
    ];
    for (method, path, body, expected) in &cases {
        for ((who, token), refusal) in callers.iter().zip(expected) {
            if path.ends_with("/alert") {
                // Past the least time between two summaries to one account.
                s.clock().advance(31);
            }
            let reply = s.call(method.clone(), path, token, body.clone());
            match refusal {
                Some(message) => {
                    let (status, kind) = if *message == other_domain {
                        (404, "NotFound")
                    } else {
                        (403, "AccessDenied")
                    };
                    assert_eq!(
                        (reply.status.as_u16(), &reply.body),
                        (status, &json!({"error": kind, "message": message})),
                        "{who}: {method} {path}"
                    );
                }
                None => assert_eq!(
                    reply.status,
                    StatusCode::OK,
                    "{who}: {method} {path}: {}",
                    reply.body
                ),
            }
        }
    }
    let [_, (_, eng_admin), (_, sales_admin), (_, root)] = &callers;

    // A user cannot act even on itself.
    s.patch(
        "/v2/admin/users/alice",
        &callers[0].1,
        json!({"require_mfa": false}),
    )
    .denied(NEEDS_ADMIN_ROLE);
    // A domain-admin never acts on an admin, even in its own domain.
    for path in [
        "/v2/admin/users/chief/totp/reset",
        "/v2/admin/users/chief/alert",
    ] {
        s.post_bearer(path, eng_admin)
            .denied("Account chief has the admin role; only an admin can change it");
    }
    s.post_bearer("/v2/admin/users/chief/alert", root).ok();

    // What each one sees.
    let domains = |token: &str| -> Vec<String> {
        s.get("/v2/admin/domains", token).ok()["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(domains(root), ["eng", "ops", "sales"]);
    assert_eq!(domains(eng_admin), ["eng"]);
    assert_eq!(domains(sales_admin), ["sales"]);
    let users = s.get("/v2/admin/users", eng_admin).ok();
    assert_eq!(names(&users), ["alice", "bob", "chief", "eng-admin"]);
    assert_eq!(users["total"], 4);
    assert_eq!(
        names(&s.get("/v2/admin/users", sales_admin).ok()),
        ["carol", "sales-admin"]
    );
    assert_eq!(s.get("/v2/admin/users", root).ok()["total"], 7);

    // The record: every change with who, what and when; a domain-admin sees its domain's.
    let audit = s.get("/v2/admin/audit?per_page=100", root).ok();
    let actions: Vec<(String, String, String)> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert!(chrono::DateTime::parse_from_rfc3339(r["time"].as_str().unwrap()).is_ok());
            (
                r["actor"].as_str().unwrap().to_owned(),
                r["action"].as_str().unwrap().to_owned(),
                r["target"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = [
        ("root", "user.alert", "chief"),
        ("root", "user.alert", "bob"),
        ("eng-admin", "user.alert", "bob"),
        ("root", "user.totp.reset", "bob"),
        ("eng-admin", "user.totp.reset", "bob"),
        ("root", "domain.totp", "eng"),
        ("eng-admin", "domain.totp", "eng"),
        ("root", "settings.totp", "global"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(
        actions, expected,
        "newest first; unchanged switches are not recorded"
    );
    assert_eq!(audit["data"][7]["detail"], "mandatory: false -> false");
    assert_eq!(
        audit["data"][6]["detail"],
        "totp: optional -> optional; grace_period_hours: none -> none"
    );
    let eng_audit = s.get("/v2/admin/audit", eng_admin).ok();
    assert_eq!(eng_audit["total"], 7);
    let sales_audit = s.get("/v2/admin/audit", sales_admin).ok();
    assert_eq!(sales_audit["total"], 0);
    let page = s.get("/v2/admin/audit?page=2&per_page=3", root).ok();
    assert_eq!(
        (
            page["page"].clone(),
            page["per_page"].clone(),
            page["total"].clone()
        ),
        (json!(2), json!(3), json!(8))
    );
    assert_eq!(page["data"][0]["action"], "user.totp.reset");

    // The alert reached bob with a summary of his settings.
    let mail = s
        .outbox()
        .last_mail_to("bob", "Security summary of your VSS account");
    for line in [
        "Account:                 bob (domain eng)",
        "Multi-factor auth (MFA): not enabled",
        "MFA required:            no",
        "You may turn MFA on/off: yes",
        "Recovery codes left:     0",
        "vss-cli account set mfa mk METHOD",
    ] {
        assert!(mail.contains(line), "{line} missing from {mail}");
    }

    // No token, a bad one, or the wrong method.
    let reply = s.send(s.request(HttpMethod::GET, "/v2/admin/users"));
    reply.error(401, "Unauthorized", BAD_TOKEN);
    let reply = s.send(
        s.request(HttpMethod::DELETE, "/v2/admin/users/bob")
            .bearer_auth(root),
    );
    assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        reply.body["message"],
        "DELETE is not allowed for /v2/admin/users/{username}; use PATCH"
    );
}

/// The alert's advice follows the account's state.
#[test]
fn security_alert_summarises_the_account() {
    let s = start();
    let root = s.admin_token("root");
    set_domain(
        &s,
        &root,
        "eng",
        json!({"totp": "mandatory", "grace_period_hours": 24}),
    );
    let reply = s
        .post_bearer("/v2/admin/users/alice/alert?domain=eng", &root)
        .ok();
    assert_eq!(
        reply,
        json!({"message": "A security summary was e-mailed to a***@example.com", "type": "info"})
    );
    let mail = s
        .outbox()
        .last_mail_to("alice", "Security summary of your VSS account");
    assert!(mail.contains("MFA required:            from "), "{mail}");
    assert!(mail.contains("Enrol now, or you will not be able to use your account"));

    let (key, codes) = s.enrol("carol");
    for code in &codes[..8] {
        s.token_with("carol", Some(code));
    }
    s.post_bearer("/v2/admin/users/carol/alert", &root).ok();
    let mail = s
        .outbox()
        .last_mail_to("carol", "Security summary of your VSS account");
    assert!(mail.contains("Multi-factor auth (MFA): enabled (AUTHENTICATOR) since "));
    assert!(mail.contains("Recovery codes left:     2"), "{mail}");
    assert!(
        mail.contains("vss-cli account set mfa recovery-codes"),
        "{mail}"
    );
    assert!(!mail.contains(&key));
}

/// Security summaries are sent as codes are: at most once every 30 seconds and ten times an
/// hour to one account, whoever asks; a refusal says when the next may go.
#[test]
fn security_alerts_are_limited_like_codes() {
    let s = start();
    let (root_key, root) = s.enrolled_token("root");
    let eng_admin = s.admin_token("eng-admin");
    let alert =
        |who: &str, token: &str| s.post_bearer(&format!("/v2/admin/users/{who}/alert"), token);
    let summaries = |who: &str| {
        s.outbox()
            .mails_about(who, "Security summary of your VSS account")
            .len()
    };
    const SOON: &str = "Security summaries are e-mailed to an account at most once every 30 \
                        seconds and 10 times an hour";
    alert("alice", &root).ok();
    // Too soon, by the same administrator or another.
    for token in [&root, &eng_admin] {
        let wait = alert("alice", token).too_many("TooManyRequests", SOON);
        assert!((1..=30).contains(&wait), "{wait}");
    }
    assert_eq!(summaries("alice"), 1);
    // Another account is not held back.
    alert("bob", &eng_admin).ok();
    // Ten in an hour, each 31 seconds after the last; the eleventh waits for the hour's end.
    for _ in 1..10 {
        s.clock().advance(31);
        alert("alice", &root).ok();
    }
    s.clock().advance(31);
    let wait = alert("alice", &root).too_many("TooManyRequests", SOON);
    assert!(wait > 30 && wait <= 3600 - 9 * 31, "{wait}");
    assert_eq!(summaries("alice"), 10);
    // Refusals sent nothing and are not in the record.
    let audit = s.get("/v2/admin/audit?per_page=100", &root).ok();
    let alerts = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "user.alert" && r["target"] == "alice")
        .count();
    assert_eq!(alerts, 10);
    // The hour over (and the administrator's token with it), summaries go again.
    s.clock().advance(wait as i64);
    let root = s.token_with("root", Some(&s.code(&root_key)));
    alert("alice", &root).ok();
}

// --- Listing. ---

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one set of accounts listed every way"
)]
fn listing_filters_and_pages_over_many_accounts() {
    let started = std::time::Instant::now();
    let mut extra: Vec<(String, String, Role)> = (0..1200)
        .map(|i| (format!("u{i:04}"), format!("d{}", i % 4), Role::User))
        .collect();
    extra.push(("d1-admin".into(), "d1".into(), Role::DomainAdmin));
    let s = start_with(&extra);
    let root = s.admin_token("root");
    let all = ACCOUNTS.len() + extra.len();

    // Some accounts of d1 enrol, some only start.
    let enabled = ["u0001", "u0005", "u0009", "u0013"];
    let pending = ["u0017", "u0021", "u0002"];
    for user in enabled {
        s.enrol(user);
    }
    for user in pending {
        s.post(user, "/tf/enable", Some(json!({"method": "EMAIL"})))
            .ok();
    }

    // Every account exactly once, in order, across pages of 500.
    let mut seen = Vec::new();
    for page in 1..=3 {
        let reply = s
            .get(&format!("/v2/admin/users?page={page}&per_page=500"), &root)
            .ok();
        assert_eq!(reply["total"], all);
        assert_eq!(reply["page"], page);
        assert_eq!(reply["per_page"], 500);
        seen.extend(names(&reply));
    }
    assert_eq!(seen.len(), all);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, seen);
    let past = s.get("/v2/admin/users?page=4&per_page=500", &root).ok();
    assert_eq!(past["data"], json!([]));
    assert_eq!(past["total"], all);

    // Defaults: 50 a page, from page 1.
    let first = s.get("/v2/admin/users", &root).ok();
    assert_eq!(
        (first["page"].clone(), first["per_page"].clone()),
        (json!(1), json!(50))
    );
    assert_eq!(names(&first), seen[..50]);

    // Filters by domain and state, alone and together.
    let count = |query: &str| -> u64 {
        s.get(&format!("/v2/admin/users?{query}"), &root).ok()["total"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(count("domain=d3"), 300);
    assert_eq!(count("domain=d1"), 301);
    // The four of d1 and root, who enrolled to administer.
    assert_eq!(count("mfa=enabled"), 5);
    assert_eq!(count("mfa=pending"), 3);
    assert_eq!(count("mfa=disabled"), all as u64 - 8);
    assert_eq!(count("domain=d1&mfa=enabled"), 4);
    assert_eq!(count("domain=d1&mfa=pending"), 2);
    assert_eq!(count("domain=d2&mfa=pending"), 1);
    assert_eq!(count("domain=nowhere"), 0);
    let page = s
        .get(
            "/v2/admin/users?domain=d1&mfa=enabled&per_page=3&page=2",
            &root,
        )
        .ok();
    assert_eq!(names(&page), ["u0013"]);
    let user = &page["data"][0];
    assert_eq!(user["domain"], "d1");
    assert_eq!(user["email"], "u0013@example.com");
    assert_eq!(user["role"], "user");
    assert_eq!(user["mfa"]["state"], "enabled");
    assert_eq!(user["mfa"]["method"], "AUTHENTICATOR");
    assert_eq!(user["mfa"]["recovery_codes_left"], 10);
    assert!(user["mfa"]["enabled_on"].is_string());
    assert_eq!(user["require_mfa"], false);
    assert_eq!(user["can_toggle_mfa"], true);
    assert_eq!(user["required"], false);

    // "Identify users without 2FA" of a mandatory domain, as its domain-admin.
    set_domain(&s, &root, "d1", json!({"totp": "mandatory"}));
    let d1_admin = {
        let (key, _) = s.enrol("d1-admin");
        s.token_with("d1-admin", Some(&s.code(&key)))
    };
    let without = s
        .get("/v2/admin/users?mfa=disabled&per_page=500", &d1_admin)
        .ok();
    assert_eq!(without["total"], 300 - 4 - 2);
    let data = without["data"].as_array().unwrap();
    assert!(data
        .iter()
        .all(|u| u["domain"] == "d1" && u["required"] == true && u["mfa"]["state"] == "disabled"));
    assert_eq!(
        s.get("/v2/admin/users?per_page=500&page=1", &d1_admin).ok()["total"],
        301
    );
    s.get("/v2/admin/users?domain=d2", &d1_admin)
        .denied("Your domain-admin role covers domain d1 only; domain d2 needs the admin role");
    let listed = s.get("/v2/admin/domains", &root).ok();
    let d1 = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "d1")
        .unwrap()
        .clone();
    assert_eq!(d1["accounts"], 301);
    assert_eq!(d1["totp"], "mandatory");

    // Bad paging and filters are named.
    for (query, message) in [
        (
            "per_page=501",
            "InvalidParameterValue: per_page: must be from 1 to 500",
        ),
        (
            "per_page=0",
            "InvalidParameterValue: per_page: must be from 1 to 500",
        ),
        ("page=0", "InvalidParameterValue: page: pages count from 1"),
    ] {
        s.get(&format!("/v2/admin/users?{query}"), &root).error(
            400,
            "InvalidParameterValue",
            message,
        );
    }
    for query in ["mfa=off", "page=x", "colour=red"] {
        let reply = s.get(&format!("/v2/admin/users?{query}"), &root);
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{query}");
        let message = reply.body["message"].as_str().unwrap();
        assert!(
            message.starts_with("InvalidParameterValue: query: "),
            "{query}: {message}"
        );
    }
    // How long it took is a figure to read (`--nocapture`), not a condition of passing.
    println!(
        "listing and filtering over {all} accounts took {:?}",
        started.elapsed()
    );
}
