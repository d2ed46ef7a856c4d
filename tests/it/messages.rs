//! Every message the client prints, pinned whole as a person reads it: exit code, stdout and
//! stderr of the real binary against the real server (or, for what the server never sends, a
//! fake endpoint). The few that only a fault can produce are pinned by the unit tests beside
//! their code, against the buffer streams.

use std::time::Duration;

use vss_mock_server::Role;
use vss_testkit::{assert_cmd_snapshot, Answer, Env, Recorder, PASSWORD};

/// The snapshot filters, with what else changes from run to run here: recovery codes, masked
/// tokens, TOTP keys.
pub(crate) fn settings() -> vss_testkit::snapshot::insta::Settings {
    let mut settings = vss_testkit::snapshot::settings();
    settings.add_filter(
        r"(?m)(\s)[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$",
        "$1[CODE]",
    );
    settings.add_filter(r"eyJ[A-Za-z0-9]{3}…[A-Za-z0-9_-]{4}", "[TOKEN]");
    settings.add_filter(r"\b[A-Z2-7]{32}\b", "[KEY]");
    // The temporary file a private file is written to first.
    settings.add_filter(r"\.vss-cli-[A-Za-z0-9]{6}", ".vss-cli-[RANDOM]");
    settings
}

/// Snapshots `cmd` under `name` with [`settings`].
macro_rules! snap {
    ($name:expr, $cmd:expr) => {
        settings().bind(|| assert_cmd_snapshot!($name, $cmd))
    };
}

/// Enrols `user` with EMAIL and verifies it; the next code may be sent at once.
fn enable_email(env: &Env, user: &str) {
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
    env.cli(user)
        .args(["account", "set", "mfa", "verify", &env.mailed_code(user)])
        .assert()
        .success();
    env.next_step();
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a list of usage errors and what each says"
)]
fn usage_errors_say_what_is_wrong() {
    let env = Env::start();
    env.add_user("ann");
    let cli = || env.cli("ann");
    // What the environment sets (the endpoint, user, password, a CA bundle) is not shown as if
    // it had to be typed: the usage line is the command's own.
    snap!(
        "usage_missing_method_with_the_environment_set",
        cli()
            .env("VSS_CA_BUNDLE", "/nonexistent/ca.pem")
            .args(["account", "set", "mfa", "mk"])
    );
    snap!(
        "usage_remember_secret_without_authenticator",
        cli().args(["account", "set", "mfa", "mk", "EMAIL", "--remember-secret"])
    );
    snap!(
        "usage_malformed_confirmation_token",
        cli().args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            "../x"
        ])
    );
    snap!(
        "usage_verify_with_a_recovery_code",
        cli().args([
            "--recovery-code",
            "abcd-efgh-ijkl-mnop",
            "account",
            "set",
            "mfa",
            "verify"
        ])
    );
    snap!(
        "usage_verify_malformed_code",
        cli().args(["account", "set", "mfa", "verify", "12ab56"])
    );
    snap!(
        "usage_malformed_totp",
        cli().args(["--totp", "1234567", "account", "get", "mfa"])
    );
    snap!(
        "usage_endpoint_not_a_url",
        cli().args(["-e", "http://[::1", "account", "get", "mfa"])
    );
    snap!(
        "usage_endpoint_not_http",
        cli().args(["-e", "ftp://example.org", "account", "get", "mfa"])
    );
    snap!(
        "usage_password_stdin_empty",
        env.bare_cli()
            .args(["-e", &env.url(), "-u", "ann", "--password-stdin"])
            .args(["account", "get", "mfa"])
            .write_stdin("")
    );
    snap!(
        "usage_password_stdin_not_text",
        env.bare_cli()
            .args(["-e", &env.url(), "-u", "ann", "--password-stdin"])
            .args(["account", "get", "mfa"])
            .write_stdin(vec![0xff, 0xfe, b'\n'])
    );
    snap!(
        "usage_verify_code_from_empty_stdin",
        cli()
            .args(["account", "set", "mfa", "verify", "-"])
            .write_stdin("")
    );
    for (name, args) in [
        ("usage_token_from_empty_stdin", &["--token", "-"][..]),
        ("usage_totp_from_empty_stdin", &["--totp", "-"]),
        (
            "usage_recovery_code_from_empty_stdin",
            &["--recovery-code", "-"],
        ),
    ] {
        snap!(
            name,
            cli()
                .args(args)
                .args(["account", "get", "mfa"])
                .write_stdin("")
        );
    }
    snap!(
        "usage_confirmation_token_from_empty_stdin",
        cli()
            .args(["account", "set", "mfa", "rm", "--confirmation-token", "-"])
            .write_stdin("")
    );
    snap!(
        "usage_totp_auto_without_a_secret",
        cli().args(["--totp", "auto", "account", "get", "mfa"])
    );
    // A stored secret that is not base32.
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("secrets.yaml"),
        format!("{} ann totp-secret: '!!!'\n", env.url()),
    )
    .unwrap();
    snap!(
        "file_totp_auto_damaged_secret",
        cli().args(["--totp", "auto", "account", "get", "mfa"])
    );
}

