# fish completion for vss-cli; `vss-cli completion fish` prints it.
# Each completion holds for one command path (`account set mfa`), which
# __fish_vss_cli_path works out from the words typed, at any depth.
# Endpoint names after -e come from the configuration file (vss-cli __complete-endpoints).

set -g __fish_vss_cli_commands \
    'account' \
    'account get' \
    'account get mfa' \
    'account get help' \
    'account get help mfa' \
    'account get help help' \
    'account set' \
    'account set mfa' \
    'account set mfa mk' \
    'account set mfa verify' \
    'account set mfa get-token' \
    'account set mfa rm' \
    'account set mfa recovery-codes' \
    'account set mfa forget-secret' \
    'account set mfa help' \
    'account set mfa help mk' \
    'account set mfa help verify' \
    'account set mfa help get-token' \
    'account set mfa help rm' \
    'account set mfa help recovery-codes' \
    'account set mfa help forget-secret' \
    'account set mfa help help' \
    'account set help' \
    'account set help mfa' \
    'account set help mfa mk' \
    'account set help mfa verify' \
    'account set help mfa get-token' \
    'account set help mfa rm' \
    'account set help mfa recovery-codes' \
    'account set help mfa forget-secret' \
    'account set help help' \
    'account help' \
    'account help get' \
    'account help get mfa' \
    'account help set' \
    'account help set mfa' \
    'account help set mfa mk' \
    'account help set mfa verify' \
    'account help set mfa get-token' \
    'account help set mfa rm' \
    'account help set mfa recovery-codes' \
    'account help set mfa forget-secret' \
    'account help help' \
    'configure' \
    'configure mk' \
    'configure ls' \
    'configure set' \
    'configure rm' \
    'configure edit' \
    'configure help' \
    'configure help mk' \
    'configure help ls' \
    'configure help set' \
    'configure help rm' \
    'configure help edit' \
    'configure help help' \
    'status' \
    'token' \
    'token mk' \
    'token show' \
    'token ls' \
    'token get' \
    'token rm' \
    'token help' \
    'token help mk' \
    'token help show' \
    'token help ls' \
    'token help get' \
    'token help rm' \
    'token help help' \
    'logout' \
    'exec' \
    'admin' \
    'admin settings' \
    'admin settings totp' \
    'admin settings totp show' \
    'admin settings totp set' \
    'admin settings totp help' \
    'admin settings totp help show' \
    'admin settings totp help set' \
    'admin settings totp help help' \
    'admin settings help' \
    'admin settings help totp' \
    'admin settings help totp show' \
    'admin settings help totp set' \
    'admin settings help help' \
    'admin domain' \
    'admin domain ls' \
    'admin domain set' \
    'admin domain help' \
    'admin domain help ls' \
    'admin domain help set' \
    'admin domain help help' \
    'admin user' \
    'admin user ls' \
    'admin user set' \
    'admin user totp' \
    'admin user totp disable' \
    'admin user totp help' \
    'admin user totp help disable' \
    'admin user totp help help' \
    'admin user alert' \
    'admin user help' \
    'admin user help ls' \
    'admin user help set' \
    'admin user help totp' \
    'admin user help totp disable' \
    'admin user help alert' \
    'admin user help help' \
    'admin audit' \
    'admin audit ls' \
    'admin audit help' \
    'admin audit help ls' \
    'admin audit help help' \
    'admin help' \
    'admin help settings' \
    'admin help settings totp' \
    'admin help settings totp show' \
    'admin help settings totp set' \
    'admin help domain' \
    'admin help domain ls' \
    'admin help domain set' \
    'admin help user' \
    'admin help user ls' \
    'admin help user set' \
    'admin help user totp' \
    'admin help user totp disable' \
    'admin help user alert' \
    'admin help audit' \
    'admin help audit ls' \
    'admin help help' \
    'vpn' \
    'vpn gw' \
    'vpn gw on' \
    'vpn gw off' \
    'vpn gw log' \
    'vpn gw status' \
    'vpn gw help' \
    'vpn gw help on' \
    'vpn gw help off' \
    'vpn gw help log' \
    'vpn gw help status' \
    'vpn gw help help' \
    'vpn help' \
    'vpn help gw' \
    'vpn help gw on' \
    'vpn help gw off' \
    'vpn help gw log' \
    'vpn help gw status' \
    'vpn help help' \
    'completion' \
    'help' \
    'help account' \
    'help account get' \
    'help account get mfa' \
    'help account set' \
    'help account set mfa' \
    'help account set mfa mk' \
    'help account set mfa verify' \
    'help account set mfa get-token' \
    'help account set mfa rm' \
    'help account set mfa recovery-codes' \
    'help account set mfa forget-secret' \
    'help configure' \
    'help configure mk' \
    'help configure ls' \
    'help configure set' \
    'help configure rm' \
    'help configure edit' \
    'help status' \
    'help token' \
    'help token mk' \
    'help token show' \
    'help token ls' \
    'help token get' \
    'help token rm' \
    'help logout' \
    'help exec' \
    'help admin' \
    'help admin settings' \
    'help admin settings totp' \
    'help admin settings totp show' \
    'help admin settings totp set' \
    'help admin domain' \
    'help admin domain ls' \
    'help admin domain set' \
    'help admin user' \
    'help admin user ls' \
    'help admin user set' \
    'help admin user totp' \
    'help admin user totp disable' \
    'help admin user alert' \
    'help admin audit' \
    'help admin audit ls' \
    'help vpn' \
    'help vpn gw' \
    'help vpn gw on' \
    'help vpn gw off' \
    'help vpn gw log' \
    'help vpn gw status' \
    'help completion' \
    'help help' \

