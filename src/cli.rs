//! Every clap type of `vss-cli`, named by the command tree. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::exit_codes::ExitCode;
use crate::output::OutputFormat;
use crate::secrets::StoreChoice;
use crate::terminal::ColorChoice;
use vss_generate::GenerateWhat;
use vss_wire::Method;

mod spellings;

pub(crate) use spellings::python_spellings;

mod python_globals;

pub(crate) use python_globals::python_shorts;

/// The default endpoint, as in the Python vss-cli.
pub(crate) const DEFAULT_ENDPOINT: &str = "https://cloud-api.eis.utoronto.ca";

fn after_long_help() -> String {
    format!(
        "{}\nEnvironment variables stand in for the options that name them; an option on the \
         command line wins.",
        ExitCode::help_table()
    )
}

/// Manage multi-factor authentication (TOTP) on your VSS account from the shell.
#[derive(Debug, Parser)]
#[command(name = "vss-cli", version, after_long_help = after_long_help())]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,

    #[command(subcommand)]
    pub(crate) command: Commands,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub(crate) struct GlobalArgs {
    /// API endpoint URL (a bare host name means https://HOST)
    #[arg(
        short = 'e',
        long,
        env = "VSS_ENDPOINT",
        value_name = "URL",
        global = true
    )]
    pub(crate) endpoint: Option<String>,

    /// Account user name
    #[arg(
        short = 'u',
        long,
        env = "VSS_USER",
        value_name = "USER",
        global = true
    )]
    pub(crate) username: Option<String>,

    /// Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)
    #[arg(
        short = 'p',
        long,
        env = "VSS_USER_PASS",
        hide_env_values = true,
        value_name = "PASSWORD",
        global = true
    )]
    pub(crate) password: Option<String>,

    /// Read the password from the first line of standard input (before any other secret
    /// given as `-`)
    #[arg(long, global = true, conflicts_with = "password")]
    pub(crate) password_stdin: bool,

    /// API token to use instead of logging in; `-` reads it from standard input (prefer that
    /// or VSS_TOKEN: arguments show up in `ps`)
    #[arg(
        short = 't',
        long,
        env = "VSS_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN",
        global = true
    )]
    pub(crate) token: Option<String>,

    /// One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP
    /// secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard
    /// input (prefer that or VSS_USER_OTP: arguments show up in `ps`)
    #[arg(
        long,
        env = "VSS_USER_OTP",
        hide_env_values = true,
        value_name = "CODE",
        global = true
    )]
    pub(crate) totp: Option<String>,

    /// Log in with a recovery code instead of a one-time code (each works once); `-` reads it
    /// from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)
    #[arg(
        long,
        env = "VSS_RECOVERY_CODE",
        hide_env_values = true,
        value_name = "CODE",
        global = true,
        conflicts_with = "totp"
    )]
    pub(crate) recovery_code: Option<String>,

    /// Ask this program for the one-time code when a login needs one (a hardware key's or a
    /// vault's command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its
    /// first group of 6 to 8 digits is the code)
    #[arg(
        long,
        env = "VSS_TOTP_COMMAND",
        value_name = "CMD",
        global = true,
        conflicts_with = "recovery_code"
    )]
    pub(crate) totp_command: Option<String>,

    /// Log in for this command alone: no kept token is used, and the login's token is not
    /// kept (by default a login's token is kept in the secret store and reused by the next
    /// commands for the same account while it has more than a minute left)
    #[arg(
        long,
        env = "VSS_NO_SESSION",
        global = true,
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub(crate) no_session: bool,

    /// Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)
    #[arg(
        long,
        env = "VSS_SECRET_STORE",
        value_enum,
        default_value_t = StoreChoice::Auto,
        value_name = "STORE",
        global = true
    )]
    pub(crate) secret_store: StoreChoice,

    /// Configuration file
    #[arg(
        short = 'c',
        long,
        env = "VSS_CONFIG",
        value_name = "PATH",
        global = true
    )]
    pub(crate) config: Option<PathBuf>,

    /// PEM file of CA certificates to trust beside the system's, for an endpoint whose
    /// certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)
    #[arg(long, env = "VSS_CA_BUNDLE", value_name = "PATH", global = true)]
    pub(crate) ca_bundle: Option<PathBuf>,

    /// The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the
    /// configuration's vpn_server, else VSS_VPN_ENDPOINT, else
    /// https://vskey-vn.eis.utoronto.ca]
    #[arg(long, env = "VSS_VPN_SERVER", value_name = "URL", global = true)]
    pub(crate) vpn_server: Option<String>,

    /// Output format (auto: a table, as in the Python vss-cli) [default: the configuration's,
    /// else table]
    #[arg(
        short = 'o',
        long,
        env = "VSS_OUTPUT",
        value_enum,
        value_name = "FORMAT",
        global = true
    )]
    pub(crate) output: Option<OutputFormat>,

    /// The longest one call to the endpoint may take, its whole reply included, in seconds
    /// [default: the configuration's, else 30]
    #[arg(
        long,
        env = "VSS_TIMEOUT",
        value_parser = clap::value_parser!(u64).range(1..=3600),
        value_name = "SECONDS",
        global = true
    )]
    pub(crate) timeout: Option<u64>,

    /// When to use colour (NO_COLOR turns it off for auto)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", global = true)]
    pub(crate) color: ColorChoice,

    /// Show each request (method, path, status, time) on stderr; never secrets
    #[arg(long, global = true)]
    pub(crate) debug: bool,

    /// Print only errors on stderr: no progress, notes or warnings (prompts, and what they
    /// show, still appear on a terminal); data on stdout is unchanged
    #[arg(short = 'q', long, global = true)]
    pub(crate) quiet: bool,

    #[command(flatten)]
    pub(crate) python: PythonGlobalArgs,
}

