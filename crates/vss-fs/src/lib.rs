//! Writing files that hold secrets: private (0600), atomic, never silently overwritten. The
//! client writes recovery codes, QR images, its configuration and secrets this way; the server
//! its key file.

use std::io::Write;
use std::path::Path;

/// Why a private file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0} already exists; pass --force to overwrite it or choose another path")]
    Exists(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Writes `contents` to `path` with mode 0600: to a temporary file in the same directory,
/// synced, then renamed into place, so a reader never sees half a file and an interruption
/// leaves nothing behind. Without `overwrite`, an existing file is an error and stays untouched.
///
/// `while_writing` is called with the temporary file's path and its result kept until the file
/// is renamed or removed: a program that removes such files on Ctrl-C registers it there.
pub fn write_private<G>(
    path: &Path,
    contents: &[u8],
    overwrite: bool,
    while_writing: impl FnOnce(&Path) -> G,
) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    let io = |source| WriteError::Io {
        path: shown.clone(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !overwrite && path.exists() {
        return Err(WriteError::Exists(shown));
    }
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".vss-cli-")
        .tempfile_in(dir)
        .map_err(io)?;
    let _guard = while_writing(tmp.path());
    // Through the file itself: a failed write (a full disk) then says why, not also the
    // temporary file's name.
    tmp.as_file_mut().write_all(contents).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    let result = if overwrite {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    match result {
        Ok(()) => {}
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(WriteError::Exists(shown));
        }
        Err(e) => return Err(io(e.error)),
    }
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn creates_0600_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("codes.txt");
        write_private(&path, b"one", false, |_| ()).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(matches!(
            write_private(&path, b"two", false, |_| ()),
            Err(WriteError::Exists(_))
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_private(&path, b"three", true, |_| ()).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // No temporary file left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
