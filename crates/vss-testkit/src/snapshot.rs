//! Snapshots of what a command prints, as a user reads it: exit code, stdout and stderr, with
//! what changes from run to run (the server's port, temporary paths, dates, clock offsets,
//! waits) replaced by placeholders. Use [`assert_cmd_snapshot!`](crate::assert_cmd_snapshot);
//! `cargo insta review` (or `INSTA_UPDATE=always`) accepts new snapshots.

pub use insta;

/// Runs `cmd` and renders what it did.
pub fn render(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    let code = out
        .status
        .code()
        .map_or_else(|| "none (killed by a signal)".to_owned(), |c| c.to_string());
    format!(
        "exit code: {code}\n----- stdout -----\n{}----- stderr -----\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The filters every snapshot goes through.
pub fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]");
    settings.add_filter(r"localhost:\d+", "localhost:[PORT]");
    settings.add_filter(r"(/private)?/tmp/\.tmp[A-Za-z0-9]+", "[TEMP]");
    settings.add_filter(
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?",
        "[DATE]",
    );
    // How far this computer's clock is from the server's (a second either way between calls).
    settings.add_filter(
        r"this computer's clock (agrees with|is \d+ s (behind|ahead of)) the server's",
        "this computer's clock [OFFSET] the server's",
    );
    // How long until a limit lifts (a second may pass between the reply and the check).
    settings.add_filter(r"\(in \d+ (seconds?|minutes?)\)", "(in [DURATION])");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// Runs an `assert_cmd::Command` and compares what it did with the stored snapshot, through
/// [`settings`]. With a name, the snapshot is stored under it; else under the test's name.
#[macro_export]
macro_rules! assert_cmd_snapshot {
    ($cmd:expr) => {{
        let text = $crate::snapshot::render(&mut $cmd);
        $crate::snapshot::settings().bind(|| $crate::snapshot::insta::assert_snapshot!(text));
    }};
    ($name:expr, $cmd:expr) => {{
        let text = $crate::snapshot::render(&mut $cmd);
        $crate::snapshot::settings()
            .bind(|| $crate::snapshot::insta::assert_snapshot!($name, text));
    }};
}
