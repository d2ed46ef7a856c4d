//! `vss-cli account get mfa`: the account's MFA status.

use serde::Serialize;

use crate::context::Context;
use crate::error::Result;
use crate::login;
use crate::output;
use vss_wire::{Method, MfaState};

#[derive(Serialize)]
struct MfaStatus {
    username: String,
    enabled: bool,
    state: Option<MfaState>,
    method: Option<Method>,
    enabled_on: Option<String>,
    disabled_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pending_method: Option<Method>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recovery_codes_left: Option<u32>,
}

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let profile = login::with_token(ctx, |token| {
        ctx.term.spin("Loading the account", || api.user(token))
    })?;
    let totp = profile.totp;
    let status = MfaStatus {
        username: profile.username,
        enabled: totp.enabled,
        state: totp.state,
        method: totp.method,
        enabled_on: totp.enabled_on.as_deref().map(output::rfc3339),
        disabled_on: totp.disabled_on.as_deref().map(output::rfc3339),
        pending_method: totp.pending_method,
        recovery_codes_left: totp.recovery_codes_left,
    };
    ctx.term.print(ctx.format, &status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::testing::{server_with, snapshot, Bench};
    use crate::terminal::ScriptedPrompter;
    use vss_testkit::PASSWORD;

    #[test]
    fn at_a_terminal_a_code_is_sent_and_asked_for() {
        let server = server_with("ann");
        server
            .post(
                "ann",
                "/tf/enable",
                Some(serde_json::json!({"method": "EMAIL"})),
            )
            .ok();
        server.post("ann", "/tf/request-token", None).ok();
        let code = server.outbox().mailed_code("ann");
        server
            .post(
                "ann",
                "/tf/verify",
                Some(serde_json::json!({ "otp": code })),
            )
            .ok();
        server.clock().advance(30);
        let outbox = server.outbox();
        let prompter = ScriptedPrompter::default()
            .expect("Enter the 6-digit code (or a recovery code)", "12345")
            .expect_with("Enter the 6-digit code (or a recovery code)", move || {
                outbox.mailed_code("ann")
            });
        let bench = Bench::new(
            &["-e", &server.url(), "-u", "ann", "-p", PASSWORD],
            true,
            None,
            prompter,
        );
        let outcome = bench.outcome(run(&bench.ctx));
        snapshot("get_mfa_at_a_terminal", &outcome);
    }
}
