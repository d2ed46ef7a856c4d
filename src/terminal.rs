//! The one door to the standard streams (as gh's `IOStreams`): data to stdout, messages to
//! stderr, the facts about the terminal, and the one way to ask questions. Nothing else in
//! `vss-cli` writes to stdout or stderr, so tests can capture what a command prints, `--quiet`
//! silences messages in one place, and text that came from the server or from data (messages,
//! names, domains, e-mails, configuration values) has its control characters neutralised here:
//! shown as escapes, never obeyed by the terminal. Lines end only where the client ends them.
//!
//! What goes where:
//!
//! * stdout: data ([`Terminal::print`], [`Terminal::print_line`]), one document per command.
//! * stderr, always: errors and their hints ([`Terminal::error`]), prompts, the answers to a
//!   prompt (a refused code, the QR code and key asked for, recovery codes shown once:
//!   [`Terminal::tell`]), `--debug` lines, and what Ctrl-C leaves to finish.
//! * stderr, unless `--quiet`: progress and information ([`Terminal::info`]), notes, warnings,
//!   hints after a success, and spinners.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::output::{self, Format};
use crate::sanitize::neutralise;
use vss_redacted::Secret;

/// Colour choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Asks the person at the terminal. Production uses dialoguer; tests script the answers.
pub(crate) trait Prompter {
    /// A line of visible text, trimmed.
    fn input(&self, prompt: &str) -> Result<String>;
    /// A hidden line (passwords).
    fn password(&self, prompt: &str) -> Result<Secret>;
    /// A yes/no question.
    fn confirm(&self, prompt: &str, default: bool) -> Result<bool>;
}

/// Prompts on the terminal through dialoguer (which reads `/dev/tty`). The question may hold
/// data (a user name), so it is neutralised like every other message.
pub(crate) struct DialoguerPrompter;

fn prompt_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    io.into()
}

/// The prompt to hand dialoguer: `prompt` itself when it fits on one line of the terminal,
/// else `short` after `prompt` is written on lines of its own. (dialoguer redraws a prompt
/// that wraps, and the wrapped part piles up on the screen at each keystroke.)
#[expect(
    clippy::disallowed_methods,
    reason = "a prompt is the terminal's, on stderr as dialoguer writes it"
)]
fn fitted(prompt: &str, short: &str) -> String {
    let prompt = neutralise(prompt).into_owned();
    // Room for dialoguer's own `: `, `[Y/n] ` and an answer.
    const ROOM: usize = 16;
    match console::Term::stderr().size_checked() {
        Some((_, columns)) if prompt.chars().count() + ROOM > usize::from(columns) => {
            let _ = console::Term::stderr().write_line(&prompt);
            short.to_owned()
        }
        _ => prompt,
    }
}

impl Prompter for DialoguerPrompter {
    fn input(&self, prompt: &str) -> Result<String> {
        let text: String = dialoguer::Input::new()
            .with_prompt(fitted(prompt, "Answer"))
            .interact_text()
            .map_err(prompt_error)?;
        Ok(text.trim().to_owned())
    }

    fn password(&self, prompt: &str) -> Result<Secret> {
        dialoguer::Password::new()
            .with_prompt(fitted(prompt, "Password"))
            .allow_empty_password(false)
            .interact()
            .map(Secret::from)
            .map_err(prompt_error)
    }

    fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        // Answered with a line (`y⏎`, or `⏎` for the default) as in the Python tool, so that
        // keys typed ahead of the prompt are not lost.
        dialoguer::Confirm::new()
            .with_prompt(fitted(prompt, "Yes or no?"))
            .default(default)
            .wait_for_newline(true)
            .interact()
            .map_err(prompt_error)
    }
}

/// Where stderr goes, shared with the Ctrl-C handler (which runs on its own thread).
type ErrStream = Arc<Mutex<Box<dyn Write + Send>>>;

/// What an interruption now would leave unfinished, and how to finish or undo it; shared with
/// the Ctrl-C handler.
type PendingNote = Arc<Mutex<Pending>>;

/// See [`PendingNote`]. One Ctrl-C can reach both the handler (as a signal) and a prompt (as
/// a key): whichever comes first says the note, under the lock, and the other says nothing.
#[derive(Default)]
struct Pending {
    lines: Vec<String>,
    said: bool,
}

