//! What comes from the server or from data reaches the terminal only as text: control
//! characters (escape sequences, OSC 8 links, title changes, C1, DEL, newlines the client did
//! not put there) are shown, never obeyed; and every value in a command printed for copy and
//! paste is shell-quoted, so the pasted command runs as shown.

use serde_json::{json, Value};
use vss_testkit::{assert_cmd_snapshot, Answer, Env, Recorder, PASSWORD};

/// Everything a terminal would act on, or that hides text: colour and cursor escapes, an OSC
/// 8 link, a title change, a C1 CSI, DEL, a bidirectional override, zero-width characters,
/// U+FEFF, a soft hyphen, tag characters spelling a hidden word, and a newline with a forged
/// line after it.
const HOSTILE: &str =
    "\u{1b}[31mred\u{1b}[0m \u{1b}]8;;https://evil.example/\u{7}click\u{1b}]8;;\u{7} \
                       \u{1b}]0;owned\u{7}\u{9b}2J\u{7f}\u{202e}txt.exe \
                       a\u{200b}d\u{200d}m\u{2060}i\u{feff}n\u{ad}\u{e0041}\u{e0042}\u{e007f}\
                       \nerror: forged line";

/// The invisible characters [`HOSTILE`] holds besides the controls and bidi overrides.
const INVISIBLE: [char; 8] = [
    '\u{200b}',
    '\u{200d}',
    '\u{2060}',
    '\u{feff}',
    '\u{ad}',
    '\u{e0041}',
    '\u{e0042}',
    '\u{e007f}',
];

/// No byte a terminal acts on or that hides text: C0 other than the newline, DEL, C1, the
/// bidi overrides, the invisible characters.
#[track_caller]
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
                || INVISIBLE.contains(&c)
        })
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?} in {text:?}");
    assert!(
        !text.contains("\nerror: forged line"),
        "{what}: a forged line: {text}"
    );
}

/// A fake endpoint whose every message and every name is [`HOSTILE`].
fn hostile_endpoint() -> Recorder {
    Recorder::http(|request| {
        let (method, path) = (request.method.as_str(), request.path.as_str());
        let user = json!({
            "username": HOSTILE,
            "domain": HOSTILE,
            "email": HOSTILE,
            "role": HOSTILE,
            "mfa": {"state": "enabled", "method": "EMAIL", "enabled_on": HOSTILE,
                    "recovery_codes_left": 3},
            "require_mfa": false,
            "can_toggle_mfa": true,
            "required": false,
        });
        let (status, body) = match (method, path) {
            ("GET", p) if p.starts_with("/v2/admin/users") => (
                200,
                json!({"data": [user], "page": 1, "per_page": 1, "total": 2}).to_string(),
            ),
            ("GET", "/v2/admin/domains") => (
                200,
                json!({"data": [{"name": HOSTILE, "totp": "optional", "grace_period_hours": null,
                                 "mandatory_since": null, "deadline": null, "accounts": 1}]})
                .to_string(),
            ),
            ("GET", "/v2/user") => (
                200,
                json!({"data": {"username": HOSTILE, "email": HOSTILE, "domain": HOSTILE,
                                "totp": {"enabled": true, "method": "EMAIL",
                                         "enabled_on": HOSTILE}}})
                .to_string(),
            ),
            ("POST", "/tf/request-token") => {
                (200, json!({"message": HOSTILE, "type": "info"}).to_string())
            }
            _ => (
                400,
                json!({"error": "InvalidRequest", "message": HOSTILE}).to_string(),
            ),
        };
        Answer::json_text(status, body)
    })
}

#[test]
fn escapes_from_the_server_are_shown_not_obeyed() {
    let env = Env::start();
    let fake = hostile_endpoint();
    let cli = |args: &[&str]| {
        let mut cmd = env.bare_cli();
        cmd.env("VSS_ENDPOINT", fake.url())
            .env("VSS_USER", "ann")
            .env("VSS_USER_PASS", PASSWORD)
            .env("VSS_TOKEN", "a.b.c")
            .args(args);
        cmd
    };
    // A message on success and in a refusal, as a person reads them.
    assert_cmd_snapshot!(
        "hostile_message_on_success",
        cli(&["account", "set", "mfa", "get-token"])
    );
    assert_cmd_snapshot!(
        "hostile_message_in_a_refusal",
        cli(&["account", "set", "mfa", "verify", "123456"])
    );
    // Names, domains and e-mails in the administrator's lists, as a table.
    assert_cmd_snapshot!("hostile_names_in_a_table", cli(&["admin", "user", "ls"]));
    for args in [
        &["account", "set", "mfa", "get-token"][..],
        &["account", "set", "mfa", "verify", "123456"],
        &["account", "set", "mfa", "rm", "--yes"],
        &["account", "get", "mfa"],
        &["admin", "user", "ls"],
        &["admin", "domain", "ls"],
        &["-o", "json", "admin", "user", "ls"],
        &["-o", "yaml", "admin", "user", "ls"],
        &["-o", "ndjson", "admin", "user", "ls"],
        // Chosen columns, a record inside one shown as JSON text.
        &[
            "admin",
            "user",
            "ls",
            "--columns",
            "NAME=username,MFA=mfa,MAIL=email",
        ],
        &["--table-format", "grid", "admin", "domain", "ls"],
        &["-o", "json", "account", "get", "mfa"],
        &["-o", "json", "account", "set", "mfa", "get-token"],
    ] {
        let out = cli(args).output().unwrap();
        let what = args.join(" ");
        assert_inert(&format!("{what}: stdout"), &out.stdout);
        assert_inert(&format!("{what}: stderr"), &out.stderr);
    }
    // JSON and YAML keep the data exactly: escaped, not altered.
    let out = cli(&["-o", "json", "admin", "user", "ls"])
        .output()
        .unwrap();
    let users: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(users[0]["username"], HOSTILE);
    let out = cli(&["-o", "json", "account", "set", "mfa", "get-token"])
        .output()
        .unwrap();
    let sent: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sent["message"], HOSTILE);
}

