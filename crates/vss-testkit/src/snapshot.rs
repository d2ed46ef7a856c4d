//! Snapshots of what a command prints, as a user reads it: exit code, stdout and stderr, with
//! what changes from run to run (the server's port, temporary paths, dates, clock offsets,
//! waits) replaced by placeholders, and described by the command line that ran (secrets
//! left out), so that a reader of the `.snap` file knows what made it. Use
//! [`assert_cmd_snapshot!`](crate::assert_cmd_snapshot); `cargo insta review` (or
//! `INSTA_UPDATE=always`) accepts new snapshots.

pub use insta;

use std::ffi::OsStr;

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

/// What changes from run to run, as a regular expression, and the placeholder it becomes: in
/// every snapshot, and in the command line that describes it.
const FILTERS: &[(&str, &str)] = &[
    (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
    (r"localhost:\d+", "localhost:[PORT]"),
    (r"(/private)?/tmp/\.tmp[A-Za-z0-9]+", "[TEMP]"),
    (
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?",
        "[DATE]",
    ),
    // How far this computer's clock is from the server's (a second either way between calls).
    (
        r"this computer's clock (agrees with|is \d+ s (behind|ahead of)) the server's",
        "this computer's clock [OFFSET] the server's",
    ),
    // How long until a limit lifts (a second may pass between the reply and the check).
    (r"\(in \d+ (seconds?|minutes?)\)", "(in [DURATION])"),
];

/// The filters every snapshot goes through.
pub fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    for (pattern, placeholder) in FILTERS {
        settings.add_filter(pattern, *placeholder);
    }
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// Runs `cmd`; returns what it did ([`render`]) and the settings of its snapshot
/// ([`settings_for`]).
pub fn rendered(cmd: &mut assert_cmd::Command) -> (String, insta::Settings) {
    let text = render(cmd);
    (text, settings_for(cmd))
}

/// [`settings`], with `description` (what ran, in the test's words) kept in the snapshot.
pub fn described(description: &str) -> insta::Settings {
    let mut settings = settings();
    settings.set_description(description);
    settings
}

/// [`settings`] for the snapshot of what `cmd` did: described by [`command_line`], unless the
/// test has said in its own words what ran.
pub fn settings_for(cmd: &assert_cmd::Command) -> insta::Settings {
    let mut settings = settings();
    if settings.description().is_none() {
        settings.set_description(command_line(cmd));
    }
    settings
}

/// `cmd` as a shell would run it: the environment it was given (but `PATH`, `HOME` and the
/// harness's file store, the same for every command), the program's name and its arguments.
/// Secrets become placeholders (the values of variables and options that hold a password,
/// token or code, and anything shaped like a code, token or key), and so does what changes
/// from run to run ([`FILTERS`]: the port, temporary paths; the session bus, the process id).
pub fn command_line(cmd: &assert_cmd::Command) -> String {
    line_of(cmd.get_program(), cmd.get_args(), cmd.get_envs())
}

/// [`command_line`] of a `std::process::Command` (one for a pseudo-terminal, say).
pub fn std_command_line(cmd: &std::process::Command) -> String {
    line_of(cmd.get_program(), cmd.get_args(), cmd.get_envs())
}

/// The words of [`command_line`], joined and filtered.
fn line_of<'a>(
    program: &OsStr,
    args: impl Iterator<Item = &'a OsStr>,
    envs: impl Iterator<Item = (&'a OsStr, Option<&'a OsStr>)>,
) -> String {
    let mut words = Vec::new();
    for (name, value) in envs {
        let (name, Some(value)) = (name.to_string_lossy(), value) else {
            continue;
        };
        let value = value.to_string_lossy();
        if name == "PATH" || name == "HOME" || (name == "VSS_SECRET_STORE" && value == "file") {
            continue;
        }
        let value = if holds_a_secret(&name) {
            "[SECRET]".into()
        } else if name == "DBUS_SESSION_BUS_ADDRESS" {
            // The test's own bus, at a new path each run.
            "[SESSION BUS]".into()
        } else {
            value
        };
        words.push(format!("{name}={}", quote(&value)));
    }
    let program = std::path::Path::new(program);
    words.push(quote(
        &program
            .file_name()
            .unwrap_or(program.as_os_str())
            .to_string_lossy(),
    ));
    let client = crate::client::client_binary();
    let mut secret_next = false;
    for arg in args {
        // The client run by another program (strace, say) is named as a person would.
        if arg == client.as_os_str() {
            words.push("vss-cli".to_owned());
            continue;
        }
        let arg = arg.to_string_lossy();
        let word = if secret_next && arg != "-" && arg != "auto" {
            "[SECRET]".into()
        } else {
            match arg.split_once('=') {
                Some((option, value))
                    if takes_a_secret(option) && !matches!(value, "-" | "auto") =>
                {
                    format!("{option}=[SECRET]")
                }
                // A short option with its value attached: `-pSECRET`, `-tTOKEN`.
                _ if (arg.starts_with("-p") || arg.starts_with("-t"))
                    && arg.len() > 2
                    && !arg.starts_with("--")
                    && !matches!(&arg[2..], "-" | "auto") =>
                {
                    format!("{}[SECRET]", &arg[..2])
                }
                _ => mask_shapes(&arg),
            }
        };
        secret_next = takes_a_secret(&arg);
        words.push(quote(&word));
    }
    let mut line = words.join(" ");
    for (pattern, placeholder) in FILTERS {
        line = regex::Regex::new(pattern)
            .unwrap()
            .replace_all(&line, *placeholder)
            .into_owned();
    }
    // Names made unique with the test's process id.
    let pid = format!(r"\b{}\b", std::process::id());
    regex::Regex::new(&pid)
        .unwrap()
        .replace_all(&line, "[PID]")
        .into_owned()
}