/// How wide the terminal on stderr is.
enum Width {
    /// Asked of the terminal each time (the window may have been resized).
    Measure,
    /// Known in advance (tests).
    #[cfg(test)]
    Fixed(Option<usize>),
}

/// The standard streams, what is known about them, and the prompter.
pub(crate) struct Terminal {
    pub(crate) stdin_tty: bool,
    pub(crate) stderr_tty: bool,
    /// Colour on stderr (where messages, the QR code and prompts go).
    pub(crate) color: bool,
    /// `-q/--quiet`: on stderr only errors, prompts and what a prompt asked to show.
    quiet: bool,
    /// Spinners while waiting: on a real terminal, without `--quiet`.
    spinners: bool,
    out: RefCell<Box<dyn Write>>,
    err: ErrStream,
    pending: PendingNote,
    width: Width,
    prompter: Box<dyn Prompter>,
    /// How tables are shaped and lists sorted ([`Terminal::set_view`]).
    view: RefCell<crate::table::View>,
}

/// What a line on stderr is, which decides its label and whether `--quiet` silences it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Info,
    Note,
    Warning,
    Hint,
    Tell,
    Debug,
}

impl Terminal {
    /// Looks at the real standard streams and the colour settings.
    #[expect(
        clippy::disallowed_methods,
        reason = "the terminal owns the standard streams"
    )]
    pub(crate) fn detect(choice: ColorChoice, no_color: bool, quiet: bool) -> Terminal {
        let stderr_tty = std::io::stderr().is_terminal();
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stderr_tty && !no_color,
        };
        // dialoguer's prompts style themselves through console.
        console::set_colors_enabled(color);
        console::set_colors_enabled_stderr(color);
        Terminal {
            stdin_tty: std::io::stdin().is_terminal(),
            stderr_tty,
            color,
            quiet,
            spinners: stderr_tty && !quiet,
            out: RefCell::new(Box::new(std::io::stdout())),
            err: Arc::new(Mutex::new(Box::new(std::io::stderr()))),
            pending: PendingNote::default(),
            width: Width::Measure,
            prompter: Box::new(DialoguerPrompter),
            view: RefCell::default(),
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

    /// The lines of the terminal on stderr, when it is one and says.
    #[expect(
        clippy::disallowed_methods,
        reason = "the terminal measures its own streams"
    )]
    pub(crate) fn height(&self) -> Option<usize> {
        match self.width {
            Width::Measure if self.stderr_tty => console::Term::stderr()
                .size_checked()
                .map(|(rows, _)| usize::from(rows)),
            _ => None,
        }
    }

    /// The columns of the terminal on stdout, when it is one and says.
    #[expect(
        clippy::disallowed_methods,
        reason = "the terminal measures its own streams"
    )]
    fn stdout_width(&self) -> Option<usize> {
        match self.width {
            Width::Measure => console::Term::stdout()
                .size_checked()
                .map(|(_, columns)| usize::from(columns)),
            #[cfg(test)]
            Width::Fixed(_) => None,
        }
    }

    /// The columns of the terminal on stderr, when it is one and says.
    #[expect(
        clippy::disallowed_methods,
        reason = "the terminal measures its own streams"
    )]
    pub(crate) fn width(&self) -> Option<usize> {
        match self.width {
            Width::Measure if self.stderr_tty => console::Term::stderr()
                .size_checked()
                .map(|(_, columns)| usize::from(columns)),
            Width::Measure => None,
            #[cfg(test)]
            Width::Fixed(w) => w,
        }
    }

    /// Runs `work` with a spinner on stderr (only on a terminal, and not with `--quiet`).
    pub(crate) fn spin<T>(&self, message: &str, work: impl FnOnce() -> T) -> T {
        if !self.spinners {
            return work();
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message(neutralise(message).into_owned());
        bar.enable_steady_tick(Duration::from_millis(80));
        let out = work();
        bar.finish_and_clear();
        out
    }

    /// Waits for `wait` (a few seconds): on a terminal with `message` and a countdown of the
    /// seconds left on one line, which goes away after; silently without a terminal or with
    /// `--quiet`.
    pub(crate) fn countdown(&self, message: &str, wait: Duration) {
        if !self.spinners {
            std::thread::sleep(wait);
            return;
        }
        let end = std::time::Instant::now() + wait;
        let bar = indicatif::ProgressBar::new_spinner();
        loop {
            let left = end.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                break;
            }
            let seconds = left.as_millis().div_ceil(1000);
            bar.set_message(format!("{} {seconds} s", neutralise(message)));
            bar.tick();
            std::thread::sleep(left.min(Duration::from_millis(250)));
        }
        bar.finish_and_clear();
    }

    // ---- stdout: data ----

    /// `value` in `format` on stdout: one document.
    pub(crate) fn print<T: Serialize>(&self, format: Format, value: &T) -> Result<()> {
        let text = output::render_with(format, &self.view.borrow(), value);
        self.write_out(text.as_bytes())
    }

    /// Shapes the tables and lists [`Terminal::print`] writes from now on.
    /// Columns left to `--columns-width`'s share are those of the terminal on stdout.
    pub(crate) fn set_view(&self, mut view: crate::table::View) {
        view.terminal_width = view.terminal_width.or_else(|| self.stdout_width());
        *self.view.borrow_mut() = view;
    }

    /// One line of data on stdout (a token, a name), neutralised.
    pub(crate) fn print_line(&self, text: &str) -> Result<()> {
        self.write_out(format!("{}\n", neutralise(text)).as_bytes())
    }

    /// Text the client made itself (a completion script), as it is.
    pub(crate) fn print_raw(&self, text: &str) -> Result<()> {
        self.write_out(text.as_bytes())
    }

    /// Writes data to stdout. A reader that went away (`vss-cli ... | head`) is not an error.
    fn write_out(&self, bytes: &[u8]) -> Result<()> {
        let mut out = self.out.borrow_mut();
        match out.write_all(bytes).and_then(|()| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::file(format!("cannot write to standard output: {e}"))),
            Ok(()) => Ok(()),
        }
    }

    // ---- stderr: messages ----

    /// Progress and information (silenced by `--quiet`).
    pub(crate) fn info(&self, text: impl AsRef<str>) {
        self.line(Kind::Info, text.as_ref(), None);
    }

    /// `note: ...` (silenced by `--quiet`).
    pub(crate) fn note(&self, text: impl AsRef<str>) {
        self.line(Kind::Note, text.as_ref(), None);
    }

    /// `warning: ...` (silenced by `--quiet`).
    pub(crate) fn warn(&self, text: impl AsRef<str>) {
        self.line(Kind::Warning, text.as_ref(), None);
    }

    /// `hint: ...` after a success (silenced by `--quiet`).
    pub(crate) fn hint(&self, text: impl AsRef<str>) {
        self.line(Kind::Hint, text.as_ref(), None);
    }

    /// What belongs to a prompt, even with `--quiet`: why an answer was refused, what the
    /// person asked to see, what is shown only once.
    pub(crate) fn tell(&self, text: impl AsRef<str>) {
        self.line(Kind::Tell, text.as_ref(), None);
    }

    /// [`Terminal::tell`] with `value` in bold (the key, a recovery code).
    pub(crate) fn tell_bold(&self, text: &str, value: &str) {
        self.line(Kind::Tell, text, Some(value));
    }

    /// `debug: ...` (`--debug` only; never a secret).
    pub(crate) fn debug(&self, text: impl AsRef<str>) {
        self.line(Kind::Debug, text.as_ref(), None);
    }

    /// A picture the client drew (the QR code), as it is.
    pub(crate) fn picture(&self, drawn: &str) {
        self.write_err(drawn);
    }

    /// Reads one line from standard input, without its line ending.
    #[expect(
        clippy::disallowed_methods,
        reason = "the terminal owns standard input"
    )]
    pub(crate) fn read_stdin_line(&self, what: &str) -> Result<Secret> {
        use std::io::BufRead as _;
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Error::usage(format!("cannot read {what} from standard input: {e}")))?;
        let value = line.trim_end_matches(['\r', '\n']);
        if value.is_empty() {
            return Err(Error::usage(format!(
                "standard input is empty: expected {what} on its first line"
            )));
        }
        Ok(Secret::from(value))
    }

    /// Reports a failed command; returns its exit code.
    pub(crate) fn fail(&self, e: &Error) -> crate::exit_codes::ExitCode {
        if matches!(e, Error::Interrupted) {
            // Ctrl-C read as a key by a prompt: say what the signal handler would have.
            self.tell_pending_note();
        }
        self.error(e);
        e.exit_code()
    }

    /// `error: ...` and, when there is one, `hint: ...`, even with `--quiet`. A cancellation
    /// says nothing: the person knows.
    pub(crate) fn error(&self, e: &Error) {
        if matches!(e, Error::Interrupted) {
            return;
        }
        let label = console::style("error:")
            .red()
            .bold()
            .force_styling(self.color);
        let mut text = format!("{label} {}\n", neutralise(&e.to_string()));
        if let Some(hint) = e.hint() {
            let label = console::style("hint:").yellow().force_styling(self.color);
            text.push_str(&format!("{label} {}\n", neutralise(hint)));
        }
        self.write_err(&text);
    }

    fn line(&self, kind: Kind, text: &str, bold: Option<&str>) {
        let silenced = matches!(kind, Kind::Info | Kind::Note | Kind::Warning | Kind::Hint);
        if self.quiet && silenced {
            return;
        }
        let label = match kind {
            Kind::Note => Some(console::style("note:").cyan()),
            Kind::Warning => Some(console::style("warning:").yellow().bold()),
            Kind::Hint => Some(console::style("hint:").yellow()),
            Kind::Debug => Some(console::style("debug:").dim()),
            Kind::Info | Kind::Tell => None,
        };
        let mut line = String::new();
        if let Some(label) = label {
            line.push_str(&label.force_styling(self.color).to_string());
            line.push(' ');
        }
        line.push_str(&neutralise(text));
        if let Some(value) = bold {
            let value = neutralise(value);
            line.push_str(
                &console::style(value.as_ref())
                    .bold()
                    .force_styling(self.color)
                    .to_string(),
            );
        }
        line.push('\n');
        self.write_err(&line);
    }

    /// Writes to stderr; a stderr that cannot be written to is not worth failing over.
    fn write_err(&self, text: &str) {
        let mut err = self.err.lock().unwrap_or_else(|e| e.into_inner());
        let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
    }

    /// What the Ctrl-C handler writes with.
    pub(crate) fn interrupt_writer(&self) -> InterruptWriter {
        InterruptWriter {
            err: Arc::clone(&self.err),
            pending: Arc::clone(&self.pending),
        }
    }

    /// From now until [`Note::finished`], being interrupted prints `lines` (what was left
    /// unfinished and the commands that finish or undo it) before exiting 130: Ctrl-C as a
    /// signal (the handler's [`InterruptWriter`]), or as a key a prompt read (then the error
    /// is reported after [`Terminal::tell_pending_note`]).
    pub(crate) fn leave_note(&self, lines: Vec<String>) -> Note {
        let note = Note(Arc::clone(&self.pending));
        note.update(lines);
        note
    }

    /// Says what the interruption left unfinished, unless the Ctrl-C handler already has. The
    /// note stays locked while it is written, so the handler cannot exit half-way through it.
    pub(crate) fn tell_pending_note(&self) {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        if !pending.said {
            pending.said = true;
            for line in &pending.lines {
                self.tell(line);
            }
        }
    }
}

