//! `vss-cli admin settings totp set --mandatory|--optional`: MFA for all domains (admin role).

use crate::cli::SettingsTotpSetArgs;
use crate::context::Context;
use crate::error::Result;
use vss_wire::TotpSettings;

pub(crate) fn run(args: &SettingsTotpSetArgs, ctx: &Context) -> Result<()> {
    let api = ctx.auth.api()?;
    let wanted = TotpSettings {
        mandatory: args.mandatory,
    };
    let settings = ctx
        .auth
        .with_token(|token| api.set_totp_settings(token, &wanted))?;
    ctx.term.print(ctx.settings.format, &settings)
}
