//! `vss-cli admin settings totp set --mandatory|--optional`: MFA for all domains (admin role).

use crate::cli::SettingsTotpSetArgs;
use crate::context::Context;
use crate::error::Result;
use crate::login;
use vss_wire::TotpSettings;

pub(crate) fn run(args: &SettingsTotpSetArgs, ctx: &Context) -> Result<()> {
    let api = ctx.api()?;
    let wanted = TotpSettings {
        mandatory: args.mandatory,
    };
    let settings = login::with_token(ctx, |token| api.set_totp_settings(token, &wanted))?;
    ctx.term.print(ctx.format, &settings)
}
