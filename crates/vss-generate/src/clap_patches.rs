//! Touches to what clap_complete writes, each for a shortcoming of clap's, named with the
//! upstream issue so it can go when that is fixed.

use std::collections::BTreeSet;

use clap::Command;
use clap_complete::Shell;

/// The command tree without clap's `help` subcommands (the man pages have no page for them).
pub(crate) fn without_help_subcommand(cmd: Command) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = cmd.disable_help_subcommand(true);
    for name in names {
        cmd = cmd.mut_subcommand(name, without_help_subcommand);
    }
    cmd
}

/// The names of every hidden subcommand of the tree.
pub(crate) fn hidden_subcommands(cmd: &Command) -> Vec<String> {
    let mut names = BTreeSet::new();
    fn walk(cmd: &Command, names: &mut BTreeSet<String>) {
        for sub in cmd.get_subcommands() {
            if sub.is_hide_set() {
                names.insert(sub.get_name().to_owned());
            }
            walk(sub, names);
        }
    }
    walk(cmd, &mut names);
    names.into_iter().collect()
}

/// Takes hidden subcommands out of the words a script offers (clap_complete's bash and zsh
/// list them under `help`, bash also beside the visible ones).
///
/// clap_complete offers hidden subcommands in its static scripts (clap-rs/clap#1335); delete
/// this once it leaves them out.
pub(crate) fn strip_hidden(script: &str, shell: Shell, hidden: &[String]) -> String {
    if hidden.is_empty() {
        return script.to_owned();
    }
    let mut out = String::with_capacity(script.len());
    for line in script.split_inclusive('\n') {
        match shell {
            Shell::Bash if line.trim_start().starts_with("opts=\"") => {
                let (head, rest) = line.split_once("opts=\"").expect("checked");
                let (words, tail) = rest.split_once('"').expect("a closing quote");
                let kept: Vec<&str> = words
                    .split(' ')
                    .filter(|w| !hidden.iter().any(|h| h == w))
                    .collect();
                out.push_str(&format!("{head}opts=\"{}\"{tail}", kept.join(" ")));
            }
            Shell::Zsh if hidden.iter().any(|h| line.starts_with(&format!("'{h}:"))) => {}
            Shell::PowerShell
                if hidden
                    .iter()
                    .any(|h| line.contains(&format!("[CompletionResult]::new('{h}',"))) => {}
            Shell::Elvish if hidden.iter().any(|h| line.contains(&format!("cand {h} "))) => {}
            _ => out.push_str(line),
        }
    }
    out
}

/// clap_complete's bash script names the subcommand states of a program whose name has a
/// dash differently where it sets them (`vss__cli__subcmd__account`) and where it tests
/// them (`vss__subcmd__cli__subcmd__account`), so no subcommand completes. Use one spelling.
///
/// Works around clap-rs/clap#6421 and clap-rs/clap#6529; delete it once clap_complete's bash
/// output completes subcommands of a dashed program name.
pub(crate) fn bash_command_names(script: &str, bin: &str) -> String {
    let set = format!("{}__subcmd__", bin.replace('-', "__"));
    let tested = format!("{}__subcmd__", bin.replace('-', "__subcmd__"));
    script.replace(&tested, &set)
}
