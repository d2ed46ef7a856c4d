//! `vss-cli account get mfa`: the account's MFA status.

use serde::Serialize;

use crate::auth;
use crate::context::Context;
use crate::error::Result;
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
    let api = ctx.auth.api()?;
    let (profile, owner) = ctx.auth.with_token(|token| {
        let profile = ctx.term.spin("Loading the account", || api.user(token))?;
        Ok((profile, auth::claims(token.expose()).map(|c| c.sub)))
    })?;
    let totp = profile.totp;
    // A terser server says only `data.totp`: the account is the token's, and an enabled
    // factor is the state "enabled" (not enabled may be disabled or pending: unknown).
    let username = Some(profile.username)
        .filter(|u| !u.is_empty())
        .or(owner)
        .or_else(|| ctx.auth.given_username().map(str::to_owned))
        .unwrap_or_default();
    let state = totp.state.or(totp.enabled.then_some(MfaState::Enabled));
    let status = MfaStatus {
        username,
        enabled: totp.enabled,
        state,
        method: totp.method,
        enabled_on: totp.enabled_on.as_deref().map(output::rfc3339),
        disabled_on: totp.disabled_on.as_deref().map(output::rfc3339),
        pending_method: totp.pending_method,
        recovery_codes_left: totp.recovery_codes_left,
    };
    ctx.term.print(ctx.settings.format, &status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminal::ScriptedPrompter;
    use crate::testing::{server_with, snapshot, Bench};
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
        snapshot("get_mfa_at_a_terminal", "what `vss-cli -u ann account get mfa` prints at a terminal asking for a code: a short one, then the mailed one", &outcome);
    }

    #[test]
    fn at_a_terminal_a_server_that_says_only_what_the_python_client_reads() {
        use std::sync::atomic::{AtomicBool, Ordering};
        use vss_testkit::{Answer, Recorder};
        // A login without a code is refused; the code request says nothing; the profile is
        // only `data.totp`.
        let asked = AtomicBool::new(false);
        let fake = Recorder::http(move |request| match request.route() {
            "/auth/request-token" if !asked.swap(true, Ordering::SeqCst) => Answer::json(
                401,
                serde_json::json!({"error": "InvalidParameterValue", "message": "InvalidParameterValue: otp is required"}),
            ),
            "/auth/request-token" => {
                let claims = base64::Engine::encode(
                    &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                    r#"{"sub":"ann","iat":1,"exp":4102444800,"otp":true}"#,
                );
                Answer::json(
                    200,
                    serde_json::json!({"token": format!("e30.{claims}.c2ln")}),
                )
            }
            "/v2/user" => Answer::json(
                200,
                serde_json::json!({"data": {"totp": {"enabled": true, "method": "EMAIL", "enabled_on": "2026-01-02T03:04:05Z", "disabled_on": null}}}),
            ),
            _ => Answer::json(200, serde_json::json!({})),
        });
        let prompter = ScriptedPrompter::default()
            .expect("Enter the 6-digit code (or a recovery code)", "123456");
        let bench = Bench::new(
            &["-e", &fake.url(), "-u", "ann", "-p", PASSWORD],
            true,
            None,
            prompter,
        );
        let outcome = bench.outcome(run(&bench.ctx));
        snapshot("get_mfa_from_a_terse_server", "what `vss-cli -u ann account get mfa` prints at a terminal when the server's replies hold only what the Python client reads", &outcome);
    }
}
