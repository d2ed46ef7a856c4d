//! `vss-cli exec [--] CMD ARGS...`: the command runs with a valid token in its environment,
//! its exit status and the signals sent to `vss-cli` pass through. Real binary, real server.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::Duration;

use vss_testkit::{assert_cmd_snapshot, json_out, Env};

/// A script that writes what the command was given into files in its working folder.
const RECORD: &str = r#"printf '%s\n' "$VSS_TOKEN" > token; printf '%s\n' "$VSS_ENDPOINT" > endpoint; printf '%s\n' "$0" "$@" > args; env > environment"#;

#[test]
fn the_command_gets_a_valid_token_in_its_environment_only() {
    let env = Env::start();
    env.add_user("wes");
    let key = env.enable_authenticator("wes");
    // Not configured and nothing stored: it logs in first (with the code given).
    env.cli("wes")
        .env("VSS_USER_OTP", env.totp_now(&key))
        .args(["exec", "--", "sh", "-c", RECORD, "sh", "one", "--two"])
        .assert()
        .success()
        .stdout("");
    let read = |name: &str| std::fs::read_to_string(env.home.path().join(name)).unwrap();
    let token = read("token").trim_end().to_owned();
    assert_eq!(token.split('.').count(), 3, "not a JWT: {token}");
    assert_eq!(read("endpoint").trim_end(), env.url());
    assert_eq!(read("args"), "sh\none\n--two\n");
    // Only in the environment: not among the arguments; the spent code is not passed on.
    assert!(!read("args").contains(&token));
    assert!(!read("environment").contains("VSS_USER_OTP"));
    // The token works: the command can call the API with it.
    let st = json_out(
        env.bare_cli()
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_TOKEN", &token)
            .args(["-o", "json", "account", "get", "mfa"]),
    );
    assert_eq!(st["username"], "wes");
}

#[test]
fn the_exit_status_is_the_commands() {
    let env = Env::start();
    env.add_user("xia");
    env.cli("xia").args(["exec", "true"]).assert().success();
    env.cli("xia")
        .args(["exec", "--", "sh", "-c", "echo out; echo err >&2; exit 7"])
        .assert()
        .code(7)
        .stdout("out\n")
        .stderr("err\n");
    // Ended by a signal: 128 + its number, as shells report it.
    env.cli("xia")
        .args(["exec", "--", "sh", "-c", "kill -KILL $$"])
        .assert()
        .code(128 + 9);
    // Options after the command are the command's.
    env.cli("xia")
        .args(["exec", "sh", "-c", "exit 3", "-e", "x"])
        .assert()
        .code(3);
    assert_cmd_snapshot!(
        "exec_a_missing_command",
        env.cli("xia").args(["exec", "no-such-command-here", "arg"])
    );
    let script = env.home.path().join("not-executable.sh");
    std::fs::write(&script, "#!/bin/sh\nexit 0\n").unwrap();
    let mut cmd = env.cli("xia");
    cmd.args(["exec", script.to_str().unwrap()]);
    assert_cmd_snapshot!("exec_a_command_that_is_not_executable", cmd);
}

#[test]
fn signals_sent_to_vss_cli_reach_the_command() {
    let env = Env::start();
    env.add_user("yan");
    for (signal, name) in [
        (libc::SIGTERM, "TERM"),
        (libc::SIGINT, "INT"),
        (libc::SIGHUP, "HUP"),
    ] {
        // The command says which signal it got and exits 40.
        let script = format!(
            "trap 'echo got {name} >&2; exit 40' {name}; echo ready; i=0; \
             while [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; exit 99"
        );
        let mut child = exec_script(&env, &script);
        assert_eq!(ready(&mut child), "ready\n");
        // SAFETY: kill(2) on the process this test started.
        assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(40), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("got {name}\n")
        );
    }

    // A command that does not catch it ends by it, and so vss-cli exits 128 + its number.
    let mut child = exec_script(&env, "echo ready; exec sleep 30");
    ready(&mut child);
    std::thread::sleep(Duration::from_millis(100));
    // SAFETY: kill(2) on the process this test started.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
    assert_eq!(child.wait().unwrap().code(), Some(128 + libc::SIGTERM));
}

/// `vss-cli exec -- sh -c SCRIPT` as `yan`, started directly (not through a shell, so that a
/// signal sent to it reaches `vss-cli` itself), with its stdout and stderr piped.
fn exec_script(env: &Env, script: &str) -> Child {
    StdCommand::new(vss_testkit::client::client_binary())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_USER", "yan")
        .env("VSS_USER_PASS", vss_testkit::PASSWORD)
        .args(["exec", "--", "sh", "-c", script])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The first line the command writes (it says it is ready for the signal).
fn ready(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    line
}
