//! `vss-cli account set mfa ...`

pub(crate) mod forget_secret;
pub(crate) mod get_token;
pub(crate) mod mk;
pub(crate) mod recovery_codes;
mod recovery_file;
pub(crate) mod rm;
pub(crate) mod verify;
