//! Living with MFA: configuration and stored credentials, logging in with a second factor,
//! tokens for scripts, recovery codes and a new phone. Real binary, real server.

use predicates::prelude::*;
use vss_testkit::{assert_cmd_snapshot, json_out, mode, Env, PASSWORD};

const PHONE: &str = "+14165550199";

/// A configuration file as the Python vss-cli writes it.
fn python_config(env: &Env, user: &str) -> String {
    use base64::Engine as _;
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{PASSWORD}"));
    format!(
        "general:\n  check_for_messages: true\n  default_endpoint_name: mock\n  output: auto\n  \
         table_format: simple\n  timeout: 30\nendpoints:\n- auth: {auth}\n  name: mock\n  \
         tf_enabled: false\n  token: null\n  url: {}\n- auth: {auth}\n  name: other\n  url: \
         https://cloud-api.invalid\n",
        env.url()
    )
}

#[test]
fn a_python_vss_cli_config_is_read_as_it_is() {
    let env = Env::start();
    env.add_user("ana");
    std::fs::create_dir_all(env.config_dir()).unwrap();
    let file = env.config_dir().join("config.yaml");
    std::fs::write(&file, python_config(&env, "ana")).unwrap();

    // No credentials anywhere but the file: the default endpoint and its base64 auth are used.
    let st = json_out(env.bare_cli().args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["username"], "ana");
    // -e picks an endpoint by name or by URL.
    json_out(
        env.bare_cli()
            .args(["-e", "mock", "-o", "json", "account", "get", "mfa"]),
    );
    json_out(
        env.bare_cli()
            .args(["-e", &env.url(), "-o", "json", "account", "get", "mfa"]),
    );
    // VSS_CONFIG and -c point elsewhere.
    let moved = env.home.path().join("elsewhere.yaml");
    std::fs::rename(&file, &moved).unwrap();
    env.bare_cli()
        .env("VSS_CONFIG", &moved)
        .args(["account", "get", "mfa"])
        .assert()
        .success();
    env.bare_cli()
        .args(["-c", moved.to_str().unwrap(), "configure", "ls"])
        .assert()
        .success()
        .stdout(predicate::str::contains("legacy config").and(predicate::str::contains("other")));
}

