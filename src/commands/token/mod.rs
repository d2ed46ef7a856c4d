//! `vss-cli token ...`

pub(crate) mod mk;
