//! One module per command group, one file per leaf command, each with one `run`.

pub mod account;

use crate::cli::{AccountCommand, AccountGetCommand, AccountSetCommand, Cli, Commands, MfaCommand};
use crate::context::Context;
use crate::error::Result;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context::from_args(&cli.global)?;
    match cli.command {
        Commands::Account(account) => match account.command {
            AccountCommand::Get(get) => match get.command {
                AccountGetCommand::Mfa => account::get_mfa::run(&ctx),
            },
            AccountCommand::Set(set) => match set.command {
                AccountSetCommand::Mfa(mfa) => match mfa.command {
                    MfaCommand::Mk(args) => account::mfa::mk::run(&args, &ctx),
                    MfaCommand::Verify(args) => account::mfa::verify::run(&args, &ctx),
                    MfaCommand::GetToken => account::mfa::get_token::run(&ctx),
                    MfaCommand::Rm(args) => account::mfa::rm::run(&args, &ctx),
                },
            },
        },
    }
}
