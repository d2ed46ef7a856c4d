//! `vss-cli account set mfa ...`

pub(crate) mod forget_secret;
pub(crate) mod get_token;
pub(crate) mod mk;
pub(crate) mod recovery_codes;
pub(crate) mod rm;
pub(crate) mod verify;

use crate::context::Context;

/// The exact command that finishes a pending enrolment, for messages.
pub(crate) fn verify_command(ctx: &Context) -> String {
    let user = ctx.known_username().unwrap_or("USER");
    format!(
        "vss-cli -e {} -u {user} account set mfa verify CODE",
        ctx.endpoint
    )
}