# Prints the command path typed so far, e.g. "account set mfa".
function __fish_vss_cli_path
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
            case '--ca-bundle' '--can-toggle-mfa' '--color' '--columns' '--columns-width' '--config' '--confirmation-token' '--domain' '--endpoint' '--endpoint-name' '--grace-period' '--loglevel' '--mfa' '--min-valid' '--otp' '--output' '--page' '--password' '--per-page' '--phone' '--qr-png' '--recovery-code' '--recovery-codes-file' '--require-mfa' '--secret-store' '--secret-to' '--since' '--sort-by' '--table-format' '--timeout' '--token' '--totp' '--totp-command' '--user' '--username' '--vpn-server' '-c' '-e' '-l' '-o' '-p' '-t' '-u'
                set skip 1
            case '-*'
            case '*'
                if contains -- (string join ' ' $path $w) $__fish_vss_cli_commands
                    set -a path $w
                end
        end
    end
    string join ' ' $path
end

# True when the command path typed so far is exactly the arguments.
function __fish_vss_cli_at
    test "$(__fish_vss_cli_path)" = "$argv"
end

# Endpoint names from the configuration file (-c/--config, else VSS_CONFIG).
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

complete -c vss-cli -f

# vss-cli 
complete -c vss-cli -n '__fish_vss_cli_at' -a 'account' -d 'Manage your account'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'configure' -d 'Configure endpoints and credentials'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'status' -d 'Who you are at the endpoint, and whether a token or the credentials work'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'token' -d 'API tokens for scripts'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'logout' -d 'Forget the stored API token and revoke it on the server'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'exec' -d 'Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'admin' -d 'Administer MFA policy and accounts (admin and domain-admin roles)'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'vpn' -d 'The VSS VPN: open its MFA gateway with a one-time code before you connect'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'completion' -d 'Print a shell completion script'
complete -c vss-cli -n '__fish_vss_cli_at' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -s e -l endpoint -d 'API endpoint URL (a bare host name means https://HOST)' -r -f -a '(__fish_vss_cli_endpoints)'
complete -c vss-cli -s u -l username -d 'Account user name' -r -f
complete -c vss-cli -s p -l password -d 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)' -r -f
complete -c vss-cli -l password-stdin -d 'Read the password from the first line of standard input (before any other secret given as `-`)'
complete -c vss-cli -s t -l token -d 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)' -r -f
complete -c vss-cli -l totp -d 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)' -r -f
complete -c vss-cli -l recovery-code -d 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)' -r -f
complete -c vss-cli -l totp-command -d 'Ask this program for the one-time code when a login needs one (a hardware key\'s or a vault\'s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)' -r -f
complete -c vss-cli -l no-session -d 'Log in for this command alone: no kept token is used, and the login\'s token is not kept (by default a login\'s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
complete -c vss-cli -l secret-store -d 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)' -r -f -a 'auto keyring file'
complete -c vss-cli -s c -l config -d 'Configuration file' -r -F
complete -c vss-cli -l ca-bundle -d 'PEM file of CA certificates to trust beside the system\'s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)' -r -F
complete -c vss-cli -l vpn-server -d 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration\'s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]' -r -f
complete -c vss-cli -s o -l output -d 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration\'s, else table]' -r -f -a 'table json yaml ndjson auto'
complete -c vss-cli -l timeout -d 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration\'s, else 30]' -r -f
complete -c vss-cli -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a 'auto always never'
complete -c vss-cli -l debug -d 'Show each request (method, path, status, time) on stderr; never secrets'
complete -c vss-cli -s q -l quiet -d 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
complete -c vss-cli -l columns -d 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only' -r -f
complete -c vss-cli -l columns-width -d 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal\'s width, -1: never) [default: the configuration\'s columns_width, else -1]' -r -f
complete -c vss-cli -s n -l no-headers -d 'Print tables without their header row'
complete -c vss-cli -l sort-by -d 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format' -r -f
complete -c vss-cli -l table-format -d 'Draw tables in this format (the Python tool\'s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration\'s table_format, else this program\'s own columns]' -r -f
complete -c vss-cli -s v -l verbose -d 'More detail on stderr: each request, as --debug shows it'
complete -c vss-cli -s x -d 'On a failure, also print the error\'s full chain of causes on stderr'
complete -c vss-cli -s l -l loglevel -d 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages' -r -f -a 'CRITICAL ERROR WARNING INFO DEBUG'
complete -c vss-cli -l wait -d 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for'
complete -c vss-cli -l no-wait -d 'Accepted as the Python tool takes it; see --wait'
complete -c vss-cli -n '__fish_vss_cli_at' -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vss-cli -n '__fish_vss_cli_at' -s V -l version -d 'Print version'

# vss-cli account
complete -c vss-cli -n '__fish_vss_cli_at account' -a 'get' -d 'Show account settings'
complete -c vss-cli -n '__fish_vss_cli_at account' -a 'set' -d 'Change account settings'
complete -c vss-cli -n '__fish_vss_cli_at account' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at account' -l no-load -d 'Do not load account data before running the command (accepted for compatibility)'
complete -c vss-cli -n '__fish_vss_cli_at account' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account get
complete -c vss-cli -n '__fish_vss_cli_at account get' -a 'mfa' -d 'Show the account\'s MFA status'
complete -c vss-cli -n '__fish_vss_cli_at account get' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at account get' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account get mfa
complete -c vss-cli -n '__fish_vss_cli_at account get mfa' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account get help
complete -c vss-cli -n '__fish_vss_cli_at account get help' -a 'mfa' -d 'Show the account\'s MFA status'
complete -c vss-cli -n '__fish_vss_cli_at account get help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli account get help mfa

# vss-cli account get help help

