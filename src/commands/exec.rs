//! `vss-cli exec [--min-valid D] [--] CMD ARGS...`: run CMD with `VSS_TOKEN` (and pyvss's
//! `VSS_API_TOKEN`), `VSS_ENDPOINT` and `VSS_TOKEN_EXPIRES_AT` set for a token the server takes
//! (kept, or from logging in first, and with at least `--min-valid` left), as `aws-vault exec`
//! and `op run` do. The token is passed in the environment only, never in CMD's arguments;
//! the password, codes and recovery codes given to `vss-cli` are not passed on under either
//! naming. CMD's exit status becomes `vss-cli`'s (128+N when signal N ended it); SIGINT,
//! SIGTERM and SIGHUP sent to `vss-cli` are passed on to CMD, which decides what they mean.

use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::sync::atomic::{AtomicI32, Ordering};

use crate::auth::{self, tokens::EXPIRY_MARGIN_SECS};
use crate::cli::ExecArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::exit_codes::{ExitCode, ExitStatus};
use crate::settings::SECRET_VARIABLES;

/// The signals passed on to the command.
const FORWARDED: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

/// The process id of the running command, for the signal handler (0 before it starts).
static CHILD: AtomicI32 = AtomicI32::new(0);
/// A signal that came before the command's process id was known (0: none), passed on as soon
/// as it is.
static PENDING: AtomicI32 = AtomicI32::new(0);

/// Runs the command; its exit status is the value returned.
pub(crate) fn run(args: &ExecArgs, ctx: &Context) -> Result<ExitStatus> {
    let (program, rest) = args
        .command
        .split_first()
        .ok_or_else(|| Error::usage("exec needs a command to run"))?;
    let api = ctx.auth.api()?;
    let margin = args.min_valid.map_or(EXPIRY_MARGIN_SECS, |d| {
        i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
    });
    // The server is asked, so that the command is not handed a revoked token.
    let (_, token, _) = ctx.auth.with_token_from(margin, |token| {
        ctx.term.spin("Checking the token", || api.user(token))
    })?;
    let expires_at = auth::claims(token.expose()).and_then(|c| {
        let left = c.exp - chrono::Utc::now().timestamp();
        if left <= margin {
            // A token given with -t/VSS_TOKEN is not replaced: the command is told.
            ctx.term.warn(format!(
                "the API token has only {left} s left, less than --min-valid asks for"
            ));
        }
        crate::output::unix_rfc3339(c.exp)
    });
    // What the replies showed (a clock far off) is told before the command speaks.
    ctx.auth.tell_warnings();

    let mut command = Command::new(program);
    command.args(rest);
    for name in SECRET_VARIABLES {
        command.env_remove(name);
    }
    command
        .env("VSS_TOKEN", token.expose())
        .env("VSS_API_TOKEN", token.expose())
        .env("VSS_ENDPOINT", &ctx.settings.endpoint);
    match expires_at {
        Some(at) => command.env("VSS_TOKEN_EXPIRES_AT", at),
        None => command.env_remove("VSS_TOKEN_EXPIRES_AT"),
    };
    forward_signals();
    let mut child = command.spawn().map_err(|e| {
        let shown = program.to_string_lossy();
        let (why, found) = match e.kind() {
            std::io::ErrorKind::NotFound => ("no such command (looked for in PATH)".into(), false),
            std::io::ErrorKind::PermissionDenied => ("it is not an executable file".into(), true),
            _ => (crate::error::root_cause(&e), true),
        };
        Error::CannotRun {
            message: format!("cannot run {shown}: {why}"),
            found,
        }
    })?;
    CHILD.store(child.id() as i32, Ordering::SeqCst);
    pass_on_pending();
    let status = child.wait()?;
    Ok(match (status.code(), status.signal()) {
        (Some(0), _) => ExitStatus::Success,
        (Some(code), _) => ExitStatus::External(code.clamp(1, 255) as u8),
        (None, Some(signal)) => ExitStatus::External((128 + signal).clamp(1, 255) as u8),
        (None, None) => ExitStatus::External(ExitCode::Failure.code() as u8),
    })
}

/// From now on SIGINT, SIGTERM and SIGHUP no longer end `vss-cli`: they are passed on to the
/// command once it runs. A signal the terminal sent (Ctrl-C, a hang-up) reached the command
/// already, as a member of the terminal's foreground process group, and is not sent twice.
fn forward_signals() {
    // SAFETY: sigemptyset, sigaddset and pthread_sigmask get a valid, initialised set.
    unsafe {
        // A mask inherited from whoever started vss-cli would hold them back (and the command
        // would inherit it): they are let through.
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for signal in FORWARDED {
            libc::sigaddset(&mut set, signal);
        }
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
    }
    for signal in FORWARDED {
        // SAFETY: a zeroed sigaction is valid; the handler only loads an atomic and calls
        // kill(2), both async-signal-safe; sigemptyset and sigaction get valid pointers.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = forward as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

extern "C" fn forward(signal: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    if !from_terminal(info) {
        PENDING.store(signal, Ordering::SeqCst);
        pass_on_pending();
    }
}

/// Sends the pending signal, if any, to the command once its process id is known. Run by the
/// handler and right after the command starts, so a signal that arrives in between is not
/// lost: whichever of the two sees the process id takes the signal.
fn pass_on_pending() {
    let child = CHILD.load(Ordering::SeqCst);
    if child <= 0 {
        return;
    }
    let signal = PENDING.swap(0, Ordering::SeqCst);
    if signal != 0 {
        // SAFETY: kill(2) is async-signal-safe; a process that is gone makes it fail harmlessly.
        unsafe {
            libc::kill(child, signal);
        }
    }
}

/// True when the kernel sent the signal on a terminal's behalf (Ctrl-C, Ctrl-\, a hang-up).
#[cfg(target_os = "linux")]
fn from_terminal(info: *const libc::siginfo_t) -> bool {
    // SAFETY: the kernel hands an SA_SIGINFO handler a valid siginfo_t.
    !info.is_null() && unsafe { (*info).si_code } == libc::SI_KERNEL
}

/// Elsewhere the sender is not told apart: every signal is passed on.
#[cfg(not(target_os = "linux"))]
fn from_terminal(_: *const libc::siginfo_t) -> bool {
    false
}