#[test]
fn no_terminal_errors_name_the_flag() {
    let env = Env::start();
    env.add_users(&[("root", "ops", Role::Admin), ("ann", "ops", Role::User)]);
    snap!(
        "no_terminal_no_code_to_verify",
        env.cli("ann").args(["account", "set", "mfa", "verify"])
    );
    snap!(
        "no_terminal_no_confirmation",
        env.cli("root")
            .args(["admin", "user", "totp", "disable", "--user", "ann"])
    );
}

#[test]
fn configuration_messages() {
    let env = Env::start();
    env.add_user("ann");
    let cli = || env.cli("ann");
    snap!(
        "configure_ls_nothing_configured",
        cli().args(["configure", "ls"])
    );
    snap!(
        "configure_empty_endpoint_name",
        cli().args(["configure", "mk", "--endpoint-name", " "])
    );
    snap!(
        "configure_mk",
        cli().args(["configure", "mk", "--endpoint-name", "local"])
    );
    snap!("configure_ls", cli().args(["configure", "ls"]));
    for (name, key, value) in [
        ("configure_set_output_unknown", "output", "xml"),
        ("configure_set_timeout_out_of_range", "timeout", "0"),
        ("configure_set_unknown_setting", "colour", "blue"),
        (
            "configure_set_unknown_endpoint",
            "default_endpoint_name",
            "nope",
        ),
        ("configure_set", "timeout", "20"),
    ] {
        snap!(name, cli().args(["configure", "set", key, value]));
    }
    snap!(
        "configure_rm_unknown_endpoint",
        cli().args(["configure", "rm", "nope"])
    );
    snap!("configure_rm", cli().args(["configure", "rm", "local"]));

    // Files that cannot be read or written.
    let config = env.config_dir().join("config.yaml");
    std::fs::write(&config, "endpoints: [unclosed").unwrap();
    snap!("configure_damaged_file", cli().args(["configure", "ls"]));
    std::fs::remove_file(&config).unwrap();
    std::fs::create_dir_all(&config).unwrap();
    snap!(
        "configure_file_is_a_folder",
        cli().args(["configure", "ls"])
    );
    snap!(
        "configure_folder_cannot_be_made",
        cli().args([
            "-c",
            "/proc/vss-cli-test/config.yaml",
            "configure",
            "set",
            "timeout",
            "20"
        ])
    );
    std::fs::remove_dir(&config).unwrap();
    std::fs::write(env.config_dir().join("secrets.yaml"), "- [unclosed").unwrap();
    snap!("secrets_file_damaged", cli().args(["configure", "mk"]));
    std::fs::remove_file(env.config_dir().join("secrets.yaml")).unwrap();
    std::fs::create_dir_all(env.config_dir().join("secrets.yaml")).unwrap();
    snap!("secrets_file_is_a_folder", cli().args(["configure", "mk"]));
}

