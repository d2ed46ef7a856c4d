//! Private files the client writes (recovery codes, QR images, configuration, secrets): mode
//! 0600, atomic, never silently overwritten; Ctrl-C removes one half-written.

use std::path::Path;

pub(crate) use vss_fs::WriteError;

/// [`vss_fs::write_private`], with the temporary file removed on Ctrl-C.
pub(crate) fn write_private(
    path: &Path,
    contents: &[u8],
    overwrite: bool,
) -> Result<(), WriteError> {
    vss_fs::write_private(path, contents, overwrite, crate::interrupt::track)
}

impl From<WriteError> for crate::error::Error {
    fn from(e: WriteError) -> Self {
        crate::error::Error::file(e.to_string())
    }
}
