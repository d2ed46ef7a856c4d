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

/// Runs `vss-cli -o FORMAT ARGS` as `user`, asserting success; returns stdout.
fn run_as(env: &Env, user: &str, format: &str, args: &[&str]) -> Vec<u8> {
    let out = env
        .cli(user)
        .args(["-o", format])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Exactly one JSON document, with RFC 3339 timestamps; returned.
#[track_caller]
fn one_json_document(what: &str, stdout: &[u8]) -> Value {
    let doc: Value = serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "{what}: not one JSON document ({e}): {}",
            String::from_utf8_lossy(stdout)
        )
    });
    check_timestamps(what, &doc);
    doc
}

/// Exactly one YAML document.
#[track_caller]
fn one_yaml_document(what: &str, stdout: &[u8]) {
    let text = String::from_utf8_lossy(stdout);
    let docs = serde_saphyr::from_multiple::<Value>(&text).map_or(0, |d| d.len());
    assert_eq!(
        docs,
        1,
        "{what}: {docs} YAML documents: {}",
        String::from_utf8_lossy(stdout)
    );
    let doc: Value = serde_saphyr::from_str(&text).unwrap();
    check_timestamps(what, &doc);
}

/// Every field that holds a time (`*_on`, `*_at`, `*_since`, `deadline`, `time`) is RFC 3339.
fn check_timestamps(what: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let is_time = ["_on", "_at", "_since"].iter().any(|s| key.ends_with(s))
                    || key == "deadline"
                    || key == "time";
                if let (true, Some(text)) = (is_time, v.as_str()) {
                    assert!(
                        chrono::DateTime::parse_from_rfc3339(text).is_ok(),
                        "{what}: {key} is not RFC 3339: {text:?}"
                    );
                }
                check_timestamps(what, v);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| check_timestamps(what, v)),
        _ => {}
    }
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "every command in turn, checked for one document"
)]
fn with_o_json_or_yaml_every_command_prints_one_document() {
    let env = Env::start();
    env.add_users(&[
        ("root", "ops", vss_mock_server::Role::Admin),
        ("ann", "ops", vss_mock_server::Role::User),
        ("bob", "ops", vss_mock_server::Role::User),
        ("cy", "ops", vss_mock_server::Role::User),
    ]);
    let json = |user: &str, args: &[&str]| {
        one_json_document(&args.join(" "), &run_as(&env, user, "json", args))
    };
    let both = |user: &str, args: &[&str]| {
        let what = args.join(" ");
        one_yaml_document(&what, &run_as(&env, user, "yaml", args));
        one_json_document(&what, &run_as(&env, user, "json", args))
    };

    // Self-service, EMAIL: enrol, verify, codes, status, recovery codes, disable.
    let mk = json(
        "ann",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ],
    );
    assert_eq!(mk["state"], "pending");
    let verified = json(
        "ann",
        &["account", "set", "mfa", "verify", &env.mailed_code("ann")],
    );
    assert_eq!(verified["verified"], true);
    env.next_step();
    let sent = json("ann", &["account", "set", "mfa", "get-token"]);
    assert_eq!(sent["sent"], true);
    let status = json(
        "ann",
        &["--totp", &env.mailed_code("ann"), "account", "get", "mfa"],
    );
    assert_eq!(status["enabled"], true);
    assert!(status["enabled_on"].is_string(), "{status}");
    env.next_step();
    run_as(&env, "ann", "json", &["account", "set", "mfa", "get-token"]);
    let codes = json(
        "ann",
        &[
            "--totp",
            &env.mailed_code("ann"),
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--no-save-recovery-codes",
        ],
    );
    assert_eq!(codes["recovery_codes"].as_array().unwrap().len(), 10);
    let requested = json("ann", &["account", "set", "mfa", "rm"]);
    assert_eq!(requested["confirmation_sent"], true);
    assert_eq!(requested["disabled"], false);
    let removed = json(
        "ann",
        &[
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            &env.mailed_token("ann"),
        ],
    );
    assert_eq!(removed["disabled"], true);
    let status = both("ann", &["account", "get", "mfa"]);
    assert!(status["disabled_on"].is_string(), "{status}");
    let token = both("ann", &["token", "mk"]);
    assert_eq!(token["otp"], false);

    // AUTHENTICATOR with the secret kept, and SMS.
    let mk = json(
        "bob",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--no-save-recovery-codes",
            "--remember-secret",
        ],
    );
    assert!(mk["key"].is_string() && mk["uri"].is_string(), "{mk}");
    let forgotten = both("bob", &["account", "set", "mfa", "forget-secret"]);
    assert_eq!(forgotten["removed"], false);
    let mk = json(
        "cy",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            "+14165550100",
            "--no-save-recovery-codes",
        ],
    );
    assert_eq!(mk["method"], "SMS");
    env.next_step();
    let sent = json("cy", &["account", "set", "mfa", "get-token", "--pending"]);
    assert_eq!(sent["sent"], true);

    // The configuration, as the administrator keeps it: administrators use MFA, so root
    // enrols and logs in with a code.
    let key = env.enable_authenticator("root");
    let code = env.totp_now(&key);
    let configured = json(
        "root",
        &[
            "--totp",
            &code,
            "configure",
            "mk",
            "--endpoint-name",
            "local",
        ],
    );
    assert_eq!(configured["default"], true);
    let endpoints = both("root", &["configure", "ls"]);
    assert_eq!(endpoints[0]["default"], true);
    assert_eq!(endpoints[0]["token_expired"], false);
    assert!(endpoints[0]["token_expires_at"].is_string(), "{endpoints}");
    let set = both("root", &["configure", "set", "timeout", "20"]);
    assert_eq!(set["value"], "20");

    // Administration, with the stored token.
    both("root", &["admin", "settings", "totp", "show"]);
    both("root", &["admin", "settings", "totp", "set", "--optional"]);
    both("root", &["admin", "domain", "ls"]);
    let domain = both(
        "root",
        &[
            "admin",
            "domain",
            "set",
            "ops",
            "--totp-mandatory",
            "--grace-period",
            "24",
        ],
    );
    assert!(domain["deadline"].is_string(), "{domain}");
    both("root", &["admin", "user", "ls"]);
    both("root", &["admin", "user", "ls", "--per-page", "1"]);
    both(
        "root",
        &["admin", "user", "set", "cy", "--require-mfa", "yes"],
    );
    // Security summaries go to one account at most once every 30 seconds: one a document.
    let alert = ["admin", "user", "alert", "cy"];
    one_yaml_document("admin user alert cy", &run_as(&env, "root", "yaml", &alert));
    env.clock.advance(31);
    let alerted = one_json_document("admin user alert cy", &run_as(&env, "root", "json", &alert));
    assert_eq!(alerted["alerted"], true);
    let reset = json(
        "root",
        &["admin", "user", "totp", "disable", "--user", "bob", "--yes"],
    );
    assert_eq!(reset["reset"], true);
    let audit = both("root", &["admin", "audit", "ls"]);
    assert!(!audit.as_array().unwrap().is_empty());

    let removed = json("root", &["configure", "rm", "local"]);
    assert_eq!(removed["removed"], true);
}
