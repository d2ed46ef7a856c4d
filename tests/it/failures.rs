//! Each failure of a real flow gives a clear message and its documented exit code: codes and
//! tokens that are wrong, used or late, missing input without a terminal, endpoints that are
//! down, silent or drop a call. Malformed input of every kind is in `hostile.rs`.

use predicates::prelude::*;
use vss_testkit::{assert_cmd_snapshot, json_out, Answer, Env, Recorder};

fn enrol_email(env: &Env, user: &str) {
    env.add_user(user);
    env.cli(user)
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ])
        .assert()
        .success();
}

#[test]
fn wrong_code_is_refused_with_exit_3() {
    let env = Env::start();
    enrol_email(&env, "ann");
    assert_cmd_snapshot!(env
        .cli("ann")
        .args(["account", "set", "mfa", "verify", "000000"]));
}

#[test]
fn email_code_works_once() {
    let env = Env::start();
    enrol_email(&env, "ben");
    let code = env.mailed_code("ben");
    env.cli("ben")
        .args(["account", "set", "mfa", "verify", &code])
        .assert()
        .success();
    // Used: a second login with the same code is refused.
    env.cli("ben")
        .env("VSS_USER_OTP", &code)
        .args(["account", "get", "mfa"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("otp"));
}

#[test]
fn email_code_expires_after_ten_minutes() {
    let env = Env::start();
    enrol_email(&env, "cat");
    let code = env.mailed_code("cat");
    env.clock.advance(10 * 60 + 1);
    env.cli("cat")
        .args(["account", "set", "mfa", "verify", &code])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("get-token"));
}

#[test]
fn confirmation_token_wrong_expired_or_foreign_is_refused() {
    let env = Env::start();
    enrol_email(&env, "dan");
    env.cli("dan")
        .args(["account", "set", "mfa", "verify", &env.mailed_code("dan")])
        .assert()
        .success();
    env.cli("dan")
        .args(["account", "set", "mfa", "rm"])
        .assert()
        .success();
    let token = env.mailed_token("dan");

    // A typo.
    env.cli("dan")
        .args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            "NOTTHETOKEN234567",
        ])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("token is invalid"));
    // Another account's credentials.
    enrol_email(&env, "eve");
    env.cli("eve")
        .args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            &token,
        ])
        .assert()
        .code(3);
    // Too late.
    env.clock.advance(15 * 60 + 1);
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
        .code(3)
        .stderr(predicate::str::contains("15 minutes"));
    // Still enabled after all that.
    let st = json_out(
        env.cli("dan")
            .env("VSS_USER_OTP", {
                env.cli("dan")
                    .args(["account", "set", "mfa", "get-token"])
                    .assert()
                    .success();
                env.mailed_code("dan")
            })
            .args(["-o", "json", "account", "get", "mfa"]),
    );
    assert_eq!(st["state"], "enabled");
}

