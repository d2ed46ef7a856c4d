# Usage: zsh -f zsh-complete.zsh COMPLETION_DIR WORK_DIR 'command line '
# Types the command line into an interactive zsh on a pseudo-terminal (zpty), presses TAB,
# and prints the matches the completion system offered, one a line (compadd is wrapped to
# record them).
emulate -L zsh
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 3 }
local compdir=$1 work=$2 line=$3
local out=$work/matches
rm -f $out
cat > $work/setup.zsh <<SETUP
PROMPT='> '
fpath=(${(q)compdir} \$fpath)
autoload -Uz compinit && compinit -u -d ${(q)work}/zcompdump
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
bindkey '^I' complete-word
compadd() {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "\$@"
        return
    fi
    local -a __hits
    builtin compadd -A __hits "\$@"
    (( \$#__hits )) && print -rl -- \$__hits >> ${(q)out}
    builtin compadd "\$@"
}
_harness_done() { print -r -- '<<done>>' >> ${(q)out}; print -rn -- '<<completion-done>>' }
comppostfuncs=(_harness_done)
SETUP
zpty z zsh -f -i
zpty -w z "source ${(q)work}/setup.zsh"
zpty -w -n z "$line"$'\t'
# Read what the terminal shows until the completion system says it is done (the caller bounds
# how long that may take); the shell ending first is a failure.
local junk
zpty -r z junk '*<<completion-done>>*' || { print -u2 'no completion happened'; zpty -d z; exit 2 }
zpty -d z
grep -v '<<done>>' $out
