//! Shell completion scripts and man pages, rendered in memory from a program's clap
//! definition. Both programs use it: `vss-cli completion SHELL` prints one script, and each
//! program's hidden `__generate all DIR` writes its own scripts and pages under
//! `DIR/completions` and `DIR/man` (the committed copies and the Debian package's);
//! `scripts/generate` runs both. Nothing here depends on the date, the machine or the
//! environment, so the output is reproducible.
//!
//! bash, zsh, PowerShell and elvish scripts are clap_complete's, touched up ([`clap_patches`]):
//! hidden helper commands are not offered, and the bash script completes subcommands of a
//! program whose name has a dash. A program adds its own touches through [`Program`] (the
//! client completes `-e/--endpoint` from its configuration file). The fish script is written
//! here ([`fish`]), at any depth of subcommands. Man pages ([`man`]) are clap_mangen's, with
//! an ENVIRONMENT section and a program's own sections on the top page, and on every other
//! page the EXIT STATUS and EXAMPLES its `--help` ends with ([`help`]).

mod clap_patches;
mod fish;
pub mod help;
mod man;

use std::collections::BTreeSet;
use std::io;
use std::path::Path;

use clap::{Arg, Command, ValueEnum, ValueHint};
use clap_complete::Generator as _;
pub use clap_complete::Shell;
/// The roff builder a program's own man page sections are written with.
pub use clap_mangen::roff;

/// The date printed in every man page. Pinned so that the pages do not change with the day
/// they are rendered; move it forward when the pages' content changes for a release.
pub const MAN_DATE: &str = "2026-11-22";

/// The one command that rewrites every committed completion script and man page.
pub const REGENERATE: &str = "scripts/generate";

/// Every shell a completion script is written for, in the order the files are listed.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// What `__generate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GenerateWhat {
    Completions,
    Man,
    All,
}

/// What a program adds to the generic scripts and pages.
pub struct Program {
    /// The binary's name.
    pub name: &'static str,
    /// The other program of the package, named in the top page's SEE ALSO.
    pub sibling: &'static str,
    /// The clap definition, not yet built.
    pub command: fn() -> Command,
    /// Variables the top page lists after those of the options, with what they do.
    pub environment: &'static [(&'static str, &'static str)],
    /// Sections the top page adds after ENVIRONMENT (FILES, EXIT STATUS, EXAMPLES, ...).
    pub top_sections: fn(&mut roff::Roff),
    /// Touches clap_complete's script for a shell (fish excepted) after the generic ones.
    pub adjust_script: fn(Shell, String) -> String,
    /// A line added to the fish script's header comment.
    pub fish_note: Option<&'static str>,
    /// fish functions defined before the completions.
    pub fish_functions: &'static str,
    /// fish `-a` arguments for options whose values a function prints: (argument id, text).
    pub fish_values: &'static [(&'static str, &'static str)],
}

impl Program {
    /// The clap definition, built (globals propagated, help flags added).
    fn built(&self) -> Command {
        let mut cmd = (self.command)();
        cmd.build();
        cmd
    }

    /// The completion script in `shell`.
    pub fn completion(&self, shell: Shell) -> String {
        let cmd = self.built();
        if shell == Shell::Fish {
            return fish::render(&cmd, self);
        }
        let hidden = clap_patches::hidden_subcommands(&cmd);
        let mut out = Vec::new();
        let mut cmd = cmd;
        clap_complete::generate(shell, &mut cmd, self.name, &mut out);
        let script = String::from_utf8(out).expect("clap_complete writes UTF-8");
        let mut script = clap_patches::strip_hidden(&script, shell, &hidden);
        if shell == Shell::Bash {
            script = clap_patches::bash_command_names(&script, self.name);
        }
        (self.adjust_script)(shell, script)
    }

    /// Every completion script, by file name.
    pub fn completion_files(&self) -> Vec<(String, String)> {
        SHELLS
            .iter()
            .map(|shell| (shell.file_name(self.name), self.completion(*shell)))
            .collect()
    }

    /// Every man page, by file name: one per command, named by its path
    /// (`vss-cli-account-set-mfa-mk.1`).
    pub fn man_pages(&self) -> Vec<(String, String)> {
        let mut cmd = clap_patches::without_help_subcommand((self.command)());
        cmd.build();
        let mut pages = Vec::new();
        man::walk(&cmd, self, None, &mut pages);
        pages
    }

    /// True for a file name of this program's under `completions/` or `man/`.
    fn owns(&self, name: &str) -> bool {
        SHELLS.iter().any(|s| s.file_name(self.name) == name)
            || name == format!("{}.1", self.name)
            || (name.starts_with(&format!("{}-", self.name)) && name.ends_with(".1"))
    }

    /// Writes what was asked for into `dir` (for `all`: `dir/completions` and `dir/man`), and
    /// removes this program's files there that are no longer generated. Returns how many files
    /// were written.
    pub fn write(&self, what: GenerateWhat, dir: &Path) -> io::Result<usize> {
        let mut count = 0;
        if matches!(what, GenerateWhat::Completions | GenerateWhat::All) {
            let target = match what {
                GenerateWhat::All => dir.join("completions"),
                _ => dir.to_path_buf(),
            };
            count += self.write_set(&target, &self.completion_files())?;
        }
        if matches!(what, GenerateWhat::Man | GenerateWhat::All) {
            let target = match what {
                GenerateWhat::All => dir.join("man"),
                _ => dir.to_path_buf(),
            };
            count += self.write_set(&target, &self.man_pages())?;
        }
        Ok(count)
    }

    #[expect(
        clippy::disallowed_methods,
        reason = "completion scripts and man pages, public files regenerated in place"
    )]
    fn write_set(&self, dir: &Path, files: &[(String, String)]) -> io::Result<usize> {
        std::fs::create_dir_all(dir)?;
        let wanted: BTreeSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type()?.is_file() && self.owns(&name) && !wanted.contains(name.as_str()) {
                std::fs::remove_file(entry.path())?;
            }
        }
        for (name, text) in files {
            std::fs::write(dir.join(name), text)?;
        }
        Ok(files.len())
    }
}

/// The first line of an argument's or command's help.
fn first_line(text: Option<&clap::builder::StyledStr>) -> String {
    text.map(|t| t.to_string())
        .unwrap_or_default()
        .lines()
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// True when the argument takes a path, so shells should complete file names.
fn takes_path(arg: &Arg) -> bool {
    matches!(
        arg.get_value_hint(),
        ValueHint::AnyPath | ValueHint::FilePath | ValueHint::DirPath | ValueHint::ExecutablePath
    )
}

/// The visible possible values of an argument, with their help.
fn possible_values(arg: &Arg) -> Vec<(String, String)> {
    arg.get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| (v.get_name().to_owned(), first_line(v.get_help())))
        .collect()
}