#[test]
fn sms_needs_a_valid_phone() {
    let env = Env::start();
    env.add_user("gia");
    env.cli("gia")
        .args(["account", "set", "mfa", "mk", "SMS"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--phone"));
    env.cli("gia")
        .args(["account", "set", "mfa", "mk", "SMS", "--phone", "555-0100"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--phone").and(predicate::str::contains("E.164")));
    // Nothing was enrolled by either.
    let st = json_out(env.cli("gia").args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["state"], "disabled");
}

#[test]
fn wrong_password_is_exit_3() {
    let env = Env::start();
    env.add_user("hugo");
    assert_cmd_snapshot!(env
        .cli("hugo")
        .env("VSS_USER_PASS", "not it")
        .args(["account", "get", "mfa"]));
}

#[test]
fn unreachable_endpoint_is_exit_5_and_named() {
    let env = Env::start();
    // A port nothing listens on, held for the test.
    let refusing = vss_testkit::http::RefusingPort::new();
    let endpoint = refusing.url();
    assert_cmd_snapshot!(env.cli("x").env("VSS_ENDPOINT", &endpoint).args([
        "account",
        "set",
        "mfa",
        "get-token"
    ]));
}

#[test]
fn no_terminal_and_no_flag_fails_at_once_naming_the_flag() {
    let env = Env::start();
    enrol_email(&env, "ivy");
    // No password anywhere.
    assert_cmd_snapshot!(
        "no_terminal_no_password",
        env.cli("ivy")
            .env_remove("VSS_USER_PASS")
            .args(["account", "get", "mfa"])
            .timeout(std::time::Duration::from_secs(20))
    );
    // No user name.
    assert_cmd_snapshot!(
        "no_terminal_no_username",
        env.cli("ivy")
            .env_remove("VSS_USER")
            .args(["account", "get", "mfa"])
    );
    // No code to verify.
    env.cli("ivy")
        .args(["account", "set", "mfa", "verify"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("VSS_USER_OTP"));
    // MFA is on (pending counts once verified): verify, then log in without a code.
    env.cli("ivy")
        .args(["account", "set", "mfa", "verify", &env.mailed_code("ivy")])
        .assert()
        .success();
    // A new code is sent at most every 30 seconds.
    env.next_step();
    // Without a code: nothing is sent; the hint says how an EMAIL or SMS account gets one
    // (`get-token`) and which flag passes it.
    let mails = env.outbox().mails_to("ivy").len();
    assert_cmd_snapshot!(
        "no_terminal_no_code",
        env.cli("ivy").args(["account", "get", "mfa"])
    );
    assert_eq!(env.outbox().mails_to("ivy").len(), mails);
    // ... which works as said: get-token, then --totp.
    env.cli("ivy")
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success();
    env.cli("ivy")
        .args(["--totp", &env.mailed_code("ivy"), "account", "get", "mfa"])
        .assert()
        .success();
}

#[test]
fn enabling_twice_is_refused_with_the_way_out() {
    let env = Env::start();
    enrol_email(&env, "jo");
    env.cli("jo")
        .args(["account", "set", "mfa", "verify", &env.mailed_code("jo")])
        .assert()
        .success();
    assert_cmd_snapshot!(env
        .cli("jo")
        .args(["account", "set", "mfa", "mk", "AUTHENTICATOR"]));
}

#[test]
fn authenticator_codes_are_not_sent() {
    let env = Env::start();
    env.add_user("lea");
    env.cli("lea")
        .args(["account", "set", "mfa", "mk", "AUTHENTICATOR"])
        .assert()
        .success();
    assert_cmd_snapshot!(env.cli("lea").args(["account", "set", "mfa", "get-token"]));
}

#[test]
fn debug_output_names_calls_but_no_secrets() {
    let env = Env::start();
    env.add_user("max");
    let out = env
        .cli("max")
        .args([
            "--debug",
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("debug: POST /tf/enable -> 200"), "{stderr}");
    let enrolled: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for secret in [vss_testkit::PASSWORD, enrolled["key"].as_str().unwrap()] {
        assert!(!stderr.contains(secret), "secret in debug output: {stderr}");
    }
    for code in enrolled["recovery_codes"].as_array().unwrap() {
        assert!(!stderr.contains(code.as_str().unwrap()));
    }
}

#[test]
fn silent_endpoint_times_out_with_exit_5() {
    let env = Env::start();
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    env.cli("x")
        .env("VSS_ENDPOINT", &endpoint)
        .args(["--timeout", "1", "account", "set", "mfa", "get-token"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(5)
        .stderr(
            predicate::str::contains(&endpoint)
                .and(predicate::str::contains("no answer within 1 s")),
        );
    drop(listener);
}

#[test]
fn a_reply_that_drips_is_cut_off_at_the_timeout() {
    let env = Env::start();
    // Answers the headers at once, then a byte of the body every 300 ms, for ever (until the
    // client goes): a per-read timeout would never fire.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                use std::io::{Read, Write};
                let mut request = [0u8; 4096];
                let _ = stream.read(&mut request);
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                            content-length: 100000\r\n\r\n";
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                while stream.write_all(b" ").is_ok() {
                    std::thread::sleep(std::time::Duration::from_millis(300));
                }
            });
        }
    });
    env.cli("x")
        .env("VSS_ENDPOINT", &endpoint)
        .args(["--timeout", "2", "account", "get", "mfa", "-t", "x.y.z"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(5)
        .stderr(predicate::str::contains(format!(
            "cannot reach {endpoint}: no complete answer within 2 s (the reply kept coming too \
             slowly)"
        )));
}

/// An endpoint that closes the first `drops` connections without an answer, then answers
/// `body`.
fn flaky_endpoint(drops: usize, body: &'static str) -> Recorder {
    let seen = std::sync::atomic::AtomicUsize::new(0);
    Recorder::http(move |_| {
        if seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < drops {
            Answer::raw(Vec::new())
        } else {
            Answer::json_text(200, body)
        }
    })
}

#[test]
fn idempotent_calls_are_retried_after_a_dropped_connection() {
    let env = Env::start();
    let body = r#"{"data":{"username":"u","email":"u@example.com","domain":"d","totp":{"enabled":false}}}"#;
    let endpoint = flaky_endpoint(1, body);
    env.bare_cli()
        .env("VSS_ENDPOINT", endpoint.url())
        .env("VSS_TOKEN", "a.b.c")
        .args(["account", "get", "mfa"])
        .assert()
        .success();
    assert_eq!(endpoint.requests().len(), 2);
}

#[test]
fn calls_that_change_something_are_never_retried() {
    let env = Env::start();
    let endpoint = flaky_endpoint(1, r#"{"message":"sent","type":"info"}"#);
    env.cli("x")
        .env("VSS_ENDPOINT", endpoint.url())
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("cannot reach"));
    assert_eq!(endpoint.requests().len(), 1);
}

#[test]
fn a_reader_that_goes_away_is_not_a_crash() {
    // `vss-cli token mk | head -c0`: the reader is gone before the token is written.
    let env = Env::start();
    env.add_user("pat");
    let cli = assert_cmd::cargo::cargo_bin("vss-cli");
    let out = std::process::Command::new("bash")
        .args([
            "-c",
            "\"$0\" token mk | true; echo \"exit=${PIPESTATUS[0]}\"",
        ])
        .arg(&cli)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_USER", "pat")
        .env("VSS_USER_PASS", vss_testkit::PASSWORD)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("exit=0"), "{stdout} {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
