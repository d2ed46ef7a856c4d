//! A matrix of hostile and malformed inputs to the client (arguments, environment, standard
//! input, configuration files, replies that are not the API). Each case names its exit code
//! and the part of the message that says what was wrong, which it must print after `error: `:
//! never a panic or a hang, and never a failure for another reason than the one named. The
//! server's half is in the server's tests.

use std::time::Duration;

use vss_testkit::{Answer, Env, Recorder};

const LIMIT: Duration = Duration::from_secs(20);

/// The accepted phone forms, as a bad phone's message lists them.
const PHONE_FORMS: &str = "not a phone number for SMS: use 416-555-0100, (416) 555-0100, \
                           416.555.0100, 416 555 0100, 4165550100, or E.164 with the country \
                           code, like +14165550100";
const OTP_FORM: &str = "a code is 6 digits";
const TOKEN_FORM: &str =
    "--confirmation-token: a confirmation token is letters and digits, as in the e-mail";
const TOTP_FORM: &str =
    "--totp / VSS_USER_OTP must be the 6-digit code from your app, e-mail or SMS, or `auto`";
const BAD_PASSWORD: &str = "error: Invalid username or password";

/// Runs the client; checks the exit code, and that stderr holds `error: ` and `says`.
#[track_caller]
fn expect(case: &str, mut cmd: assert_cmd::Command, code: i32, says: &str) {
    let out = cmd.timeout(LIMIT).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{case}: {stderr}");
    assert!(!stderr.contains("panicked"), "{case}: {stderr}");
    assert!(stderr.contains("error: "), "{case}: no error: {stderr}");
    assert!(
        stderr.contains(says),
        "{case}: the message does not say {says:?}:\n{stderr}"
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a list of hostile arguments and the refusal of each"
)]
fn hostile_arguments_and_environment() {
    let env = Env::start();
    env.add_user("u");
    let long = "A".repeat(500);
    let args: &[(&str, &[&str], i32, &str)] = &[
        (
            "unknown method",
            &["account", "set", "mfa", "mk", "PIGEON"],
            2,
            "invalid value 'PIGEON' for '<METHOD>'",
        ),
        (
            "sms without phone",
            &["account", "set", "mfa", "mk", "SMS"],
            2,
            "the following required arguments were not provided:\n  --phone <PHONE>",
        ),
        (
            "phone letters",
            &["account", "set", "mfa", "mk", "SMS", "--phone", "abc"],
            2,
            PHONE_FORMS,
        ),
        (
            "phone leading zero",
            &[
                "account",
                "set",
                "mfa",
                "mk",
                "SMS",
                "--phone",
                "+0123456789",
            ],
            2,
            PHONE_FORMS,
        ),
        (
            "phone too long",
            &[
                "account",
                "set",
                "mfa",
                "mk",
                "SMS",
                "--phone",
                "+12345678901234567",
            ],
            2,
            PHONE_FORMS,
        ),
        (
            "phone too short",
            &["account", "set", "mfa", "mk", "SMS", "--phone", "555-0100"],
            2,
            PHONE_FORMS,
        ),
        (
            "code too short",
            &["account", "set", "mfa", "verify", "12345"],
            2,
            OTP_FORM,
        ),
        (
            "code too long",
            &["account", "set", "mfa", "verify", "1234567"],
            2,
            OTP_FORM,
        ),
        (
            "code letters",
            &["account", "set", "mfa", "verify", "abcdef"],
            2,
            OTP_FORM,
        ),
        (
            "code letters and digits",
            &["account", "set", "mfa", "verify", "12ab56"],
            2,
            OTP_FORM,
        ),
        (
            "code empty",
            &["account", "set", "mfa", "verify", ""],
            2,
            OTP_FORM,
        ),
        (
            "code unicode digits",
            &["account", "set", "mfa", "verify", "١٢٣٤٥٦"],
            2,
            OTP_FORM,
        ),
        (
            "token path",
            &[
                "account",
                "set",
                "mfa",
                "rm",
                "--confirmation-token",
                "../../v2/user",
            ],
            2,
            TOKEN_FORM,
        ),
        (
            "token empty",
            &["account", "set", "mfa", "rm", "--confirmation-token", ""],
            2,
            TOKEN_FORM,
        ),
        (
            "token huge",
            &["account", "set", "mfa", "rm", "--confirmation-token", &long],
            2,
            TOKEN_FORM,
        ),
        (
            "timeout zero",
            &["--timeout", "0", "account", "get", "mfa"],
            2,
            "invalid value '0' for '--timeout <SECONDS>': 0 is not in 1..=3600",
        ),
        // `=` so that `-5` is the value, not taken for an unknown flag.
        (
            "timeout negative",
            &["--timeout=-5", "account", "get", "mfa"],
            2,
            "invalid value '-5' for '--timeout <SECONDS>'",
        ),
        (
            "timeout huge",
            &["--timeout", "99999", "account", "get", "mfa"],
            2,
            "invalid value '99999' for '--timeout <SECONDS>': 99999 is not in 1..=3600",
        ),
        (
            "output unknown",
            &["-o", "xml", "account", "get", "mfa"],
            2,
            "invalid value 'xml' for '--output <FORMAT>'",
        ),
        (
            "endpoint empty",
            &["-e", "", "account", "get", "mfa"],
            2,
            "-e/--endpoint: \"\" is not a URL",
        ),
        (
            "endpoint ftp",
            &["-e", "ftp://example.org", "account", "get", "mfa"],
            2,
            "-e/--endpoint: \"ftp://example.org\" must be an http:// or https:// URL",
        ),
        (
            "endpoint scheme missing a slash",
            &["-e", "https:/vss.example.org", "account", "get", "mfa"],
            2,
            "-e/--endpoint: \"https:/vss.example.org\" must be an http:// or https:// URL",
        ),
        (
            "endpoint no host",
            &["-e", "http://", "account", "get", "mfa"],
            2,
            "-e/--endpoint: \"http://\" is not a URL",
        ),
        (
            "endpoint spaces",
            &["-e", "not a url", "account", "get", "mfa"],
            2,
            "-e/--endpoint: \"not a url\" is not a URL",
        ),
        (
            "totp short",
            &["--totp", "12345", "account", "get", "mfa"],
            2,
            TOTP_FORM,
        ),
        (
            "totp long",
            &["--totp", "1234567", "account", "get", "mfa"],
            2,
            TOTP_FORM,
        ),
        (
            "totp auto without secret",
            &["--totp", "auto", "account", "get", "mfa"],
            2,
            "--totp auto: no TOTP secret is stored for u",
        ),
        (
            "colour unknown",
            &["--color", "sometimes", "account", "get", "mfa"],
            2,
            "invalid value 'sometimes' for '--color <WHEN>'",
        ),
        (
            "unknown command",
            &["account", "frobnicate"],
            2,
            "unrecognized subcommand 'frobnicate'",
        ),
        (
            "unknown flag",
            &["account", "get", "mfa", "--frobnicate"],
            2,
            "unexpected argument '--frobnicate' found",
        ),
        (
            "totp and recovery code",
            &[
                "--totp",
                "123456",
                "--recovery-code",
                "abcd-efgh-ijkl-mnop",
                "token",
                "mk",
            ],
            2,
            "the argument '--totp <CODE>' cannot be used with '--recovery-code <CODE>'",
        ),
        (
            "setting unknown",
            &["configure", "set", "colour", "red"],
            2,
            "unknown setting \"colour\"; settable: default_endpoint_name, output, timeout",
        ),
        (
            "setting bad timeout",
            &["configure", "set", "timeout", "soon"],
            2,
            "timeout is a number of seconds, 1 to 3600",
        ),
        (
            "remove unknown endpoint",
            &["configure", "rm", "nowhere"],
            2,
            "no endpoint is called \"nowhere\"",
        ),
        (
            "secret store unknown",
            &["--secret-store", "cloud", "account", "get", "mfa"],
            2,
            "invalid value 'cloud' for '--secret-store <STORE>'",
        ),
        (
            "verify with a recovery code",
            &[
                "--recovery-code",
                "abcd-efgh-ijkl-mnop",
                "account",
                "set",
                "mfa",
                "verify",
            ],
            2,
            "verify takes a one-time code; recovery codes are for logging in",
        ),
        (
            "remember secret of EMAIL",
            &["account", "set", "mfa", "mk", "EMAIL", "--remember-secret"],
            2,
            "--remember-secret keeps an AUTHENTICATOR secret",
        ),
        (
            "grace period without mandatory",
            &[
                "admin",
                "domain",
                "set",
                "eng",
                "--totp-optional",
                "--grace-period",
                "5",
            ],
            2,
            "the argument '--totp-optional' cannot be used with '--grace-period <DURATION>'",
        ),
        (
            "account name dot dot",
            &["admin", "user", "alert", ".."],
            2,
            "the user name \"..\" is not a valid name",
        ),
    ];
    for (case, argv, code, says) in args {
        let mut cmd = env.cli("u");
        cmd.args(*argv);
        expect(case, cmd, *code, says);
    }

    let envs: &[(&str, &str, &str, i32, &str)] = &[
        (
            "VSS_OUTPUT unknown",
            "VSS_OUTPUT",
            "xml",
            2,
            "invalid value 'xml' for '--output <FORMAT>'",
        ),
        (
            "VSS_TIMEOUT letters",
            "VSS_TIMEOUT",
            "abc",
            2,
            "invalid value 'abc' for '--timeout <SECONDS>'",
        ),
        ("VSS_USER_OTP short", "VSS_USER_OTP", "12", 2, TOTP_FORM),
        (
            "VSS_ENDPOINT garbage",
            "VSS_ENDPOINT",
            "::::",
            2,
            "-e/--endpoint: \"::::\" must be an http:// or https:// URL",
        ),
        (
            "VSS_SECRET_STORE unknown",
            "VSS_SECRET_STORE",
            "cloud",
            2,
            "invalid value 'cloud' for '--secret-store <STORE>'",
        ),
        (
            "VSS_USER empty, no terminal",
            "VSS_USER",
            "",
            2,
            "the user name is needed and there is no terminal to ask for it",
        ),
        (
            "VSS_USER_PASS control characters",
            "VSS_USER_PASS",
            "\u{1}\u{7f}nope",
            3,
            BAD_PASSWORD,
        ),
    ];
    for (case, var, value, code, says) in envs {
        let mut cmd = env.cli("u");
        // Each case logs in for itself: no token an earlier case kept.
        cmd.env(var, value)
            .args(["--no-session", "account", "get", "mfa"]);
        expect(case, cmd, *code, says);
    }
}