# vss-cli account set
complete -c vss-cli -n '__fish_vss_cli_at account set' -a 'mfa' -d 'Set account MFA settings'
complete -c vss-cli -n '__fish_vss_cli_at account set' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at account set' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'mk' -d 'Enable MFA with Time-based One-Time Password'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'verify' -d 'Verify existing MFA setup (finishes a pending enrolment)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'get-token' -d 'Request a TOTP code by e-mail or SMS'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'rm' -d 'Disable existing MFA setup (confirmed with an e-mailed token)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'recovery-codes' -d 'Make a fresh set of recovery codes (the old set stops working)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'forget-secret' -d 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa mk
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -a 'EMAIL' -d ''
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -a 'AUTHENTICATOR' -d ''
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -a 'SMS' -d ''
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l phone -d 'Phone number to receive SMS, like 416-555-0100, (416) 555-0100, 4165550100 or, with the country code, +14165550100; required for SMS' -r -f
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l qr -d 'Show the QR code without asking (AUTHENTICATOR)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l no-qr -d 'Do not show the QR code'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l show-key -d 'Show the secret key to type in by hand, without asking (AUTHENTICATOR)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l qr-png -d 'Also write the QR code as a PNG image (mode 0600), for desktop authenticators' -r -F
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l replace -d 'Move an enabled account to a new method or phone, after proving the current factor; the old factor keeps working until the new one is verified (an extension of vss-mock-server, which the VSS service may not offer)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l remember-secret -d 'Also keep the TOTP secret in the keyring so `--totp auto` can make codes here (AUTHENTICATOR; this machine then holds both factors)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l secret-to -d 'Hand the new key straight to a key or vault: CMD (run without a shell) reads the otpauth:// URI on its standard input, as `pass otp insert NAME` does; the key is then never shown, drawn or saved here, and the first code comes from --totp-command, else the prompt (AUTHENTICATOR)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l recovery-codes-file -d 'Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or ./USER_recovery_codes.txt when the server names no issuer]' -r -F
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l no-save-recovery-codes -d 'Do not save the recovery codes to a file'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -s y -l yes -d 'Answer yes to every question (show the QR, save the codes)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -l force -d 'Overwrite existing files (recovery codes, QR image)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa mk' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa verify
complete -c vss-cli -n '__fish_vss_cli_at account set mfa verify' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa get-token
complete -c vss-cli -n '__fish_vss_cli_at account set mfa get-token' -l pending -d 'Send the code for a pending enrolment or replacement instead of the active factor (an extension of vss-mock-server, which the VSS service may not offer)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa get-token' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa rm
complete -c vss-cli -n '__fish_vss_cli_at account set mfa rm' -l confirmation-token -d 'The token from the confirmation e-mail; finishes a disable requested earlier. `-` reads it from standard input (prefer that: arguments show up in `ps`)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at account set mfa rm' -s y -l yes -d 'Do not ask for confirmation'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa rm' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa recovery-codes
complete -c vss-cli -n '__fish_vss_cli_at account set mfa recovery-codes' -l recovery-codes-file -d 'Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or ./USER_recovery_codes.txt when the server names no issuer]' -r -F
complete -c vss-cli -n '__fish_vss_cli_at account set mfa recovery-codes' -l no-save-recovery-codes -d 'Do not save the recovery codes to a file'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa recovery-codes' -l force -d 'Overwrite an existing recovery codes file'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa recovery-codes' -s y -l yes -d 'Answer yes to every question (save the codes)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa recovery-codes' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa forget-secret
complete -c vss-cli -n '__fish_vss_cli_at account set mfa forget-secret' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli account set mfa help
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'mk' -d 'Enable MFA with Time-based One-Time Password'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'verify' -d 'Verify existing MFA setup (finishes a pending enrolment)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'get-token' -d 'Request a TOTP code by e-mail or SMS'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'rm' -d 'Disable existing MFA setup (confirmed with an e-mailed token)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'recovery-codes' -d 'Make a fresh set of recovery codes (the old set stops working)'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'forget-secret' -d 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
complete -c vss-cli -n '__fish_vss_cli_at account set mfa help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli account set mfa help mk

# vss-cli account set mfa help verify

# vss-cli account set mfa help get-token

# vss-cli account set mfa help rm

# vss-cli account set mfa help recovery-codes

# vss-cli account set mfa help forget-secret

# vss-cli account set mfa help help

# vss-cli account set help
complete -c vss-cli -n '__fish_vss_cli_at account set help' -a 'mfa' -d 'Set account MFA settings'
complete -c vss-cli -n '__fish_vss_cli_at account set help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli account set help mfa
complete -c vss-cli -n '__fish_vss_cli_at account set help mfa' -a 'mk' -d 'Enable MFA with Time-based One-Time Password'
complete -c vss-cli -n '__fish_vss_cli_at account set help mfa' -a 'verify' -d 'Verify existing MFA setup (finishes a pending enrolment)'
complete -c vss-cli -n '__fish_vss_cli_at account set help mfa' -a 'get-token' -d 'Request a TOTP code by e-mail or SMS'
complete -c vss-cli -n '__fish_vss_cli_at account set help mfa' -a 'rm' -d 'Disable existing MFA setup (confirmed with an e-mailed token)'
complete -c vss-cli -n '__fish_vss_cli_at account set help mfa' -a 'recovery-codes' -d 'Make a fresh set of recovery codes (the old set stops working)'
complete -c vss-cli -n '__fish_vss_cli_at account set help mfa' -a 'forget-secret' -d 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'

# vss-cli account set help mfa mk

# vss-cli account set help mfa verify

# vss-cli account set help mfa get-token

# vss-cli account set help mfa rm

# vss-cli account set help mfa recovery-codes

# vss-cli account set help mfa forget-secret

# vss-cli account set help help

# vss-cli account help
complete -c vss-cli -n '__fish_vss_cli_at account help' -a 'get' -d 'Show account settings'
complete -c vss-cli -n '__fish_vss_cli_at account help' -a 'set' -d 'Change account settings'
complete -c vss-cli -n '__fish_vss_cli_at account help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli account help get
complete -c vss-cli -n '__fish_vss_cli_at account help get' -a 'mfa' -d 'Show the account\'s MFA status'

