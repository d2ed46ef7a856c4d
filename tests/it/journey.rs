//! The self-service MFA journey through the real `vss-cli` binary, without a terminal, against
//! the real bundled server over HTTPS (its certificate authority trusted through
//! `--ca-bundle`, `VSS_CA_BUNDLE`, `REQUESTS_CA_BUNDLE` or `SSL_CERT_FILE`): enable, verify,
//! status, log in with a code and with a recovery code, an API token, disable with the
//! e-mailed token, status. The journeys of the three methods run twice: against the server's
//! full replies (`full::`), and against replies with only the fields the Python client reads
//! (`minimal::`, `vss-mock-server --replies minimal`), as a terser implementation of the API
//! may answer.

use predicates::prelude::*;
use serde_json::Value;
use vss_mock_server::Replies;
use vss_testkit::{json_out, mode, Env, Trust, PASSWORD};

const PHONE: &str = "+14165550123";

/// Each journey `name(replies)` as the tests `full::name` and `minimal::name`.
macro_rules! with_both_replies {
    ($($name:ident),* $(,)?) => {
        mod full {
            $(#[test]
            fn $name() {
                super::$name(vss_mock_server::Replies::Full)
            })*
        }
        mod minimal {
            $(#[test]
            fn $name() {
                super::$name(vss_mock_server::Replies::Minimal)
            })*
        }
    };
}

with_both_replies!(
    authenticator_journey_through_flags,
    email_journey_through_flags,
    sms_journey_through_flags,
);

/// The server over HTTPS answering with `replies`, trusted through `trust`.
fn start(trust: Trust, replies: Replies) -> Env {
    Env::start_https_with(trust, |config| config.replies = replies)
}

fn status(env: &Env, user: &str, code: Option<&str>) -> Value {
    let mut cmd = env.cli(user);
    if let Some(code) = code {
        cmd.env("VSS_USER_OTP", code);
    }
    json_out(cmd.args(["-o", "json", "account", "get", "mfa"]))
}

/// Disables MFA through `rm` (request, then confirm with the token from the e-mail).
fn disable(env: &Env, user: &str) {
    env.cli(user)
        .args(["account", "set", "mfa", "rm"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("--confirmation-token"));
    let token = env.mailed_token(user);
    assert!(token.len() >= 26, "token too short for 128 bits: {token}");
    env.cli(user)
        .args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            &token,
        ])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("TOTP has been disabled"));
}

fn assert_disabled(env: &Env, user: &str, replies: Replies) {
    let st = status(env, user, None);
    assert_eq!(st["username"], user);
    assert_eq!(st["enabled"], false);
    // Minimal replies do not say the state; disabled and pending cannot be told apart then.
    let state = if replies == Replies::Full {
        Value::from("disabled")
    } else {
        Value::Null
    };
    assert_eq!(st["state"], state, "{st}");
    assert!(st["disabled_on"].is_string(), "{st}");
}

/// Logs in with the recovery code `code` (once: a second time it is refused), and says how
/// many are left when the server says it.
fn log_in_with_recovery_code(env: &Env, user: &str, code: &str, replies: Replies) {
    let left = match replies {
        Replies::Full => "Logged in with a recovery code; 9 left.",
        Replies::Minimal => "Logged in with a recovery code; it cannot be used again.",
    };
    let out = env
        .cli(user)
        .arg("--no-session")
        .args([
            "--recovery-code",
            code,
            "-o",
            "json",
            "account",
            "get",
            "mfa",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(left));
    let st: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        (&st["username"], &st["enabled"]),
        (&user.into(), &true.into())
    );
    env.cli(user)
        .arg("--no-session")
        .args(["--recovery-code", code, "account", "get", "mfa"])
        .assert()
        .code(3);
}

/// `token mk` with the second-factor code `code`: a token that then works on its own.
fn token_from_a_login(env: &Env, user: &str, code: &str) {
    let out = env
        .cli(user)
        .args(["--totp", code, "token", "mk"])
        .assert()
        .success();
    let token = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let token = token.trim();
    assert_eq!(token.split('.').count(), 3, "{token}");
    let st = json_out(
        env.bare_cli()
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_TOKEN", token)
            .args(["-o", "json", "account", "get", "mfa"]),
    );
    assert_eq!(
        (&st["username"], &st["enabled"]),
        (&user.into(), &true.into())
    );
}

