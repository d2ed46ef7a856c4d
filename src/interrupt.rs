//! Ctrl-C: remove any file being written, give the terminal back as it was, say what is left
//! to finish (an enrolment the server already started), exit 130.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::exit_codes::ExitCode;
use crate::terminal::InterruptWriter;

/// Temporary files being written right now.
static IN_PROGRESS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// The terminal settings at start, restored on Ctrl-C (a password prompt turns echo off).
static TERMINAL: OnceLock<libc::termios> = OnceLock::new();
/// Where the handler writes.
static WRITER: OnceLock<InterruptWriter> = OnceLock::new();
/// What an interruption leaves behind and how to finish it, while there is something.
static PENDING: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Installs the Ctrl-C handler, writing through `writer`. Call once, early.
pub(crate) fn install(writer: InterruptWriter) {
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
    let _ = WRITER.set(writer);
    let _ = ctrlc::set_handler(on_interrupt);
}

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
    if let Some(writer) = WRITER.get() {
        writer.interrupted(restore, &note());
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

/// From now until [`Note::finished`], being interrupted prints `lines` (what was left
/// unfinished and the commands that finish or undo it) before exiting 130: Ctrl-C as a signal
/// here, or as a key a prompt read (then `main` prints [`note`]).
pub(crate) fn leave_note(lines: Vec<String>) -> Note {
    set(lines);
    Note(())
}

/// What an interruption now should print.
pub(crate) fn note() -> Vec<String> {
    PENDING.lock().map(|n| n.clone()).unwrap_or_default()
}

fn set(lines: Vec<String>) {
    if let Ok(mut pending) = PENDING.lock() {
        *pending = lines;
    }
}

/// See [`leave_note`]. Kept on purpose when the command fails, so that `main` finds it.
pub(crate) struct Note(());

impl Note {
    /// Says `lines` instead, from now on.
    pub(crate) fn update(&self, lines: Vec<String>) {
        set(lines);
    }

    /// Nothing is left unfinished any more.
    pub(crate) fn finished(self) {
        set(Vec::new());
    }
}
