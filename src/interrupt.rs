//! Ctrl-C: remove any file being written, give the terminal back as it was, say what is left
//! to finish (an enrolment the server already started), exit 130.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::exit_codes::ExitCode;

/// Temporary files being written right now.
static IN_PROGRESS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// The terminal settings at start, restored on Ctrl-C (a password prompt turns echo off).
static TERMINAL: OnceLock<libc::termios> = OnceLock::new();
/// What the handler says, given whether it gave a prompt's terminal settings back.
type Say = Box<dyn Fn(bool) + Send + Sync>;

/// Where the handler writes.
static WRITER: OnceLock<Say> = OnceLock::new();

/// Installs the Ctrl-C handler; `say` writes what is left to say (the terminal's
/// [`InterruptWriter`](crate::terminal::InterruptWriter)). Call once, early.
pub(crate) fn install(say: Say) {
    let fd = libc::STDIN_FILENO;
    // SAFETY: tcgetattr only writes the struct it is given; isatty only reads the descriptor.
    unsafe {
        if libc::isatty(fd) == 1 {
            let mut settings = std::mem::zeroed::<libc::termios>();
            if libc::tcgetattr(fd, &mut settings) == 0 {
                let _ = TERMINAL.set(settings);
            }
        }
    }
    let _ = WRITER.set(say);
    let _ = ctrlc::set_handler(on_interrupt);
}

#[expect(
    clippy::disallowed_methods,
    reason = "the handler runs on its own thread and must end the process"
)]
fn on_interrupt() {
    if let Ok(files) = IN_PROGRESS.lock() {
        for file in files.iter() {
            let _ = std::fs::remove_file(file);
        }
    }
    let restore = TERMINAL.get().is_some();
    if let Some(settings) = TERMINAL.get() {
        // SAFETY: restores settings read from the same descriptor by tcgetattr.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, settings);
        }
    }
    if let Some(say) = WRITER.get() {
        say(restore);
    }
    std::process::exit(ExitCode::Interrupted.code());
}

/// Marks `path` as being written until the guard is dropped: Ctrl-C removes it.
pub(crate) fn track(path: &Path) -> Tracked {
    if let Ok(mut files) = IN_PROGRESS.lock() {
        files.push(path.to_owned());
    }
    Tracked(path.to_owned())
}

/// See [`track`].
pub(crate) struct Tracked(PathBuf);

impl Drop for Tracked {
    fn drop(&mut self) {
        if let Ok(mut files) = IN_PROGRESS.lock() {
            files.retain(|f| f != &self.0);
        }
    }
}
