//! `vss-cli configure rm NAME`: forget an endpoint and the secrets kept for it.

use serde::Serialize;

use crate::cli::ConfigureRmArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::secrets::{Kind, Name};

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Removed<'a> {
    name: &'a str,
    endpoint: &'a str,
    removed: bool,
    /// The endpoint now used when none is named.
    default_endpoint_name: Option<&'a str>,
}

pub(crate) fn run(args: &ConfigureRmArgs, ctx: &Context) -> Result<()> {
    let mut config = ctx.config.clone();
    let Some(pos) = config.endpoints.iter().position(|e| e.name == args.name) else {
        return Err(Error::usage(format!(
            "no endpoint is called {:?}; see `vss-cli configure ls`",
            args.name
        )));
    };
    let entry = config.endpoints.remove(pos);
    // What we kept for it (the Python tool's credentials.enc is not ours to change).
    let user = ctx.entry_user(&entry)?;
    let earlier = user.as_deref().map(|u| (entry.url.as_str(), u));
    for kind in [
        Kind::Username,
        Kind::Password,
        Kind::Token,
        Kind::TotpSecret,
    ] {
        ctx.store().delete(&Name::new(&entry.name, kind, earlier))?;
    }
    if config.general.default_endpoint_name.as_deref() == Some(entry.name.as_str()) {
        config.general.default_endpoint_name = config.endpoints.first().map(|e| e.name.clone());
    }
    config.save(&ctx.config_path)?;
    let removed = Removed {
        name: &entry.name,
        endpoint: &entry.url,
        removed: true,
        default_endpoint_name: config.general.default_endpoint_name.as_deref(),
    };
    crate::commands::done(
        ctx,
        &format!(
            "Removed {} ({}) and its stored secrets.",
            entry.name, entry.url
        ),
        &removed,
    )
}
