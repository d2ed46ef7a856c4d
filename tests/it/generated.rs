//! The committed completion scripts (`completions/`) and man pages (`man/`) are exactly what
//! the program renders now, the man pages are clean for `mandoc -T lint` (`groff -ww` where
//! mandoc is missing: said on stderr, and a failure under CI) and `man -l` shows them. On a
//! difference, the failure names the one command that writes them all again.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use vss_cli::for_tests;
use vss_generate::{Program, MAN_DATE, REGENERATE, SHELLS};
use vss_testkit::tools;

/// Both programs, as the generator sees them.
const PROGRAMS: [&Program; 2] = [
    &for_tests::GENERATOR,
    &vss_mock_server::for_tests::GENERATOR,
];

/// Every generated file, by its path relative to the project (`completions/…`, `man/…`).
fn all_files() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for program in PROGRAMS {
        for (name, text) in program.completion_files() {
            files.push((Path::new("completions").join(name), text));
        }
        for (name, text) in program.man_pages() {
            files.push((Path::new("man").join(name), text));
        }
    }
    files
}

fn man_pages() -> Vec<(String, String)> {
    PROGRAMS.iter().flat_map(|p| p.man_pages()).collect()
}

fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn committed(dir: &str) -> BTreeSet<PathBuf> {
    let mut files = BTreeSet::new();
    if let Ok(entries) = std::fs::read_dir(project().join(dir)) {
        for entry in entries {
            files.insert(Path::new(dir).join(entry.unwrap().file_name()));
        }
    }
    files
}

