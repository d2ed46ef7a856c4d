//! The sections of `vss-cli`'s top man page beyond the options: files, exit status and
//! examples of every MFA flow.

use vss_generate::roff::{bold, italic, roman, Roff};

use crate::exit_codes::ExitCode;

pub(super) fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    let entries: [(&str, String); 5] = [
        (
            "~/.vss-cli/config.yaml",
            "The configuration: endpoints with their names, URLs and user names, and the \
             general settings (default_endpoint_name, output, timeout, vpn_server), in the Python \
             vss-cli's layout. -c/--config or VSS_CONFIG name another file. Written with \
             mode 0600 in a 0700 folder; it holds no secrets."
                .to_owned(),
        ),
        (
            "~/.vss-cli/secrets.yaml",
            "Passwords, API tokens and remembered TOTP secrets, where no OS keyring works \
             or with VSS_SECRET_STORE=file; kept beside the configuration file, mode 0600."
                .to_owned(),
        ),
        (
            "~/.vss-cli/credentials.enc",
            "The Python vss-cli's encrypted user names, passwords and tokens (its 2026.x \
             releases): read, never written, for the endpoints it configured."
                .to_owned(),
        ),
        (
            "OS keyring",
            format!(
                "User names, passwords, API tokens and (with mk AUTHENTICATOR \
                 --remember-secret) TOTP secrets are stored under the keyring service {}. \
                 Each is named {}_ENDPOINT_KIND, as the Python vss-cli names them. On Linux \
                 the keyring is the desktop's Secret Service (GNOME Keyring, KWallet) when the \
                 session bus offers one, else the kernel keyring, which lasts until the machine \
                 restarts; on macOS the Keychain; on Windows the Credential Manager.",
                crate::secrets::SERVICE,
                crate::secrets::SERVICE
            ),
        ),
        (
            "./USER_ISSUER_recovery_codes.txt",
            "The recovery codes saved by mk and recovery-codes (another path with \
             --recovery-codes-file), mode 0600, never overwritten without --force."
                .to_owned(),
        ),
    ];
    for (file, text) in entries {
        roff.control("TP", []);
        roff.text([italic(file)]);
        roff.text([roman(text)]);
    }
}

pub(super) fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for code in ExitCode::ALL {
        roff.control("TP", []);
        roff.text([bold(code.code().to_string())]);
        roff.text([roman(capitalise(code.describe()))]);
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect::<String>() + ".",
        None => String::new(),
    }
}

/// Every MFA flow, as a user types it.
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "Enrol an authenticator app: scan the QR code shown, save the recovery codes, type \
         the code the app shows. Without a terminal, mk prints the otpauth:// URI and the \
         verify command to run next.",
        &[
            "vss-cli -e https://cloud-api.example.org -u jm account set mfa mk AUTHENTICATOR",
            "vss-cli account set mfa verify 123456",
        ],
    ),
    (
        "Enrol with codes sent by e-mail; verify with the code from the message.",
        &[
            "vss-cli account set mfa mk EMAIL",
            "vss-cli account set mfa verify 123456",
        ],
    ),
    (
        "Enrol with codes sent by SMS, the phone written as usual (or in E.164, +14165550100).",
        &[
            "vss-cli account set mfa mk SMS --phone 416-555-0100",
            "vss-cli account set mfa verify 123456",
        ],
    ),
    (
        "Read the code from standard input instead of the command line.",
        &["echo \"$CODE\" | vss-cli account set mfa verify -"],
    ),
    (
        "Have a code sent by e-mail or SMS, then log in with it to see the MFA status.",
        &[
            "vss-cli account set mfa get-token",
            "vss-cli --totp 123456 account get mfa",
        ],
    ),
    (
        "Disable MFA: the server e-mails a confirmation token (valid 15 minutes); on a \
         terminal rm asks for it, in a script run rm again with it.",
        &[
            "vss-cli account set mfa rm --yes",
            "vss-cli account set mfa rm --confirmation-token TOKEN",
        ],
    ),
    (
        "Make a fresh set of recovery codes (the old set stops working) after proving the \
         current factor.",
        &["vss-cli --totp 123456 account set mfa recovery-codes --recovery-codes-file ~/codes.txt"],
    ),
    (
        "Move to a new phone or method: the old factor keeps working until the new one is \
         verified.",
        &[
            "vss-cli --totp 123456 account set mfa mk SMS --phone +14165550111 --replace",
            "vss-cli account set mfa get-token --pending",
            "vss-cli account set mfa verify 654321",
        ],
    ),
    (
        "Get an API token for a script, logging in with a code.",
        &["export VSS_TOKEN=$(vss-cli --totp 123456 token mk)"],
    ),
    (
        "Log in with a recovery code when the phone is lost (each code works once).",
        &["vss-cli --recovery-code abcd-efgh-ijkl-mnop token mk"],
    ),
    (
        "Keep the TOTP secret on this machine so that unattended jobs make their own codes \
         (this machine then holds both factors; forget-secret removes it).",
        &[
            "vss-cli account set mfa mk AUTHENTICATOR --remember-secret",
            "vss-cli --totp auto token mk",
        ],
    ),
    (
        "Log in once and keep the endpoint in the configuration, the password and token in \
         the keyring; later commands pick the endpoint by name.",
        &[
            "vss-cli -e https://cloud-api.example.org -u jm --totp 123456 configure mk --endpoint-name cloud",
            "vss-cli configure set default_endpoint_name cloud",
            "vss-cli -e cloud account get mfa",
        ],
    ),
    (
        "Administrators: make MFA mandatory for a domain (with a day's grace), or for \
         everyone, and find the accounts that have not enrolled.",
        &[
            "vss-cli admin domain set eng --totp-mandatory --grace-period 24",
            "vss-cli admin settings totp set --mandatory",
            "vss-cli admin user ls --domain eng --mfa disabled --all",
        ],
    ),
    (
        "Administrators: reset a user's MFA after a lost phone (the user is logged out and \
         enrols again), send a security alert, read the record of changes.",
        &[
            "vss-cli admin user totp disable --user alice --domain eng --yes",
            "vss-cli admin user alert alice",
            "vss-cli admin audit ls",
        ],
    ),
    (
        "Open the VSS VPN's MFA gateway before connecting to the VPN, with the code from a \
         hardware key (a code the morning's login just spent is waited out into the next \
         30-second step), and close it when the day is done.",
        &[
            "vss-cli --totp-command 'ykman oath accounts code -s VSS' vpn gw on",
            "vss-cli vpn gw log",
            "vss-cli vpn gw off",
        ],
    ),
    (
        "Use a service whose certificate a private authority signed (a company or university \
         CA): trust that authority's certificate beside the system's. A certificate that is \
         not trusted ends the call before anything is sent (exit 5).",
        &[
            "vss-cli --ca-bundle ~/campus-ca.pem -e https://vss.example.edu account get mfa",
            "export VSS_CA_BUNDLE=~/campus-ca.pem",
        ],
    ),
    (
        "Install completion for bash for this user.",
        &["vss-cli completion bash > ~/.local/share/bash-completion/completions/vss-cli"],
    ),
];

pub(super) fn examples(roff: &mut Roff) {
    roff.control("SH", ["EXAMPLES"]);
    for (i, (text, commands)) in EXAMPLES.iter().enumerate() {
        if i > 0 {
            roff.control("PP", []);
        }
        roff.text([roman(*text)]);
        roff.control("PP", []);
        roff.control("RS", ["4"]);
        roff.control("nf", []);
        for command in *commands {
            roff.text([roman(*command)]);
        }
        roff.control("fi", []);
        roff.control("RE", []);
    }
}
