//! Command line of `vss-mock-server`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::account::Role;

/// A self-contained VSS API server for tests, demos and offline rehearsal: real TOTP, hashed
/// passwords and recovery codes, SQLite storage, and an outbox folder instead of e-mail and SMS.
#[derive(Debug, Parser)]
#[command(name = "vss-mock-server", version)]
pub struct Cli {
    #[command(flatten)]
    pub data: DataArgs,

    /// Address to listen on (port 0 picks a free port).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
    pub listen: SocketAddr,

    /// Folder that receives e-mail (`mail/*.eml`) and SMS (`sms.jsonl`) [default: DATA/outbox].
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,

    /// Issuer shown in authenticator apps.
    #[arg(long, value_name = "NAME", default_value = "VSS")]
    pub issuer: String,

    /// Longest a call may take, in seconds (reading its body included); slower calls get 503.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub request_timeout: u64,

    /// Create the account `demo` (password `demo-password`) if it does not exist.
    #[arg(long)]
    pub demo: bool,

    /// Log more (also: RUST_LOG).
    #[arg(short, long)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the data lives; shared by the server and the `user` commands.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server].
    #[arg(long, value_name = "DIR", env = "VSS_MOCK_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`.
    #[arg(long, value_name = "PATH", global = true)]
    pub db: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account; the password is read from stdin.
    Add(UserAddArgs),
    /// List accounts.
    Ls,
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// Username (no ':' and no spaces).
    #[arg(value_name = "NAME")]
    pub username: String,

    /// E-mail address; codes and confirmation tokens go there.
    #[arg(long, value_name = "EMAIL")]
    pub email: String,

    /// Phone number in E.164 form, like +14165550100.
    #[arg(long, value_name = "PHONE")]
    pub phone: Option<String>,

    /// Domain of the account.
    #[arg(long, value_name = "DOMAIN", default_value = "default")]
    pub domain: String,

    /// Role of the account.
    #[arg(long, value_name = "ROLE", value_enum, default_value_t = Role::User)]
    pub role: Role,

    /// Require MFA on the account: it must enrol before it can log in.
    #[arg(long)]
    pub require_mfa: bool,

    /// Read the password from the first line of stdin.
    #[arg(long, required = true)]
    pub password_stdin: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn parses() {
        Cli::command().debug_assert();
        let cli = Cli::try_parse_from([
            "vss-mock-server",
            "--data-dir",
            "/tmp/x",
            "user",
            "add",
            "jm",
            "--email",
            "jm@example.com",
            "--role",
            "domain-admin",
            "--password-stdin",
        ])
        .unwrap();
        assert_eq!(
            cli.data.data_dir.as_deref(),
            Some(std::path::Path::new("/tmp/x"))
        );
        match cli.command {
            Some(Command::User(UserCommand::Add(a))) => {
                assert_eq!(a.role, Role::DomainAdmin);
                assert_eq!(a.domain, "default");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            Cli::try_parse_from(["vss-mock-server", "user", "add", "jm", "--email", "e@x"])
                .is_err()
        );
        let cli =
            Cli::try_parse_from(["vss-mock-server", "--demo", "--listen", "127.0.0.1:0"]).unwrap();
        assert!(cli.demo && cli.command.is_none());
    }
}