#[test]
fn configure_keeps_secrets_out_of_the_file() {
    let env = Env::start();
    env.add_user("bo");
    env.bare_cli()
        .args([
            "-e",
            &env.url(),
            "-u",
            "bo",
            "--password-stdin",
            "configure",
            "mk",
            "--endpoint-name",
            "mock",
        ])
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let config = env.config_dir().join("config.yaml");
    let secrets = env.config_dir().join("secrets.yaml");
    assert_eq!(mode(&config), 0o600);
    assert_eq!(mode(&secrets), 0o600);
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(
        !text.contains(PASSWORD) && !text.contains("auth:") && !text.contains("token:"),
        "{text}"
    );
    assert!(text.contains("default_endpoint_name: mock"), "{text}");

    // Later commands need nothing else, and reuse the stored token.
    env.bare_cli()
        .args(["account", "get", "mfa"])
        .assert()
        .success();
    env.bare_cli()
        .args(["configure", "ls"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("mock")
                .and(predicate::str::contains("bo"))
                .and(predicate::str::contains("…"))
                .and(predicate::str::contains("file"))
                .and(predicate::str::contains("*")),
        );
    env.bare_cli()
        .args(["configure", "set", "output", "json"])
        .assert()
        .success();
    let st = json_out(env.bare_cli().args(["account", "get", "mfa"]));
    assert_eq!(st["username"], "bo");
    env.bare_cli()
        .args(["configure", "set", "output", "xml"])
        .assert()
        .code(2);

    env.bare_cli()
        .args(["configure", "rm", "mock"])
        .assert()
        .success();
    let left = std::fs::read_to_string(&secrets).unwrap();
    assert!(
        !left.contains("vss-cli_mock_"),
        "secrets left behind: {left}"
    );
    env.bare_cli()
        .args(["configure", "rm", "mock"])
        .assert()
        .code(2);
}

#[test]
fn without_a_keyring_secrets_fall_back_to_a_private_file() {
    // Make every keyring system call fail, as on a machine without one (and no session bus).
    if !vss_testkit::tools::program("strace", "apt-get install strace") {
        return;
    }
    let env = Env::start();
    env.add_user("cy");
    let mut cmd = assert_cmd::Command::new("strace");
    cmd.args([
        "-f",
        "-o",
        "/dev/null",
        "-e",
        "trace=add_key,request_key,keyctl",
    ])
    .args(["-e", "inject=add_key,request_key,keyctl:error=ENOSYS"])
    .arg(assert_cmd::cargo::cargo_bin("vss-cli"))
    .args([
        "-e",
        &env.url(),
        "-u",
        "cy",
        "-p",
        PASSWORD,
        "configure",
        "mk",
        "--endpoint-name",
        "mock",
    ])
    .env_clear()
    .env("HOME", env.home.path());
    // Said once: when the file is made.
    assert_cmd_snapshot!(cmd);
    let secrets = env.config_dir().join("secrets.yaml");
    assert_eq!(mode(&secrets), 0o600);
    // Named as the Python tool names its entries: the endpoint's name, then the kind.
    let kept = std::fs::read_to_string(&secrets).unwrap();
    assert!(
        kept.contains("vss-cli_mock_password: ") && kept.contains("vss-cli_mock_username: cy"),
        "{kept}"
    );
    env.bare_cli()
        .args(["configure", "rm", "mock"])
        .assert()
        .success();
    assert_cmd_snapshot!(
        "with_the_file_store_configure_ls_names_it",
        env.bare_cli().args(["configure", "ls"])
    );
}

#[test]
fn token_mk_prints_only_a_token_that_works_as_vss_token() {
    let env = Env::start();
    env.add_user("di");
    let key = env.enable_authenticator("di");
    let out = env
        .cli("di")
        .args(["--totp", &env.totp_now(&key), "token", "mk"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let token = stdout.strip_suffix('\n').unwrap();
    assert_eq!(token.split('.').count(), 3, "not just a JWT: {stdout:?}");

    // Used by a script with no password at all.
    let st = json_out(
        env.bare_cli()
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_TOKEN", token)
            .args(["-o", "json", "account", "get", "mfa"]),
    );
    assert_eq!(st["username"], "di");

    env.next_step();
    let issued =
        json_out(
            env.cli("di")
                .args(["--totp", &env.totp_now(&key), "-o", "json", "token", "mk"]),
        );
    assert_eq!(issued["otp"], true);
    assert!(issued["expires_at"].as_str().unwrap().ends_with('Z'));

    // A bad token is an authentication failure with the way out.
    env.bare_cli()
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_TOKEN", "not.a.token")
        .args(["account", "get", "mfa"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("token mk"));
}

#[test]
fn token_mk_with_an_emailed_code() {
    let env = Env::start();
    env.add_user("ed");
    env.cli("ed")
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
    env.cli("ed")
        .args(["account", "set", "mfa", "verify", &env.mailed_code("ed")])
        .assert()
        .success();
    // A new code is sent at most every 30 seconds.
    env.next_step();
    // Without a code and without a terminal: nothing is sent, and the command says how to get
    // a code and which flag passes it.
    let mails = env.outbox().mails_to("ed").len();
    env.cli("ed").args(["token", "mk"]).assert().code(2).stderr(
        predicate::str::contains("account set mfa get-token")
            .and(predicate::str::contains("--totp")),
    );
    assert_eq!(env.outbox().mails_to("ed").len(), mails);
    env.cli("ed")
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success();
    env.cli("ed")
        .env("VSS_USER_OTP", env.mailed_code("ed"))
        .args(["token", "mk"])
        .assert()
        .success();
}

#[test]
fn recovery_codes_log_in_once_each_and_report_what_is_left() {
    let env = Env::start();
    env.add_user("fay");
    let (_key, codes) = env.enable_with_codes("fay");

    env.cli("fay")
        .arg("--no-session")
        .args(["--recovery-code", &codes[0], "account", "get", "mfa"])
        .assert()
        .success()
        .stderr(predicate::str::contains("9 left"));
    // Second use refused.
    env.cli("fay")
        .arg("--no-session")
        .env("VSS_RECOVERY_CODE", &codes[0])
        .args(["account", "get", "mfa"])
        .assert()
        .code(3);
    // Running low: told how to make new ones.
    for code in &codes[1..7] {
        env.cli("fay")
            .arg("--no-session")
            .args(["--recovery-code", code, "token", "mk"])
            .assert()
            .success();
    }
    env.cli("fay")
        .arg("--no-session")
        .args(["--recovery-code", &codes[7], "token", "mk"])
        .assert()
        .success()
        .stderr(predicate::str::contains("2 left").and(predicate::str::contains("recovery-codes")));
}

#[test]
fn regenerated_recovery_codes_replace_the_old_set() {
    let env = Env::start();
    env.add_user("gus");
    let (key, old) = env.enable_with_codes("gus");
    let fresh = json_out(env.cli("gus").args([
        "--totp",
        &env.totp_now(&key),
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "recovery-codes",
        "--recovery-codes-file",
        "new-codes.txt",
    ]));
    let file = env.home.path().join("new-codes.txt");
    assert_eq!(mode(&file), 0o600);
    let new: Vec<String> = fresh["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(new.len(), 10);
    assert!(std::fs::read_to_string(&file).unwrap().contains(&new[3]));

    env.cli("gus")
        .args(["--recovery-code", &old[0], "token", "mk"])
        .assert()
        .code(3);
    env.cli("gus")
        .args(["--recovery-code", &new[0], "token", "mk"])
        .assert()
        .success();
    // A recovery code also proves the factor for a new set.
    env.cli("gus")
        .args([
            "--recovery-code",
            &new[1],
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--no-save-recovery-codes",
            "-o",
            "json",
        ])
        .assert()
        .success();
    env.cli("gus")
        .args(["--recovery-code", &new[2], "token", "mk"])
        .assert()
        .code(3);
}

#[test]
fn replace_keeps_the_old_factor_until_the_new_one_is_verified() {
    let env = Env::start();
    env.add_user("hal");
    let key = env.enable_authenticator("hal");

    // Without proof: refused, with the way to do it.
    env.cli("hal")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            PHONE,
            "--replace",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--totp"));
    let started = json_out(env.cli("hal").args([
        "--totp",
        &env.totp_now(&key),
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "SMS",
        "--phone",
        PHONE,
        "--replace",
    ]));
    assert_eq!(started["state"], "pending");

    // Abandoned for now: the old factor still logs in, and the account says what is pending.
    env.next_step();
    let st = json_out(env.cli("hal").args([
        "--totp",
        &env.totp_now(&key),
        "-o",
        "json",
        "account",
        "get",
        "mfa",
    ]));
    assert_eq!(st["method"], "AUTHENTICATOR");
    assert_eq!(st["pending_method"], "SMS");

    // Finished with the texted code: the new factor is in, the old one out.
    env.cli("hal")
        .args(["account", "set", "mfa", "verify", &env.texted_code(PHONE)])
        .assert()
        .success();
    env.next_step();
    env.cli("hal")
        .args(["--totp", &env.totp_now(&key), "token", "mk"])
        .assert()
        .code(3);
    env.cli("hal")
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success();
    let st = json_out(
        env.cli("hal")
            .env("VSS_USER_OTP", env.texted_code(PHONE))
            .args(["-o", "json", "account", "get", "mfa"]),
    );
    assert_eq!(st["method"], "SMS");
    assert!(st.get("pending_method").is_none());
}

#[test]
#[allow(clippy::too_many_lines, reason = "one journey, read top to bottom")]
fn remember_secret_lets_totp_auto_make_codes() {
    let env = Env::start();
    env.add_user("ivy");
    // The status check below logs in with a code --totp auto makes from this machine's clock
    // (enabling MFA revokes the token `configure mk` stored). The server accepts each time
    // step once, so the enrolment is verified with the previous step's code, which it still
    // takes as a drifting phone's.
    env.bare_cli()
        .args([
            "-e",
            &env.url(),
            "-u",
            "ivy",
            "-p",
            PASSWORD,
            "configure",
            "mk",
        ])
        .assert()
        .success();
    let out = env
        .cli("ivy")
        .args([
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--remember-secret",
            "--no-save-recovery-codes",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("both factors"));
    let enrolled: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let key = enrolled["key"].as_str().unwrap();
    let secrets = env.config_dir().join("secrets.yaml");
    assert_eq!(mode(&secrets), 0o600);
    // Codes here come from this machine's clock, which the server shares: start early in a
    // time step, so that the previous step stays the previous one while it is used.
    let into = env.clock.unix().rem_euclid(30);
    if into > 20 {
        std::thread::sleep(std::time::Duration::from_secs((31 - into) as u64));
    }
    let previous = vss_testkit::totp_at(key, env.clock.unix() - 30);
    env.cli("ivy")
        .args(["account", "set", "mfa", "verify", &previous])
        .assert()
        .success();
    // The stored token was revoked by the enrolment: this logs in for real, with the code
    // --totp auto made, which the server accepts (and keeps the new token).
    let before = std::fs::read_to_string(&secrets).unwrap();
    let out = env
        .bare_cli()
        .args([
            "--debug", "--totp", "auto", "-o", "json", "account", "get", "mfa",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let calls: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("debug: "))
        .map(|l| l.split(" (").next().unwrap())
        .collect();
    assert_eq!(
        calls,
        [
            "GET /v2/user -> 401",
            "POST /auth/request-token -> 200",
            "GET /v2/user -> 200"
        ],
        "{stderr}"
    );
    let st: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["state"], "enabled");
    assert_ne!(std::fs::read_to_string(&secrets).unwrap(), before);

    env.cli("ivy")
        .args(["account", "set", "mfa", "forget-secret"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Removed"));
    env.cli("ivy")
        .args(["--totp", "auto", "token", "mk"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--remember-secret"));
    // Only for AUTHENTICATOR.
    env.cli("ivy")
        .args(["account", "set", "mfa", "mk", "EMAIL", "--remember-secret"])
        .assert()
        .code(2);
}

#[test]
fn an_expired_stored_token_is_replaced_by_logging_in_again() {
    let env = Env::start();
    env.add_user("jo");
    env.bare_cli()
        .args([
            "-e",
            &env.url(),
            "-u",
            "jo",
            "-p",
            PASSWORD,
            "configure",
            "mk",
        ])
        .assert()
        .success();
    let secrets = env.config_dir().join("secrets.yaml");
    let before = std::fs::read_to_string(&secrets).unwrap();
    env.clock.advance(2 * 3600);
    env.bare_cli()
        .args(["account", "get", "mfa"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&secrets).unwrap();
    assert_ne!(before, after, "the expired token was not replaced");
}

#[test]
fn clock_skew_is_warned_about_and_shown_when_a_code_is_refused() {
    let env = Env::start();
    env.add_user("kim");
    env.clock.advance(60);
    env.cli("kim")
        .args(["account", "get", "mfa"])
        .assert()
        .success()
        // Both sides round down to whole seconds, and a second may pass between them.
        .stderr(predicate::str::is_match("(59|60|61) s behind the server's").unwrap());
    env.clock.advance(-60);
    env.cli("kim")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--no-save-recovery-codes",
        ])
        .assert()
        .success();
    env.clock.advance(-10);
    env.cli("kim")
        .args(["account", "set", "mfa", "verify", "000000"])
        .assert()
        .code(3)
        .stderr(predicate::str::is_match("(9|10|11) s ahead of the server's").unwrap());
}

/// Every secret the command line takes has a way in that `ps` does not show: `-` reads it
/// from standard input, a line each, after the password of `--password-stdin`; the help of
/// each option says so.
#[test]
#[allow(clippy::too_many_lines, reason = "each secret given as a dash in turn")]
fn secrets_given_as_a_dash_come_from_standard_input() {
    let env = Env::start();
    env.add_user("lu");
    let (key, codes) = env.enable_with_codes("lu");

    // The password, then the one-time code.
    let st = json_out(
        env.cli("lu")
            .arg("--no-session")
            .env_remove("VSS_USER_PASS")
            .args([
                "--password-stdin",
                "--totp",
                "-",
                "-o",
                "json",
                "token",
                "mk",
            ])
            .write_stdin(format!("{PASSWORD}\n{}\n", env.totp_now(&key))),
    );
    let token = st["token"].as_str().unwrap().to_owned();
    // The API token.
    let st = json_out(
        env.bare_cli()
            .env("VSS_ENDPOINT", env.url())
            .args(["--token", "-", "-o", "json", "account", "get", "mfa"])
            .write_stdin(format!("{token}\n")),
    );
    assert_eq!(st["username"], "lu");
    // A recovery code, which is then used up.
    env.cli("lu")
        .arg("--no-session")
        .args(["--recovery-code", "-", "account", "get", "mfa"])
        .write_stdin(format!("{}\n", codes[0]))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Logged in with a recovery code; 9 left.",
        ));
    // The confirmation token of a disable.
    env.next_step();
    env.cli("lu")
        .arg("--no-session")
        .args(["account", "set", "mfa", "rm"])
        .assert()
        .success();
    env.cli("lu")
        .arg("--no-session")
        .args(["account", "set", "mfa", "rm", "--confirmation-token", "-"])
        .write_stdin(format!("{}\n", env.mailed_token("lu")))
        .assert()
        .success()
        .stderr(predicate::str::contains("TOTP has been disabled"));

    // Nothing on standard input is a usage error naming what was expected.
    env.cli("lu")
        .arg("--no-session")
        .args(["--token", "-", "account", "get", "mfa"])
        .assert()
        .code(2)
        .stderr(
            "error: standard input is empty: expected the API token (--token -) on its first \
             line\n",
        );

    // Each option that takes a secret warns that arguments show in `ps`, and names `-`.
    let help = env.bare_cli().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let mut confirmation = env.bare_cli();
    confirmation.args(["account", "set", "mfa", "rm", "--help"]);
    let rm_help = String::from_utf8(confirmation.output().unwrap().stdout).unwrap();
    for (text, option) in [
        (&help, "--password <PASSWORD>"),
        (&help, "--token <TOKEN>"),
        (&help, "--totp <CODE>"),
        (&help, "--recovery-code <CODE>"),
        (&rm_help, "--confirmation-token <TOKEN>"),
    ] {
        let start = text.find(option).unwrap_or_else(|| panic!("{option}"));
        let entry: String = text[start..]
            .lines()
            .skip(1)
            .take_while(|l| !l.trim_start().starts_with('-'))
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            entry.contains("arguments show up in `ps`"),
            "{option}: {entry}"
        );
        if option != "--password <PASSWORD>" {
            assert!(
                entry.contains("`-` reads it from standard input"),
                "{option}: {entry}"
            );
        }
    }
}
