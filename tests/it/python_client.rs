//! The public Python `vss-cli` 2026.4.0 (installed once into a throw-away virtualenv under
//! `target/`) against the bundled server over HTTPS, trusting the server's own certificate
//! authority through `REQUESTS_CA_BUNDLE` as its users do: its MFA commands, driven on a
//! pseudo-terminal as a person answers them, with codes read from the outbox or made from the
//! key it showed. What it prints at each step is checked, and what the server recorded: the
//! outbox, and each account's MFA state through the administrator API (our client).

use std::path::Path;

use serde_json::Value;
use vss_mock_server::Role;
use vss_testkit::binary::ServerBinary;
use vss_testkit::python::{self, prompts};
use vss_testkit::{json_out, Env, Trust, PASSWORD};

/// The phone, as the Python tool takes it, and as the server keeps it.
const PHONE: &str = "416-555-0100";
const PHONE_E164: &str = "+14165550100";

/// The Python `vss-cli` against the server as `user`, trusting its authority.
fn python_as(bin: &Path, env: &Env, user: &str) -> std::process::Command {
    let mut cmd = python::command(bin, env.home.path());
    cmd.env("VSS_ENDPOINT", env.url())
        .env("VSS_USER", user)
        .env("VSS_USER_PASS", PASSWORD)
        .env("REQUESTS_CA_BUNDLE", env.server.ca().unwrap());
    cmd
}

/// Each account's MFA as the administrator API lists it (but the administrator's): name,
/// state and method, by name.
fn mfa_states(env: &Env) -> Vec<(String, String, Value)> {
    let users = json_out(
        env.admin_cli("root")
            .args(["-o", "json", "admin", "user", "ls"]),
    );
    let mut states: Vec<(String, String, Value)> = users
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["username"] != "root")
        .map(|u| {
            (
                u["username"].as_str().unwrap().to_owned(),
                u["mfa"]["state"].as_str().unwrap().to_owned(),
                u["mfa"]["method"].clone(),
            )
        })
        .collect();
    states.sort_by(|a, b| a.0.cmp(&b.0));
    states
}

