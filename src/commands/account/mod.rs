//! `vss-cli account ...`

pub mod get_mfa;
pub mod mfa;