/// An environment variable whose value is a password, token, code or key.
fn holds_a_secret(name: &str) -> bool {
    name != "VSS_SECRET_STORE"
        && ["PASS", "TOKEN", "OTP", "SECRET", "KEY"]
            .iter()
            .any(|word| name.contains(word))
}

/// An option whose value is a password, token or code.
fn takes_a_secret(arg: &str) -> bool {
    matches!(
        arg,
        "-p" | "--password"
            | "-t"
            | "--token"
            | "--totp"
            | "--otp"
            | "--recovery-code"
            | "--confirmation-token"
    )
}

/// An argument shaped like a one-time code, a recovery code, an API token or a TOTP key,
/// as its placeholder.
fn mask_shapes(arg: &str) -> String {
    const SHAPES: &[(&str, &str)] = &[
        (r"^\d{3}[ -]?\d{3}$", "[CODE]"),
        (
            r"^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$",
            "[RECOVERY CODE]",
        ),
        (r"^eyJ[A-Za-z0-9_.-]+$", "[TOKEN]"),
        (r"^[A-Z2-7]{32}$", "[KEY]"),
    ];
    SHAPES
        .iter()
        .find(|(shape, _)| regex::Regex::new(shape).unwrap().is_match(arg))
        .map_or_else(
            || arg.to_owned(),
            |(_, placeholder)| (*placeholder).to_owned(),
        )
}

/// `word` as a POSIX shell reads it: bare when it can be, else in single quotes, or in `$'…'`
/// with escapes when it holds control characters.
fn quote(word: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || "@%+=:,./_-[]".contains(c);
    if !word.is_empty() && word.chars().all(bare) {
        return word.to_owned();
    }
    if !word.chars().any(char::is_control) {
        return format!("'{}'", word.replace('\'', r"'\''"));
    }
    let mut quoted = String::from("$'");
    for c in word.chars() {
        match c {
            '\'' => quoted.push_str(r"\'"),
            '\\' => quoted.push_str(r"\\"),
            '\n' => quoted.push_str(r"\n"),
            '\t' => quoted.push_str(r"\t"),
            c if c.is_control() => quoted.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('\'');
    quoted
}

/// Runs an `assert_cmd::Command` and compares what it did with the stored snapshot, through
/// [`settings_for`] (described by the command line that ran). With a name, the snapshot is
/// stored under it; else under the test's name.
#[macro_export]
macro_rules! assert_cmd_snapshot {
    ($cmd:expr) => {{
        let (text, settings) = $crate::snapshot::rendered(&mut $cmd);
        settings.bind(|| $crate::snapshot::insta::assert_snapshot!(text));
    }};
    ($name:expr, $cmd:expr) => {{
        let (text, settings) = $crate::snapshot::rendered(&mut $cmd);
        settings.bind(|| $crate::snapshot::insta::assert_snapshot!($name, text));
    }};
}

#[cfg(test)]
mod tests {
    #[test]
    fn secrets_in_a_command_line_become_placeholders() {
        let mut cmd = std::process::Command::new("vss-cli");
        cmd.env("VSS_USER_PASS", "hunter2")
            .env("VSS_USER", "ann")
            .args(["-e", "http://127.0.0.1:4321", "-p", "hunter2", "-thunter3"])
            .args(["--totp=654321", "--otp", "123-456", "--recovery-code"])
            .args([
                "abcd-efgh-ijkl-mnop",
                "vpn",
                "gw",
                "on",
                "--totp",
                "-",
                "987 654",
            ]);
        assert_eq!(
            super::std_command_line(&cmd),
            "VSS_USER=ann VSS_USER_PASS=[SECRET] vss-cli -e http://127.0.0.1:[PORT] -p [SECRET] \
             -t[SECRET] --totp=[SECRET] --otp [SECRET] --recovery-code [SECRET] vpn gw on \
             --totp - [CODE]"
        );
    }
}
