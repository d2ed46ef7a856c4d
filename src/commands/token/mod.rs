//! `vss-cli token ...`

pub(crate) mod get;
pub(crate) mod ls;
pub(crate) mod mk;
pub(crate) mod rm;
pub(crate) mod show;

use serde::Serialize;

use crate::auth::{self, Source};
use crate::context::Context;
use crate::error::Result;
use crate::output::{self, Format};
use vss_redacted::Secret;

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Token<'a> {
    token: &'a str,
    expires_at: Option<String>,
    otp: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
}

/// Prints `token` and nothing else (so that `$(...)` takes it whole), whatever VSS_OUTPUT or
/// the configuration say, as `gh auth token` does; with `-o json|yaml|ndjson` typed on the
/// command line also its expiry, whether its login passed a second factor and, when given,
/// where it came from.
fn print(ctx: &Context, token: &Secret, source: Option<Source>) -> Result<()> {
    if ctx.settings.format == Format::Table || !ctx.settings.output_typed {
        return ctx.term.print_line(token.expose());
    }
    let claims = auth::claims(token.expose());
    let shown = Token {
        token: token.expose(),
        expires_at: claims.as_ref().and_then(|c| output::unix_rfc3339(c.exp)),
        otp: claims.as_ref().map(|c| c.otp),
        source,
    };
    ctx.term.print(ctx.settings.format, &shown)
}