/// The Python vss-cli's global options for shaping output and for its own logging, taken as
/// it takes them (`-s PATH` is --sort-by but after `token rm`, where it is --summary).
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Output options (as in the Python vss-cli)")]
pub(crate) struct PythonGlobalArgs {
    /// Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python
    /// tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as
    /// `NAME: value` lines. Tables only
    #[arg(long, value_name = "NAME=PATH,...", global = true)]
    pub(crate) columns: Option<String>,

    /// Cut table cells longer than N characters, ending them with an ellipsis (0: share out
    /// the terminal's width, -1: never) [default: the configuration's columns_width, else -1]
    #[arg(
        long,
        env = "VSS_COL_WIDTH",
        value_name = "N",
        allow_negative_numbers = true,
        global = true
    )]
    pub(crate) columns_width: Option<i64>,

    /// Print tables without their header row
    #[arg(short = 'n', long, global = true)]
    pub(crate) no_headers: bool,

    /// Sort lists by the value this JSONPath finds in each item (`-s` is this option but after
    /// `token rm`), in every output format
    #[arg(long, value_name = "PATH", global = true)]
    pub(crate) sort_by: Option<String>,

    /// Draw tables in this format (the Python tool's tabulate names: plain, simple, grid,
    /// fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv)
    /// [default: the configuration's table_format, else this program's own columns]
    #[arg(
        long,
        env = "VSS_TABLE",
        value_name = "FORMAT",
        value_parser = crate::table::parse_table_format,
        global = true
    )]
    pub(crate) table_format: Option<String>,

    /// More detail on stderr: each request, as --debug shows it
    #[arg(short = 'v', long, env = "VSS_VERBOSE", value_parser = clap::builder::FalseyValueParser::new(), global = true)]
    pub(crate) verbose: bool,

    /// On a failure, also print the error's full chain of causes on stderr
    #[arg(short = 'x', env = "VSS_EXCEPTIONS", value_parser = clap::builder::FalseyValueParser::new(), global = true)]
    pub(crate) showexceptions: bool,

    /// What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL
    /// only errors (as --quiet), WARNING and INFO the usual messages
    #[arg(
        short = 'l',
        long,
        value_enum,
        ignore_case = true,
        value_name = "LEVEL",
        global = true
    )]
    pub(crate) loglevel: Option<LogLevel>,

    /// Accepted as the Python tool takes it (it waits for its requests to finish); every call
    /// of this program is finished when it returns, so there is nothing to wait for
    #[arg(
        long,
        env = "VSS_WAIT_FOR_REQUESTS",
        overrides_with = "no_wait",
        value_parser = clap::builder::FalseyValueParser::new(),
        global = true
    )]
    pub(crate) wait: bool,

    /// Accepted as the Python tool takes it; see --wait
    #[arg(long, overrides_with = "wait", global = true)]
    pub(crate) no_wait: bool,

    /// Whether -o/--output and -t/--token were typed on the command line (not set in the
    /// environment): filled in by `main` from the parsed matches.
    #[arg(skip)]
    pub(crate) typed: Typed,
}

/// Which options were typed on the command line rather than set in the environment.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Typed {
    pub(crate) output: bool,
    pub(crate) token: bool,
    /// `--token -`: the token was read from standard input.
    pub(crate) token_stdin: bool,
}

