//! `--totp auto` run twice in one 30-second step: the second run waits for the next step's
//! code (a countdown on a terminal, silently otherwise) instead of failing, and commands reuse
//! the token a `--totp auto` login kept. Codes are made by `vss-cli` from this computer's
//! clock, so the server here runs on that clock too (never moved), and these tests wait for
//! real time steps: up to 30 s each.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use vss_testkit::pty::{self, exit_code, strip_ansi, utf8};
use vss_testkit::{json_out, Env, PASSWORD};

/// Seconds since the Unix epoch, with fractions.
fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// Seconds left in the current 30-second step.
fn left_in_step() -> f64 {
    30.0 - now() % 30.0
}

/// Enrols `user` with AUTHENTICATOR keeping the secret here, and verifies the enrolment with
/// the current step's code early enough in a step that the next command runs in the same one.
/// Returns the seconds then left in that step.
fn enrol_remembering_the_secret(env: &Env, user: &str) -> f64 {
    let enrolled = json_out(env.cli(user).args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
        "--remember-secret",
        "--no-save-recovery-codes",
    ]));
    let key = enrolled["key"].as_str().unwrap().to_owned();
    if left_in_step() < 10.0 {
        std::thread::sleep(Duration::from_secs_f64(left_in_step() + 0.2));
    }
    let code = vss_testkit::totp_at(&key, now() as i64);
    env.cli(user)
        .args(["account", "set", "mfa", "verify", &code])
        .assert()
        .success();
    left_in_step()
}

#[test]
fn a_code_just_used_is_waited_out_silently_and_the_token_kept_is_reused() {
    let env = Env::start();
    env.add_user("zed");
    let left = enrol_remembering_the_secret(&env, "zed");

    // Right after `verify`, this step's code is spent: the login is refused once, waits for
    // the next step without a word, and logs in for real with that step's code.
    let started = Instant::now();
    let out = env
        .cli("zed")
        .args(["--debug", "--totp", "auto", "token", "mk"])
        .output()
        .unwrap();
    let waited = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let token = String::from_utf8(out.stdout).unwrap();
    assert_eq!(token.trim_end().split('.').count(), 3, "{token}");
    let logins: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("POST /auth/request-token"))
        .map(|l| l.split(" (").next().unwrap())
        .collect();
    assert_eq!(
        logins,
        [
            "debug: POST /auth/request-token -> 401",
            "debug: POST /auth/request-token -> 200"
        ],
        "{stderr}"
    );
    // Silently: nothing but the debug lines.
    assert!(stderr.lines().all(|l| l.starts_with("debug: ")), "{stderr}");
    assert!(
        waited > left - 1.5 && waited < 31.0,
        "waited {waited:.1} s with {left:.1} s left in the step"
    );

    // The token that login kept is used by the next command: no login, no code spent.
    let out = env
        .cli("zed")
        .args([
            "--debug", "--totp", "auto", "-o", "json", "account", "get", "mfa",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("/auth/request-token"), "{stderr}");
    assert!(stderr.contains("GET /v2/user -> 200"), "{stderr}");
    let st: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["state"], "enabled");
}

#[test]
fn on_a_terminal_the_wait_for_the_next_code_is_counted_down() {
    let env = Env::start();
    env.add_user("abe");
    enrol_remembering_the_secret(&env, "abe");
    let cmd = env.pty_command("abe", &["-p", PASSWORD, "--totp", "auto", "token", "mk"]);
    let mut p = pty::spawn_sized(cmd, 200, 24);
    let (before, matched) = p
        .exp_regex(r"trying the next one in \d+ s")
        .expect("no countdown");
    let seen = strip_ansi(&utf8(&(before + &matched)));
    assert!(
        seen.contains(
            "The code of this 30-second step was refused (each code works once, and it may have \
             been used just now); trying the next one in "
        ),
        "{seen:?}"
    );
    let rest = strip_ansi(&utf8(&p.exp_eof().unwrap()));
    assert_eq!(exit_code(&p), 0, "{rest}");
    // Then the token, alone on its line, once the countdown line is gone.
    let token = rest.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert_eq!(token.trim().split('.').count(), 3, "{rest:?}");
}