# vss-cli account help get mfa

# vss-cli account help set
complete -c vss-cli -n '__fish_vss_cli_at account help set' -a 'mfa' -d 'Set account MFA settings'

# vss-cli account help set mfa
complete -c vss-cli -n '__fish_vss_cli_at account help set mfa' -a 'mk' -d 'Enable MFA with Time-based One-Time Password'
complete -c vss-cli -n '__fish_vss_cli_at account help set mfa' -a 'verify' -d 'Verify existing MFA setup (finishes a pending enrolment)'
complete -c vss-cli -n '__fish_vss_cli_at account help set mfa' -a 'get-token' -d 'Request a TOTP code by e-mail or SMS'
complete -c vss-cli -n '__fish_vss_cli_at account help set mfa' -a 'rm' -d 'Disable existing MFA setup (confirmed with an e-mailed token)'
complete -c vss-cli -n '__fish_vss_cli_at account help set mfa' -a 'recovery-codes' -d 'Make a fresh set of recovery codes (the old set stops working)'
complete -c vss-cli -n '__fish_vss_cli_at account help set mfa' -a 'forget-secret' -d 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'

# vss-cli account help set mfa mk

# vss-cli account help set mfa verify

# vss-cli account help set mfa get-token

# vss-cli account help set mfa rm

# vss-cli account help set mfa recovery-codes

# vss-cli account help set mfa forget-secret

# vss-cli account help help

# vss-cli configure
complete -c vss-cli -n '__fish_vss_cli_at configure' -a 'mk' -d 'Add or update an endpoint: log in once and keep the password and token in the keyring'
complete -c vss-cli -n '__fish_vss_cli_at configure' -a 'ls' -d 'List configured endpoints'
complete -c vss-cli -n '__fish_vss_cli_at configure' -a 'set' -d 'Change a general setting: the Python vss-cli\'s 15 (default_endpoint_name, output, timeout, vpn_server, table_format, columns_width, and those only it reads)'
complete -c vss-cli -n '__fish_vss_cli_at configure' -a 'rm' -d 'Remove an endpoint and its stored secrets'
complete -c vss-cli -n '__fish_vss_cli_at configure' -a 'edit' -d 'Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked before it replaces the file'
complete -c vss-cli -n '__fish_vss_cli_at configure' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at configure' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli configure mk
complete -c vss-cli -n '__fish_vss_cli_at configure mk' -l endpoint-name -d 'Name for the endpoint [default: from its host name]; `-e NAME` after `mk` is this, as in the Python vss-cli (before `configure`, -e is the endpoint\'s URL)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at configure mk' -s r -l replace -d 'Replace the endpoint of that name if it is configured already (without it, an existing name is refused)'
complete -c vss-cli -n '__fish_vss_cli_at configure mk' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli configure ls
complete -c vss-cli -n '__fish_vss_cli_at configure ls' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli configure set
complete -c vss-cli -n '__fish_vss_cli_at configure set' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli configure rm
complete -c vss-cli -n '__fish_vss_cli_at configure rm' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli configure edit
complete -c vss-cli -n '__fish_vss_cli_at configure edit' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli configure help
complete -c vss-cli -n '__fish_vss_cli_at configure help' -a 'mk' -d 'Add or update an endpoint: log in once and keep the password and token in the keyring'
complete -c vss-cli -n '__fish_vss_cli_at configure help' -a 'ls' -d 'List configured endpoints'
complete -c vss-cli -n '__fish_vss_cli_at configure help' -a 'set' -d 'Change a general setting: the Python vss-cli\'s 15 (default_endpoint_name, output, timeout, vpn_server, table_format, columns_width, and those only it reads)'
complete -c vss-cli -n '__fish_vss_cli_at configure help' -a 'rm' -d 'Remove an endpoint and its stored secrets'
complete -c vss-cli -n '__fish_vss_cli_at configure help' -a 'edit' -d 'Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked before it replaces the file'
complete -c vss-cli -n '__fish_vss_cli_at configure help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli configure help mk

# vss-cli configure help ls

# vss-cli configure help set

# vss-cli configure help rm

# vss-cli configure help edit

# vss-cli configure help help

# vss-cli status
complete -c vss-cli -n '__fish_vss_cli_at status' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token
complete -c vss-cli -n '__fish_vss_cli_at token' -a 'mk' -d 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)'
complete -c vss-cli -n '__fish_vss_cli_at token' -a 'show' -d 'Print the stored API token while it is valid, else log in and print a new one'
complete -c vss-cli -n '__fish_vss_cli_at token' -a 'ls' -d 'List the account\'s API tokens (the one this machine holds is marked)'
complete -c vss-cli -n '__fish_vss_cli_at token' -a 'get' -d 'Show one of the account\'s API tokens'
complete -c vss-cli -n '__fish_vss_cli_at token' -a 'rm' -d 'Delete API tokens of the account: they stop working at once'
complete -c vss-cli -n '__fish_vss_cli_at token' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at token' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token mk
complete -c vss-cli -n '__fish_vss_cli_at token mk' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token show
complete -c vss-cli -n '__fish_vss_cli_at token show' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token ls
complete -c vss-cli -n '__fish_vss_cli_at token ls' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token get
complete -c vss-cli -n '__fish_vss_cli_at token get' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token rm
complete -c vss-cli -n '__fish_vss_cli_at token rm' -l others -d 'Delete every token of the account but the one in use here'
complete -c vss-cli -n '__fish_vss_cli_at token rm' -s s -l summary -d 'Print each deletion\'s status (accepted as the Python tool takes it; `-s` here is this, elsewhere --sort-by)'
complete -c vss-cli -n '__fish_vss_cli_at token rm' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli token help
complete -c vss-cli -n '__fish_vss_cli_at token help' -a 'mk' -d 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)'
complete -c vss-cli -n '__fish_vss_cli_at token help' -a 'show' -d 'Print the stored API token while it is valid, else log in and print a new one'
complete -c vss-cli -n '__fish_vss_cli_at token help' -a 'ls' -d 'List the account\'s API tokens (the one this machine holds is marked)'
complete -c vss-cli -n '__fish_vss_cli_at token help' -a 'get' -d 'Show one of the account\'s API tokens'
complete -c vss-cli -n '__fish_vss_cli_at token help' -a 'rm' -d 'Delete API tokens of the account: they stop working at once'
complete -c vss-cli -n '__fish_vss_cli_at token help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli token help mk

