//! The client's side of the server's rules, end to end through the real binaries: stored
//! tokens revoked by a factor change, administrators who must use MFA, confirmation e-mails
//! that are not sent twice, names that cannot change the route, phones in the Python tool's
//! forms, and recovery codes as people type them.

use predicates::prelude::*;
use serde_json::json;
use vss_mock_server::Role;
use vss_testkit::{assert_cmd_snapshot, Answer, Env, Recorded, Recorder, PASSWORD};

/// Configures the endpoint for `user` (the password and a token are stored).
fn configure(env: &Env, user: &str) {
    env.bare_cli()
        .args([
            "-e",
            &env.url(),
            "-u",
            user,
            "-p",
            PASSWORD,
            "configure",
            "mk",
        ])
        .assert()
        .success();
}

/// Enrols `user` with AUTHENTICATOR and verifies it, leaving the server's clock where it is (so
/// the client sees no clock difference to warn about); returns the key and recovery codes.
fn enrol_without_moving_the_clock(env: &Env, user: &str) -> (String, Vec<String>) {
    let enrolled = vss_testkit::json_out(env.cli(user).args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
        "--no-save-recovery-codes",
    ]));
    let key = enrolled["key"].as_str().unwrap().to_owned();
    env.cli(user)
        .args(["account", "set", "mfa", "verify", &env.totp_now(&key)])
        .assert()
        .success();
    (key, vss_testkit::strings(&enrolled["recovery_codes"]))
}

// --- Tokens that outlive a factor change; administrators without MFA. ---

#[test]
fn a_stored_token_revoked_by_enabling_mfa_is_replaced_with_a_login_with_a_code() {
    let env = Env::start();
    env.add_user("bob");
    configure(&env, "bob");
    let secrets = env.config_dir().join("secrets.yaml");
    let before = std::fs::read_to_string(&secrets).unwrap();
    let key = env.enable_authenticator("bob");
    // The token stored before MFA is refused now: the command logs in with the code instead
    // and keeps the new token.
    env.bare_cli()
        .args([
            "--debug",
            "--totp",
            &env.totp_now(&key),
            "account",
            "get",
            "mfa",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("GET /v2/user -> 401")
                .and(predicate::str::contains("POST /auth/request-token -> 200")),
        );
    assert_ne!(std::fs::read_to_string(&secrets).unwrap(), before);
    // The new token passed MFA, and is reused.
    env.bare_cli()
        .args(["--debug", "account", "get", "mfa"])
        .assert()
        .success()
        .stderr(predicate::str::contains("/auth/request-token").not());
}

#[test]
fn an_administrator_without_mfa_is_told_to_enrol() {
    let env = Env::start();
    env.add_users(&[("root", "ops", Role::Admin)]);
    assert_cmd_snapshot!(env.cli("root").args(["admin", "user", "ls"]));
}

// --- A second disable request while a token is outstanding. ---

#[test]
fn a_second_disable_request_says_the_token_was_sent_already() {
    let env = Env::start();
    env.add_user("dan");
    enrol_without_moving_the_clock(&env, "dan");
    env.cli("dan")
        .args(["account", "set", "mfa", "rm"])
        .assert()
        .success();
    assert_cmd_snapshot!(env.cli("dan").args(["account", "set", "mfa", "rm"]));
    // The token sent first finishes the disable.
    let token = env.mailed_token("dan");
    env.cli("dan")
        .args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            &token,
        ])
        .assert()
        .success();
    assert_eq!(
        env.outbox()
            .mails_about("dan", "Confirm disabling MFA on your VSS account")
            .len(),
        1
    );
}

// --- Every interpolated path segment is encoded; `.` and `..` are refused. ---

#[test]
fn names_in_paths_cannot_change_the_route() {
    let env = Env::start();
    let recorder =
        Recorder::http(|_| Answer::json(200, json!({"message": "done", "type": "info"})));
    let run = |args: &[&str]| {
        env.bare_cli()
            .env("VSS_ENDPOINT", recorder.url())
            .env("VSS_TOKEN", "a-token")
            .args(args)
            .assert()
    };
    // `.` and `..` cannot be carried by any encoding (URL parsers resolve `%2E%2E` as `..`):
    // refused before anything is sent.
    for name in [".", ".."] {
        run(&["admin", "user", "alert", name])
            .code(2)
            .stderr(predicate::str::contains("is not a valid name"));
        run(&["admin", "user", "totp", "disable", "--user", name, "--yes"]).code(2);
    }
    assert_cmd_snapshot!(
        "a_dot_dot_name_is_refused",
        env.bare_cli()
            .env("VSS_ENDPOINT", recorder.url())
            .env("VSS_TOKEN", "a-token")
            .args(["admin", "user", "alert", ".."])
    );
    assert_eq!(
        recorder
            .requests()
            .iter()
            .map(Recorded::line)
            .collect::<Vec<_>>(),
        Vec::<String>::new()
    );
    // Everything else reaches the server as one segment, exactly as named.
    run(&["admin", "user", "alert", "a/../b"]).success();
    run(&["admin", "user", "alert", "x?y#z"]).success();
    run(&["admin", "user", "alert", "%2e%2e"]).success();
    run(&["admin", "user", "alert", "..."]).success();
    run(&[
        "admin",
        "user",
        "totp",
        "disable",
        "--user",
        "../../tf/disable",
        "--yes",
    ])
    .success();
    assert_eq!(
        recorder
            .requests()
            .iter()
            .map(Recorded::line)
            .collect::<Vec<_>>(),
        [
            "POST /v2/admin/users/a%2F%2E%2E%2Fb/alert",
            "POST /v2/admin/users/x%3Fy%23z/alert",
            "POST /v2/admin/users/%252e%252e/alert",
            "POST /v2/admin/users/%2E%2E%2E/alert",
            "POST /v2/admin/users/%2E%2E%2F%2E%2E%2Ftf%2Fdisable/totp/reset",
        ]
    );
}

