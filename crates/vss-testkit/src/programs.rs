//! Programs a test hands to `vss-cli` to run — a code-giving program as `ykman oath accounts
//! code` or `op item get --otp` would be, a vault's insert command — written as shell scripts
//! into a folder that goes first on `PATH`, each counting its runs; and what a test of codes
//! made on this computer's clock needs: room left in the current 30-second time step.
//!
//! ```no_run
//! let programs = vss_testkit::programs::Programs::in_dir(&std::env::temp_dir().join("bin"));
//! programs.script("ykman", "printf 'VSS:ann  %s\\n' \"$(oathtool --totp -b KEY)\"");
//! // ... vss-cli --totp-command 'ykman oath accounts code VSS' with PATH=programs.path() ...
//! assert_eq!(programs.runs("ykman"), 1);
//! ```

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A folder of scripts.
pub struct Programs {
    dir: PathBuf,
}

impl Programs {
    /// The folder `dir` (made if missing).
    pub fn in_dir(dir: &Path) -> Programs {
        std::fs::create_dir_all(dir).unwrap();
        Programs {
            dir: dir.to_owned(),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes the executable `#!/bin/sh` script `name` running `body`; each run is first
    /// counted (see [`Programs::runs`]). Returns its path.
    pub fn script(&self, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.dir.join(name);
        let runs = self.runs_file(name);
        std::fs::write(
            &path,
            format!("#!/bin/sh\necho run >> '{}'\n{body}\n", runs.display()),
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    /// How many times the script `name` ran.
    pub fn runs(&self, name: &str) -> usize {
        std::fs::read_to_string(self.runs_file(name))
            .map(|text| text.lines().count())
            .unwrap_or(0)
    }

    fn runs_file(&self, name: &str) -> PathBuf {
        self.dir.join(format!(".{name}.runs"))
    }

    /// `PATH` with this folder first, then the test's own.
    pub fn path(&self) -> OsString {
        let mut dirs = vec![self.dir.clone()];
        if let Some(path) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&path));
        }
        std::env::join_paths(dirs).unwrap()
    }
}

/// Seconds since the Unix epoch by this computer's clock, with fractions.
pub fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// Waits, when fewer than `secs` seconds are left in the current 30-second TOTP time step,
/// for the next one to begin: what follows then runs in one step, unless it takes longer.
pub fn room_in_step(secs: f64) {
    let left = 30.0 - unix_now() % 30.0;
    if left < secs {
        std::thread::sleep(Duration::from_secs_f64(left + 0.2));
    }
}