/// The Python tool's log levels (click-log's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub(crate) enum LogLevel {
    Critical,
    Error,
    Warning,
    Info,
    Debug,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Commands {
    /// Manage your account
    Account(AccountArgs),
    /// Configure endpoints and credentials
    Configure(ConfigureArgs),
    /// Who you are at the endpoint, and whether a token or the credentials work
    ///
    /// Shows the endpoint, the user, the MFA state and method, until when the API token works
    /// and where the secrets are kept. It uses the token given (-t/VSS_TOKEN) or stored while
    /// the server takes it, else logs in with the password and a second factor given up front
    /// (--totp, --totp auto, --recovery-code); it never asks and sends no code. Exit 0 when one
    /// of them works, 3 when none does.
    #[command(visible_alias = "whoami")]
    #[command(after_long_help = crate::help::status())]
    Status,
    /// API tokens for scripts
    Token(TokenArgs),
    /// Forget the stored API token and revoke it on the server
    ///
    /// The token kept for the account at the endpoint (-e NAME or URL) is removed from the
    /// secret store and revoked on the server (POST /auth/revoke-token), as is a token given
    /// with -t/VSS_TOKEN. A server that cannot revoke tokens is named, with the time until
    /// which the token keeps working. --all also forgets the password and the TOTP secret
    /// kept for the account. The Python vss-cli's files are never changed.
    #[command(after_long_help = crate::help::logout())]
    Logout(LogoutArgs),
    /// Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token
    ///
    /// The token is the kept one while the server takes it and it has --min-valid left, else
    /// one from logging in first; it is passed in the environment only (VSS_TOKEN, and
    /// VSS_API_TOKEN as pyvss reads it, with VSS_ENDPOINT and VSS_TOKEN_EXPIRES_AT), never
    /// among the command's arguments. The password, codes and recovery codes given to vss-cli
    /// (VSS_USER_PASS, VSS_USER_OTP, VSS_RECOVERY_CODE, and pyvss's VSS_API_USER_PASS and
    /// VSS_API_USER_OTP) are not passed on. The command's exit status becomes vss-cli's
    /// (128+N when signal N ended it); SIGINT, SIGTERM and SIGHUP sent to vss-cli are passed
    /// on to it.
    #[command(after_long_help = crate::help::exec())]
    Exec(ExecArgs),
    /// Administer MFA policy and accounts (admin and domain-admin roles)
    Admin(AdminArgs),
    /// The VSS VPN: open its MFA gateway with a one-time code before you connect
    Vpn(VpnArgs),
    /// Print a shell completion script
    #[command(after_long_help = crate::help::completion())]
    Completion(CompletionArgs),
    /// Write every completion script and man page into a folder (for packagers)
    #[command(name = "__generate", hide = true)]
    Generate(GenerateArgs),
    /// Print the configured endpoint names, one a line (called by the completion scripts)
    #[command(name = "__complete-endpoints", hide = true)]
    CompleteEndpoints,
}

#[derive(Debug, Args)]
pub(crate) struct VpnArgs {
    #[command(subcommand)]
    pub(crate) command: VpnCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum VpnCommand {
    /// The VPN's MFA gateway: open it with a code, close it, its status and log
    Gw(VpnGwArgs),
}

#[derive(Debug, Args)]
pub(crate) struct VpnGwArgs {
    #[command(subcommand)]
    pub(crate) command: VpnGwCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum VpnGwCommand {
    /// Open the VPN's MFA gateway with a one-time code, then connect to the VPN
    ///
    /// The gateway (--vpn-server, VSS_VPN_SERVER or the configuration's vpn_server) is called
    /// with the account's user name and password, as the API is; its MFA status is checked
    /// first. The code comes from --otp, else as for a login: --totp or VSS_USER_OTP, --totp
    /// auto, --totp-command or the endpoint's totp_command, else the prompt on a terminal
    /// (for EMAIL and SMS a code is sent first). A code made by --totp auto or a program that
    /// the gateway refuses (most likely it was just used, by a login or a job) is made again
    /// in the next 30-second step. `-o CODE` is taken as --otp CODE, as the Python vss-cli
    /// takes it, when CODE is no output format.
    #[command(after_long_help = crate::help::vpn_gw_on())]
    On(VpnOnArgs),
    /// Close the VPN's MFA gateway
    #[command(after_long_help = crate::help::vpn_gw_off())]
    Off,
    /// The VPN gateway's log of your account since a time
    ///
    /// One entry a line, as the gateway writes them; -o json gives them as a list. `-t TIME`
    /// is taken as --since TIME here, as the Python vss-cli takes it (elsewhere -t is
    /// --token).
    #[command(after_long_help = crate::help::vpn_gw_log())]
    Log(VpnLogArgs),
    /// Whether the gateway's MFA is set up for your account, with which method, and (where
    /// the gateway says) whether it is open
    #[command(after_long_help = crate::help::vpn_gw_status())]
    Status,
}

#[derive(Debug, Args)]
pub(crate) struct VpnOnArgs {
    /// The one-time code (spaces and dashes as apps and mails show it are fine); `-` reads it
    /// from standard input [default: as for a login: --totp, VSS_USER_OTP, --totp auto,
    /// --totp-command, else a prompt]
    #[arg(long, value_name = "CODE")]
    pub(crate) otp: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct VpnLogArgs {
    /// From when: local time as `YYYY-mm-dd HH:MM` (the Python tool's form) or `YYYY-mm-dd
    /// HH:MM:SS`, a time with its zone (RFC 3339), or how long ago (90m, 2h, 1d) [default:
    /// 1h]
    #[arg(
        long,
        visible_alias = "timestamp",
        value_name = "TIME",
        value_parser = parse_since
    )]
    pub(crate) since: Option<Since>,
}

/// A time the gateway's log starts from, as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Since {
    /// This long before now.
    Ago(std::time::Duration),
    /// A wall-clock time in the local time zone.
    Local(chrono::NaiveDateTime),
    /// A time with its zone.
    At(chrono::DateTime<chrono::FixedOffset>),
}

