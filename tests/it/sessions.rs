//! A login that lasts: `status` (and `whoami`), `token show` and `logout`, through the real
//! binary against the real server.

use predicates::prelude::*;
use serde_json::Value;
use vss_testkit::{assert_cmd_snapshot, json_out, Answer, Env, Recorder, PASSWORD};

/// Configures the endpoint `mock` for `user` (password and token kept in the secrets file).
fn configure(env: &Env, user: &str) {
    env.bare_cli()
        .args(["-e", &env.url(), "-u", user, "-p", PASSWORD])
        .args(["configure", "mk", "--endpoint-name", "mock"])
        .assert()
        .success();
}

/// The secrets file of the client, as text.
fn secrets(env: &Env) -> String {
    std::fs::read_to_string(env.config_dir().join("secrets.yaml")).unwrap_or_default()
}

/// `token show -o json` through `cmd`.
fn shown(cmd: &mut assert_cmd::Command) -> Value {
    json_out(cmd.args(["-o", "json", "token", "show"]))
}

#[test]
fn status_says_who_and_exits_3_when_nothing_works() {
    let env = Env::start();
    env.add_user("sam");
    // Nothing known: not logged in, exit 3, saying what is missing.
    assert_cmd_snapshot!(
        "status_without_a_password",
        env.bare_cli()
            .args(["-e", &env.url(), "-u", "sam", "status"])
    );
    configure(&env, "sam");
    assert_cmd_snapshot!(
        "status_with_a_stored_token",
        env.bare_cli().args(["status"])
    );
    let st = json_out(env.bare_cli().args(["-o", "json", "whoami"]));
    assert_eq!(st["logged_in"], true);
    assert_eq!(st["endpoint"], env.url());
    assert_eq!(st["endpoint_name"], "mock");
    assert_eq!(st["username"], "sam");
    assert_eq!(st["token"]["source"], "stored");
    assert_eq!(st["mfa"]["enabled"], false);
    assert_eq!(st["secret_store"], "file");

    // Enabling MFA revokes the stored token; the password alone no longer logs in, and
    // nothing is asked or sent.
    let key = env.enable_authenticator("sam");
    let mails = env.outbox().mails_to("sam").len();
    assert_cmd_snapshot!(
        "status_needs_a_second_factor",
        env.bare_cli().args(["status"])
    );
    assert_eq!(env.outbox().mails_to("sam").len(), mails);
    // With a code given up front it logs in (and keeps the new token).
    let st = json_out(
        env.bare_cli()
            .args(["--totp", &env.totp_now(&key), "-o", "json", "status"]),
    );
    assert_eq!(st["logged_in"], true);
    assert_eq!(st["token"]["source"], "login");
    assert_eq!(st["token"]["otp"], true);
    assert_eq!(st["mfa"]["method"], "AUTHENTICATOR");
    let st = json_out(env.bare_cli().args(["-o", "json", "status"]));
    assert_eq!(st["token"]["source"], "stored");

    // A token given that the server refuses: exit 3, one JSON document on stdout.
    let out = env
        .bare_cli()
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_TOKEN", "not.a.token")
        .args(["-o", "json", "status"])
        .assert()
        .code(3);
    let st: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(st["logged_in"], false);
    assert_eq!(st["problem"], "Invalid or expired token");
}

#[test]
fn token_show_reuses_the_stored_token_while_the_server_takes_it() {
    let env = Env::start();
    env.add_user("tia");
    // Not configured: a login each time, nothing kept.
    let first = shown(&mut env.cli("tia"));
    assert_eq!(first["source"], "login");
    assert!(!secrets(&env).contains("tia token"));

    configure(&env, "tia");
    let stored = shown(&mut env.bare_cli());
    assert_eq!(stored["source"], "stored");
    assert!(secrets(&env).contains(stored["token"].as_str().unwrap()));
    // Only the token on stdout, for `$(vss-cli token show)`.
    env.bare_cli()
        .args(["token", "show"])
        .assert()
        .success()
        .stdout(format!("{}\n", stored["token"].as_str().unwrap()));

    // Refused by the server (past its expiry by the server's clock): a new login, kept.
    env.clock.advance(2 * 3600);
    let fresh = shown(&mut env.bare_cli());
    assert_eq!(fresh["source"], "login");
    assert_ne!(fresh["token"], stored["token"]);
    assert!(secrets(&env).contains(fresh["token"].as_str().unwrap()));
    assert_eq!(shown(&mut env.bare_cli())["source"], "stored");
    // `token mk` still always logs in.
    env.clock.advance(1);
    let made = json_out(env.bare_cli().args(["-o", "json", "token", "mk"]));
    assert_ne!(made["token"], fresh["token"]);
}