fn authenticator_journey_through_flags(replies: Replies) {
    let env = start(Trust::Flag, replies);
    assert!(env.url().starts_with("https://"), "{}", env.url());
    env.add_user("ana");

    let enrolled = json_out(env.cli("ana").args([
        "-o",
        "json",
        "account",
        "--no-load",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
    ]));
    assert_eq!(enrolled["method"], "AUTHENTICATOR");
    assert_eq!(enrolled["state"], "pending");
    assert_eq!(enrolled["issuer"], "VSS");
    let key = enrolled["key"].as_str().unwrap();
    let uri = enrolled["uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/VSS:ana?"), "{uri}");
    assert!(
        uri.contains(&format!("secret={key}")) && uri.contains("issuer=VSS"),
        "{uri}"
    );
    let codes: Vec<&str> = enrolled["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 10);

    // The recovery codes were saved under the Python tool's name, privately, with a header.
    let file = env.home.path().join("ana_VSS_recovery_codes.txt");
    assert_eq!(
        enrolled["recovery_codes_file"],
        "ana_VSS_recovery_codes.txt"
    );
    assert_eq!(mode(&file), 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&env.url()) && text.contains("ana") && text.contains("VSS"));
    for code in &codes {
        assert!(text.contains(code));
    }

    // Still pending: logging in needs no code yet. (Minimal replies do not say the state.)
    let st = status(&env, "ana", None);
    assert_eq!(st["enabled"], false);
    if replies == Replies::Full {
        assert_eq!(st["state"], "pending");
    }

    env.cli("ana")
        .args(["account", "set", "mfa", "verify", &env.totp_now(key)])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("enabled"));

    // Now logging in needs a code, as a phone shows it.
    env.next_step();
    let st = status(&env, "ana", Some(&env.totp_now(key)));
    assert_eq!(st["username"], "ana");
    assert_eq!(st["enabled"], true);
    assert_eq!(st["state"], "enabled");
    assert_eq!(st["method"], "AUTHENTICATOR");
    assert!(st["enabled_on"].is_string());

    log_in_with_recovery_code(&env, "ana", codes[0], replies);
    env.next_step();
    token_from_a_login(&env, "ana", &env.totp_now(key));

    disable(&env, "ana");
    assert_disabled(&env, "ana", replies);
}

fn email_journey_through_flags(replies: Replies) {
    let env = start(Trust::VssCaBundle, replies);
    env.add_user("bo");

    let enrolled = json_out(
        env.cli("bo")
            .args(["-o", "json", "account", "set", "mfa", "mk", "EMAIL"]),
    );
    assert_eq!(enrolled["state"], "pending");
    assert!(enrolled.get("key").is_none() && enrolled.get("uri").is_none());

    let code = env.mailed_code("bo");
    env.cli("bo")
        .args(["account", "set", "mfa", "verify", &code])
        .assert()
        .success();
    // A new code is sent at most every 30 seconds.
    env.next_step();

    // Logging in: ask for a code, read it from the mail, pass it.
    env.cli("bo")
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success()
        .stdout("")
        .stderr(
            // The address is masked: the whole of it is not printed.
            predicate::str::contains("e-mail")
                .and(predicate::str::contains("b***@example.com"))
                .and(predicate::str::contains("bo@example.com").not()),
        );
    let st = status(&env, "bo", Some(&env.mailed_code("bo")));
    assert_eq!(st["state"], "enabled");
    assert_eq!(st["method"], "EMAIL");

    // An API token from a login with a mailed code.
    env.next_step();
    env.cli("bo")
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success();
    token_from_a_login(&env, "bo", &env.mailed_code("bo"));

    disable(&env, "bo");
    assert_disabled(&env, "bo", replies);
}

fn sms_journey_through_flags(replies: Replies) {
    let env = start(Trust::RequestsCaBundle, replies);
    env.add_user("cy");

    let enrolled = json_out(env.cli("cy").args([
        "-o", "json", "account", "set", "mfa", "mk", "SMS", "--phone", PHONE,
    ]));
    assert_eq!(enrolled["method"], "SMS");
    env.cli("cy")
        .args(["account", "set", "mfa", "verify", &env.texted_code(PHONE)])
        .assert()
        .success();
    // A new code is sent at most every 30 seconds.
    env.next_step();

    env.cli("cy")
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("SMS"));
    let st = status(&env, "cy", Some(&env.texted_code(PHONE)));
    assert_eq!(st["method"], "SMS");
    assert_eq!(st["enabled"], true);

    let codes = vss_testkit::strings(&enrolled["recovery_codes"]);
    assert_eq!(codes.len(), 10);
    log_in_with_recovery_code(&env, "cy", &codes[9], replies);

    disable(&env, "cy");
    assert_disabled(&env, "cy", replies);
}

