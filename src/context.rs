//! What a command is handed: the resolved [`Settings`] (a value, no I/O behind it), the
//! [`Terminal`] it prints and asks through, and the auth layer's [`Session`] for the account
//! (who, with which secrets, which token).

use std::rc::Rc;

use crate::auth::Session;
use crate::cli::GlobalArgs;
use crate::error::Result;
use crate::settings::Settings;
use crate::terminal::Terminal;

/// A command's dependencies, named.
pub(crate) struct Context {
    pub(crate) settings: Rc<Settings>,
    /// The standard streams: everything the command prints and asks goes through it.
    pub(crate) term: Rc<Terminal>,
    pub(crate) auth: Session,
}

impl Context {
    /// Resolves the global options, with `term` for the standard streams.
    pub(crate) fn from_args(args: &GlobalArgs, term: Rc<Terminal>) -> Result<Context> {
        let settings = Settings::from_args(args, &term)?;
        Ok(Context::with(settings, term))
    }

    /// A context for `settings`, printing through `term`.
    pub(crate) fn with(settings: Settings, term: Rc<Terminal>) -> Context {
        let settings = Rc::new(settings);
        let auth = Session::new(Rc::clone(&settings), Rc::clone(&term));
        Context {
            settings,
            term,
            auth,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_empty_user_name_is_refused() {
        use crate::terminal::ScriptedPrompter;
        use crate::testing::{snapshot, Bench};
        let prompter = ScriptedPrompter::default().expect("Username", "");
        let bench = Bench::new(&["-e", "https://vss.example.org"], true, None, prompter);
        let outcome = bench.outcome(bench.ctx.auth.username().map(|_| ()));
        snapshot("empty_user_name", "what `vss-cli -e https://vss.example.org` says at a terminal when the user name asked for is empty", &outcome);
    }
}
