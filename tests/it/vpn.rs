//! The VPN's MFA gateway: `vpn gw on | off | log | status` against the bundled server's
//! gateway (on a listener of its own, as the real gateway is another host, or on the API's),
//! with the account's credentials from wherever the auth layer finds them, and a code from
//! every source a login takes: `--otp` (spaces fine, `-` for standard input, the Python tool's
//! `-o CODE`), `--totp`, `VSS_USER_OTP` and pyvss's `VSS_API_USER_OTP`, `--totp auto`, a
//! code-giving program (a just-used code waited out into the next step), the prompt (with an
//! e-mailed code sent first). Without a terminal and a code nothing is sent. Refusals have the
//! API's exit codes. The real Python `vss-cli` opens, closes and reads the log of the same
//! gateway.
//!
//! Codes are computed from the key the server handed out (by the test, or by `oathtool` in a
//! program vss-cli runs), by the server's clock where the test gives them, by this computer's
//! where vss-cli makes them.

use serde_json::json;
use vss_mock_server::Config;
use vss_testkit::programs::{room_in_step, Programs};
use vss_testkit::{json_out, python, totp_at, Answer, Env, Recorder, Trust, PASSWORD};

/// Runs `cmd` and compares what it did with the snapshot `name` (the filters of
/// [`crate::messages::settings`]; `command` is the command line, kept as the snapshot's
/// description). Returns what it did, as rendered.
fn snap(name: &str, command: &str, cmd: &mut assert_cmd::Command) -> String {
    let text = vss_testkit::snapshot::render(cmd);
    let mut settings = crate::messages::settings();
    settings.set_description(command);
    settings.bind(|| {
        let text = text.as_str();
        vss_testkit::snapshot::insta::assert_snapshot!(name, text)
    });
    text
}

/// The exit code a rendered run ended with.
fn exit_code(rendered: &str) -> i32 {
    rendered
        .strip_prefix("exit code: ")
        .and_then(|rest| rest.lines().next())
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no exit code: {rendered}"))
}

/// The bundled server over HTTPS with the VPN gateway on a listener of its own, as the real
/// gateway is another host; the client trusts the server's authority with --ca-bundle.
fn start_with_gateway() -> (Env, String) {
    let env = Env::start_https_with(Trust::Flag, |config: &mut Config| {
        config.vpn_listen = Some("127.0.0.1:0".parse().unwrap());
    });
    let gateway = env.server.vpn_url().expect("the gateway's listener");
    (env, gateway)
}

/// `vss-cli` as `user` (credentials in the environment) with the gateway at `gateway`.
fn vpn(env: &Env, user: &str, gateway: &str) -> assert_cmd::Command {
    let mut cmd = env.cli(user);
    cmd.env("VSS_VPN_SERVER", gateway);
    cmd
}

/// Enrols `user` with AUTHENTICATOR (with `extra` arguments to `mk`) and verifies it with the
/// code of the previous time step, early enough in this one that this step's code and the
/// next one's are unused. Returns the key.
fn enrol(env: &Env, user: &str, extra: &[&str]) -> String {
    let enrolled = json_out(
        env.cli(user)
            .args(["-o", "json", "account", "set", "mfa", "mk", "AUTHENTICATOR"])
            .arg("--no-save-recovery-codes")
            .args(extra),
    );
    let key = enrolled["key"].as_str().unwrap().to_owned();
    room_in_step(10.0);
    env.cli(user)
        .args([
            "account",
            "set",
            "mfa",
            "verify",
            &totp_at(&key, env.clock.unix() - 30),
        ])
        .assert()
        .success();
    key
}

/// Enrols `user` with EMAIL and verifies it with the mailed code.
fn enrol_email(env: &Env, user: &str) {
    env.cli(user)
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .arg("--no-save-recovery-codes")
        .assert()
        .success();
    env.cli(user)
        .args(["account", "set", "mfa", "verify", &env.mailed_code(user)])
        .assert()
        .success();
}

