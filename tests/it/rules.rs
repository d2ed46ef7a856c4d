//! The client's side of the server's rules, end to end through the real binaries: stored
//! tokens revoked by a factor change, administrators who must use MFA, confirmation e-mails
//! that are not sent twice, names that cannot change the route, phones in the Python tool's
//! forms, and recovery codes as people type them.

use predicates::prelude::*;
use vss_mock_server::Role;
use vss_testkit::{assert_cmd_snapshot, Env, PASSWORD};

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