#[test]
fn login_messages() {
    let env = Env::start();
    env.add_users(&[
        ("root", "ops", Role::Admin),
        ("ann", "eng", Role::User),
        ("bob", "sales", Role::User),
        ("cy", "ops", Role::User),
    ]);
    snap!(
        "login_refused_token",
        env.cli("ann")
            .env("VSS_TOKEN", "not.a.token")
            .args(["account", "get", "mfa"])
    );
    snap!(
        "denied_for_the_role",
        env.cli("ann").args(["admin", "domain", "ls"])
    );
    env.admin_cli("root")
        .args(["admin", "domain", "set", "eng", "--totp-mandatory"])
        .assert()
        .success();
    snap!(
        "login_must_enrol_first",
        env.cli("ann").args(["account", "get", "mfa"])
    );
    env.admin_cli("root")
        .args([
            "admin",
            "domain",
            "set",
            "sales",
            "--totp-mandatory",
            "--grace-period",
            "24",
        ])
        .assert()
        .success();
    snap!(
        "login_in_the_grace_period",
        env.cli("bob").args(["account", "get", "mfa"])
    );

    // Recovery codes: how many are left, and a hint when few are.
    let (_, codes) = env.enable_with_codes("cy");
    for code in &codes[..6] {
        env.cli("cy")
            .args(["--no-session", "--recovery-code", code, "token", "mk"])
            .assert()
            .success();
    }
    snap!(
        "login_with_a_recovery_code",
        env.cli("cy").args([
            "--no-session",
            "--recovery-code",
            &codes[6],
            "account",
            "get",
            "mfa"
        ])
    );
}

#[test]
fn code_messages() {
    let env = Env::start();
    env.add_user("ann");
    enable_email(&env, "ann");
    snap!(
        "get_token_sent",
        env.cli("ann").args(["account", "set", "mfa", "get-token"])
    );
    // Too soon: the code just sent still works, and the refusal says until when.
    snap!(
        "get_token_too_soon_with_a_code_outstanding",
        env.cli("ann").args(["account", "set", "mfa", "get-token"])
    );
    let code = env.mailed_code("ann");
    snap!(
        "verify_a_code",
        env.cli("ann")
            .args(["account", "set", "mfa", "verify", &code])
    );
    // Used: the refusal no longer points to it, and using it again is refused.
    snap!(
        "get_token_too_soon_with_no_code_outstanding",
        env.cli("ann").args(["account", "set", "mfa", "get-token"])
    );
    snap!(
        "verify_a_used_code",
        env.cli("ann")
            .args(["account", "set", "mfa", "verify", &code])
    );
    snap!(
        "rm_without_a_terminal",
        env.cli("ann").args(["account", "set", "mfa", "rm"])
    );
    snap!(
        "rm_with_a_wrong_token",
        env.cli("ann").args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            "WRONG234"
        ])
    );
    snap!(
        "rm_with_the_token",
        env.cli("ann").args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            &env.mailed_token("ann")
        ])
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "the enrolment messages in the order a user meets them"
)]
fn enrolment_messages() {
    let env = Env::start();
    for user in ["ann", "bob", "cy", "dan"] {
        env.add_user(user);
    }
    snap!(
        "mk_email_without_a_terminal",
        env.cli("ann")
            .args(["account", "set", "mfa", "mk", "EMAIL"])
    );
    snap!(
        "mk_authenticator_with_qr_png_and_the_secret_kept",
        env.cli("bob").args([
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--qr-png",
            "qr.png",
            "--remember-secret",
            "--no-save-recovery-codes"
        ])
    );
    snap!(
        "mk_qr_png_cannot_be_written",
        env.cli("cy").args([
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--qr-png",
            "no/such/folder/qr.png",
            "--no-save-recovery-codes"
        ])
    );
    snap!(
        "forget_secret",
        env.cli("bob")
            .args(["account", "set", "mfa", "forget-secret"])
    );
    snap!(
        "forget_secret_when_none_is_kept",
        env.cli("bob")
            .args(["account", "set", "mfa", "forget-secret"])
    );
    // A file in the way.
    snap!(
        "mk_recovery_codes_file_exists",
        env.cli("cy").args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "ann_VSS_recovery_codes.txt"
        ])
    );
    std::fs::write(env.home.path().join("cy_VSS_recovery_codes.txt"), "mine").unwrap();
    snap!(
        "mk_default_recovery_codes_file_exists",
        env.cli("cy").args(["account", "set", "mfa", "mk", "EMAIL"])
    );

    // Moving to a new factor, and new recovery codes.
    let key = env.enable_authenticator("dan");
    snap!(
        "mk_replace_without_a_terminal",
        env.cli("dan").args(["--totp", &env.totp_now(&key)]).args([
            "account",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            "+14165550100",
            "--replace",
            "--no-save-recovery-codes"
        ])
    );
    env.next_step();
    snap!(
        "recovery_codes",
        env.cli("dan").args(["--totp", &env.totp_now(&key)]).args([
            "account",
            "set",
            "mfa",
            "recovery-codes"
        ])
    );
    env.next_step();
    snap!(
        "recovery_codes_file_in_the_way",
        env.cli("dan").args(["--totp", &env.totp_now(&key)]).args([
            "account",
            "set",
            "mfa",
            "recovery-codes"
        ])
    );
}

