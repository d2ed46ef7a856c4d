//! `vss-cli account set mfa ...`

pub mod forget_secret;
pub mod get_token;
pub mod mk;
pub mod recovery_codes;
pub mod rm;
pub mod verify;

use crate::context::Context;

/// The exact command that finishes a pending enrolment, for messages.
pub fn verify_command(ctx: &Context) -> String {
    let user = ctx.known_username().unwrap_or("USER");
    format!(
        "vss-cli -e {} -u {user} account set mfa verify CODE",
        ctx.endpoint
    )
}
