//! The fish script. Every completion is conditioned on the exact command path typed so
//! far (`account set mfa`), which a small function works out from the command line by
//! skipping options and their values.
//!
//! Written here because clap_complete's fish output offers nothing below two levels of
//! subcommands (`account set mfa <TAB>`): clap-rs/clap#5975. Once that is fixed, this module
//! can give way to clap_complete's generator with the endpoint values added.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use clap::Command;

use crate::{first_line, possible_values, takes_path, Program};

pub(crate) fn render(cmd: &Command, program: &Program) -> String {
    let name = program.name;
    let func = name.replace('-', "_");
    let mut paths = Vec::new();
    let mut value_options = BTreeSet::new();
    collect(cmd, "", &mut paths, &mut value_options);

    let mut out = String::new();
    let _ = writeln!(
        out,
        "# fish completion for {name}; `{name} completion fish` prints it.\n\
         # Each completion holds for one command path (`account set mfa`), which\n\
         # __fish_{func}_path works out from the words typed, at any depth."
    );
    if let Some(note) = program.fish_note {
        out.push_str(note);
        out.push('\n');
    }
    out.push('\n');
    let _ = writeln!(out, "set -g __fish_{func}_commands \\");
    for p in &paths {
        let _ = writeln!(out, "    {} \\", quote(p));
    }
    out.push('\n');
    let value_opts: Vec<String> = value_options.iter().map(|o| quote(o)).collect();
    let _ = write!(
        out,
        r#"# Prints the command path typed so far, e.g. "account set mfa".
function __fish_{func}_path
    set -l words (commandline -opc)
    set -e words[1]
    set -l path
    set -l skip 0
    for w in $words
        if test $skip = 1
            set skip 0
            continue
        end
        switch $w
            case {value_opts}
                set skip 1
            case '-*'
            case '*'
                if contains -- (string join ' ' $path $w) $__fish_{func}_commands
                    set -a path $w
                end
        end
    end
    string join ' ' $path
end

# True when the command path typed so far is exactly the arguments.
function __fish_{func}_at
    test "$(__fish_{func}_path)" = "$argv"
end

"#,
        value_opts = value_opts.join(" ")
    );
    out.push_str(program.fish_functions);
    let _ = writeln!(out, "complete -c {name} -f");
    commands(cmd, "", program, &mut out);
    out
}

/// Every visible command path, and every option that takes a separate value.
fn collect(cmd: &Command, path: &str, paths: &mut Vec<String>, values: &mut BTreeSet<String>) {
    for arg in cmd.get_arguments().filter(|a| !a.is_positional()) {
        if arg.get_num_args().expect("built").takes_values() {
            if let Some(s) = arg.get_short() {
                values.insert(format!("-{s}"));
            }
            if let Some(l) = arg.get_long() {
                values.insert(format!("--{l}"));
            }
        }
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let p = join(path, sub.get_name());
        paths.push(p.clone());
        collect(sub, &p, paths, values);
    }
}

fn commands(cmd: &Command, path: &str, program: &Program, out: &mut String) {
    let name = program.name;
    let func = name.replace('-', "_");
    let cond = format!("__fish_{func}_at {path}").trim_end().to_owned();
    let top = path.is_empty();
    let _ = writeln!(out, "\n# {}", join(name, path));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let _ = writeln!(
            out,
            "complete -c {name} -n {} -a {} -d {}",
            quote(&cond),
            quote(sub.get_name()),
            quote(&first_line(sub.get_about()))
        );
    }
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        // Global options hold everywhere: given once, at the top, without a condition.
        if arg.is_global_set() && !top {
            continue;
        }
        let mut line = format!("complete -c {name}");
        if !arg.is_global_set() {
            let _ = write!(line, " -n {}", quote(&cond));
        }
        if arg.is_positional() {
            let values = possible_values(arg);
            if values.is_empty() {
                if takes_path(arg) {
                    let _ = writeln!(out, "{line} -F");
                }
                continue;
            }
            for (value, help) in values {
                let _ = writeln!(out, "{line} -a {} -d {}", quote(&value), quote(&help));
            }
            continue;
        }
        if let Some(s) = arg.get_short() {
            let _ = write!(line, " -s {s}");
        }
        if let Some(l) = arg.get_long() {
            let _ = write!(line, " -l {l}");
        }
        let _ = write!(line, " -d {}", quote(&first_line(arg.get_help())));
        if arg.get_num_args().expect("built").takes_values() {
            let values = possible_values(arg);
            if takes_path(arg) {
                line.push_str(" -r -F");
            } else {
                line.push_str(" -r -f");
            }
            let dynamic = program
                .fish_values
                .iter()
                .find(|(id, _)| arg.get_id() == *id);
            if let Some((_, values)) = dynamic {
                let _ = write!(line, " -a {values}");
            } else if !values.is_empty() {
                let words: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
                let _ = write!(line, " -a {}", quote(&words.join(" ")));
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        commands(sub, &join(path, sub.get_name()), program, out);
    }
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_owned()
    } else {
        format!("{a} {b}")
    }
}

/// A fish single-quoted word.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}
