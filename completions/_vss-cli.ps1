
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'vss-cli' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'vss-cli'
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
        'vss-cli' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage your account')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Configure endpoints and credentials')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who you are at the endpoint, and whether a token or the credentials work')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you are at the endpoint, and whether a token or the credentials work')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored API token and revoke it on the server')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Administer MFA policy and accounts (admin and domain-admin roles)')
            [CompletionResult]::new('vpn', 'vpn', [CompletionResultType]::ParameterValue, 'The VSS VPN: open its MFA gateway with a one-time code before you connect')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--no-load', '--no-load', [CompletionResultType]::ParameterName, 'Do not load account data before running the command (accepted for compatibility)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show account settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change account settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;get' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Show the account''s MFA status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;get;mfa' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;get;help' {
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Show the account''s MFA status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;get;help;mfa' {
            break
        }
        'vss-cli;account;get;help;help' {
            break
        }
        'vss-cli;account;set' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Set account MFA settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;set;mfa' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Enable MFA with Time-based One-Time Password')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify existing MFA setup (finishes a pending enrolment)')
            [CompletionResult]::new('get-token', 'get-token', [CompletionResultType]::ParameterValue, 'Request a TOTP code by e-mail or SMS')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Disable existing MFA setup (confirmed with an e-mailed token)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make a fresh set of recovery codes (the old set stops working)')
            [CompletionResult]::new('forget-secret', 'forget-secret', [CompletionResultType]::ParameterValue, 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;set;mfa;mk' {
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number to receive SMS, like 416-555-0100, (416) 555-0100, 4165550100 or, with the country code, +14165550100; required for SMS')
            [CompletionResult]::new('--qr-png', '--qr-png', [CompletionResultType]::ParameterName, 'Also write the QR code as a PNG image (mode 0600), for desktop authenticators')
            [CompletionResult]::new('--secret-to', '--secret-to', [CompletionResultType]::ParameterName, 'Hand the new key straight to a key or vault: CMD (run without a shell) reads the otpauth:// URI on its standard input, as `pass otp insert NAME` does; the key is then never shown, drawn or saved here, and the first code comes from --totp-command, else the prompt (AUTHENTICATOR)')
            [CompletionResult]::new('--recovery-codes-file', '--recovery-codes-file', [CompletionResultType]::ParameterName, 'Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or ./USER_recovery_codes.txt when the server names no issuer]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Show the QR code without asking (AUTHENTICATOR)')
            [CompletionResult]::new('--no-qr', '--no-qr', [CompletionResultType]::ParameterName, 'Do not show the QR code')
            [CompletionResult]::new('--show-key', '--show-key', [CompletionResultType]::ParameterName, 'Show the secret key to type in by hand, without asking (AUTHENTICATOR)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Move an enabled account to a new method or phone, after proving the current factor; the old factor keeps working until the new one is verified (an extension of vss-mock-server, which the VSS service may not offer)')
            [CompletionResult]::new('--remember-secret', '--remember-secret', [CompletionResultType]::ParameterName, 'Also keep the TOTP secret in the keyring so `--totp auto` can make codes here (AUTHENTICATOR; this machine then holds both factors)')
            [CompletionResult]::new('--no-save-recovery-codes', '--no-save-recovery-codes', [CompletionResultType]::ParameterName, 'Do not save the recovery codes to a file')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question (show the QR, save the codes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question (show the QR, save the codes)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing files (recovery codes, QR image)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;set;mfa;verify' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;set;mfa;get-token' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Send the code for a pending enrolment or replacement instead of the active factor (an extension of vss-mock-server, which the VSS service may not offer)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;set;mfa;rm' {
            [CompletionResult]::new('--confirmation-token', '--confirmation-token', [CompletionResultType]::ParameterName, 'The token from the confirmation e-mail; finishes a disable requested earlier. `-` reads it from standard input (prefer that: arguments show up in `ps`)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;set;mfa;recovery-codes' {
            [CompletionResult]::new('--recovery-codes-file', '--recovery-codes-file', [CompletionResultType]::ParameterName, 'Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or ./USER_recovery_codes.txt when the server names no issuer]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--no-save-recovery-codes', '--no-save-recovery-codes', [CompletionResultType]::ParameterName, 'Do not save the recovery codes to a file')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing recovery codes file')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question (save the codes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question (save the codes)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;set;mfa;forget-secret' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;account;set;mfa;help' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Enable MFA with Time-based One-Time Password')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify existing MFA setup (finishes a pending enrolment)')
            [CompletionResult]::new('get-token', 'get-token', [CompletionResultType]::ParameterValue, 'Request a TOTP code by e-mail or SMS')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Disable existing MFA setup (confirmed with an e-mailed token)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make a fresh set of recovery codes (the old set stops working)')
            [CompletionResult]::new('forget-secret', 'forget-secret', [CompletionResultType]::ParameterValue, 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;set;mfa;help;mk' {
            break
        }
        'vss-cli;account;set;mfa;help;verify' {
            break
        }
        'vss-cli;account;set;mfa;help;get-token' {
            break
        }
        'vss-cli;account;set;mfa;help;rm' {
            break
        }
        'vss-cli;account;set;mfa;help;recovery-codes' {
            break
        }
        'vss-cli;account;set;mfa;help;forget-secret' {
            break
        }
        'vss-cli;account;set;mfa;help;help' {
            break
        }
        'vss-cli;account;set;help' {
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Set account MFA settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;set;help;mfa' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Enable MFA with Time-based One-Time Password')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify existing MFA setup (finishes a pending enrolment)')
            [CompletionResult]::new('get-token', 'get-token', [CompletionResultType]::ParameterValue, 'Request a TOTP code by e-mail or SMS')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Disable existing MFA setup (confirmed with an e-mailed token)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make a fresh set of recovery codes (the old set stops working)')
            [CompletionResult]::new('forget-secret', 'forget-secret', [CompletionResultType]::ParameterValue, 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`')
            break
        }
        'vss-cli;account;set;help;mfa;mk' {
            break
        }
        'vss-cli;account;set;help;mfa;verify' {
            break
        }
        'vss-cli;account;set;help;mfa;get-token' {
            break
        }
        'vss-cli;account;set;help;mfa;rm' {
            break
        }
        'vss-cli;account;set;help;mfa;recovery-codes' {
            break
        }
        'vss-cli;account;set;help;mfa;forget-secret' {
            break
        }
        'vss-cli;account;set;help;help' {
            break
        }
        'vss-cli;account;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show account settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change account settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;account;help;get' {
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Show the account''s MFA status')
            break
        }
        'vss-cli;account;help;get;mfa' {
            break
        }
        'vss-cli;account;help;set' {
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Set account MFA settings')
            break
        }
        'vss-cli;account;help;set;mfa' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Enable MFA with Time-based One-Time Password')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify existing MFA setup (finishes a pending enrolment)')
            [CompletionResult]::new('get-token', 'get-token', [CompletionResultType]::ParameterValue, 'Request a TOTP code by e-mail or SMS')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Disable existing MFA setup (confirmed with an e-mailed token)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make a fresh set of recovery codes (the old set stops working)')
            [CompletionResult]::new('forget-secret', 'forget-secret', [CompletionResultType]::ParameterValue, 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`')
            break
        }
        'vss-cli;account;help;set;mfa;mk' {
            break
        }
        'vss-cli;account;help;set;mfa;verify' {
            break
        }
        'vss-cli;account;help;set;mfa;get-token' {
            break
        }
        'vss-cli;account;help;set;mfa;rm' {
            break
        }
        'vss-cli;account;help;set;mfa;recovery-codes' {
            break
        }
        'vss-cli;account;help;set;mfa;forget-secret' {
            break
        }
        'vss-cli;account;help;help' {
            break
        }
        'vss-cli;configure' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Add or update an endpoint: log in once and keep the password and token in the keyring')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List configured endpoints')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a general setting: the Python vss-cli''s 15 (default_endpoint_name, output, timeout, vpn_server, table_format, columns_width, and those only it reads)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an endpoint and its stored secrets')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked before it replaces the file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;configure;mk' {
            [CompletionResult]::new('--endpoint-name', '--endpoint-name', [CompletionResultType]::ParameterName, 'Name for the endpoint [default: from its host name]; `-e NAME` after `mk` is this, as in the Python vss-cli (before `configure`, -e is the endpoint''s URL)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Replace the endpoint of that name if it is configured already (without it, an existing name is refused)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the endpoint of that name if it is configured already (without it, an existing name is refused)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;configure;ls' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;configure;set' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;configure;rm' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;configure;edit' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;configure;help' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Add or update an endpoint: log in once and keep the password and token in the keyring')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List configured endpoints')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a general setting: the Python vss-cli''s 15 (default_endpoint_name, output, timeout, vpn_server, table_format, columns_width, and those only it reads)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an endpoint and its stored secrets')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked before it replaces the file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;configure;help;mk' {
            break
        }
        'vss-cli;configure;help;ls' {
            break
        }
        'vss-cli;configure;help;set' {
            break
        }
        'vss-cli;configure;help;rm' {
            break
        }
        'vss-cli;configure;help;edit' {
            break
        }
        'vss-cli;configure;help;help' {
            break
        }
        'vss-cli;status' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;whoami' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;token' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the stored API token while it is valid, else log in and print a new one')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the account''s API tokens (the one this machine holds is marked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one of the account''s API tokens')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete API tokens of the account: they stop working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;token;mk' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;token;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;token;ls' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;token;get' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;token;rm' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--others', '--others', [CompletionResultType]::ParameterName, 'Delete every token of the account but the one in use here')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print each deletion''s status (accepted as the Python tool takes it; `-s` here is this, elsewhere --sort-by)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Print each deletion''s status (accepted as the Python tool takes it; `-s` here is this, elsewhere --sort-by)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;token;help' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the stored API token while it is valid, else log in and print a new one')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the account''s API tokens (the one this machine holds is marked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one of the account''s API tokens')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete API tokens of the account: they stop working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;token;help;mk' {
            break
        }
        'vss-cli;token;help;show' {
            break
        }
        'vss-cli;token;help;ls' {
            break
        }
        'vss-cli;token;help;get' {
            break
        }
        'vss-cli;token;help;rm' {
            break
        }
        'vss-cli;token;help;help' {
            break
        }
        'vss-cli;logout' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also forget the stored password and TOTP secret of the account at this endpoint')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;exec' {
            [CompletionResult]::new('--min-valid', '--min-valid', [CompletionResultType]::ParameterName, 'Log in again first when the token has less than this left (e.g. 90s, 10m, 1h; a bare number is seconds) [default: 1m]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Settings for all domains')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Domains and their MFA policy')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Accounts: MFA state, requirements, reset, security alert')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The record of administrative changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;settings' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'MFA for all domains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;settings;totp' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether MFA is mandatory for all domains')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make MFA mandatory for all domains, or optional again (admin role)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;settings;totp;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;settings;totp;set' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--mandatory', '--mandatory', [CompletionResultType]::ParameterName, 'Every account in every domain (but unavailable ones) must enrol')
            [CompletionResult]::new('--optional', '--optional', [CompletionResultType]::ParameterName, 'Domains and accounts decide')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;settings;totp;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether MFA is mandatory for all domains')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make MFA mandatory for all domains, or optional again (admin role)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;settings;totp;help;show' {
            break
        }
        'vss-cli;admin;settings;totp;help;set' {
            break
        }
        'vss-cli;admin;settings;totp;help;help' {
            break
        }
        'vss-cli;admin;settings;help' {
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'MFA for all domains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;settings;help;totp' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether MFA is mandatory for all domains')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make MFA mandatory for all domains, or optional again (admin role)')
            break
        }
        'vss-cli;admin;settings;help;totp;show' {
            break
        }
        'vss-cli;admin;settings;help;totp;set' {
            break
        }
        'vss-cli;admin;settings;help;help' {
            break
        }
        'vss-cli;admin;domain' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List domains with their MFA policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a domain''s MFA policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;domain;ls' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;domain;set' {
            [CompletionResult]::new('--grace-period', '--grace-period', [CompletionResultType]::ParameterName, 'With --totp-mandatory: how long logins without MFA still work, with a warning (hours, or with a unit: 48h, 2d)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--totp-mandatory', '--totp-mandatory', [CompletionResultType]::ParameterName, 'Every account of the domain must enrol')
            [CompletionResult]::new('--totp-optional', '--totp-optional', [CompletionResultType]::ParameterName, 'Accounts may enrol (the default)')
            [CompletionResult]::new('--totp-unavailable', '--totp-unavailable', [CompletionResultType]::ParameterName, 'MFA is not available in the domain')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;domain;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List domains with their MFA policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a domain''s MFA policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;domain;help;ls' {
            break
        }
        'vss-cli;admin;domain;help;set' {
            break
        }
        'vss-cli;admin;domain;help;help' {
            break
        }
        'vss-cli;admin;user' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts with their MFA state')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'An account''s MFA')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'E-mail an account a summary of its security settings and what to do')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;user;ls' {
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only this domain')
            [CompletionResult]::new('--mfa', '--mfa', [CompletionResultType]::ParameterName, 'Only accounts in these MFA states, comma-separated or repeated (`off` finds every account without working MFA: disabled or pending)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Entries per page (at most 500)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, one after the other')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;user;set' {
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The account''s domain (checked)')
            [CompletionResult]::new('--require-mfa', '--require-mfa', [CompletionResultType]::ParameterName, 'Require MFA of the account')
            [CompletionResult]::new('--can-toggle-mfa', '--can-toggle-mfa', [CompletionResultType]::ParameterName, 'Let the account turn MFA on and off itself')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;user;totp' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;user;totp;disable' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The account')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The account''s domain (checked)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;user;totp;help' {
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;user;totp;help;disable' {
            break
        }
        'vss-cli;admin;user;totp;help;help' {
            break
        }
        'vss-cli;admin;user;alert' {
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The account''s domain (checked)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;user;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts with their MFA state')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'An account''s MFA')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'E-mail an account a summary of its security settings and what to do')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;user;help;ls' {
            break
        }
        'vss-cli;admin;user;help;set' {
            break
        }
        'vss-cli;admin;user;help;totp' {
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere')
            break
        }
        'vss-cli;admin;user;help;totp;disable' {
            break
        }
        'vss-cli;admin;user;help;alert' {
            break
        }
        'vss-cli;admin;user;help;help' {
            break
        }
        'vss-cli;admin;audit' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Administrative changes, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;audit;ls' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Entries per page (at most 500)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, one after the other')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;admin;audit;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Administrative changes, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;audit;help;ls' {
            break
        }
        'vss-cli;admin;audit;help;help' {
            break
        }
        'vss-cli;admin;help' {
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Settings for all domains')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Domains and their MFA policy')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Accounts: MFA state, requirements, reset, security alert')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The record of administrative changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;admin;help;settings' {
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'MFA for all domains')
            break
        }
        'vss-cli;admin;help;settings;totp' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether MFA is mandatory for all domains')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make MFA mandatory for all domains, or optional again (admin role)')
            break
        }
        'vss-cli;admin;help;settings;totp;show' {
            break
        }
        'vss-cli;admin;help;settings;totp;set' {
            break
        }
        'vss-cli;admin;help;domain' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List domains with their MFA policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a domain''s MFA policy')
            break
        }
        'vss-cli;admin;help;domain;ls' {
            break
        }
        'vss-cli;admin;help;domain;set' {
            break
        }
        'vss-cli;admin;help;user' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts with their MFA state')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'An account''s MFA')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'E-mail an account a summary of its security settings and what to do')
            break
        }
        'vss-cli;admin;help;user;ls' {
            break
        }
        'vss-cli;admin;help;user;set' {
            break
        }
        'vss-cli;admin;help;user;totp' {
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere')
            break
        }
        'vss-cli;admin;help;user;totp;disable' {
            break
        }
        'vss-cli;admin;help;user;alert' {
            break
        }
        'vss-cli;admin;help;audit' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Administrative changes, newest first')
            break
        }
        'vss-cli;admin;help;audit;ls' {
            break
        }
        'vss-cli;admin;help;help' {
            break
        }
        'vss-cli;vpn' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('gw', 'gw', [CompletionResultType]::ParameterValue, 'The VPN''s MFA gateway: open it with a code, close it, its status and log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;vpn;gw' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Close the VPN''s MFA gateway')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The VPN gateway''s log of your account since a time')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;vpn;gw;on' {
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'The one-time code (spaces and dashes as apps and mails show it are fine); `-` reads it from standard input [default: as for a login: --totp, VSS_USER_OTP, --totp auto, --totp-command, else a prompt]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;vpn;gw;off' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;vpn;gw;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From when: local time as `YYYY-mm-dd HH:MM` (the Python tool''s form) or `YYYY-mm-dd HH:MM:SS`, a time with its zone (RFC 3339), or how long ago (90m, 2h, 1d) [default: 1h]')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'From when: local time as `YYYY-mm-dd HH:MM` (the Python tool''s form) or `YYYY-mm-dd HH:MM:SS`, a time with its zone (RFC 3339), or how long ago (90m, 2h, 1d) [default: 1h]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;vpn;gw;status' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;vpn;gw;help' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Close the VPN''s MFA gateway')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The VPN gateway''s log of your account since a time')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;vpn;gw;help;on' {
            break
        }
        'vss-cli;vpn;gw;help;off' {
            break
        }
        'vss-cli;vpn;gw;help;log' {
            break
        }
        'vss-cli;vpn;gw;help;status' {
            break
        }
        'vss-cli;vpn;gw;help;help' {
            break
        }
        'vss-cli;vpn;help' {
            [CompletionResult]::new('gw', 'gw', [CompletionResultType]::ParameterValue, 'The VPN''s MFA gateway: open it with a code, close it, its status and log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;vpn;help;gw' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Close the VPN''s MFA gateway')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The VPN gateway''s log of your account since a time')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open')
            break
        }
        'vss-cli;vpn;help;gw;on' {
            break
        }
        'vss-cli;vpn;help;gw;off' {
            break
        }
        'vss-cli;vpn;help;gw;log' {
            break
        }
        'vss-cli;vpn;help;gw;status' {
            break
        }
        'vss-cli;vpn;help;help' {
            break
        }
        'vss-cli;completion' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;__generate' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;__complete-endpoints' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint URL (a bare host name means https://HOST)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)')
            [CompletionResult]::new('--totp-command', '--totp-command', [CompletionResultType]::ParameterName, 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)')
            [CompletionResult]::new('--vpn-server', '--vpn-server', [CompletionResultType]::ParameterName, 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (auto: a table, as in the Python vss-cli) [default: the configuration''s, else table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns as NAME=path pairs, comma-separated; a path is JSONPath as in the Python tool (`enabled`, `totp.method`, `$.data[0].id`); also for one-record views, as `NAME: value` lines. Tables only')
            [CompletionResult]::new('--columns-width', '--columns-width', [CompletionResultType]::ParameterName, 'Cut table cells longer than N characters, ending them with an ellipsis (0: share out the terminal''s width, -1: never) [default: the configuration''s columns_width, else -1]')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort lists by the value this JSONPath finds in each item (`-s` is this option but after `token rm`), in every output format')
            [CompletionResult]::new('--table-format', '--table-format', [CompletionResultType]::ParameterName, 'Draw tables in this format (the Python tool''s tabulate names: plain, simple, grid, fancy_grid, rounded_grid, github, pipe, orgtbl, psql, presto, pretty, rst, csv) [default: the configuration''s table_format, else this program''s own columns]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--loglevel', '--loglevel', [CompletionResultType]::ParameterName, 'What is logged on stderr: DEBUG shows each request (as --debug), ERROR or CRITICAL only errors (as --quiet), WARNING and INFO the usual messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (before any other secret given as `-`)')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show each request (method, path, status, time) on stderr; never secrets')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print tables without their header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: each request, as --debug shows it')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'On a failure, also print the error''s full chain of causes on stderr')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it (it waits for its requests to finish); every call of this program is finished when it returns, so there is nothing to wait for')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Accepted as the Python tool takes it; see --wait')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vss-cli;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage your account')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Configure endpoints and credentials')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who you are at the endpoint, and whether a token or the credentials work')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored API token and revoke it on the server')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Administer MFA policy and accounts (admin and domain-admin roles)')
            [CompletionResult]::new('vpn', 'vpn', [CompletionResultType]::ParameterValue, 'The VSS VPN: open its MFA gateway with a one-time code before you connect')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vss-cli;help;account' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show account settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change account settings')
            break
        }
        'vss-cli;help;account;get' {
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Show the account''s MFA status')
            break
        }
        'vss-cli;help;account;get;mfa' {
            break
        }
        'vss-cli;help;account;set' {
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Set account MFA settings')
            break
        }
        'vss-cli;help;account;set;mfa' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Enable MFA with Time-based One-Time Password')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify existing MFA setup (finishes a pending enrolment)')
            [CompletionResult]::new('get-token', 'get-token', [CompletionResultType]::ParameterValue, 'Request a TOTP code by e-mail or SMS')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Disable existing MFA setup (confirmed with an e-mailed token)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make a fresh set of recovery codes (the old set stops working)')
            [CompletionResult]::new('forget-secret', 'forget-secret', [CompletionResultType]::ParameterValue, 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`')
            break
        }
        'vss-cli;help;account;set;mfa;mk' {
            break
        }
        'vss-cli;help;account;set;mfa;verify' {
            break
        }
        'vss-cli;help;account;set;mfa;get-token' {
            break
        }
        'vss-cli;help;account;set;mfa;rm' {
            break
        }
        'vss-cli;help;account;set;mfa;recovery-codes' {
            break
        }
        'vss-cli;help;account;set;mfa;forget-secret' {
            break
        }
        'vss-cli;help;configure' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Add or update an endpoint: log in once and keep the password and token in the keyring')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List configured endpoints')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a general setting: the Python vss-cli''s 15 (default_endpoint_name, output, timeout, vpn_server, table_format, columns_width, and those only it reads)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an endpoint and its stored secrets')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the configuration file in $VISUAL or $EDITOR (else vi); the result is checked before it replaces the file')
            break
        }
        'vss-cli;help;configure;mk' {
            break
        }
        'vss-cli;help;configure;ls' {
            break
        }
        'vss-cli;help;configure;set' {
            break
        }
        'vss-cli;help;configure;rm' {
            break
        }
        'vss-cli;help;configure;edit' {
            break
        }
        'vss-cli;help;status' {
            break
        }
        'vss-cli;help;token' {
            [CompletionResult]::new('mk', 'mk', [CompletionResultType]::ParameterValue, 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the stored API token while it is valid, else log in and print a new one')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the account''s API tokens (the one this machine holds is marked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one of the account''s API tokens')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete API tokens of the account: they stop working at once')
            break
        }
        'vss-cli;help;token;mk' {
            break
        }
        'vss-cli;help;token;show' {
            break
        }
        'vss-cli;help;token;ls' {
            break
        }
        'vss-cli;help;token;get' {
            break
        }
        'vss-cli;help;token;rm' {
            break
        }
        'vss-cli;help;logout' {
            break
        }
        'vss-cli;help;exec' {
            break
        }
        'vss-cli;help;admin' {
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Settings for all domains')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Domains and their MFA policy')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Accounts: MFA state, requirements, reset, security alert')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The record of administrative changes')
            break
        }
        'vss-cli;help;admin;settings' {
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'MFA for all domains')
            break
        }
        'vss-cli;help;admin;settings;totp' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether MFA is mandatory for all domains')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make MFA mandatory for all domains, or optional again (admin role)')
            break
        }
        'vss-cli;help;admin;settings;totp;show' {
            break
        }
        'vss-cli;help;admin;settings;totp;set' {
            break
        }
        'vss-cli;help;admin;domain' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List domains with their MFA policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a domain''s MFA policy')
            break
        }
        'vss-cli;help;admin;domain;ls' {
            break
        }
        'vss-cli;help;admin;domain;set' {
            break
        }
        'vss-cli;help;admin;user' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List accounts with their MFA state')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'An account''s MFA')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'E-mail an account a summary of its security settings and what to do')
            break
        }
        'vss-cli;help;admin;user;ls' {
            break
        }
        'vss-cli;help;admin;user;set' {
            break
        }
        'vss-cli;help;admin;user;totp' {
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere')
            break
        }
        'vss-cli;help;admin;user;totp;disable' {
            break
        }
        'vss-cli;help;admin;user;alert' {
            break
        }
        'vss-cli;help;admin;audit' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Administrative changes, newest first')
            break
        }
        'vss-cli;help;admin;audit;ls' {
            break
        }
        'vss-cli;help;vpn' {
            [CompletionResult]::new('gw', 'gw', [CompletionResultType]::ParameterValue, 'The VPN''s MFA gateway: open it with a code, close it, its status and log')
            break
        }
        'vss-cli;help;vpn;gw' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Close the VPN''s MFA gateway')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The VPN gateway''s log of your account since a time')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open')
            break
        }
        'vss-cli;help;vpn;gw;on' {
            break
        }
        'vss-cli;help;vpn;gw;off' {
            break
        }
        'vss-cli;help;vpn;gw;log' {
            break
        }
        'vss-cli;help;vpn;gw;status' {
            break
        }
        'vss-cli;help;completion' {
            break
        }
        'vss-cli;help;__generate' {
            break
        }
        'vss-cli;help;__complete-endpoints' {
            break
        }
        'vss-cli;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
