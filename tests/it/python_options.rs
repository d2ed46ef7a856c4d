//! The Python vss-cli's users' habits: its global output options (`-o ndjson`, `--columns`,
//! `-s`, `--table-format`, `-n`, `--columns-width`, `-v`, `-x`, `-l`, `--wait`) with their
//! environment variables, `output: auto`, `token show` for `$(...)`, its `configure` forms and
//! settings, and its other commands refused with a word on where they are. Where the real
//! Python package is installed, the same forms run against both programs and the same server.

use std::process::Command as StdCommand;

use serde_json::Value;
use vss_testkit::{assert_cmd_snapshot, json_out, python, Env, PASSWORD};

const LOAD_CONFIG: &str = include_str!("python/load_config.py");

/// Snapshots `cmd` under `name`, described by the command line a user typed.
macro_rules! snap {
    ($name:expr, $typed:expr, $cmd:expr) => {{
        let mut settings = crate::messages::settings();
        settings.set_description($typed);
        settings.bind(|| assert_cmd_snapshot!($name, $cmd))
    }};
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn stderr_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

/// `n` more API tokens for `user` (so lists have several rows).
fn tokens(env: &Env, user: &str, n: usize) {
    for _ in 0..n {
        env.cli(user)
            .args(["--no-session", "token", "mk"])
            .assert()
            .success();
    }
}

#[test]
fn auto_is_a_table_and_token_show_prints_the_bare_token() {
    let env = Env::start();
    env.add_user("ann");
    env.bare_cli()
        .args(["configure", "set", "output", "auto"])
        .assert()
        .success();

    // `export VSS_TOKEN=$(vss-cli token show)`, whatever VSS_OUTPUT or the file say.
    for output in [
        None,
        Some("json"),
        Some("yaml"),
        Some("ndjson"),
        Some("auto"),
    ] {
        let mut cmd = env.cli("ann");
        if let Some(o) = output {
            cmd.env("VSS_OUTPUT", o);
        }
        let token = stdout(cmd.args(["token", "show"]));
        assert!(
            token.starts_with("eyJ") && token.lines().count() == 1,
            "{output:?}: {token}"
        );
    }
    let made = stdout(
        env.cli("ann")
            .env("VSS_OUTPUT", "json")
            .args(["token", "mk"]),
    );
    assert!(
        made.starts_with("eyJ") && made.lines().count() == 1,
        "{made}"
    );
    // -o typed on the command line, before or after, gives the document.
    let doc = json_out(env.cli("ann").args(["token", "show", "-o", "json"]));
    assert!(doc["token"].as_str().unwrap().starts_with("eyJ"));
    let doc = stdout(env.cli("ann").args(["-o", "ndjson", "token", "mk"]));
    let doc: Value = serde_json::from_str(doc.trim()).unwrap();
    assert!(doc["expires_at"].is_string());
    let yaml = stdout(env.cli("ann").args(["token", "show", "--output", "yaml"]));
    assert!(yaml.starts_with("token:") && yaml.contains("eyJ"), "{yaml}");

    // The captured token works; `auto` (the file's) is a table when piped, as in the Python
    // tool.
    let token = stdout(env.cli("ann").args(["token", "show"]));
    let table = stdout(
        env.bare_cli()
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_TOKEN", token.trim_end())
            .args(["account", "get", "mfa"]),
    );
    assert!(table.starts_with("username "), "{table}");
    let table = stdout(env.cli("ann").args(["-o", "auto", "token", "ls"]));
    assert!(table.starts_with("ID "), "{table}");
}

#[test]
fn a_token_no_header_can_carry_is_refused_up_front() {
    let env = Env::start();
    env.add_user("bea");
    let cli = || {
        let mut cmd = env.bare_cli();
        cmd.env("VSS_ENDPOINT", env.url());
        cmd
    };
    snap!(
        "python_options_token_with_a_line_break",
        "VSS_TOKEN=$'eyJhbGciOiJIUzI1NiJ9.e30.x\\n{' vss-cli account get mfa",
        cli()
            .env("VSS_TOKEN", "eyJhbGciOiJIUzI1NiJ9.e30.x\n{")
            .args(["account", "get", "mfa"])
    );
    snap!(
        "python_options_token_with_a_space",
        "vss-cli -t 'eyJ x' account get mfa",
        cli().args(["-t", "eyJ x", "account", "get", "mfa"])
    );
    snap!(
        "python_options_pyvss_token_not_ascii",
        "VSS_API_TOKEN=eyJé vss-cli token ls",
        cli().env("VSS_API_TOKEN", "eyJé").args(["token", "ls"])
    );
    // Read from standard input too; nothing reached the server.
    cli()
        .args(["--token", "-", "token", "ls"])
        .write_stdin("a\u{7}b\n")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--token - (standard input)"));
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each Python tool option checked the same way"
)]
fn the_python_tools_output_options_are_taken_before_or_after_the_command() {
    let env = Env::start();
    env.add_user("cy");
    tokens(&env, "cy", 2);
    let cli = || env.cli("cy");

    // ndjson: one document a line, by -o or VSS_OUTPUT, for every command.
    let lines = stdout(cli().args(["-o", "ndjson", "token", "ls"]));
    let rows: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        rows.len() >= 2 && rows.iter().all(|r| r["id"].is_u64()),
        "{lines}"
    );
    let one = stdout(
        cli()
            .env("VSS_OUTPUT", "ndjson")
            .args(["account", "get", "mfa"]),
    );
    assert_eq!(one.lines().count(), 1);
    let one: Value = serde_json::from_str(&one).unwrap();
    assert_eq!(one["enabled"], false);
    for args in [&["status"][..], &["configure", "ls"], &["token", "show"]] {
        cli()
            .env("VSS_OUTPUT", "ndjson")
            .args(args)
            .assert()
            .success();
    }

    // --columns NAME=path for a list and for one record, before or after the command.
    let t = stdout(cli().args(["--columns", "ID=id,V=valid", "token", "ls"]));
    assert!(t.starts_with("ID  V\n"), "{t}");
    let t = stdout(cli().args(["account", "get", "mfa", "--columns", "EN=enabled,M=method"]));
    assert_eq!(t, "EN: false\nM : -\n");
    let t = stdout(cli().args(["--columns", "U=$.username", "account", "get", "mfa"]));
    assert_eq!(t, "U: cy\n");

    // -s/--sort-by, and `token rm -s` still its --summary.
    let t = stdout(cli().args(["-s", "id", "-n", "--columns", "ID=id", "token", "ls"]));
    let ids: Vec<u64> = t.lines().map(|l| l.trim().parse().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
    let t = stdout(cli().args(["token", "ls", "--sort-by", "type", "-o", "json"]));
    assert!(t.starts_with('['));

    // --table-format and VSS_TABLE: the Python tool's names.
    for format in [
        "plain",
        "simple",
        "grid",
        "github",
        "psql",
        "pipe",
        "rst",
        "fancy_grid",
    ] {
        cli()
            .args(["--table-format", format, "token", "ls"])
            .assert()
            .success();
        cli()
            .env("VSS_TABLE", format)
            .args(["token", "ls"])
            .assert()
            .success();
    }
    snap!(
        "python_options_psql_table",
        "vss-cli --table-format psql --columns ID=id,VALID=valid,TYPE=type -s id token ls",
        cli().args([
            "--table-format",
            "psql",
            "--columns",
            "ID=id,VALID=valid,TYPE=type",
            "-s",
            "id",
            "token",
            "ls"
        ])
    );
    snap!(
        "python_options_unknown_table_format",
        "vss-cli --table-format fancy token ls",
        cli().args(["--table-format", "fancy", "token", "ls"])
    );
    snap!(
        "python_options_bad_column_path",
        "vss-cli --columns 'ID=id[' token ls",
        cli().args(["--columns", "ID=id[", "token", "ls"])
    );

    // -n drops the header; --columns-width and VSS_COL_WIDTH cut cells.
    let t = stdout(cli().args(["token", "ls", "-n", "--columns", "T=type"]));
    assert!(t.lines().all(|l| l == "api"), "{t}");
    let t = stdout(cli().args([
        "--columns-width",
        "4",
        "--columns",
        "IP=ip_address",
        "token",
        "ls",
    ]));
    assert!(t.lines().skip(1).all(|l| l == "127…"), "{t}");
    let t =
        stdout(
            cli()
                .env("VSS_COL_WIDTH", "4")
                .args(["--columns", "IP=ip_address", "token", "ls"]),
        );
    assert!(t.lines().skip(1).all(|l| l == "127…"), "{t}");
    let t = stdout(cli().args([
        "--columns-width",
        "-1",
        "--columns",
        "IP=ip_address",
        "token",
        "ls",
    ]));
    assert!(t.lines().skip(1).all(|l| l == "127.0.0.1"), "{t}");

    // -v and -l DEBUG: each request on stderr; -l ERROR: only errors; -x, --wait, --no-wait
    // and their variables are taken.
    for args in [&["-v"][..], &["-l", "DEBUG"], &["--loglevel", "debug"]] {
        let err = stderr_of(cli().args(args).args(["account", "get", "mfa"]));
        assert!(err.contains("GET /v2/user"), "{args:?}: {err}");
    }
    let err = stderr_of(
        cli()
            .env("VSS_VERBOSE", "1")
            .args(["account", "get", "mfa"]),
    );
    assert!(err.contains("GET /v2/user"), "{err}");
    let err = stderr_of(cli().args(["-l", "ERROR", "configure", "set", "timeout", "40"]));
    assert_eq!(err, "");
    for args in [
        &["-x"][..],
        &["--wait"],
        &["--no-wait"],
        &["--wait", "--no-wait"],
    ] {
        cli().args(args).args(["token", "ls"]).assert().success();
        cli().args(["token", "ls"]).args(args).assert().success();
    }
    cli()
        .env("VSS_WAIT_FOR_REQUESTS", "1")
        .env("VSS_EXCEPTIONS", "1")
        .args(["token", "ls"])
        .assert()
        .success();
    let err = cli()
        .args(["-x", "-t", "not-a-token", "token", "ls"])
        .output()
        .unwrap();
    let err = String::from_utf8(err.stderr).unwrap();
    assert!(err.contains("-x: Auth"), "{err}");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one configuration built up step by step"
)]
fn configure_forms_and_settings_as_the_python_tool_takes_them() {
    let env = Env::start();
    env.add_user("dee");
    let url = env.url();
    let mk = |args: &[&str]| {
        let mut cmd = env.bare_cli();
        cmd.args(["-e", &url, "-u", "dee", "-p", PASSWORD, "configure", "mk"])
            .args(args);
        cmd
    };
    // `-e NAME` after mk is the endpoint's name; `-e URL` before it stays the URL.
    mk(&["-e", "lab"]).assert().success();
    snap!(
        "python_options_configure_mk_existing_name",
        "vss-cli -e URL -u dee -p PASSWORD configure mk -e lab",
        mk(&["-e", "lab"])
    );
    mk(&["--endpoint-name", "lab", "-r"]).assert().success();
    mk(&["-e", "lab2", "--replace"]).assert().success();
    let ls = json_out(env.bare_cli().args(["-o", "json", "configure", "ls"]));
    let names: Vec<&str> = ls
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["lab", "lab2"]);
    assert_eq!(ls[0]["mfa"], false);
    let table = stdout(env.bare_cli().args(["configure", "ls"]));
    assert!(
        table.starts_with("NAME  ENDPOINT") && table.lines().next().unwrap().contains(" MFA "),
        "{table}"
    );

    // The 15 settings, with the Python tool's types.
    let settings = [
        ("check_for_messages", "no"),
        ("check_for_updates", "False"),
        ("debug", "no"),
        ("verbose", "no"),
        ("default_endpoint_name", "lab2"),
        ("output", "auto"),
        ("s3_server", "https://vskey-stor.example.org"),
        ("vpn_server", "https://vskey-vn.example.org"),
        ("gpt_server", "https://gpt-wpy.eis.utoronto.ca"),
        ("gpt_persona", "2"),
        ("gpt_token", "gpt-secret-1"),
        ("table_format", "github"),
        ("timeout", "40"),
        ("columns_width", "30"),
        ("wait_for_requests", "yes"),
    ];
    for (key, value) in settings {
        let err = stderr_of(env.bare_cli().args(["configure", "set", key, value]));
        assert!(!err.contains("gpt-secret-1"), "{err}");
    }
    snap!(
        "python_options_configure_set_python_only",
        "vss-cli configure set check_for_updates no",
        env.bare_cli()
            .args(["configure", "set", "check_for_updates", "no"])
    );
    snap!(
        "python_options_configure_set_bad_int",
        "vss-cli configure set columns_width wide",
        env.bare_cli()
            .args(["configure", "set", "columns_width", "wide"])
    );
    let text = std::fs::read_to_string(env.config_dir().join("config.yaml")).unwrap();
    for line in [
        "check_for_updates: false",
        "wait_for_requests: true",
        "columns_width: 30",
        "table_format: github",
        "gpt_persona: 2",
    ] {
        assert!(text.contains(line), "{line}: {text}");
    }
    // table_format from the file shapes our tables.
    let t = stdout(env.cli("dee").args(["--columns", "T=type", "token", "ls"]));
    assert!(t.starts_with("| T "), "{t}");

    // The Python tool still reads the file.
    if let Some(bin) = python::venv_bin() {
        let seen: Value = serde_json::from_str(&python::run_script(
            &bin,
            env.home.path(),
            LOAD_CONFIG,
            &[],
            &[],
        ))
        .unwrap();
        assert_eq!(seen["general"]["timeout"], 40);
        assert_eq!(seen["general"]["table_format"], "github");
        assert_eq!(seen["general"]["check_for_updates"], false);
        assert_eq!(seen["general"]["default_endpoint_name"], "lab2");
        // It runs with the file (the account's credentials given as its users give them: our
        // endpoints keep theirs in our store, which it does not read on Linux).
        let out = python_tool(&env, &bin)
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_USER", "dee")
            .env("VSS_USER_PASS", PASSWORD)
            .args(["-o", "json", "account", "get", "mfa"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }

    // configure edit: $EDITOR's change is checked, then kept; a broken one is not.
    let path = env.config_dir().join("config.yaml");
    env.bare_cli()
        .env("EDITOR", "sed -i s/timeout:\\ 40/timeout:\\ 41/")
        .args(["configure", "edit"])
        .assert()
        .success();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("timeout: 41"));
    let before = std::fs::read_to_string(&path).unwrap();
    snap!(
        "python_options_configure_edit_broken",
        "EDITOR='sed -i s/endpoints:/endpoints: [/' vss-cli configure edit",
        env.bare_cli()
            .env("VISUAL", "sed -i s/endpoints:/endpoints:\\ [/")
            .args(["configure", "edit"])
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    // The broken edits are kept in the draft the hint names.
    let draft = env.config_dir().join(".config.yaml.edit.yaml");
    let edits = std::fs::read_to_string(&draft).unwrap();
    assert!(edits.contains("endpoints: ["), "{edits}");
    // vi without a terminal is never started, and the draft is left as it was.
    env.bare_cli()
        .args(["configure", "edit"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("set VISUAL or EDITOR"));
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), edits);
    env.bare_cli()
        .env("EDITOR", "true")
        .args(["configure", "edit"])
        .assert()
        .success()
        .stderr(predicates::str::contains("No changes"));
}

