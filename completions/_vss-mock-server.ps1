
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'vss-mock-server' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'vss-mock-server'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'vss-mock-server' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--vpn-listen', '--vpn-listen', [CompletionResultType]::ParameterName, 'Also serve the VPN gateway''s calls (/otp/...) alone on ADDR, as the gateway''s own host (`vss-cli --vpn-server`); --listen serves them too')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Folder that receives e-mail (`mail/*.eml`) and SMS (`sms.jsonl`) [default: DATA/outbox]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer shown in authenticator apps')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest a call may take, in seconds (reading its body included); slower calls get 503')
            [CompletionResult]::new('--replies', '--replies', [CompletionResultType]::ParameterName, 'Whole replies, or only the fields the Python client reads (to check that a client needs no more); errors and administrator calls are the same either way')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Longest wait for a request''s headers and body, in seconds, from the connection''s start (TLS handshake included) or the end of the previous reply; then 408, or close when idle')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Most connections served at once (fewer if the open-file limit is lower); a new one then closes the connection idle longest, or waits while all are in a call')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (with --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--tls-self-signed', '--tls-self-signed', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate authority made at start (for localhost, 127.0.0.1, ::1 and the listen address); its certificate is written to PATH for clients to trust (`vss-cli --ca-bundle PATH`), replacing that file')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Create the account `demo` (password `demo-password`) if it does not exist')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more (also: RUST_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more (also: RUST_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage accounts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-mock-server;user' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account; the password is read from stdin')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-mock-server;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address; codes and confirmation tokens go there')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number, like 416-555-0100 or +14165550100 (stored in E.164)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain of the account (the same rules as the username, `:` allowed)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the account')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`')
            [CompletionResult]::new('--require-mfa', '--require-mfa', [CompletionResultType]::ParameterName, 'Require MFA on the account: it must enrol before it can log in')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-mock-server;user;ls' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data folder [default: $XDG_DATA_HOME/vss-mock-server or ~/.local/share/vss-mock-server]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database [default: DATA/vss.db]; its key file is `<PATH>.key`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'vss-mock-server;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account; the password is read from stdin')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-mock-server;user;help;add' {
            break
        }
        'vss-mock-server;user;help;ls' {
            break
        }
        'vss-mock-server;user;help;help' {
            break
        }
        'vss-mock-server;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage accounts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-mock-server;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account; the password is read from stdin')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts')
            break
        }
        'vss-mock-server;help;user;add' {
            break
        }
        'vss-mock-server;help;user;ls' {
            break
        }
        'vss-mock-server;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
