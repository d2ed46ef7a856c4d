//! Completion of `-e/--endpoint` from the endpoint names in the configuration file: the
//! scripts ask `vss-cli __complete-endpoints`, a hidden command that prints the names and
//! never an error. In bash, options are also offered only once a `-` is typed.

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
pub(super) fn bash_endpoints(script: &str) -> String {
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
pub(super) fn zsh_endpoints(script: &str) -> String {
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

/// fish: prints the endpoint names, for `-e/--endpoint`.
pub(super) const FISH_FUNCTIONS: &str = r#"# Endpoint names from the configuration file (-c/--config, else VSS_CONFIG).
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

"#;
