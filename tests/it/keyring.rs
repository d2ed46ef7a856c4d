//! Where secrets are kept: a real Secret Service (GNOME Keyring in a private D-Bus session),
//! shared with other programs under the Python vss-cli's names; the kernel keyring without a
//! bus; a bus that never answers. Real binary, real server.
//!
//! Every run of `vss-cli` here that may reach the kernel keyring (any whose store is `auto` or
//! `keyring`) has a session keyring of its own, and every test names its endpoint with its
//! own name and this process's id: what the client keeps in the kernel keyring is also linked
//! into the user's persistent keyring, which all sessions share (so that another session
//! finds it), so names shared between tests let one test's write or removal reach another's
//! entries, or the user's own. Each test takes what is named like its entries out of the
//! persistent keyring when it ends, however it ends, and checks that nothing is left.

use std::time::Duration;

use predicates::prelude::*;
use vss_testkit::client::client_binary;
use vss_testkit::kernel_keyring::{own_session, Marked};
use vss_testkit::secret_service::SecretService;
use vss_testkit::{assert_cmd_snapshot, json_out, Env, PASSWORD};

/// `vss-cli` with a clean environment and the test's home, as [`Env::bare_cli`], but choosing
/// its store itself, in a session keyring of its own.
fn keyring_cli(env: &Env) -> assert_cmd::Command {
    let mut cmd = std::process::Command::new(client_binary());
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "auto")
        .current_dir(env.home.path());
    own_session(&mut cmd);
    let mut cmd = assert_cmd::Command::from_std(cmd);
    cmd.write_stdin("");
    cmd
}

/// `vss-cli` in the Secret Service's session, choosing its store itself.
fn in_session(env: &Env, ss: &SecretService) -> assert_cmd::Command {
    let mut cmd = keyring_cli(env);
    cmd.env("DBUS_SESSION_BUS_ADDRESS", ss.address());
    cmd
}

/// An endpoint name of the test's own: `who` and this process's id.
fn own_name(who: &str) -> String {
    format!("{who}-{}", std::process::id())
}

/// What a test may keep in the kernel keyring: entries named with its endpoint or its
/// server's URL (which names tokens), taken out of the persistent keyring when it ends.
fn kept(env: &Env, endpoint: &str) -> Marked {
    Marked::new([env.url(), endpoint.to_owned()])
}

/// Asserts that nothing named like the test's entries is left in the persistent keyring.
#[track_caller]
fn nothing_left(keys: &Marked) {
    assert_eq!(
        keys.left(),
        Vec::<String>::new(),
        "left in the persistent keyring"
    );
}

fn configure_mk(cmd: &mut assert_cmd::Command, env: &Env, user: &str, endpoint: &str) {
    cmd.args([
        "-e",
        &env.url(),
        "-u",
        user,
        "--password-stdin",
        "configure",
        "mk",
        "--endpoint-name",
        endpoint,
    ])
    .write_stdin(format!("{PASSWORD}\n"));
}

#[test]
fn a_password_kept_in_the_secret_service_outlives_the_process() {
    let env = Env::start();
    env.add_user("kim");
    let Some(ss) = SecretService::start(env.home.path()) else {
        return;
    };
    let name = own_name("kim");
    let keys = kept(&env, &name);
    let mut mk = in_session(&env, &ss);
    configure_mk(&mut mk, &env, "kim", &name);
    let mut settings = vss_testkit::snapshot::settings();
    settings.add_filter(&name, "[ENDPOINT]");
    settings.bind(|| assert_cmd_snapshot!(mk));
    assert!(
        !env.config_dir().join("secrets.yaml").exists(),
        "the file store was used"
    );

    // Another program reads it under the Python tool's names.
    let home = env.home.path();
    assert_eq!(
        ss.lookup(home, &format!("vss-cli_{name}_password"))
            .as_deref(),
        Some(PASSWORD)
    );
    assert_eq!(
        ss.lookup(home, &format!("vss-cli_{name}_username"))
            .as_deref(),
        Some("kim")
    );
    assert_eq!(
        ss.lookup(home, &format!("vss-cli_kim@{}_token", env.url()))
            .unwrap()
            .split('.')
            .count(),
        3
    );

    // A new process logs in with it: `token mk` always logs in, with no password given.
    let token = in_session(&env, &ss)
        .args(["token", "mk"])
        .output()
        .unwrap();
    assert!(
        token.status.success(),
        "{}",
        String::from_utf8_lossy(&token.stderr)
    );
    in_session(&env, &ss)
        .args(["configure", "ls"])
        .assert()
        .success()
        .stdout(predicate::str::contains("secret-service"));

    in_session(&env, &ss)
        .args(["configure", "rm", &name])
        .assert()
        .success();
    assert_eq!(ss.lookup(home, &format!("vss-cli_{name}_password")), None);
    assert_eq!(ss.lookup(home, &format!("vss-cli_{name}_token")), None);
    // With nothing configured, `configure ls` still says where new secrets go.
    assert_cmd_snapshot!(
        "with_the_secret_service_configure_ls_names_it",
        in_session(&env, &ss).args(["configure", "ls"])
    );
    nothing_left(&keys);
}

