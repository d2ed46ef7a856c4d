//! Driving `vss-cli` through a real pseudo-terminal (see [`crate::Env::pty_command`]).

use std::process::Command;

use rexpect::process::wait::WaitStatus;
pub use rexpect::session::PtySession;

/// How long a pseudo-terminal session waits for expected output.
const TIMEOUT_MS: Option<u64> = Some(30_000);

/// Starts `cmd` on a new pseudo-terminal.
pub fn spawn(cmd: Command) -> PtySession {
    rexpect::session::spawn_command(cmd, TIMEOUT_MS).unwrap()
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
