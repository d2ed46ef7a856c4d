//! Faults a test can really cause, for what a program does when the system refuses: a disk
//! that is full.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// How a full disk is made here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullDisk {
    /// A 16 KiB tmpfs, mounted in a user and mount namespace of the program's own
    /// (`unshare -rm`, which needs no privilege where user namespaces are allowed) and filled
    /// up: writes fail with ENOSPC.
    Tmpfs,
    /// No file may grow (RLIMIT_FSIZE 0, SIGXFSZ ignored), where user namespaces are not
    /// allowed: writes fail with EFBIG, anywhere.
    NoFileMayGrow,
}

/// Which [`FullDisk`] this machine allows.
pub fn full_disk_kind() -> FullDisk {
    tmpfs_probe().0
}

/// Which [`FullDisk`] this machine allows, and why not a tmpfs when it does not.
fn tmpfs_probe() -> &'static (FullDisk, String) {
    static KIND: OnceLock<(FullDisk, String)> = OnceLock::new();
    KIND.get_or_init(|| {
        // Mount one and run a program there: where user namespaces or mounts in them are not
        // allowed, this fails.
        if crate::tools::find("unshare").is_none() {
            return (FullDisk::NoFileMayGrow, "no unshare on PATH".into());
        }
        let dir = tempfile::tempdir().unwrap();
        match full_disk_command(FullDisk::Tmpfs, dir.path(), Path::new("/bin/true")).output() {
            Ok(o) if o.status.success() => (FullDisk::Tmpfs, String::new()),
            Ok(o) => (
                FullDisk::NoFileMayGrow,
                format!(
                    "unshare -rm and mount -t tmpfs: {}, {}",
                    o.status,
                    String::from_utf8_lossy(&o.stderr).trim()
                ),
            ),
            Err(e) => (FullDisk::NoFileMayGrow, format!("unshare: {e}")),
        }
    })
}

/// A command that runs `program` with the folder `dir` on a full disk (see [`FullDisk`]);
/// add its arguments, environment and working folder as to `Command::new(program)`. `dir`
/// must exist; with a tmpfs, what it held is hidden while the program runs. Where no tmpfs
/// can be mounted, no file may grow instead: said on stderr once per test, and a failure
/// with `CI` set (see [`crate::tools::real_or_instead`]).
#[track_caller]
pub fn on_a_full_disk(dir: &Path, program: &Path) -> Command {
    let (kind, why) = tmpfs_probe();
    thread_local! {
        static SAID: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !SAID.with(|said| said.replace(true)) {
        crate::tools::real_or_instead(
            "a 16 KiB tmpfs mounted in a user namespace",
            *kind == FullDisk::Tmpfs,
            "a file-size limit (RLIMIT_FSIZE 0)",
            &format!(
                "{why}; it needs util-linux's unshare and mount, and user namespaces allowed: \
                 sysctl kernel.unprivileged_userns_clone=1 and user.max_user_namespaces > 0"
            ),
        );
    }
    full_disk_command(*kind, dir, program)
}

fn full_disk_command(kind: FullDisk, dir: &Path, program: &Path) -> Command {
    match kind {
        FullDisk::Tmpfs => {
            let tool = |name: &str| crate::tools::find(name).unwrap_or_else(|| name.into());
            let mut cmd = Command::new(tool("unshare"));
            cmd.args(["-rm", "/bin/sh", "-c"])
                .arg(
                    "mount=$1 head=$2 dir=$3; shift 3; \
                     \"$mount\" -t tmpfs -o size=16k vss-full \"$dir\" || exit 97; \
                     \"$head\" -c 1048576 /dev/zero > \"$dir/filler\" 2>/dev/null; \
                     exec \"$@\"",
                )
                .arg("sh")
                .arg(tool("mount"))
                .arg(tool("head"))
                .arg(dir)
                .arg(program);
            cmd
        }
        FullDisk::NoFileMayGrow => {
            use std::os::unix::process::CommandExt;
            let mut cmd = Command::new(program);
            // SAFETY: only async-signal-safe calls between fork and exec.
            unsafe {
                cmd.pre_exec(|| {
                    let none = libc::rlimit {
                        rlim_cur: 0,
                        rlim_max: 0,
                    };
                    if libc::setrlimit(libc::RLIMIT_FSIZE, &none) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                    Ok(())
                });
            }
            cmd
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_on_the_full_disk_fails_and_an_empty_file_can_be_made() {
        let mut kinds = vec![FullDisk::NoFileMayGrow];
        let (kind, why) = tmpfs_probe();
        if crate::tools::real_or_instead(
            "a 16 KiB tmpfs mounted in a user namespace",
            *kind == FullDisk::Tmpfs,
            "the file-size limit alone",
            why,
        ) {
            kinds.push(FullDisk::Tmpfs);
        }
        for kind in kinds {
            let dir = tempfile::tempdir().unwrap();
            let full = dir.path().join("full");
            std::fs::create_dir(&full).unwrap();
            let out = full_disk_command(kind, &full, Path::new("/bin/sh"))
                .arg("-c")
                .arg(": > \"$0/empty\" && echo made; echo data > \"$0/data\" || echo refused")
                .arg(&full)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                stdout,
                "made\nrefused\n",
                "{kind:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
