//! The terminal: what is a terminal, whether colour is on, and the one way to ask questions.

use std::io::IsTerminal;
use std::time::Duration;

use crate::cli::ColorChoice;
use crate::error::{Error, Result};
use vss_wire::Secret;

/// Asks the person at the terminal. Production uses dialoguer; tests script the answers.
pub(crate) trait Prompter {
    /// A line of visible text, trimmed.
    fn input(&self, prompt: &str) -> Result<String>;
    /// A hidden line (passwords).
    fn password(&self, prompt: &str) -> Result<Secret>;
    /// A yes/no question.
    fn confirm(&self, prompt: &str, default: bool) -> Result<bool>;
}

/// Prompts on the terminal through dialoguer (which reads `/dev/tty`).
pub(crate) struct DialoguerPrompter;

fn prompt_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    io.into()
}

impl Prompter for DialoguerPrompter {
    fn input(&self, prompt: &str) -> Result<String> {
        let text: String = dialoguer::Input::new()
            .with_prompt(prompt)
            .interact_text()
            .map_err(prompt_error)?;
        Ok(text.trim().to_owned())
    }

    fn password(&self, prompt: &str) -> Result<Secret> {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .allow_empty_password(false)
            .interact()
            .map(Secret::from)
            .map_err(prompt_error)
    }

    fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        // Answered with a line (`y⏎`, or `⏎` for the default) as in the Python tool, so that
        // keys typed ahead of the prompt are not lost.
        dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(default)
            .wait_for_newline(true)
            .interact()
            .map_err(prompt_error)
    }
}

/// Facts about the terminal, and the prompter to use when prompting is possible.
pub(crate) struct Terminal {
    pub(crate) stdin_tty: bool,
    pub(crate) stdout_tty: bool,
    pub(crate) stderr_tty: bool,
    /// Colour on stderr (where messages, the QR code and prompts go).
    pub(crate) color: bool,
    prompter: Box<dyn Prompter>,
}

impl Terminal {
    /// Looks at the real standard streams and the colour settings.
    pub(crate) fn detect(choice: ColorChoice, no_color: bool) -> Terminal {
        let stderr_tty = std::io::stderr().is_terminal();
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stderr_tty && !no_color,
        };
        console::set_colors_enabled(color);
        console::set_colors_enabled_stderr(color);
        Terminal {
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
            stderr_tty,
            color,
            prompter: Box::new(DialoguerPrompter),
        }
    }

    /// A terminal with the given facts and prompter.
    #[cfg(test)]
    pub(crate) fn with_prompter(interactive: bool, prompter: Box<dyn Prompter>) -> Terminal {
        Terminal {
            stdin_tty: interactive,
            stdout_tty: interactive,
            stderr_tty: interactive,
            color: false,
            prompter,
        }
    }

    /// True when a person can answer a prompt: both stdin and stderr are terminals.
    pub(crate) fn interactive(&self) -> bool {
        self.stdin_tty && self.stderr_tty
    }

    /// The prompter, or an error naming `hint` (the flag that stands in) when there is no
    /// terminal to ask `what`.
    pub(crate) fn prompter(&self, what: &str, hint: &str) -> Result<&dyn Prompter> {
        if self.interactive() {
            Ok(self.prompter.as_ref())
        } else {
            Err(Error::no_terminal(what, hint))
        }
    }

    /// Runs `work` with a spinner on stderr (only on a terminal).
    pub(crate) fn spin<T>(&self, message: &str, work: impl FnOnce() -> T) -> T {
        if !self.stderr_tty {
            return work();
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message(message.to_owned());
        bar.enable_steady_tick(Duration::from_millis(80));
        let out = work();
        bar.finish_and_clear();
        out
    }

    /// `text` in bold (when colour is on).
    pub(crate) fn bold(&self, text: &str) -> String {
        console::style(text).bold().for_stderr().to_string()
    }
}

/// A prompter that gives scripted answers and fails on any prompt it was not told about.
#[cfg(test)]
#[derive(Default)]
pub(crate) struct ScriptedPrompter {
    answers: std::cell::RefCell<std::collections::VecDeque<(String, String)>>,
}

#[cfg(test)]
impl ScriptedPrompter {
    /// Expect a prompt containing `prompt`, answered with `answer` (`y`/`n` for confirms).
    pub(crate) fn expect(self, prompt: &str, answer: &str) -> Self {
        self.answers
            .borrow_mut()
            .push_back((prompt.to_owned(), answer.to_owned()));
        self
    }

    fn next(&self, prompt: &str) -> String {
        let (want, answer) = self
            .answers
            .borrow_mut()
            .pop_front()
            .unwrap_or_else(|| panic!("unexpected prompt: {prompt}"));
        assert!(
            prompt.contains(&want),
            "expected a prompt about {want:?}, got {prompt:?}"
        );
        answer
    }

    /// True when every scripted answer was used.
    pub(crate) fn finished(&self) -> bool {
        self.answers.borrow().is_empty()
    }
}

#[cfg(test)]
impl Prompter for ScriptedPrompter {
    fn input(&self, prompt: &str) -> Result<String> {
        Ok(self.next(prompt))
    }

    fn password(&self, prompt: &str) -> Result<Secret> {
        Ok(Secret::new(self.next(prompt)))
    }

    fn confirm(&self, prompt: &str, _default: bool) -> Result<bool> {
        Ok(self.next(prompt) == "y")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_terminal_names_the_flag() {
        let term = Terminal::with_prompter(false, Box::new(ScriptedPrompter::default()));
        let err = term
            .prompter("the password", "pass --password-stdin")
            .err()
            .unwrap();
        assert_eq!(err.exit_code(), crate::exit_codes::ExitCode::Usage);
        assert_eq!(err.hint(), Some("pass --password-stdin"));
    }
}
