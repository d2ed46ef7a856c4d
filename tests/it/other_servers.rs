//! What a server other than the bundled one may answer, and the client must take: replies with
//! only the fields the Python client reads, or fewer (a recording proxy in front of the
//! bundled server cuts them down), and no knowledge of this project's extensions (a fake
//! endpoint answers as such a server would). Whatever is missing, the client works on and says
//! something sensible, in its own words where the server said nothing.

use serde_json::{json, Value};
use vss_testkit::{assert_cmd_snapshot, json_out, Answer, Env, Recorded, Recorder, PASSWORD};

use crate::messages::settings;

/// Snapshots `cmd` under `name` with the filters of the message snapshots.
macro_rules! snap {
    ($name:expr, $cmd:expr) => {
        settings().bind(|| assert_cmd_snapshot!($name, $cmd))
    };
}

/// The bundled server behind a proxy that passes its replies through `cut`, and our client
/// pointed at the proxy.
struct Terse {
    env: Env,
    proxy: Recorder,
}

impl Terse {
    fn start(cut: impl Fn(&Recorded, &mut Value) + Send + Sync + 'static) -> Terse {
        let env = Env::start();
        let proxy = Recorder::proxy(
            &env.url(),
            None,
            |_| {},
            move |request, answer| {
                if answer.status == 200 {
                    answer.edit_json(|body| cut(request, body));
                }
            },
        );
        Terse { env, proxy }
    }

    fn cli(&self, user: &str) -> assert_cmd::Command {
        let mut cmd = self.env.bare_cli();
        cmd.env("VSS_ENDPOINT", self.proxy.url())
            .env("VSS_USER", user)
            .env("VSS_USER_PASS", PASSWORD);
        cmd
    }
}

/// The recovery-code files in `dir`.
fn code_files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("recovery_codes.txt"))
        .collect();
    names.sort();
    names
}

#[test]
fn replies_of_nothing_get_the_clients_own_words() {
    // Every `/tf/` call answers `{}`, `/v2/user` an empty `data`; the login only its token.
    let terse = Terse::start(|request, body| {
        if request.route().starts_with("/tf/") {
            *body = json!({});
        } else if request.route() == "/v2/user" {
            *body = json!({"data": {}});
        } else if request.route() == "/auth/request-token" {
            *body = json!({"token": body["token"]});
        }
    });
    let env = &terse.env;
    env.add_user("ann");
    let home = env.home.path();

    // No recovery codes: said so, and no file.
    snap!(
        "terse_mk_email",
        terse
            .cli("ann")
            .args(["account", "set", "mfa", "mk", "EMAIL"])
    );
    assert_eq!(code_files(home), Vec::<String>::new());
    snap!(
        "terse_verify",
        terse
            .cli("ann")
            .args(["account", "set", "mfa", "verify", &env.mailed_code("ann")])
    );
    env.next_step();
    snap!(
        "terse_get_token",
        terse
            .cli("ann")
            .args(["account", "set", "mfa", "get-token"])
    );
    // A profile without `totp`: nothing to show but the account, whose name the token has.
    snap!(
        "terse_get_mfa",
        terse
            .cli("ann")
            .env("VSS_USER_OTP", env.mailed_code("ann"))
            .args(["-o", "json", "account", "get", "mfa"])
    );
    snap!(
        "terse_rm",
        terse.cli("ann").args(["account", "set", "mfa", "rm"])
    );
    snap!(
        "terse_rm_confirmed",
        terse.cli("ann").args([
            "account",
            "set",
            "mfa",
            "rm",
            "--confirmation-token",
            &env.mailed_token("ann"),
        ])
    );
    // It really is off.
    let st = json_out(env.cli("ann").args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["state"], "disabled");
}

#[test]
fn the_issuer_comes_from_the_uri_else_the_file_is_named_without_one() {
    // `/tf/enable` without `issuer`, `message` or `type`.
    let terse = Terse::start(|request, body| {
        if request.route() == "/tf/enable" {
            let map = body.as_object_mut().unwrap();
            for field in ["issuer", "message", "type"] {
                map.remove(field);
            }
        }
    });
    let env = &terse.env;
    env.add_user("ann");
    env.add_user("bo");
    let home = env.home.path();

    // AUTHENTICATOR: the URI names the issuer.
    let enrolled = json_out(terse.cli("ann").args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
    ]));
    assert_eq!(enrolled["issuer"], "VSS");
    assert_eq!(
        enrolled["recovery_codes_file"],
        "ann_VSS_recovery_codes.txt"
    );
    let text = std::fs::read_to_string(home.join("ann_VSS_recovery_codes.txt")).unwrap();
    assert!(text.contains("# Issuer:   VSS\n"), "{text}");

    // EMAIL: no URI, so no issuer; the file is named after the account alone.
    snap!(
        "terse_mk_email_without_issuer",
        terse
            .cli("bo")
            .args(["account", "set", "mfa", "mk", "EMAIL"])
    );
    assert_eq!(
        code_files(home),
        ["ann_VSS_recovery_codes.txt", "bo_recovery_codes.txt"]
    );
    let text = std::fs::read_to_string(home.join("bo_recovery_codes.txt")).unwrap();
    assert!(!text.contains("Issuer"), "{text}");
    assert_eq!(
        text.lines().filter(|l| !l.starts_with('#')).count(),
        10,
        "{text}"
    );
}

