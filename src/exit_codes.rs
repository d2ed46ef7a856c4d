//! The exit codes of `vss-cli`, documented in `--help`, the README and the man page.

/// Process exit codes. Each failure class has its own, so scripts can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExitCode {
    /// Done.
    Success = 0,
    /// The server refused the request for another reason (for example a state conflict).
    Failure = 1,
    /// Bad usage: unknown option, missing or malformed argument, no terminal for a prompt.
    Usage = 2,
    /// Authentication refused: wrong password, token, OTP, recovery code or confirmation token.
    Auth = 3,
    /// Refused by policy: MFA must be enrolled first, not allowed for this account or domain.
    Policy = 4,
    /// The endpoint could not be reached, did not answer in time, or presented a certificate
    /// that is not trusted (nothing was sent then).
    Network = 5,
    /// The server failed (5xx), answered something that is not the API, or redirected a call
    /// to another server.
    Server = 6,
    /// A local file could not be read or written (config, recovery codes, QR image).
    File = 7,
    /// Not allowed for your role (administrator calls).
    Denied = 8,
    /// `exec`: the command could not be run (not executable).
    CannotRun = 126,
    /// `exec`: the command was not found.
    NotFound = 127,
    /// Interrupted (Ctrl-C).
    Interrupted = 130,
}

impl ExitCode {
    pub(crate) const ALL: [ExitCode; 12] = [
        ExitCode::Success,
        ExitCode::Failure,
        ExitCode::Usage,
        ExitCode::Auth,
        ExitCode::Policy,
        ExitCode::Network,
        ExitCode::Server,
        ExitCode::File,
        ExitCode::Denied,
        ExitCode::CannotRun,
        ExitCode::NotFound,
        ExitCode::Interrupted,
    ];

    pub(crate) fn code(self) -> i32 {
        self as i32
    }

    pub(crate) fn describe(self) -> &'static str {
        match self {
            ExitCode::Success => "success",
            ExitCode::Failure => "the server refused the request (e.g. MFA already enabled)",
            ExitCode::Usage => "usage error, or a prompt was needed but there is no terminal",
            ExitCode::Auth => "authentication refused: password, token, OTP or confirmation token",
            ExitCode::Policy => {
                "refused by policy: enrol MFA first, or not allowed for this account"
            }
            ExitCode::Network => "endpoint unreachable, timed out, or its certificate refused",
            ExitCode::Server => {
                "server error, a reply that is not the API, or a redirect to another server"
            }
            ExitCode::File => "a local file could not be read or written",
            ExitCode::Denied => "not allowed for your role (administrator calls)",
            ExitCode::CannotRun => "exec: the command could not be run (not executable)",
            ExitCode::NotFound => "exec: the command was not found",
            ExitCode::Interrupted => "interrupted or cancelled",
        }
    }

    /// The table used in `--help` and the README.
    pub(crate) fn help_table() -> String {
        let mut out = String::from("Exit codes:\n");
        for c in ExitCode::ALL {
            out.push_str(&format!("  {:>3}  {}\n", c.code(), c.describe()));
        }
        out
    }
}

/// How a command that ran to its end finished (uv's `ExitStatus`): done, or with the status of
/// the program `exec` ran, which becomes `vss-cli`'s own. A failure of `vss-cli` itself is an
/// error, with its [`ExitCode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExitStatus {
    /// Done.
    Success,
    /// `exec`: the command ended with this failure status (128+N when signal N ended it); it
    /// spoke for itself, so nothing more is printed.
    External(u8),
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Success => ExitCode::Success.into(),
            ExitStatus::External(code) => std::process::ExitCode::from(code),
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(c: ExitCode) -> Self {
        std::process::ExitCode::from(c.code() as u8)
    }
}