# vss-cli token help show

# vss-cli token help ls

# vss-cli token help get

# vss-cli token help rm

# vss-cli token help help

# vss-cli logout
complete -c vss-cli -n '__fish_vss_cli_at logout' -l all -d 'Also forget the stored password and TOTP secret of the account at this endpoint'
complete -c vss-cli -n '__fish_vss_cli_at logout' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli exec
complete -c vss-cli -n '__fish_vss_cli_at exec' -l min-valid -d 'Log in again first when the token has less than this left (e.g. 90s, 10m, 1h; a bare number is seconds) [default: 1m]' -r -f
complete -c vss-cli -n '__fish_vss_cli_at exec' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin
complete -c vss-cli -n '__fish_vss_cli_at admin' -a 'settings' -d 'Settings for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin' -a 'domain' -d 'Domains and their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin' -a 'user' -d 'Accounts: MFA state, requirements, reset, security alert'
complete -c vss-cli -n '__fish_vss_cli_at admin' -a 'audit' -d 'The record of administrative changes'
complete -c vss-cli -n '__fish_vss_cli_at admin' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin settings
complete -c vss-cli -n '__fish_vss_cli_at admin settings' -a 'totp' -d 'MFA for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin settings' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin settings' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin settings totp
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp' -a 'show' -d 'Show whether MFA is mandatory for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp' -a 'set' -d 'Make MFA mandatory for all domains, or optional again (admin role)'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin settings totp show
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp show' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin settings totp set
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp set' -l mandatory -d 'Every account in every domain (but unavailable ones) must enrol'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp set' -l optional -d 'Domains and accounts decide'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp set' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin settings totp help
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp help' -a 'show' -d 'Show whether MFA is mandatory for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp help' -a 'set' -d 'Make MFA mandatory for all domains, or optional again (admin role)'
complete -c vss-cli -n '__fish_vss_cli_at admin settings totp help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin settings totp help show

# vss-cli admin settings totp help set

# vss-cli admin settings totp help help

# vss-cli admin settings help
complete -c vss-cli -n '__fish_vss_cli_at admin settings help' -a 'totp' -d 'MFA for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin settings help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin settings help totp
complete -c vss-cli -n '__fish_vss_cli_at admin settings help totp' -a 'show' -d 'Show whether MFA is mandatory for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin settings help totp' -a 'set' -d 'Make MFA mandatory for all domains, or optional again (admin role)'

# vss-cli admin settings help totp show

# vss-cli admin settings help totp set

# vss-cli admin settings help help

# vss-cli admin domain
complete -c vss-cli -n '__fish_vss_cli_at admin domain' -a 'ls' -d 'List domains with their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin domain' -a 'set' -d 'Set a domain\'s MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin domain' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin domain' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin domain ls
complete -c vss-cli -n '__fish_vss_cli_at admin domain ls' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin domain set
complete -c vss-cli -n '__fish_vss_cli_at admin domain set' -l totp-mandatory -d 'Every account of the domain must enrol'
complete -c vss-cli -n '__fish_vss_cli_at admin domain set' -l totp-optional -d 'Accounts may enrol (the default)'
complete -c vss-cli -n '__fish_vss_cli_at admin domain set' -l totp-unavailable -d 'MFA is not available in the domain'
complete -c vss-cli -n '__fish_vss_cli_at admin domain set' -l grace-period -d 'With --totp-mandatory: how long logins without MFA still work, with a warning (hours, or with a unit: 48h, 2d)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin domain set' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin domain help
complete -c vss-cli -n '__fish_vss_cli_at admin domain help' -a 'ls' -d 'List domains with their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin domain help' -a 'set' -d 'Set a domain\'s MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin domain help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin domain help ls

# vss-cli admin domain help set

# vss-cli admin domain help help

# vss-cli admin user
complete -c vss-cli -n '__fish_vss_cli_at admin user' -a 'ls' -d 'List accounts with their MFA state'
complete -c vss-cli -n '__fish_vss_cli_at admin user' -a 'set' -d 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
complete -c vss-cli -n '__fish_vss_cli_at admin user' -a 'totp' -d 'An account\'s MFA'
complete -c vss-cli -n '__fish_vss_cli_at admin user' -a 'alert' -d 'E-mail an account a summary of its security settings and what to do'
complete -c vss-cli -n '__fish_vss_cli_at admin user' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin user' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin user ls
complete -c vss-cli -n '__fish_vss_cli_at admin user ls' -l domain -d 'Only this domain' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user ls' -l mfa -d 'Only accounts in these MFA states, comma-separated or repeated (`off` finds every account without working MFA: disabled or pending)' -r -f -a 'enabled pending disabled off'
complete -c vss-cli -n '__fish_vss_cli_at admin user ls' -l page -d 'Page number, from 1' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user ls' -l per-page -d 'Entries per page (at most 500)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user ls' -l all -d 'Every page, one after the other'
complete -c vss-cli -n '__fish_vss_cli_at admin user ls' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin user set
complete -c vss-cli -n '__fish_vss_cli_at admin user set' -l domain -d 'The account\'s domain (checked)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user set' -l require-mfa -d 'Require MFA of the account' -r -f -a 'yes no'
complete -c vss-cli -n '__fish_vss_cli_at admin user set' -l can-toggle-mfa -d 'Let the account turn MFA on and off itself' -r -f -a 'yes no'
complete -c vss-cli -n '__fish_vss_cli_at admin user set' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin user totp
complete -c vss-cli -n '__fish_vss_cli_at admin user totp' -a 'disable' -d 'Reset an account\'s MFA: remove its factor and recovery codes and log it out everywhere'
complete -c vss-cli -n '__fish_vss_cli_at admin user totp' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin user totp' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin user totp disable
complete -c vss-cli -n '__fish_vss_cli_at admin user totp disable' -l user -d 'The account' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user totp disable' -l domain -d 'The account\'s domain (checked)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user totp disable' -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c vss-cli -n '__fish_vss_cli_at admin user totp disable' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin user totp help
complete -c vss-cli -n '__fish_vss_cli_at admin user totp help' -a 'disable' -d 'Reset an account\'s MFA: remove its factor and recovery codes and log it out everywhere'
complete -c vss-cli -n '__fish_vss_cli_at admin user totp help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin user totp help disable

