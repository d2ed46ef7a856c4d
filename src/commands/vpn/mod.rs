//! `vss-cli vpn gw on | off | log | status`: the VSS VPN's MFA gateway, a host of its own
//! (`--vpn-server`, `VSS_VPN_SERVER`, the configuration's `vpn_server`, pyvss's
//! `VSS_VPN_ENDPOINT`), called with the account's user name and password from the auth layer.
//! A code for `on` comes from where a login's comes from.

pub(crate) mod log;
pub(crate) mod off;
pub(crate) mod on;
pub(crate) mod status;

use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::api::Api;
use crate::config;
use crate::context::Context;
use crate::error::{Error, Result};

/// The gateway's URL, checked (a malformed one fails only the commands that call it).
fn server(ctx: &Context) -> Result<String> {
    let given = &ctx.settings.vpn_server;
    config::gateway_url(&given.url).map_err(|why| {
        Error::usage(format!("{}: {why}", given.source)).with_hint(
            "give the VPN gateway's URL with --vpn-server URL (or VSS_VPN_SERVER), or keep it \
             with `vss-cli configure set vpn_server URL`",
        )
    })
}

/// A client for the gateway at `server`.
fn gateway(ctx: &Context, server: &str) -> Result<Api> {
    let settings = &ctx.settings;
    let trace = settings.debug.then(|| Rc::clone(&ctx.term));
    Api::gateway(server, settings.timeout, trace, &settings.trust)
}

/// Tells what the gateway's replies showed (a clock far off), once.
fn tell_warnings(ctx: &Context, gateway: &Api) {
    for warning in gateway.take_warnings() {
        ctx.term.warn(warning.to_string());
    }
}

/// A gateway that could not be reached says where its address came from.
fn unreached(ctx: &Context, e: Error) -> Error {
    match e {
        Error::Network { hint: None, .. } => {
            let given = &ctx.settings.vpn_server;
            let hint = format!(
                "the VPN gateway's address comes from {}: check it, and your connection to it",
                given.source
            );
            e.with_hint(hint)
        }
        other => other,
    }
}

/// A time as the gateway's `stamp` takes it: UTC, `YYYYmmddHHMMSSZ`.
fn stamp(t: DateTime<Utc>) -> String {
    t.format(vss_wire::vpn::STAMP_FORMAT).to_string()
}

/// Where the gateway's MFA is turned on: its own page.
fn setup_page(server: &str) -> String {
    format!(
        "{server}/{}",
        vss_wire::vpn::PATH_SETUP.trim_start_matches('/')
    )
}

/// What `on` and `off` print with `-o json|yaml`.
#[derive(Serialize)]
struct Changed<'a> {
    vpn_server: &'a str,
    username: &'a str,
    /// `open` or `closed`.
    gateway: &'static str,
    message: &'a str,
}
