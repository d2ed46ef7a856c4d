//! Where output goes: data on stdout (one document with `-o json|yaml`), messages on stderr,
//! `--quiet` leaving only errors there.

use serde_json::Value;
use vss_testkit::{assert_cmd_snapshot, json_out, Env};

/// Enrols `user` with EMAIL without a terminal, the enrolment left pending.
fn start_email(env: &Env, user: &str, extra: &[&str]) -> std::process::Output {
    env.add_user(user);
    env.cli(user)
        .args(extra)
        .args([
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ])
        .output()
        .unwrap()
}

#[test]
fn quiet_leaves_only_errors_on_stderr_and_the_data_as_it_was() {
    let env = Env::start();
    let loud = start_email(&env, "lou", &[]);
    let quiet = start_email(&env, "kit", &["-q"]);
    assert!(loud.status.success() && quiet.status.success());
    // Without -q the enrolment tells where the code went and how to finish.
    let told = String::from_utf8_lossy(&loud.stderr);
    assert!(told.contains("A code was sent by e-mail"), "{told}");
    assert!(told.contains("account set mfa verify CODE"), "{told}");
    assert_eq!(String::from_utf8_lossy(&quiet.stderr), "");
    // The same document either way (the codes differ, the shape does not).
    let shape = |out: &std::process::Output| -> Vec<(String, String)> {
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        doc.as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| {
                let v = if k == "recovery_codes" {
                    v.as_array().unwrap().len().to_string()
                } else {
                    v.to_string()
                };
                (k.clone(), v)
            })
            .collect()
    };
    assert_eq!(shape(&loud), shape(&quiet));

    // A clock far off is a warning: not with -q.
    env.clock.advance(120);
    assert_cmd_snapshot!(
        "quiet_get_token",
        env.cli("kit")
            .args(["-q", "account", "set", "mfa", "get-token", "--pending"])
    );
    // An error and its hint are printed all the same.
    assert_cmd_snapshot!(
        "quiet_refused_code",
        env.cli("kit")
            .args(["--quiet", "account", "set", "mfa", "verify", "000000"])
    );
    // -q changes nothing on stdout.
    let status = json_out(
        env.cli("kit")
            .args(["-q", "-o", "json", "account", "get", "mfa"]),
    );
    assert_eq!(status["state"], "pending");
}