#[test]
fn logout_revokes_the_token_and_all_forgets_the_password() {
    let env = Env::start();
    env.add_user("uma");
    configure(&env, "uma");
    let token = shown(&mut env.bare_cli())["token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_cmd_snapshot!("logout", env.bare_cli().args(["logout"]));
    // The token no longer works anywhere, and is no longer kept; the password is.
    env.bare_cli()
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_TOKEN", &token)
        .args(["account", "get", "mfa"])
        .assert()
        .code(3);
    let left = secrets(&env);
    assert!(!left.contains("vss-cli_mock_token"), "{left}");
    assert!(left.contains("vss-cli_mock_password"), "{left}");
    // So the next command logs in again with the stored password.
    assert_eq!(shown(&mut env.bare_cli())["source"], "login");

    assert_cmd_snapshot!("logout_all", env.bare_cli().args(["logout", "--all"]));
    let left = secrets(&env);
    assert!(!left.contains("vss-cli_mock_password"), "{left}");
    assert!(!left.contains("vss-cli_mock_token"), "{left}");
    assert_cmd_snapshot!("logout_nothing_stored", env.bare_cli().args(["logout"]));
    let done = json_out(env.bare_cli().args(["-o", "json", "logout", "--all"]));
    assert_eq!(done["token"], "none");
    assert_eq!(done["forgotten"], serde_json::json!([]));

    // A token given with VSS_TOKEN is revoked too.
    let given = json_out(env.cli("uma").args(["-o", "json", "token", "mk"]))["token"]
        .as_str()
        .unwrap()
        .to_owned();
    env.bare_cli()
        .env("VSS_TOKEN", &given)
        .args(["logout"])
        .assert()
        .success()
        .stderr(predicate::str::contains("revoked on the server"));
    env.bare_cli()
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_TOKEN", &given)
        .args(["account", "get", "mfa"])
        .assert()
        .code(3);
}

#[test]
fn logout_where_the_server_cannot_revoke_says_until_when_the_token_works() {
    use base64::Engine as _;
    let fake = Recorder::http(|_| {
        Answer::json(
            404,
            serde_json::json!({"error": "NotFound", "message": "Not found"}),
        )
    });
    let env = Env::start();
    // A token kept by an earlier login for the configured endpoint `fake`, valid until
    // 2030-01-01T00:00:00Z.
    let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(br#"{"sub":"vic","iat":1893452400,"exp":1893456000,"otp":false}"#);
    let token = format!("eyJhbGciOiJIUzI1NiJ9.{claims}.c2ln");
    let keep = |url: &str| {
        std::fs::create_dir_all(env.config_dir()).unwrap();
        std::fs::write(
            env.config_dir().join("config.yaml"),
            format!("endpoints:\n- name: fake\n  url: {url}\n  username: vic\n"),
        )
        .unwrap();
        std::fs::write(
            env.config_dir().join("secrets.yaml"),
            format!("vss-cli_fake_token: {token}\n"),
        )
        .unwrap();
    };
    keep(&fake.url());
    let mut cmd = env.bare_cli();
    cmd.args(["-e", "fake", "logout"]);
    let text = vss_testkit::snapshot::render(&mut cmd);
    assert!(text.contains("until 2030-01-01T00:00:00Z"), "{text}");
    vss_testkit::snapshot::settings_for(&cmd)
        .bind(|| vss_testkit::snapshot::insta::assert_snapshot!("logout_cannot_revoke", text));
    assert!(!secrets(&env).contains("vss-cli_fake_token"));
    // Nor one that answers 405 without an API error.
    let fake = Recorder::http(|_| Answer::json_text(405, ""));
    keep(&fake.url());
    env.bare_cli()
        .args(["-e", "fake", "logout"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "offers no way to revoke an API token: the token keeps working until \
             2030-01-01T00:00:00Z",
        ));

    // A server that fails the revocation: the token is forgotten all the same, and the hint
    // says until when it still works.
    let fake = Recorder::http(|_| {
        Answer::json(
            500,
            serde_json::json!({"error": "InternalError", "message": "database is locked"}),
        )
    });
    keep(&fake.url());
    let mut cmd = env.bare_cli();
    cmd.args(["-e", "fake", "logout"]);
    let text = vss_testkit::snapshot::render(&mut cmd);
    assert!(
        text.contains("it still works on the server until 2030-01-01T00:00:00Z"),
        "{text}"
    );
    vss_testkit::snapshot::settings_for(&cmd)
        .bind(|| vss_testkit::snapshot::insta::assert_snapshot!("logout_revocation_failed", text));
    assert!(!secrets(&env).contains("vss-cli_fake_token"));

    // Without a user name there is no account to log out of.
    assert_cmd_snapshot!(
        "logout_without_a_user",
        env.bare_cli()
            .args(["-e", "https://vss.example.org", "logout"])
    );
}
