//! What a test needs beyond the Rust toolchain, gcc and Python (a shell, a linter, strace, a
//! keyring daemon, a package tool, a Python virtualenv, ...): whether it is here, and what
//! happens when it is not. Outside CI the test says so where it is seen (straight on the
//! process's stderr, which the test harness does not capture) and returns early; with the
//! `CI` environment variable set — where `.ci/run` installs everything — a missing tool fails
//! the test, so nothing is skipped silently where it should have run. The same for a stand-in
//! ([`real_or_instead`]: `groff` for `mandoc`, a file-size limit for a full tmpfs): said
//! outside CI, a failure under it.
//!
//! ```no_run
//! if !vss_testkit::tools::program("oathtool", "apt-get install oathtool") {
//!     return;
//! }
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether the `CI` environment variable asks for every test to run (set, and neither empty,
/// `0` nor `false`).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// The executable `program` on `PATH`, if there is one.
pub fn find(program: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| {
            std::fs::metadata(candidate)
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// Whether what a test needs, `what`, is `available`. When it is not: with `CI` set, the test
/// fails naming `install` (how to get it); otherwise it says so on stderr and this returns
/// false, and the test returns without checking anything.
#[track_caller]
pub fn needed(what: &str, available: bool, install: &str) -> bool {
    decide(what, available, install, in_ci(), &mut std::io::stderr())
}

/// [`needed`], with `ci` for the environment and `note` for stderr.
#[track_caller]
fn decide(what: &str, available: bool, install: &str, ci: bool, note: &mut dyn Write) -> bool {
    if available {
        return true;
    }
    let test = std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_owned();
    assert!(
        !ci,
        "{test}: {what} is needed and missing ({install}); CI must install it"
    );
    let _ = writeln!(
        note,
        "note: {test} did not run: {what} is missing ({install}); with CI set it fails"
    );
    false
}

/// Whether the real thing a test's claim rests on, `real`, `works` here. When it does not, the
/// test goes on with `instead` (a weaker stand-in): with `CI` set, the test fails naming
/// `remedy` (what makes the real thing work); otherwise it says on stderr which it used.
/// Returns `works`.
#[track_caller]
pub fn real_or_instead(real: &str, works: bool, instead: &str, remedy: &str) -> bool {
    fall_back(
        real,
        works,
        instead,
        remedy,
        in_ci(),
        &mut std::io::stderr(),
    )
}

/// [`real_or_instead`], with `ci` for the environment and `note` for stderr.
#[track_caller]
fn fall_back(
    real: &str,
    works: bool,
    instead: &str,
    remedy: &str,
    ci: bool,
    note: &mut dyn Write,
) -> bool {
    if works {
        return true;
    }
    let test = std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_owned();
    assert!(
        !ci,
        "{test}: {real} does not work here ({remedy}); CI must make it work, not fall back on \
         {instead}"
    );
    let _ = writeln!(
        note,
        "note: {test} used {instead}: {real} does not work here ({remedy}); with CI set it fails"
    );
    false
}

/// [`needed`] for a program on `PATH`.
#[track_caller]
pub fn program(name: &str, install: &str) -> bool {
    needed(name, find(name).is_some(), install)
}

/// [`needed`] for a file the system provides (a script a package installs, a device).
#[track_caller]
pub fn file(path: &Path, install: &str) -> bool {
    needed(&path.display().to_string(), path.exists(), install)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_programs_on_the_path() {
        assert!(find("sh").is_some());
        assert!(find("no-such-program-here").is_none());
    }

    #[test]
    fn a_missing_tool_fails_in_ci_and_is_reported_elsewhere() {
        let mut note = Vec::new();
        assert!(decide("sh", true, "always there", true, &mut note));
        assert!(note.is_empty());
        let install = "apt-get install frobtool";
        assert!(!decide("frobtool", false, install, false, &mut note));
        let note = String::from_utf8(note).unwrap();
        assert!(
            note.starts_with("note: ")
                && note.ends_with(
                    " did not run: frobtool is missing (apt-get install frobtool); with CI \
                     set it fails\n"
                ),
            "{note}"
        );
        let failed =
            std::panic::catch_unwind(|| decide("frobtool", false, install, true, &mut Vec::new()));
        let message = *failed
            .expect_err("passed in CI")
            .downcast::<String>()
            .unwrap();
        assert!(
            message.contains("frobtool is needed and missing (apt-get install frobtool)"),
            "{message}"
        );
    }

    #[test]
    fn a_fallback_fails_in_ci_and_is_said_elsewhere() {
        let mut note = Vec::new();
        assert!(fall_back(
            "frob",
            true,
            "fakefrob",
            "install frob",
            true,
            &mut note
        ));
        assert!(note.is_empty());
        assert!(!fall_back(
            "frob",
            false,
            "fakefrob",
            "install frob",
            false,
            &mut note
        ));
        let note = String::from_utf8(note).unwrap();
        assert!(
            note.starts_with("note: ")
                && note.ends_with(
                    " used fakefrob: frob does not work here (install frob); with CI set it \
                     fails\n"
                ),
            "{note}"
        );
        let failed = std::panic::catch_unwind(|| {
            fall_back(
                "frob",
                false,
                "fakefrob",
                "install frob",
                true,
                &mut Vec::new(),
            )
        });
        let message = *failed
            .expect_err("fell back in CI")
            .downcast::<String>()
            .unwrap();
        assert!(
            message.ends_with(
                "frob does not work here (install frob); CI must make it work, not fall back on \
                 fakefrob"
            ),
            "{message}"
        );
    }
}