#[test]
fn hostile_standard_input() {
    let env = Env::start();
    env.add_user("u");
    let stdin_empty = "standard input is empty: expected the password (--password-stdin) on its \
                       first line";
    let cases: &[(&str, &[&str], &str, i32, &str)] = &[
        (
            "password-stdin empty",
            &["--password-stdin", "account", "get", "mfa"],
            "",
            2,
            stdin_empty,
        ),
        (
            "password-stdin blank line",
            &["--password-stdin", "account", "get", "mfa"],
            "\n",
            2,
            stdin_empty,
        ),
        (
            "password-stdin wrong",
            &["--password-stdin", "account", "get", "mfa"],
            "wrong\n",
            3,
            BAD_PASSWORD,
        ),
        (
            "password-stdin binary",
            &["--password-stdin", "account", "get", "mfa"],
            "\u{fffd}\u{0}\n",
            3,
            BAD_PASSWORD,
        ),
        (
            "otp from empty stdin",
            &["account", "set", "mfa", "verify", "-"],
            "",
            2,
            "standard input is empty: expected the code on its first line",
        ),
        (
            "otp from stdin letters",
            &["account", "set", "mfa", "verify", "-"],
            "abcdef\n",
            2,
            OTP_FORM,
        ),
    ];
    for (case, argv, stdin, code, says) in cases {
        let mut cmd = env.cli("u");
        if argv.contains(&"--password-stdin") {
            cmd.env_remove("VSS_USER_PASS");
        }
        cmd.args(*argv).write_stdin(*stdin);
        expect(case, cmd, *code, says);
    }
}

