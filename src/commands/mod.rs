//! One module per command group, one file per leaf command, each with one `run`.

pub(crate) mod account;
pub(crate) mod admin;
pub(crate) mod completion;
pub(crate) mod configure;
pub(crate) mod exec;
pub(crate) mod logout;
pub(crate) mod status;
pub(crate) mod token;
pub(crate) mod vpn;

use crate::cli::{
    AccountCommand, AccountGetCommand, AccountSetCommand, AdminAuditCommand, AdminCommand,
    AdminDomainCommand, AdminSettingsCommand, AdminSettingsTotpCommand, AdminUserCommand, Cli,
    Commands, ConfigureCommand, MfaCommand, TokenCommand, UserTotpCommand, VpnCommand,
    VpnGwCommand,
};
use std::rc::Rc;

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::exit_codes::ExitStatus;
use crate::output::Format;
use crate::terminal::Terminal;
use vss_wire::ErrorKind;

/// Runs the parsed command line, printing through `term`; returns how it finished.
pub(crate) fn run(cli: Cli, term: &Rc<Terminal>) -> Result<ExitStatus> {
    // These read no credentials and no terminal, and must work with a broken configuration.
    let done = match &cli.command {
        Commands::Completion(args) => Some(completion::run(args, term)),
        Commands::Generate(args) => Some(completion::generate(args, term)),
        Commands::CompleteEndpoints => Some(completion::endpoints(&cli.global, term)),
        _ => None,
    };
    if let Some(done) = done {
        return done.map(|()| ExitStatus::Success);
    }
    let ctx = Context::from_args(&cli.global, Rc::clone(term))?;
    term.set_view(ctx.settings.view.clone());
    let result = run_command(cli.command, &ctx).map_err(|e| enrol_first(&ctx, e));
    // What the replies showed (a clock far off) is told before any error.
    ctx.auth.tell_warnings();
    result
}

/// A refusal because the account must enrol first (or, for an administrator call, must use
/// MFA) says exactly what to run, for this endpoint and user.
fn enrol_first(ctx: &Context, e: Error) -> Error {
    let mk = || {
        ctx.auth
            .command_line(&["account", "set", "mfa", "mk", "AUTHENTICATOR"])
    };
    match e {
        Error::Policy {
            kind: ErrorKind::TotpEnforcement,
            ..
        } => e.with_hint(format!(
            "this account must enable MFA before anything else; run: {} (or EMAIL, or SMS \
             --phone 416-555-0100)",
            mk()
        )),
        Error::Policy {
            kind: ErrorKind::AdminMfaRequired,
            ..
        } => e.with_hint(format!(
            "run: {}, then {}; then run this again with --totp CODE",
            mk(),
            ctx.auth
                .command_line(&["account", "set", "mfa", "verify", "CODE"])
        )),
        other => other,
    }
}

/// Ends a command whose result is the server's word (or the client's): `message` on stderr
/// and, with `-o json|yaml`, `data` as the one document on stdout (a table would only repeat
/// the message).
pub(crate) fn done<T: Serialize>(ctx: &Context, message: &str, data: &T) -> Result<()> {
    ctx.term.info(message);
    if ctx.settings.format == Format::Table {
        return Ok(());
    }
    ctx.term.print(ctx.settings.format, data)
}

/// Runs a leaf command; `exec` alone finishes with another status than success.
fn run_command(command: Commands, ctx: &Context) -> Result<ExitStatus> {
    let done = match command {
        Commands::Account(account) => match account.command {
            AccountCommand::Get(get) => match get.command {
                AccountGetCommand::Mfa => account::get_mfa::run(ctx),
            },
            AccountCommand::Set(set) => match set.command {
                AccountSetCommand::Mfa(mfa) => match mfa.command {
                    MfaCommand::Mk(args) => account::mfa::mk::run(&args, ctx),
                    MfaCommand::Verify(args) => account::mfa::verify::run(&args, ctx),
                    MfaCommand::GetToken(args) => account::mfa::get_token::run(&args, ctx),
                    MfaCommand::Rm(args) => account::mfa::rm::run(&args, ctx),
                    MfaCommand::RecoveryCodes(args) => {
                        account::mfa::recovery_codes::run(&args, ctx)
                    }
                    MfaCommand::ForgetSecret => account::mfa::forget_secret::run(ctx),
                },
            },
        },
        Commands::Configure(configure) => match configure.command {
            ConfigureCommand::Mk(args) => configure::mk::run(&args, ctx),
            ConfigureCommand::Ls => configure::ls::run(ctx),
            ConfigureCommand::Set(args) => configure::set::run(&args, ctx),
            ConfigureCommand::Rm(args) => configure::rm::run(&args, ctx),
            ConfigureCommand::Edit => configure::edit::run(ctx),
        },
        Commands::Status => status::run(ctx),
        Commands::Token(token) => match token.command {
            TokenCommand::Mk => token::mk::run(ctx),
            TokenCommand::Show => token::show::run(ctx),
            TokenCommand::Ls => token::ls::run(ctx),
            TokenCommand::Get(args) => token::get::run(&args, ctx),
            TokenCommand::Rm(args) => token::rm::run(&args, ctx),
        },
        Commands::Logout(args) => logout::run(&args, ctx),
        Commands::Exec(args) => return exec::run(&args, ctx),
        Commands::Admin(admin) => match admin.command {
            AdminCommand::Settings(settings) => match settings.command {
                AdminSettingsCommand::Totp(totp) => match totp.command {
                    AdminSettingsTotpCommand::Show => admin::settings_totp_show::run(ctx),
                    AdminSettingsTotpCommand::Set(args) => {
                        admin::settings_totp_set::run(&args, ctx)
                    }
                },
            },
            AdminCommand::Domain(domain) => match domain.command {
                AdminDomainCommand::Ls => admin::domain_ls::run(ctx),
                AdminDomainCommand::Set(args) => admin::domain_set::run(&args, ctx),
            },
            AdminCommand::User(user) => match user.command {
                AdminUserCommand::Ls(args) => admin::user_ls::run(&args, ctx),
                AdminUserCommand::Set(args) => admin::user_set::run(&args, ctx),
                AdminUserCommand::Totp(totp) => match totp.command {
                    UserTotpCommand::Disable(args) => admin::user_totp_disable::run(&args, ctx),
                },
                AdminUserCommand::Alert(args) => admin::user_alert::run(&args, ctx),
            },
            AdminCommand::Audit(audit) => match audit.command {
                AdminAuditCommand::Ls(args) => admin::audit_ls::run(&args, ctx),
            },
        },
        Commands::Vpn(vpn) => match vpn.command {
            VpnCommand::Gw(gw) => match gw.command {
                VpnGwCommand::On(args) => vpn::on::run(&args, ctx),
                VpnGwCommand::Off => vpn::off::run(ctx),
                VpnGwCommand::Log(args) => vpn::log::run(&args, ctx),
                VpnGwCommand::Status => vpn::status::run(ctx),
            },
        },
        Commands::Completion(_) | Commands::Generate(_) | Commands::CompleteEndpoints => {
            unreachable!("handled above")
        }
    };
    done.map(|()| ExitStatus::Success)
}