/// `2026-05-01 09:30` (the Python tool's form; seconds and a `T` allowed), an RFC 3339 time,
/// or a duration ago.
pub(crate) fn parse_since(text: &str) -> Result<Since, String> {
    let text = text.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(Since::At(t));
    }
    for format in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(text, format) {
            return Ok(Since::Local(t));
        }
    }
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(Since::Local(day.and_time(chrono::NaiveTime::MIN)));
    }
    parse_duration(text).map(Since::Ago).map_err(|_| {
        format!(
            "{text:?} is not a time: use local time as \"2026-05-01 09:30\", a time with its \
             zone as 2026-05-01T13:30:00Z, or how long ago as 90m, 2h or 1d"
        )
    })
}

#[derive(Debug, Args)]
pub(crate) struct AdminArgs {
    #[command(subcommand)]
    pub(crate) command: AdminCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminCommand {
    /// Settings for all domains
    Settings(AdminSettingsArgs),
    /// Domains and their MFA policy
    Domain(AdminDomainArgs),
    /// Accounts: MFA state, requirements, reset, security alert
    User(AdminUserArgs),
    /// The record of administrative changes
    Audit(AdminAuditArgs),
}

#[derive(Debug, Args)]
pub(crate) struct AdminSettingsArgs {
    #[command(subcommand)]
    pub(crate) command: AdminSettingsCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminSettingsCommand {
    /// MFA for all domains
    Totp(AdminSettingsTotpArgs),
}

#[derive(Debug, Args)]
pub(crate) struct AdminSettingsTotpArgs {
    #[command(subcommand)]
    pub(crate) command: AdminSettingsTotpCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminSettingsTotpCommand {
    /// Show whether MFA is mandatory for all domains
    #[command(after_long_help = crate::help::admin_settings_show())]
    Show,
    /// Make MFA mandatory for all domains, or optional again (admin role)
    #[command(after_long_help = crate::help::admin_settings_set())]
    Set(SettingsTotpSetArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("mode").required(true)))]
pub(crate) struct SettingsTotpSetArgs {
    /// Every account in every domain (but unavailable ones) must enrol
    #[arg(long, group = "mode")]
    pub(crate) mandatory: bool,
    /// Domains and accounts decide
    #[arg(long, group = "mode")]
    pub(crate) optional: bool,
}

#[derive(Debug, Args)]
pub(crate) struct AdminDomainArgs {
    #[command(subcommand)]
    pub(crate) command: AdminDomainCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminDomainCommand {
    /// List domains with their MFA policy
    #[command(after_long_help = crate::help::admin_domain_ls())]
    Ls,
    /// Set a domain's MFA policy
    #[command(after_long_help = crate::help::admin_domain_set())]
    Set(DomainSetArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("policy").required(true)))]
pub(crate) struct DomainSetArgs {
    /// The domain
    #[arg(value_name = "DOMAIN")]
    pub(crate) domain: String,
    /// Every account of the domain must enrol
    #[arg(long, group = "policy")]
    pub(crate) totp_mandatory: bool,
    /// Accounts may enrol (the default)
    #[arg(long, group = "policy")]
    pub(crate) totp_optional: bool,
    /// MFA is not available in the domain
    #[arg(long, group = "policy")]
    pub(crate) totp_unavailable: bool,
    /// With --totp-mandatory: how long logins without MFA still work, with a warning (hours,
    /// or with a unit: 48h, 2d)
    #[arg(
        long,
        value_name = "DURATION",
        value_parser = parse_grace_hours,
        requires = "totp_mandatory",
        conflicts_with_all = ["totp_optional", "totp_unavailable"]
    )]
    pub(crate) grace_period: Option<u32>,
}

#[derive(Debug, Args)]
pub(crate) struct AdminUserArgs {
    #[command(subcommand)]
    pub(crate) command: AdminUserCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminUserCommand {
    /// List accounts with their MFA state
    #[command(after_long_help = crate::help::admin_user_ls())]
    Ls(UserLsArgs),
    /// Require MFA of an account, or allow or forbid it to turn MFA on and off itself
    #[command(after_long_help = crate::help::admin_user_set())]
    Set(UserSetArgs),
    /// An account's MFA
    Totp(UserTotpArgs),
    /// E-mail an account a summary of its security settings and what to do
    #[command(after_long_help = crate::help::admin_user_alert())]
    Alert(UserAlertArgs),
}

/// MFA states to filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MfaStateArg {
    Enabled,
    /// An enrolment started and not verified: no working MFA yet
    Pending,
    Disabled,
    /// No working MFA: disabled or pending
    Off,
}

/// yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum YesNo {
    Yes,
    No,
}

impl YesNo {
    pub(crate) fn as_bool(self) -> bool {
        self == YesNo::Yes
    }
}

/// Which page of a long list.
#[derive(Debug, Args)]
pub(crate) struct PageArgs {
    /// Page number, from 1
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) page: Option<u32>,
    /// Entries per page (at most 500)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=500))]
    pub(crate) per_page: Option<u32>,
    /// Every page, one after the other
    #[arg(long, conflicts_with = "page")]
    pub(crate) all: bool,
}

#[derive(Debug, Args)]
pub(crate) struct UserLsArgs {
    /// Only this domain
    #[arg(long, value_name = "DOMAIN")]
    pub(crate) domain: Option<String>,
    /// Only accounts in these MFA states, comma-separated or repeated (`off` finds every
    /// account without working MFA: disabled or pending)
    #[arg(long, value_enum, value_name = "STATE", value_delimiter = ',')]
    pub(crate) mfa: Vec<MfaStateArg>,
    #[command(flatten)]
    pub(crate) page: PageArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true)))]
pub(crate) struct UserSetArgs {
    /// The account
    #[arg(value_name = "USER")]
    pub(crate) user: String,
    /// The account's domain (checked)
    #[arg(long, value_name = "DOMAIN")]
    pub(crate) domain: Option<String>,
    /// Require MFA of the account
    #[arg(long, value_enum, value_name = "YES|NO", group = "change")]
    pub(crate) require_mfa: Option<YesNo>,
    /// Let the account turn MFA on and off itself
    #[arg(long, value_enum, value_name = "YES|NO", group = "change")]
    pub(crate) can_toggle_mfa: Option<YesNo>,
}