#[test]
fn hostile_configuration_files() {
    let env = Env::start();
    env.add_user("u");
    let dir = env.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.yaml");
    let shown = config.display().to_string();
    let url = env.url();
    let damaged = format!("{shown} is not a valid configuration file");
    let not_text = format!("cannot read {shown}: stream did not contain valid UTF-8");
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        ("not yaml", b"{{{ [".to_vec(), 7, &damaged),
        ("endpoints not a list", b"endpoints: 5\n".to_vec(), 7, &damaged),
        ("binary", vec![0xff, 0xfe, 0x00, 0x01, 0x80], 7, &not_text),
        ("general a string", b"general: yes\n".to_vec(), 7, &damaged),
        (
            // Ignored, so the user name it would have given is missing.
            "auth not base64",
            format!("general:\n  default_endpoint_name: m\nendpoints:\n- name: m\n  url: {url}\n  auth: '%%%'\n").into_bytes(),
            2,
            "the user name is needed and there is no terminal to ask for it",
        ),
        (
            "url not a url",
            b"general:\n  default_endpoint_name: m\nendpoints:\n- name: m\n  url: 'ftp://x'\n  username: u\n".to_vec(),
            2,
            "-e/--endpoint: \"ftp://x\" must be an http:// or https:// URL",
        ),
    ];
    for (case, contents, code, says) in cases {
        std::fs::write(&config, contents).unwrap();
        let mut cmd = env.bare_cli();
        cmd.args(["account", "get", "mfa"]);
        expect(case, cmd, code, says);
    }
    // The configuration path is a directory.
    std::fs::remove_file(&config).unwrap();
    std::fs::create_dir(&config).unwrap();
    let mut cmd = env.bare_cli();
    cmd.args(["account", "get", "mfa"]);
    expect(
        "config is a folder",
        cmd,
        7,
        &format!("cannot read {shown}"),
    );
    std::fs::remove_dir(&config).unwrap();

    // A damaged secrets file behind a configured endpoint.
    std::fs::write(
        &config,
        format!("general:\n  default_endpoint_name: m\nendpoints:\n- name: m\n  url: {url}\n  username: u\n"),
    )
    .unwrap();
    let secrets = dir.join("secrets.yaml");
    std::fs::write(&secrets, "- [unclosed").unwrap();
    let mut cmd = env.bare_cli();
    cmd.args(["account", "get", "mfa"]);
    expect(
        "secrets damaged",
        cmd,
        7,
        &format!("{} is damaged", secrets.display()),
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "replies that are not the API, one after another"
)]
fn replies_that_are_not_the_api() {
    let env = Env::start();
    let json = "application/json";
    let huge = vec![b'x'; 2 << 20];
    let not_api = "is not the VSS API";
    let cases: Vec<(&str, Answer, i32, &str)> = vec![
        (
            "200 not json",
            Answer::raw_reply("200 OK", "text/html", b"<html>hi</html>"),
            6,
            not_api,
        ),
        (
            "200 wrong json",
            Answer::raw_reply("200 OK", json, br#"{"message": {"unexpected": true}}"#),
            6,
            not_api,
        ),
        (
            "200 empty",
            Answer::raw_reply("200 OK", json, b""),
            6,
            not_api,
        ),
        (
            "200 json array",
            Answer::raw_reply("200 OK", json, b"[1,2,3]"),
            6,
            not_api,
        ),
        (
            "500 html",
            Answer::raw_reply("500 Internal Server Error", "text/html", b"<h1>oops</h1>"),
            6,
            "HTTP 500",
        ),
        (
            "404 html",
            Answer::raw_reply("404 Not Found", "text/html", b"nope"),
            6,
            "HTTP 404",
        ),
        (
            "502 html",
            Answer::raw_reply(
                "502 Bad Gateway",
                "text/html",
                b"<html>502 Bad Gateway</html>",
            ),
            6,
            "HTTP 502",
        ),
        (
            "huge body",
            Answer::raw_reply("200 OK", json, &huge),
            6,
            "sent a reply larger than 1024 KiB",
        ),
        (
            "401 api error",
            Answer::raw_reply(
                "401 Unauthorized",
                json,
                br#"{"error":"Unauthorized","message":"no"}"#,
            ),
            3,
            "error: no",
        ),
        (
            "403 enforcement",
            Answer::raw_reply(
                "403 Forbidden",
                json,
                br#"{"error":"TotpEnforcement","message":"TotpEnforcement: Must enable TOTP"}"#,
            ),
            4,
            "error: Must enable TOTP",
        ),
        (
            "409 conflict",
            Answer::raw_reply(
                "409 Conflict",
                json,
                br#"{"error":"Conflict","message":"already"}"#,
            ),
            1,
            "error: already",
        ),
        (
            "503 api error",
            Answer::raw_reply(
                "503 Service Unavailable",
                json,
                br#"{"error":"Unavailable","message":"later"}"#,
            ),
            6,
            "later",
        ),
        (
            "not http",
            Answer::raw(b"SSH-2.0-OpenSSH_9.2\r\n".to_vec()),
            5,
            "cannot reach",
        ),
        ("closed at once", Answer::raw(Vec::new()), 5, "cannot reach"),
        (
            "truncated body",
            Answer::raw(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"to".to_vec()),
            5,
            "cannot reach",
        ),
    ];
    for (case, answer, code, says) in cases {
        let endpoint = Recorder::http(move |_| answer.clone());
        let mut cmd = env.bare_cli();
        cmd.env("VSS_ENDPOINT", endpoint.url())
            .env("VSS_USER", "u")
            .env("VSS_USER_PASS", "p")
            .args(["account", "set", "mfa", "get-token"]);
        expect(case, cmd, code, says);
    }
}
