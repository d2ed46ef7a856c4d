//! `--totp auto` run twice in one 30-second step: the second run waits for the next step's
//! code (a countdown on a terminal, silently otherwise) instead of failing, and commands reuse
//! the token a `--totp auto` login kept. Codes are made by `vss-cli` from this computer's
//! clock (it has no other), so the server here runs on that clock too (never moved), and the
//! client's wait for the next step is a real one, up to 30 s.
//!
//! What a test controls is the step the client starts in: right before it starts, that step's
//! code is spent (by a login made here, as another job of the user's would) with at least
//! [`MARGIN`] seconds of the step left, however long the enrolment took. Nothing here checks
//! how long anything took; the wait is printed.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use vss_testkit::pty::{self, exit_code, strip_ansi, utf8};
use vss_testkit::{json_out, Env, PASSWORD};

/// Seconds of a step that must be left when the client starts: its first code is then of the
/// step whose code was just spent unless it takes that long to start.
const MARGIN: f64 = 10.0;

/// Seconds since the Unix epoch, with fractions.
fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// The 30-second step of this computer's clock.
fn step() -> i64 {
    now() as i64 / 30
}

/// Seconds left in the current 30-second step.
fn left_in_step() -> f64 {
    30.0 - now() % 30.0
}

/// Enrols `user` with AUTHENTICATOR keeping the secret here, and verifies the enrolment with
/// this step's code. Returns the key and the step whose code is spent.
fn enrol_remembering_the_secret(env: &Env, user: &str) -> (String, i64) {
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
    let spent = step();
    let code = vss_testkit::totp_at(&key, spent * 30);
    env.cli(user)
        .args(["account", "set", "mfa", "verify", &code])
        .assert()
        .success();
    (key, spent)
}

/// Makes sure the code of the current step is spent (`spent` is the step whose code was used
/// last), and returns that step, with at least [`MARGIN`] seconds of it left.
fn spend_this_steps_code(env: &Env, user: &str, key: &str, mut spent: i64) -> i64 {
    loop {
        if left_in_step() < MARGIN {
            std::thread::sleep(Duration::from_secs_f64(left_in_step() + 0.2));
        }
        let now = step();
        if now != spent {
            // A login with it, as another job of the user's would make.
            env.server
                .login(user, Some(&vss_testkit::totp_at(key, now * 30)))
                .ok();
            spent = now;
        }
        if step() == spent && left_in_step() >= MARGIN {
            return spent;
        }
    }
}

/// Whether the code of `step` is spent: a login with it is refused (the server takes codes
/// of the step before and after its own, each once).
fn is_spent(env: &Env, user: &str, key: &str, step: i64) -> bool {
    env.server
        .login(user, Some(&vss_testkit::totp_at(key, step * 30)))
        .status
        .as_u16()
        == 401
}

#[test]
fn a_code_just_used_is_waited_out_silently_and_the_token_kept_is_reused() {
    let env = Env::start();
    env.add_user("zed");
    let (key, verified) = enrol_remembering_the_secret(&env, "zed");
    let spent = spend_this_steps_code(&env, "zed", &key, verified);

    // This step's code is spent: the login is refused once, waits for the next step without a
    // word, and logs in for real with that step's code.
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
        "{stderr}\n(a first login that went through was made in a later step than the spent \
         one: the client took more than {MARGIN} s to start)"
    );
    // Silently: nothing but the debug lines.
    assert!(stderr.lines().all(|l| l.starts_with("debug: ")), "{stderr}");
    // The login that went through used the next step's code: it is spent now.
    assert!(
        is_spent(&env, "zed", &key, spent + 1),
        "the code of the step after the spent one still logs in"
    );
    println!("the client waited {waited:.1} s for the next step");

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
    let (key, verified) = enrol_remembering_the_secret(&env, "abe");
    spend_this_steps_code(&env, "abe", &key, verified);
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
