
use builtin;
use str;

set edit:completion:arg-completer[vss-mock-server] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'vss-mock-server'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'vss-mock-server'= {
            cand --data-dir 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]'
            cand --db 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`'
            cand --listen 'Address to listen on (port 0 picks a free port)'
            cand --vpn-listen 'Also serve the VPN gateway''s calls (/otp/...) alone on ADDR, as the gateway''s own host (`vss-cli --vpn-server`); --listen serves them too'
            cand --outbox 'Folder that receives e-mail (`mail/*.eml`) and SMS (`sms.jsonl`) [default: DATA/outbox]'
            cand --issuer 'Issuer shown in authenticator apps'
            cand --request-timeout 'Longest a call may take, in seconds (reading its body included); slower calls get 503'
            cand --replies 'Whole replies, or only the fields the Python client reads (to check that a client needs no more); errors and administrator calls are the same either way'
            cand --header-timeout 'Longest wait for a request''s headers and body, in seconds, from the connection''s start (TLS handshake included) or the end of the previous reply; then 408, or close when idle'
            cand --max-connections 'Most connections served at once (fewer if the open-file limit is lower); a new one then closes the connection idle longest, or waits while all are in a call'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (with --tls-key)'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --tls-self-signed 'Serve HTTPS with a certificate authority made at start (for localhost, 127.0.0.1, ::1 and the listen address); its certificate is written to PATH for clients to trust (`vss-cli --ca-bundle PATH`), replacing that file'
            cand --demo 'Create the account `demo` (password `demo-password`) if it does not exist'
            cand -v 'Log more (also: RUST_LOG)'
            cand --verbose 'Log more (also: RUST_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Manage accounts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-mock-server;user'= {
            cand --data-dir 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]'
            cand --db 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an account; the password is read from stdin'
            cand ls 'List accounts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-mock-server;user;add'= {
            cand --email 'E-mail address; codes and confirmation tokens go there'
            cand --phone 'Phone number, like 416-555-0100 or +14165550100 (stored in E.164)'
            cand --domain 'Domain of the account (the same rules as the username, `:` allowed)'
            cand --role 'Role of the account'
            cand --data-dir 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]'
            cand --db 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`'
            cand --require-mfa 'Require MFA on the account: it must enrol before it can log in'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-mock-server;user;ls'= {
            cand --data-dir 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]'
            cand --db 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'vss-mock-server;user;help'= {
            cand add 'Add an account; the password is read from stdin'
            cand ls 'List accounts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-mock-server;user;help;add'= {
        }
        &'vss-mock-server;user;help;ls'= {
        }
        &'vss-mock-server;user;help;help'= {
        }
        &'vss-mock-server;help'= {
            cand user 'Manage accounts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-mock-server;help;user'= {
            cand add 'Add an account; the password is read from stdin'
            cand ls 'List accounts'
        }
        &'vss-mock-server;help;user;add'= {
        }
        &'vss-mock-server;help;user;ls'= {
        }
        &'vss-mock-server;help;help'= {
        }
    ]
    $completions[$command]
}