#[derive(Debug, Args)]
pub(crate) struct UserTotpArgs {
    #[command(subcommand)]
    pub(crate) command: UserTotpCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum UserTotpCommand {
    /// Reset an account's MFA: remove its factor and recovery codes and log it out everywhere
    #[command(after_long_help = crate::help::admin_user_totp_disable())]
    Disable(UserTotpDisableArgs),
}

#[derive(Debug, Args)]
pub(crate) struct UserTotpDisableArgs {
    /// The account
    #[arg(long, value_name = "USER")]
    pub(crate) user: String,
    /// The account's domain (checked)
    #[arg(long, value_name = "DOMAIN")]
    pub(crate) domain: Option<String>,
    /// Do not ask for confirmation (needed without a terminal)
    #[arg(short = 'y', long)]
    pub(crate) yes: bool,
}

#[derive(Debug, Args)]
pub(crate) struct UserAlertArgs {
    /// The account
    #[arg(value_name = "USER")]
    pub(crate) user: String,
    /// The account's domain (checked)
    #[arg(long, value_name = "DOMAIN")]
    pub(crate) domain: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct AdminAuditArgs {
    #[command(subcommand)]
    pub(crate) command: AdminAuditCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminAuditCommand {
    /// Administrative changes, newest first
    #[command(after_long_help = crate::help::admin_audit_ls())]
    Ls(AuditLsArgs),
}

#[derive(Debug, Args)]
pub(crate) struct AuditLsArgs {
    #[command(flatten)]
    pub(crate) page: PageArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ConfigureArgs {
    #[command(subcommand)]
    pub(crate) command: ConfigureCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ConfigureCommand {
    /// Add or update an endpoint: log in once and keep the password and token in the keyring
    #[command(after_long_help = crate::help::configure_mk())]
    Mk(ConfigureMkArgs),
    /// List configured endpoints
    #[command(after_long_help = crate::help::configure_ls())]
    Ls,
    /// Change a general setting: the Python vss-cli's 15 (default_endpoint_name, output,
    /// timeout, vpn_server, table_format, columns_width, and those only it reads)
    #[command(after_long_help = crate::help::configure_set())]
    Set(ConfigureSetArgs),
    /// Remove an endpoint and its stored secrets
    #[command(after_long_help = crate::help::configure_rm())]
    Rm(ConfigureRmArgs),
    /// Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked
    /// before it replaces the file
    #[command(after_long_help = crate::help::configure_edit())]
    Edit,
}

#[derive(Debug, Args)]
pub(crate) struct ConfigureMkArgs {
    /// Name for the endpoint [default: from its host name]; `-e NAME` after `mk` is this, as
    /// in the Python vss-cli (before `configure`, -e is the endpoint's URL)
    #[arg(long, value_name = "NAME")]
    pub(crate) endpoint_name: Option<String>,

    /// Replace the endpoint of that name if it is configured already (without it, an existing
    /// name is refused)
    #[arg(short = 'r', long)]
    pub(crate) replace: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ConfigureSetArgs {
    /// The setting
    #[arg(value_name = "KEY")]
    pub(crate) key: String,
    /// Its new value
    #[arg(value_name = "VALUE")]
    pub(crate) value: String,
}

#[derive(Debug, Args)]
pub(crate) struct ConfigureRmArgs {
    /// Name of the endpoint
    #[arg(value_name = "NAME")]
    pub(crate) name: String,
}

#[derive(Debug, Args)]
pub(crate) struct TokenArgs {
    #[command(subcommand)]
    pub(crate) command: TokenCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)
    #[command(after_long_help = crate::help::token_mk())]
    Mk,
    /// Print the stored API token while it is valid, else log in and print a new one
    ///
    /// Only the token is printed (with -o json also its expiry, whether its login passed a
    /// second factor, and where it came from: given, stored or login), so that
    /// `export VSS_TOKEN=$(vss-cli token show)` spends no code while a token lasts. The server
    /// is asked whether the token still works, so a revoked one is never printed.
    #[command(after_long_help = crate::help::token_show())]
    Show,
    /// List the account's API tokens (the one this machine holds is marked)
    ///
    /// The Python tool's columns: id, created_on, updated_on, last_access, ip_address, valid,
    /// type, expiration, duration; IN_USE marks the token kept here or given.
    #[command(after_long_help = crate::help::token_ls())]
    Ls,
    /// Show one of the account's API tokens
    #[command(after_long_help = crate::help::token_get())]
    Get(TokenGetArgs),
    /// Delete API tokens of the account: they stop working at once
    ///
    /// By id (see `token ls`), or with --others every token but the one in use here.
    #[command(after_long_help = crate::help::token_rm())]
    Rm(TokenRmArgs),
}

#[derive(Debug, Args)]
pub(crate) struct TokenGetArgs {
    /// The token's id (the ID column of `token ls`)
    #[arg(value_name = "ID")]
    pub(crate) id: u64,
}

#[derive(Debug, Args)]
pub(crate) struct TokenRmArgs {
    /// The ids of the tokens to delete (the ID column of `token ls`)
    #[arg(
        value_name = "ID",
        required_unless_present = "others",
        conflicts_with = "others"
    )]
    pub(crate) ids: Vec<u64>,
    /// Delete every token of the account but the one in use here
    #[arg(long)]
    pub(crate) others: bool,
    /// Print each deletion's status (accepted as the Python tool takes it; `-s` here is
    /// this, elsewhere --sort-by)
    #[arg(short = 's', long)]
    pub(crate) summary: bool,
}

#[derive(Debug, Args)]
pub(crate) struct LogoutArgs {
    /// Also forget the stored password and TOTP secret of the account at this endpoint
    #[arg(long)]
    pub(crate) all: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ExecArgs {
    /// The command to run, and its arguments (after `--` when they start with a dash)
    #[arg(
        value_name = "CMD",
        required = true,
        num_args = 1..,
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_hint = clap::ValueHint::CommandWithArguments
    )]
    pub(crate) command: Vec<std::ffi::OsString>,

    /// Log in again first when the token has less than this left (e.g. 90s, 10m, 1h; a bare
    /// number is seconds) [default: 1m]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub(crate) min_valid: Option<std::time::Duration>,
}

/// `48`, `48h`, `2d`: a grace period in whole hours.
pub(crate) fn parse_grace_hours(text: &str) -> Result<u32, String> {
    let trimmed = text.trim();
    let bare = !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit());
    let seconds = if bare {
        trimmed
            .parse::<u64>()
            .map(|h| h.saturating_mul(3600))
            .map_err(|_| format!("{text:?} is not a number of hours"))?
    } else {
        parse_duration(trimmed)?.as_secs()
    };
    if seconds % 3600 != 0 {
        return Err(format!(
            "{text:?}: a grace period is whole hours (e.g. 48, 48h, 2d)"
        ));
    }
    u32::try_from(seconds / 3600).map_err(|_| format!("{text:?} is too long"))
}

/// `90`, `90s`, `10m`, `1h`, `2d`: a duration.
pub(crate) fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration: use e.g. 90s, 10m, 1h or 2d"))?;
    let scale = match unit.trim() {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => {
            return Err(format!(
                "{text:?} is not a duration: use e.g. 90s, 10m, 1h or 2d"
            ))
        }
    };
    Ok(std::time::Duration::from_secs(number.saturating_mul(scale)))
}

#[derive(Debug, Args)]
pub(crate) struct AccountArgs {
    /// Do not load account data before running the command (accepted for compatibility)
    #[arg(long)]
    pub(crate) no_load: bool,

