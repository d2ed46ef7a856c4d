//! `vss-cli configure ...`: endpoints and credentials in `~/.vss-cli/config.yaml`, secrets in
//! the keyring.

pub(crate) mod edit;
pub(crate) mod ls;
pub(crate) mod mk;
pub(crate) mod rm;
pub(crate) mod set;