#[test]
fn new_recovery_codes_from_a_terse_server() {
    // The minimal replies: `recovery_codes` and `issuer`, no message.
    let env = Env::start_https_with(vss_testkit::Trust::Flag, |config| {
        config.replies = vss_mock_server::Replies::Minimal
    });
    env.add_user("ann");
    let key = env.enable_authenticator("ann");
    snap!(
        "minimal_recovery_codes",
        env.cli("ann").args([
            "--totp",
            &env.totp_now(&key),
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--no-save-recovery-codes",
        ])
    );

    // A server that answers with no codes at all.
    let terse = Terse::start(|request, body| {
        if request.route() == "/tf/recovery-codes" {
            *body = json!({});
        }
    });
    terse.env.add_user("bo");
    let key = terse.env.enable_authenticator("bo");
    snap!(
        "terse_recovery_codes_none_sent",
        terse.cli("bo").args([
            "--totp",
            &terse.env.totp_now(&key),
            "account",
            "set",
            "mfa",
            "recovery-codes",
        ])
    );
    assert_eq!(code_files(terse.env.home.path()), Vec::<String>::new());
}

/// A server that knows the calls of the Python client (and takes every code) but none of
/// this project's extensions: it answers each extension call with `unknown`.
fn without_extensions(unknown: Answer) -> Recorder {
    Recorder::http(move |request| {
        let body = request.json().unwrap_or(Value::Null);
        let extension = request.route() == "/tf/recovery-codes"
            || body.get("purpose").is_some()
            || (request.route() == "/tf/enable" && body.get("otp").is_some());
        if extension {
            return unknown.clone();
        }
        Answer::json(200, json!({"message": "done", "type": "info"}))
    })
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a server without the extensions, reply by reply"
)]
fn a_server_without_an_extension_is_named_as_such() {
    let home = tempfile::tempdir().unwrap();
    let cli = |server: &Recorder| {
        let mut cmd = assert_cmd::Command::new(vss_testkit::client::client_binary());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .current_dir(home.path())
            .env("VSS_ENDPOINT", server.url())
            .env("VSS_USER", "ann")
            .env("VSS_USER_PASS", PASSWORD)
            .write_stdin("");
        cmd
    };
    let html_404 = Answer::raw_reply("404 Not Found", "text/html", b"<h1>Not Found</h1>");
    let server = without_extensions(html_404);

    // Without the extension's option nothing of it is sent, and the call works.
    cli(&server)
        .args(["account", "set", "mfa", "get-token"])
        .assert()
        .success();
    snap!(
        "extension_pending_code_404",
        cli(&server).args(["account", "set", "mfa", "get-token", "--pending"])
    );
    let sent: Vec<Option<Value>> = server.requests().iter().map(Recorded::json).collect();
    assert_eq!(sent, [None, Some(json!({"purpose": "verify"}))]);

    let not_found = Answer::json(
        404,
        json!({"error": "NotFound", "message": "No such call: POST /tf/recovery-codes"}),
    );
    snap!(
        "extension_recovery_codes_404",
        cli(&without_extensions(not_found)).args([
            "--totp",
            "123456",
            "account",
            "set",
            "mfa",
            "recovery-codes",
        ])
    );
    // A server that ignores the proof and sees an account whose MFA is on already.
    let conflict = Answer::json(
        409,
        json!({"error": "Conflict", "message": "MFA is already enabled"}),
    );
    snap!(
        "extension_replace_409",
        cli(&without_extensions(conflict)).args([
            "--totp",
            "123456",
            "account",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            "416-555-0100",
            "--replace",
        ])
    );
    let unknown_kind = Answer::json(
        400,
        json!({"error": "ValidationError", "message": "unexpected field: purpose"}),
    );
    snap!(
        "extension_pending_code_400",
        cli(&without_extensions(unknown_kind)).args([
            "account",
            "set",
            "mfa",
            "get-token",
            "--pending"
        ])
    );
    let not_allowed = Answer::json(
        405,
        json!({"error": "MethodNotAllowed", "message": "POST is not allowed here"}),
    );
    snap!(
        "extension_recovery_codes_405",
        cli(&without_extensions(not_allowed)).args([
            "--totp",
            "123456",
            "account",
            "set",
            "mfa",
            "recovery-codes",
        ])
    );
}
