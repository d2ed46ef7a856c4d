//! Commands run as `main` runs them, against buffer streams and the bundled server in-process,
//! for the unit tests beside each command: what they print is read back and pinned.

use std::path::PathBuf;
use std::rc::Rc;

use clap::Parser;

use crate::config::ConfigFile;
use crate::context::Context;
use crate::error::Result;
use crate::settings::Settings;
use crate::terminal::{buffered, Captured, ScriptedPrompter};
use vss_redacted::Secret;

/// A command's world: its context, what it printed, the prompter's script, a home folder.
pub(crate) struct Bench {
    pub(crate) ctx: Context,
    pub(crate) captured: Captured,
    pub(crate) prompter: Rc<ScriptedPrompter>,
    pub(crate) home: tempfile::TempDir,
}

impl Bench {
    /// `vss-cli ARGS` (global options only) with a terminal of `columns` (`interactive` or
    /// not) that answers as `prompter` says, secrets in a file under a temporary home.
    pub(crate) fn new(
        args: &[&str],
        interactive: bool,
        columns: Option<usize>,
        prompter: ScriptedPrompter,
    ) -> Bench {
        let home = tempfile::tempdir().unwrap();
        let config_path = home.path().join(".vss-cli").join("config.yaml");
        let mut argv = vec!["vss-cli", "--secret-store", "file"];
        argv.extend_from_slice(args);
        // Global options are parsed with a command after them; which one does not matter.
        argv.extend(["token", "mk"]);
        let cli = crate::cli::Cli::try_parse_from(argv).unwrap();
        let prompter = Rc::new(prompter);
        let (term, captured) =
            buffered(interactive, false, columns, Box::new(Rc::clone(&prompter)));
        let term = Rc::new(term);
        let settings = Settings::new(
            &cli.global,
            cli.global.password.clone().map(Secret::from),
            config_path,
            ConfigFile::default(),
        )
        .unwrap();
        let ctx = Context::with(settings, term);
        Bench {
            ctx,
            captured,
            prompter,
            home,
        }
    }

    /// What the command did, as `main` reports it: exit code, stdout, stderr.
    pub(crate) fn outcome(&self, result: Result<()>) -> String {
        self.ctx.auth.tell_warnings();
        let code = match &result {
            Ok(()) => 0,
            Err(e) => self.ctx.term.fail(e).code(),
        };
        assert!(
            self.prompter.finished(),
            "a scripted answer was not asked for"
        );
        format!(
            "exit code: {code}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.captured.stdout(),
            self.captured.stderr()
        )
    }

    /// A file under the home folder.
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }
}

/// Compares `text` with the stored snapshot `name`, through the harness's filters and those
/// of what changes here: recovery codes, keys as shown (in groups of four). `description`
/// says which command's or message's text it is, for the reader of the snapshot file.
pub(crate) fn snapshot(name: &str, description: &str, text: &str) {
    let mut settings = vss_testkit::snapshot::settings();
    settings.add_filter(
        r"(?m)(\s)[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$",
        "$1[CODE]",
    );
    settings.add_filter(r"\b([A-Z2-7]{4} ){7}[A-Z2-7]{4}\b", "[KEY]");
    settings.add_filter(r"\b[A-Z2-7]{32}\b", "[KEY]");
    settings.set_description(description);
    settings.bind(|| vss_testkit::snapshot::insta::assert_snapshot!(name, text));
}

/// The command of `vss-cli ARGS`, parsed.
pub(crate) fn command(args: &[&str]) -> crate::cli::Commands {
    let argv = std::iter::once("vss-cli").chain(args.iter().copied());
    crate::cli::Cli::try_parse_from(argv).unwrap().command
}

/// A server with the account `name` (e-mail `name@example.com`, no phone).
pub(crate) fn server_with(name: &str) -> vss_testkit::TestServer {
    let server = vss_testkit::TestServer::start();
    server.add_user(vss_mock_server::NewUser {
        phone: None,
        ..vss_testkit::user(name)
    });
    server
}

/// The `account set mfa` command of `vss-cli account set mfa ARGS`, parsed.
pub(crate) fn mfa(args: &[&str]) -> crate::cli::MfaCommand {
    use crate::cli::{AccountCommand, AccountSetCommand, Commands};
    let argv: Vec<&str> = ["account", "set", "mfa"]
        .iter()
        .chain(args)
        .copied()
        .collect();
    let Commands::Account(account) = command(&argv) else {
        unreachable!()
    };
    let AccountCommand::Set(set) = account.command else {
        unreachable!()
    };
    let AccountSetCommand::Mfa(mfa) = set.command;
    mfa.command
}