#[test]
fn configuration_values_are_shown_not_obeyed() {
    let env = Env::start();
    let dir = env.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let config = json!({
        "general": {"default_endpoint_name": HOSTILE},
        "endpoints": [{"name": HOSTILE, "url": "https://example.org", "username": HOSTILE}],
    });
    // JSON with every character outside printable ASCII as a \u escape is YAML too.
    let text: String = config
        .to_string()
        .chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() {
                c.to_string()
            } else if u32::from(c) > 0xffff {
                // YAML's escape beyond the Basic Multilingual Plane (the tag characters).
                format!("\\U{:08x}", u32::from(c))
            } else {
                format!("\\u{:04x}", u32::from(c))
            }
        })
        .collect();
    std::fs::write(dir.join("config.yaml"), text).unwrap();
    for args in [
        &["configure", "ls"][..],
        &["-o", "yaml", "configure", "ls"],
        &["__complete-endpoints"],
        &["configure", "set", "timeout", "30"],
        &["configure", "rm", HOSTILE],
    ] {
        let out = env.bare_cli().args(args).output().unwrap();
        let what = args.join(" ");
        assert!(out.status.success(), "{what}: {out:?}");
        assert_inert(&format!("{what}: stdout"), &out.stdout);
        assert_inert(&format!("{what}: stderr"), &out.stderr);
    }
}

/// The line of `text` that begins (after spaces) with `vss-cli `.
fn printed_command(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with("vss-cli "))
        .unwrap_or_else(|| panic!("no command in {text}"))
        .to_owned()
}

/// The words `sh` passes to `vss-cli` when `command` is pasted (a stand-in `vss-cli` prints
/// them, one a line), and what the shell wrote on stderr.
fn as_pasted(command: &str) -> (Vec<String>, String) {
    let dir = tempfile::tempdir().unwrap();
    let stand_in = dir.path().join("vss-cli");
    std::fs::write(&stand_in, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&stand_in, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", command])
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let words = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    (words, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn printed_commands_pass_every_value_through_a_shell_intact() {
    let env = Env::start();
    let user = "x$(id>&2)'`id>&2`\"; id>&2 #";
    // An endpoint whose URL a shell would also act on; it answers an EMAIL enrolment.
    let fake = Recorder::http(|request| {
        if request.path.ends_with("/tf/enable") {
            let body = json!({"message": "MFA enrolment started", "type": "info",
                              "issuer": "VSS", "recovery_codes": ["aaaa-bbbb-cccc-dddd"]});
            Answer::json(200, body)
        } else {
            let body = json!({"message": "A code was sent by e-mail", "type": "info"});
            Answer::json(200, body)
        }
    });
    let endpoint = format!("{}/$(id>&2)/'a b'", fake.url());
    let out = env
        .bare_cli()
        .env("VSS_USER_PASS", PASSWORD)
        .args(["-e", &endpoint, "-u", user])
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let command = printed_command(&String::from_utf8_lossy(&out.stderr));
    let (words, stderr) = as_pasted(&command);
    assert_eq!(
        words,
        ["-e", &endpoint, "-u", user, "account", "set", "mfa", "verify", "CODE"]
    );
    assert_eq!(stderr, "", "the shell ran something: {command}");

    // Against the real server, the pasted `verify` finishes the enrolment of that account.
    let user = "x$(id>&2)";
    env.server.add_user(vss_mock_server::NewUser {
        email: "x@example.com".into(),
        ..vss_testkit::user(user)
    });
    let out = env
        .cli(user)
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let command = printed_command(&String::from_utf8_lossy(&out.stderr));
    assert!(command.contains("-u 'x$(id>&2)'"), "{command}");
    let bin = vss_testkit::client::client_binary();
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let code = env.outbox().mailed_code("x");
    let out = std::process::Command::new("sh")
        .args(["-c", &command.replace("CODE", &code)])
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .env("VSS_USER_PASS", PASSWORD)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("MFA has been enabled (EMAIL)"), "{stderr}");
    assert!(!stderr.contains("uid="), "the shell ran id: {stderr}");
}
