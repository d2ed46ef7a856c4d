//! Completion in the real shells: the committed scripts are loaded into bash (with
//! bash-completion), zsh (on a pseudo-terminal, through zpty) and fish, a command line is
//! "typed", and the words each shell offers are compared with what a user expects. The real
//! `vss-cli` binary is first on PATH, so endpoint names come from a real configuration file.
//! A shell that is not installed fails the test with `CI` set (`.ci/run` installs all three);
//! elsewhere the test says so and does not run.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;
use vss_testkit::tools;

const VERBS: [&str; 6] = [
    "mk",
    "verify",
    "get-token",
    "rm",
    "recovery-codes",
    "forget-secret",
];

fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A home with a configuration naming two endpoints, and a second configuration elsewhere.
struct Setup {
    home: TempDir,
    other_config: PathBuf,
    path: String,
}

impl Setup {
    fn new() -> Setup {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join(".vss-cli")).unwrap();
        std::fs::write(
            home.path().join(".vss-cli/config.yaml"),
            "general:\n  default_endpoint_name: prod\nendpoints:\n- name: prod\n  url: \
             https://vss.example.org\n- name: staging\n  url: https://staging.example.org\n",
        )
        .unwrap();
        let other_config = home.path().join("other.yaml");
        std::fs::write(
            &other_config,
            "endpoints:\n- name: lab-one\n  url: https://one.example.org\n- name: lab-two\n  \
             url: https://two.example.org\n",
        )
        .unwrap();
        let bin_dir = Path::new(env!("CARGO_BIN_EXE_vss-cli")).parent().unwrap();
        let path = format!(
            "{}:{}",
            bin_dir.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        Setup {
            home,
            other_config,
            path,
        }
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("HOME", self.home.path())
            .env("PATH", &self.path)
            .env("TERM", "xterm")
            .current_dir(self.home.path());
        cmd
    }
}

/// Runs a shell; one that hangs is stopped (and its words then fail the test) after a minute.
fn run(cmd: Command) -> std::process::Output {
    assert_cmd::Command::from_std(cmd)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap()
}

fn words(output: std::process::Output, what: &str) -> BTreeSet<String> {
    assert!(
        output.status.success(),
        "{what} failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap().trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Runs a shell on a command line with extra environment, returning the words it offers.
type Complete<'a> = &'a dyn Fn(&str, &[(&str, &str)]) -> BTreeSet<String>;

/// The checks every shell must pass; `complete(line, env)` returns what the shell offers.
fn check_all(setup: &Setup, shell: &str, complete: Complete) {
    let other = setup.other_config.display().to_string();

    let got = complete("vss-cli account set mfa mk ", &[]);
    assert_eq!(
        got,
        set(&["EMAIL", "AUTHENTICATOR", "SMS"]),
        "{shell}: mk METHOD"
    );

    let got = complete("vss-cli -o ", &[]);
    assert_eq!(
        got,
        set(&["table", "json", "yaml", "ndjson", "auto"]),
        "{shell}: -o"
    );

    let got = complete("vss-cli account set mfa ", &[]);
    for verb in VERBS {
        assert!(
            got.contains(verb),
            "{shell}: account set mfa offers {verb}: {got:?}"
        );
    }
    assert!(
        got.iter()
            .all(|w| VERBS.contains(&w.as_str()) || w == "help"),
        "{shell}: account set mfa offers only its verbs: {got:?}"
    );

    let got = complete("vss-cli ", &[]);
    for cmd in ["account", "configure", "token", "completion"] {
        assert!(
            got.contains(cmd),
            "{shell}: top level offers {cmd}: {got:?}"
        );
    }
    assert!(
        !got.iter().any(|w| w.starts_with("__")),
        "{shell}: hidden helpers are not offered: {got:?}"
    );

    // Deeper than clap's own fish script reaches, with options and their values in between.
    let got = complete(
        "vss-cli -e prod account --no-load set mfa mk AUTHENTICATOR --re",
        &[],
    );
    for opt in [
        "--replace",
        "--remember-secret",
        "--recovery-codes-file",
        "--recovery-code",
    ] {
        assert!(
            got.contains(opt),
            "{shell}: mk options offer {opt}: {got:?}"
        );
    }

    let got = complete("vss-cli -e ", &[]);
    assert_eq!(
        got,
        set(&["prod", "staging"]),
        "{shell}: -e from ~/.vss-cli/config.yaml"
    );

    let line = format!("vss-cli -c {other} account set mfa mk SMS -e ");
    let got = complete(&line, &[]);
    assert_eq!(got, set(&["lab-one", "lab-two"]), "{shell}: -e from -c");

    let got = complete(
        "vss-cli account get mfa --endpoint ",
        &[("VSS_CONFIG", &other)],
    );
    assert_eq!(
        got,
        set(&["lab-one", "lab-two"]),
        "{shell}: --endpoint from VSS_CONFIG"
    );

    let got = complete("vss-mock-server user ", &[]);
    assert!(
        got.contains("add") && got.contains("ls"),
        "{shell}: vss-mock-server user: {got:?}"
    );
}

#[test]
fn bash_completes() {
    let loader = Path::new("/usr/share/bash-completion/bash_completion");
    if !tools::program("bash", "apt-get install bash")
        || !tools::file(loader, "apt-get install bash-completion")
    {
        return;
    }
    let setup = Setup::new();
    let harness = project().join("tests/shells/bash-complete.sh");
    check_all(&setup, "bash", &|line, env| {
        let program = line.split(' ').next().unwrap();
        let script = project().join(format!("completions/{program}.bash"));
        let mut cmd = setup.command("bash");
        cmd.arg(&harness)
            .arg(&script)
            .arg(line)
            .envs(env.iter().copied());
        words(run(cmd), &format!("bash: {line}"))
    });
}

#[test]
fn zsh_completes() {
    if !tools::program("zsh", "apt-get install zsh") {
        return;
    }
    let setup = Setup::new();
    // Only the zsh scripts in fpath (the folder also holds `_vss-cli.ps1`).
    let fpath = tempfile::tempdir().unwrap();
    for name in ["_vss-cli", "_vss-mock-server"] {
        std::fs::copy(
            project().join("completions").join(name),
            fpath.path().join(name),
        )
        .unwrap();
    }
    let harness = project().join("tests/shells/zsh-complete.zsh");
    check_all(&setup, "zsh", &|line, env| {
        let work = tempfile::tempdir().unwrap();
        let mut cmd = setup.command("zsh");
        cmd.arg("-f")
            .arg(&harness)
            .arg(fpath.path())
            .arg(work.path())
            .arg(line)
            .envs(env.iter().copied());
        words(run(cmd), &format!("zsh: {line}"))
    });
}

#[test]
fn fish_completes() {
    if !tools::program("fish", "apt-get install fish") {
        return;
    }
    let setup = Setup::new();
    check_all(&setup, "fish", &|line, env| {
        let program = line.split(' ').next().unwrap();
        let script = project().join(format!("completions/{program}.fish"));
        let mut cmd = setup.command("fish");
        cmd.arg("--no-config")
            .arg("-c")
            .arg("source $argv[1]; complete -C $argv[2]")
            .arg(&script)
            .arg(line)
            .envs(env.iter().copied());
        words(run(cmd), &format!("fish: {line}"))
    });
}
