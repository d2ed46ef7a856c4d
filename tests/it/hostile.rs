//! A matrix of hostile and malformed inputs to the client (arguments, environment, standard
//! input, configuration files, replies that are not the API). Each must end in a clear error
//! with the documented exit code: never a panic or a hang. The server's half is in the
//! server's tests.

use std::io::{Read, Write};

use std::time::Duration;

use vss_testkit::{Env, PASSWORD};

const LIMIT: Duration = Duration::from_secs(20);

/// Runs the client and checks the exit code and that it explained itself.
fn expect_client(env: &Env, case: &str, mut cmd: assert_cmd::Command, code: i32) {
    let out = cmd.timeout(LIMIT).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{case}: {stderr}");
    assert!(!stderr.contains("panicked"), "{case}: {stderr}");
    assert!(
        stderr.contains("error"),
        "{case}: no error message: {stderr}"
    );
    let _ = env;
}

#[test]
fn hostile_arguments_and_environment() {
    let env = Env::start();
    env.add_user("u");
    let long = "A".repeat(500);
    let args: &[(&str, &[&str], i32)] = &[
        (
            "unknown method",
            &["account", "set", "mfa", "mk", "PIGEON"],
            2,
        ),
        (
            "sms without phone",
            &["account", "set", "mfa", "mk", "SMS"],
            2,
        ),
        (
            "phone letters",
            &["account", "set", "mfa", "mk", "SMS", "--phone", "abc"],
            2,
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
        ),
        (
            "code too short",
            &["account", "set", "mfa", "verify", "12345"],
            2,
        ),
        (
            "code too long",
            &["account", "set", "mfa", "verify", "1234567"],
            2,
        ),
        (
            "code letters",
            &["account", "set", "mfa", "verify", "abcdef"],
            2,
        ),
        ("code empty", &["account", "set", "mfa", "verify", ""], 2),
        (
            "code unicode digits",
            &["account", "set", "mfa", "verify", "١٢٣٤٥٦"],
            2,
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
        ),
        (
            "token empty",
            &["account", "set", "mfa", "rm", "--confirmation-token", ""],
            2,
        ),
        (
            "token huge",
            &["account", "set", "mfa", "rm", "--confirmation-token", &long],
            2,
        ),
        (
            "timeout zero",
            &["--timeout", "0", "account", "get", "mfa"],
            2,
        ),
        (
            "timeout negative",
            &["--timeout", "-5", "account", "get", "mfa"],
            2,
        ),
        (
            "timeout huge",
            &["--timeout", "99999", "account", "get", "mfa"],
            2,
        ),
        ("output unknown", &["-o", "xml", "account", "get", "mfa"], 2),
        ("endpoint empty", &["-e", "", "account", "get", "mfa"], 2),
        (
            "endpoint ftp",
            &["-e", "ftp://example.org", "account", "get", "mfa"],
            2,
        ),
        (
            "endpoint no host",
            &["-e", "http://", "account", "get", "mfa"],
            2,
        ),
        (
            "endpoint spaces",
            &["-e", "not a url", "account", "get", "mfa"],
            2,
        ),
        (
            "totp short",
            &["--totp", "12345", "account", "get", "mfa"],
            2,
        ),
        (
            "totp auto without secret",
            &["--totp", "auto", "account", "get", "mfa"],
            2,
        ),
        (
            "colour unknown",
            &["--color", "sometimes", "account", "get", "mfa"],
            2,
        ),
        ("unknown command", &["account", "frobnicate"], 2),
        (
            "unknown flag",
            &["account", "get", "mfa", "--frobnicate"],
            2,
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
        ),
        ("setting unknown", &["configure", "set", "colour", "red"], 2),
        (
            "setting bad timeout",
            &["configure", "set", "timeout", "soon"],
            2,
        ),
        (
            "remove unknown endpoint",
            &["configure", "rm", "nowhere"],
            2,
        ),
        (
            "secret store unknown",
            &["--secret-store", "cloud", "account", "get", "mfa"],
            2,
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
        ),
    ];
    for (case, argv, code) in args {
        let mut cmd = env.cli("u");
        cmd.args(*argv);
        expect_client(&env, case, cmd, *code);
    }

    let envs: &[(&str, &str, &str, i32)] = &[
        ("VSS_OUTPUT unknown", "VSS_OUTPUT", "xml", 2),
        ("VSS_TIMEOUT letters", "VSS_TIMEOUT", "abc", 2),
        ("VSS_USER_OTP short", "VSS_USER_OTP", "12", 2),
        ("VSS_ENDPOINT garbage", "VSS_ENDPOINT", "::::", 2),
        ("VSS_SECRET_STORE unknown", "VSS_SECRET_STORE", "cloud", 2),
        ("VSS_USER empty, no terminal", "VSS_USER", "", 2),
        (
            "VSS_USER_PASS control characters",
            "VSS_USER_PASS",
            "\u{1}\u{7f}nope",
            3,
        ),
    ];
    for (case, var, value, code) in envs {
        let mut cmd = env.cli("u");
        cmd.env(var, value).args(["account", "get", "mfa"]);
        expect_client(&env, case, cmd, *code);
    }
}

