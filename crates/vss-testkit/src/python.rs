//! The public Python `vss-cli`, for tests that check what it writes, reads or sends: installed
//! once from PyPI into a throw-away virtualenv under `target/`, and reused by every later run.
//!
//! ```no_run
//! let Some(bin) = vss_testkit::python::venv_bin() else { return };
//! let status = std::process::Command::new(bin.join("vss-cli")).arg("--version").status();
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The release the client is compared with.
pub const VERSION: &str = "2026.4.0";

/// The `bin/` folder of a virtualenv with Python `vss-cli` [`VERSION`] (its `python`,
/// `vss-cli`, `pip`). Made on first use with `python3 -m venv` and pip, under a lock, so
/// parallel tests and test binaries share one; a finished one is reused.
///
/// Where it cannot be made (no `python3`, no `venv` module, PyPI out of reach), this returns
/// `None` after [`crate::tools::needed`] said why (or failed the test, under CI).
pub fn venv_bin() -> Option<PathBuf> {
    static VENV: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match VENV.get_or_init(install) {
        Ok(bin) => Some(bin.clone()),
        Err(why) => {
            crate::tools::needed(
                &format!("the Python vss-cli {VERSION}"),
                false,
                &format!("python3 -m venv and pip from PyPI: {why}"),
            );
            None
        }
    }
}

/// `target/` of the running test (target/PROFILE/deps/TEST-HASH).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.ancestors()
        .nth(3)
        .expect("a test binary under target/PROFILE/deps")
        .to_owned()
}

fn install() -> Result<PathBuf, String> {
    let root = target_dir();
    let venv = root.join(format!("python-vss-cli-{VERSION}"));
    let bin = venv.join("bin");
    let done = venv.join(".installed");
    let lock = std::fs::File::create(root.join(format!("python-vss-cli-{VERSION}.lock")))
        .map_err(|e| format!("cannot create the lock file: {e}"))?;
    lock.lock()
        .map_err(|e| format!("cannot lock the virtualenv: {e}"))?;
    if done.exists() {
        return Ok(bin);
    }
    // A half-made one (an interrupted run) is made again.
    if venv.exists() {
        std::fs::remove_dir_all(&venv)
            .map_err(|e| format!("cannot remove {}: {e}", venv.display()))?;
    }
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(bin.join("python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .arg(format!("vss-cli=={VERSION}")))?;
    let mut marker =
        std::fs::File::create(&done).map_err(|e| format!("cannot mark the virtualenv: {e}"))?;
    writeln!(marker, "vss-cli=={VERSION}").map_err(|e| e.to_string())?;
    Ok(bin)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{shown} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Runs the Python `script` with the virtualenv's interpreter and `args`, with only `HOME` and
/// `PATH` from outside (plus `envs`); returns its stdout, panicking with its output on failure.
pub fn run_script(
    bin: &Path,
    home: &Path,
    script: &str,
    args: &[&str],
    envs: &[(&str, &str)],
) -> String {
    let out = Command::new(bin.join("python"))
        .arg("-c")
        .arg(script)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .envs(envs.iter().copied())
        .output()
        .expect("the virtualenv's python runs");
    assert!(
        out.status.success(),
        "the Python script failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
