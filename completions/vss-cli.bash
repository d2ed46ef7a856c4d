# Endpoint names from the configuration file (-c/--config, else VSS_CONFIG, else
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

_vss__cli() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="vss__cli"
                ;;
            vss__cli,__complete-endpoints)
                cmd="vss__cli__subcmd____complete__subcmd__endpoints"
                ;;
            vss__cli,__generate)
                cmd="vss__cli__subcmd____generate"
                ;;
            vss__cli,account)
                cmd="vss__cli__subcmd__account"
                ;;
            vss__cli,admin)
                cmd="vss__cli__subcmd__admin"
                ;;
            vss__cli,completion)
                cmd="vss__cli__subcmd__completion"
                ;;
            vss__cli,configure)
                cmd="vss__cli__subcmd__configure"
                ;;
            vss__cli,exec)
                cmd="vss__cli__subcmd__exec"
                ;;
            vss__cli,help)
                cmd="vss__cli__subcmd__help"
                ;;
            vss__cli,logout)
                cmd="vss__cli__subcmd__logout"
                ;;
            vss__cli,status)
                cmd="vss__cli__subcmd__status"
                ;;
            vss__cli,token)
                cmd="vss__cli__subcmd__token"
                ;;
            vss__cli,vpn)
                cmd="vss__cli__subcmd__vpn"
                ;;
            vss__cli,whoami)
                cmd="vss__cli__subcmd__status"
                ;;
            vss__cli__subcmd__account,get)
                cmd="vss__cli__subcmd__account__subcmd__get"
                ;;
            vss__cli__subcmd__account,help)
                cmd="vss__cli__subcmd__account__subcmd__help"
                ;;
            vss__cli__subcmd__account,set)
                cmd="vss__cli__subcmd__account__subcmd__set"
                ;;
            vss__cli__subcmd__account__subcmd__get,help)
                cmd="vss__cli__subcmd__account__subcmd__get__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__get,mfa)
                cmd="vss__cli__subcmd__account__subcmd__get__subcmd__mfa"
                ;;
            vss__cli__subcmd__account__subcmd__get__subcmd__help,help)
                cmd="vss__cli__subcmd__account__subcmd__get__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__get__subcmd__help,mfa)
                cmd="vss__cli__subcmd__account__subcmd__get__subcmd__help__subcmd__mfa"
                ;;
            vss__cli__subcmd__account__subcmd__help,get)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__get"
                ;;
            vss__cli__subcmd__account__subcmd__help,help)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__help,set)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__get,mfa)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__get__subcmd__mfa"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set,mfa)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa,forget-secret)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__forget__subcmd__secret"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa,get-token)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__get__subcmd__token"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa,mk)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__mk"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa,recovery-codes)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__recovery__subcmd__codes"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa,rm)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__rm"
                ;;
            vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa,verify)
                cmd="vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__verify"
                ;;
            vss__cli__subcmd__account__subcmd__set,help)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__set,mfa)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help,help)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help,mfa)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa,forget-secret)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__forget__subcmd__secret"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa,get-token)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__get__subcmd__token"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa,mk)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__mk"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa,recovery-codes)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__recovery__subcmd__codes"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa,rm)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__rm"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa,verify)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__verify"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,forget-secret)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__forget__subcmd__secret"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,get-token)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__get__subcmd__token"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,help)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,mk)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__mk"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,recovery-codes)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__recovery__subcmd__codes"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,rm)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__rm"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa,verify)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__verify"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,forget-secret)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__forget__subcmd__secret"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,get-token)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__get__subcmd__token"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,help)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,mk)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__mk"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,recovery-codes)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__recovery__subcmd__codes"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,rm)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__rm"
                ;;
            vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help,verify)
                cmd="vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__verify"
                ;;
            vss__cli__subcmd__admin,audit)
                cmd="vss__cli__subcmd__admin__subcmd__audit"
                ;;
            vss__cli__subcmd__admin,domain)
                cmd="vss__cli__subcmd__admin__subcmd__domain"
                ;;
            vss__cli__subcmd__admin,help)
                cmd="vss__cli__subcmd__admin__subcmd__help"
                ;;
            vss__cli__subcmd__admin,settings)
                cmd="vss__cli__subcmd__admin__subcmd__settings"
                ;;
            vss__cli__subcmd__admin,user)
                cmd="vss__cli__subcmd__admin__subcmd__user"
                ;;
            vss__cli__subcmd__admin__subcmd__audit,help)
                cmd="vss__cli__subcmd__admin__subcmd__audit__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__audit,ls)
                cmd="vss__cli__subcmd__admin__subcmd__audit__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__audit__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__audit__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__audit__subcmd__help,ls)
                cmd="vss__cli__subcmd__admin__subcmd__audit__subcmd__help__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__domain,help)
                cmd="vss__cli__subcmd__admin__subcmd__domain__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__domain,ls)
                cmd="vss__cli__subcmd__admin__subcmd__domain__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__domain,set)
                cmd="vss__cli__subcmd__admin__subcmd__domain__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__domain__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__domain__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__domain__subcmd__help,ls)
                cmd="vss__cli__subcmd__admin__subcmd__domain__subcmd__help__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__domain__subcmd__help,set)
                cmd="vss__cli__subcmd__admin__subcmd__domain__subcmd__help__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__help,audit)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__audit"
                ;;
            vss__cli__subcmd__admin__subcmd__help,domain)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__domain"
                ;;
            vss__cli__subcmd__admin__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__help,settings)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__settings"
                ;;
            vss__cli__subcmd__admin__subcmd__help,user)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__user"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__audit,ls)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__audit__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__domain,ls)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__domain__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__domain,set)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__domain__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__settings,totp)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp,set)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp,show)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp__subcmd__show"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__user,alert)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__alert"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__user,ls)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__user,set)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__user,totp)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__totp"
                ;;
            vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__totp,disable)
                cmd="vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__totp__subcmd__disable"
                ;;
            vss__cli__subcmd__admin__subcmd__settings,help)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__settings,totp)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__help,totp)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp,set)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp,show)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp__subcmd__show"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__totp,help)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__totp,set)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__totp,show)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__show"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help,set)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help,show)
                cmd="vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help__subcmd__show"
                ;;
            vss__cli__subcmd__admin__subcmd__user,alert)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__alert"
                ;;
            vss__cli__subcmd__admin__subcmd__user,help)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__user,ls)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__user,set)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__user,totp)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__totp"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__help,alert)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__alert"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__help,ls)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__ls"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__help,set)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__set"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__help,totp)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__totp"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__totp,disable)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__totp__subcmd__disable"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__totp,disable)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__disable"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__totp,help)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help,disable)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help__subcmd__disable"
                ;;
            vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help,help)
                cmd="vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__configure,edit)
                cmd="vss__cli__subcmd__configure__subcmd__edit"
                ;;
            vss__cli__subcmd__configure,help)
                cmd="vss__cli__subcmd__configure__subcmd__help"
                ;;
            vss__cli__subcmd__configure,ls)
                cmd="vss__cli__subcmd__configure__subcmd__ls"
                ;;
            vss__cli__subcmd__configure,mk)
                cmd="vss__cli__subcmd__configure__subcmd__mk"
                ;;
            vss__cli__subcmd__configure,rm)
                cmd="vss__cli__subcmd__configure__subcmd__rm"
                ;;
            vss__cli__subcmd__configure,set)
                cmd="vss__cli__subcmd__configure__subcmd__set"
                ;;
            vss__cli__subcmd__configure__subcmd__help,edit)
                cmd="vss__cli__subcmd__configure__subcmd__help__subcmd__edit"
                ;;
            vss__cli__subcmd__configure__subcmd__help,help)
                cmd="vss__cli__subcmd__configure__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__configure__subcmd__help,ls)
                cmd="vss__cli__subcmd__configure__subcmd__help__subcmd__ls"
                ;;
            vss__cli__subcmd__configure__subcmd__help,mk)
                cmd="vss__cli__subcmd__configure__subcmd__help__subcmd__mk"
                ;;
            vss__cli__subcmd__configure__subcmd__help,rm)
                cmd="vss__cli__subcmd__configure__subcmd__help__subcmd__rm"
                ;;
            vss__cli__subcmd__configure__subcmd__help,set)
                cmd="vss__cli__subcmd__configure__subcmd__help__subcmd__set"
                ;;
            vss__cli__subcmd__help,__complete-endpoints)
                cmd="vss__cli__subcmd__help__subcmd____complete__subcmd__endpoints"
                ;;
            vss__cli__subcmd__help,__generate)
                cmd="vss__cli__subcmd__help__subcmd____generate"
                ;;
            vss__cli__subcmd__help,account)
                cmd="vss__cli__subcmd__help__subcmd__account"
                ;;
            vss__cli__subcmd__help,admin)
                cmd="vss__cli__subcmd__help__subcmd__admin"
                ;;
            vss__cli__subcmd__help,completion)
                cmd="vss__cli__subcmd__help__subcmd__completion"
                ;;
            vss__cli__subcmd__help,configure)
                cmd="vss__cli__subcmd__help__subcmd__configure"
                ;;
            vss__cli__subcmd__help,exec)
                cmd="vss__cli__subcmd__help__subcmd__exec"
                ;;
            vss__cli__subcmd__help,help)
                cmd="vss__cli__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__help,logout)
                cmd="vss__cli__subcmd__help__subcmd__logout"
                ;;
            vss__cli__subcmd__help,status)
                cmd="vss__cli__subcmd__help__subcmd__status"
                ;;
            vss__cli__subcmd__help,token)
                cmd="vss__cli__subcmd__help__subcmd__token"
                ;;
            vss__cli__subcmd__help,vpn)
                cmd="vss__cli__subcmd__help__subcmd__vpn"
                ;;
            vss__cli__subcmd__help__subcmd__account,get)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__get"
                ;;
            vss__cli__subcmd__help__subcmd__account,set)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__get,mfa)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__get__subcmd__mfa"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set,mfa)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa,forget-secret)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__forget__subcmd__secret"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa,get-token)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__get__subcmd__token"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa,mk)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__mk"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa,recovery-codes)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__recovery__subcmd__codes"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa,rm)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__rm"
                ;;
            vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa,verify)
                cmd="vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__verify"
                ;;
            vss__cli__subcmd__help__subcmd__admin,audit)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__audit"
                ;;
            vss__cli__subcmd__help__subcmd__admin,domain)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__domain"
                ;;
            vss__cli__subcmd__help__subcmd__admin,settings)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__settings"
                ;;
            vss__cli__subcmd__help__subcmd__admin,user)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__user"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__audit,ls)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__audit__subcmd__ls"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__domain,ls)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__domain__subcmd__ls"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__domain,set)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__domain__subcmd__set"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__settings,totp)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp,set)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__set"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp,show)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__show"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__user,alert)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__alert"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__user,ls)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__ls"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__user,set)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__set"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__user,totp)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__totp"
                ;;
            vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__totp,disable)
                cmd="vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__totp__subcmd__disable"
                ;;
            vss__cli__subcmd__help__subcmd__configure,edit)
                cmd="vss__cli__subcmd__help__subcmd__configure__subcmd__edit"
                ;;
            vss__cli__subcmd__help__subcmd__configure,ls)
                cmd="vss__cli__subcmd__help__subcmd__configure__subcmd__ls"
                ;;
            vss__cli__subcmd__help__subcmd__configure,mk)
                cmd="vss__cli__subcmd__help__subcmd__configure__subcmd__mk"
                ;;
            vss__cli__subcmd__help__subcmd__configure,rm)
                cmd="vss__cli__subcmd__help__subcmd__configure__subcmd__rm"
                ;;
            vss__cli__subcmd__help__subcmd__configure,set)
                cmd="vss__cli__subcmd__help__subcmd__configure__subcmd__set"
                ;;
            vss__cli__subcmd__help__subcmd__token,get)
                cmd="vss__cli__subcmd__help__subcmd__token__subcmd__get"
                ;;
            vss__cli__subcmd__help__subcmd__token,ls)
                cmd="vss__cli__subcmd__help__subcmd__token__subcmd__ls"
                ;;
            vss__cli__subcmd__help__subcmd__token,mk)
                cmd="vss__cli__subcmd__help__subcmd__token__subcmd__mk"
                ;;
            vss__cli__subcmd__help__subcmd__token,rm)
                cmd="vss__cli__subcmd__help__subcmd__token__subcmd__rm"
                ;;
            vss__cli__subcmd__help__subcmd__token,show)
                cmd="vss__cli__subcmd__help__subcmd__token__subcmd__show"
                ;;
            vss__cli__subcmd__help__subcmd__vpn,gw)
                cmd="vss__cli__subcmd__help__subcmd__vpn__subcmd__gw"
                ;;
            vss__cli__subcmd__help__subcmd__vpn__subcmd__gw,log)
                cmd="vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__log"
                ;;
            vss__cli__subcmd__help__subcmd__vpn__subcmd__gw,off)
                cmd="vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__off"
                ;;
            vss__cli__subcmd__help__subcmd__vpn__subcmd__gw,on)
                cmd="vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__on"
                ;;
            vss__cli__subcmd__help__subcmd__vpn__subcmd__gw,status)
                cmd="vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__status"
                ;;
            vss__cli__subcmd__token,get)
                cmd="vss__cli__subcmd__token__subcmd__get"
                ;;
            vss__cli__subcmd__token,help)
                cmd="vss__cli__subcmd__token__subcmd__help"
                ;;
            vss__cli__subcmd__token,ls)
                cmd="vss__cli__subcmd__token__subcmd__ls"
                ;;
            vss__cli__subcmd__token,mk)
                cmd="vss__cli__subcmd__token__subcmd__mk"
                ;;
            vss__cli__subcmd__token,rm)
                cmd="vss__cli__subcmd__token__subcmd__rm"
                ;;
            vss__cli__subcmd__token,show)
                cmd="vss__cli__subcmd__token__subcmd__show"
                ;;
            vss__cli__subcmd__token__subcmd__help,get)
                cmd="vss__cli__subcmd__token__subcmd__help__subcmd__get"
                ;;
            vss__cli__subcmd__token__subcmd__help,help)
                cmd="vss__cli__subcmd__token__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__token__subcmd__help,ls)
                cmd="vss__cli__subcmd__token__subcmd__help__subcmd__ls"
                ;;
            vss__cli__subcmd__token__subcmd__help,mk)
                cmd="vss__cli__subcmd__token__subcmd__help__subcmd__mk"
                ;;
            vss__cli__subcmd__token__subcmd__help,rm)
                cmd="vss__cli__subcmd__token__subcmd__help__subcmd__rm"
                ;;
            vss__cli__subcmd__token__subcmd__help,show)
                cmd="vss__cli__subcmd__token__subcmd__help__subcmd__show"
                ;;
            vss__cli__subcmd__vpn,gw)
                cmd="vss__cli__subcmd__vpn__subcmd__gw"
                ;;
            vss__cli__subcmd__vpn,help)
                cmd="vss__cli__subcmd__vpn__subcmd__help"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw,help)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__help"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw,log)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__log"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw,off)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__off"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw,on)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__on"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw,status)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__status"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw__subcmd__help,help)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw__subcmd__help,log)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__log"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw__subcmd__help,off)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__off"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw__subcmd__help,on)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__on"
                ;;
            vss__cli__subcmd__vpn__subcmd__gw__subcmd__help,status)
                cmd="vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__status"
                ;;
            vss__cli__subcmd__vpn__subcmd__help,gw)
                cmd="vss__cli__subcmd__vpn__subcmd__help__subcmd__gw"
                ;;
            vss__cli__subcmd__vpn__subcmd__help,help)
                cmd="vss__cli__subcmd__vpn__subcmd__help__subcmd__help"
                ;;
            vss__cli__subcmd__vpn__subcmd__help__subcmd__gw,log)
                cmd="vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__log"
                ;;
            vss__cli__subcmd__vpn__subcmd__help__subcmd__gw,off)
                cmd="vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__off"
                ;;
            vss__cli__subcmd__vpn__subcmd__help__subcmd__gw,on)
                cmd="vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__on"
                ;;
            vss__cli__subcmd__vpn__subcmd__help__subcmd__gw,status)
                cmd="vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__status"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        vss__cli)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h -V --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help --version account configure status whoami token logout exec admin vpn completion help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd____complete__subcmd__endpoints)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd____generate)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help completions man all"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --no-load --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help get set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__get)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help mfa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__get__subcmd__help)
            opts="mfa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__get__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__get__subcmd__help__subcmd__mfa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__get__subcmd__mfa)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help)
            opts="get set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__get)
            opts="mfa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__get__subcmd__mfa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set)
            opts="mfa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa)
            opts="mk verify get-token rm recovery-codes forget-secret"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__forget__subcmd__secret)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__get__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__recovery__subcmd__codes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__help__subcmd__set__subcmd__mfa__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help mfa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help)
            opts="mfa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa)
            opts="mk verify get-token rm recovery-codes forget-secret"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__forget__subcmd__secret)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__get__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__recovery__subcmd__codes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__help__subcmd__mfa__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help mk verify get-token rm recovery-codes forget-secret help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__forget__subcmd__secret)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__get__subcmd__token)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --pending --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help)
            opts="mk verify get-token rm recovery-codes forget-secret help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__forget__subcmd__secret)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__get__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__recovery__subcmd__codes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__mk)
            opts="-y -e -u -p -t -c -o -q -n -v -x -l -h --phone --qr --no-qr --show-key --qr-png --replace --remember-secret --secret-to --recovery-codes-file --no-save-recovery-codes --yes --force --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help EMAIL AUTHENTICATOR SMS"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --phone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --qr-png)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-codes-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__recovery__subcmd__codes)
            opts="-y -e -u -p -t -c -o -q -n -v -x -l -h --recovery-codes-file --no-save-recovery-codes --force --yes --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --recovery-codes-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__rm)
            opts="-y -e -u -p -t -c -o -q -n -v -x -l -h --confirmation-token --yes --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --confirmation-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__account__subcmd__set__subcmd__mfa__subcmd__verify)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help settings domain user audit help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__audit)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help ls help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__audit__subcmd__help)
            opts="ls help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__audit__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__audit__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__audit__subcmd__ls)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --page --per-page --all --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --page)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --per-page)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help ls set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain__subcmd__help)
            opts="ls set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain__subcmd__ls)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__domain__subcmd__set)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --totp-mandatory --totp-optional --totp-unavailable --grace-period --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --grace-period)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help)
            opts="settings domain user audit help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__audit)
            opts="ls"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__audit__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__domain)
            opts="ls set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__domain__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__domain__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__settings)
            opts="totp"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp)
            opts="show set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__settings__subcmd__totp__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__user)
            opts="ls set totp alert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__alert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__totp)
            opts="disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__help__subcmd__user__subcmd__totp__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help totp help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__help)
            opts="totp help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp)
            opts="show set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__help__subcmd__totp__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help show set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help)
            opts="show set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__set)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --mandatory --optional --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__show)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help ls set totp alert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__alert)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --domain --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help)
            opts="ls set totp alert help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__alert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__totp)
            opts="disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__help__subcmd__totp__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__ls)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --domain --mfa --page --per-page --all --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mfa)
                    COMPREPLY=($(compgen -W "enabled pending disabled off" -- "${cur}"))
                    return 0
                    ;;
                --page)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --per-page)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__set)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --domain --require-mfa --can-toggle-mfa --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --require-mfa)
                    COMPREPLY=($(compgen -W "yes no" -- "${cur}"))
                    return 0
                    ;;
                --can-toggle-mfa)
                    COMPREPLY=($(compgen -W "yes no" -- "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__totp)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__disable)
            opts="-y -e -u -p -t -c -o -q -n -v -x -l -h --user --domain --yes --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help)
            opts="disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__admin__subcmd__user__subcmd__totp__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__completion)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help mk ls set rm edit help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__edit)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help)
            opts="mk ls set rm edit help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__ls)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__mk)
            opts="-r -e -u -p -t -c -o -q -n -v -x -l -h --endpoint-name --replace --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__rm)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__configure__subcmd__set)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__exec)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --min-valid --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --min-valid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help)
            opts="account configure status token logout exec admin vpn completion help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd____complete__subcmd__endpoints)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd____generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account)
            opts="get set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__get)
            opts="mfa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__get__subcmd__mfa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set)
            opts="mfa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa)
            opts="mk verify get-token rm recovery-codes forget-secret"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__forget__subcmd__secret)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__get__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__recovery__subcmd__codes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__account__subcmd__set__subcmd__mfa__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin)
            opts="settings domain user audit"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__audit)
            opts="ls"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__audit__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__domain)
            opts="ls set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__domain__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__domain__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__settings)
            opts="totp"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp)
            opts="show set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__settings__subcmd__totp__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__user)
            opts="ls set totp alert"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__alert)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__totp)
            opts="disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__admin__subcmd__user__subcmd__totp__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__completion)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__configure)
            opts="mk ls set rm edit"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__configure__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__configure__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__configure__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__configure__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__configure__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__exec)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__token)
            opts="mk show ls get rm"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__token__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__token__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__token__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__token__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__token__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__vpn)
            opts="gw"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__vpn__subcmd__gw)
            opts="on off log status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__log)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__off)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__on)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__help__subcmd__vpn__subcmd__gw__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__logout)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --all --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__status)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help mk show ls get rm help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__get)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help)
            opts="mk show ls get rm help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help__subcmd__mk)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__ls)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__mk)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__rm)
            opts="-s -e -u -p -t -c -o -q -n -v -x -l -h --others --summary --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__token__subcmd__show)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help gw help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help on off log status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__help)
            opts="on off log status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__log)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__off)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__on)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__log)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --timestamp --since --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__off)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__on)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --otp --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --otp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__gw__subcmd__status)
            opts="-e -u -p -t -c -o -q -n -v -x -l -h --endpoint --username --password --password-stdin --token --totp --recovery-code --totp-command --no-session --secret-store --config --ca-bundle --vpn-server --output --timeout --color --debug --quiet --columns --columns-width --no-headers --sort-by --table-format --verbose --loglevel --wait --no-wait --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                --endpoint)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$(__vss_cli_endpoints)" -- "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --recovery-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totp-command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-store)
                    COMPREPLY=($(compgen -W "auto keyring file" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vpn-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml ndjson auto" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns-width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table-format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --loglevel)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help)
            opts="gw help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help__subcmd__gw)
            opts="on off log status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__log)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__off)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__on)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help__subcmd__gw__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
        vss__cli__subcmd__vpn__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                __vss_cli_offer "${opts}"
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            __vss_cli_offer "${opts}"
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _vss__cli -o nosort -o bashdefault -o default vss-cli
else
    complete -F _vss__cli -o bashdefault -o default vss-cli
fi