#[test]
fn entries_kept_by_other_programs_under_the_python_names_are_used() {
    let env = Env::start();
    env.add_user("lee");
    let Some(ss) = SecretService::start(env.home.path()) else {
        return;
    };
    let home = env.home.path();
    let name = own_name("lee");
    let keys = kept(&env, &name);
    // A Python vss-cli 2026.x configuration: the user name and password are not in the file.
    let config = include_str!("../fixtures/python-config-2026.yaml")
        .replace("http://127.0.0.1:18788", &env.url())
        .replace(
            "default_endpoint_name: mock",
            &format!("default_endpoint_name: {name}"),
        )
        .replace("name: mock", &format!("name: {name}"));
    let config = python_token_removed(&config);
    std::fs::create_dir_all(env.config_dir()).unwrap();
    let path = env.config_dir().join("config.yaml");
    std::fs::write(&path, &config).unwrap();
    let (user_item, password_item) = (
        format!("vss-cli_{name}_username"),
        format!("vss-cli_{name}_password"),
    );
    ss.store(home, &user_item, "lee", &[]);
    ss.store(home, &password_item, PASSWORD, &[]);
    // Another program's item under the same name: two match, the first that reads is used.
    ss.store(
        home,
        &password_item,
        PASSWORD,
        &["application", "another program"],
    );
    let found = ss
        .secret_tool(
            home,
            &[
                "search",
                "--all",
                "service",
                "vss-cli",
                "username",
                &password_item,
            ],
        )
        .output()
        .unwrap();
    let items = String::from_utf8_lossy(&found.stdout)
        .matches("secret = ")
        .count()
        + String::from_utf8_lossy(&found.stderr)
            .matches("secret = ")
            .count();
    assert_eq!(items, 2, "{found:?}");

    let st = json_out(in_session(&env, &ss).args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(st["username"], "lee");
    // The token it got is kept beside them, and the configuration file is left as it was.
    assert!(ss
        .lookup(home, &format!("vss-cli_lee@{}_token", env.url()))
        .is_some());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), config);
    nothing_left(&keys);
}

/// The fixture with its (made-up) `token:` emptied, so that a login is needed.
fn python_token_removed(config: &str) -> String {
    config
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("token: eyJ") {
                "      token:"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn entries_of_earlier_releases_are_found_and_renamed_when_written() {
    let env = Env::start();
    env.add_user("max");
    let Some(ss) = SecretService::start(env.home.path()) else {
        return;
    };
    let home = env.home.path();
    let (name, renamed) = (own_name("max"), own_name("max-renamed"));
    let keys = Marked::new([env.url(), name.clone(), renamed.clone()]);
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.yaml"),
        format!(
            "general:\n  default_endpoint_name: {name}\nendpoints:\n- name: {name}\n  url: {}\n  \
             username: max\n",
            env.url()
        ),
    )
    .unwrap();
    // As earlier releases named it: "<endpoint url> <user> <item>".
    let old = format!("{} max password", env.url());
    ss.store(home, &old, PASSWORD, &[]);

    in_session(&env, &ss)
        .args(["token", "mk"])
        .assert()
        .success();
    assert_eq!(ss.lookup(home, &old).as_deref(), Some(PASSWORD));

    // Kept again (configure mk for the same URL and user, with the password it found): under
    // the new name only.
    in_session(&env, &ss)
        .args(["configure", "mk", "--endpoint-name", &renamed])
        .assert()
        .success();
    assert_eq!(ss.lookup(home, &old), None);
    assert_eq!(
        ss.lookup(home, &format!("vss-cli_{renamed}_password"))
            .as_deref(),
        Some(PASSWORD)
    );
    nothing_left(&keys);
}

#[test]
fn without_a_bus_the_kernel_keyring_is_used() {
    // A login session's keyring, as pam_keyinit makes one: each run joins a new one, as
    // `keyctl session -` does (containers and `su` often have none that works).
    if !vss_testkit::tools::program("keyctl", "apt-get install keyutils") {
        return;
    }
    let env = Env::start();
    env.add_user("ned");
    // Each run in a new session keyring, as each login of the same user.
    let cli = |args: &[&str]| {
        let mut cmd = keyring_cli(&env);
        cmd.args(args);
        cmd
    };
    let name = own_name("ned");
    let keys = kept(&env, &name);
    let mut mk = cli(&[
        "-e",
        &env.url(),
        "-u",
        "ned",
        "-p",
        PASSWORD,
        "configure",
        "mk",
        "--endpoint-name",
        &name,
    ]);
    let out = mk.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("kept in the kernel keyring (until the machine restarts)"),
        "{stderr}"
    );
    assert!(!env.config_dir().join("secrets.yaml").exists());
    // Another session of the same user finds it.
    cli(&["token", "mk"]).assert().success();
    cli(&["configure", "ls"])
        .assert()
        .success()
        .stdout(predicate::str::contains("keyutils"))
        .stderr(predicate::str::contains(
            "New secrets are kept in the kernel keyring",
        ));
    // It was in the persistent keyring, where another session finds it; `configure rm` takes
    // it out.
    assert!(!keys.left().is_empty());
    cli(&["configure", "rm", &name]).assert().success();
    nothing_left(&keys);
}

