//! Driving `vss-cli` through a real pseudo-terminal (see [`crate::Env::pty_command`]).

use std::process::Command;

use rexpect::process::wait::WaitStatus;
pub use rexpect::session::PtySession;

/// How long a pseudo-terminal session waits for expected output: longer than the longest
/// wait a client makes on its own, for the next 30-second step's code (up to 30.5 s when the
/// step's code is spent right as the step begins).
const TIMEOUT_MS: Option<u64> = Some(45_000);

/// Starts `cmd` on a new pseudo-terminal.
pub fn spawn(cmd: Command) -> PtySession {
    rexpect::session::spawn_command(cmd, TIMEOUT_MS).unwrap()
}

/// Starts `cmd` on a new pseudo-terminal `columns` wide and `rows` high (a pseudo-terminal
/// has no size until one is set, and programs then cannot measure it).
pub fn spawn_sized(cmd: Command, columns: u16, rows: u16) -> PtySession {
    use std::os::fd::AsRawFd;
    let session = spawn(cmd);
    let size = libc::winsize {
        ws_row: rows,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads the winsize it is given; the descriptor is the session's.
    let done = unsafe { libc::ioctl(session.process().pty.as_raw_fd(), libc::TIOCSWINSZ, &size) };
    assert_eq!(done, 0, "cannot size the pseudo-terminal");
    session
}

/// Waits for the program to end and returns its exit code.
pub fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("the program did not exit normally: {other:?}"),
    }
}

/// rexpect hands back each byte of the terminal output as one `char`; put the UTF-8 back.
pub fn utf8(transcript: &str) -> String {
    let bytes: Vec<u8> = transcript.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8(bytes).expect("the terminal output is not UTF-8")
}

/// Removes ANSI escape sequences.
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}