#[test]
fn admin_messages() {
    let env = Env::start();
    env.add_users(&[
        ("root", "ops", Role::Admin),
        ("ann", "ops", Role::User),
        ("bob", "ops", Role::User),
    ]);
    snap!(
        "admin_user_ls_one_page_of_many",
        env.admin_cli("root")
            .args(["admin", "user", "ls", "--per-page", "2"])
    );
    snap!(
        "admin_user_alert",
        env.admin_cli("root")
            .args(["admin", "user", "alert", "ann"])
    );
    snap!(
        "admin_user_totp_disable",
        env.admin_cli("root")
            .args(["admin", "user", "totp", "disable", "--user", "ann", "--yes"])
    );
}

#[test]
fn endpoint_messages() {
    let env = Env::start();
    let get_token = |url: &str| {
        let mut cmd = env.bare_cli();
        cmd.env("VSS_ENDPOINT", url)
            .env("VSS_USER", "ann")
            .env("VSS_USER_PASS", PASSWORD)
            .args(["account", "set", "mfa", "get-token"]);
        cmd
    };
    let api_error = |status: u16, kind: &'static str, message: &'static str| {
        Recorder::http(move |_| {
            Answer::json(
                status,
                serde_json::json!({"error": kind, "message": message}),
            )
        })
    };
    // Silent, cut off, too big, not JSON, not the API.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    snap!(
        "endpoint_silent",
        get_token(&url)
            .args(["--timeout", "1"])
            .timeout(Duration::from_secs(20))
    );
    let raw = |answer: Answer| Recorder::http(move |_| answer.clone());
    let html = |status: &str, body: &[u8]| raw(Answer::raw_reply(status, "text/html", body));
    let fake = raw(Answer::raw(
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"to".to_vec(),
    ));
    snap!("endpoint_reply_cut_off", get_token(&fake.url()));
    let fake = html("200 OK", &vec![b' '; 2 << 20]);
    snap!("endpoint_reply_too_big", get_token(&fake.url()));
    let fake = html("200 OK", b"<html>hello</html>");
    snap!("endpoint_reply_not_the_api", get_token(&fake.url()));
    let fake = html("502 Bad Gateway", b"<html>502</html>");
    snap!(
        "endpoint_failed_without_an_api_error",
        get_token(&fake.url())
    );
    let fake = html("404 Not Found", b"<html>404</html>");
    snap!(
        "endpoint_refused_without_an_api_error",
        get_token(&fake.url())
    );
    // API errors this server does not send.
    let fake = api_error(500, "InternalError", "the database is on fire");
    snap!("endpoint_failed_with_an_api_error", get_token(&fake.url()));
    let fake = api_error(403, "TotpEnforcement", "TotpEnforcement: Must enable TOTP");
    snap!("endpoint_must_enrol_first", get_token(&fake.url()));
    let fake = api_error(429, "SlowDown", "Slow down");
    snap!("endpoint_limit_of_an_unknown_kind", get_token(&fake.url()));
    let fake = api_error(409, "SomethingNew", "Something new went wrong");
    snap!(
        "endpoint_refusal_of_an_unknown_kind",
        get_token(&fake.url())
    );
}

