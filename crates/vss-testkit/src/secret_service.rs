//! A real Secret Service, as on a Linux desktop: a private D-Bus session
//! (`dbus-run-session`) with GNOME Keyring's secrets component in it, its login keyring
//! unlocked, for as long as the value lives.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

/// What the session runs: the keyring daemon, unlocked with a throw-away password; then, once
/// the daemon owns its bus name (a call before that would have D-Bus start a second, locked
/// daemon), the bus address on stdout; then nothing until its stdin closes.
const SESSION: &str = "printf 'test\\n' | gnome-keyring-daemon --unlock --components=secrets \
                       >/dev/null || exit 1
WAIT_FOR_NAME";

/// The same with the daemon started and its keyring never unlocked (nor made), as on a machine
/// where nobody logged in to a desktop: it answers, and refuses to store anything.
const LOCKED_SESSION: &str =
    "gnome-keyring-daemon --start --components=secrets >/dev/null || exit 1
WAIT_FOR_NAME";

/// Waits until the daemon owns its bus name, prints the bus address and waits on stdin.
const WAIT_FOR_NAME: &str = "tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q 'boolean true'; do
  tries=$((tries + 1)); [ $tries -lt 400 ] || exit 1; sleep 0.05
done
echo \"$DBUS_SESSION_BUS_ADDRESS\"
cat >/dev/null";

/// A running session bus with a Secret Service. Dropping it ends both.
pub struct SecretService {
    session: Child,
    stdin: Option<ChildStdin>,
    address: String,
}

impl SecretService {
    /// Starts one for a user whose home is `home` (the keyring files go under it). Without
    /// `dbus-run-session`, `gnome-keyring-daemon` or `secret-tool` (Debian's `dbus`,
    /// `gnome-keyring`, `libsecret-tools`) this prints why and returns `None`, or panics when
    /// the `CI` environment variable is set.
    pub fn start(home: &Path) -> Option<SecretService> {
        let service = SecretService::launch(home, SESSION)?;
        service.wait_until_ready(home);
        Some(service)
    }

    /// Starts one whose keyring is locked: it answers searches and refuses to store.
    pub fn start_locked(home: &Path) -> Option<SecretService> {
        SecretService::launch(home, LOCKED_SESSION)
    }

    fn launch(home: &Path, script: &str) -> Option<SecretService> {
        for tool in [
            "dbus-run-session",
            "dbus-send",
            "gnome-keyring-daemon",
            "secret-tool",
        ] {
            if !crate::tools::program(tool, "apt-get install dbus gnome-keyring libsecret-tools") {
                return None;
            }
        }
        let mut session = Command::new("dbus-run-session")
            .args([
                "--",
                "sh",
                "-c",
                &script.replace("WAIT_FOR_NAME", WAIT_FOR_NAME),
            ])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-run-session starts");
        let stdin = session.stdin.take();
        let mut address = String::new();
        BufReader::new(session.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_owned();
        assert!(
            address.starts_with("unix:"),
            "the session bus did not start: {address:?}"
        );
        Some(SecretService {
            session,
            stdin,
            address,
        })
    }

    /// The daemon answers before its login collection can take items: waits until a
    /// throwaway item can be stored (and removes it).
    fn wait_until_ready(&self, home: &Path) {
        let probe = ["service", "vss-testkit", "username", "ready"];
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let stored = self.try_store(home, "ready", &probe);
            if stored.is_ok() {
                let _ = self
                    .secret_tool(home, &[&["clear"][..], &probe[..]].concat())
                    .status();
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the Secret Service never took an item: {}",
                stored.unwrap_err()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `secret-tool store --label x ATTRIBUTES` with `secret` on its stdin.
    fn try_store(&self, home: &Path, secret: &str, attributes: &[&str]) -> Result<(), String> {
        use std::io::Write;
        let args = [&["store", "--label", "vss-testkit"][..], attributes].concat();
        let mut child = self
            .secret_tool(home, &args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(secret.as_bytes())
            .map_err(|e| e.to_string())?;
        let out = child.wait_with_output().map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// `DBUS_SESSION_BUS_ADDRESS` of the session.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// `secret-tool ARGS` in the session, for a user whose home is `home`.
    pub fn secret_tool(&self, home: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new("secret-tool");
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address);
        cmd
    }

    /// The secret `secret-tool lookup service vss-cli username ACCOUNT` prints, if any.
    pub fn lookup(&self, home: &Path, account: &str) -> Option<String> {
        let out = self
            .secret_tool(home, &["lookup", "service", "vss-cli", "username", account])
            .output()
            .unwrap();
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Stores `secret` as `secret-tool store` does, under service `vss-cli` and `account`,
    /// plus the attributes `extra` (name, value, ...).
    pub fn store(&self, home: &Path, account: &str, secret: &str, extra: &[&str]) {
        let attributes = [&["service", "vss-cli", "username", account][..], extra].concat();
        if let Err(e) = self.try_store(home, secret, &attributes) {
            panic!("secret-tool store failed: {e}");
        }
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        // Closing its stdin ends the session; dbus-run-session then stops the bus, and the
        // keyring daemon leaves with it.
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.session.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.session.kill();
        let _ = self.session.wait();
    }
}
