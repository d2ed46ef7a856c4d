//! The Python vss-cli's spellings that clash with global options of ours, taken as it means
//! them before the command line is parsed: in `vpn gw log`, `-t TIME` (ours: `-t/--token`) is
//! `--since TIME`; in `vpn gw on`, `-o CODE` (ours: `-o/--output`) is `--otp CODE` unless CODE
//! names an output format. Only after the command's own name: `vss-cli -t TOKEN vpn gw log`
//! keeps its token.

use std::ffi::{OsStr, OsString};

use clap::ValueEnum;

use crate::output::OutputFormat;

/// `args` (the program's name first) with the Python tool's spellings rewritten; `command` is
/// the built command tree (global options propagated), which says which options take a value.
pub(crate) fn python_spellings(command: &clap::Command, args: Vec<OsString>) -> Vec<OsString> {
    let mut out = Vec::with_capacity(args.len());
    let mut words = args.into_iter();
    out.extend(words.next());
    let mut at = command;
    let mut path: Vec<String> = Vec::new();
    while let Some(word) = words.next() {
        let Some(text) = word.to_str().map(str::to_owned) else {
            out.push(word);
            continue;
        };
        if text == "--" {
            out.push(word);
            out.extend(words.by_ref());
            break;
        }
        let leaf = path.iter().map(String::as_str).collect::<Vec<_>>();
        // The rewrites.
        match (leaf.as_slice(), text.as_str()) {
            (["vpn", "gw", "log"], t) if t == "-t" || t.starts_with("-t") && t.len() > 2 => {
                out.push(match t.strip_prefix("-t").filter(|v| !v.is_empty()) {
                    Some(value) => format!("--since={}", value.trim_start_matches('=')).into(),
                    None => "--since".into(),
                });
                continue;
            }
            (["vpn", "gw", "on"], "-o") => {
                let value = words.next();
                let code = value.as_deref().is_some_and(|v| !is_format(v));
                out.push(if code { "--otp" } else { "-o" }.into());
                out.extend(value);
                continue;
            }
            (["vpn", "gw", "on"], o) if o.starts_with("-o") && o.len() > 2 => {
                let value = o[2..].trim_start_matches('=');
                out.push(if is_format(OsStr::new(value)) {
                    word
                } else {
                    format!("--otp={value}").into()
                });
                continue;
            }
            _ => {}
        }
        out.push(word);
        if let Some(long) = text.strip_prefix("--") {
            let (name, attached) = match long.split_once('=') {
                Some((name, _)) => (name, true),
                None => (long, false),
            };
            let takes = at
                .get_arguments()
                .find(|a| a.get_long() == Some(name))
                .is_some_and(takes_value);
            if takes && !attached {
                out.extend(words.next());
            }
        } else if let Some(shorts) = text.strip_prefix('-').filter(|s| !s.is_empty()) {
            // A cluster of short flags; the first that takes a value takes the rest, or the
            // next word.
            for (i, c) in shorts.char_indices() {
                let takes = at
                    .get_arguments()
                    .find(|a| a.get_short() == Some(c))
                    .is_some_and(takes_value);
                if takes {
                    if i + c.len_utf8() == shorts.len() {
                        out.extend(words.next());
                    }
                    break;
                }
            }
        } else if let Some(sub) = at.find_subcommand(&text) {
            path.push(sub.get_name().to_owned());
            at = sub;
        }
    }
    out
}

fn takes_value(arg: &clap::Arg) -> bool {
    arg.get_action().takes_values()
}

/// Whether `value` names an output format (`-o json`).
fn is_format(value: &OsStr) -> bool {
    value
        .to_str()
        .is_some_and(|v| OutputFormat::from_str(v, true).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(args: &[&str]) -> Vec<String> {
        let argv = std::iter::once("vss-cli")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        python_spellings(&crate::cli::command(), argv)
            .into_iter()
            .skip(1)
            .map(|w| w.into_string().unwrap())
            .collect()
    }

    #[test]
    fn the_python_tools_vpn_spellings_are_taken_as_it_means_them() {
        let cases: &[(&[&str], &[&str])] = &[
            (
                &["vpn", "gw", "log", "-t", "2026-05-01 09:30"],
                &["vpn", "gw", "log", "--since", "2026-05-01 09:30"],
            ),
            (
                &["vpn", "gw", "log", "-t2h"],
                &["vpn", "gw", "log", "--since=2h"],
            ),
            (
                &["-e", "vpn", "-o", "json", "vpn", "gw", "on", "-o", "123456"],
                &[
                    "-e", "vpn", "-o", "json", "vpn", "gw", "on", "--otp", "123456",
                ],
            ),
            (
                &["vpn", "gw", "on", "-o", "json"],
                &["vpn", "gw", "on", "-o", "json"],
            ),
            (
                &["vpn", "gw", "on", "-o123456"],
                &["vpn", "gw", "on", "--otp=123456"],
            ),
            (
                &["vpn", "gw", "on", "-oyaml"],
                &["vpn", "gw", "on", "-oyaml"],
            ),
            // Before the command, and elsewhere, ours.
            (
                &["-t", "TOKEN", "vpn", "gw", "log"],
                &["-t", "TOKEN", "vpn", "gw", "log"],
            ),
            (
                &["--token", "vpn", "token", "show", "-t", "X"],
                &["--token", "vpn", "token", "show", "-t", "X"],
            ),
            (
                &["exec", "--", "vpn", "gw", "log", "-t", "X"],
                &["exec", "--", "vpn", "gw", "log", "-t", "X"],
            ),
            (
                &["-u", "vpn", "vpn", "gw", "on", "-qo", "123456"],
                &["-u", "vpn", "vpn", "gw", "on", "-qo", "123456"],
            ),
        ];
        for (given, taken) in cases {
            assert_eq!(rewrite(given), *taken, "{given:?}");
        }
    }

    #[test]
    fn what_is_rewritten_parses() {
        use clap::FromArgMatches;
        let argv = ["vss-cli", "vpn", "gw", "log", "-t", "2026-05-01 09:30"]
            .map(OsString::from)
            .to_vec();
        let command = crate::cli::command();
        let matches = command
            .try_get_matches_from(python_spellings(&crate::cli::command(), argv))
            .unwrap();
        let cli = crate::cli::Cli::from_arg_matches(&matches).unwrap();
        assert!(cli.global.token.is_none());
        let crate::cli::Commands::Vpn(vpn) = cli.command else {
            panic!("not vpn")
        };
        let crate::cli::VpnCommand::Gw(gw) = vpn.command;
        let crate::cli::VpnGwCommand::Log(log) = gw.command else {
            panic!("not log")
        };
        assert!(log.since.is_some());
    }
}
