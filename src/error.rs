//! The client's error type: one variant per exit code, each with a hint of what to do next.

use vss_wire::ErrorKind;

use crate::exit_codes::ExitCode;

/// A failure of a `vss-cli` command.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// Bad usage that clap could not catch (a malformed code, conflicting sources).
    #[error("{message}")]
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// A prompt was needed but there is no terminal.
    #[error("{what} is needed and there is no terminal to ask for it")]
    NoTerminal { what: String, hint: String },
    /// The server refused the credentials, a code or a token.
    #[error("{message}")]
    Auth {
        /// The server's error kind (`InvalidOtp`, `Unauthorized`, ...).
        kind: ErrorKind,
        message: String,
        hint: Option<String>,
    },
    /// The server refused by policy.
    #[error("{message}")]
    Policy {
        /// The server's error kind (`TotpEnforcement`, `Forbidden`, ...).
        kind: ErrorKind,
        message: String,
        hint: Option<String>,
    },
    /// The caller's role does not allow the call.
    #[error("{message}")]
    Denied {
        message: String,
        hint: Option<String>,
    },
    /// The server refused the request for another reason.
    #[error("{message}")]
    Refused {
        /// The server's error kind (`Conflict`, `InvalidRequest`, ...).
        kind: ErrorKind,
        message: String,
        hint: Option<String>,
    },
    /// The endpoint could not be reached.
    #[error("cannot reach {endpoint}: {cause}")]
    Network {
        endpoint: String,
        cause: String,
        hint: Option<String>,
    },
    /// The endpoint's certificate was refused, so the connection was dropped before anything
    /// was sent.
    #[error("cannot reach {endpoint} securely: {reason}; nothing was sent")]
    Certificate {
        endpoint: String,
        reason: String,
        hint: String,
    },
    /// The server failed or did not speak the API.
    #[error("{message}")]
    Server {
        message: String,
        hint: Option<String>,
    },
    /// A local file could not be read or written.
    #[error("{message}")]
    File {
        message: String,
        hint: Option<String>,
    },
    /// The user said no, or pressed Ctrl-C.
    #[error("cancelled")]
    Interrupted,
    /// `exec`: the command could not be started; `found` is false when there is no such
    /// program.
    #[error("{message}")]
    CannotRun { message: String, found: bool },
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: None,
        }
    }

    /// No terminal for a prompt; `hint` names the flag or variable that stands in for it.
    pub(crate) fn no_terminal(what: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::NoTerminal {
            what: what.into(),
            hint: hint.into(),
        }
    }

    /// The server failed, or what answered is not the API.
    pub(crate) fn server(message: impl Into<String>) -> Self {
        Error::Server {
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn file(message: impl Into<String>) -> Self {
        Error::File {
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage { .. } | Error::NoTerminal { .. } => ExitCode::Usage,
            Error::Auth { .. } => ExitCode::Auth,
            Error::Policy { .. } => ExitCode::Policy,
            Error::Denied { .. } => ExitCode::Denied,
            Error::Refused { .. } => ExitCode::Failure,
            Error::Network { .. } | Error::Certificate { .. } => ExitCode::Network,
            Error::Server { .. } => ExitCode::Server,
            Error::File { .. } => ExitCode::File,
            Error::Interrupted => ExitCode::Interrupted,
            Error::CannotRun { found: false, .. } => ExitCode::NotFound,
            Error::CannotRun { found: true, .. } => ExitCode::CannotRun,
        }
    }

    pub(crate) fn hint(&self) -> Option<&str> {
        match self {
            Error::NoTerminal { hint, .. } | Error::Certificate { hint, .. } => Some(hint),
            Error::Usage { hint, .. }
            | Error::Auth { hint, .. }
            | Error::Policy { hint, .. }
            | Error::Denied { hint, .. }
            | Error::Refused { hint, .. }
            | Error::Network { hint, .. }
            | Error::Server { hint, .. }
            | Error::File { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }

    /// Adds (or replaces) the hint of a variant that carries one.
    pub(crate) fn with_hint(mut self, new: impl Into<String>) -> Self {
        match &mut self {
            Error::Usage { hint, .. }
            | Error::Auth { hint, .. }
            | Error::Policy { hint, .. }
            | Error::Denied { hint, .. }
            | Error::Refused { hint, .. }
            | Error::Network { hint, .. }
            | Error::Server { hint, .. }
            | Error::File { hint, .. } => *hint = Some(new.into()),
            Error::NoTerminal { hint, .. } => *hint = new.into(),
            _ => {}
        }
        self
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::Interrupted {
            Error::Interrupted
        } else {
            Error::file(e.to_string())
        }
    }
}

/// The innermost cause of an error, which is the one that says what happened
/// ("Connection refused", "failed to lookup address").
pub(crate) fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    let text = cur.to_string();
    // io::Error prints "Connection refused (os error 111)"; the number helps nobody.
    match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}
