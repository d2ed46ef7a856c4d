
use builtin;
use str;

set edit:completion:arg-completer[vss-cli] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'vss-cli'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'vss-cli'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Manage your account'
            cand configure 'Configure endpoints and credentials'
            cand status 'Who you are at the endpoint, and whether a token or the credentials work'
            cand whoami 'Who you are at the endpoint, and whether a token or the credentials work'
            cand token 'API tokens for scripts'
            cand logout 'Forget the stored API token and revoke it on the server'
            cand exec 'Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token'
            cand admin 'Administer MFA policy and accounts (admin and domain-admin roles)'
            cand vpn 'The VSS VPN: open its MFA gateway with a one-time code before you connect'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --no-load 'Do not load account data before running the command (accepted for compatibility)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand get 'Show account settings'
            cand set 'Change account settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;get'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand mfa 'Show the account''s MFA status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;get;mfa'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;get;help'= {
            cand mfa 'Show the account''s MFA status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;get;help;mfa'= {
        }
        &'vss-cli;account;get;help;help'= {
        }
        &'vss-cli;account;set'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand mfa 'Set account MFA settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;set;mfa'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand mk 'Enable MFA with Time-based One-Time Password'
            cand verify 'Verify existing MFA setup (finishes a pending enrolment)'
            cand get-token 'Request a TOTP code by e-mail or SMS'
            cand rm 'Disable existing MFA setup (confirmed with an e-mailed token)'
            cand recovery-codes 'Make a fresh set of recovery codes (the old set stops working)'
            cand forget-secret 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;set;mfa;mk'= {
            cand --phone 'Phone number to receive SMS, like 416-555-0100, (416) 555-0100, 4165550100 or, with the country code, +14165550100; required for SMS'
            cand --qr-png 'Also write the QR code as a PNG image (mode 0600), for desktop authenticators'
            cand --secret-to 'Hand the new key straight to a key or vault: CMD (run without a shell) reads the otpauth:// URI on its standard input, as `pass otp insert NAME` does; the key is then never shown, drawn or saved here, and the first code comes from --totp-command, else the prompt (AUTHENTICATOR)'
            cand --recovery-codes-file 'Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or ./USER_recovery_codes.txt when the server names no issuer]'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --qr 'Show the QR code without asking (AUTHENTICATOR)'
            cand --no-qr 'Do not show the QR code'
            cand --show-key 'Show the secret key to type in by hand, without asking (AUTHENTICATOR)'
            cand --replace 'Move an enabled account to a new method or phone, after proving the current factor; the old factor keeps working until the new one is verified (an extension of vss-mock-server, which the VSS service may not offer)'
            cand --remember-secret 'Also keep the TOTP secret in the keyring so `--totp auto` can make codes here (AUTHENTICATOR; this machine then holds both factors)'
            cand --no-save-recovery-codes 'Do not save the recovery codes to a file'
            cand -y 'Answer yes to every question (show the QR, save the codes)'
            cand --yes 'Answer yes to every question (show the QR, save the codes)'
            cand --force 'Overwrite existing files (recovery codes, QR image)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;set;mfa;verify'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;set;mfa;get-token'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --pending 'Send the code for a pending enrolment or replacement instead of the active factor (an extension of vss-mock-server, which the VSS service may not offer)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;set;mfa;rm'= {
            cand --confirmation-token 'The token from the confirmation e-mail; finishes a disable requested earlier. `-` reads it from standard input (prefer that: arguments show up in `ps`)'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;set;mfa;recovery-codes'= {
            cand --recovery-codes-file 'Where to save the recovery codes [default: ./USER_ISSUER_recovery_codes.txt, or ./USER_recovery_codes.txt when the server names no issuer]'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --no-save-recovery-codes 'Do not save the recovery codes to a file'
            cand --force 'Overwrite an existing recovery codes file'
            cand -y 'Answer yes to every question (save the codes)'
            cand --yes 'Answer yes to every question (save the codes)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;set;mfa;forget-secret'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;account;set;mfa;help'= {
            cand mk 'Enable MFA with Time-based One-Time Password'
            cand verify 'Verify existing MFA setup (finishes a pending enrolment)'
            cand get-token 'Request a TOTP code by e-mail or SMS'
            cand rm 'Disable existing MFA setup (confirmed with an e-mailed token)'
            cand recovery-codes 'Make a fresh set of recovery codes (the old set stops working)'
            cand forget-secret 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;set;mfa;help;mk'= {
        }
        &'vss-cli;account;set;mfa;help;verify'= {
        }
        &'vss-cli;account;set;mfa;help;get-token'= {
        }
        &'vss-cli;account;set;mfa;help;rm'= {
        }
        &'vss-cli;account;set;mfa;help;recovery-codes'= {
        }
        &'vss-cli;account;set;mfa;help;forget-secret'= {
        }
        &'vss-cli;account;set;mfa;help;help'= {
        }
        &'vss-cli;account;set;help'= {
            cand mfa 'Set account MFA settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;set;help;mfa'= {
            cand mk 'Enable MFA with Time-based One-Time Password'
            cand verify 'Verify existing MFA setup (finishes a pending enrolment)'
            cand get-token 'Request a TOTP code by e-mail or SMS'
            cand rm 'Disable existing MFA setup (confirmed with an e-mailed token)'
            cand recovery-codes 'Make a fresh set of recovery codes (the old set stops working)'
            cand forget-secret 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
        }
        &'vss-cli;account;set;help;mfa;mk'= {
        }
        &'vss-cli;account;set;help;mfa;verify'= {
        }
        &'vss-cli;account;set;help;mfa;get-token'= {
        }
        &'vss-cli;account;set;help;mfa;rm'= {
        }
        &'vss-cli;account;set;help;mfa;recovery-codes'= {
        }
        &'vss-cli;account;set;help;mfa;forget-secret'= {
        }
        &'vss-cli;account;set;help;help'= {
        }
        &'vss-cli;account;help'= {
            cand get 'Show account settings'
            cand set 'Change account settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;account;help;get'= {
            cand mfa 'Show the account''s MFA status'
        }
        &'vss-cli;account;help;get;mfa'= {
        }
        &'vss-cli;account;help;set'= {
            cand mfa 'Set account MFA settings'
        }
        &'vss-cli;account;help;set;mfa'= {
            cand mk 'Enable MFA with Time-based One-Time Password'
            cand verify 'Verify existing MFA setup (finishes a pending enrolment)'
            cand get-token 'Request a TOTP code by e-mail or SMS'
            cand rm 'Disable existing MFA setup (confirmed with an e-mailed token)'
            cand recovery-codes 'Make a fresh set of recovery codes (the old set stops working)'
            cand forget-secret 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
        }
        &'vss-cli;account;help;set;mfa;mk'= {
        }
        &'vss-cli;account;help;set;mfa;verify'= {
        }
        &'vss-cli;account;help;set;mfa;get-token'= {
        }
        &'vss-cli;account;help;set;mfa;rm'= {
        }
        &'vss-cli;account;help;set;mfa;recovery-codes'= {
        }
        &'vss-cli;account;help;set;mfa;forget-secret'= {
        }
        &'vss-cli;account;help;help'= {
        }
        &'vss-cli;configure'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand mk 'Add or update an endpoint: log in once and keep the password and token in the keyring'
            cand ls 'List configured endpoints'
            cand set 'Change a general setting (default_endpoint_name, output, timeout, vpn_server)'
            cand rm 'Remove an endpoint and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;configure;mk'= {
            cand --endpoint-name 'Name for the endpoint [default: from its host name]'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;configure;ls'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;configure;set'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;configure;rm'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;configure;help'= {
            cand mk 'Add or update an endpoint: log in once and keep the password and token in the keyring'
            cand ls 'List configured endpoints'
            cand set 'Change a general setting (default_endpoint_name, output, timeout, vpn_server)'
            cand rm 'Remove an endpoint and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;configure;help;mk'= {
        }
        &'vss-cli;configure;help;ls'= {
        }
        &'vss-cli;configure;help;set'= {
        }
        &'vss-cli;configure;help;rm'= {
        }
        &'vss-cli;configure;help;help'= {
        }
        &'vss-cli;status'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;whoami'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;token'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand mk 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)'
            cand show 'Print the stored API token while it is valid, else log in and print a new one'
            cand ls 'List the account''s API tokens (the one this machine holds is marked)'
            cand get 'Show one of the account''s API tokens'
            cand rm 'Delete API tokens of the account: they stop working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;token;mk'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;token;show'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;token;ls'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;token;get'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;token;rm'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --others 'Delete every token of the account but the one in use here'
            cand -s 'Print each deletion''s status (accepted as the Python tool takes it)'
            cand --summary 'Print each deletion''s status (accepted as the Python tool takes it)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;token;help'= {
            cand mk 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)'
            cand show 'Print the stored API token while it is valid, else log in and print a new one'
            cand ls 'List the account''s API tokens (the one this machine holds is marked)'
            cand get 'Show one of the account''s API tokens'
            cand rm 'Delete API tokens of the account: they stop working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;token;help;mk'= {
        }
        &'vss-cli;token;help;show'= {
        }
        &'vss-cli;token;help;ls'= {
        }
        &'vss-cli;token;help;get'= {
        }
        &'vss-cli;token;help;rm'= {
        }
        &'vss-cli;token;help;help'= {
        }
        &'vss-cli;logout'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all 'Also forget the stored password and TOTP secret of the account at this endpoint'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;exec'= {
            cand --min-valid 'Log in again first when the token has less than this left (e.g. 90s, 10m, 1h; a bare number is seconds) [default: 1m]'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand settings 'Settings for all domains'
            cand domain 'Domains and their MFA policy'
            cand user 'Accounts: MFA state, requirements, reset, security alert'
            cand audit 'The record of administrative changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;settings'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand totp 'MFA for all domains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;settings;totp'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Show whether MFA is mandatory for all domains'
            cand set 'Make MFA mandatory for all domains, or optional again (admin role)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;settings;totp;show'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;settings;totp;set'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --mandatory 'Every account in every domain (but unavailable ones) must enrol'
            cand --optional 'Domains and accounts decide'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;settings;totp;help'= {
            cand show 'Show whether MFA is mandatory for all domains'
            cand set 'Make MFA mandatory for all domains, or optional again (admin role)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;settings;totp;help;show'= {
        }
        &'vss-cli;admin;settings;totp;help;set'= {
        }
        &'vss-cli;admin;settings;totp;help;help'= {
        }
        &'vss-cli;admin;settings;help'= {
            cand totp 'MFA for all domains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;settings;help;totp'= {
            cand show 'Show whether MFA is mandatory for all domains'
            cand set 'Make MFA mandatory for all domains, or optional again (admin role)'
        }
        &'vss-cli;admin;settings;help;totp;show'= {
        }
        &'vss-cli;admin;settings;help;totp;set'= {
        }
        &'vss-cli;admin;settings;help;help'= {
        }
        &'vss-cli;admin;domain'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'List domains with their MFA policy'
            cand set 'Set a domain''s MFA policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;domain;ls'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;domain;set'= {
            cand --grace-period 'With --totp-mandatory: how long logins without MFA still work, with a warning (hours, or with a unit: 48h, 2d)'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --totp-mandatory 'Every account of the domain must enrol'
            cand --totp-optional 'Accounts may enrol (the default)'
            cand --totp-unavailable 'MFA is not available in the domain'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;domain;help'= {
            cand ls 'List domains with their MFA policy'
            cand set 'Set a domain''s MFA policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;domain;help;ls'= {
        }
        &'vss-cli;admin;domain;help;set'= {
        }
        &'vss-cli;admin;domain;help;help'= {
        }
        &'vss-cli;admin;user'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'List accounts with their MFA state'
            cand set 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
            cand totp 'An account''s MFA'
            cand alert 'E-mail an account a summary of its security settings and what to do'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;user;ls'= {
            cand --domain 'Only this domain'
            cand --mfa 'Only accounts in these MFA states, comma-separated or repeated (`off` finds every account without working MFA: disabled or pending)'
            cand --page 'Page number, from 1'
            cand --per-page 'Entries per page (at most 500)'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all 'Every page, one after the other'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;user;set'= {
            cand --domain 'The account''s domain (checked)'
            cand --require-mfa 'Require MFA of the account'
            cand --can-toggle-mfa 'Let the account turn MFA on and off itself'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;user;totp'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand disable 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;user;totp;disable'= {
            cand --user 'The account'
            cand --domain 'The account''s domain (checked)'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;user;totp;help'= {
            cand disable 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;user;totp;help;disable'= {
        }
        &'vss-cli;admin;user;totp;help;help'= {
        }
        &'vss-cli;admin;user;alert'= {
            cand --domain 'The account''s domain (checked)'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;user;help'= {
            cand ls 'List accounts with their MFA state'
            cand set 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
            cand totp 'An account''s MFA'
            cand alert 'E-mail an account a summary of its security settings and what to do'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;user;help;ls'= {
        }
        &'vss-cli;admin;user;help;set'= {
        }
        &'vss-cli;admin;user;help;totp'= {
            cand disable 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere'
        }
        &'vss-cli;admin;user;help;totp;disable'= {
        }
        &'vss-cli;admin;user;help;alert'= {
        }
        &'vss-cli;admin;user;help;help'= {
        }
        &'vss-cli;admin;audit'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'Administrative changes, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;audit;ls'= {
            cand --page 'Page number, from 1'
            cand --per-page 'Entries per page (at most 500)'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all 'Every page, one after the other'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;admin;audit;help'= {
            cand ls 'Administrative changes, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;audit;help;ls'= {
        }
        &'vss-cli;admin;audit;help;help'= {
        }
        &'vss-cli;admin;help'= {
            cand settings 'Settings for all domains'
            cand domain 'Domains and their MFA policy'
            cand user 'Accounts: MFA state, requirements, reset, security alert'
            cand audit 'The record of administrative changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;admin;help;settings'= {
            cand totp 'MFA for all domains'
        }
        &'vss-cli;admin;help;settings;totp'= {
            cand show 'Show whether MFA is mandatory for all domains'
            cand set 'Make MFA mandatory for all domains, or optional again (admin role)'
        }
        &'vss-cli;admin;help;settings;totp;show'= {
        }
        &'vss-cli;admin;help;settings;totp;set'= {
        }
        &'vss-cli;admin;help;domain'= {
            cand ls 'List domains with their MFA policy'
            cand set 'Set a domain''s MFA policy'
        }
        &'vss-cli;admin;help;domain;ls'= {
        }
        &'vss-cli;admin;help;domain;set'= {
        }
        &'vss-cli;admin;help;user'= {
            cand ls 'List accounts with their MFA state'
            cand set 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
            cand totp 'An account''s MFA'
            cand alert 'E-mail an account a summary of its security settings and what to do'
        }
        &'vss-cli;admin;help;user;ls'= {
        }
        &'vss-cli;admin;help;user;set'= {
        }
        &'vss-cli;admin;help;user;totp'= {
            cand disable 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere'
        }
        &'vss-cli;admin;help;user;totp;disable'= {
        }
        &'vss-cli;admin;help;user;alert'= {
        }
        &'vss-cli;admin;help;audit'= {
            cand ls 'Administrative changes, newest first'
        }
        &'vss-cli;admin;help;audit;ls'= {
        }
        &'vss-cli;admin;help;help'= {
        }
        &'vss-cli;vpn'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand gw 'The VPN''s MFA gateway: open it with a code, close it, its status and log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;vpn;gw'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand on 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN'
            cand off 'Close the VPN''s MFA gateway'
            cand log 'The VPN gateway''s log of your account since a time'
            cand status 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;vpn;gw;on'= {
            cand --otp 'The one-time code (spaces and dashes as apps and mails show it are fine); `-` reads it from standard input [default: as for a login: --totp, VSS_USER_OTP, --totp auto, --totp-command, else a prompt]'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;vpn;gw;off'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;vpn;gw;log'= {
            cand --since 'From when: local time as `YYYY-mm-dd HH:MM` (the Python tool''s form) or `YYYY-mm-dd HH:MM:SS`, a time with its zone (RFC 3339), or how long ago (90m, 2h, 1d) [default: 1h]'
            cand --timestamp 'From when: local time as `YYYY-mm-dd HH:MM` (the Python tool''s form) or `YYYY-mm-dd HH:MM:SS`, a time with its zone (RFC 3339), or how long ago (90m, 2h, 1d) [default: 1h]'
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;vpn;gw;status'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;vpn;gw;help'= {
            cand on 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN'
            cand off 'Close the VPN''s MFA gateway'
            cand log 'The VPN gateway''s log of your account since a time'
            cand status 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;vpn;gw;help;on'= {
        }
        &'vss-cli;vpn;gw;help;off'= {
        }
        &'vss-cli;vpn;gw;help;log'= {
        }
        &'vss-cli;vpn;gw;help;status'= {
        }
        &'vss-cli;vpn;gw;help;help'= {
        }
        &'vss-cli;vpn;help'= {
            cand gw 'The VPN''s MFA gateway: open it with a code, close it, its status and log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;vpn;help;gw'= {
            cand on 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN'
            cand off 'Close the VPN''s MFA gateway'
            cand log 'The VPN gateway''s log of your account since a time'
            cand status 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'
        }
        &'vss-cli;vpn;help;gw;on'= {
        }
        &'vss-cli;vpn;help;gw;off'= {
        }
        &'vss-cli;vpn;help;gw;log'= {
        }
        &'vss-cli;vpn;help;gw;status'= {
        }
        &'vss-cli;vpn;help;help'= {
        }
        &'vss-cli;completion'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;__generate'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;__complete-endpoints'= {
            cand -e 'API endpoint URL (a bare host name means https://HOST)'
            cand --endpoint 'API endpoint URL (a bare host name means https://HOST)'
            cand -u 'Account user name'
            cand --username 'Account user name'
            cand -p 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand --password 'Account password (prefer --password-stdin or the prompt: arguments show up in `ps`)'
            cand -t 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --token 'API token to use instead of logging in; `-` reads it from standard input (prefer that or VSS_TOKEN: arguments show up in `ps`)'
            cand --totp 'One-time code (TOTP, e-mailed or texted) for logging in; `auto` makes it from a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`; `-` reads it from standard input (prefer that or VSS_USER_OTP: arguments show up in `ps`)'
            cand --recovery-code 'Log in with a recovery code instead of a one-time code (each works once); `-` reads it from standard input (prefer that or VSS_RECOVERY_CODE: arguments show up in `ps`)'
            cand --totp-command 'Ask this program for the one-time code when a login needs one (a hardware key''s or a vault''s command line, e.g. `ykman oath accounts code -s VSS`; run without a shell, its first group of 6 to 8 digits is the code)'
            cand --secret-store 'Where passwords and tokens are kept (auto: the OS keyring, else a 0600 file)'
            cand -c 'Configuration file'
            cand --config 'Configuration file'
            cand --ca-bundle 'PEM file of CA certificates to trust beside the system''s, for an endpoint whose certificate a private authority signed (REQUESTS_CA_BUNDLE is read too)'
            cand --vpn-server 'The VPN gateway, for `vpn gw` (a bare host name means https://HOST) [default: the configuration''s vpn_server, else VSS_VPN_ENDPOINT, else https://vskey-vn.eis.utoronto.ca]'
            cand -o 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --output 'Output format (auto: table on a terminal, json otherwise) [default: the configuration''s, else table]'
            cand --timeout 'The longest one call to the endpoint may take, its whole reply included, in seconds [default: the configuration''s, else 30]'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --password-stdin 'Read the password from the first line of standard input (before any other secret given as `-`)'
            cand --no-session 'Log in for this command alone: no kept token is used, and the login''s token is not kept (by default a login''s token is kept in the secret store and reused by the next commands for the same account while it has more than a minute left)'
            cand --debug 'Show each request (method, path, status, time) on stderr; never secrets'
            cand -q 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand --quiet 'Print only errors on stderr: no progress, notes or warnings (prompts, and what they show, still appear on a terminal); data on stdout is unchanged'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vss-cli;help'= {
            cand account 'Manage your account'
            cand configure 'Configure endpoints and credentials'
            cand status 'Who you are at the endpoint, and whether a token or the credentials work'
            cand token 'API tokens for scripts'
            cand logout 'Forget the stored API token and revoke it on the server'
            cand exec 'Run a command with VSS_TOKEN and VSS_ENDPOINT set to a valid API token'
            cand admin 'Administer MFA policy and accounts (admin and domain-admin roles)'
            cand vpn 'The VSS VPN: open its MFA gateway with a one-time code before you connect'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vss-cli;help;account'= {
            cand get 'Show account settings'
            cand set 'Change account settings'
        }
        &'vss-cli;help;account;get'= {
            cand mfa 'Show the account''s MFA status'
        }
        &'vss-cli;help;account;get;mfa'= {
        }
        &'vss-cli;help;account;set'= {
            cand mfa 'Set account MFA settings'
        }
        &'vss-cli;help;account;set;mfa'= {
            cand mk 'Enable MFA with Time-based One-Time Password'
            cand verify 'Verify existing MFA setup (finishes a pending enrolment)'
            cand get-token 'Request a TOTP code by e-mail or SMS'
            cand rm 'Disable existing MFA setup (confirmed with an e-mailed token)'
            cand recovery-codes 'Make a fresh set of recovery codes (the old set stops working)'
            cand forget-secret 'Remove a TOTP secret stored with `mk AUTHENTICATOR --remember-secret`'
        }
        &'vss-cli;help;account;set;mfa;mk'= {
        }
        &'vss-cli;help;account;set;mfa;verify'= {
        }
        &'vss-cli;help;account;set;mfa;get-token'= {
        }
        &'vss-cli;help;account;set;mfa;rm'= {
        }
        &'vss-cli;help;account;set;mfa;recovery-codes'= {
        }
        &'vss-cli;help;account;set;mfa;forget-secret'= {
        }
        &'vss-cli;help;configure'= {
            cand mk 'Add or update an endpoint: log in once and keep the password and token in the keyring'
            cand ls 'List configured endpoints'
            cand set 'Change a general setting (default_endpoint_name, output, timeout, vpn_server)'
            cand rm 'Remove an endpoint and its stored secrets'
        }
        &'vss-cli;help;configure;mk'= {
        }
        &'vss-cli;help;configure;ls'= {
        }
        &'vss-cli;help;configure;set'= {
        }
        &'vss-cli;help;configure;rm'= {
        }
        &'vss-cli;help;status'= {
        }
        &'vss-cli;help;token'= {
            cand mk 'Log in and print a fresh API token (only the token, for `export VSS_TOKEN=$(...)`)'
            cand show 'Print the stored API token while it is valid, else log in and print a new one'
            cand ls 'List the account''s API tokens (the one this machine holds is marked)'
            cand get 'Show one of the account''s API tokens'
            cand rm 'Delete API tokens of the account: they stop working at once'
        }
        &'vss-cli;help;token;mk'= {
        }
        &'vss-cli;help;token;show'= {
        }
        &'vss-cli;help;token;ls'= {
        }
        &'vss-cli;help;token;get'= {
        }
        &'vss-cli;help;token;rm'= {
        }
        &'vss-cli;help;logout'= {
        }
        &'vss-cli;help;exec'= {
        }
        &'vss-cli;help;admin'= {
            cand settings 'Settings for all domains'
            cand domain 'Domains and their MFA policy'
            cand user 'Accounts: MFA state, requirements, reset, security alert'
            cand audit 'The record of administrative changes'
        }
        &'vss-cli;help;admin;settings'= {
            cand totp 'MFA for all domains'
        }
        &'vss-cli;help;admin;settings;totp'= {
            cand show 'Show whether MFA is mandatory for all domains'
            cand set 'Make MFA mandatory for all domains, or optional again (admin role)'
        }
        &'vss-cli;help;admin;settings;totp;show'= {
        }
        &'vss-cli;help;admin;settings;totp;set'= {
        }
        &'vss-cli;help;admin;domain'= {
            cand ls 'List domains with their MFA policy'
            cand set 'Set a domain''s MFA policy'
        }
        &'vss-cli;help;admin;domain;ls'= {
        }
        &'vss-cli;help;admin;domain;set'= {
        }
        &'vss-cli;help;admin;user'= {
            cand ls 'List accounts with their MFA state'
            cand set 'Require MFA of an account, or allow or forbid it to turn MFA on and off itself'
            cand totp 'An account''s MFA'
            cand alert 'E-mail an account a summary of its security settings and what to do'
        }
        &'vss-cli;help;admin;user;ls'= {
        }
        &'vss-cli;help;admin;user;set'= {
        }
        &'vss-cli;help;admin;user;totp'= {
            cand disable 'Reset an account''s MFA: remove its factor and recovery codes and log it out everywhere'
        }
        &'vss-cli;help;admin;user;totp;disable'= {
        }
        &'vss-cli;help;admin;user;alert'= {
        }
        &'vss-cli;help;admin;audit'= {
            cand ls 'Administrative changes, newest first'
        }
        &'vss-cli;help;admin;audit;ls'= {
        }
        &'vss-cli;help;vpn'= {
            cand gw 'The VPN''s MFA gateway: open it with a code, close it, its status and log'
        }
        &'vss-cli;help;vpn;gw'= {
            cand on 'Open the VPN''s MFA gateway with a one-time code, then connect to the VPN'
            cand off 'Close the VPN''s MFA gateway'
            cand log 'The VPN gateway''s log of your account since a time'
            cand status 'Whether the gateway''s MFA is set up for your account, with which method, and (where the gateway says) whether it is open'
        }
        &'vss-cli;help;vpn;gw;on'= {
        }
        &'vss-cli;help;vpn;gw;off'= {
        }
        &'vss-cli;help;vpn;gw;log'= {
        }
        &'vss-cli;help;vpn;gw;status'= {
        }
        &'vss-cli;help;completion'= {
        }
        &'vss-cli;help;__generate'= {
        }
        &'vss-cli;help;__complete-endpoints'= {
        }
        &'vss-cli;help;help'= {
        }
    ]
    $completions[$command]
}