#[test]
fn verify_reads_the_code_from_stdin_and_the_environment() {
    let env = Env::start_https(Trust::SslCertFile);
    env.add_user("di");
    let enrolled = json_out(env.cli("di").args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
    ]));
    let key = enrolled["key"].as_str().unwrap().to_owned();

    // A wrong code from the environment is refused, then the right one from stdin works.
    env.cli("di")
        .env("VSS_USER_OTP", "000000")
        .args(["account", "set", "mfa", "verify"])
        .assert()
        .code(3);
    env.cli("di")
        .args(["account", "set", "mfa", "verify", "-"])
        .write_stdin(format!("{}\n", env.totp_now(&key)))
        .assert()
        .success();
    // --password-stdin takes the first line, `-` the next.
    env.next_step();
    env.cli("di")
        .env_remove("VSS_USER_PASS")
        .args(["--password-stdin", "account", "set", "mfa", "verify", "-"])
        .write_stdin(format!("{PASSWORD}\n{}\n", env.totp_now(&key)))
        .assert()
        .success();
}

#[test]
fn codes_match_oathtool() {
    if !vss_testkit::tools::program("oathtool", "apt-get install oathtool") {
        return;
    }
    let env = Env::start();
    env.add_user("ed");
    let enrolled = json_out(env.cli("ed").args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
    ]));
    let key = enrolled["key"].as_str().unwrap();
    // The server clock is the real clock here: oathtool computes the code on its own.
    let out = std::process::Command::new("oathtool")
        .args(["--totp", "-b", key])
        .output()
        .unwrap();
    let theirs = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert_eq!(theirs.len(), 6);
    env.cli("ed")
        .args(["account", "set", "mfa", "verify", &theirs])
        .assert()
        .success();
}

#[test]
fn server_keeps_accounts_and_mfa_across_a_restart() {
    let mut env = Env::start_https(Trust::Flag);
    env.add_user("fay");
    let enrolled = json_out(env.cli("fay").args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
    ]));
    let key = enrolled["key"].as_str().unwrap().to_owned();
    env.cli("fay")
        .args(["account", "set", "mfa", "verify", &env.totp_now(&key)])
        .assert()
        .success();

    env.restart();
    env.next_step();
    let st = status(&env, "fay", Some(&env.totp_now(&key)));
    assert_eq!(st["state"], "enabled");
    assert_eq!(st["method"], "AUTHENTICATOR");
}

#[test]
fn recovery_code_file_is_private_and_never_overwritten() {
    let env = Env::start();
    env.add_user("gus");
    let file = env.home.path().join("codes.txt");
    env.cli("gus")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "codes.txt",
        ])
        .assert()
        .success();
    assert_eq!(mode(&file), 0o600);
    let first = std::fs::read_to_string(&file).unwrap();

    // Starting over (still pending) must not clobber the saved codes, and changes nothing.
    env.cli("gus")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "codes.txt",
        ])
        .assert()
        .code(7)
        .stderr(
            predicate::str::contains("already exists").and(predicate::str::contains("--force")),
        );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);

    // The default name too: the second enrolment refuses to overwrite the first's file.
    // (Each enrolment e-mails a code, at most one every 30 seconds.)
    env.next_step();
    env.cli("gus")
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .assert()
        .success();
    env.cli("gus")
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .assert()
        .code(7);

    // --force replaces it, still 0600.
    env.next_step();
    env.cli("gus")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "codes.txt",
            "--force",
        ])
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&file).unwrap(), first);
    assert_eq!(mode(&file), 0o600);
}

#[test]
fn qr_png_is_written_privately_and_scans_as_the_uri() {
    let env = Env::start();
    env.add_user("hal");
    let enrolled = json_out(env.cli("hal").args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
        "--qr-png",
        "qr.png",
    ]));
    let png = env.home.path().join("qr.png");
    assert_eq!(mode(&png), 0o600);
    assert_eq!(
        vss_testkit::qr::scan_png(&png),
        enrolled["uri"].as_str().unwrap()
    );
    // The code an app makes from the scanned key finishes the enrolment.
    let uri = vss_testkit::qr::scan_png(&png);
    let key = uri
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("secret="))
        .unwrap();
    env.cli("hal")
        .args(["account", "set", "mfa", "verify", &env.totp_now(key)])
        .assert()
        .success();
}
