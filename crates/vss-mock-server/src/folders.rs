//! The folders the server makes (the data folder, the outbox and its mail folder): private to
//! its user, 0700, whatever the umask, since what they hold is (password hashes, keys, codes).

use std::io;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;

/// Makes `dir` and the parents it lacks, each 0700 whatever the umask; folders already there
/// are left as they are.
pub(crate) fn create_private(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private(parent)?;
    }
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        // The umask may have taken bits away: set the mode itself.
        Ok(()) => std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)),
        // Made meanwhile by someone else: theirs.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]
mod tests {
    use super::*;

    #[test]
    fn made_private_and_existing_ones_left_alone() {
        let root = tempfile::tempdir().unwrap();
        let open = root.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o755)).unwrap();
        let deep = open.join("a/b/c");
        create_private(&deep).unwrap();
        create_private(&deep).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for made in [open.join("a"), open.join("a/b"), deep.clone()] {
            assert_eq!(mode(&made), 0o700, "{}", made.display());
        }
        assert_eq!(mode(&open), 0o755);
        let file = root.path().join("file");
        std::fs::write(&file, b"").unwrap();
        assert!(create_private(&file.join("x")).is_err());
    }
}
