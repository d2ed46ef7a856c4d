//! `vss-cli configure ...`: endpoints and credentials in `~/.vss-cli/config.yaml`, secrets in
//! the keyring.

pub mod ls;
pub mod mk;
pub mod rm;
pub mod set;
