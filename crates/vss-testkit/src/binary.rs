//! The server as the real `vss-mock-server` binary: its command line, its log, signals.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::time::Duration;

/// The `vss-mock-server` executable.
pub struct ServerBinary(PathBuf);

impl ServerBinary {
    /// The binary at `path` (the server's own tests: `env!("CARGO_BIN_EXE_vss-mock-server")`).
    pub fn at(path: impl Into<PathBuf>) -> ServerBinary {
        ServerBinary(path.into())
    }

    /// The binary of this workspace, for the tests of another package, which cargo does not
    /// build it for: the one beside the running test when it is newer than the server's
    /// sources (`cargo test` at the root builds it), else built with cargo first.
    pub fn built() -> ServerBinary {
        static BUILT: OnceLock<PathBuf> = OnceLock::new();
        ServerBinary(BUILT.get_or_init(build).clone())
    }

    /// `vss-mock-server` with none of the variables it reads from the test's environment.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(&self.0);
        cmd.env_remove("VSS_MOCK_DATA_DIR").env_remove("RUST_LOG");
        cmd
    }

    /// `vss-mock-server --data-dir DATA user add ARGS --password-stdin`, the password written
    /// to its stdin.
    pub fn user_add(&self, data: &Path, args: &[&str], password: &str) -> Output {
        let mut child = self
            .command()
            .arg("--data-dir")
            .arg(data)
            .args(["user", "add"])
            .args(args)
            .arg("--password-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    }

    /// Starts `cmd` (made from [`ServerBinary::command`]) with its log read in the background,
    /// and waits until it says where it listens.
    pub fn spawn(mut cmd: Command) -> Running {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel::<String>();
        let lines = Arc::clone(&log);
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(url) = line.split("vss-mock-server: listening on ").nth(1) {
                    let _ = tx.send(url.trim().to_owned());
                }
                let mut log = lines.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("the server did not listen: {}", log.lock().unwrap()));
        Running {
            child,
            url,
            log,
            reader: Some(reader),
        }
    }
}

/// A running server binary.
pub struct Running {
    pub child: Child,
    /// Its base URL.
    pub url: String,
    log: Arc<Mutex<String>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// What it logged so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Sends SIGTERM and waits; returns whether it exited with success, and its whole log.
    pub fn terminate(mut self) -> (bool, String) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = self.child.wait().unwrap();
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        (exit.success(), self.log())
    }

    /// SIGKILL, and wait; returns its whole log.
    pub fn kill(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        self.log()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The server binary in the target folder of the running test, built with cargo unless it is
/// newer than everything it is built from.
fn build() -> PathBuf {
    // target/PROFILE/deps/TEST-HASH → target/PROFILE
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(Path::parent).unwrap().to_owned();
    let binary = profile_dir.join("vss-mock-server");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let built = std::fs::metadata(&binary).and_then(|m| m.modified()).ok();
    let sources = [
        "Cargo.toml",
        "Cargo.lock",
        "crates/vss-mock-server",
        "crates/vss-wire",
        "crates/vss-redacted",
        "crates/vss-fs",
        "crates/vss-totp",
        "crates/vss-qr",
        "crates/vss-phone",
        "crates/vss-generate",
    ]
    .iter()
    .filter_map(|p| newest(&workspace.join(p)))
    .max();
    if let (Some(built), Some(sources)) = (built, sources) {
        if built > sources {
            return binary;
        }
    }
    let manifest = workspace.join("Cargo.toml");
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo
        .args(["build", "--quiet", "--package", "vss-mock-server", "--bin"])
        .arg("vss-mock-server")
        .arg("--manifest-path")
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", profile_dir.parent().unwrap());
    if profile_dir.file_name().is_some_and(|n| n == "release") {
        cargo.arg("--release");
    }
    let out = cargo.output().unwrap();
    assert!(
        out.status.success(),
        "cannot build vss-mock-server: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    binary
}

/// When the file at `path`, or the newest file under it (tests excepted), last changed.
fn newest(path: &Path) -> Option<std::time::SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_file() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_name() != "tests")
        .filter_map(|e| newest(&e.path()))
        .max()
}
