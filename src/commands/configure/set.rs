//! `vss-cli configure set KEY VALUE`: change a general setting.

use crate::cli::ConfigureSetArgs;
use crate::context::Context;
use crate::error::Result;

pub(crate) fn run(args: &ConfigureSetArgs, ctx: &Context) -> Result<()> {
    let mut config = ctx.config.clone();
    config.set(&args.key, &args.value)?;
    config.save(&ctx.config_path)?;
    eprintln!(
        "Set {} to {} in {}.",
        args.key,
        args.value,
        ctx.config_path.display()
    );
    Ok(())
}