    #[command(subcommand)]
    pub(crate) command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AccountCommand {
    /// Show account settings
    Get(AccountGetArgs),
    /// Change account settings
    Set(AccountSetArgs),
}

#[derive(Debug, Args)]
pub(crate) struct AccountGetArgs {
    #[command(subcommand)]
    pub(crate) command: AccountGetCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AccountGetCommand {
    /// Show the account's MFA status
    #[command(after_long_help = crate::help::get_mfa())]
    Mfa,
}

#[derive(Debug, Args)]
pub(crate) struct AccountSetArgs {
    #[command(subcommand)]
    pub(crate) command: AccountSetCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AccountSetCommand {
    /// Set account MFA settings
    Mfa(MfaArgs),
}

#[derive(Debug, Args)]
pub(crate) struct MfaArgs {
    #[command(subcommand)]
    pub(crate) command: MfaCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum MfaCommand {
    /// Enable MFA with Time-based One-Time Password
    #[command(after_long_help = crate::help::mk())]
    Mk(MkArgs),
    /// Verify existing MFA setup (finishes a pending enrolment)
    #[command(after_long_help = crate::help::verify())]
    Verify(VerifyArgs),
    /// Request a TOTP code by e-mail or SMS
    #[command(after_long_help = crate::help::get_token())]
    GetToken(GetTokenArgs),
    /// Disable existing MFA setup (confirmed with an e-mailed token)
    #[command(after_long_help = crate::help::rm())]
    Rm(RmArgs),
    /// Make a fresh set of recovery codes (the old set stops working)
    #[command(after_long_help = crate::help::recovery_codes())]
    RecoveryCodes(RecoveryCodesArgs),
    /// Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`
    #[command(after_long_help = crate::help::forget_secret())]
    ForgetSecret,
}

#[derive(Debug, Args)]
pub(crate) struct GetTokenArgs {
    /// Send the code for a pending enrolment or replacement instead of the active factor (an
    /// extension of vss-mock-server, which the VSS service may not offer)
    #[arg(long)]
    pub(crate) pending: bool,
}

/// Where recovery codes go.
#[derive(Debug, Args)]
pub(crate) struct RecoveryFileArgs {
    /// Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or
    /// ./USER_recovery_codes.txt when the server names no issuer]
    #[arg(long, value_name = "PATH", conflicts_with = "no_save_recovery_codes")]
    pub(crate) recovery_codes_file: Option<PathBuf>,

    /// Do not save the recovery codes to a file
    #[arg(long)]
    pub(crate) no_save_recovery_codes: bool,

    /// Overwrite an existing recovery codes file
    #[arg(long)]
    pub(crate) force: bool,

    /// Answer yes to every question (save the codes)
    #[arg(short = 'y', long)]
    pub(crate) yes: bool,
}

#[derive(Debug, Args)]
pub(crate) struct RecoveryCodesArgs {
    #[command(flatten)]
    pub(crate) file: RecoveryFileArgs,
}

/// The method argument of `mk`, spelled as on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub(crate) enum MethodArg {
    Email,
    Authenticator,
    Sms,
}

impl From<MethodArg> for Method {
    fn from(m: MethodArg) -> Method {
        match m {
            MethodArg::Email => Method::Email,
            MethodArg::Authenticator => Method::Authenticator,
            MethodArg::Sms => Method::Sms,
        }
    }
}

/// Accepts a phone number in one of the forms of [`vss_phone::to_e164`] and keeps it as
/// typed: the Python tool sends it so, and the server makes it E.164.
pub(crate) fn parse_phone(s: &str) -> Result<String, String> {
    match vss_phone::to_e164(s) {
        Some(_) => Ok(s.trim().to_owned()),
        None => Err(format!(
            "not a phone number for SMS: use {}",
            vss_phone::ACCEPTED_FORMS
        )),
    }
}

#[derive(Debug, Args)]
#[command(
    mut_arg("yes", |a| a.help("Answer yes to every question (show the QR, save the codes)")),
    mut_arg("force", |a| a.help("Overwrite existing files (recovery codes, QR image)"))
)]
pub(crate) struct MkArgs {
    /// How codes reach you
    #[arg(value_enum, ignore_case = true, value_name = "METHOD")]
    pub(crate) method: MethodArg,

    /// Phone number to receive SMS, like 416-555-0100, (416) 555-0100, 4165550100 or, with
    /// the country code, +14165550100; required for SMS
    #[arg(long, value_name = "PHONE", required_if_eq("method", "SMS"), value_parser = parse_phone)]
    pub(crate) phone: Option<String>,

    /// Show the QR code without asking (AUTHENTICATOR)
    #[arg(long, overrides_with = "no_qr")]
    pub(crate) qr: bool,

    /// Do not show the QR code
    #[arg(long)]
    pub(crate) no_qr: bool,

    /// Show the secret key to type in by hand, without asking (AUTHENTICATOR)
    #[arg(long)]
    pub(crate) show_key: bool,