#[test]
fn the_python_tools_other_commands_say_where_they_are() {
    let env = Env::start();
    snap!(
        "python_options_python_only_command",
        "vss-cli compute vm ls",
        env.bare_cli().args(["compute", "vm", "ls"])
    );
    for word in [
        "stor",
        "request",
        "key",
        "message",
        "service",
        "shell",
        "-o json raw",
    ] {
        let words: Vec<&str> = word.split(' ').collect();
        env.bare_cli()
            .args(&words)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("the Python vss-cli"));
    }
    // A typo of ours is still clap's.
    env.bare_cli()
        .args(["acount"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unrecognized subcommand"));
}

/// The Python vss-cli at `bin`, for the account `dee`/`eve` as the tests set it, without a
/// terminal.
fn python_tool(env: &Env, bin: &std::path::Path) -> StdCommand {
    let mut cmd = StdCommand::new(bin.join("vss-cli"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("LC_ALL", "C.UTF-8")
        .current_dir(env.home.path());
    cmd
}

/// What a one-record view says, as NAME → value with Python's spellings made ours.
fn fields(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| {
            let v = match v.trim() {
                "None" => "-".to_owned(),
                other => other.to_lowercase(),
            };
            (k.trim().to_owned(), v)
        })
        .collect()
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "both tools side by side, step by step"
)]
fn side_by_side_with_the_python_tool() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start();
    env.add_user("eve");
    tokens(&env, "eve", 2);
    let ours = |args: &[&str]| stdout(env.cli("eve").args(args));
    let theirs = |args: &[&str]| {
        let out = python_tool(&env, &bin)
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_USER", "eve")
            .env("VSS_USER_PASS", PASSWORD)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "Python {args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let docs = |text: &str| -> Vec<Value> {
        text.lines()
            .flat_map(|l| match serde_json::from_str::<Value>(l).unwrap() {
                Value::Array(items) => items,
                one => vec![one],
            })
            .collect()
    };

    // -o ndjson: the same records.
    let (o, t) = (
        docs(&ours(&["-o", "ndjson", "account", "get", "mfa"])),
        docs(&theirs(&["-o", "ndjson", "account", "get", "mfa"])),
    );
    for key in ["enabled", "method", "enabled_on", "disabled_on"] {
        assert_eq!(o[0][key], t[0][key], "{key}");
    }
    let (o, t) = (
        docs(&ours(&["-o", "ndjson", "-s", "id", "token", "ls"])),
        docs(&theirs(&["-o", "ndjson", "-s", "id", "token", "ls"])),
    );
    let ids = |v: &[Value]| v.iter().map(|r| r["id"].clone()).collect::<Vec<_>>();
    // The Python tool logs in once more for its own call: its list has that token too.
    assert_eq!(ids(&o), ids(&t)[..o.len()]);

    // --columns on one record.
    let form = ["--columns", "EN=enabled,M=method", "account", "get", "mfa"];
    assert_eq!(fields(&ours(&form)), fields(&theirs(&form)));

    // A table without headers, in github's format, sorted, with named columns.
    let form = [
        "-n",
        "--table-format",
        "github",
        "-s",
        "id",
        "--columns",
        "ID=id,V=valid",
        "token",
        "ls",
    ];
    let cells = |text: &str| -> Vec<Vec<String>> {
        text.lines()
            .filter(|l| !l.starts_with("|-"))
            .map(|l| {
                l.trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().to_lowercase())
                    .collect()
            })
            .collect()
    };
    let (o, t) = (cells(&ours(&form)), cells(&theirs(&form)));
    assert_eq!(o[..], t[..o.len()]);

    // The options Python users type that change nothing in the data.
    for extra in [
        &["-v"][..],
        &["-l", "DEBUG"],
        &["--wait"],
        &["--no-wait"],
        &["-x"],
    ] {
        let mut form = extra.to_vec();
        form.extend(["-o", "json", "account", "get", "mfa"]);
        let (o, t): (Value, Value) = (
            serde_json::from_str(&ours(&form)).unwrap(),
            serde_json::from_str(&theirs(&form)).unwrap(),
        );
        let t = match t {
            Value::Array(mut items) => items.remove(0),
            one => one,
        };
        assert_eq!(o["enabled"], t["enabled"], "{extra:?}");
    }
    // --columns-width cuts the same cells.
    let form = [
        "--columns-width",
        "5",
        "--columns",
        "IP=ip_address",
        "-n",
        "token",
        "ls",
    ];
    let first = |s: String| {
        let mut rows = s.lines().filter(|l| !l.starts_with('-'));
        rows.next().unwrap().trim().to_owned()
    };
    assert_eq!(first(ours(&form)), first(theirs(&form)));
}

#[test]
fn a_kept_token_no_header_can_carry_is_not_used() {
    let env = Env::start();
    env.add_user("fay");
    let token = stdout(env.cli("fay").args(["--no-session", "token", "mk"]));
    // The Python tool's `token:` with a line break pasted into it.
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.yaml"),
        format!(
            "general:\n  default_endpoint_name: mock\nendpoints:\n- url: {}\n  name: mock\n  \
             token: \"{}\\nx\"\n",
            env.url(),
            token.trim_end()
        ),
    )
    .unwrap();
    let shown = json_out(
        env.bare_cli()
            .env("VSS_USER", "fay")
            .env("VSS_USER_PASS", PASSWORD)
            .args(["-o", "json", "token", "show"]),
    );
    assert_eq!(shown["source"], "login", "{shown}");
}
