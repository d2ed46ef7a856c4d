//! `vss-cli account ...`

pub(crate) mod get_mfa;
pub(crate) mod mfa;
