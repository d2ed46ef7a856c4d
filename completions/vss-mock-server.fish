# fish completion for vss-mock-server; `vss-mock-server completion fish` prints it.
# Each completion holds for one command path (`account set mfa`), which
# __fish_vss_mock_server_path works out from the words typed, at any depth.

set -g __fish_vss_mock_server_commands \
    'user' \
    'user add' \
    'user ls' \
    'user help' \
    'user help add' \
    'user help ls' \
    'user help help' \
    'help' \
    'help user' \
    'help user add' \
    'help user ls' \
    'help help' \

# Prints the command path typed so far, e.g. "account set mfa".
function __fish_vss_mock_server_path
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
            case '--data-dir' '--db' '--domain' '--email' '--header-timeout' '--issuer' '--listen' '--max-connections' '--outbox' '--phone' '--replies' '--request-timeout' '--role' '--tls-cert' '--tls-key' '--tls-self-signed' '--vpn-listen'
                set skip 1
            case '-*'
            case '*'
                if contains -- (string join ' ' $path $w) $__fish_vss_mock_server_commands
                    set -a path $w
                end
        end
    end
    string join ' ' $path
end

# True when the command path typed so far is exactly the arguments.
function __fish_vss_mock_server_at
    test "$(__fish_vss_mock_server_path)" = "$argv"
end

complete -c vss-mock-server -f

# vss-mock-server 
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -a 'user' -d 'Manage accounts'
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-mock-server -l data-dir -d 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]' -r -F
complete -c vss-mock-server -l db -d 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`' -r -F
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l listen -d 'Address to listen on (port 0 picks a free port)' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l vpn-listen -d 'Also serve the VPN gateway\'s calls (/otp/...) alone on ADDR, as the gateway\'s own host (`vss-cli --vpn-server`); --listen serves them too' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l outbox -d 'Folder that receives e-mail (`mail/*.eml`) and SMS (`sms.jsonl`) [default: DATA/outbox]' -r -F
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l issuer -d 'Issuer shown in authenticator apps' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l request-timeout -d 'Longest a call may take, in seconds (reading its body included); slower calls get 503' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l replies -d 'Whole replies, or only the fields the Python client reads (to check that a client needs no more); errors and administrator calls are the same either way' -r -f -a 'full minimal'
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l header-timeout -d 'Longest wait for a request\'s headers and body, in seconds, from the connection\'s start (TLS handshake included) or the end of the previous reply; then 408, or close when idle' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l max-connections -d 'Most connections served at once (fewer if the open-file limit is lower); a new one then closes the connection idle longest, or waits while all are in a call' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (with --tls-key)' -r -F
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l tls-self-signed -d 'Serve HTTPS with a certificate authority made at start (for localhost, 127.0.0.1, ::1 and the listen address); its certificate is written to PATH for clients to trust (`vss-cli --ca-bundle PATH`), replacing that file' -r -F
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -l demo -d 'Create the account `demo` (password `demo-password`) if it does not exist'
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -s v -l verbose -d 'Log more (also: RUST_LOG)'
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vss-mock-server -n '__fish_vss_mock_server_at' -s V -l version -d 'Print version'

# vss-mock-server user
complete -c vss-mock-server -n '__fish_vss_mock_server_at user' -a 'add' -d 'Add an account; the password is read from stdin'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user' -a 'ls' -d 'List accounts'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user' -a 'help' -d 'Print this message or the help of the given subcommand(s)'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user' -s h -l help -d 'Print help'

# vss-mock-server user add
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -l email -d 'E-mail address; codes and confirmation tokens go there' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -l phone -d 'Phone number, like 416-555-0100 or +14165550100 (stored in E.164)' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -l domain -d 'Domain of the account (the same rules as the username, `:` allowed)' -r -f
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -l role -d 'Role of the account' -r -f -a 'user domain-admin admin'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -l require-mfa -d 'Require MFA on the account: it must enrol before it can log in'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -l password-stdin -d 'Read the password from the first line of stdin'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user add' -s h -l help -d 'Print help (see more with \'--help\')'

# vss-mock-server user ls
complete -c vss-mock-server -n '__fish_vss_mock_server_at user ls' -s h -l help -d 'Print help'

# vss-mock-server user help
complete -c vss-mock-server -n '__fish_vss_mock_server_at user help' -a 'add' -d 'Add an account; the password is read from stdin'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user help' -a 'ls' -d 'List accounts'
complete -c vss-mock-server -n '__fish_vss_mock_server_at user help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-mock-server user help add

# vss-mock-server user help ls

# vss-mock-server user help help

# vss-mock-server help
complete -c vss-mock-server -n '__fish_vss_mock_server_at help' -a 'user' -d 'Manage accounts'
complete -c vss-mock-server -n '__fish_vss_mock_server_at help' -a 'help' -d 'Print this message or the help of the given subcommand(s)'

# vss-mock-server help user
complete -c vss-mock-server -n '__fish_vss_mock_server_at help user' -a 'add' -d 'Add an account; the password is read from stdin'
complete -c vss-mock-server -n '__fish_vss_mock_server_at help user' -a 'ls' -d 'List accounts'

# vss-mock-server help user add

# vss-mock-server help user ls

# vss-mock-server help help