# vss-cli admin user totp help help

# vss-cli admin user alert
complete -c vss-cli -n '__fish_vss_cli_at admin user alert' -l domain -d 'The account\'s domain (checked)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin user alert' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin user help
complete -c vss-cli -n '__fish_vss_cli_at admin user help' -a 'ls' -d 'List accounts with their MFA state'
complete -c vss-cli -n '__fish_vss_cli_at admin user help' -a 'set' -d 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
complete -c vss-cli -n '__fish_vss_cli_at admin user help' -a 'totp' -d 'An account\'s MFA'
complete -c vss-cli -n '__fish_vss_cli_at admin user help' -a 'alert' -d 'E-mail an account a summary of its security settings and what to do'
complete -c vss-cli -n '__fish_vss_cli_at admin user help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin user help ls

# vss-cli admin user help set

# vss-cli admin user help totp
complete -c vss-cli -n '__fish_vss_cli_at admin user help totp' -a 'disable' -d 'Reset an account\'s MFA: remove its factor and recovery codes and log it out everywhere'

# vss-cli admin user help totp disable

# vss-cli admin user help alert

# vss-cli admin user help help

# vss-cli admin audit
complete -c vss-cli -n '__fish_vss_cli_at admin audit' -a 'ls' -d 'Administrative changes, newest first'
complete -c vss-cli -n '__fish_vss_cli_at admin audit' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at admin audit' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin audit ls
complete -c vss-cli -n '__fish_vss_cli_at admin audit ls' -l page -d 'Page number, from 1' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin audit ls' -l per-page -d 'Entries per page (at most 500)' -r -f
complete -c vss-cli -n '__fish_vss_cli_at admin audit ls' -l all -d 'Every page, one after the other'
complete -c vss-cli -n '__fish_vss_cli_at admin audit ls' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli admin audit help
complete -c vss-cli -n '__fish_vss_cli_at admin audit help' -a 'ls' -d 'Administrative changes, newest first'
complete -c vss-cli -n '__fish_vss_cli_at admin audit help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin audit help ls

# vss-cli admin audit help help

# vss-cli admin help
complete -c vss-cli -n '__fish_vss_cli_at admin help' -a 'settings' -d 'Settings for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin help' -a 'domain' -d 'Domains and their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin help' -a 'user' -d 'Accounts: MFA state, requirements, reset, security alert'
complete -c vss-cli -n '__fish_vss_cli_at admin help' -a 'audit' -d 'The record of administrative changes'
complete -c vss-cli -n '__fish_vss_cli_at admin help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli admin help settings
complete -c vss-cli -n '__fish_vss_cli_at admin help settings' -a 'totp' -d 'MFA for all domains'

# vss-cli admin help settings totp
complete -c vss-cli -n '__fish_vss_cli_at admin help settings totp' -a 'show' -d 'Show whether MFA is mandatory for all domains'
complete -c vss-cli -n '__fish_vss_cli_at admin help settings totp' -a 'set' -d 'Make MFA mandatory for all domains, or optional again (admin role)'

# vss-cli admin help settings totp show

# vss-cli admin help settings totp set

# vss-cli admin help domain
complete -c vss-cli -n '__fish_vss_cli_at admin help domain' -a 'ls' -d 'List domains with their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at admin help domain' -a 'set' -d 'Set a domain\'s MFA policy'

# vss-cli admin help domain ls

# vss-cli admin help domain set

# vss-cli admin help user
complete -c vss-cli -n '__fish_vss_cli_at admin help user' -a 'ls' -d 'List accounts with their MFA state'
complete -c vss-cli -n '__fish_vss_cli_at admin help user' -a 'set' -d 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
complete -c vss-cli -n '__fish_vss_cli_at admin help user' -a 'totp' -d 'An account\'s MFA'
complete -c vss-cli -n '__fish_vss_cli_at admin help user' -a 'alert' -d 'E-mail an account a summary of its security settings and what to do'

# vss-cli admin help user ls

# vss-cli admin help user set

# vss-cli admin help user totp
complete -c vss-cli -n '__fish_vss_cli_at admin help user totp' -a 'disable' -d 'Reset an account\'s MFA: remove its factor and recovery codes and log it out everywhere'

# vss-cli admin help user totp disable

# vss-cli admin help user alert

# vss-cli admin help audit
complete -c vss-cli -n '__fish_vss_cli_at admin help audit' -a 'ls' -d 'Administrative changes, newest first'

# vss-cli admin help audit ls

# vss-cli admin help help