#[test]
fn debug_lines() {
    let env = Env::start();
    env.add_user("ann");
    let mut settings = settings();
    settings.add_filter(r"\d+\.\d{3} ms", "[MS] ms");
    let refusing = vss_testkit::http::RefusingPort::new();
    let url = refusing.url();
    settings.bind(|| {
        assert_cmd_snapshot!(
            "debug_calls",
            env.cli("ann").args(["--debug", "account", "get", "mfa"])
        );
        assert_cmd_snapshot!(
            "debug_retries",
            env.cli("ann")
                .env("VSS_TOKEN", "a.b.c")
                .args(["--debug", "-e", &url, "account", "get", "mfa"])
        );
    });
}

#[test]
fn local_files_that_cannot_be_written() {
    let env = Env::start();
    env.add_user("ann");
    // Standard output that cannot take the token.
    let mut cmd = std::process::Command::new(vss_testkit::client::client_binary());
    cmd.env_clear()
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .args(["-e", &env.url(), "-u", "ann", "-p", PASSWORD, "token", "mk"]);
    let out = cmd
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    let text = format!(
        "exit code: {}\n----- stderr -----\n{}",
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut settings = settings();
    settings.set_description(format!(
        "{} >/dev/full",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    settings
        .bind(|| vss_testkit::snapshot::insta::assert_snapshot!("stdout_cannot_be_written", text));
    // Generated files: written, or a folder that is a file.
    let dir = tempfile::tempdir().unwrap();
    snap!(
        "generate",
        env.bare_cli()
            .args(["__generate", "completions"])
            .arg(dir.path())
    );
    let file = dir.path().join("file");
    std::fs::write(&file, "").unwrap();
    snap!(
        "generate_into_a_file",
        env.bare_cli().args(["__generate", "all"]).arg(&file)
    );
}

#[test]
fn messages_say_what_happened_to_this_account() {
    let env = Env::start();
    // A token given that the server no longer takes: about the token, not the password.
    env.add_user("tom");
    let token = String::from_utf8(
        env.cli("tom")
            .args(["--no-session", "token", "mk"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let token = token.trim();
    env.cli("tom")
        .args(["-t", token, "logout"])
        .assert()
        .success();
    snap!(
        "status_with_a_revoked_token",
        env.cli("tom").args(["-t", token, "status"])
    );

    // New recovery codes for an account without MFA, without a terminal: no claim that it
    // has MFA.
    env.add_user("una");
    snap!(
        "recovery_codes_without_mfa",
        env.cli("una").args([
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--no-save-recovery-codes"
        ])
    );

    // New recovery codes saved elsewhere: the file of the old set, where mk saved it, is
    // pointed at.
    env.add_user("val");
    let enrolled = vss_testkit::json_out(env.cli("val").args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
    ]));
    let key = enrolled["key"].as_str().unwrap().to_owned();
    env.cli("val")
        .args(["account", "set", "mfa", "verify", &env.totp_now(&key)])
        .assert()
        .success();
    let old: Vec<_> = std::fs::read_dir(env.home.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .ends_with("_recovery_codes.txt")
        })
        .collect();
    assert_eq!(
        old.len(),
        1,
        "mk saved its codes where the Python tool does"
    );
    env.next_step();
    snap!(
        "recovery_codes_leave_an_old_file",
        env.cli("val").args([
            "--totp",
            &env.totp_now(&key),
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--recovery-codes-file",
            "new-codes.txt",
        ])
    );
}
