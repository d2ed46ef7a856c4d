//! Shell completion scripts and man pages, rendered in memory from the clap definitions.
//!
//! `vss-cli completion SHELL` prints one script; `vss-cli __generate all DIR` writes every
//! script and page under `DIR/completions` and `DIR/man` (the committed copies and the Debian
//! package's); `tests/generated.rs` renders them again and compares. Nothing here depends on
//! the date, the machine or the environment, so the output is reproducible.
//!
//! bash, zsh, PowerShell and elvish scripts are clap_complete's, touched up: hidden helper
//! commands are not offered, and in bash and zsh the value of `-e/--endpoint` completes from
//! the endpoint names in the configuration file (through `vss-cli __complete-endpoints`). The
//! fish script is written here: clap_complete's fish output offers nothing below two levels of
//! subcommands (`account set mfa <TAB>`), so ours works out the command path from the words
//! typed, at any depth.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use clap::{Arg, Command, CommandFactory, ValueHint};
use clap_complete::{Generator, Shell};
use clap_mangen::roff::{bold, italic, roman, Roff};
use clap_mangen::Man;

use crate::cli::GenerateWhat;
use crate::exit_codes::ExitCode;

/// The date printed in every man page. Pinned so that the pages do not change with the day
/// they are rendered; move it forward when the pages' content changes for a release.
pub const MAN_DATE: &str = "2026-11-22";

/// The one command that rewrites every committed completion script and man page.
pub const REGENERATE: &str = "cargo run --bin vss-cli -- __generate all .";

/// Every shell `vss-cli completion` supports, in the order the files are listed.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The two programs of the package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Program {
    /// `vss-cli`.
    Client,
    /// `vss-mock-server`.
    Server,
}

impl Program {
    pub const ALL: [Program; 2] = [Program::Client, Program::Server];

    pub fn name(self) -> &'static str {
        match self {
            Program::Client => "vss-cli",
            Program::Server => "vss-mock-server",
        }
    }

    fn unbuilt(self) -> Command {
        match self {
            Program::Client => crate::cli::Cli::command(),
            Program::Server => crate::server::cli::Cli::command(),
        }
    }

    /// The clap definition, built (globals propagated, help flags added).
    fn command(self) -> Command {
        let mut cmd = self.unbuilt();
        cmd.build();
        cmd
    }
}

/// The command tree without clap's `help` subcommands (the man pages have no page for them).
fn without_help_subcommand(cmd: Command) -> Command {
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

/// The completion script for `program` in `shell`.
pub fn completion(program: Program, shell: Shell) -> String {
    let cmd = program.command();
    let hidden: Vec<String> = hidden_subcommands(&cmd);
    if shell == Shell::Fish {
        return fish::render(&cmd, program);
    }
    let mut out = Vec::new();
    let mut cmd = cmd;
    clap_complete::generate(shell, &mut cmd, program.name(), &mut out);
    let script = String::from_utf8(out).expect("clap_complete writes UTF-8");
    let mut script = strip_hidden(&script, shell, &hidden);
    if shell == Shell::Bash {
        script = bash_command_names(&script, program.name());
    }
    match (program, shell) {
        (Program::Client, Shell::Bash) => bash_endpoints(&script),
        (Program::Client, Shell::Zsh) => zsh_endpoints(&script),
        _ => script,
    }
}

/// The file name a completion script is committed and installed under.
pub fn completion_file_name(program: Program, shell: Shell) -> String {
    shell.file_name(program.name())
}

/// Every completion script, by file name.
pub fn completion_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for program in Program::ALL {
        for shell in SHELLS {
            files.push((
                completion_file_name(program, shell),
                completion(program, shell),
            ));
        }
    }
    files
}

/// Every man page, by file name: one per command, named by its path (`vss-cli-account-set-mfa-mk.1`).
pub fn man_pages() -> Vec<(String, String)> {
    let mut pages = Vec::new();
    for program in Program::ALL {
        let mut cmd = without_help_subcommand(program.unbuilt());
        cmd.build();
        man::walk(&cmd, program, None, &mut pages);
    }
    pages
}

