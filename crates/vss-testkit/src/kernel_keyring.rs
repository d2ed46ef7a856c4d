//! The kernel keyring in tests. `vss-cli` keeps a secret there in the session keyring and links
//! it into the user's persistent keyring, which every session of the user shares and which
//! outlives them by days: the machine's, not the test's. So a program a test runs gets a
//! session keyring of its own ([`own_session`], what `keyctl session -` does, without its
//! message), each test names what it keeps with marks of its own (an endpoint name with the
//! test's process id, its server's URL), and a [`Marked`] takes whatever is named with them out
//! of the persistent keyring when the test ends, however it ends. [`Marked::left`] is what a
//! test checks is gone after its own last command.

use std::os::unix::process::CommandExt;
use std::process::Command;

/// `KEYCTL_JOIN_SESSION_KEYRING`, from `<linux/keyctl.h>`.
const KEYCTL_JOIN_SESSION_KEYRING: libc::c_long = 1;

/// Makes `cmd` run in a new anonymous session keyring of its own, as a new login session
/// would have (other sessions of the user reach what it keeps only through the persistent
/// keyring). Where the kernel has no keyrings there is nothing to keep apart, and it runs as
/// it is.
pub fn own_session(cmd: &mut Command) -> &mut Command {
    // SAFETY: one system call between fork and exec, no allocation.
    unsafe {
        cmd.pre_exec(|| {
            libc::syscall(
                libc::SYS_keyctl,
                KEYCTL_JOIN_SESSION_KEYRING,
                std::ptr::null::<libc::c_char>(),
            );
            Ok(())
        });
    }
    cmd
}

/// The entries of one test in the kernel keyring: those whose description holds one of its
/// marks (not followed by a letter or digit, so that `127.0.0.1:4000` does not mark
/// `127.0.0.1:40001`). Dropping it removes them from the user's persistent keyring.
pub struct Marked {
    marks: Vec<String>,
}

impl Marked {
    pub fn new<S: Into<String>>(marks: impl IntoIterator<Item = S>) -> Marked {
        Marked {
            marks: marks.into_iter().map(Into::into).collect(),
        }
    }

    /// Whether `description` is named with one of the marks.
    pub fn names(&self, description: &str) -> bool {
        self.marks.iter().any(|mark| {
            description.match_indices(mark.as_str()).any(|(i, _)| {
                !description[i + mark.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            })
        })
    }

    /// The descriptions of the marked entries in the user's persistent keyring.
    pub fn left(&self) -> Vec<String> {
        self.entries().into_iter().map(|(_, d)| d).collect()
    }

    /// The marked entries of the persistent keyring, as (id, description), read in a session of
    /// their own that the persistent keyring is linked into.
    fn entries(&self) -> Vec<(String, String)> {
        let script = "p=$(keyctl get_persistent @s 2>/dev/null) || exit 0
for k in $(keyctl rlist \"$p\" 2>/dev/null); do
  printf '%s\\t%s\\n' \"$k\" \"$(keyctl rdescribe \"$k\" 2>/dev/null)\"
done";
        let Ok(out) = own_session(Command::new("sh").args(["-c", script])).output() else {
            return Vec::new();
        };
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|line| {
                let (id, described) = line.split_once('\t')?;
                // type;uid;gid;perm;description
                let description = described.splitn(5, ';').nth(4)?;
                self.names(description)
                    .then(|| (id.to_owned(), description.to_owned()))
            })
            .collect()
    }
}

impl Drop for Marked {
    fn drop(&mut self) {
        let ids: Vec<String> = self.entries().into_iter().map(|(id, _)| id).collect();
        if ids.is_empty() {
            return;
        }
        let _ = own_session(
            Command::new("sh")
                .args([
                    "-c",
                    "keyctl get_persistent @s >/dev/null 2>&1; \
                     for k; do keyctl invalidate \"$k\" >/dev/null 2>&1; done",
                    "sh",
                ])
                .args(&ids),
        )
        .status();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_names_what_holds_it_whole() {
        let marked = Marked::new(["http://127.0.0.1:4000", "keyutils-12-ned"]);
        assert!(marked.names("keyring:vss-cli_ned@http://127.0.0.1:4000_token@vss-cli"));
        assert!(marked.names("keyring-rs:http://127.0.0.1:4000 ned password@vss-cli"));
        assert!(marked.names("keyring:vss-cli_keyutils-12-ned_password@vss-cli"));
        assert!(!marked.names("keyring:vss-cli_ned@http://127.0.0.1:40001_token@vss-cli"));
        assert!(!marked.names("keyring:vss-cli_keyutils-123-ned_password@vss-cli"));
        assert!(!marked.names("keyring:vss-cli probe@vss-cli"));
    }
}
