//! `vss-cli configure mk`: log in once, then keep the endpoint in the configuration file and
//! the password and token in the keyring (never in the file).

use serde::Serialize;

use crate::cli::ConfigureMkArgs;
use crate::config::EndpointEntry;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::login;
use crate::secrets::Item;

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
        None => ctx
            .entry
            .as_ref()
            .map(|e| e.name.clone())
            .unwrap_or_else(|| name_from_url(&ctx.endpoint)),
    };
    // Logging in proves the credentials (and the second factor) before anything is kept.
    let fresh = login::login(ctx)?;
    let creds = ctx.credentials()?;
    let store = ctx.store();
    store.set(&ctx.secret_key(Item::Password)?, &creds.password)?;
    store.set(&ctx.secret_key(Item::Token)?, &fresh.token)?;

    let mut config = ctx.config.clone();
    config.upsert(EndpointEntry {
        name: name.clone(),
        url: ctx.endpoint.clone(),
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
    config.save(&ctx.config_path)?;
    ctx.term.info(format!(
        "Configured {name} ({}) for {}: the password and token are kept in the {}, not in {}.",
        ctx.endpoint,
        creds.username,
        store.kind(),
        ctx.config_path.display()
    ));
    ctx.term.print(
        ctx.format,
        &Configured {
            name: &name,
            endpoint: &ctx.endpoint,
            username: &creds.username,
            secrets: store.kind(),
            default,
        },
    )
}

/// `https://cloud-api.eis.utoronto.ca` → `cloud-api`; `http://127.0.0.1:8787` → `127.0.0.1-8787`.
fn name_from_url(url: &str) -> String {
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return "default".into();
    };
    let host = parsed.host_str().unwrap_or("default");
    let base = if host.parse::<std::net::IpAddr>().is_ok() || !host.contains('.') {
        host.to_owned()
    } else {
        host.split('.').next().unwrap_or(host).to_owned()
    };
    match parsed.port() {
        Some(port) => format!("{base}-{port}"),
        None => base,
    }
}

#[cfg(test)]
mod tests {
    use super::name_from_url;

    #[test]
    fn names_come_from_the_host() {
        assert_eq!(
            name_from_url("https://cloud-api.eis.utoronto.ca"),
            "cloud-api"
        );
        assert_eq!(name_from_url("http://127.0.0.1:8787"), "127.0.0.1-8787");
        assert_eq!(name_from_url("http://localhost:9"), "localhost-9");
    }
}
