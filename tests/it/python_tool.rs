//! Moving over from the Python vss-cli: its configuration files (2026.x and older), its
//! `credentials.enc` and its stored token are used as they are and never rewritten, and what we
//! write stays readable by it. Files made by the real Python package where one is needed.

use std::path::PathBuf;

use vss_mock_server::NewUser;
use vss_testkit::{json_out, python, user, Env, PASSWORD};

const FIXTURE_2026: &str = include_str!("../fixtures/python-config-2026.yaml");
const FIXTURE_LEGACY: &str = include_str!("../fixtures/python-config-legacy.yaml");
/// The endpoint URL written in the fixtures.
const FIXTURE_URL: &str = "http://127.0.0.1:18788";

const CONFIGURE_MK: &str = include_str!("python/configure_mk.py");
const LOAD_CONFIG: &str = include_str!("python/load_config.py");

/// `fixture` pointed at the test server, with its `token:` (of endpoint `mock`) replaced.
fn fixture(env: &Env, fixture: &str, token: Option<&str>) -> String {
    let mut text = fixture.replace(FIXTURE_URL, &env.url());
    if let Some(token) = token {
        let old = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("token: eyJ"))
            .map(|rest| format!("eyJ{rest}"))
            .expect("the fixture has a token");
        text = text.replace(&old, token);
    }
    text
}

fn write_config(env: &Env, text: &str) -> PathBuf {
    std::fs::create_dir_all(env.config_dir()).unwrap();
    let path = env.config_dir().join("config.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A fresh API token for `user`, from the server.
fn token_of(env: &Env, user: &str) -> String {
    let out = env
        .cli(user)
        .args(["--no-session", "token", "mk"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

#[test]
fn a_python_2026_config_is_used_with_its_token() {
    let env = Env::start();
    env.add_user("erin");
    let token = token_of(&env, "erin");
    let text = fixture(&env, FIXTURE_2026, Some(&token));
    let path = write_config(&env, &text);

    // Nothing but the file: no user name or password anywhere, the token does it.
    let st = json_out(env.bare_cli().args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["username"], "erin");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert!(!env.config_dir().join("secrets.yaml").exists());
}

#[test]
fn an_older_config_with_base64_auth_still_works() {
    let env = Env::start();
    env.server.add_user(NewUser {
        phone: None,
        password: "made-up password 1".into(),
        ..user("frank")
    });
    let text = fixture(&env, FIXTURE_LEGACY, None);
    let path = write_config(&env, &text);

    // Its token expired long ago: the user name and password in `auth` log in.
    let st = json_out(env.bare_cli().args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["username"], "frank");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let kept = std::fs::read_to_string(env.config_dir().join("secrets.yaml")).unwrap();
    let name = format!("\"vss-cli_frank@{}_token\": ", env.url());
    assert!(kept.contains(&name), "{kept}");
}

#[test]
fn credentials_kept_by_the_python_tool_are_read_not_rewritten() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start();
    env.add_user("gus");
    // An expired token, so that ours must log in with what credentials.enc holds.
    let expired = fixture(&env, FIXTURE_LEGACY, None)
        .lines()
        .find_map(|l| l.trim().strip_prefix("token: eyJ"))
        .map(|rest| format!("eyJ{rest}"))
        .unwrap();
    let backend = python::run_script(
        &bin,
        env.home.path(),
        CONFIGURE_MK,
        &[&env.url(), "mock", "gus", &expired],
        &[("VSS_USER_PASS", PASSWORD)],
    );
    assert_eq!(backend.trim(), "EncryptedFileBackend");
    let config = env.config_dir().join("config.yaml");
    let credentials = env.config_dir().join("credentials.enc");
    let (config_before, credentials_before) = (
        std::fs::read(&config).unwrap(),
        std::fs::read(&credentials).unwrap(),
    );
    assert!(!String::from_utf8_lossy(&config_before).contains("gus"));

    // No -u, no -p: the user name and password come from credentials.enc.
    let st = json_out(env.bare_cli().args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["username"], "gus");
    let ls = json_out(env.bare_cli().args(["-o", "json", "configure", "ls"]));
    let mock = ls
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "mock")
        .unwrap();
    assert_eq!(mock["user"], "gus");
    assert_eq!(mock["secrets"], "credentials.enc");
    // Read only: both files are as the Python tool left them; our token is kept in our store.
    assert_eq!(std::fs::read(&config).unwrap(), config_before);
    assert_eq!(std::fs::read(&credentials).unwrap(), credentials_before);
    let kept = std::fs::read_to_string(env.config_dir().join("secrets.yaml")).unwrap();
    let name = format!("\"vss-cli_gus@{}_token\": ", env.url());
    assert!(kept.contains(&name), "{kept}");

    // Another user named with -u gets nothing of gus's.
    env.add_user("hal");
    env.bare_cli()
        .args(["-u", "hal", "account", "get", "mfa"])
        .assert()
        .code(2);
}

#[test]
fn the_python_tool_still_reads_the_config_after_our_writes() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start();
    env.add_user("ida");
    // The Python package logs in to the server itself for its token.
    python::run_script(
        &bin,
        env.home.path(),
        CONFIGURE_MK,
        &[&env.url(), "mock", "ida"],
        &[("VSS_USER_PASS", PASSWORD)],
    );
    let before: serde_json::Value = serde_json::from_str(&python::run_script(
        &bin,
        env.home.path(),
        LOAD_CONFIG,
        &[],
        &[],
    ))
    .unwrap();
    let python_token = before["endpoints"][2]["token"].as_str().unwrap().to_owned();

    // Ours: a setting, a new endpoint, and the Python tool's endpoint configured again (which
    // replaces it: -r, as the Python tool asks it).
    env.bare_cli()
        .args(["configure", "set", "timeout", "45"])
        .assert()
        .success();
    for (name, replace) in [("ours", None), ("mock", Some("-r"))] {
        env.bare_cli()
            .args(["-e", &env.url(), "-u", "ida", "-p", PASSWORD])
            .args(["configure", "mk", "--endpoint-name", name])
            .args(replace)
            .assert()
            .success();
    }

    let after: serde_json::Value = serde_json::from_str(&python::run_script(
        &bin,
        env.home.path(),
        LOAD_CONFIG,
        &[],
        &[],
    ))
    .unwrap();
    assert_eq!(after["general"]["timeout"], 45);
    assert_eq!(after["general"]["table_format"], "simple");
    assert_eq!(after["general"]["default_endpoint_name"], "mock");
    assert_eq!(after["general"]["check_for_updates"], false);
    let endpoints = after["endpoints"].as_array().unwrap();
    let names: Vec<&str> = endpoints
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cloud-api", "vss-api", "mock", "ours"]);
    // Its token and its empty auth are as it wrote them.
    assert_eq!(endpoints[2]["token"], python_token.as_str());
    assert_eq!(endpoints[2]["auth"], serde_json::Value::Null);

    // And the Python vss-cli itself still works with the file.
    let out = std::process::Command::new(bin.join("vss-cli"))
        .args(["-o", "json", "account", "get", "mfa"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\"enabled\": false"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