    /// Also write the QR code as a PNG image (mode 0600), for desktop authenticators
    #[arg(long, value_name = "PATH")]
    pub(crate) qr_png: Option<PathBuf>,

    /// Move an enabled account to a new method or phone, after proving the current factor;
    /// the old factor keeps working until the new one is verified (an extension of
    /// vss-mock-server, which the VSS service may not offer)
    #[arg(long)]
    pub(crate) replace: bool,

    /// Also keep the TOTP secret in the keyring so `--totp auto` can make codes here
    /// (AUTHENTICATOR; this machine then holds both factors)
    #[arg(long)]
    pub(crate) remember_secret: bool,

    /// Hand the new key straight to a key or vault: CMD (run without a shell) reads the
    /// otpauth:// URI on its standard input, as `pass otp insert NAME` does; the key is then
    /// never shown, drawn or saved here, and the first code comes from --totp-command, else
    /// the prompt (AUTHENTICATOR)
    #[arg(
        long,
        value_name = "CMD",
        conflicts_with_all = ["qr", "show_key", "qr_png", "remember_secret"]
    )]
    pub(crate) secret_to: Option<String>,

    #[command(flatten)]
    pub(crate) file: RecoveryFileArgs,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// The 6-digit code; `-` reads it from standard input [default: VSS_USER_OTP or a prompt]
    #[arg(value_name = "OTP")]
    pub(crate) otp: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct RmArgs {
    /// The token from the confirmation e-mail; finishes a disable requested earlier. `-`
    /// reads it from standard input (prefer that: arguments show up in `ps`)
    #[arg(long, value_name = "TOKEN")]
    pub(crate) confirmation_token: Option<String>,

    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub(crate) yes: bool,
}

/// `vss-cli completion SHELL`.
#[derive(Debug, Args)]
pub(crate) struct CompletionArgs {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub(crate) shell: vss_generate::Shell,
}

/// `vss-cli __generate WHAT DIR`.
#[derive(Debug, Args)]
pub(crate) struct GenerateArgs {
    /// What to write: `completions` and `man` write into DIR, `all` into DIR/completions and
    /// DIR/man; files there that are no longer generated are removed
    #[arg(value_enum, value_name = "WHAT")]
    pub(crate) what: GenerateWhat,
    /// The folder to write into
    #[arg(value_name = "DIR")]
    pub(crate) dir: PathBuf,
}

/// The command line as `main` parses it: each command's usage line is what a user must type,
/// worked out before parsing. (clap's own error usage lists every option given, those set in
/// the environment too — `--password <PASSWORD>` among them — as if they had to be typed.)
pub(crate) fn command() -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    cmd.build();
    plain_usage(cmd)
}

fn plain_usage(cmd: clap::Command) -> clap::Command {
    let mut cmd = cmd;
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .trim_end()
        .to_owned();
    let mut cmd = cmd.override_usage(usage);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, plain_usage);
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_the_python_tool_spelling() {
        let cli = Cli::try_parse_from([
            "vss-cli",
            "-e",
            "http://x",
            "account",
            "--no-load",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            "416-555-0100",
        ])
        .unwrap();
        let Commands::Account(a) = cli.command else {
            panic!("not account")
        };
        assert!(a.no_load);
        let AccountCommand::Set(s) = a.command else {
            panic!("not set")
        };
        let AccountSetCommand::Mfa(m) = s.command;
        let MfaCommand::Mk(mk) = m.command else {
            panic!("not mk")
        };
        assert_eq!(mk.method, MethodArg::Sms);
        assert_eq!(mk.phone.as_deref(), Some("416-555-0100"));
    }

    #[test]
    fn sms_needs_a_phone() {
        let err =
            Cli::try_parse_from(["vss-cli", "account", "set", "mfa", "mk", "SMS"]).unwrap_err();
        assert!(err.to_string().contains("--phone"), "{err}");
    }

    #[test]
    fn phones_in_the_python_tools_forms_or_e164_are_kept_as_typed() {
        for bad in [
            "555-0100",
            "+0165550100",
            "+1 416 555",
            "+1416555010012345",
            "+",
        ] {
            assert!(parse_phone(bad).is_err(), "{bad}");
        }
        for good in [
            "+14165550100",
            "(416) 555-0100",
            "416.555.0100",
            "4165550100",
        ] {
            assert_eq!(parse_phone(good).as_deref(), Ok(good));
        }
        let err = Cli::try_parse_from([
            "vss-cli", "account", "set", "mfa", "mk", "SMS", "--phone", "555-0100",
        ])
        .unwrap_err();
        assert!(err.to_string().contains("--phone"), "{err}");
    }

    #[test]
    fn method_is_case_insensitive() {
        assert!(Cli::try_parse_from(["vss-cli", "account", "set", "mfa", "mk", "email"]).is_ok());
        assert!(Cli::try_parse_from(["vss-cli", "account", "set", "mfa", "mk", "PIGEON"]).is_err());
    }
}
