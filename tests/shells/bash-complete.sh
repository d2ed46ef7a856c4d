# Usage: bash bash-complete.sh SCRIPT 'command line '
# Loads bash-completion and SCRIPT, then calls the completion function registered for the
# line's command the way bash does on TAB (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT set),
# and prints COMPREPLY, one a line.
source /usr/share/bash-completion/bash_completion
source "$1"
line=$2
read -ra COMP_WORDS <<< "$line"
[[ $line == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE=$line
COMP_POINT=${#line}
spec=$(complete -p "${COMP_WORDS[0]}") || exit 2
fn=$(sed -E 's/.*-F ([^ ]+).*/\1/' <<< "$spec")
"$fn" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