/// Every generated file, by its path relative to the project (`completions/…`, `man/…`).
pub fn all_files() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for (name, text) in completion_files() {
        files.push((Path::new("completions").join(name), text));
    }
    for (name, text) in man_pages() {
        files.push((Path::new("man").join(name), text));
    }
    files
}

/// Writes what was asked for into `dir` (for `all`: `dir/completions` and `dir/man`), and
/// removes files there that are no longer generated. Returns how many files were written.
pub fn write(what: GenerateWhat, dir: &Path) -> io::Result<usize> {
    let mut count = 0;
    if matches!(what, GenerateWhat::Completions | GenerateWhat::All) {
        let target = match what {
            GenerateWhat::All => dir.join("completions"),
            _ => dir.to_path_buf(),
        };
        count += write_set(&target, &completion_files(), is_completion_file)?;
    }
    if matches!(what, GenerateWhat::Man | GenerateWhat::All) {
        let target = match what {
            GenerateWhat::All => dir.join("man"),
            _ => dir.to_path_buf(),
        };
        count += write_set(&target, &man_pages(), |name| name.ends_with(".1"))?;
    }
    Ok(count)
}

/// True for a file name this module may have written under `completions/`.
pub fn is_completion_file(name: &str) -> bool {
    Program::ALL
        .iter()
        .any(|p| SHELLS.iter().any(|s| completion_file_name(*p, *s) == name))
        || [".bash", ".fish", ".ps1", ".elv"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name.starts_with('_')
}

fn write_set(dir: &Path, files: &[(String, String)], ours: fn(&str) -> bool) -> io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let wanted: BTreeSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_file() && ours(&name) && !wanted.contains(name.as_str()) {
            std::fs::remove_file(entry.path())?;
        }
    }
    for (name, text) in files {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(files.len())
}