/// The gateway's log of `user`, as lines without their times.
fn log_of(env: &Env, user: &str, gateway: &str) -> Vec<String> {
    let log = json_out(vpn(env, user, gateway).args([
        "-o",
        "json",
        "vpn",
        "gw",
        "log",
        "--since",
        "2000-01-01T00:00:00Z",
    ]));
    vss_testkit::strings(&log["log"])
        .into_iter()
        .map(|line| line.split_once(' ').unwrap().1.to_owned())
        .collect()
}

/// Puts a code into a command one way.
type Give = fn(&mut assert_cmd::Command, &str);

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each way to give a code, checked the same way"
)]
fn the_gateway_opens_with_a_code_given_every_way_a_login_takes_one() {
    let (env, gateway) = start_with_gateway();
    env.add_user("ann");
    let key = enrol(&env, "ann", &[]);
    let gw = || vpn(&env, "ann", &gateway);

    let text = snap(
        "vpn_gw_status",
        "vss-cli vpn gw status",
        gw().args(["vpn", "gw", "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    // The code as the app shows it, with a space.
    let code = env.totp_now(&key);
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    let text = snap(
        "vpn_gw_on",
        "vss-cli vpn gw on --otp '123 456'",
        gw().args(["vpn", "gw", "on", "--otp", &spaced]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let status = json_out(gw().args(["-o", "json", "vpn", "gw", "status"]));
    assert_eq!(status["gateway"], "open", "{status}");
    // Each code works once: the same exit as a refused login code.
    let text = snap(
        "vpn_gw_on_code_used",
        "vss-cli vpn gw on --otp CODE (the code just used)",
        gw().args(["vpn", "gw", "on", "--otp", &code]),
    );
    assert_eq!(exit_code(&text), 3, "{text}");
    let json = json_out(gw().args(["-o", "json", "vpn", "gw", "status"]));
    assert_eq!(json["mfa"], true);

    // Every other way a code is given, each in the next time step (by the server's clock).
    let ways: [(&str, Give); 5] = [
        ("VSS_USER_OTP", |cmd, code| {
            cmd.env("VSS_USER_OTP", code).args(["vpn", "gw", "on"]);
        }),
        ("pyvss's VSS_API_USER_OTP", |cmd, code| {
            cmd.env("VSS_API_USER_OTP", code).args(["vpn", "gw", "on"]);
        }),
        ("--totp CODE", |cmd, code| {
            cmd.args(["--totp", code, "vpn", "gw", "on"]);
        }),
        ("--otp - (standard input)", |cmd, code| {
            cmd.args(["vpn", "gw", "on", "--otp", "-"])
                .write_stdin(format!("{code}\n"));
        }),
        ("the Python tool's -o CODE", |cmd, code| {
            cmd.args(["vpn", "gw", "on", "-o", code]);
        }),
    ];
    for (way, give) in ways {
        env.next_step();
        let mut cmd = gw();
        give(&mut cmd, &env.totp_now(&key));
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{way}: {stderr}");
        assert!(stderr.contains("is open for ann"), "{way}: {stderr}");
    }
    assert_eq!(
        log_of(&env, "ann", &gateway)
            .iter()
            .filter(|l| l.starts_with("ann: gateway opened from 127.0.0.1"))
            .count(),
        6
    );
    // Back to this computer's time, so that the replies' dates do not warn of a clock far off.
    env.clock.advance(-5 * 30);

    let text = snap(
        "vpn_gw_off",
        "vss-cli vpn gw off",
        gw().args(["vpn", "gw", "off"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let text = snap(
        "vpn_gw_status_closed",
        "vss-cli -o json vpn gw status",
        gw().args(["-o", "json", "vpn", "gw", "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    // The log since a time as the Python tool writes it with -t (local time: TZ here), and
    // with its long name.
    let text = snap(
        "vpn_gw_log",
        "TZ=America/Toronto vss-cli vpn gw log -t '2020-01-01 00:00'",
        gw().env("TZ", "America/Toronto")
            .args(["vpn", "gw", "log", "-t", "2020-01-01 00:00"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert_eq!(text.matches("ann: ").count(), 8, "{text}");
    let text = snap(
        "vpn_gw_log_nothing_since",
        "vss-cli vpn gw log --timestamp '2999-01-01 00:00'",
        gw().env("TZ", "UTC")
            .args(["vpn", "gw", "log", "--timestamp", "2999-01-01 00:00"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let log = json_out(gw().args(["-o", "json", "vpn", "gw", "log", "--since", "1d"]));
    assert_eq!(log["username"], "ann");
    assert_eq!(log["log"].as_array().unwrap().len(), 8, "{log}");
    // Nothing of a code or the password in any of it.
    let all = log.to_string();
    assert!(!all.contains(&code) && !all.contains(PASSWORD), "{all}");
}

#[test]
fn a_morning_with_a_key_spends_one_code_on_the_login_and_waits_for_the_next() {
    if !vss_testkit::tools::program("oathtool", "apt-get install oathtool") {
        return;
    }
    let env = Env::start();
    let gateway = env.url();
    let programs = Programs::in_dir(&env.home.path().join("bin"));
    env.add_user("kim");
    let key = enrol(&env, "kim", &[]);
    // Like `ykman oath accounts code VSS:kim`: the account's name, then its code.
    programs.script(
        "ykman",
        &format!("printf 'VSS:kim  %s\\n' \"$(oathtool --totp -b {key})\""),
    );
    let ykman = "ykman oath accounts code VSS:kim";
    let morning = || {
        let mut cmd = vpn(&env, "kim", &gateway);
        cmd.env("PATH", programs.path())
            .env("VSS_TOTP_COMMAND", ykman);
        cmd
    };
    // Both in one time step: the login spends the step's code.
    room_in_step(8.0);
    morning().arg("status").assert().success();
    assert_eq!(programs.runs("ykman"), 1);
    // The gateway refuses the code the key gives again, and takes the next step's.
    let text = snap(
        "vpn_gw_on_totp_command",
        "VSS_TOTP_COMMAND='ykman oath accounts code VSS:kim' vss-cli vpn gw on (after a login \
         spent this step's code)",
        morning().args(["vpn", "gw", "on"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert_eq!(programs.runs("ykman"), 3);
    let log = log_of(&env, "kim", &gateway);
    assert_eq!(
        log,
        [
            "kim: code refused from 127.0.0.1: invalid, expired or used already",
            "kim: gateway opened from 127.0.0.1 with a code (AUTHENTICATOR)",
        ]
    );

    // A TOTP secret kept here (--totp auto): this step's code, unused, opens it at once.
    env.add_user("lee");
    enrol(&env, "lee", &["--remember-secret"]);
    vpn(&env, "lee", &gateway)
        .args(["--totp", "auto", "vpn", "gw", "on"])
        .assert()
        .success();
    assert_eq!(
        log_of(&env, "lee", &gateway),
        ["lee: gateway opened from 127.0.0.1 with a code (AUTHENTICATOR)"]
    );
}

#[test]
fn without_a_terminal_or_a_code_nothing_is_sent() {
    let env = Env::start();
    env.add_user("ann");
    let gateway = Recorder::http(|_| Answer::json(200, json!({"usages": "vpn", "method": "x"})));
    let text = snap(
        "vpn_gw_on_no_terminal",
        "vss-cli vpn gw on (no terminal, no code)",
        vpn(&env, "ann", &gateway.url()).args(["vpn", "gw", "on"]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    assert!(gateway.requests().is_empty(), "{:?}", gateway.requests());
    // A recovery code is for logins, not the gateway.
    let text = snap(
        "vpn_gw_on_recovery_code",
        "vss-cli --recovery-code abcd-efgh-ijkl-mnop vpn gw on",
        vpn(&env, "ann", &gateway.url()).args([
            "--recovery-code",
            "abcd-efgh-ijkl-mnop",
            "vpn",
            "gw",
            "on",
        ]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    let text = snap(
        "vpn_gw_on_malformed_code",
        "vss-cli vpn gw on --otp 12345",
        vpn(&env, "ann", &gateway.url()).args(["vpn", "gw", "on", "--otp", "12345"]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    let text = snap(
        "vpn_gw_status_malformed_server",
        "VSS_VPN_SERVER=ftp://vpn.example.org vss-cli vpn gw status",
        vpn(&env, "ann", "ftp://vpn.example.org").args(["vpn", "gw", "status"]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    assert!(gateway.requests().is_empty(), "{:?}", gateway.requests());
}

#[test]
fn refusals_have_the_exit_codes_of_the_api() {
    let (env, gateway) = start_with_gateway();
    env.add_user("ann");
    env.add_user("bob");
    let key = enrol(&env, "bob", &[]);

    // No MFA: the gateway's MFA is off; where to turn it on.
    let text = snap(
        "vpn_gw_on_mfa_off",
        "vss-cli vpn gw on --otp 123456 (the gateway's MFA is off)",
        vpn(&env, "ann", &gateway).args(["vpn", "gw", "on", "--otp", "123456"]),
    );
    assert_eq!(exit_code(&text), 4, "{text}");
    let text = snap(
        "vpn_gw_status_mfa_off",
        "vss-cli vpn gw status (the gateway's MFA is off)",
        vpn(&env, "ann", &gateway).args(["vpn", "gw", "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    // A wrong code, as a refused login code.
    let wrong = if env.totp_now(&key) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let text = snap(
        "vpn_gw_on_wrong_code",
        "vss-cli vpn gw on --otp 000000",
        vpn(&env, "bob", &gateway).args(["vpn", "gw", "on", "--otp", wrong]),
    );
    assert_eq!(exit_code(&text), 3, "{text}");
    // A wrong password.
    let text = snap(
        "vpn_gw_status_wrong_password",
        "VSS_USER_PASS=wrong vss-cli vpn gw status",
        vpn(&env, "bob", &gateway)
            .env("VSS_USER_PASS", "wrong")
            .args(["vpn", "gw", "status"]),
    );
    assert_eq!(exit_code(&text), 3, "{text}");
    // Unreachable, as an unreachable API.
    let nobody = vss_testkit::http::RefusingPort::new();
    let text = snap(
        "vpn_gw_off_unreachable",
        "vss-cli vpn gw off (nothing listens there)",
        vpn(&env, "bob", &nobody.url()).args(["vpn", "gw", "off"]),
    );
    assert_eq!(exit_code(&text), 5, "{text}");
    // After ten failed codes the gateway, like logins, refuses for a while (exit 1).
    for _ in 0..8 {
        vpn(&env, "bob", &gateway)
            .args(["vpn", "gw", "on", "--otp", wrong])
            .assert()
            .code(3);
    }
    let text = snap(
        "vpn_gw_on_locked",
        "vss-cli vpn gw on --otp 000000 (the tenth failure in a row)",
        vpn(&env, "bob", &gateway).args(["vpn", "gw", "on", "--otp", wrong]),
    );
    assert_eq!(exit_code(&text), 1, "{text}");
    vpn(&env, "bob", &gateway)
        .args(["vpn", "gw", "on", "--otp", &env.totp_now(&key)])
        .assert()
        .code(1);
}

#[test]
fn another_gateway_is_read_as_pyvss_reads_it() {
    let env = Env::start();
    env.add_user("ann");
    // A gateway that answers as a PHP page might: `usages` a list, the method its own word, a
    // refusal an HTML page holding "failed", a log with an entry that is no string.
    let gateway = Recorder::http(|r| match r.route() {
        "/otp/user-status-totp.php" => {
            Answer::json(200, json!({"usages": ["vpn", "ssh"], "method": "totp"}))
        }
        "/otp/enable-vpn-result.php" if r.body == b"otpass=123456" => Answer::raw_reply(
            "200 OK",
            "text/html",
            b"<html><body>Authentication failed</body></html>",
        ),
        "/otp/enable-vpn-result.php" => {
            Answer::raw_reply("200 OK", "text/html", b"<html><body>OK</body></html>")
        }
        "/otp/user-status-log.php" => Answer::json(
            200,
            json!({"log": ["2026-05-01 09:00:01 ann login ok", {"at": 1}]}),
        ),
        _ => Answer::raw_reply("404 Not Found", "text/html", b"<html>Not Found</html>"),
    });
    let gw = || vpn(&env, "ann", &gateway.url());
    let text = snap(
        "vpn_other_gateway_status",
        "vss-cli vpn gw status (a gateway whose usages is a list)",
        gw().args(["vpn", "gw", "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let text = snap(
        "vpn_other_gateway_refuses",
        "vss-cli vpn gw on --otp 123456 (a gateway that answers an HTML page holding \"failed\")",
        gw().args(["vpn", "gw", "on", "--otp", "123456"]),
    );
    assert_eq!(exit_code(&text), 3, "{text}");
    gw().args(["vpn", "gw", "on", "--otp", "654321"])
        .assert()
        .success();
    let text = snap(
        "vpn_other_gateway_log",
        "vss-cli vpn gw log",
        gw().args(["vpn", "gw", "log"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let text = snap(
        "vpn_other_gateway_off_not_found",
        "vss-cli vpn gw off (the gateway answers 404)",
        gw().args(["vpn", "gw", "off"]),
    );
    assert_eq!(exit_code(&text), 6, "{text}");
    // What went out: Basic auth on every call; no content type but the form's.
    for request in gateway.requests() {
        let auth = request.header("authorization").unwrap_or_default();
        assert!(auth.starts_with("Basic "), "{}", request.line());
        let expected = (request.method == "POST").then_some("application/x-www-form-urlencoded");
        assert_eq!(
            request.header("content-type"),
            expected,
            "{}",
            request.line()
        );
    }
}

#[test]
fn at_a_terminal_an_emailed_code_is_sent_and_asked_for() {
    let (env, gateway) = start_with_gateway();
    env.add_user("eve");
    enrol_email(&env, "eve");
    // The next code may be sent now.
    env.clock.advance(31);
    let cmd = env.pty_command("eve", &["--vpn-server", &gateway, "vpn", "gw", "on"]);
    let mut p = vss_testkit::pty::spawn(cmd);
    p.exp_string("Password").unwrap();
    p.send_line(PASSWORD).unwrap();
    p.exp_string("A code was sent by e-mail").unwrap();
    p.exp_string("Enter the 6-digit code for the VPN gateway")
        .unwrap();
    p.send_line("000000").unwrap();
    p.exp_string("2 tries left").unwrap();
    p.exp_string("Enter the 6-digit code for the VPN gateway")
        .unwrap();
    p.send_line(&env.mailed_code("eve")).unwrap();
    p.exp_string("is open for eve").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(vss_testkit::pty::exit_code(&p), 0);
}

#[test]
fn the_gateway_and_the_credentials_come_from_the_configuration() {
    let env = Env::start();
    env.add_user("ann");
    // Kept once with configure mk: the password is in the store, the endpoint the default.
    env.cli("ann")
        .args(["configure", "mk", "--endpoint-name", "home"])
        .assert()
        .success();
    let key = enrol(&env, "ann", &[]);
    // Nothing in the environment: the endpoint, user and password are the configuration's.
    let bare = || env.bare_cli();
    let text = snap(
        "vpn_configure_set_vpn_server",
        "vss-cli configure set vpn_server http://127.0.0.1:PORT",
        bare().args(["configure", "set", "vpn_server", &env.url()]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let config = std::fs::read_to_string(env.config_dir().join("config.yaml")).unwrap();
    assert!(
        config.contains(&format!("vpn_server: {}", env.url())),
        "{config}"
    );
    let status = json_out(bare().args(["-o", "json", "vpn", "gw", "status"]));
    assert_eq!(
        (&status["vpn_server"], &status["username"], &status["mfa"]),
        (&json!(env.url()), &json!("ann"), &json!(true))
    );
    bare()
        .args(["vpn", "gw", "on", "--otp", &env.totp_now(&key)])
        .assert()
        .success();
    // --vpn-server and VSS_VPN_SERVER win over the configuration; pyvss's VSS_VPN_ENDPOINT
    // does not.
    let nobody = vss_testkit::http::RefusingPort::new();
    bare()
        .env("VSS_VPN_ENDPOINT", nobody.url())
        .args(["vpn", "gw", "status"])
        .assert()
        .success();
    bare()
        .env("VSS_VPN_SERVER", nobody.url())
        .args(["vpn", "gw", "status"])
        .assert()
        .code(5);
    bare()
        .args(["--vpn-server", &nobody.url(), "vpn", "gw", "status"])
        .assert()
        .code(5);
    let text = snap(
        "vpn_configure_set_vpn_server_not_a_url",
        "vss-cli configure set vpn_server ftp://vpn.example.org",
        bare().args(["configure", "set", "vpn_server", "ftp://vpn.example.org"]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
}

#[test]
fn pyvss_reads_vss_vpn_endpoint_without_a_configured_gateway() {
    let env = Env::start();
    env.add_user("ann");
    let status = json_out(
        env.cli("ann")
            .env("VSS_VPN_ENDPOINT", env.url())
            .args(["-o", "json", "vpn", "gw", "status"]),
    );
    assert_eq!(status["vpn_server"], env.url());
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one Python tool journey, read top to bottom"
)]
fn the_python_tool_opens_closes_and_reads_the_log_of_the_bundled_gateway() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start();
    env.add_user("pia");
    env.add_user("pat");
    // Configured as its configure mk keeps an endpoint: the password in credentials.enc, and
    // a token (which its `vpn` commands do not check).
    let configure = |home: &std::path::Path, user: &str| {
        python::run_script(
            &bin,
            home,
            include_str!("python/configure_mk.py"),
            &[&env.url(), "mock", user, &env.server.token(user)],
            &[("VSS_USER_PASS", PASSWORD)],
        );
    };
    let home = tempfile::tempdir().unwrap();
    configure(home.path(), "pia");
    let key = enrol(&env, "pia", &[]);
    let python = |args: &[&str]| {
        let out = python::command(&bin, home.path())
            .args(["--vpn-server", &env.url()])
            .args(args)
            .output()
            .expect("the Python vss-cli runs");
        (
            out.status.code(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        )
    };
    // A wrong code: it says so (and exits 0, as it does).
    let (_, said) = python(&["vpn", "gw", "on", "--otp", "000000"]);
    assert!(
        said.contains("Failed to enable VSS-VPN TOTP gateway: Invalid OTP"),
        "{said}"
    );
    let (code, said) = python(&["vpn", "gw", "on", "--otp", &env.totp_now(&key)]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("Successfully enabled"), "{said}");
    let status = json_out(vpn(&env, "pia", &env.url()).args(["-o", "json", "vpn", "gw", "status"]));
    assert_eq!(status["gateway"], "open");
    let (code, said) = python(&["vpn", "gw", "log", "-t", "2020-01-01 00:00"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains("pia: code refused from 127.0.0.1: invalid, expired or used already")
            && said.contains("pia: gateway opened from 127.0.0.1 with a code (AUTHENTICATOR)"),
        "{said}"
    );
    let (code, said) = python(&["vpn", "gw", "off"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("Successfully disabled VPN GW"), "{said}");
    let status = json_out(vpn(&env, "pia", &env.url()).args(["-o", "json", "vpn", "gw", "status"]));
    assert_eq!(status["gateway"], "closed");
    // Ours, with nothing but the Python tool's files: its default endpoint, and the user
    // name and password in its credentials.enc.
    let status = json_out(
        env.bare_cli()
            .env("HOME", home.path())
            .current_dir(home.path())
            .args([
                "--vpn-server",
                &env.url(),
                "-o",
                "json",
                "vpn",
                "gw",
                "status",
            ]),
    );
    assert_eq!(
        (&status["username"], &status["mfa"], &status["gateway"]),
        (&json!("pia"), &json!(true), &json!("closed"))
    );

    // An account without MFA: the Python tool's own words for a gateway whose MFA is off.
    let home = tempfile::tempdir().unwrap();
    configure(home.path(), "pat");
    let out = python::command(&bin, home.path())
        .args([
            "--vpn-server",
            &env.url(),
            "vpn",
            "gw",
            "on",
            "--otp",
            "123456",
        ])
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("has MFA disabled"), "{said}");
    assert!(said.contains(&format!("{}/totp/", env.url())), "{said}");
}