/// See [`Terminal::leave_note`]. Kept on purpose when the command fails, so that the failure
/// can be reported with it.
pub(crate) struct Note(PendingNote);

impl Note {
    /// Says `lines` instead, from now on.
    pub(crate) fn update(&self, lines: Vec<String>) {
        if let Ok(mut pending) = self.0.lock() {
            pending.lines = lines;
        }
    }

    /// Nothing is left unfinished any more.
    pub(crate) fn finished(self) {
        self.update(Vec::new());
    }
}

/// Writes what Ctrl-C leaves to say, from the handler's thread.
pub(crate) struct InterruptWriter {
    err: ErrStream,
    pending: PendingNote,
}

impl InterruptWriter {
    /// Gives a prompt's hidden cursor back and ends its line (`restore_cursor`), then says
    /// what is left unfinished, unless a prompt that read the same Ctrl-C as a key already has
    /// (then only the cursor comes back).
    pub(crate) fn interrupted(&self, restore_cursor: bool) {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let mut text = String::new();
        if restore_cursor {
            text.push_str("\x1b[?25h");
        }
        if !pending.said {
            pending.said = true;
            if restore_cursor {
                text.push('\n');
            }
            for line in &pending.lines {
                text.push_str(&neutralise(line));
                text.push('\n');
            }
        }
        let mut err = self.err.lock().unwrap_or_else(|e| e.into_inner());
        let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
    }
}