#[test]
fn committed_files_are_what_the_program_renders() {
    let mut problems = Vec::new();
    let mut rendered = BTreeSet::new();
    for (path, text) in all_files() {
        match std::fs::read_to_string(project().join(&path)) {
            Ok(old) if old == text => {}
            Ok(_) => problems.push(format!("{} is out of date", path.display())),
            Err(_) => problems.push(format!("{} is missing", path.display())),
        }
        rendered.insert(path);
    }
    for path in committed("completions").union(&committed("man")) {
        if !rendered.contains(path) {
            problems.push(format!("{} is no longer generated", path.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\nThe completion scripts and man pages are generated. Write them again with:\n\n    \
         {REGENERATE}\n\nand commit completions/ and man/.",
        problems.join("\n")
    );
}

#[test]
fn completion_command_prints_the_committed_scripts() {
    for shell in SHELLS {
        let out = Command::new(env!("CARGO_BIN_EXE_vss-cli"))
            .args(["completion", &shell.to_string()])
            .env_remove("VSS_CONFIG")
            .output()
            .unwrap();
        assert!(out.status.success(), "completion {shell}");
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            for_tests::GENERATOR.completion(shell),
            "vss-cli completion {shell} differs from what __generate writes"
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_vss-cli"))
        .args(["completion", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_generate_command_writes_the_same_files() {
    let dir = tempfile::tempdir().unwrap();
    // A page of a command that no longer exists is removed; the other program's files stay.
    std::fs::create_dir_all(dir.path().join("man")).unwrap();
    std::fs::write(dir.path().join("man/vss-cli-gone.1"), "stale").unwrap();
    std::fs::write(dir.path().join("man/vss-mock-server.1"), "the server's").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_vss-cli"))
        .args(["__generate", "all"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (name, text) in for_tests::GENERATOR.completion_files() {
        let path = dir.path().join("completions").join(name);
        assert_eq!(std::fs::read_to_string(path).unwrap(), text);
    }
    for (name, text) in for_tests::GENERATOR.man_pages() {
        let path = dir.path().join("man").join(name);
        assert_eq!(std::fs::read_to_string(path).unwrap(), text);
    }
    assert!(!dir.path().join("man/vss-cli-gone.1").exists());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("man/vss-mock-server.1")).unwrap(),
        "the server's"
    );
}

#[test]
fn top_man_page_documents_every_variable_exit_code_and_flow() {
    let pages = man_pages();
    let top = &pages.iter().find(|(n, _)| n == "vss-cli.1").unwrap().1;
    let section = |name: &str| -> String {
        let heading = if name.contains(' ') {
            format!(".SH \"{name}\"\n")
        } else {
            format!(".SH {name}\n")
        };
        let start = top.find(&heading).unwrap_or_else(|| panic!("no {name}"));
        let rest = &top[start + heading.len()..];
        rest[..rest.find("\n.SH ").unwrap_or(rest.len())].to_owned()
    };
    // Every variable an option of the tree reads, found from the clap definition itself.
    let env = section("ENVIRONMENT");
    fn walk(cmd: &clap::Command, vars: &mut BTreeSet<String>) {
        for arg in cmd.get_arguments() {
            if let Some(e) = arg.get_env() {
                vars.insert(e.to_string_lossy().into_owned());
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, vars);
        }
    }
    let mut vars = BTreeSet::new();
    walk(&(for_tests::GENERATOR.command)(), &mut vars);
    assert!(vars.len() >= 10, "{vars:?}");
    for var in vars.iter().map(String::as_str).chain(["NO_COLOR"]) {
        assert!(
            env.contains(&format!("\\fB{var}\\fR")),
            "ENVIRONMENT lacks {var}"
        );
    }
    let exit = section("EXIT STATUS");
    for code in for_tests::exit_codes() {
        assert!(exit.contains(&format!("\\fB{code}\\fR")), "{code}");
    }
    let files = section("FILES");
    for f in [
        "config.yaml",
        "secrets.yaml",
        "credentials.enc",
        "USER_ISSUER_recovery_codes.txt",
        "vss\\-cli.",
    ] {
        assert!(files.contains(f), "FILES lacks {f}");
    }
    let examples = section("EXAMPLES").replace("\\-", "-");
    for flow in [
        "mfa mk AUTHENTICATOR",
        "mfa mk EMAIL",
        "mfa mk SMS --phone",
        "mfa verify",
        "mfa get-token",
        "mfa rm --confirmation-token",
        "mfa recovery-codes",
        "--replace",
        "--totp 123456 token mk",
        "--recovery-code",
        "configure mk",
    ] {
        assert!(examples.contains(flow), "EXAMPLES lacks {flow}");
    }
    assert!(top.contains(MAN_DATE));
}

#[test]
fn every_command_has_a_page() {
    let names: BTreeSet<String> = man_pages().into_iter().map(|(n, _)| n).collect();
    for page in [
        "vss-cli.1",
        "vss-cli-account-set-mfa-mk.1",
        "vss-cli-account-set-mfa-rm.1",
        "vss-cli-account-get-mfa.1",
        "vss-cli-configure-mk.1",
        "vss-cli-token-mk.1",
        "vss-cli-completion.1",
        "vss-mock-server.1",
        "vss-mock-server-user-add.1",
    ] {
        assert!(names.contains(page), "no {page}");
    }
    assert!(
        !names.iter().any(|n| n.contains("help") || n.contains("__")),
        "{names:?}"
    );
}

#[test]
fn every_leaf_command_has_its_own_examples_and_exit_status() {
    // The leaf commands of vss-cli, by their path.
    fn leaves(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(path);
            return;
        }
        for sub in subs {
            let mut next = path.clone();
            next.push(sub.get_name().to_owned());
            leaves(sub, next, out);
        }
    }
    let mut paths = Vec::new();
    leaves(&(for_tests::GENERATOR.command)(), Vec::new(), &mut paths);
    assert!(paths.len() > 20, "{paths:?}");
    let pages: std::collections::BTreeMap<String, String> = man_pages().into_iter().collect();
    let client = vss_testkit::client::client_binary();
    for path in paths {
        let page = &pages[&format!("vss-cli-{}.1", path.join("-"))];
        let examples = page.find("\n.SH EXAMPLES\n");
        let status = page.find("\n.SH \"EXIT STATUS\"\n");
        assert!(
            examples.is_some() && status.is_some(),
            "{path:?} has no EXAMPLES or EXIT STATUS"
        );
        // The examples are of this command.
        let examples = &page[examples.unwrap()..];
        let shown = path.join(" ").replace('-', "\\-");
        assert!(
            examples.contains(&shown),
            "{path:?}: no example runs {shown}:\n{examples}"
        );
        // The same in --help.
        let out = std::process::Command::new(&client)
            .args(&path)
            .arg("--help")
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        let codes = help.contains("\nExit codes:\n")
            && (help.contains(" 0  success\n") || help.contains(" N  CMD ran and exited"));
        assert!(help.contains("\nExamples:\n") && codes, "{path:?}:\n{help}");
    }
    // Each says what it does: only mk shows a QR code.
    let help = |args: &[&str]| {
        let out = std::process::Command::new(&client)
            .args(args)
            .arg("--help")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(!help(&["account", "set", "mfa", "recovery-codes"]).contains("QR"));
    assert!(help(&["account", "set", "mfa", "mk"]).contains("(show the QR, save the codes)"));
}

#[test]
fn man_pages_pass_the_linter() {
    let files: Vec<PathBuf> = committed("man")
        .into_iter()
        .map(|p| project().join(p))
        .collect();
    assert!(!files.is_empty());
    let (tool, out) = if tools::find("mandoc").is_none() && tools::find("groff").is_some() {
        // groff's warnings where mandoc, which the README names, is missing: said, and a
        // failure under CI.
        tools::real_or_instead(
            "mandoc -T lint",
            false,
            "groff -ww -z",
            "apt-get install mandoc",
        );
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg("for f; do groff -ww -z -man \"$f\" || exit 1; done")
            .arg("sh")
            .args(&files);
        ("groff -ww -z", cmd.output().unwrap())
    } else {
        if !tools::program("mandoc", "apt-get install mandoc") {
            return;
        }
        let out = Command::new("mandoc")
            .args(["-T", "lint"])
            .args(&files)
            .output()
            .unwrap();
        ("mandoc -T lint", out)
    };
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && report.trim().is_empty(),
        "{tool}:\n{report}"
    );
}

#[test]
fn man_shows_the_pages() {
    if !tools::program("man", "apt-get install man-db") {
        return;
    }
    for (page, expect) in [
        ("vss-cli.1", "EXIT STATUS"),
        ("vss-cli-account-set-mfa-mk.1", "--remember-secret"),
        ("vss-mock-server.1", "VSS_MOCK_DATA_DIR"),
    ] {
        let out = Command::new("man")
            .arg("-l")
            .arg(project().join("man").join(page))
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("MANWIDTH", "100")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "man -l {page}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains(expect),
            "man -l {page} lacks {expect}:\n{text}"
        );
    }
}

/// What the README says of the tests: the programs' crates have one integration-test binary
/// each, `tests/it/main.rs`; the library crates have unit tests only.
#[test]
fn each_program_has_one_integration_test_binary_and_the_libraries_none() {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(project())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut tests = std::collections::BTreeMap::new();
    for package in metadata["packages"].as_array().unwrap() {
        let binaries: Vec<String> = package["targets"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["kind"].as_array().unwrap().iter().any(|k| k == "test"))
            .map(|t| {
                let path = Path::new(t["src_path"].as_str().unwrap());
                let dir = Path::new(package["manifest_path"].as_str().unwrap())
                    .parent()
                    .unwrap();
                path.strip_prefix(dir).unwrap().display().to_string()
            })
            .collect();
        tests.insert(package["name"].as_str().unwrap().to_owned(), binaries);
    }
    let one = vec!["tests/it/main.rs".to_owned()];
    let expected = std::collections::BTreeMap::from([
        ("vss-cli".to_owned(), one.clone()),
        ("vss-fs".to_owned(), vec![]),
        ("vss-generate".to_owned(), vec![]),
        ("vss-mock-server".to_owned(), one),
        ("vss-phone".to_owned(), vec![]),
        ("vss-qr".to_owned(), vec![]),
        ("vss-redacted".to_owned(), vec![]),
        ("vss-testkit".to_owned(), vec![]),
        ("vss-totp".to_owned(), vec![]),
        ("vss-wire".to_owned(), vec![]),
    ]);
    assert_eq!(tests, expected);
}
