//! `vss-cli configure mk`: log in once, then keep the endpoint in the configuration file and
//! the password and token in the keyring (never in the file).

use serde::Serialize;

use crate::cli::ConfigureMkArgs;
use crate::config::EndpointEntry;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::secrets::{Kind, Name};
use vss_redacted::Secret;

#[derive(Serialize)]
struct Configured<'a> {
    name: &'a str,
    endpoint: &'a str,
    username: &'a str,
    secrets: &'static str,
    default: bool,
}

pub(crate) fn run(args: &ConfigureMkArgs, ctx: &Context) -> Result<()> {
    let name = match &args.endpoint_name {
        Some(n) if n.trim().is_empty() => {
            return Err(Error::usage("--endpoint-name must not be empty"))
        }
        Some(n) => n.trim().to_owned(),
        None => ctx.settings.endpoint_name(),
    };
    if let Some(existing) = ctx
        .settings
        .config
        .endpoints
        .iter()
        .find(|e| e.name == name && !args.replace)
    {
        return Err(Error::Usage {
            message: format!(
                "an endpoint called {name:?} is configured already ({}) in {}",
                existing.url,
                ctx.settings.config_path.display()
            ),
            hint: Some(
                "to replace it, run this again with -r/--replace; to keep both, give this one \
                 another name with -e/--endpoint-name NAME after `mk` (`vss-cli configure ls` \
                 lists the configured ones)"
                    .to_owned(),
            ),
        });
    }
    // Logging in proves the credentials (and the second factor) before anything is kept.
    let fresh = ctx.auth.login_unkept()?;
    let creds = ctx.auth.credentials()?;
    // The user name and password under the names the Python tool uses, so that where both
    // use the OS store (the macOS Keychain) each finds the other's; the token under the
    // account's own key, where every command looks for it.
    let store = ctx.auth.store();
    let name_of = |kind| Name::new(&name, kind, Some((&ctx.settings.endpoint, &creds.username)));
    store.set(
        &name_of(Kind::Username),
        &Secret::from(creds.username.as_str()),
    )?;
    store.set(&name_of(Kind::Password), &creds.password)?;
    let place = ctx.auth.keep(Kind::Token, &creds.username, &fresh)?;

    let mut config = ctx.settings.config.clone();
    config.upsert(EndpointEntry {
        name: name.clone(),
        url: ctx.settings.endpoint.clone(),
        username: Some(creds.username.clone()),
        ..EndpointEntry::default()
    });
    let default = match config.general.default_endpoint_name.as_deref() {
        None => {
            config.general.default_endpoint_name = Some(name.clone());
            true
        }
        Some(d) => d == name,
    };
    config.save(&ctx.settings.config_path)?;
    ctx.term.info(format!(
        "Configured {name} ({}) for {}: the password and token are kept in {}, not in {}.",
        ctx.settings.endpoint,
        creds.username,
        store.describe(place),
        ctx.settings.config_path.display()
    ));
    ctx.term.print(
        ctx.settings.format,
        &Configured {
            name: &name,
            endpoint: &ctx.settings.endpoint,
            username: &creds.username,
            secrets: place.short(),
            default,
        },
    )
}