/// `words` as one command line for a POSIX shell, each word quoted where the shell would
/// otherwise read it differently, so a pasted command passes every value through intact.
pub(crate) fn shell_command<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    // A NUL (which no program can be passed) stays in, to be shown as an escape.
    let quoter = shlex::Quoter::new().allow_nul(true);
    words
        .into_iter()
        .map(|word| quoter.quote(word).map(Cow::into_owned).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A terminal writing into buffers, for unit tests: what it printed is read back from
/// [`Captured`].
#[cfg(test)]
pub(crate) fn buffered(
    interactive: bool,
    quiet: bool,
    width: Option<usize>,
    prompter: Box<dyn Prompter>,
) -> (Terminal, Captured) {
    let captured = Captured::default();
    let term = Terminal {
        stdin_tty: interactive,
        stderr_tty: interactive,
        color: false,
        quiet,
        spinners: false,
        out: RefCell::new(Box::new(SharedBuffer(Arc::clone(&captured.out)))),
        err: Arc::new(Mutex::new(Box::new(SharedBuffer(Arc::clone(
            &captured.err,
        ))))),
        pending: PendingNote::default(),
        width: Width::Fixed(width),
        prompter,
        view: RefCell::default(),
    };
    (term, captured)
}

/// What a [`buffered`] terminal printed.
#[cfg(test)]
#[derive(Default, Clone)]
pub(crate) struct Captured {
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
}

#[cfg(test)]
impl Captured {
    pub(crate) fn stdout(&self) -> String {
        String::from_utf8(self.out.lock().unwrap().clone()).unwrap()
    }

    pub(crate) fn stderr(&self) -> String {
        String::from_utf8(self.err.lock().unwrap().clone()).unwrap()
    }
}

#[cfg(test)]
struct SharedBuffer(Arc<Mutex<Vec<u8>>>);

#[cfg(test)]
impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A prompter that gives scripted answers and fails on any prompt it was not told about.
#[cfg(test)]
#[derive(Default)]
pub(crate) struct ScriptedPrompter {
    answers: RefCell<std::collections::VecDeque<(String, Answer)>>,
}

/// A scripted answer: given in advance, or worked out when the question comes (a code that
/// was only just sent).
#[cfg(test)]
enum Answer {
    Given(String),
    Later(Box<dyn Fn() -> String>),
}

#[cfg(test)]
impl ScriptedPrompter {
    /// Expect a prompt containing `prompt`, answered with `answer` (`y`/`n` for confirms).
    pub(crate) fn expect(self, prompt: &str, answer: &str) -> Self {
        self.answers
            .borrow_mut()
            .push_back((prompt.to_owned(), Answer::Given(answer.to_owned())));
        self
    }

    /// Expect a prompt containing `prompt`, answered with what `answer` returns then.
    pub(crate) fn expect_with(self, prompt: &str, answer: impl Fn() -> String + 'static) -> Self {
        self.also_expect_with(prompt, answer);
        self
    }

    /// [`ScriptedPrompter::expect_with`] on a prompter already handed over.
    pub(crate) fn also_expect_with(&self, prompt: &str, answer: impl Fn() -> String + 'static) {
        self.answers
            .borrow_mut()
            .push_back((prompt.to_owned(), Answer::Later(Box::new(answer))));
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
        match answer {
            Answer::Given(text) => text,
            Answer::Later(f) => f(),
        }
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

/// A scripted prompter the test keeps a hold of, to check afterwards that every answer was
/// asked for.
#[cfg(test)]
impl Prompter for std::rc::Rc<ScriptedPrompter> {
    fn input(&self, prompt: &str) -> Result<String> {
        self.as_ref().input(prompt)
    }

    fn password(&self, prompt: &str) -> Result<Secret> {
        self.as_ref().password(prompt)
    }

    fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        self.as_ref().confirm(prompt, default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sanitize::is_unsafe;

    fn quiet_and_loud() -> [(Terminal, Captured); 2] {
        [false, true]
            .map(|quiet| buffered(false, quiet, None, Box::new(ScriptedPrompter::default())))
    }

    #[test]
    fn no_terminal_names_the_flag() {
        let (term, _) = buffered(false, false, None, Box::new(ScriptedPrompter::default()));
        let err = term
            .prompter("the password", "pass --password-stdin")
            .err()
            .unwrap();
        assert_eq!(err.exit_code(), crate::exit_codes::ExitCode::Usage);
        assert_eq!(err.hint(), Some("pass --password-stdin"));
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        let hostile = "ok\x1b[31mred\x1b]8;;http://evil/\x07link\x1b]8;;\x07 \x1b]0;title\x07\
                       \r\nnext\u{9b}31m\u{7f}\u{202e}drow";
        let safe = neutralise(hostile);
        assert_eq!(
            safe,
            "ok\\u{1b}[31mred\\u{1b}]8;;http://evil/\\u{7}link\\u{1b}]8;;\\u{7} \
             \\u{1b}]0;title\\u{7}\\r\\nnext\\u{9b}31m\\u{7f}\\u{202e}drow"
        );
        assert!(!safe.chars().any(is_unsafe));
        // Plain text, accents and emoji are left alone, without a copy.
        assert!(matches!(neutralise("Zoë 🔐 ok"), Cow::Borrowed(_)));
    }

    /// Each class of character the escaping covers, through every way the terminal writes
    /// text that may hold data (nothing else in the client writes to the standard streams:
    /// clippy.toml refuses it): data in each format, a line of data, each kind of message, an
    /// error and its hint, a note left for Ctrl-C, a prompt. Each door writes something, and
    /// what it writes holds the character only escaped. (A spinner's and a countdown's
    /// message go through the same `neutralise`, drawn only on a real terminal.)
    #[test]
    fn every_class_through_every_door_is_shown_not_obeyed() {
        type Door = (&'static str, fn(&Terminal, &str));
        fn record(text: &str) -> serde_json::Value {
            serde_json::json!({ "name": text, "list": [text] })
        }
        let doors: [Door; 19] = [
            ("a table", |t, x| {
                t.print(Format::Table, &record(x)).unwrap()
            }),
            ("a table of records", |t, x| {
                t.print(Format::Table, &[record(x)]).unwrap()
            }),
            ("JSON", |t, x| t.print(Format::Json, &[record(x)]).unwrap()),
            ("YAML", |t, x| t.print(Format::Yaml, &[record(x)]).unwrap()),
            ("NDJSON", |t, x| {
                t.print(Format::Ndjson, &[record(x)]).unwrap()
            }),
            ("a chosen column", |t, x| {
                t.set_view(crate::table::View {
                    columns: Some(crate::table::parse_columns("N=name,L=list").unwrap()),
                    ..Default::default()
                });
                t.print(Format::Table, &[record(x)]).unwrap();
                t.set_view(crate::table::View::default());
            }),
            ("a line of data", |t, x| t.print_line(x).unwrap()),
            ("info", |t, x| t.info(x)),
            ("a note", |t, x| t.note(x)),
            ("a warning", |t, x| t.warn(x)),
            ("a hint", |t, x| t.hint(x)),
            ("a told line", |t, x| t.tell(x)),
            ("a bold value", |t, x| t.tell_bold(x, x)),
            ("debug", |t, x| t.debug(x)),
            ("an error", |t, x| {
                t.fail(&Error::usage(x));
            }),
            ("a hint of an error", |t, x| {
                t.fail(&Error::usage("refused").with_hint(x));
            }),
            ("the note Ctrl-C leaves", |t, x| {
                let note = t.leave_note(vec![x.to_owned()]);
                t.interrupt_writer().interrupted(false);
                note.finished();
            }),
            ("the note a prompt's Ctrl-C leaves", |t, x| {
                let note = t.leave_note(vec![x.to_owned()]);
                t.fail(&Error::Interrupted);
                note.finished();
            }),
            ("a prompt", |t, x| t.tell(fitted(x, "short"))),
        ];
        for &(class, c) in crate::sanitize::CLASSES {
            let text = format!("a{c}b");
            for (door, write) in doors {
                let (term, captured) =
                    buffered(true, false, None, Box::new(ScriptedPrompter::default()));
                write(&term, &text);
                let written = captured.stdout() + &captured.stderr();
                assert!(!written.is_empty(), "{door} wrote nothing");
                assert!(
                    !written.contains(&text),
                    "{class} reached {door} raw: {written:?}"
                );
                if c != '\n' {
                    assert!(!written.contains(c), "{class} in {door}: {written:?}");
                }
            }
        }
    }

    #[test]
    fn json_keeps_the_data_and_loses_the_escapes() {
        let value = serde_json::json!({"m": "a\x1bb\u{9b}c\u{7f}d\u{202e}e\nf"});
        let text = output::render(Format::Json, &value);
        assert!(
            !text.trim_end().chars().any(|c| c != '\n' && is_unsafe(c)),
            "{text:?}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn messages_go_to_stderr_and_quiet_keeps_only_what_matters() {
        let [(loud, loud_out), (quiet, quiet_out)] = quiet_and_loud();
        for term in [&loud, &quiet] {
            term.info("Sent \x1b[2Ja code.");
            term.note("a note");
            term.warn("a warning");
            term.hint("a hint");
            term.tell_bold("Key: ", "ABCD\x07");
            term.error(&Error::usage("bad \x1b]0;title\x07"));
            term.print_line("data\x1b[0m").unwrap();
        }
        assert_eq!(
            loud_out.stderr(),
            "Sent \\u{1b}[2Ja code.\nnote: a note\nwarning: a warning\nhint: a hint\n\
             Key: ABCD\\u{7}\nerror: bad \\u{1b}]0;title\\u{7}\n"
        );
        assert_eq!(
            quiet_out.stderr(),
            "Key: ABCD\\u{7}\nerror: bad \\u{1b}]0;title\\u{7}\n"
        );
        for out in [&loud_out, &quiet_out] {
            assert_eq!(out.stdout(), "data\\u{1b}[0m\n");
        }
    }

    #[test]
    fn ctrl_c_gives_the_cursor_back_and_says_what_is_left() {
        let (term, captured) = buffered(true, true, None, Box::new(ScriptedPrompter::default()));
        let note = term.leave_note(vec!["Pending \x1b[2J".into(), "  finish it".into()]);
        term.interrupt_writer().interrupted(true);
        note.finished();
        assert_eq!(
            captured.stderr(),
            "\x1b[?25h\nPending \\u{1b}[2J\n  finish it\n"
        );
    }

    #[test]
    fn one_ctrl_c_read_both_as_a_signal_and_as_a_key_says_the_note_once() {
        // The handler first: the prompt's report adds nothing.
        let (term, captured) = buffered(true, true, None, Box::new(ScriptedPrompter::default()));
        let _note = term.leave_note(vec!["Pending".into()]);
        term.interrupt_writer().interrupted(true);
        term.tell_pending_note();
        assert_eq!(captured.stderr(), "\x1b[?25h\nPending\n");

        // The prompt first: the handler only gives the cursor back.
        let (term, captured) = buffered(true, true, None, Box::new(ScriptedPrompter::default()));
        let _note = term.leave_note(vec!["Pending".into()]);
        term.tell_pending_note();
        term.interrupt_writer().interrupted(true);
        assert_eq!(captured.stderr(), "Pending\n\x1b[?25h");
    }

    #[test]
    fn shell_commands_quote_every_value() {
        assert_eq!(
            shell_command(["vss-cli", "-u", "x$(id>&2)", "-e", "http://h:1/a b"]),
            "vss-cli -u 'x$(id>&2)' -e 'http://h:1/a b'"
        );
        assert_eq!(shell_command(["it's"]), "\"it's\"");
    }
}