// --- Phones in the Python tool's forms and E.164. ---

const PHONE_FORMS: &[&str] = &[
    "416-555-0100",
    "(416) 555-0100",
    "416.555.0100",
    "416 555 0100",
    "4165550100",
    "+14165550100",
];

#[test]
fn sms_enrolment_takes_the_python_tools_phone_forms_and_e164() {
    let env = Env::start();
    for (i, phone) in PHONE_FORMS.iter().enumerate() {
        let user = format!("sms{i}");
        env.add_user(&user);
        env.cli(&user)
            .args([
                "account",
                "set",
                "mfa",
                "mk",
                "SMS",
                "--phone",
                phone,
                "--no-save-recovery-codes",
            ])
            .assert()
            .success()
            .stderr(predicate::str::contains(
                "A code was sent by SMS to +*******0100",
            ));
        // The server stored it in E.164: the text went there.
        let code = env.texted_code("+14165550100");
        env.cli(&user)
            .args(["account", "set", "mfa", "verify", &code])
            .assert()
            .success();
    }
}

#[test]
fn the_phone_is_sent_as_typed_as_the_python_client_does() {
    let recorder = Recorder::http(|_| {
        Answer::json(
            200,
            json!({"message": "ok", "type": "info", "issuer": "VSS", "recovery_codes": []}),
        )
    });
    let env = Env::start();
    for phone in PHONE_FORMS {
        env.bare_cli()
            .env("VSS_ENDPOINT", recorder.url())
            .env("VSS_USER", "jm")
            .env("VSS_USER_PASS", PASSWORD)
            .args(["account", "set", "mfa", "mk", "SMS", "--phone", phone])
            .args(["--no-save-recovery-codes"])
            .assert()
            .success();
    }
    let sent: Vec<serde_json::Value> = recorder
        .requests()
        .into_iter()
        .filter(|r| r.line() == "POST /tf/enable")
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    let expected: Vec<serde_json::Value> = PHONE_FORMS
        .iter()
        .map(|p| serde_json::json!({"method": "SMS", "phone": p}))
        .collect();
    assert_eq!(sent, expected);
}

#[test]
fn a_bad_phone_is_a_usage_error_naming_the_accepted_forms() {
    let env = Env::start();
    env.add_user("kim");
    assert_cmd_snapshot!(env
        .cli("kim")
        .args(["account", "set", "mfa", "mk", "SMS", "--phone", "555-0100"]));
    // Nothing was started.
    assert!(env.outbox().texts().is_empty());
    env.cli("kim")
        .args(["account", "set", "mfa", "verify", "123456"])
        .assert()
        .code(1);
}

// --- Recovery codes as people type them. ---

#[test]
fn recovery_codes_are_taken_regardless_of_case_dashes_and_spaces() {
    let env = Env::start();
    env.add_user("rea");
    let (_, codes) = env.enable_with_codes("rea");
    let typed = [
        codes[0].to_uppercase(),
        codes[1].replace('-', ""),
        codes[2].replace('-', " "),
        format!(" {} ", codes[3].to_uppercase().replace('-', " - ")),
    ];
    for code in &typed {
        env.cli("rea")
            .args(["--recovery-code", code, "account", "get", "mfa"])
            .assert()
            .success();
    }
}

#[test]
fn a_refused_recovery_code_is_explained_as_one_never_by_clocks() {
    let env = Env::start();
    env.add_user("rex");
    let (_, codes) = enrol_without_moving_the_clock(&env, "rex");
    env.cli("rex")
        .arg("--no-session")
        .args(["--recovery-code", &codes[0], "account", "get", "mfa"])
        .assert()
        .success();
    let used = codes[0].to_uppercase();
    assert_cmd_snapshot!(env
        .cli("rex")
        .args(["--recovery-code", &used, "account", "get", "mfa"]));
}
