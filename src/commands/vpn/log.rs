//! `vss-cli vpn gw log [--since TIME]`: the VPN gateway's log of the account since a time
//! (`GET /otp/user-status-log.php?stamp=...`; an hour ago by default, as the Python tool's).

use chrono::{DateTime, Local, TimeZone, Utc};
use serde::Serialize;

use crate::cli::{Since, VpnLogArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Format;

/// How far back the log goes when no time is given.
const DEFAULT_SINCE: std::time::Duration = std::time::Duration::from_secs(3600);

/// What `-o json|yaml` prints.
#[derive(Serialize)]
struct Log<'a> {
    vpn_server: &'a str,
    username: &'a str,
    since: String,
    log: &'a [String],
}

pub(crate) fn run(args: &VpnLogArgs, ctx: &Context) -> Result<()> {
    let since = resolve(args.since.unwrap_or(Since::Ago(DEFAULT_SINCE)), Utc::now())?;
    let server = super::server(ctx)?;
    let creds = ctx.auth.credentials()?;
    let gateway = super::gateway(ctx, &server)?;
    let lines = ctx.term.spin("Reading the VPN gateway's log", || {
        gateway.vpn_log(creds, &super::stamp(since))
    });
    super::tell_warnings(ctx, &gateway);
    let lines = lines.map_err(|e| super::unreached(ctx, e))?;
    let since_text = since.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    if ctx.settings.format != Format::Table {
        let log = Log {
            vpn_server: &server,
            username: &creds.username,
            since: since_text,
            log: &lines,
        };
        return ctx.term.print(ctx.settings.format, &log);
    }
    if lines.is_empty() {
        ctx.term.info(format!(
            "The VPN gateway at {server} has no log entries for {} since {since_text}.",
            creds.username
        ));
    }
    for line in &lines {
        ctx.term.print_line(line)?;
    }
    Ok(())
}

/// The time `since` stands for, `now` being now: a local time in this computer's time zone
/// (`TZ`), as the Python tool takes its `-t` (it reads it as Toronto's).
fn resolve(since: Since, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    match since {
        Since::Ago(ago) => chrono::Duration::from_std(ago)
            .ok()
            .and_then(|ago| now.checked_sub_signed(ago))
            .ok_or_else(|| Error::usage("--since: that is too long ago")),
        Since::At(t) => Ok(t.with_timezone(&Utc)),
        // A time a clock change skips is no time here; one it repeats is the earlier.
        Since::Local(t) => Local
            .from_local_datetime(&t)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .ok_or_else(|| {
                Error::usage(format!(
                    "--since: {t} does not exist in this computer's time zone (the clocks \
                     skip it); give the time with its zone, like 2026-05-01T13:30:00Z"
                ))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::parse_since;

    #[test]
    fn times_as_the_python_tool_takes_them_or_with_a_zone_or_ago() {
        let now = DateTime::parse_from_rfc3339("2026-05-01T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let at = |text: &str| {
            resolve(parse_since(text).unwrap(), now)
                .unwrap()
                .to_rfc3339()
        };
        assert_eq!(at("90m"), "2026-05-01T10:30:00+00:00");
        assert_eq!(at("1d"), "2026-04-30T12:00:00+00:00");
        assert_eq!(at("2026-05-01T09:30:00-04:00"), "2026-05-01T13:30:00+00:00");
        let local = Local
            .from_local_datetime(
                &chrono::NaiveDate::from_ymd_opt(2026, 5, 1)
                    .unwrap()
                    .and_hms_opt(9, 30, 0)
                    .unwrap(),
            )
            .unwrap()
            .with_timezone(&Utc)
            .to_rfc3339();
        for text in [
            "2026-05-01 09:30",
            "2026-05-01 09:30:00",
            "2026-05-01T09:30",
            " 2026-05-01T09:30:00 ",
        ] {
            assert_eq!(at(text), local, "{text}");
        }
        for bad in ["yesterday", "2026-13-01 09:30", "09:30", ""] {
            assert!(parse_since(bad).is_err(), "{bad}");
        }
    }
}
