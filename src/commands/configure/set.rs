//! `vss-cli configure set KEY VALUE`: change a general setting.

use serde::Serialize;

use crate::cli::ConfigureSetArgs;
use crate::config::python_settings;
use crate::context::Context;
use crate::error::Result;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Set<'a> {
    key: &'a str,
    value: &'a str,
    config: &'a std::path::Path,
}

pub(crate) fn run(args: &ConfigureSetArgs, ctx: &Context) -> Result<()> {
    let mut config = ctx.settings.config.clone();
    config.set(&args.key, &args.value)?;
    config.save(&ctx.settings.config_path)?;
    let set = Set {
        key: &args.key,
        value: &args.value,
        config: &ctx.settings.config_path,
    };
    // As kept: the Python tool's yes/no settings as true or false.
    let kept = match config.general.extra.get(&args.key) {
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) if python_settings::known(&args.key) => other.to_string(),
        _ => args.value.clone(),
    };
    let secret = python_settings::is_secret(&args.key);
    let shown = if secret { "(redacted)" } else { kept.as_str() };
    let set = Set {
        value: shown,
        ..set
    };
    let effect = if !python_settings::known(&args.key) {
        String::new()
    } else {
        match python_settings::effect(&args.key) {
            Some(what) => format!(" Here it sets {what}."),
            None => " It is the Python vss-cli's: it has no effect here.".to_owned(),
        }
    };
    crate::commands::done(
        ctx,
        &format!(
            "Set {} to {} in {}.{effect}",
            args.key,
            shown,
            ctx.settings.config_path.display()
        ),
        &set,
    )
}
