//! `vss-cli token ...`

pub mod mk;