/// Asserts that the Python tool's `transcript` holds `text`.
#[track_caller]
fn says(transcript: &str, text: &str) {
    assert!(
        transcript.contains(text),
        "the Python vss-cli did not say {text:?}:\n{transcript}"
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one Python client journey, read top to bottom"
)]
fn the_python_client_enrols_verifies_and_disables_over_https() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start_https(Trust::Flag);
    assert!(env.url().starts_with("https://"));
    env.add_users(&[("root", "default", Role::Admin)]);
    for user in ["eve", "sam", "ada"] {
        env.add_user(user);
    }
    let py = |user: &str| python_as(&bin, &env, user);

    // EMAIL: the codes shown and saved, a code mailed, typed in.
    let mails_before = env.outbox().mails().len();
    let shown = python::mk(py("eve"), "EMAIL", None, true, |_| env.mailed_code("eve")).success();
    says(&shown, "Recovery codes are used to access your account in");
    says(
        &shown,
        "Written eve_VSS_recovery_codes.txt with recovery codes.",
    );
    says(&shown, "Verification code requested 📫.");
    says(
        &shown,
        "Verification complete: MFA has been enabled (EMAIL)✅",
    );
    says(
        &shown,
        "You are ready to use the vss-cli with MFA via EMAIL 🎉",
    );
    let saved =
        std::fs::read_to_string(env.home.path().join("eve_VSS_recovery_codes.txt")).unwrap();
    assert_eq!(saved.lines().count(), 10, "{saved}");
    for code in saved.lines() {
        says(&shown, code);
    }
    // The code, and the notice that MFA is on, both to eve.
    let mails = env.outbox().mails();
    let new: Vec<_> = mails[mails_before..].iter().collect();
    assert!(new.iter().all(|m| m.to == "eve@example.com"), "{new:?}");
    assert!(new
        .iter()
        .any(|m| m.value_after("Your verification code is:").is_some()));

    // SMS with the phone as the Python tool takes it; a wrong code at the prompt leaves the
    // enrolment pending (exit 0), and `verify` with the texted code finishes it.
    let shown = python::mk(py("sam"), "SMS", Some(PHONE), false, |_| "000000".into()).success();
    says(&shown, "Verification code requested 📫.");
    says(&shown, "Could not verify TOTP setup");
    assert!(!shown.contains("You are ready"), "{shown}");
    let texted = env.outbox().texts();
    assert_eq!(texted.last().unwrap()["to"], PHONE_E164);
    let code = env.texted_code(PHONE_E164);
    let shown = python::invoke(
        py("sam"),
        &["account", "--no-load", "set", "mfa", "verify", &code],
    )
    .success();
    says(
        &shown,
        "Verification complete: MFA has been enabled (SMS)✅",
    );

    // AUTHENTICATOR: the key it shows makes the code, as a phone would.
    let shown = python::mk(py("ada"), "AUTHENTICATOR", None, false, |shown| {
        env.totp_now(&python::key_shown(shown))
    })
    .success();
    let key = python::key_shown(&shown);
    says(
        &shown,
        "Verification complete: MFA has been enabled (AUTHENTICATOR)✅",
    );
    says(
        &shown,
        "You are ready to use the vss-cli with MFA via AUTHENTICATOR 🎉",
    );

    assert_eq!(
        mfa_states(&env),
        [
            ("ada".into(), "enabled".into(), "AUTHENTICATOR".into()),
            ("eve".into(), "enabled".into(), "EMAIL".into()),
            ("sam".into(), "enabled".into(), "SMS".into()),
        ]
    );

    // A code for logging in, by e-mail; then `account get mfa` with it in VSS_USER_OTP.
    env.next_step();
    let mails_before = env.outbox().mails().len();
    let shown = python::invoke(
        py("eve"),
        &["account", "--no-load", "set", "mfa", "get-token"],
    )
    .success();
    says(&shown, "Verification code requested 📫.");
    assert_eq!(env.outbox().mails().len(), mails_before + 1);
    let mut cmd = py("eve");
    cmd.env("VSS_USER_OTP", env.mailed_code("eve"));
    let shown = python::invoke(cmd, &["account", "get", "mfa"]).success();
    for line in ["enabled", "True", "method", "EMAIL", "enabled_on"] {
        says(&shown, line);
    }
    let mut cmd = py("ada");
    cmd.env("VSS_USER_OTP", env.totp_now(&key));
    let shown = python::invoke(cmd, &["-o", "json", "account", "get", "mfa"]).success();
    says(&shown, r#""method": "AUTHENTICATOR""#);

    // Disabling: the token the server e-mailed, pasted at its prompt.
    let shown = python::rm(py("eve"), || env.mailed_token("eve")).success();
    says(&shown, "Confirmation email sent.");
    says(&shown, prompts::PASTE_TOKEN.trim_end());
    says(&shown, "TOTP has been disabled");
    assert_eq!(
        mfa_states(&env)[1],
        ("eve".into(), "disabled".into(), Value::Null)
    );
}

#[test]
fn the_python_client_tells_an_account_that_must_enrol_how_to() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start_https(Trust::Flag);
    let out = ServerBinary::built().user_add(
        env.server.data_dir(),
        &["erin", "--email", "erin@example.com", "--require-mfa"],
        PASSWORD,
    );
    assert!(out.status.success(), "{out:?}");

    let run = python::invoke(
        python_as(&bin, &env, "erin"),
        &["configure", "mk", "--endpoint-name", "mock"],
    );
    assert_eq!(run.code, 1, "{}", run.transcript);
    says(
        &run.transcript,
        "error: TotpEnforcement; message: TotpEnforcement: Must enable TOTP",
    );
    says(
        &run.transcript,
        "Run vss-cli account --no-load set mfa mk {EMAIL|AUTHENTICATOR|SMS} to enable MFA.",
    );
    // Nothing was kept for an account that could not log in.
    assert!(!env.home.path().join(".vss-cli/credentials.enc").exists());
}