#[test]
fn hostile_standard_input() {
    let env = Env::start();
    env.add_user("u");
    let cases: &[(&str, &[&str], &str, i32)] = &[
        (
            "password-stdin empty",
            &["--password-stdin", "account", "get", "mfa"],
            "",
            2,
        ),
        (
            "password-stdin blank line",
            &["--password-stdin", "account", "get", "mfa"],
            "\n",
            2,
        ),
        (
            "password-stdin wrong",
            &["--password-stdin", "account", "get", "mfa"],
            "wrong\n",
            3,
        ),
        (
            "password-stdin binary",
            &["--password-stdin", "account", "get", "mfa"],
            "\u{fffd}\u{0}\n",
            3,
        ),
        (
            "otp from empty stdin",
            &["account", "set", "mfa", "verify", "-"],
            "",
            2,
        ),
        (
            "otp from stdin letters",
            &["account", "set", "mfa", "verify", "-"],
            "abcdef\n",
            2,
        ),
    ];
    for (case, argv, stdin, code) in cases {
        let mut cmd = env.cli("u");
        cmd.env_remove("VSS_USER_PASS");
        if !argv.contains(&"--password-stdin") {
            cmd.env("VSS_USER_PASS", PASSWORD);
        }
        cmd.args(*argv).write_stdin(*stdin);
        expect_client(&env, case, cmd, *code);
    }
}

#[test]
fn hostile_configuration_files() {
    let env = Env::start();
    env.add_user("u");
    let dir = env.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.yaml");
    let url = env.url();
    let cases: Vec<(&str, Vec<u8>, i32)> = vec![
        ("not yaml", b"{{{ [".to_vec(), 7),
        ("endpoints not a list", b"endpoints: 5\n".to_vec(), 7),
        ("binary", vec![0xff, 0xfe, 0x00, 0x01, 0x80], 7),
        ("general a string", b"general: yes\n".to_vec(), 7),
        (
            "auth not base64",
            format!("general:\n  default_endpoint_name: m\nendpoints:\n- name: m\n  url: {url}\n  auth: '%%%'\n").into_bytes(),
            2,
        ),
        (
            "url not a url",
            b"general:\n  default_endpoint_name: m\nendpoints:\n- name: m\n  url: 'ftp:/x'\n".to_vec(),
            2,
        ),
    ];
    for (case, contents, code) in cases {
        std::fs::write(&config, contents).unwrap();
        let mut cmd = env.bare_cli();
        cmd.args(["account", "get", "mfa"]);
        expect_client(&env, case, cmd, code);
    }
    // The configuration path is a directory.
    std::fs::remove_file(&config).unwrap();
    std::fs::create_dir(&config).unwrap();
    let mut cmd = env.bare_cli();
    cmd.args(["account", "get", "mfa"]);
    expect_client(&env, "config is a folder", cmd, 7);
    std::fs::remove_dir(&config).unwrap();

    // A damaged secrets file behind a configured endpoint.
    std::fs::write(
        &config,
        format!("general:\n  default_endpoint_name: m\nendpoints:\n- name: m\n  url: {url}\n  username: u\n"),
    )
    .unwrap();
    std::fs::write(dir.join("secrets.yaml"), "- [unclosed").unwrap();
    let mut cmd = env.bare_cli();
    cmd.args(["account", "get", "mfa"]);
    expect_client(&env, "secrets damaged", cmd, 7);
}

/// Serves one canned raw HTTP reply to every connection, for a few seconds.
fn canned(reply: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        listener.set_nonblocking(true).unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        while std::time::Instant::now() < deadline {
            match listener.accept() {
                Ok((mut conn, _)) => {
                    conn.set_nonblocking(false).unwrap();
                    let mut buf = [0u8; 8192];
                    let _ = conn.read(&mut buf);
                    let _ = conn.write_all(&reply);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    url
}

fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    reply.extend_from_slice(body);
    reply
}

#[test]
fn replies_that_are_not_the_api() {
    let env = Env::start();
    let json = "application/json";
    let huge = vec![b'x'; 2 << 20];
    let cases: Vec<(&str, Vec<u8>, i32)> = vec![
        (
            "200 not json",
            http("200 OK", "text/html", b"<html>hi</html>"),
            6,
        ),
        (
            "200 wrong json",
            http("200 OK", json, br#"{"message": {"unexpected": true}}"#),
            6,
        ),
        ("200 empty", http("200 OK", json, b""), 6),
        ("200 json array", http("200 OK", json, b"[1,2,3]"), 6),
        (
            "500 html",
            http("500 Internal Server Error", "text/html", b"<h1>oops</h1>"),
            6,
        ),
        ("404 html", http("404 Not Found", "text/html", b"nope"), 6),
        ("huge body", http("200 OK", json, &huge), 6),
        (
            "401 api error",
            http(
                "401 Unauthorized",
                json,
                br#"{"error":"Unauthorized","message":"no"}"#,
            ),
            3,
        ),
        (
            "403 enforcement",
            http(
                "403 Forbidden",
                json,
                br#"{"error":"TotpEnforcement","message":"TotpEnforcement: Must enable TOTP"}"#,
            ),
            4,
        ),
        (
            "409 conflict",
            http(
                "409 Conflict",
                json,
                br#"{"error":"Conflict","message":"already"}"#,
            ),
            1,
        ),
        (
            "503 api error",
            http(
                "503 Service Unavailable",
                json,
                br#"{"error":"Unavailable","message":"later"}"#,
            ),
            6,
        ),
        ("not http", b"SSH-2.0-OpenSSH_9.2\r\n".to_vec(), 5),
        ("closed at once", Vec::new(), 5),
        (
            "truncated body",
            b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"to".to_vec(),
            5,
        ),
    ];
    for (case, reply, code) in cases {
        let url = canned(reply);
        let mut cmd = env.bare_cli();
        cmd.env("VSS_ENDPOINT", &url)
            .env("VSS_USER", "u")
            .env("VSS_USER_PASS", "p")
            .args(["account", "set", "mfa", "get-token"]);
        expect_client(&env, case, cmd, code);
    }
}