fn hidden_subcommands(cmd: &Command) -> Vec<String> {
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
fn strip_hidden(script: &str, shell: Shell, hidden: &[String]) -> String {
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
fn bash_command_names(script: &str, bin: &str) -> String {
    let set = format!("{}__subcmd__", bin.replace('-', "__"));
    let tested = format!("{}__subcmd__", bin.replace('-', "__subcmd__"));
    script.replace(&tested, &set)
}

const BASH_HELPERS: &str = r#"# Endpoint names from the configuration file (-c/--config, else VSS_CONFIG, else
# ~/.vss-cli/config.yaml), for -e/--endpoint.
__vss_cli_endpoints() {
    local i config=()
    for (( i = 1; i < COMP_CWORD; i++ )); do
        case "${COMP_WORDS[i]}" in
            -c|--config) config=(--config "${COMP_WORDS[i+1]/#\~/$HOME}") ;;
        esac
    done
    "${COMP_WORDS[0]/#\~/$HOME}" "${config[@]}" __complete-endpoints 2>/dev/null
}

# Offers the words in $1 that start with the current word; options only once a '-' is typed,
# unless there is nothing else to offer.
__vss_cli_offer() {
    local w words=()
    if [[ ${cur} != -* ]]; then
        for w in $1; do
            [[ ${w} == -* ]] || words+=("${w}")
        done
    fi
    [[ ${#words[@]} -gt 0 ]] || words=($1)
    COMPREPLY=( $(compgen -W "${words[*]}" -- "${cur}") )
}

"#;

/// bash: endpoint names after `-e`/`--endpoint`, and options offered only after a `-`.
fn bash_endpoints(script: &str) -> String {
    let mut out = String::from(BASH_HELPERS);
    let mut lines = script.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let trimmed = line.trim();
        if trimmed == "--endpoint)" || trimmed == "-e)" {
            if let Some(next) = lines.next() {
                let indent = &next[..next.len() - next.trim_start().len()];
                if next.trim() == r#"COMPREPLY=($(compgen -f "${cur}"))"# {
                    out.push_str(&format!(
                        "{indent}COMPREPLY=($(compgen -W \"$(__vss_cli_endpoints)\" -- \"${{cur}}\"))\n"
                    ));
                } else {
                    out.push_str(next);
                    out.push('\n');
                }
            }
        } else if trimmed == r#"COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )"# {
            out.truncate(out.len() - line.len() - 1);
            let indent = &line[..line.len() - trimmed.len()];
            out.push_str(&format!("{indent}__vss_cli_offer \"${{opts}}\"\n"));
        }
    }
    out
}

const ZSH_HELPER: &str = r#"# Endpoint names from the configuration file (-c/--config, else VSS_CONFIG, else
# ~/.vss-cli/config.yaml), for -e/--endpoint.
(( $+functions[_vss-cli_endpoints] )) ||
_vss-cli_endpoints() {
    local -a typed config names
    local i
    typed=(${(z)BUFFER})
    for (( i = 2; i < $#typed; i++ )); do
        case ${typed[i]} in
            (-c|--config) config=(--config "${~${(Q)typed[i+1]}}") ;;
        esac
    done
    names=(${(f)"$(_call_program endpoints vss-cli ${config} __complete-endpoints 2>/dev/null)"})
    _wanted endpoints expl 'configured endpoint' compadd -a names
}

"#;

/// zsh: endpoint names after `-e`/`--endpoint`.
fn zsh_endpoints(script: &str) -> String {
    let mut out = String::with_capacity(script.len() + ZSH_HELPER.len());
    for line in script.split_inclusive('\n') {
        if (line.starts_with("'-e+[") || line.starts_with("'--endpoint=["))
            && line.contains("]:URL:_default'")
        {
            out.push_str(&line.replace("]:URL:_default'", "]:URL:_vss-cli_endpoints'"));
        } else if line.starts_with("if [ \"$funcstack[1]\" = \"_vss-cli\" ]; then") {
            out.push_str(ZSH_HELPER);
            out.push_str(line);
        } else {
            out.push_str(line);
        }
    }
    out
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

mod fish {
    //! The fish script. Every completion is conditioned on the exact command path typed so
    //! far (`account set mfa`), which a small function works out from the command line by
    //! skipping options and their values.

    use super::*;

    pub fn render(cmd: &Command, program: Program) -> String {
        let name = program.name();
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
        if program == Program::Client {
            out.push_str(
                "# Endpoint names after -e come from the configuration file (vss-cli __complete-endpoints).\n",
            );
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
        if program == Program::Client {
            out.push_str(
                r#"# Endpoint names from the configuration file (-c/--config, else VSS_CONFIG).
function __fish_vss_cli_endpoints
    set -l words (commandline -opc)
    set -l config
    for i in (seq (count $words))
        if contains -- $words[$i] -c --config; and test $i -lt (count $words)
            set config --config (string replace -r '^~' $HOME -- $words[(math $i + 1)])
        end
    end
    vss-cli $config __complete-endpoints 2>/dev/null
end

"#,
            );
        }
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

    fn commands(cmd: &Command, path: &str, program: Program, out: &mut String) {
        let name = program.name();
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
                if program == Program::Client && arg.get_id() == "endpoint" {
                    line.push_str(" -a '(__fish_vss_cli_endpoints)'");
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
}

mod man {
    //! Man pages: clap_mangen's sections for every command, and for the top pages the
    //! environment, files, exit status and examples.

    use super::*;

    /// Renders `cmd` (and below it every visible subcommand) into `pages`.
    pub fn walk(
        cmd: &Command,
        program: Program,
        parent: Option<&str>,
        pages: &mut Vec<(String, String)>,
    ) {
        let page_name = match parent {
            None => program.name().to_owned(),
            Some(p) => format!("{p}-{}", cmd.get_name()),
        };
        let named = cmd.clone().display_name(page_name.clone());
        pages.push((format!("{page_name}.1"), page(&named, program, parent)));
        for sub in named.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, program, Some(&page_name), pages);
        }
    }

    fn page(cmd: &Command, program: Program, parent: Option<&str>) -> String {
        let version = cmd.get_version().unwrap_or_default().to_owned();
        // The exit-code table of the long help becomes the EXIT STATUS section below.
        let cmd = cmd.clone().after_long_help(None::<&str>);
        let title = cmd
            .get_display_name()
            .unwrap_or(program.name())
            .to_uppercase();
        let man = Man::new(cmd.clone())
            .title(title)
            .date(MAN_DATE)
            .source(format!("{} {version}", program.name()))
            .manual("User Commands");
        let mut out = Vec::new();
        man.render(&mut out).expect("writing to memory");
        let text = String::from_utf8(out).expect("roff is UTF-8");

        let mut roff = Roff::new();
        if parent.is_none() {
            environment(&mut roff, &cmd, program);
            if program == Program::Client {
                files(&mut roff);
                exit_status(&mut roff);
                examples(&mut roff);
            }
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
    fn environment(roff: &mut Roff, cmd: &Command, program: Program) {
        let mut seen = BTreeSet::new();
        let mut vars: Vec<(String, String, String)> = Vec::new();
        fn walk(
            cmd: &Command,
            seen: &mut BTreeSet<String>,
            vars: &mut Vec<(String, String, String)>,
        ) {
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
        let extra: &[(&str, &str)] = match program {
            Program::Client => &[
                (
                    "NO_COLOR",
                    "When set (to anything), no colour is used unless --color always is given.",
                ),
                (
                    "HOME",
                    "The configuration folder ~/.vss-cli is found from it.",
                ),
            ],
            Program::Server => &[
                (
                    "XDG_DATA_HOME",
                    "The default data folder is $XDG_DATA_HOME/vss-mock-server.",
                ),
                (
                    "RUST_LOG",
                    "Log filter, as in the tracing crate (e.g. debug).",
                ),
                ("NO_COLOR", "When set, the log has no colour codes."),
            ],
        };
        for (env, help) in extra {
            roff.control("TP", []);
            roff.text([bold(*env)]);
            roff.text([roman(*help)]);
        }
    }

    fn files(roff: &mut Roff) {
        roff.control("SH", ["FILES"]);
        let entries: [(&str, String); 4] = [
            (
                "~/.vss-cli/config.yaml",
                "The configuration: endpoints with their names, URLs and user names, and the \
                 general settings (default_endpoint_name, output, timeout), in the Python \
                 vss-cli's layout. -c/--config or VSS_CONFIG name another file. Written with \
                 mode 0600 in a 0700 folder; it holds no secrets."
                    .to_owned(),
            ),
            (
                "~/.vss-cli/secrets.yaml",
                "Passwords, API tokens and remembered TOTP secrets, where no OS keyring works \
                 or with VSS_SECRET_STORE=file; kept beside the configuration file, mode 0600."
                    .to_owned(),
            ),
            (
                "OS keyring",
                format!(
                    "Passwords, API tokens and (with mk AUTHENTICATOR --remember-secret) TOTP \
                     secrets are stored under the keyring service {}. On Linux this is the \
                     kernel keyring, which lasts as long as the login session.",
                    crate::secrets::SERVICE
                ),
            ),
            (
                "./USER_ISSUER_recovery_codes.txt",
                "The recovery codes saved by mk and recovery-codes (another path with \
                 --recovery-codes-file), mode 0600, never overwritten without --force."
                    .to_owned(),
            ),
        ];
        for (file, text) in entries {
            roff.control("TP", []);
            roff.text([italic(file)]);
            roff.text([roman(text)]);
        }
    }

    fn exit_status(roff: &mut Roff) {
        roff.control("SH", ["EXIT STATUS"]);
        for code in ExitCode::ALL {
            roff.control("TP", []);
            roff.text([bold(code.code().to_string())]);
            roff.text([roman(capitalise(code.describe()))]);
        }
    }

    fn capitalise(s: &str) -> String {
        let mut c = s.chars();
        match c.next() {
            Some(first) => first.to_uppercase().chain(c).collect::<String>() + ".",
            None => String::new(),
        }
    }

    /// Every MFA flow, as a user types it.
    const EXAMPLES: &[(&str, &[&str])] = &[
        (
            "Enrol an authenticator app: scan the QR code shown, save the recovery codes, type \
             the code the app shows. Without a terminal, mk prints the otpauth:// URI and the \
             verify command to run next.",
            &[
                "vss-cli -e https://cloud-api.example.org -u jm account set mfa mk AUTHENTICATOR",
                "vss-cli account set mfa verify 123456",
            ],
        ),
        (
            "Enrol with codes sent by e-mail; verify with the code from the message.",
            &[
                "vss-cli account set mfa mk EMAIL",
                "vss-cli account set mfa verify 123456",
            ],
        ),
        (
            "Enrol with codes sent by SMS to a phone given in E.164 form.",
            &[
                "vss-cli account set mfa mk SMS --phone +14165550100",
                "vss-cli account set mfa verify 123456",
            ],
        ),
        (
            "Read the code from standard input instead of the command line.",
            &["echo \"$CODE\" | vss-cli account set mfa verify -"],
        ),
        (
            "Have a code sent by e-mail or SMS, then log in with it to see the MFA status.",
            &[
                "vss-cli account set mfa get-token",
                "vss-cli --totp 123456 account get mfa",
            ],
        ),
        (
            "Disable MFA: the server e-mails a confirmation token (valid 15 minutes); on a \
             terminal rm asks for it, in a script run rm again with it.",
            &[
                "vss-cli account set mfa rm --yes",
                "vss-cli account set mfa rm --confirmation-token TOKEN",
            ],
        ),
        (
            "Make a fresh set of recovery codes (the old set stops working) after proving the \
             current factor.",
            &["vss-cli --totp 123456 account set mfa recovery-codes --recovery-codes-file ~/codes.txt"],
        ),
        (
            "Move to a new phone or method: the old factor keeps working until the new one is \
             verified.",
            &[
                "vss-cli --totp 123456 account set mfa mk SMS --phone +14165550111 --replace",
                "vss-cli account set mfa get-token --pending",
                "vss-cli account set mfa verify 654321",
            ],
        ),
        (
            "Get an API token for a script, logging in with a code.",
            &["export VSS_TOKEN=$(vss-cli --totp 123456 token mk)"],
        ),
        (
            "Log in with a recovery code when the phone is lost (each code works once).",
            &["vss-cli --recovery-code abcd-efgh-ijkl-mnop token mk"],
        ),
        (
            "Keep the TOTP secret on this machine so that unattended jobs make their own codes \
             (this machine then holds both factors; forget-secret removes it).",
            &[
                "vss-cli account set mfa mk AUTHENTICATOR --remember-secret",
                "vss-cli --totp auto token mk",
            ],
        ),
        (
            "Log in once and keep the endpoint in the configuration, the password and token in \
             the keyring; later commands pick the endpoint by name.",
            &[
                "vss-cli -e https://cloud-api.example.org -u jm --totp 123456 configure mk --endpoint-name cloud",
                "vss-cli configure set default_endpoint_name cloud",
                "vss-cli -e cloud account get mfa",
            ],
        ),
        (
            "Administrators: make MFA mandatory for a domain (with a day's grace), or for \
             everyone, and find the accounts that have not enrolled.",
            &[
                "vss-cli admin domain set eng --totp-mandatory --grace-period 24",
                "vss-cli admin settings totp set --mandatory",
                "vss-cli admin user ls --domain eng --mfa disabled --all",
            ],
        ),
        (
            "Administrators: reset a user's MFA after a lost phone (the user is logged out and \
             enrols again), send a security alert, read the record of changes.",
            &[
                "vss-cli admin user totp disable --user alice --domain eng --yes",
                "vss-cli admin user alert alice",
                "vss-cli admin audit ls",
            ],
        ),
        (
            "Install completion for bash for this user.",
            &["vss-cli completion bash > ~/.local/share/bash-completion/completions/vss-cli"],
        ),
    ];

    fn examples(roff: &mut Roff) {
        roff.control("SH", ["EXAMPLES"]);
        for (i, (text, commands)) in EXAMPLES.iter().enumerate() {
            if i > 0 {
                roff.control("PP", []);
            }
            roff.text([roman(*text)]);
            roff.control("PP", []);
            roff.control("RS", ["4"]);
            roff.control("nf", []);
            for command in *commands {
                roff.text([roman(*command)]);
            }
            roff.control("fi", []);
            roff.control("RE", []);
        }
    }

    fn see_also(roff: &mut Roff, program: Program, parent: Option<&str>) {
        let mut refs: Vec<String> = Vec::new();
        if let Some(parent) = parent {
            if parent != program.name() {
                refs.push(program.name().to_owned());
            }
            refs.push(parent.to_owned());
        } else if program == Program::Client {
            refs.push(Program::Server.name().to_owned());
        } else {
            refs.push(Program::Client.name().to_owned());
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
}