# vss-cli vpn
complete -c vss-cli -n '__fish_vss_cli_at vpn' -a 'gw' -d 'The VPN\'s MFA gateway: open it with a code, close it, its status and log'
complete -c vss-cli -n '__fish_vss_cli_at vpn' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at vpn' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli vpn gw
complete -c vss-cli -n '__fish_vss_cli_at vpn gw' -a 'on' -d 'Open the VPN\'s MFA gateway with a one-time code, then connect to the VPN'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw' -a 'off' -d 'Close the VPN\'s MFA gateway'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw' -a 'log' -d 'The VPN gateway\'s log of your account since a time'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw' -a 'status' -d 'Whether the gateway\'s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli vpn gw on
complete -c vss-cli -n '__fish_vss_cli_at vpn gw on' -l otp -d 'The one-time code (spaces and dashes as apps and mails show it are fine); `-` reads it from standard input [default: as for a login: --totp, VSS_USER_OTP, --totp auto, --totp-command, else a prompt]' -r -f
complete -c vss-cli -n '__fish_vss_cli_at vpn gw on' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli vpn gw off
complete -c vss-cli -n '__fish_vss_cli_at vpn gw off' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli vpn gw log
complete -c vss-cli -n '__fish_vss_cli_at vpn gw log' -l since -d 'From when: local time as `YYYY-mm-dd HH:MM` (the Python tool\'s form) or `YYYY-mm-dd HH:MM:SS`, a time with its zone (RFC 3339), or how long ago (90m, 2h, 1d) [default: 1h]' -r -f
complete -c vss-cli -n '__fish_vss_cli_at vpn gw log' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli vpn gw status
complete -c vss-cli -n '__fish_vss_cli_at vpn gw status' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli vpn gw help
complete -c vss-cli -n '__fish_vss_cli_at vpn gw help' -a 'on' -d 'Open the VPN\'s MFA gateway with a one-time code, then connect to the VPN'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw help' -a 'off' -d 'Close the VPN\'s MFA gateway'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw help' -a 'log' -d 'The VPN gateway\'s log of your account since a time'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw help' -a 'status' -d 'Whether the gateway\'s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'
complete -c vss-cli -n '__fish_vss_cli_at vpn gw help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli vpn gw help on

# vss-cli vpn gw help off

# vss-cli vpn gw help log

# vss-cli vpn gw help status

# vss-cli vpn gw help help

# vss-cli vpn help
complete -c vss-cli -n '__fish_vss_cli_at vpn help' -a 'gw' -d 'The VPN\'s MFA gateway: open it with a code, close it, its status and log'
complete -c vss-cli -n '__fish_vss_cli_at vpn help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli vpn help gw
complete -c vss-cli -n '__fish_vss_cli_at vpn help gw' -a 'on' -d 'Open the VPN\'s MFA gateway with a one-time code, then connect to the VPN'
complete -c vss-cli -n '__fish_vss_cli_at vpn help gw' -a 'off' -d 'Close the VPN\'s MFA gateway'
complete -c vss-cli -n '__fish_vss_cli_at vpn help gw' -a 'log' -d 'The VPN gateway\'s log of your account since a time'
complete -c vss-cli -n '__fish_vss_cli_at vpn help gw' -a 'status' -d 'Whether the gateway\'s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'

# vss-cli vpn help gw on

# vss-cli vpn help gw off

# vss-cli vpn help gw log

# vss-cli vpn help gw status

# vss-cli vpn help help

# vss-cli completion
complete -c vss-cli -n '__fish_vss_cli_at completion' -a 'bash' -d ''
complete -c vss-cli -n '__fish_vss_cli_at completion' -a 'elvish' -d ''
complete -c vss-cli -n '__fish_vss_cli_at completion' -a 'fish' -d ''
complete -c vss-cli -n '__fish_vss_cli_at completion' -a 'powershell' -d ''
complete -c vss-cli -n '__fish_vss_cli_at completion' -a 'zsh' -d ''
complete -c vss-cli -n '__fish_vss_cli_at completion' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-cli help
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'account' -d 'Manage your account'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'configure' -d 'Configure endpoints and credentials'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'status' -d 'Who you are at the endpoint, and whether a token or the credentials work'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'token' -d 'API tokens for scripts'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'logout' -d 'Forget the stored API token and revoke it on the server'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'exec' -d 'Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'admin' -d 'Administer MFA policy and accounts (admin and domain-admin roles)'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'vpn' -d 'The VSS VPN: open its MFA gateway with a one-time code before you connect'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'completion' -d 'Print a shell completion script'
complete -c vss-cli -n '__fish_vss_cli_at help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-cli help account
complete -c vss-cli -n '__fish_vss_cli_at help account' -a 'get' -d 'Show account settings'
complete -c vss-cli -n '__fish_vss_cli_at help account' -a 'set' -d 'Change account settings'

# vss-cli help account get
complete -c vss-cli -n '__fish_vss_cli_at help account get' -a 'mfa' -d 'Show the account\'s MFA status'

# vss-cli help account get mfa

# vss-cli help account set
complete -c vss-cli -n '__fish_vss_cli_at help account set' -a 'mfa' -d 'Set account MFA settings'

# vss-cli help account set mfa
complete -c vss-cli -n '__fish_vss_cli_at help account set mfa' -a 'mk' -d 'Enable MFA with Time-based One-Time Password'
complete -c vss-cli -n '__fish_vss_cli_at help account set mfa' -a 'verify' -d 'Verify existing MFA setup (finishes a pending enrolment)'
complete -c vss-cli -n '__fish_vss_cli_at help account set mfa' -a 'get-token' -d 'Request a TOTP code by e-mail or SMS'
complete -c vss-cli -n '__fish_vss_cli_at help account set mfa' -a 'rm' -d 'Disable existing MFA setup (confirmed with an e-mailed token)'
complete -c vss-cli -n '__fish_vss_cli_at help account set mfa' -a 'recovery-codes' -d 'Make a fresh set of recovery codes (the old set stops working)'
complete -c vss-cli -n '__fish_vss_cli_at help account set mfa' -a 'forget-secret' -d 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'

