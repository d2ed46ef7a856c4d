//! `vss-cli configure set KEY VALUE`: change a general setting.

use serde::Serialize;

use crate::cli::ConfigureSetArgs;
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
    crate::commands::done(
        ctx,
        &format!(
            "Set {} to {} in {}.",
            args.key,
            args.value,
            ctx.settings.config_path.display()
        ),
        &set,
    )
}
