//! A command's examples and exit codes, written once: [`after_help`] makes the end of its
//! `--help` (clap's `after_long_help`), and its man page's EXAMPLES and EXIT STATUS sections
//! are read back from that text ([`Sections::read`]), so the two cannot differ.

use clap_mangen::roff::{bold, roman, Roff};

/// The heading of the examples in `--help`.
const EXAMPLES: &str = "Examples:";
/// The heading of the exit codes in `--help`.
const EXIT_CODES: &str = "Exit codes:";
/// How a command line is shown under an example.
const PROMPT: &str = "    $ ";

/// One example: what it does, and the command lines that do it.
pub struct Example {
    pub text: &'static str,
    pub commands: &'static [&'static str],
}

/// The end of a command's `--help`: its examples, then its exit codes (`code`, meaning; the
/// code may be a pattern such as `128+N`).
pub fn after_help(examples: &[Example], exit_codes: &[(String, String)]) -> String {
    let mut out = String::new();
    if !examples.is_empty() {
        out.push_str(EXAMPLES);
        out.push('\n');
        for (i, example) in examples.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&format!("  {}\n", example.text));
            for command in example.commands {
                out.push_str(&format!("{PROMPT}{command}\n"));
            }
        }
    }
    if !exit_codes.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(EXIT_CODES);
        out.push('\n');
        let width = exit_codes.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
        for (code, meaning) in exit_codes {
            out.push_str(&format!("  {code:>width$}  {meaning}\n"));
        }
    }
    out
}

/// The examples and exit codes read back from [`after_help`]'s text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Sections {
    /// (text, command lines).
    pub(crate) examples: Vec<(String, Vec<String>)>,
    /// (code, meaning).
    pub(crate) exit_codes: Vec<(String, String)>,
}

impl Sections {
    /// Reads `text`; anything not written by [`after_help`] is left out.
    pub(crate) fn read(text: &str) -> Sections {
        let mut sections = Sections::default();
        let mut in_examples = false;
        let mut in_codes = false;
        for line in text.lines() {
            match line {
                EXAMPLES => (in_examples, in_codes) = (true, false),
                EXIT_CODES => (in_examples, in_codes) = (false, true),
                "" => {}
                _ if in_examples => {
                    if let Some(command) = line.strip_prefix(PROMPT) {
                        if let Some((_, commands)) = sections.examples.last_mut() {
                            commands.push(command.to_owned());
                        }
                    } else if let Some(text) = line.strip_prefix("  ") {
                        sections.examples.push((text.to_owned(), Vec::new()));
                    }
                }
                _ if in_codes => {
                    if let Some((code, meaning)) = line.trim().split_once("  ") {
                        sections
                            .exit_codes
                            .push((code.to_owned(), meaning.trim().to_owned()));
                    }
                }
                _ => {}
            }
        }
        sections
    }

    /// The EXIT STATUS and EXAMPLES sections of a man page.
    pub(crate) fn render(&self, roff: &mut Roff) {
        if !self.exit_codes.is_empty() {
            roff.control("SH", ["EXIT STATUS"]);
            for (code, meaning) in &self.exit_codes {
                roff.control("TP", []);
                roff.text([bold(code.as_str())]);
                roff.text([roman(sentence(meaning))]);
            }
        }
        if !self.examples.is_empty() {
            roff.control("SH", ["EXAMPLES"]);
            for (i, (text, commands)) in self.examples.iter().enumerate() {
                if i > 0 {
                    roff.control("PP", []);
                }
                roff.text([roman(text.as_str())]);
                roff.control("PP", []);
                roff.control("RS", ["4"]);
                roff.control("nf", []);
                for command in commands {
                    roff.text([roman(command.as_str())]);
                }
                roff.control("fi", []);
                roff.control("RE", []);
            }
        }
    }
}

/// `meaning` as a sentence: a capital first and a full stop last.
fn sentence(meaning: &str) -> String {
    let mut chars = meaning.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_help_shows_the_man_page_reads_back() {
        let text = after_help(
            &[
                Example {
                    text: "Print the token:",
                    commands: &["vss-cli token show"],
                },
                Example {
                    text: "Two steps:",
                    commands: &["a --x", "b"],
                },
            ],
            &[
                ("0".into(), "success".into()),
                ("128+N".into(), "ended by signal N".into()),
            ],
        );
        assert_eq!(
            text,
            "Examples:\n  Print the token:\n    $ vss-cli token show\n\n  Two steps:\n    $ a \
             --x\n    $ b\n\nExit codes:\n      0  success\n  128+N  ended by signal N\n"
        );
        let read = Sections::read(&text);
        assert_eq!(
            read.examples,
            [
                (
                    "Print the token:".to_owned(),
                    vec!["vss-cli token show".to_owned()]
                ),
                (
                    "Two steps:".to_owned(),
                    vec!["a --x".to_owned(), "b".to_owned()]
                ),
            ]
        );
        assert_eq!(
            read.exit_codes,
            [
                ("0".to_owned(), "success".to_owned()),
                ("128+N".to_owned(), "ended by signal N".to_owned())
            ]
        );
        assert_eq!(Sections::read("Some other text\n"), Sections::default());
    }
}
