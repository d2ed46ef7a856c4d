//! `vss-cli vpn gw on [--otp CODE]`: open the VPN's MFA gateway with a one-time code. The
//! code comes from `--otp`, else from where a login's comes from — `--totp`/`VSS_USER_OTP`, a
//! code made by `--totp auto` or a program (`--totp-command`), waited out into the next time
//! step when the gateway refuses it — else the prompt, after an e-mail or SMS code is sent for
//! those methods. Without a terminal and without a code it fails before any call.

use crate::api::Api;
use crate::auth::{self, CodePrompt};
use crate::cli::VpnOnArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::settings::{compact_code, CodeCommand, Proof};
use vss_redacted::Secret;
use vss_wire::vpn::GatewayStatus;
use vss_wire::{Credentials, ErrorKind, Method};

/// Where the code comes from.
enum Source<'a> {
    /// A code given (`--otp`, `--totp`, `VSS_USER_OTP`, standard input).
    Given(Secret),
    /// Made from the kept TOTP secret (`--totp auto`).
    Auto,
    /// A program's (`--totp-command`, `VSS_TOTP_COMMAND`, the endpoint's `totp_command`).
    Command(&'a CodeCommand),
    /// Typed at the prompt.
    Prompt,
}

pub(crate) fn run(args: &VpnOnArgs, ctx: &Context) -> Result<()> {
    let source = source(args, ctx)?;
    let server = super::server(ctx)?;
    // Without a terminal and a code, nothing is sent.
    if matches!(source, Source::Prompt) && !ctx.term.interactive() {
        return Err(Error::no_terminal(
            "a one-time code for the VPN gateway",
            no_code_hint(ctx),
        ));
    }
    let creds = ctx.auth.credentials()?;
    let gateway = super::gateway(ctx, &server)?;
    let status = ctx
        .term
        .spin("Checking the VPN gateway", || gateway.vpn_status(creds));
    super::tell_warnings(ctx, &gateway);
    let status = status.map_err(|e| super::unreached(ctx, e))?;
    if !status.mfa_on() {
        return Err(Error::Policy {
            kind: ErrorKind::Forbidden,
            message: format!(
                "the VPN gateway at {server} has MFA off for {}: it opens with a one-time code \
                 only once its MFA is set up",
                creds.username
            ),
            hint: Some(format!(
                "turn the gateway's MFA on at {}, then run this again",
                super::setup_page(&server)
            )),
        });
    }
    let opened = open(ctx, &gateway, creds, &status, source);
    super::tell_warnings(ctx, &gateway);
    let said = opened.map_err(|e| super::unreached(ctx, e))?;
    let message = format!(
        "The VPN gateway at {server} is open for {}: connect to the VPN now.",
        creds.username
    );
    let report = super::Changed {
        vpn_server: &server,
        username: &creds.username,
        gateway: "open",
        message: said.as_deref().unwrap_or(&message),
    };
    crate::commands::done(ctx, &message, &report)
}

/// The code's source: `--otp` (a code, `-` for standard input, or `auto`), else the second
/// factor given for logins, else the prompt. A recovery code is refused: it is for logins.
fn source<'a>(args: &VpnOnArgs, ctx: &'a Context) -> Result<Source<'a>> {
    let given = |code: &str| {
        compact_code(code)
            .map(|c| Source::Given(Secret::from(c)))
            .ok_or_else(|| {
                Error::usage(
                    "--otp must be the 6-digit code from your app, e-mail or SMS (or `-` to \
                     read it from standard input, or `auto`)",
                )
            })
    };
    if let Some(otp) = args.otp.as_deref().map(str::trim) {
        return match otp {
            "-" => given(
                ctx.term
                    .read_stdin_line("the one-time code (--otp -)")?
                    .expose(),
            ),
            "auto" => Ok(Source::Auto),
            code => given(code),
        };
    }
    match &ctx.settings.proof {
        Some(Proof::Code(code)) => Ok(Source::Given(code.clone())),
        Some(Proof::Auto) => Ok(Source::Auto),
        Some(Proof::Command(command)) => Ok(Source::Command(command)),
        Some(Proof::Recovery(_)) => Err(Error::usage(
            "the VPN gateway takes a one-time code; recovery codes (--recovery-code, \
             VSS_RECOVERY_CODE) are for logging in to the API",
        )
        .with_hint("pass the code with --otp CODE, or make it with --totp auto or --totp-command")),
        None => Ok(Source::Prompt),
    }
}

/// Sends the code from `source` until the gateway takes it, or gives up.
fn open(
    ctx: &Context,
    gateway: &Api,
    creds: &Credentials,
    status: &GatewayStatus,
    source: Source<'_>,
) -> Result<Option<String>> {
    let enable = |code: &Secret| {
        ctx.term.spin("Opening the VPN gateway", || {
            gateway.vpn_enable(creds, code)
        })
    };
    let made = |code: Option<&Secret>| match code {
        Some(code) => enable(code),
        None => Err(Error::usage("no one-time code was made")),
    };
    match source {
        Source::Given(code) => enable(&code).map_err(|e| ctx.auth.explain_refused_code(e)),
        Source::Auto => ctx.auth.with_made_code(|| ctx.auth.auto_code(), made),
        Source::Command(command) => ctx
            .auth
            .with_made_code(|| ctx.auth.command_code(command), made),
        Source::Prompt => {
            let prompter = ctx
                .auth
                .prompter("a one-time code for the VPN gateway", &no_code_hint(ctx))?;
            send_code(ctx, creds, status);
            let question = CodePrompt {
                prompt: "Enter the 6-digit code for the VPN gateway",
                check: auth::check_code,
            };
            auth::ask_until_accepted(&ctx.term, prompter, &question, |code| enable(code))
                .map_err(|e| ctx.auth.explain_refused_code(e))
        }
    }
}

/// For a gateway whose method is EMAIL or SMS, has the API send a code (as a login at the
/// prompt does); what went wrong is said, and the prompt comes all the same.
fn send_code(ctx: &Context, creds: &Credentials, status: &GatewayStatus) {
    let method = status.method_text().as_deref().and_then(Method::parse);
    if !matches!(method, Some(Method::Email | Method::Sms)) {
        return;
    }
    let sent = ctx.auth.api().and_then(|api| {
        ctx.term
            .spin("Having a code sent", || api.request_code(creds))
    });
    match sent {
        Ok(sent) => ctx
            .term
            .tell(sent.message_or("A code was sent by e-mail or SMS.")),
        Err(e) => ctx.term.warn(format!(
            "no code was sent ({e}); type the last one sent if it is still unused"
        )),
    }
}

/// How to give the code without a terminal.
fn no_code_hint(ctx: &Context) -> String {
    let get_token = ctx
        .auth
        .command_line(&["account", "set", "mfa", "get-token"]);
    format!(
        "pass it with --otp CODE (or --totp CODE, or set VSS_USER_OTP; `-` reads it from \
         standard input), make it with --totp auto, or name a program that prints it with \
         --totp-command CMD (or VSS_TOTP_COMMAND); with EMAIL or SMS, first have a code sent \
         with `{get_token}`"
    )
}
