//! Command line of `vss-mock-server`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::account::Role;
use crate::Replies;

/// A self-contained VSS API server for tests, demos and offline rehearsal: real TOTP, hashed
/// passwords and recovery codes, SQLite storage, and an outbox folder instead of e-mail and SMS.
#[derive(Debug, Parser)]
#[command(name = "vss-mock-server", version)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) data: DataArgs,

    /// Address to listen on (port 0 picks a free port).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
    pub(crate) listen: SocketAddr,

    /// Also serve the VPN gateway's calls (/otp/...) alone on ADDR, as the gateway's own host
    /// (`vss-cli --vpn-server`); --listen serves them too.
    #[arg(long, value_name = "ADDR")]
    pub(crate) vpn_listen: Option<SocketAddr>,

    /// Folder that receives e-mail (`mail/*.eml`) and SMS (`sms.jsonl`) [default: DATA/outbox].
    #[arg(long, value_name = "DIR")]
    pub(crate) outbox: Option<PathBuf>,

    /// Issuer shown in authenticator apps.
    #[arg(long, value_name = "NAME", default_value = "VSS")]
    pub(crate) issuer: String,

    /// Longest a call may take, in seconds (reading its body included); slower calls get 503.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub(crate) request_timeout: u64,

    /// Whole replies, or only the fields the Python client reads (to check that a client needs
    /// no more); errors and administrator calls are the same either way.
    #[arg(long, value_name = "WHAT", value_enum, default_value_t = Replies::Full)]
    pub(crate) replies: Replies,
    /// Longest wait for a request's headers and body, in seconds, from the connection's start
    /// (TLS handshake included) or the end of the previous reply; then 408, or close when idle.
    #[arg(long, value_name = "SECS", default_value_t = 5)]
    pub(crate) header_timeout: u64,

    /// Most connections served at once (fewer if the open-file limit is lower); a new one
    /// then closes the connection idle longest, or waits while all are in a call.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    pub(crate) max_connections: usize,

    /// Serve HTTPS with this PEM certificate chain (with --tls-key).
    #[arg(
        long,
        value_name = "PATH",
        requires = "tls_key",
        conflicts_with = "tls_self_signed"
    )]
    pub(crate) tls_cert: Option<PathBuf>,

    /// The PEM private key of --tls-cert.
    #[arg(long, value_name = "PATH", requires = "tls_cert")]
    pub(crate) tls_key: Option<PathBuf>,

    /// Serve HTTPS with a certificate authority made at start (for localhost, 127.0.0.1, ::1
    /// and the listen address); its certificate is written to PATH for clients to trust
    /// (`vss-cli --ca-bundle PATH`), replacing that file.
    #[arg(long, value_name = "PATH")]
    pub(crate) tls_self_signed: Option<PathBuf>,

    /// Create the account `demo` (password `demo-password`) if it does not exist.
    #[arg(long)]
    pub(crate) demo: bool,

    /// Log more (also: RUST_LOG).
    #[arg(short, long)]
    pub(crate) verbose: bool,

    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

/// Where the data lives; shared by the server and the `user` commands.
#[derive(Debug, Args)]
pub(crate) struct DataArgs {
    /// Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server].
    #[arg(long, value_name = "DIR", env = "VSS_MOCK_DATA_DIR", global = true)]
    pub(crate) data_dir: Option<PathBuf>,

    /// SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`.
    #[arg(long, value_name = "PATH", global = true)]
    pub(crate) db: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Subcommand)]
pub(crate) enum UserCommand {
    /// Add an account; the password is read from stdin.
    Add(UserAddArgs),
    /// List accounts.
    Ls,
}

#[derive(Debug, Args)]
pub(crate) struct UserAddArgs {
    /// Username: at most 64 characters, not `.` or `..`, without spaces, `:`, `/`, `\`, `%`,
    /// `?`, `#`, control or other non-printing characters.
    #[arg(value_name = "NAME")]
    pub(crate) username: String,

    /// E-mail address; codes and confirmation tokens go there.
    #[arg(long, value_name = "EMAIL")]
    pub(crate) email: String,

    /// Phone number, like 416-555-0100 or +14165550100 (stored in E.164).
    #[arg(long, value_name = "PHONE")]
    pub(crate) phone: Option<String>,

    /// Domain of the account (the same rules as the username, `:` allowed).
    #[arg(long, value_name = "DOMAIN", default_value = "default")]
    pub(crate) domain: String,

    /// Role of the account.
    #[arg(long, value_name = "ROLE", value_enum, default_value_t = Role::User)]
    pub(crate) role: Role,

    /// Require MFA on the account: it must enrol before it can log in.
    #[arg(long)]
    pub(crate) require_mfa: bool,

    /// Read the password from the first line of stdin.
    #[arg(long, required = true)]
    pub(crate) password_stdin: bool,
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
        assert_eq!(cli.replies, Replies::Full);
        let cli = Cli::try_parse_from(["vss-mock-server", "--replies", "minimal"]).unwrap();
        assert_eq!(cli.replies, Replies::Minimal);
        assert!(Cli::try_parse_from(["vss-mock-server", "--tls-cert", "c.pem"]).is_err());
        assert!(Cli::try_parse_from([
            "vss-mock-server",
            "--tls-cert",
            "c.pem",
            "--tls-key",
            "k.pem",
            "--tls-self-signed",
            "ca.pem"
        ])
        .is_err());
    }
}
