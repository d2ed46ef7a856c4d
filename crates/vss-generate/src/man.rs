//! Man pages: clap_mangen's sections for every command, the exit status and examples its
//! `--help` ends with ([`crate::help`]), and for the top pages the environment, files, exit
//! status and examples.

use std::collections::BTreeSet;

use clap::Command;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;

use crate::help::Sections;
use crate::{first_line, Program, MAN_DATE};

/// Renders `cmd` (and below it every visible subcommand) into `pages`.
pub(crate) fn walk(
    cmd: &Command,
    program: &Program,
    parent: Option<&str>,
    pages: &mut Vec<(String, String)>,
) {
    let page_name = match parent {
        None => program.name.to_owned(),
        Some(p) => format!("{p}-{}", cmd.get_name()),
    };
    let named = cmd.clone().display_name(page_name.clone());
    pages.push((format!("{page_name}.1"), page(&named, program, parent)));
    for sub in named.get_subcommands().filter(|s| !s.is_hide_set()) {
        walk(sub, program, Some(&page_name), pages);
    }
}

fn page(cmd: &Command, program: &Program, parent: Option<&str>) -> String {
    let version = cmd.get_version().unwrap_or_default().to_owned();
    // The examples and exit codes at the end of the long help become the EXIT STATUS and
    // EXAMPLES sections below (the top page has its own).
    let sections = Sections::read(
        &cmd.get_after_long_help()
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    let cmd = cmd.clone().after_long_help(None::<&str>);
    let title = cmd
        .get_display_name()
        .unwrap_or(program.name)
        .to_uppercase();
    let man = Man::new(cmd.clone())
        .title(title)
        .date(MAN_DATE)
        .source(format!("{} {version}", program.name))
        .manual("User Commands");
    let mut out = Vec::new();
    man.render(&mut out).expect("writing to memory");
    let text = String::from_utf8(out).expect("roff is UTF-8");

    let mut roff = Roff::new();
    if parent.is_none() {
        environment(&mut roff, &cmd, program);
        (program.top_sections)(&mut roff);
    } else {
        sections.render(&mut roff);
    }
    see_also(&mut roff, program, parent);
    // clap_mangen's page defines the Aq string (a straight apostrophe) in its preamble.
    let ours = roff.to_roff().replace('\'', "\\*(Aq");
    let page = match text.find("\n.SH VERSION\n") {
        Some(at) => format!("{}\n{ours}{}", &text[..at], &text[at + 1..]),
        None => text + &ours,
    };
    tidy(&page)
}

/// Evens out what `mandoc -T lint` reports in clap_mangen's output: the blank line
/// between an option's help and its possible values (written as `.br`, an empty line,
/// `.br`) becomes `.sp`, trailing blanks go, and filled text lines are wrapped at 80
/// bytes (never a `.TP` tag, which must stay one line, nor text under `.nf`).
fn tidy(text: &str) -> String {
    let text = text.replace("\n.br\n\n.br\n", "\n.sp\n");
    let mut out = String::with_capacity(text.len());
    let mut prev = "";
    let mut fill = true;
    for line in text.lines() {
        let line = line.trim_end();
        match line {
            ".nf" => fill = false,
            ".fi" => fill = true,
            _ => {}
        }
        if line.len() <= 80 || line.starts_with('.') || prev == ".TP" || !fill {
            out.push_str(line);
            out.push('\n');
        } else {
            wrap(line, &mut out);
        }
        prev = line;
    }
    out
}

/// Breaks a text line at spaces into lines of at most 80 bytes where the words allow.
fn wrap(line: &str, out: &mut String) {
    let mut current = String::new();
    for word in line.split(' ') {
        if !current.is_empty() && current.len() + 1 + word.len() > 80 {
            out.push_str(&current);
            out.push('\n');
            current.clear();
        }
        if current.is_empty() {
            // A line that starts with a dot or an apostrophe would be a request.
            if word.starts_with('.') || word.starts_with('\'') {
                current.push_str("\\&");
            }
        } else {
            current.push(' ');
        }
        current.push_str(word);
    }
    out.push_str(&current);
    out.push('\n');
}

/// Every environment variable an option of the tree reads, with the option it stands for.
fn environment(roff: &mut Roff, cmd: &Command, program: &Program) {
    let mut seen = BTreeSet::new();
    let mut vars: Vec<(String, String, String)> = Vec::new();
    fn walk(cmd: &Command, seen: &mut BTreeSet<String>, vars: &mut Vec<(String, String, String)>) {
        for arg in cmd.get_arguments() {
            let Some(env) = arg.get_env() else { continue };
            let env = env.to_string_lossy().into_owned();
            if !seen.insert(env.clone()) {
                continue;
            }
            let flag = match (arg.get_short(), arg.get_long()) {
                (Some(s), Some(l)) => format!("-{s}/--{l}"),
                (None, Some(l)) => format!("--{l}"),
                (Some(s), None) => format!("-{s}"),
                (None, None) => arg.get_id().to_string(),
            };
            vars.push((env, flag, first_line(arg.get_help())));
        }
        for sub in cmd.get_subcommands() {
            walk(sub, seen, vars);
        }
    }
    walk(cmd, &mut seen, &mut vars);
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(
        "Each variable stands in for the option it names; an option given on the command \
         line wins.",
    )]);
    for (env, flag, help) in vars {
        roff.control("TP", []);
        roff.text([bold(env)]);
        roff.text([roman("As "), bold(flag), roman(format!(": {help}"))]);
    }
    for (env, help) in program.environment {
        roff.control("TP", []);
        roff.text([bold(*env)]);
        roff.text([roman(*help)]);
    }
}

fn see_also(roff: &mut Roff, program: &Program, parent: Option<&str>) {
    let mut refs: Vec<String> = Vec::new();
    if let Some(parent) = parent {
        if parent != program.name {
            refs.push(program.name.to_owned());
        }
        refs.push(parent.to_owned());
    } else {
        refs.push(program.sibling.to_owned());
    }
    roff.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        if i > 0 {
            line.push(roman(", "));
        }
        line.push(bold(r.clone()));
        line.push(roman("(1)"));
    }
    roff.text(line);
}