#[test]
fn a_bus_that_never_answers_is_given_up_on() {
    let env = Env::start();
    env.add_user("oz");
    let name = own_name("oz");
    let keys = kept(&env, &name);
    // A socket that accepts connections and says nothing, as a wedged session bus does.
    let socket = env.home.path().join("bus");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming() {
            held.push(conn);
        }
    });
    let mut cmd = keyring_cli(&env);
    cmd.env(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", socket.display()),
    )
    .timeout(Duration::from_secs(60))
    .args(["-e", &env.url(), "-u", "oz", "-p", PASSWORD])
    .args(["configure", "mk", "--endpoint-name", &name]);
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("Secret Service"), "{stderr}");
    drop(keys);
    nothing_left(&kept(&env, &name));
}

#[test]
fn a_remembered_totp_secret_says_where_it_is_kept() {
    let env = Env::start();
    env.add_user("pia");
    env.bare_cli()
        .args(["-e", &env.url(), "-u", "pia", "-p", PASSWORD])
        .args(["configure", "mk", "--endpoint-name", "mock"])
        .assert()
        .success();
    let mut cmd = env.bare_cli();
    cmd.args(["-o", "json", "account", "set", "mfa", "mk", "AUTHENTICATOR"])
        .args(["--remember-secret", "--no-save-recovery-codes"]);
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warning = stderr
        .lines()
        .find(|l| l.contains("both factors"))
        .unwrap_or_else(|| panic!("no warning: {stderr}"));
    let description = format!(
        "the warning on standard error of {}",
        vss_testkit::snapshot::command_line(&cmd)
    );
    vss_testkit::snapshot::described(&description).bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("remember_secret_warning", warning)
    });
    let kept = std::fs::read_to_string(env.config_dir().join("secrets.yaml")).unwrap();
    let name = format!("\"vss-cli_pia@{}_totp-secret\": ", env.url());
    assert!(kept.contains(&name), "{kept}");
    assert_cmd_snapshot!(
        "forget_secret_says_where_from",
        env.bare_cli()
            .args(["account", "set", "mfa", "forget-secret"])
    );
    let kept = std::fs::read_to_string(env.config_dir().join("secrets.yaml")).unwrap();
    assert!(!kept.contains("totp-secret"), "{kept}");
}

#[test]
fn a_secret_service_that_refuses_to_store_passes_the_secret_on() {
    // A keyring daemon nobody unlocked: it answers, so it is chosen, and refuses every write.
    let env = Env::start();
    env.add_user("quin");
    let Some(ss) = SecretService::start_locked(env.home.path()) else {
        return;
    };
    let name = own_name("quin");
    let keys = kept(&env, &name);
    let mut mk = in_session(&env, &ss);
    configure_mk(&mut mk, &env, "quin", &name);
    let out = mk.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("desktop keyring"), "{stderr}");
    assert_eq!(
        ss.lookup(env.home.path(), &format!("vss-cli_{name}_password")),
        None
    );
    // Kept in the next store that works (the kernel keyring or the file): a new process
    // logs in with it.
    in_session(&env, &ss)
        .args(["token", "mk"])
        .assert()
        .success();
    drop(keys);
    nothing_left(&kept(&env, &name));
}