# vss-cli help account set mfa mk

# vss-cli help account set mfa verify

# vss-cli help account set mfa get-token

# vss-cli help account set mfa rm

# vss-cli help account set mfa recovery-codes

# vss-cli help account set mfa forget-secret

# vss-cli help configure
complete -c vss-cli -n '__fish_vss_cli_at help configure' -a 'mk' -d 'Add or update an endpoint: log in once and keep the password and token in the keyring'
complete -c vss-cli -n '__fish_vss_cli_at help configure' -a 'ls' -d 'List configured endpoints'
complete -c vss-cli -n '__fish_vss_cli_at help configure' -a 'set' -d 'Change a general setting: the Python vss-cli\'s 15 (default_endpoint_name, output, timeout, vpn_server, table_format, columns_width, and those only it reads)'
complete -c vss-cli -n '__fish_vss_cli_at help configure' -a 'rm' -d 'Remove an endpoint and its stored secrets'
complete -c vss-cli -n '__fish_vss_cli_at help configure' -a 'edit' -d 'Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked before it replaces the file'

# vss-cli help configure mk

# vss-cli help configure ls

# vss-cli help configure set

# vss-cli help configure rm

# vss-cli help configure edit

# vss-cli help status

# vss-cli help token
complete -c vss-cli -n '__fish_vss_cli_at help token' -a 'mk' -d 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)'
complete -c vss-cli -n '__fish_vss_cli_at help token' -a 'show' -d 'Print the stored API token while it is valid, else log in and print a new one'
complete -c vss-cli -n '__fish_vss_cli_at help token' -a 'ls' -d 'List the account\'s API tokens (the one this machine holds is marked)'
complete -c vss-cli -n '__fish_vss_cli_at help token' -a 'get' -d 'Show one of the account\'s API tokens'
complete -c vss-cli -n '__fish_vss_cli_at help token' -a 'rm' -d 'Delete API tokens of the account: they stop working at once'

# vss-cli help token mk

# vss-cli help token show

# vss-cli help token ls

# vss-cli help token get

# vss-cli help token rm

# vss-cli help logout

# vss-cli help exec

# vss-cli help admin
complete -c vss-cli -n '__fish_vss_cli_at help admin' -a 'settings' -d 'Settings for all domains'
complete -c vss-cli -n '__fish_vss_cli_at help admin' -a 'domain' -d 'Domains and their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at help admin' -a 'user' -d 'Accounts: MFA state, requirements, reset, security alert'
complete -c vss-cli -n '__fish_vss_cli_at help admin' -a 'audit' -d 'The record of administrative changes'

# vss-cli help admin settings
complete -c vss-cli -n '__fish_vss_cli_at help admin settings' -a 'totp' -d 'MFA for all domains'

# vss-cli help admin settings totp
complete -c vss-cli -n '__fish_vss_cli_at help admin settings totp' -a 'show' -d 'Show whether MFA is mandatory for all domains'
complete -c vss-cli -n '__fish_vss_cli_at help admin settings totp' -a 'set' -d 'Make MFA mandatory for all domains, or optional again (admin role)'

# vss-cli help admin settings totp show

# vss-cli help admin settings totp set

# vss-cli help admin domain
complete -c vss-cli -n '__fish_vss_cli_at help admin domain' -a 'ls' -d 'List domains with their MFA policy'
complete -c vss-cli -n '__fish_vss_cli_at help admin domain' -a 'set' -d 'Set a domain\'s MFA policy'

# vss-cli help admin domain ls

# vss-cli help admin domain set

# vss-cli help admin user
complete -c vss-cli -n '__fish_vss_cli_at help admin user' -a 'ls' -d 'List accounts with their MFA state'
complete -c vss-cli -n '__fish_vss_cli_at help admin user' -a 'set' -d 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
complete -c vss-cli -n '__fish_vss_cli_at help admin user' -a 'totp' -d 'An account\'s MFA'
complete -c vss-cli -n '__fish_vss_cli_at help admin user' -a 'alert' -d 'E-mail an account a summary of its security settings and what to do'

# vss-cli help admin user ls

# vss-cli help admin user set

# vss-cli help admin user totp
complete -c vss-cli -n '__fish_vss_cli_at help admin user totp' -a 'disable' -d 'Reset an account\'s MFA: remove its factor and recovery codes and log it out everywhere'

# vss-cli help admin user totp disable

# vss-cli help admin user alert

# vss-cli help admin audit
complete -c vss-cli -n '__fish_vss_cli_at help admin audit' -a 'ls' -d 'Administrative changes, newest first'

# vss-cli help admin audit ls

# vss-cli help vpn
complete -c vss-cli -n '__fish_vss_cli_at help vpn' -a 'gw' -d 'The VPN\'s MFA gateway: open it with a code, close it, its status and log'

# vss-cli help vpn gw
complete -c vss-cli -n '__fish_vss_cli_at help vpn gw' -a 'on' -d 'Open the VPN\'s MFA gateway with a one-time code, then connect to the VPN'
complete -c vss-cli -n '__fish_vss_cli_at help vpn gw' -a 'off' -d 'Close the VPN\'s MFA gateway'
complete -c vss-cli -n '__fish_vss_cli_at help vpn gw' -a 'log' -d 'The VPN gateway\'s log of your account since a time'
complete -c vss-cli -n '__fish_vss_cli_at help vpn gw' -a 'status' -d 'Whether the gateway\'s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'

# vss-cli help vpn gw on

# vss-cli help vpn gw off

# vss-cli help vpn gw log

# vss-cli help vpn gw status

# vss-cli help completion

# vss-cli help help