#[test]
fn kernel_keyring_entries_of_earlier_releases_are_found_and_renamed() {
    if !vss_testkit::tools::program("keyctl", "apt-get install keyutils") {
        return;
    }
    let env = Env::start();
    env.add_user("rae");
    let (name, renamed) = (own_name("rae"), own_name("rae-renamed"));
    let keys = Marked::new([env.url(), name.clone(), renamed.clone()]);
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.yaml"),
        format!(
            "general:\n  default_endpoint_name: {name}\nendpoints:\n- name: {name}\n  url: {}\n  \
             username: rae\n",
            env.url()
        ),
    )
    .unwrap();
    // What earlier releases (the keyring crate 3) left in the kernel keyring:
    // "keyring-rs:<account>@<service>", the account being "<endpoint url> <user> <item>".
    let old = format!("keyring-rs:{} rae password@vss-cli", env.url());
    // In one session keyring of its own: the earlier release's entry is there, then the
    // password is found under its old name, and kept again (configure mk for the same URL and
    // user) under the new name only.
    let script = "printf %s \"$PW\" | keyctl padd user \"$OLD\" @s >/dev/null || exit 10
\"$CLI\" token mk >/dev/null || exit 11
keyctl search @s user \"$OLD\" >/dev/null || exit 12
\"$CLI\" configure mk --endpoint-name \"$RENAMED\" >/dev/null || exit 13
keyctl search @s user \"$OLD\" >/dev/null 2>&1 && exit 14
keyctl search @s user \"keyring:vss-cli_${RENAMED}_password@vss-cli\" >/dev/null || exit 15
\"$CLI\" -e \"$RENAMED\" token mk >/dev/null || exit 16
\"$CLI\" configure rm \"$RENAMED\" >/dev/null || exit 17
\"$CLI\" configure rm \"$NAME\" >/dev/null || exit 18";
    let mut cmd = std::process::Command::new("sh");
    own_session(&mut cmd)
        .args(["-c", script])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "auto")
        .env("OLD", &old)
        .env("PW", PASSWORD)
        .env("CLI", client_binary())
        .env("NAME", &name)
        .env("RENAMED", &renamed)
        .current_dir(env.home.path());
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "step {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    nothing_left(&keys);
}

#[test]
fn asking_for_a_keyring_where_none_works_fails_naming_the_way_out() {
    // No session bus, and every keyring system call failing.
    if !vss_testkit::tools::program("strace", "apt-get install strace") {
        return;
    }
    let env = Env::start();
    env.add_user("sol");
    let mut cmd = assert_cmd::Command::new("strace");
    cmd.args([
        "-f",
        "-o",
        "/dev/null",
        "-e",
        "trace=add_key,request_key,keyctl",
    ])
    .args(["-e", "inject=add_key,request_key,keyctl:error=ENOSYS"])
    .arg(vss_testkit::client::client_binary())
    .args(["-e", &env.url(), "-u", "sol", "-p", PASSWORD])
    .args(["--secret-store", "keyring", "configure", "mk"])
    .env_clear()
    .env("HOME", env.home.path());
    assert_cmd_snapshot!(cmd);
    assert!(!env.config_dir().join("secrets.yaml").exists());
}

#[test]
fn a_kernel_keyring_that_fails_half_way_is_probed_without_leaving_anything() {
    // In a session keyring of the test's own, three runs of the client whose kernel keyring
    // takes a key but then refuses to link it where it goes (the third keyring system call
    // of each run fails, as where persistent keyrings are not allowed); afterwards the
    // session keyring holds no probe entry.
    if !vss_testkit::tools::program("keyctl", "apt-get install keyutils")
        || !vss_testkit::tools::program("strace", "apt-get install strace")
    {
        return;
    }
    let env = Env::start();
    let client = vss_testkit::client::client_binary();
    let script = format!(
        "for i in 1 2 3; do \
           strace -f -o /dev/null -e trace=keyctl -e inject=keyctl:error=EACCES:when=3 \
             '{}' -e https://vss.example.org -u ann logout || exit 20; \
         done; keyctl show @s",
        client.display()
    );
    let out = std::process::Command::new("keyctl")
        .args(["session", "-", "sh", "-c", &script])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(shown.contains("_ses"), "{shown}");
    assert!(!shown.contains("probe"), "a probe entry was left: {shown}");
}
